"""Static HTML for every kind of content: readable with no kernel, no script and no network.

The same models the widgets use are laid out in full: a case as its map of steps
(every reply, its verdict, feedback and where it leads, linked by in-page
anchors so a reader can walk it like a gamebook), sorts and quizzes with their
answers folded in ``<details>``. The facilitator edition opens the answers and
adds the facilitator notes.

Each content type has one template of macros (see :func:`macro`); which template a
type uses is written in its row of the registry (:mod:`peerkit.api._registry`), which
renders items. This module holds the Jinja environment, the helpers the templates use,
and the course-wide panels (crisis lines, local rules, lesson, references).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, Literal
from urllib.parse import urlparse

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..content import (
    Card,
    Case,
    CrisisResources,
    Disclosure,
    Jurisdiction,
    LessonEntry,
    Reference,
    Region,
    Sort,
)
from ..content._svg import sanitize_svg
from ..content._teaching import teaching_text
from ..content._teaching_models import JournalTexts
from ..practice import (
    CHECKS,
    OUTCOME_LABELS,
    TONE_HEADINGS,
    VERDICT_LABELS,
    count_paths,
    list_paths,
)
from ..practice._replay import letter

Edition = Literal["learner", "facilitator"]


def _paragraphs(text: str) -> list[str]:
    """Split text on blank lines; single line breaks inside a paragraph become spaces."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _blocks(text: str) -> list[dict[str, Any]]:
    """Text as paragraphs (``{"kind": "p", "body": text}``) and lists (``{"kind": "list",
    "body": [...]}``: lines starting "- ")."""
    found: list[dict[str, Any]] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines and re.match(r"[-*]\s+", lines[0]):
            items: list[str] = []
            for line in lines:
                if re.match(r"[-*]\s+", line):
                    items.append(re.sub(r"^[-*]\s+", "", line))
                elif items:
                    items[-1] += " " + line
            found.append({"kind": "list", "body": items})
        elif lines:
            found.append({"kind": "p", "body": " ".join(" ".join(lines).split())})
    return found


def _host(url: str) -> str:
    parsed = urlparse(url)
    return (parsed.netloc + parsed.path).rstrip("/").removeprefix("www.")


def _site(url: str) -> str:
    """Only the site of an address (``samaritans.org``), for tables where a full path won't fit."""
    return urlparse(url).netloc.removeprefix("www.")


@cache
def _markdown() -> Any:
    import mistune

    return mistune.create_markdown(escape=True)


def markdown_html(text: str) -> Markup:
    """Facilitator prose written in markdown (bold, lists, code), as HTML; any HTML in it is escaped."""
    return Markup(_markdown()(text))


