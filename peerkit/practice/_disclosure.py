"""The self-disclosure check: what the learner would share, read against the lesson's checklist.

Where the words themselves can tell (length, a closing question to the peer,
comparing, assuming, hope, distressing detail, asking first) the check says
what it found and why. Where only the learner can judge (does it help the peer,
is it the right moment) it says so: "check this yourself". In the self-rated
mode the learner ticks the points and gets guidance on each. Neither mode gives
a score, and the learner's text stays in memory only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from ..coach import crisis_signs, feedback
from ..coach._checklist import CHECKS, STATUS_LABELS, CheckInfo
from ..content import Disclosure
from ._case import PlayError
from ._coaching import FeedbackItem

Status = Literal["met", "not-met", "check-yourself"]

CRISIS_SUMMARY = (
    "Before any checking: what you wrote sounds as if you may be going through something very hard"
    " yourself right now."
)

__all__ = [
    "CHECKS",
    "CRISIS_SUMMARY",
    "STATUS_LABELS",
    "CheckInfo",
    "CheckResult",
    "DisclosureFeedback",
    "DisclosurePlay",
    "Rating",
    "SelfRating",
]


@dataclass(frozen=True)
class CheckResult:
    """How one checklist point reads: its status, the reason, and the learner's words it is about."""

    check: CheckInfo
    status: Status
    reason: str
    quote: str = ""

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class DisclosureFeedback:
    """The automatic check of one piece of sharing. ``crisis`` means: no checking, show support."""

    text: str
    crisis: bool = False
    results: tuple[CheckResult, ...] = ()
    coach_notes: tuple[FeedbackItem, ...] = ()
    """The coach's other notes on the reply, beside the checklist."""
    shares: bool = True
    """False when the text tells nothing of the learner's own experience (a fair choice)."""

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    @property
    def summary(self) -> str:
        if self.empty:
            return "Write what you would share in the box first, or rate it yourself against the checklist."
        if self.crisis:
            return CRISIS_SUMMARY
        text = (
            "Here is how your sharing reads against the checklist. There is no pass mark: use it to"
            " decide what, if anything, to change."
        )
        if not self.shares:
            text += (
                " You do not seem to share your own experience here, and that is a fair choice: the"
                " checklist still helps with how you reply."
            )
        return text


@dataclass(frozen=True)
class Rating:
    """One point the learner rated themselves, with guidance for it."""

    check: CheckInfo
    ticked: bool

    @property
    def guidance(self) -> str:
        return self.check.affirm if self.ticked else self.check.guidance


@dataclass(frozen=True)
class SelfRating:
    """The learner's own ticks, each with guidance. Never a score."""

    ratings: tuple[Rating, ...]
    crisis: bool = False

    @property
    def summary(self) -> str:
        if self.crisis:
            return CRISIS_SUMMARY
        if all(r.ticked for r in self.ratings):
            return (
                "You ticked every point. Read it once more as the peer would hear it: that is the"
                " check that matters most."
            )
        return (
            "Guidance on the points you have not ticked is below. This is not a test: it is a way to"
            " decide what, if anything, to share."
        )


class DisclosurePlay:
    """One learner's sharing for a :class:`Disclosure`, checked or self-rated. Held in memory only."""

    def __init__(self, disclosure: Disclosure):
        self.disclosure = disclosure
        self.text = ""

    @property
    def checks(self) -> tuple[CheckInfo, ...]:
        """The checklist points this item asks about, in its order."""
        return tuple(CHECKS[name] for name in self.disclosure.checks)

    def write(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"the sharing must be text, not {type(text).__name__}")
        self.text = text

    def clear(self) -> None:
        self.text = ""

    # -- the automatic check ------------------------------------------------------
    def check(self) -> DisclosureFeedback:
        text = self.text
        if not text.strip():
            return DisclosureFeedback(text)
        if crisis_signs(text):
            return DisclosureFeedback(text, crisis=True)
        notes = feedback(text, self.disclosure)
        results = tuple(
            CheckResult(CHECKS[n.check], n.status, n.message, n.quotes[0] if n.quotes else "")  # type: ignore[arg-type]
            for n in notes
            if n.check
        )
        checked = [n for n in notes if n.check]
        shares = not checked or any(n.kind == "shares" for n in checked)
        return DisclosureFeedback(
            text,
            results=results,
            coach_notes=tuple(n for n in notes if not n.check),
            shares=shares,
        )

    # -- the self-rated mode --------------------------------------------------------
    def rate(self, ticked: Iterable[str]) -> SelfRating:
        """Guidance on each point, given the names of the points the learner ticked."""
        chosen = set(ticked)
        unknown = chosen - set(self.disclosure.checks)
        if unknown:
            known = ", ".join(self.disclosure.checks)
            raise PlayError(f"there is no check '{sorted(unknown)[0]}' here (known: {known})")
        ratings = tuple(Rating(info, info.name in chosen) for info in self.checks)
        return SelfRating(ratings, crisis=bool(self.text.strip()) and crisis_signs(self.text))

    def to_state(self) -> dict[str, Any]:
        """Nothing of what the learner wrote or ticked: this exercise keeps no record."""
        return {}

    @classmethod
    def from_state(cls, disclosure: Disclosure, state: dict[str, Any]) -> DisclosurePlay:
        return cls(disclosure)
