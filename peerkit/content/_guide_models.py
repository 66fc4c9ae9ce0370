"""Facilitator documents: session plans, the source-coverage manifest, time-sensitive facts.

These files live in ``data/facilitator/`` and ``data/coverage.yaml``. They are
never shown in a learner notebook; the facilitator guide reads them. Like every
content file they start with ``schema_version`` and ``type`` and reject unknown
keys; :mod:`._types` lists them with the other kinds of content file.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints, field_validator

from ._models import LIST_ENTRY_NAMES, Document, Id, ReferenceId, SourceItemId, Strict, Text

LessonId = Annotated[str, StringConstraints(pattern=r"^(\d\d-[a-z0-9-]+|[a-z]+(?:-[a-z]+)*)$")]
"""A lesson id as written in data/curriculum.yaml, e.g. ``01-building-trust``."""


def _no_repeats(values: list[str], noun: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{noun} '{value}' is listed twice - keep one of them")
        seen.add(value)


# --- session plan ---------------------------------------------------------------


class PlanPart(Strict):
    """One timed part of a workshop session."""

    id: Id
    title: Text
    minutes: int = Field(gt=0, le=600)
    how: Text
    """How to run this part, in words a new facilitator can follow."""
    items: list[Id] = Field(default_factory=list)
    """The exercises run in this part (ids of items the lesson's notebook shows)."""


class Misconception(Strict):
    """Something learners often believe, and how to respond to it."""

    belief: Text
    response: Text


class SessionPlan(Document):
    """data/facilitator/<lesson>.yaml: how to run one lesson as a workshop session."""

    type: Literal["session-plan"]
    lesson: LessonId
    preparation: list[Text] = Field(default_factory=list)
    warm_up: Text
    parts: list[PlanPart] = Field(min_length=1)
    misconceptions: list[Misconception] = Field(min_length=1)
    debrief: list[Text] = Field(min_length=1)
    check_out: Text | None = None

    @field_validator("parts")
    @classmethod
    def _part_ids_differ(cls, parts: list[PlanPart]) -> list[PlanPart]:
        _no_repeats([part.id for part in parts], "part id")
        return parts

    @property
    def pauses(self) -> tuple[int, ...]:
        """Minutes from the start at which each part but the last ends."""
        ends, total = [], 0
        for part in self.parts[:-1]:
            total += part.minutes
            ends.append(total)
        return tuple(ends)


# --- coverage -------------------------------------------------------------------

ExclusionKind = Literal["artefact", "replaced-reference"]


def _sources_once(sources: list[str]) -> list[str]:
    _no_repeats(sources, "source item")
    return sources


SourceList = Annotated[list[SourceItemId], Field(min_length=1), AfterValidator(_sources_once)]
"""Source items, at least one, each listed once."""


class CoveredBy(Strict):
    """The source items one lesson teaches."""

    lesson: LessonId
    sources: SourceList


class Exclusion(Strict):
    """Source items deliberately not taught, and why ([ART] artefacts of the source lessons, [REF] references)."""

    kind: ExclusionKind
    reason: Text
    sources: SourceList


class Coverage(Document):
    """data/coverage.yaml: where every item of the source lessons is taught, or why it is not."""

    type: Literal["coverage"]
    lessons: list[CoveredBy] = Field(min_length=1)
    excluded: list[Exclusion] = Field(default_factory=list)

    def taught(self) -> dict[str, list[str]]:
        """Source item id -> the lessons that teach it."""
        found: dict[str, list[str]] = {}
        for entry in self.lessons:
            for source in entry.sources:
                found.setdefault(source, []).append(entry.lesson)
        return found

    def exclusions(self) -> dict[str, Exclusion]:
        """Source item id -> its exclusion."""
        return {source: entry for entry in self.excluded for source in entry.sources}


# --- time-sensitive facts ---------------------------------------------------------


class Fact(Strict):
    """A fact that can go out of date, with when it was last checked and against what."""

    id: Id
    topic: Text
    fact: Text
    references: list[ReferenceId] = Field(min_length=1)
    last_checked: dt.date
    checked_against: Text


class TimeSensitiveFacts(Document):
    """data/facilitator/time-sensitive-facts.yaml: facts to re-check before each course."""

    type: Literal["time-sensitive-facts"]
    facts: list[Fact] = Field(min_length=1)


LIST_ENTRY_NAMES.update(
    {"parts": "part", "misconceptions": "misconception", "excluded": "exclusion", "facts": "fact"}
)
