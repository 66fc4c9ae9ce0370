"""What the coach says about each behaviour: a short message and a suggestion.

The words are teaching text, so they live in ``data/coach/reply-messages.yaml``, where a
facilitator can reword them and ``peerkit validate`` checks them (every label and kind
the coach gives has its words; the wording rules of the course apply). They are read the
first time :func:`peerkit.coach.analyze` needs them, not when the coach is imported.
"""

from __future__ import annotations

from ..content._teaching import TeachingTable
from ..content._teaching_models import ReplyMessages


def _table(model: ReplyMessages) -> dict[tuple[str, str], tuple[str, str]]:
    return {(m.label, m.kind): (m.message, m.suggestion) for m in model.messages}


MESSAGES: TeachingTable[tuple[str, str], tuple[str, str]] = TeachingTable(ReplyMessages, _table)
"""(label, kind) -> (message, suggestion), in the file's order. Kind "" is the fallback for
a label."""


def message_for(label: str, kind: str = "") -> tuple[str, str]:
    """The (message, suggestion) pair for a label and kind, falling back to the label."""
    found = MESSAGES.get((label, kind)) or MESSAGES.get((label, ""))
    if found is None:
        found = next(pair for (name, _), pair in MESSAGES.items() if name == label)
    return found
