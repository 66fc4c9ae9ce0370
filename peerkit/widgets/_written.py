"""Pieces shared by the written exercises (rewrite, self-disclosure check).

The learner's text lives in a stock ``Textarea`` and in the exercise's state
object, in memory. It is escaped wherever feedback quotes it, and it leaves
memory only when the learner presses "Save to my journal", which writes it to
their private store (:class:`peerkit.journal.Store`) and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

import ipywidgets as W

from ..content import (
    ContentError,
    Item,
    ModelAnswer,
)
from ..journal import Store, StoreProblem, hosting, hosting_note
from ..practice import TONE_HEADINGS, FeedbackItem

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


def crisis_panel() -> str:
    """The panel ``peerkit.crisis_resources()`` shows, for the course's region (it never fails)."""
    from .._display import crisis_resources

    return crisis_resources()._repr_mimebundle_()["text/html"]


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
