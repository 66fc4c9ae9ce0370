"""What a written exercise shows about a reply: :class:`Note`, and the words of each note.

A note names one thing a reply does (a reflection, advice nobody asked for, a promise
of secrecy), in a tone: ``strength`` ("What your reply does well"), ``reconsider``
("What to reconsider") or ``note`` ("Also noticed"). Each is tied to the principle the
lessons teach, with the source items and references it comes from. The words of each
note and principle are teaching text, kept in ``data/coach/feedback-notes.yaml``. Notes hold the
learner's own sentences only as long as the caller does: views must escape them and
nothing may store them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..content._teaching import TeachingTable
from ..content._teaching_models import FeedbackNotes
from ..content._teaching_models import Principle as TeachingPrinciple
from ._model import HARMFUL, SKILLS

Tone = Literal["strength", "reconsider", "note"]

TONE_HEADINGS: dict[str, str] = {
    "strength": "What your reply does well",
    "reconsider": "What to reconsider",
    "note": "Also noticed",
}

BEHAVIOUR_LABELS: tuple[str, ...] = ("praise", "i_statement", "request", "medication")
"""Note labels for behaviours the ten research labels have no name for: praise (a
verdict, not an affirmation), an "I" statement and a request about how you work
together (neither is self-disclosure or advice), and a remark about someone's
medication. They are shown only where an exercise's rubric asks about them."""


@dataclass(frozen=True)
class Principle:
    """What the lessons teach about a behaviour, and where that comes from."""

    name: str
    text: str
    sources: tuple[str, ...] = ()
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    """One thing a written exercise shows about the learner's reply.

    ``label`` is a coach label (:data:`peerkit.coach.LABELS`), a behaviour from
    :data:`BEHAVIOUR_LABELS`, or, for the self-disclosure check, the name of the
    checklist point (then ``check`` is set and ``status`` says how it reads).
    ``quotes`` are the learner's sentences the note is about and ``spans`` their
    character offsets. ``confidence`` (0-1) is the strength of the evidence; skill
    notes are only shown above a threshold (see :mod:`peerkit.coach._thresholds`).
    ``point`` and ``point_question`` name the exercise's own rubric or checklist point
    that the note answers, when there is one.
    """

    label: str
    tone: Tone
    message: str
    heading: str = ""
    kind: str = ""
    quotes: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    suggestion: str = ""
    principle: Principle | None = None
    confidence: float = 1.0
    point: str = ""
    point_question: str = ""
    check: str = ""
    status: str = ""

    @property
    def skill(self) -> bool:
        """True for notes about a helping skill (the notes that need confidence to show)."""
        return self.label in SKILLS

    @property
    def harmful(self) -> bool:
        """True for minimizing, comparing, judging and promising secrecy."""
        return self.label in HARMFUL


@dataclass(frozen=True)
class Words:
    """How a kind of note is written: heading, message, suggestion and principle."""

    heading: str
    message: str
    suggestion: str
    principle: Principle


def _principle(model: TeachingPrinciple) -> Principle:
    return Principle(model.name, model.text, tuple(model.sources), tuple(model.references))


PRINCIPLES: TeachingTable[str, Principle] = TeachingTable(
    FeedbackNotes, lambda model: {p.id: _principle(p) for p in model.principles}
)
"""Every principle a note can be tied to, by its id in ``data/coach/feedback-notes.yaml``."""


def _words(model: FeedbackNotes) -> dict[tuple[str, str], Words]:
    principles = {p.id: _principle(p) for p in model.principles}
    return {
        (n.label, n.kind): Words(n.heading, n.message, n.suggestion, principles[n.principle])
        for n in model.notes
    }


WORDS: TeachingTable[tuple[str, str], Words] = TeachingTable(FeedbackNotes, _words)
"""(label, kind) -> how the note is written, from ``data/coach/feedback-notes.yaml`` (read
the first time a note is written; ``peerkit validate`` checks that every note the coach
can show has its words there). Kind "" is the fallback for a label."""


def words_for(label: str, kind: str = "") -> Words:
    """How a note of this label and kind is written (falling back to the label's own)."""
    found = WORDS.get((label, kind)) or WORDS.get((label, ""))
    if found is None:
        found = next(words for (name, _), words in WORDS.items() if name == label)
    return found


DEFAULT_TONES: dict[tuple[str, str], Tone] = {
    ("reflection", ""): "strength",
    ("reflection", "before"): "strength",
    ("affirmation", "affirm"): "strength",
    ("open_question", "open"): "strength",
    ("open_question", "last"): "strength",
    ("open_question", "why"): "note",
    ("open_question", "suicide"): "strength",
    ("closed_question", "closed"): "note",
    ("closed_question", "permission"): "strength",
    ("closed_question", "suicide"): "strength",
    ("advice", "directive"): "reconsider",
    ("advice", "suggestion"): "reconsider",
    ("self_disclosure", ""): "note",
    ("self_disclosure", "centred"): "reconsider",
    ("self_disclosure", "long"): "reconsider",
    ("information", ""): "note",
    ("praise", ""): "note",
    ("i_statement", ""): "note",
    ("request", ""): "note",
    ("medication", ""): "note",
}
"""The tone of each kind of note when no exercise says otherwise. Harmful notes are
always "reconsider"; a direct question about suicide is always a strength."""
