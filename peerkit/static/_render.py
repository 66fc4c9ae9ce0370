"""Static HTML for every kind of content: readable with no kernel, no script and no network.

The same models the widgets use are laid out in full: a case as its map of steps
(every reply, its verdict, feedback and where it leads, linked by in-page
anchors so a reader can walk it like a gamebook), sorts and quizzes with their
answers folded in ``<details>``. The facilitator edition opens the answers and
adds the facilitator notes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Literal
from urllib.parse import urlparse

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..content import (
    Case,
    CrisisResources,
    Disclosure,
    Figure,
    Item,
    Journal,
    Jurisdiction,
    LessonEntry,
    Note,
    Quiz,
    Reference,
    Region,
    Rewrite,
    Sort,
)
from ..content._svg import sanitize_svg
from ..practice import CHECKS, OUTCOME_LABELS, VERDICT_LABELS

Edition = Literal["learner", "facilitator"]

TEMPLATES: dict[type[Item], str] = {
    Case: "case.html.j2",
    Sort: "sort.html.j2",
    Quiz: "quiz.html.j2",
    Note: "note.html.j2",
    Rewrite: "rewrite.html.j2",
    Disclosure: "disclosure.html.j2",
    Journal: "journal.html.j2",
    Figure: "figure.html.j2",
}
"""The template of each content type. Later types register here."""


def _paragraphs(text: str) -> list[str]:
    """Split text on blank lines; single line breaks inside a paragraph become spaces."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _host(url: str) -> str:
    parsed = urlparse(url)
    return (parsed.netloc + parsed.path).rstrip("/").removeprefix("www.")


def _site(url: str) -> str:
    """Only the site of an address (``samaritans.org``), for tables where a full path won't fit."""
    return urlparse(url).netloc.removeprefix("www.")


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
    env.filters["host"] = _host
    env.filters["site"] = _site
    env.filters["svg"] = _svg
    return env


def _svg(markup: str) -> Markup:
    """A figure's SVG as it may be shown: rebuilt from the allow-list (peerkit/content/_svg.py)."""
    return Markup(sanitize_svg(markup))


@cache
def stylesheet() -> str:
    """The CSS the static views need, as text to inline (handouts never link files)."""
    return files("peerkit.static").joinpath("peerkit.css").read_text(encoding="utf-8")


def anchor_for(item: Item) -> str:
    return f"pk-{item.id}"


def render_item(item: Item, edition: Edition = "learner") -> str:
    """The static HTML of one content item."""
    template_name = TEMPLATES.get(type(item))
    if template_name is None:  # pragma: no cover - every registered type has a template
        raise TypeError(f"no static view for {type(item).__name__}")
    template = environment().get_template(template_name)
    context: dict[str, object] = {"anchor": anchor_for(item), "edition": edition, item.type: item}
    if isinstance(item, Case):
        context.update(_case_context(item))
    if isinstance(item, Sort):
        labels = {b.id: b.label for b in item.bins}
        context["bin_labels"] = lambda card: " or ".join(labels[b] for b in card.bins)
    if isinstance(item, Disclosure):
        context["checklist"] = [CHECKS[name] for name in item.checks]
    if isinstance(item, Journal):
        from ..journal._prompt import ON_PAPER, REMINDER

        context.update(reminder=REMINDER, where=ON_PAPER)
    return template.render(**context).strip()


def _case_context(case: Case) -> dict[str, object]:
    names: dict[str, str] = {}
    for number, node in enumerate(case.nodes, start=1):
        names[node.id] = f"Step {number}"
    for ending in case.endings:
        names[ending.id] = f"Ending: {ending.title}"
    return {
        "nodes": case.nodes,
        "step_names": names,
        "verdict_labels": VERDICT_LABELS,
        "outcome_labels": OUTCOME_LABELS,
    }


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
