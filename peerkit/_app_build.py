"""The course as a code-free web app: Voila over copies of the lesson notebooks.

``peerkit app`` writes ``build/app/``: a copy of each lesson notebook listed in
``data/curriculum.yaml``, in order, each ending with a generated "Where next"
cell that links to the next and previous lesson and lists every lesson. The
learners' app holds lessons only: the facilitator guide, which holds the answer
keys, is not a page of it, so no address or folder listing of the learners' app
leads to it. ``peerkit app --facilitator`` writes and serves a separate folder,
``build/app-facilitator/``, with the guide first and the lessons beside it.
Then it serves that folder with Voila, which runs each page in its own kernel
and strips every code cell (its default), so learners see only text and
exercises.

Why generated copies instead of editing the notebooks: the links come from the
one list of lessons, so a new lesson appears everywhere without anyone editing
another author's notebook, and the lesson notebooks stay exactly as their
authors wrote them. Relative links (``02-....ipynb``) work in the app, in Voila
on Binder (``voila/render/build/app/...``) and in JupyterLab alike.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ._generated import for_mode
from ._navigation import NAV_TAG, TOP_TAG, navigation, top_navigation, with_navigation
from ._notebooks import clean, dumps
from ._outdir import OutputRefused, claim, mark

__all__ = ["NAV_TAG", "TOP_TAG", "build", "navigation", "top_navigation", "voila_command"]

if TYPE_CHECKING:
    from .content import LessonEntry

DEFAULT_OUT = Path("build/app")
FACILITATOR_OUT = Path("build/app-facilitator")
"""The facilitators' app: the guide and the lessons, served apart from the learners' app."""
NOTEBOOKS = Path("notebooks")
TEMPLATE = "peerkit"
"""peerkit's Voila template (peerkit/jupyterlab/voila/templates/peerkit): one look, nothing fetched
from the web. Each page asks for it in its metadata, so Voila uses it for the lessons in
``peerkit app`` and under Binder's Voila alike; ``peerkit app`` also runs Voila with it
(:func:`voila_command`), so its list of lessons and error pages use it too."""
JUPYTER_DATA = Path(__file__).resolve().parent / "jupyterlab"
"""A Jupyter data folder shipped with the package; Voila finds the template under it."""
MARKER = ".peerkit-app"
"""The file that marks a folder as the app's own and lists the pages it wrote there."""
_EARLIER_NAV_TAGS = {NAV_TAG, "app-navigation"}
"""The last cell's tag on a page ``peerkit app`` wrote (``app-navigation`` in earlier versions)."""


def is_app_page(path: Path) -> bool:
    """True for a page an earlier ``peerkit app`` wrote (its last cell is the navigation)."""
    if path.suffix != ".ipynb" or not path.is_file():
        return False
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        return bool(_EARLIER_NAV_TAGS & set(cells[-1].get("metadata", {}).get("tags", [])))
    except (OSError, ValueError, AttributeError, IndexError, TypeError):
        return False


def source_notebook(notebooks: Path, entry: LessonEntry) -> Path:
    """Where ``entry``'s notebook is inside the ``notebooks`` folder (the guide is one level down)."""
    return notebooks / Path(entry.notebook).relative_to(NOTEBOOKS)


def build(
    out: Path = DEFAULT_OUT, notebooks: Path = NOTEBOOKS, *, facilitator: bool = False
) -> tuple[list[Path], list[str]]:
    """Write the app's pages into ``out``; return the pages written and a note for each lesson left out.

    The learners' app (the default) has the lessons only. With ``facilitator``, the
    facilitator guide comes first, then the lessons, so its links to them work.
    """
    from .content import load_library

    entries = [e for e in load_library().curriculum.lessons if facilitator or e.kind == "lesson"]
    if facilitator:
        entries.sort(key=lambda e: e.kind == "lesson")  # the guide first, lessons in order
    if not notebooks.is_dir():
        raise OutputRefused(
            f"there is no folder {notebooks} holding the lesson notebooks - give it with --notebooks"
        )
    if out.resolve() == notebooks.resolve():
        raise OutputRefused(
            f"--out {out} is the folder the lessons are read from, so the app would replace"
            " them - give --out another folder, such as build/app"
        )
    present = [e for e in entries if source_notebook(notebooks, e).is_file()]
    notes = [
        f"{e.id}: no notebook yet ({source_notebook(notebooks, e)}), so the app leaves it out"
        for e in entries
        if e not in present
    ]
    listed = claim(out, marker=MARKER, command="peerkit app", is_ours=is_app_page)
    names = {f"{e.id}.ipynb" for e in present}
    for old in out.glob("*.ipynb"):  # pages of an earlier build (only those) are replaced
        if old.name in listed or is_app_page(old):
            old.unlink()
        elif old.name in names:
            raise OutputRefused(
                f"{old} was not written by peerkit app, so it was not replaced - move it away"
            )
    pages = []
    for index, entry in enumerate(present):
        nb = json.loads(source_notebook(notebooks, entry).read_text(encoding="utf-8"))
        page_nb = for_mode(clean(nb), "app")  # no JupyterLab stand-ins; the app's own words
        # Links for the pages this app has (a lesson with no notebook yet is left out).
        page_nb["cells"] = with_navigation(page_nb["cells"], present, index, ("nav-top", "nav"))
        page_nb["metadata"]["voila"] = {"template": TEMPLATE}
        page = out / f"{entry.id}.ipynb"
        page.write_text(dumps(page_nb), encoding="utf-8")
        pages.append(page)
    mark(out, MARKER, "peerkit app", [p.name for p in pages])
    return pages, notes


def voila_command(folder: Path, port: int, port_retries: int = 0) -> list[str]:
    """Voila over ``folder``, for this machine only, on ``port`` (or, with ``port_retries``,
    on another free port Voila finds near it, as Jupyter does: the next four, then at random).

    Code cells are stripped (Voila's default, written out so no config file can turn it
    off), and the page has margins, because full-width lines are hard to read. Every page,
    not only the lessons, uses peerkit's template: the list of lessons at the root address
    (its own ``tree.html``, written by the server, not drawn by a script) and the error pages
    fetch nothing off the machine.
    """
    return [
        sys.executable,
        "-m",
        "voila",
        str(folder),
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        f"--Voila.port={port}",
        f"--Voila.port_retries={port_retries}",
        f"--template={TEMPLATE}",
        "--VoilaConfiguration.classic_tree=True",
        "--VoilaConfiguration.strip_sources=True",
        "--VoilaConfiguration.show_margins=True",
    ]


def voila_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment Voila runs in: ``environ`` (default: this one) with peerkit's template
    findable (``JUPYTER_PATH``)."""
    env = dict(os.environ if environ is None else environ)
    paths = [str(JUPYTER_DATA), *filter(None, env.get("JUPYTER_PATH", "").split(os.pathsep))]
    env["JUPYTER_PATH"] = os.pathsep.join(dict.fromkeys(paths))
    return env
