"""Practising a safety plan for a fictional person: the learner's sections and the feedback.

:class:`SafetyPlanPlay` holds what the learner writes in memory only: never in a file, a
log or :meth:`SafetyPlanPlay.to_state` (which says only whether feedback was asked for).
The learner can save their practice plan to their private journal, and only by pressing
the button that says so (:meth:`SafetyPlanPlay.journal_text` is what that entry holds).

Feedback is never a score. For each section it shows the learner's words back, the
model plan's words, the check questions and the principle, and adds an automatic note
where a simple rule finds one of the slips below (the words of each note come from the
item's ``auto_notes``):

* ``empty``: nothing written in a section every plan has;
* ``third-person``: a description of the person ("he ..."), not their own words ("I ...");
* ``phone-number``: a number written in (the crisis panel shows the numbers);
* ``promise``: a promise or contract to stay safe, which keeps nobody safe;
* ``method-detail``: any detail of means or method (safe messaging, and a plan needs none);
* ``missing-crisis-line``: the professionals section names no crisis line or emergency number;
* ``round-the-clock``: the peer supporter put on call at any hour.

The coach's crisis check is deliberately not run: learners write in the fictional
person's first person, and a good warning sign ("I start thinking everyone would be
better off") is exactly what it is built to catch. The crisis panel stays in view above
the exercise instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..content import SafetyPlan
from ..content._practice_models import PlanSection
from ..content._wording import unsafe_phrases

# Means a person might use, which a practice plan has no need to name: the story says
# "things I've thought about", and so should the plan. (Safe messaging: no method detail.)
_MEANS = re.compile(
    r"\b(?:guns?|firearms?|rifles?|pistols?|shotguns?|ammo|ammunition|bullets?|ropes?|knives"
    r"|knife|blades?|razors?|pills?|tablets?|painkillers?|overdos\w*|poison\w*|bleach"
    r"|train tracks?|suffocat\w*)\b",
    re.I,
)
_PROMISE = re.compile(
    r"\bpromis\w*|\bcontract\b|\bno[- ]harm\b|\b(?:won't|will not|wont) (?:do anything|hurt myself"
    r"|harm myself|kill myself|do it)\b|\bagree (?:not to|to stay safe)\b|\bnot to (?:hurt|harm|kill)"
    r" myself\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself)\b", re.I)
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
_CRISIS_LINE = re.compile(
    r"\b(?:crisis|emergency|lifeline|helpline|hotline|text line|mobile team|samaritans)\b", re.I
)
_ANY_HOUR = re.compile(
    r"\b(?:any ?time|24/7|24 hours|day or night|night or day|whenever|any hour|all hours"
    r"|middle of the night|round the clock|around the clock)\b",
    re.I,
)
_SUPPORTER = re.compile(
    r"\b(?:you|your|peer|peer supporter|supporter|my supporter|my peer|the peer)\b", re.I
)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")

_EVERY_SECTION = ("third-person", "phone-number", "promise", "method-detail")
_CRISIS_SECTIONS = ("professionals",)
_HOURS_SECTIONS = ("ask-for-help", "professionals")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCES.split(text) if s.strip()]


def _third_person(text: str, person: str) -> bool:
    name = re.compile(rf"\b{re.escape(person)}\b", re.I) if person else None
    first = text.strip().split(None, 1)[0].strip(",.:;!?\"'").lower() if text.strip() else ""
    if first in {"he", "his", "she", "her"} or (person and first == person.lower()):
        return True
    mentions = bool(_THIRD_PERSON.search(text) or (name and name.search(text)))
    return mentions and not _FIRST_PERSON.search(text)


def _numbers(text: str) -> bool:
    """A run of three or more digits (a year such as 2027 aside): a phone number, or part of one."""
    return bool(re.search(r"(?<!\d)\d{3,}(?!\d)", re.sub(r"\b(?:19|20)\d\d\b", " ", text)))


def _round_the_clock(text: str) -> bool:
    return any(_ANY_HOUR.search(s) and _SUPPORTER.search(s) for s in _sentences(text))


def notes_for(section: PlanSection, text: str, person: str = "") -> tuple[str, ...]:
    """The names of the automatic notes that apply to ``text`` written in ``section``."""
    if not text.strip():
        return () if section.optional else ("empty",)
    found = []
    if _third_person(text, person):
        found.append("third-person")
    if _numbers(text):
        found.append("phone-number")
    if _PROMISE.search(text):
        found.append("promise")
    if unsafe_phrases(text) or _MEANS.search(text):
        found.append("method-detail")
    if section.id in _CRISIS_SECTIONS and not _CRISIS_LINE.search(text):
        found.append("missing-crisis-line")
    if section.id in _HOURS_SECTIONS and _round_the_clock(text):
        found.append("round-the-clock")
    return tuple(found)


@dataclass(frozen=True)
class AutoNote:
    """One automatic note on a section: its name and the words the item gives it."""

    name: str
    message: str


@dataclass(frozen=True)
class SectionFeedback:
    """The feedback on one section: the learner's words, the model's, and what to check."""

    section: PlanSection
    text: str
    notes: tuple[AutoNote, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class PlanFeedback:
    """The feedback on the whole plan, section by section in the plan's order."""

    plan: SafetyPlan
    sections: tuple[SectionFeedback, ...]

    @property
    def written(self) -> int:
        """How many sections hold some words."""
        return sum(not s.empty for s in self.sections)

    @property
    def summary(self) -> str:
        total = len(self.sections)
        if not self.written:
            return (
                "You have not written any part yet. Here is the model plan to compare with when"
                " you do."
            )
        noted = sum(bool(s.notes) for s in self.sections if not s.empty)
        said = f"You wrote {self.written} of {total} parts."
        if noted:
            return said + " Some parts have a note below, next to the model plan."
        return said + " Compare each with the model plan and the questions below."


