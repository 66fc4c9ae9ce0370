"""Pieces shared by the written exercises (rewrite, self-disclosure check).

The learner's text lives in a stock ``Textarea`` and in the exercise's state
object, in memory. It is escaped wherever feedback quotes it, and it leaves
memory only when the learner presses "Save to my journal", which writes it to
their private store (:class:`peerkit.journal.Store`) and nowhere else.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from html import escape

import ipywidgets as W

from ..content import (
    ContentError,
    CrisisResources,
    Item,
    ModelAnswer,
    Settings,
    find_data_dir,
    load_file,
)
from ..journal import Store, StoreProblem, hosting, hosting_note
from ..practice import TONE_HEADINGS, FeedbackItem
from ..static import render_crisis, with_style

PRIVACY_NOTE = (
    "What you write here stays in this session only. It is not saved anywhere unless you press"
    " “Save to my journal”."
)


def text_box(label: str, placeholder: str) -> W.Textarea:
    """A labelled multi-line box, full width."""
    return W.Textarea(
        value="",
        placeholder=placeholder,
        description=label,
        rows=4,
        style={"description_width": "initial"},
        layout=W.Layout(width="100%"),
    )


def quoted(text: str) -> str:
    """Learner or content text as an escaped quotation."""
    return f"“{escape(text)}”"


def sources_text(sources: Iterable[str], references: Iterable[str] = ()) -> str:
    keys = [*sources, *references]
    return f" ({escape(', '.join(keys))})" if keys else ""


def feedback_items_html(items: Iterable[FeedbackItem], you: str = "your reply") -> str:
    """Coach feedback grouped under 'does well', 'to reconsider' and 'also noticed'."""
    groups: dict[str, list[str]] = {}
    for item in items:
        principle = item.principle
        groups.setdefault(item.tone, []).append(
            f"<li><strong>{escape(item.heading)}:</strong> {' '.join(quoted(q) for q in item.quotes)}"
            f" {escape(item.message)}"
            f" <em>Tip:</em> {escape(item.suggestion)}"
            f" <em>The principle:</em> {escape(principle.name)}. {escape(principle.text)}"
            f"{sources_text(principle.sources, principle.references)}</li>"
        )
    html = []
    for tone in ("strength", "reconsider", "note"):
        if tone in groups:
            heading = TONE_HEADINGS[tone].replace("your reply", you)  # type: ignore[index]
            html.append(f"<h4>{escape(heading)}</h4><ul>{''.join(groups[tone])}</ul>")
    return "".join(html)


def model_answers_html(heading: str, answers: Iterable[ModelAnswer]) -> str:
    entries = []
    for answer in answers:
        note = f"<p>{escape(answer.notes)}</p>" if answer.notes else ""
        entries.append(f"<li><p>{quoted(answer.text)}</p>{note}</li>")
    return f"<h4>{escape(heading)}</h4><ol>{''.join(entries)}</ol>"


FALLBACK_SUPPORT = (
    "If you or someone else is in immediate danger, call your local emergency number. The list of"
    " crisis lines for this course could not be read: please tell your facilitator."
)


def crisis_panel() -> str:
    """The panel ``peerkit.crisis_resources()`` shows, for the course's region.

    It must never depend on unrelated lesson files being valid: when the whole
    library cannot load, the crisis and settings files are read on their own and
    laid out with the same template.
    """
    from .._display import REGION_ENV, StaticBlock, crisis_resources

    try:
        block = crisis_resources()
        if isinstance(block, StaticBlock):
            return block._repr_mimebundle_()["text/html"]
    except ContentError:
        pass
    root = find_data_dir()
    crisis, _ = load_file(root / "crisis_resources.yaml")
    if crisis is None or not isinstance(crisis.model, CrisisResources):
        return f'<aside class="pk-item pk-crisis"><p>{escape(FALLBACK_SUPPORT)}</p></aside>'
    settings, _ = load_file(root / "settings.yaml")
    region = os.environ.get(REGION_ENV) or (
        settings.model.region if settings is not None and isinstance(settings.model, Settings) else None
    )
    return with_style(render_crisis(crisis.model, crisis.model.region(region)))


def crisis_html(summary: str) -> str:
    """A kind answer with the crisis-resources panel, instead of any coaching."""
    panel = crisis_panel()
    return (
        f"<p><strong>{escape(summary)}</strong></p>"
        "<p>This exercise can wait. If you are struggling, please reach out now: to someone you"
        " trust, or to one of the services below.</p>"
        f"{panel}"
        "<p>Nothing you wrote has been saved. You can come back to this exercise when you feel"
        " ready, or skip it.</p>"
    )


def _lesson_of(item: Item) -> str:
    """The lesson an item belongs to, for the journal entry's heading."""
    from .._display import _session, library

    try:
        for lesson_id, item_ids in library().lesson_items.items():
            if item.id in item_ids:
                return lesson_id
    except ContentError:
        pass
    return _session.get("lesson") or "practice"


def save_to_journal(item: Item, prompt: str, text: str) -> str:
    """Save the learner's text as a journal entry; returns the message as escaped HTML (never the text)."""
    if not text.strip():
        return "There is nothing to save yet: write something in the box first."
    try:
        store = Store.open()
        store.add_entry(_lesson_of(item), item.id, prompt, text)
    except StoreProblem as problem:
        return f"Your words were not saved. {escape(problem.message)}"
    notice = f" {escape(store.recovered.message)}" if store.recovered is not None else ""
    return f"Saved to your private journal.{notice} {escape(hosting_note(hosting()))}"
