"""Build handout pages from clean notebooks and the content, without running a kernel.

A notebook becomes one self-contained HTML page: markdown cells are rendered,
each code cell is replaced by the static HTML of the one call it makes (the same
notebook function, called in the handout's render context: :mod:`peerkit.api._calls`),
outputs and metadata are never read, and the page carries its own stylesheet and no
script. ``build`` writes both editions for the whole
course with an index page each.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from nbconvert.filters.markdown_mistune import InvalidNotebook

from .._generated import in_mode
from .._notebooks import clean
from .._outdir import IGNORED, OutputRefused, claim
from ..api import RenderContext, render_call
from ..content import ContentError, LessonEntry, Library, Region, load_library
from ..content._cells import CellProblem, is_generated, parse_cell
from ..content._problems import did_you_mean, display_path
from ..static import Edition, environment, render_crisis, stylesheet
from ._markdown import markdown_to_html
from ._worksheet import answers_appendix, css_string

EDITIONS: tuple[Edition, ...] = ("learner", "facilitator")
GENERATOR = "peerkit handouts"
"""Written into every page, so a rebuild knows which files in an edition folder are its own."""
MARKER = ".peerkit-handouts"
"""The file that marks an --out folder as the handouts' own (see peerkit/_outdir.py)."""

_EXTERNAL = re.compile(
    r"<(?:script|iframe|embed|object|audio|video|source|track)\b"
    r"|<link\b[^>]*\brel=[\"']?(?:stylesheet|preload|icon|modulepreload)"
    r"|\b(?:src|srcset|poster|data)\s*=\s*[\"']?\s*(?:https?:)?//"
    r"|<(?:image|use|feImage)\b[^>]*\bhref\s*=\s*[\"']?\s*(?:https?:)?//"
    r"|@import|url\(\s*[\"']?\s*(?:https?:)?//",
    re.I,
)
"""Anything that would make a browser load a script or fetch a file: never in a handout."""

_NAVIGATION = re.compile(
    r"<meta\b[^>]*\bhttp-equiv\s*=\s*[\"']?\s*refresh"
    r"|<form\b|<base\b|\bformaction\s*="
    r"|\bhref\s*=\s*[\"']?\s*javascript:",
    re.I,
)
"""Anything that would take a reader off the page by itself or post a form: never in a handout
(the page's policy forbids form posts, but no policy stops a meta refresh)."""