def markdown_inline(text: str) -> Markup:
    """One paragraph of markdown as inline HTML (for a list item), without its <p>."""
    html = str(_markdown()(text)).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("peerkit.static", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["paragraphs"] = _paragraphs
    env.filters["markdown"] = markdown_html
    env.filters["markdown_inline"] = markdown_inline
    env.filters["blocks"] = _blocks
    env.filters["host"] = _host
    env.filters["site"] = _site
    env.filters["svg"] = _svg
    env.filters["step_names"] = step_names
    env.filters["bin_labels"] = bin_labels
    env.filters["checklist"] = checklist
    env.filters["letter"] = letter
    env.filters["paths"] = case_paths
    env.globals.update(
        verdict_labels=VERDICT_LABELS,
        outcome_labels=OUTCOME_LABELS,
        tone_headings=TONE_HEADINGS,
        journal_texts=functools.partial(teaching_text, JournalTexts),  # read when a page is made
    )
    return env


def macro(template: str, name: str) -> Callable[..., Markup] | None:
    """A macro of a template (``view`` of ``case.html.j2``), or None when it has none.

    Each content type's template is a set of macros: ``view`` (the static view),
    ``summary`` (what stands in for it before a lesson runs), ``key`` (its short answer key)
    and, when it adds to its facilitator view, ``answer`` (its entry in a full answer key).
    Live feedback has its own file of macros, ``_feedback.html.j2``, which the types'
    templates share wherever a page shows the same thing (see :mod:`._live_feedback`).
    """
    return getattr(environment().get_template(template).module, name, None)


def render_macro(template: str, name: str, *args: object, **kwargs: object) -> str:
    """The HTML a template's macro makes of ``args`` (and ``kwargs``)."""
    found = macro(template, name)
    if found is None:
        raise LookupError(f"{template} has no macro '{name}'")
    return str(found(*args, **kwargs)).strip()


def _svg(markup: str) -> Markup:
    """A figure's SVG as it may be shown: rebuilt from the allow-list (peerkit/content/_svg.py)."""
    return Markup(sanitize_svg(markup))


@cache
def stylesheet() -> str:
    """The CSS the static views need, as text to inline (handouts never link files)."""
    return files("peerkit.static").joinpath("peerkit.css").read_text(encoding="utf-8")


def step_names(case: Case, lower: bool = False) -> dict[str, str]:
    """What each step and ending of a case is called in its printed map ("Step 2", "Ending: ...")."""
    step, ending = ("step", "ending") if lower else ("Step", "Ending")
    names = {node.id: f"{step} {number}" for number, node in enumerate(case.nodes, start=1)}
    names.update({e.id: f"{ending}: {e.title}" for e in case.endings})
    return names


def bin_labels(card: Card, sort: Sort) -> str:
    """The group or groups the lesson puts a card in, in words."""
    labels = {b.id: b.label for b in sort.bins}
    return " or ".join(labels[b] for b in card.bins)


def checklist(disclosure: Disclosure) -> list[object]:
    """The checklist points a self-disclosure check asks about, in its order."""
    return [CHECKS[name] for name in disclosure.checks]


KEY_PATHS = 200
"""Most paths an answer key lists for one case (the case itself, above the table, shows
every reply with its feedback, however many paths there are)."""


@dataclass(frozen=True)
class CasePaths:
    """The loop-free paths an answer key lists for a case, and what to say if not all are."""

    rows: list[dict[str, object]]
    note: str | None


def case_paths(case: Case, limit: int = KEY_PATHS) -> CasePaths:
    """The loop-free paths through a case (the first ``limit``): each reply with its verdict,
    and the ending it reaches."""
    rows = []
    for steps, ending_id in list_paths(case, limit=limit).paths:
        replies = []
        for step in steps:
            node = case.node(step.node)
            choice = next(c for c in node.choices if c.id == step.choice) if node else None
            if choice is not None:
                replies.append({"text": choice.text, "verdict": VERDICT_LABELS[choice.verdict]})
        ending = case.ending(ending_id)
        rows.append(
            {
                "replies": replies,
                "ending": ending.title if ending else ending_id,
                "outcome": OUTCOME_LABELS[ending.outcome] if ending else "",
            }
        )
    return CasePaths(rows, _paths_note(case, len(rows), limit))


def _paths_note(case: Case, listed: int, limit: int) -> str | None:
    """What the answer key says when it lists only some of a case's paths."""
    if listed < limit:
        return None
    total = count_paths(case)
    if total is not None and total <= listed:
        return None
    many = f"{total:,}" if total is not None else f"more than {listed:,}"
    return (
        f"This case has {many} different paths from the start to an ending, too many to list:"
        f" the first {listed:,} are listed here. The case above shows every reply with its"
        " verdict and feedback."
    )


def render_crisis(
    resources: CrisisResources, region: Region | None, *, hint: str | None = None
) -> str:
    """The crisis panel: one region's lines, or, with no region, every region's main line.

    With no region the panel never picks a country: it lists the main line of
    each configured region, the emergency advice and the international
    directory. ``hint`` (live views only) says where a learner can choose.
    """
    return (
        environment()
        .get_template("crisis.html.j2")
        .render(
            region=region,
            generic=resources.generic,
            directory=resources.directory,
            regions=resources.regions,
            hint=hint,
        )
        .strip()
    )


STALE_AFTER_DAYS = 365
"""Local rules checked longer ago than this are shown with a warning to re-check them."""


def render_local_rules(
    rules: Jurisdiction | None, today: dt.date | None = None, edition: Edition = "learner"
) -> str:
    """The local rules panel: the filled-in rules, or "Not yet localised" while they are empty.

    Only the facilitator edition says which file to fill in: learners see no config paths.
    """
    rules = rules or Jurisdiction(schema_version=1, type="jurisdiction")
    today = today or dt.date.today()
    stale = (
        rules.last_reviewed is not None and (today - rules.last_reviewed).days > STALE_AFTER_DAYS
    )
    return (
        environment()
        .get_template("local-rules.html.j2")
        .render(rules=rules, stale=stale, edition=edition)
        .strip()
    )


def render_lesson(lesson: LessonEntry) -> str:
    return (
        environment()
        .get_template("lesson.html.j2")
        .render(lesson=lesson, minutes=lesson.minutes)
        .strip()
    )


def render_references(references: Iterable[Reference]) -> str:
    return (
        environment().get_template("references.html.j2").render(references=list(references)).strip()
    )


def with_style(html: str) -> str:
    """Prefix HTML with the inline stylesheet, for outputs shown on their own."""
    return f"<style>{stylesheet()}</style>\n{html}"
