"""Facilitator documents: session plans, the source-coverage manifest, time-sensitive facts.

These files live in ``data/facilitator/`` and ``data/coverage.yaml``. They are
never shown in a learner notebook; the facilitator guide reads them. Like every
content file they start with ``schema_version`` and ``type`` and reject unknown
keys; :mod:`._types` lists them with the other kinds of content file.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar, Literal

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


# --- session plan (schema version 2) -----------------------------------------------

Weight = Literal["light", "medium", "heavy"]
"""How heavy a lesson is to teach; the agenda never ends a day on a ``heavy`` lesson."""

ROOM_ACTIVITIES: tuple[str, ...] = ("reading", "role-play", "practice", "discussion", "talk")
"""What a budget line can spend minutes on besides an exercise; an exercise's line gives the
item's type as its activity (``case``, ``sort``, ...: any type a notebook can show)."""

Mode = Literal["group", "pairs", "alone"]
"""How the room works through an item: all together, in pairs, or each person alone."""


class Timed(Strict):
    """The warm-up or the check-out: its minutes and how to run it."""

    minutes: int = Field(gt=0, le=60)
    how: Text


class BudgetLine(Strict):
    """One line of a part's budget: an activity and the minutes it needs."""

    activity: Id
    """``reading``, ``role-play``, ``practice``, ``discussion``, ``talk``, or the item's type."""
    minutes: int = Field(gt=0, le=600)
    covers: list[Text] = Field(default_factory=list)
    """For ``reading``: the notebook headings read (``(top)``: the text before the first heading)."""
    item: Id | None = None
    """For an exercise: the id of the item the lesson shows."""
    mode: Mode | None = None
    triad: Id | None = None
    """For ``role-play``: the triad played."""
    what: Text | None = None
    """For talk, discussion and practice: what the minutes are for."""


class PlanPart(Strict):
    """One timed part of a workshop session, with the budget that makes up its minutes."""

    id: Id
    title: Text
    minutes: int = Field(gt=0, le=600)
    budget: list[BudgetLine] = Field(min_length=1)
    how: Text
    """How to run this part, in words a new facilitator can follow."""
    items: list[Id] = Field(default_factory=list)
    """The exercises run in this part (ids of items the lesson's notebook shows)."""
    optional: bool = False
    if_skipped: Text | None = None
    """For an optional part: what to do instead when it is left out."""
    heavy: bool = False
    """The part deals with the heaviest material (suicide, self-harm, crisis)."""
    break_after: bool = False
    """A break or lunch must follow this part straight away."""
    needs: list[Id] = Field(default_factory=list)
    """Parts of this plan that must run when this one runs."""
    skip_requires: (
        Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")] | None
    ) = None
    """This optional part may be left out only when this lesson is in the course, or this
    triad runs in the same session."""
    triad: Id | None = None
    """The role-play triad this part runs (its budget has the matching ``role-play`` line)."""


class Misconception(Strict):
    """Something learners often believe, and how to respond to it."""

    belief: Text
    response: Text


class SessionPlan(Document):
    """data/facilitator/<lesson>.yaml: how to run one lesson as a workshop session.

    Version 2 budgets every minute: ``minutes`` is the workshop length (warm-up, every
    part and the check-out), and each part's ``budget`` lines add up to its minutes. The
    lesson's ``minutes`` in curriculum.yaml stay the self-paced time.
    """

    schema_versions: ClassVar[tuple[int, ...]] = (2,)
    type: Literal["session-plan"]
    lesson: LessonId
    minutes: int = Field(gt=0, le=1200)
    weight: Weight
    preparation: list[Text] = Field(default_factory=list)
    warm_up: Timed
    parts: list[PlanPart] = Field(min_length=1)
    misconceptions: list[Misconception] = Field(min_length=1)
    debrief: list[Text] = Field(min_length=1)
    check_out: Timed

    @field_validator("parts")
    @classmethod
    def _part_ids_differ(cls, parts: list[PlanPart]) -> list[PlanPart]:
        _no_repeats([part.id for part in parts], "part id")
        return parts

    def part(self, part_id: str) -> PlanPart | None:
        return next((part for part in self.parts if part.id == part_id), None)

    @property
    def core_parts(self) -> list[PlanPart]:
        """The parts that always run (not optional)."""
        return [part for part in self.parts if not part.optional]

    @property
    def pauses(self) -> tuple[int, ...]:
        """Minutes from the start at which each core part but the last ends (warm-up included)."""
        ends, total = [], self.warm_up.minutes
        for part in self.core_parts[:-1]:
            total += part.minutes
            ends.append(total)
        return tuple(ends)

    @property
    def core_minutes(self) -> int:
        """The session without any optional part: warm-up, core parts, check-out."""
        return (
            self.warm_up.minutes
            + sum(part.minutes for part in self.core_parts)
            + self.check_out.minutes
        )


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


# --- agenda (a course: one day, two days) --------------------------------------------

Clock = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
]
"""A time of day on a 24-hour clock, written in quotes: ``"09:00"``."""

BlockKind = Literal["opening-round", "closing", "lesson", "break", "lunch"]

Include = Literal[
    "names-and-hopes",
    "housekeeping",
    "quiet-room",
    "group-agreement",
    "pause-signal",
    "parking-lot",
    "crisis-panel",
    "check-in-round",
    "who-is-on-call",
    "parking-lot-review",
    "what-comes-next",
    "pre-work-for-tomorrow",
    "skills-self-check",
    "evaluation",
    "closing-round",
]
"""What an opening round or a closing can hold (the guide's "Running the day" explains each)."""

