"""Pieces shared by the practice views of lessons 06 and 07 (safety plan, say it out loud,
agreement builder): labelled boxes, prose with lists, and "Save to my journal".

What the learner writes lives in stock text boxes and in the play, in memory. It is
escaped wherever it is shown back, and it leaves memory only when the learner presses
"Save to my journal", which writes it to their private store through
:class:`peerkit.practice.JournalPlay` (the one write path) and nowhere else.
"""

from __future__ import annotations

import re
from html import escape

import ipywidgets as W

from ..journal import StoreProblem, hosting, hosting_note
from ..practice import JournalPlay
from ..static import feedback_html
from ._common import status

PRACTICE_CSS = """<style>
.pk-widget .pk-stacked.widget-textarea { flex-direction: column; align-items: stretch; }
.pk-widget .pk-stacked.widget-textarea > .widget-label {
  width: auto; max-width: none; height: auto; overflow: visible; text-overflow: clip;
  text-align: left; font-weight: bold; white-space: normal; line-height: 1.4;
  margin-bottom: 0.2rem;
}
.pk-widget .pk-stacked.widget-textarea > textarea { width: 100%; }
</style>"""
"""A box whose label sits above it, as wide as the exercise (stock Textarea, CSS only)."""


def stacked_box(label: str, placeholder: str = "", rows: int = 3) -> W.Textarea:
    """A text box with its label above it: the label names it for screen readers too."""
    box = W.Textarea(
        value="",
        placeholder=placeholder,
        description=label,
        rows=rows,
        # Sent when the learner leaves the box (Tab, or a click on a button), so a button
        # pressed straight after typing always acts on every word typed.
        continuous_update=False,
        style={"description_width": "initial"},
        layout=W.Layout(width="100%"),
    )
    box.add_class("pk-stacked")
    return box


_BULLET = re.compile(r"^\s*[-*]\s+")


def prose_html(text: str) -> str:
    """Escaped text as paragraphs, with lines starting "- " as a list."""
    html = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in block.splitlines() if line.strip()]
        if lines and _BULLET.match(lines[0]):
            items: list[str] = []
            for line in lines:
                if _BULLET.match(line):
                    items.append(_BULLET.sub("", line).strip())
                elif items:
                    items[-1] += " " + line.strip()
            html.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
        elif lines:
            html.append(f"<p>{escape(' '.join(' '.join(lines).split()))}</p>")
    return "".join(html)


def save_to_journal(journal: JournalPlay, text: str) -> str:
    """Save ``text`` as one journal entry; the status message never repeats it."""
    if not text.strip():
        return status(
            feedback_html(
                "message", "There is nothing to save yet: write something first.", para=True
            )
        )
    try:
        journal.add(text)
    except StoreProblem as problem:
        return status(feedback_html("not_saved", problem.message, para=True))
    notice = journal.keeper.take_notice()
    return status(feedback_html("saved", notice, hosting_note(hosting()), para=True))


def shown(widget: W.Widget, visible: bool) -> None:
    """Show or hide a widget (hidden widgets are out of the page and the tab order)."""
    widget.layout.display = None if visible else "none"
