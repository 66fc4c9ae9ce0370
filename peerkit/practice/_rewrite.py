"""Rewriting an unhelpful reply: the learner's attempt and the coach's feedback on it.

:class:`RewritePlay` holds the learner's text in memory only. It is never
written to a file, a log or :meth:`RewritePlay.to_state`; the learner can save
it to their journal, and only by pressing the button that says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..coach import crisis_signs, feedback
from ..content import Rewrite, RubricPoint
from ._coaching import FeedbackItem
from ._note_feedback import note_notes


@dataclass(frozen=True)
class RewriteFeedback:
    """What the coach says about one attempt.

    ``crisis`` is True when the learner's words suggest they may be in crisis
    themselves: then there is no coaching, and a view shows support instead.
    """

    rewrite: Rewrite
    text: str
    crisis: bool = False
    items: tuple[FeedbackItem, ...] = ()
    """The notes :func:`peerkit.coach.feedback` gives for this exercise, strengths first."""

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    @property
    def coached(self) -> bool:
        """True when there is feedback on the text (not empty, not a crisis)."""
        return not (self.empty or self.crisis)

    @property
    def strengths(self) -> tuple[FeedbackItem, ...]:
        return tuple(i for i in self.items if i.tone == "strength")

    @property
    def reconsider(self) -> tuple[FeedbackItem, ...]:
        return tuple(i for i in self.items if i.tone == "reconsider")

    @property
    def notes(self) -> tuple[FeedbackItem, ...]:
        return tuple(i for i in self.items if i.tone == "note")

    @property
    def same_as_original(self) -> bool:
        """True when the learner wrote the unhelpful reply again."""
        return _plain(self.text) == _plain(self.rewrite.unhelpful)

    @property
    def rubric(self) -> tuple[RubricPoint, ...]:
        return tuple(self.rewrite.rubric)

    @property
    def noun(self) -> str:
        """What the learner writes: "reply", or "note" for a note for the record."""
        return self.rewrite.writing

    @property
    def summary(self) -> str:
        noun = self.noun
        if self.empty:
            return f"Write your {noun} in the box first, then ask for feedback."
        if self.crisis:
            return (
                "Before any feedback: what you wrote sounds as if you may be going through something"
                " very hard yourself right now."
            )
        if self.same_as_original:
            if noun == "note":
                return "This is the original note. Try writing it so the person would be glad to read it."
            return "This is the original reply. Try saying it in a way that would help the person more."
        if not self.items:
            return (
                f"The checker is not sure enough about this {noun} to comment on it. That does not"
                " make it wrong: check it against the questions below."
            )
        if self.reconsider and self.strengths:
            return f"Your {noun} has strengths, and something worth reconsidering."
        if self.reconsider:
            return f"Your {noun} has something worth reconsidering."
        if noun == "note":
            return "Your note does what a strengths-based note does."
        return "Your reply uses helpful skills."


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower().replace("’", "'")).split())


def _notes(text: str, rewrite: Rewrite) -> tuple[FeedbackItem, ...]:
    """The coach's notes on a reply; on a note for the record, the note rules' and the
    coach's harmful habits (see :mod:`._note_feedback`)."""
    if rewrite.writing == "note":
        return note_notes(text, rewrite)
    return feedback(text, rewrite)


class RewritePlay:
    """One learner's attempt at a :class:`Rewrite`: their text, in memory, and its feedback."""

    def __init__(self, rewrite: Rewrite):
        self.rewrite = rewrite
        self.text = ""
        self._feedback: RewriteFeedback | None = None
        self._tried = False

    def write(self, text: str) -> None:
        """Replace the learner's reply (feedback on the old text is forgotten)."""
        if not isinstance(text, str):
            raise TypeError(f"the reply must be text, not {type(text).__name__}")
        if text != self.text:
            self.text = text
            self._feedback = None

    def feedback(self) -> RewriteFeedback:
        """Coach the current text (or say what to do when it is empty or shows crisis signs)."""
        text = self.text
        if not text.strip():
            result = RewriteFeedback(self.rewrite, text)
        elif crisis_signs(text):
            result = RewriteFeedback(self.rewrite, text, crisis=True)
        else:
            result = RewriteFeedback(self.rewrite, text, items=_notes(text, self.rewrite))
        self._feedback = result
        self._tried = self._tried or result.coached
        return result

    @property
    def last(self) -> RewriteFeedback | None:
        """The feedback given on the current text, if any."""
        return self._feedback

    @property
    def answers_shown(self) -> bool:
        """Model answers appear once the learner has had feedback on a real attempt, and stay."""
        return self._tried

    def clear(self) -> None:
        """Start again: no text, no feedback, model answers hidden."""
        self.text = ""
        self._feedback = None
        self._tried = False

    def to_state(self) -> dict[str, Any]:
        """Progress without the learner's words: only whether they have tried."""
        return {"tried": self.answers_shown}

    @classmethod
    def from_state(cls, rewrite: Rewrite, state: dict[str, Any]) -> RewritePlay:
        """A fresh attempt: the text was never saved, so there is nothing to restore."""
        return cls(rewrite)