INCLUDE_LABELS: dict[str, str] = {
    "names-and-hopes": "names and hopes",
    "housekeeping": "housekeeping",
    "quiet-room": "the quiet room",
    "group-agreement": "group agreement",
    "pause-signal": "the pause signal",
    "parking-lot": "the parking lot",
    "crisis-panel": "crisis lines",
    "check-in-round": "check-in round",
    "who-is-on-call": "who is on call",
    "parking-lot-review": "parking lot review",
    "what-comes-next": "what comes next",
    "pre-work-for-tomorrow": "reading for tomorrow",
    "skills-self-check": "skills self-check",
    "evaluation": "evaluation",
    "closing-round": "closing round",
}
"""How each ``includes`` id reads in a printed agenda."""

Support = Annotated[
    str,
    StringConstraints(
        pattern=r"^(co-facilitator-recommended|co-facilitator-required"
        r"|second-facilitator-or-on-call(-on-day-[1-9])?)$"
    ),
]
"""What the course needs besides the facilitator: ``co-facilitator-recommended``,
``co-facilitator-required``, ``second-facilitator-or-on-call`` (every day) or
``second-facilitator-or-on-call-on-day-2`` (that day only)."""


class Pause(Strict):
    """A break or lunch inside a lesson, after one of its parts."""

    after: Id
    kind: Literal["break", "lunch"]
    minutes: int = Field(gt=0, le=120)


class Block(Strict):
    """One block of a day: an opening round, a lesson, a break, lunch or a closing.

    A lesson block names its lesson and never its minutes: they are computed from the
    lesson's session plan, the triads chosen and the parts skipped.
    """

    kind: BlockKind
    title: Text | None = None
    minutes: int | None = Field(default=None, gt=0, le=240)
    includes: list[Include] = Field(default_factory=list)
    lesson: LessonId | None = None
    triads: list[Id] = Field(default_factory=list)
    """The role-play triads run in this lesson (its other role-play parts are left out)."""
    skip: list[Id] = Field(default_factory=list)
    """Optional parts of the session plan left for self-study."""
    pre_work: bool = False
    """Learners read the lighter parts and do the solo exercises before the day."""
    pauses: list[Pause] = Field(default_factory=list)


class Day(Strict):
    day: int = Field(ge=1, le=9)
    start: Clock
    end_by: Clock
    blocks: list[Block] = Field(min_length=1)


class GroupSize(Strict):
    min: int = Field(ge=2, le=200)
    max: int = Field(ge=2, le=200)


class BeforeTheCourse(Strict):
    """A lesson learners do on their own before the course."""

    lesson: LessonId
    how: Text


class Agenda(Document):
    """data/facilitator/agendas/<id>.yaml: a course as data (order, choices, pauses); times are computed."""

    type: Literal["agenda"]
    id: Id
    title: Text
    summary: Text
    group_size: GroupSize
    support: Support
    before_the_course: list[BeforeTheCourse] = Field(default_factory=list)
    days: list[Day] = Field(min_length=1, max_length=9)

    def support_on(self, day: int) -> bool:
        """Whether a second facilitator or an on-call person is there on ``day``."""
        if not self.support.startswith("second-facilitator-or-on-call"):
            return False
        return self.support == "second-facilitator-or-on-call" or self.support.endswith(
            f"-on-day-{day}"
        )


# --- guide sections and adaptations ------------------------------------------------


class GuideSection(Strict):
    """One section of the facilitator guide's prose (markdown)."""

    id: Id
    title: Text
    content_note: Text | None = None
    """Shown before the section; required when the section talks about suicide or self-harm."""
    body: Text


class GuideSections(Document):
    """data/facilitator/running-the-day.yaml: the guide's sections on running the day."""

    type: Literal["guide-sections"]
    id: Id
    sections: list[GuideSection] = Field(min_length=1)

    def section(self, section_id: str) -> GuideSection | None:
        return next((s for s in self.sections if s.id == section_id), None)


class FitsBest(Strict):
    """The cases and role-plays that suit a setting best."""

    cases: list[Id] = Field(default_factory=list)
    triads: list[Id] = Field(default_factory=list)


class Setting(Strict):
    """One setting the course can be adapted to: what changes, and what fits it best."""

    id: Id
    title: Text
    what_changes: list[Text] = Field(min_length=1)
    fits_best: FitsBest
    references: list[ReferenceId] = Field(default_factory=list)


class Adaptations(Document):
    """data/facilitator/adaptations.yaml: how to run the course in other settings."""

    type: Literal["adaptations"]
    id: Id
    intro: Text
    settings: list[Setting] = Field(min_length=1)

    def setting(self, setting_id: str) -> Setting | None:
        return next((s for s in self.settings if s.id == setting_id), None)


LIST_ENTRY_NAMES.update(
    {"parts": "part", "misconceptions": "misconception", "excluded": "exclusion", "facts": "fact"}
)
LIST_ENTRY_NAMES.update(
    {
        "budget": "budget line",
        "days": "day",
        "blocks": "block",
        "pauses": "pause",
        "sections": "section",
        "settings": "setting",
        "before_the_course": "pre-work lesson",
    }
)