class SafetyPlanPlay:
    """One learner's practice plan: their words per section, in memory, and the feedback."""

    def __init__(self, plan: SafetyPlan):
        self.plan = plan
        self._texts: dict[str, str] = {}
        self._asked = False

    def write(self, section_id: str, text: str) -> None:
        """Replace what the learner has written in one section."""
        if not isinstance(text, str):
            raise TypeError(f"a section holds text, not {type(text).__name__}")
        if section_id not in {s.id for s in self.plan.sections}:
            known = ", ".join(s.id for s in self.plan.sections)
            raise ValueError(f"'{section_id}' is not a section of this plan (known: {known})")
        self._texts[section_id] = text

    def text(self, section_id: str) -> str:
        return self._texts.get(section_id, "")

    def feedback(self) -> PlanFeedback:
        """The feedback on every section, whatever is filled in (empty sections included)."""
        self._asked = True
        person = self.plan.person
        sections = []
        for section in self.plan.sections:
            text = self.text(section.id)
            names = notes_for(section, text, person)
            notes = tuple(AutoNote(n, self.plan.auto_notes[n]) for n in names)
            sections.append(SectionFeedback(section, text, notes))
        return PlanFeedback(self.plan, tuple(sections))

    @property
    def tried(self) -> bool:
        """Whether the learner has asked for feedback."""
        return self._asked

    def journal_text(self) -> str:
        """What "Save to my journal" saves: the practice plan, marked as one for a fictional person."""
        lines = [
            f"Practice safety plan for {self.plan.person}, a fictional person"
            f" ({self.plan.title}). This is not my own plan.",
        ]
        for section in self.plan.sections:
            text = self.text(section.id).strip()
            if text:
                lines += ["", section.label, text]
        return "\n".join(lines)

    def clear(self) -> None:
        """Start again with an empty plan."""
        self._texts.clear()
        self._asked = False

    def to_state(self) -> dict[str, Any]:
        """Progress without the learner's words: only whether they asked for feedback."""
        return {"tried": self._asked}

    @classmethod
    def from_state(cls, plan: SafetyPlan, state: dict[str, Any]) -> SafetyPlanPlay:
        """A fresh plan: the words were never saved, so there is nothing to restore."""
        return cls(plan)