class HandoutError(Exception):
    """Handouts could not be built; carries one plain line per problem."""

    def __init__(self, problems: Iterable[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass
class BuildResult:
    """What ``build`` wrote, and how long it took."""

    pages: dict[Edition, list[Path]] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def count(self) -> int:
        return sum(len(p) for p in self.pages.values())


@cache
def handout_stylesheet() -> str:
    """The CSS of a handout page: the static views' stylesheet plus page layout and print rules."""
    page = files("peerkit.static").joinpath("handout.css").read_text(encoding="utf-8")
    return stylesheet() + "\n" + page


def resolve_region(library: Library, region: str | None) -> Region | None:
    """The crisis-lines region to show: ``region`` if given, else the course's setting."""
    wanted = region if region is not None else library.settings.region
    if not wanted or wanted.strip().lower() == "none":
        return None
    found = library.crisis.region(wanted)
    if found is None:
        known = [r.id for r in library.crisis.regions]
        raise HandoutError(
            [
                f"there is no region '{wanted}' in data/crisis_resources.yaml - "
                f"{did_you_mean(wanted.strip().lower(), known)}"
            ]
        )
    return found


# --- one notebook --------------------------------------------------------------------


def _cell_html(
    cell: dict[str, Any], ctx: RenderContext, folder: Path, used_ids: set[str]
) -> tuple[str, str]:
    """('markdown' or 'call', html) for one cell; raises CellProblem."""
    source = cell.get("source", "")
    if cell["cell_type"] == "markdown":
        try:
            html, remote = markdown_to_html(
                source, path=str(folder), attachments=cell.get("attachments"), used_ids=used_ids
            )
        except InvalidNotebook as err:
            raise CellProblem(
                f"{err} (clean notebooks keep no attachments)",
                "save the image next to the notebook and refer to it by its file name",
            ) from None
        if remote:
            raise CellProblem(
                f"image '{remote[0]}' cannot be put into the handout (it is on the web, or no such"
                " file is next to the notebook)",
                "save the image next to the notebook and refer to it by its file name",
            )
        return "markdown", html
    if cell["cell_type"] == "code":
        return "call", render_call(ctx, parse_cell(source))
    return "raw", ""


_ID = re.compile(r'\bid="([^"]+)"')
_HEADING_ID = re.compile(r'<h[1-6]\b[^>]*\bid="([^"]+)"')
_REFERENCES = re.compile(r'\b(aria-labelledby|aria-describedby|aria-controls|for|href)="([^"]*)"')


def _unique_ids(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Keep ids unique when a page shows the same thing twice (say, crisis lines in two places).

    In a repeated piece every id it shares with an earlier one gets a number, with the
    links and labels that point at it; its labelled regions also take the nearest heading
    above into their name, so that screen readers can tell the two apart.
    """
    seen: set[str] = set()
    heading: str | None = None
    result = []
    for kind, html in pieces:
        ids = _ID.findall(html)
        renamed: dict[str, str] = {}
        for old in ids:
            if old in seen:
                number = 2
                while f"{old}-{number}" in seen or f"{old}-{number}" in ids:
                    number += 1
                renamed[old] = f"{old}-{number}"
        if renamed:
            html = _rename(html, renamed, heading)
        seen.update(_ID.findall(html))
        headings = _HEADING_ID.findall(html)
        heading = headings[-1] if headings else heading
        result.append((kind, html))
    return result


def _rename(html: str, renamed: dict[str, str], heading: str | None) -> str:
    def swap(match: re.Match[str]) -> str:
        name, value = match.groups()
        if name == "href":
            target = value[1:] if value.startswith("#") else ""
            return f'href="#{renamed[target]}"' if target in renamed else match.group(0)
        words = [renamed.get(word, word) for word in value.split()]
        if name == "aria-labelledby" and heading:
            words.append(heading)
        return f'{name}="{" ".join(words)}"'

    html = _ID.sub(lambda m: f'id="{renamed.get(m.group(1), m.group(1))}"', html)
    return _REFERENCES.sub(swap, html)


def _link_citations(html: str, cited: set[str]) -> str:
    """Turn [SRC-nn] in reading text into a link to its entry in the page's reference list."""

    def link(match: re.Match[str]) -> str:
        key = match.group(1)
        return f'<a href="#ref-{key.lower()}">[{key}]</a>' if key in cited else match.group(0)

    return re.sub(r"\[(SRC-\d\d)\](?![^<]*</a>)", link, html)


def render_notebook(
    nb: dict[str, Any],
    *,
    library: Library,
    edition: Edition,
    region: Region | None,
    where: str,
    folder: Path,
    nav: dict[str, Any] | None = None,
) -> str:
    """The handout page of one notebook. ``where`` names it in problems; raises HandoutError."""
    nb = clean(nb)  # outputs, widget state and metadata are dropped before anything is read
    ctx = RenderContext(library, edition=edition, mode="handout", strict=True, fixed_region=region)
    problems: list[str] = []
    pieces: list[tuple[str, str]] = []
    used_ids: set[str] = set()
    for number, cell in enumerate(nb["cells"], start=1):
        if is_generated(cell):  # JupyterLab's stand-ins and links; the page has its own
            continue
        cell = in_mode(cell, "handout")  # the handout's own instructions
        try:
            kind, html = _cell_html(cell, ctx, folder, used_ids)
        except CellProblem as err:
            problems.append(f"{where}: cell {number}: {err.problem} - {err.fix}")
            continue
        if html:
            tags = cell.get("metadata", {}).get("tags", [])
            classes = " ".join(
                ["pk-cell", f"pk-{kind}"] + [f"pk-tag-{t}" for t in tags if ":" not in t]
            )
            pieces.append((kind, f'<div class="{classes}">\n{html}\n</div>'))
    if problems:
        raise HandoutError(problems)
    pieces = _unique_ids(pieces)
    body = "\n".join(pieces_html for _, pieces_html in pieces)
    cited = {key.upper() for key in re.findall(r'id="ref-(src-\d\d)"', body)}
    body = "\n".join(
        _link_citations(html, cited) if kind == "markdown" else html for kind, html in pieces
    )
    lesson = ctx.lesson or library.curriculum.lesson(Path(where).stem)
    title = lesson.title if lesson else _first_heading(body) or Path(where).stem
    if "<h1" not in body:
        body = f"<h1>{_escape(title)}</h1>\n{body}"
    if edition == "learner":  # on paper, a worksheet: the answers are collected at the end
        body = f"{body}\n{answers_appendix(body)}"
    page = _page("handout_page.html.j2", library, edition, region, title=title, body=body, nav=nav)
    _check_offline(page, where, problems)
    if problems:
        raise HandoutError(problems)
    return page


def _first_heading(html: str) -> str | None:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)).strip() if match else None


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def _page(
    template: str, library: Library, edition: Edition, region: Region | None, **context: Any
) -> str:
    return (
        environment()
        .get_template(template)
        .render(
            css=handout_stylesheet(),
            running_title=css_string(context.get("title") or library.curriculum.title),
            course=library.curriculum,
            edition=edition,
            region=region,
            generator=GENERATOR,
            **context,
        )
    )


def _check_offline(page: str, where: str, problems: list[str]) -> None:
    moving = _NAVIGATION.search(page)
    if moving:
        problems.append(
            f"{where}: the page would leave itself or send a form ('{moving.group(0).strip()}')"
            " - a handout stays where its reader put it; remove it from the notebook or the content"
        )
    found = _EXTERNAL.search(page)
    if found:
        problems.append(
            f"{where}: the page would load '{found.group(0).strip()}' from outside the file"
            " - handouts"
            " must open with no network; remove it from the notebook or the content"
        )


def read_notebook(path: Path) -> dict[str, Any]:
    """A notebook file as JSON; raises HandoutError with a plain message."""
    where = display_path(path)
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise HandoutError(
            [
                f"{where}: the notebook does not exist - create it, or remove its lesson from"
                " data/curriculum.yaml"
            ]
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise HandoutError(
            [f"{where}: the notebook cannot be read ({err}) - open and save it again in JupyterLab"]
        ) from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise HandoutError([f"{where}: this is not a notebook - save it from JupyterLab"])
    return nb


# --- the whole course ------------------------------------------------------------------


def lessons_for(library: Library, edition: Edition) -> list[LessonEntry]:
    """The notebooks of an edition: every lesson, and for facilitators the guide too."""
    return [e for e in library.curriculum.lessons if edition == "facilitator" or e.kind == "lesson"]


def _nav(entries: Sequence[LessonEntry], index: int) -> dict[str, Any]:
    from .._navigation import position

    here = entries[index]
    number, last = position(list(entries), here) if here.kind == "lesson" else (None, None)
    return {
        "previous": entries[index - 1] if index > 0 else None,
        "next": entries[index + 1] if index + 1 < len(entries) else None,
        "number": number,
        "total": last,
    }


Progress = Callable[[int, int, str], None]


def build(
    out: Path,
    editions: Sequence[Edition] = EDITIONS,
    region: str | None = None,
    *,
    library: Library | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Write ``out/<edition>/index.html`` and one page per notebook; raises HandoutError."""
    start = time.perf_counter()
    try:
        library = library or load_library()
    except ContentError as err:
        raise HandoutError([str(p) for p in err.problems]) from None
    chosen = resolve_region(library, region)
    try:
        claim(out, marker=MARKER, command=GENERATOR, is_ours=_is_ours)
    except OutputRefused as refused:
        raise HandoutError([refused.message]) from None
    project = library.root.parent
    plan = [(edition, lessons_for(library, edition)) for edition in editions]
    total = sum(len(entries) + 1 for _, entries in plan)
    done = 0
    result = BuildResult()
    problems: list[str] = []
    for edition, entries in plan:
        folder = out / edition
        folder.mkdir(parents=True, exist_ok=True)
        _remove_old_pages(folder)
        written: list[Path] = []
        for index, entry in enumerate(entries):
            done += 1
            if progress:
                progress(done, total, f"{edition} edition: {entry.notebook}")
            path = project / entry.notebook
            try:
                page = render_notebook(
                    read_notebook(path),
                    library=library,
                    edition=edition,
                    region=chosen,
                    where=display_path(path),
                    folder=path.parent,
                    nav=_nav(entries, index),
                )
            except HandoutError as err:
                problems += err.problems
                continue
            target = folder / f"{entry.id}.html"
            if target.exists() and not _is_page(target):
                problems.append(_not_ours(target))
                continue
            target.write_text(page, encoding="utf-8")
            written.append(target)
        done += 1
        if progress:
            progress(done, total, f"{edition} edition: index.html")
        index_page = _page(
            "handout_index.html.j2",
            library,
            edition,
            chosen,
            title=library.curriculum.title,
            lessons=entries,
            crisis=render_crisis(library.crisis, chosen),
            total_minutes=sum(e.minutes for e in entries if e.kind == "lesson"),
        )
        index = folder / "index.html"
        if index.exists() and not _is_page(index):
            problems.append(_not_ours(index))
        else:
            index.write_text(index_page, encoding="utf-8")
        result.pages[edition] = [index, *written]
    result.seconds = time.perf_counter() - start
    if problems:
        raise HandoutError(problems)
    return result


def _is_page(path: Path) -> bool:
    """True for a page a build of the handouts wrote (its head names the generator)."""
    if path.suffix != ".html" or not path.is_file():
        return False
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(2000)
    except OSError:
        return False
    return f'<meta name="generator" content="{GENERATOR}">' in head


def _is_ours(path: Path) -> bool:
    """True for what a build of the handouts writes in its --out folder: edition folders of pages."""
    if path.is_dir() and not path.is_symlink() and path.name in EDITIONS:
        return all(_is_page(p) for p in path.iterdir() if p.name not in IGNORED)
    return _is_page(path)


def _not_ours(path: Path) -> str:
    return (
        f"{display_path(path)} was not written by peerkit handouts, so it was not replaced"
        " - move it away, or give --out another folder"
    )


def _remove_old_pages(folder: Path) -> None:
    """Delete pages an earlier build wrote here (only those): a removed lesson leaves nothing."""
    for old in folder.glob("*.html"):
        if _is_page(old):
            old.unlink()
