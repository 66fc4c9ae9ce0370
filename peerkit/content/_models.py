"""The content schema: one pydantic model per kind of content file.

Every file starts with ``schema_version`` and ``type``. The ``type`` picks the
model (see :data:`peerkit.content.DOCUMENT_TYPES`); unknown keys are rejected everywhere, so a
typo such as ``feedbak:`` is caught instead of silently ignored. Models are
frozen: content is read once and never changed by the code that shows it.

Facilitator-only material (debrief questions, notes, answer rationales) sits
under a ``facilitator:`` key so that learner views can leave it out by design.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Annotated, ClassVar, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from ._svg import svg_problem, svg_title

SCHEMA_VERSION = 1
"""The schema version this peerkit reads and writes."""

Id = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=1, max_length=80)
]
"""Ids are lowercase words joined by hyphens, e.g. ``cs02-drank-again``."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
SourceItemId = Annotated[str, StringConstraints(pattern=r"^S00[0-4]-\d{2}$")]
"""An item of a source lesson as numbered in data/source_items.yaml, e.g. ``S003-19``."""
ReferenceId = Annotated[str, StringConstraints(pattern=r"^SRC-\d{2}$")]
"""A reference key from data/references.yaml, e.g. ``SRC-14``."""
BriefId = Annotated[str, StringConstraints(pattern=r"^CS-\d{2}$")]
"""A case brief as numbered in data/case_briefs.yaml, e.g. ``CS-08``."""
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]


class Strict(BaseModel):
    """Base for every content model: unknown keys are errors, values never change."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class FacilitatorNotes(Strict):
    """Material for the facilitator edition only; never shown to learners."""

    notes: Text | None = None
    debrief: list[Text] = []
    minutes: int | None = Field(default=None, gt=0)


class Document(Strict):
    """Fields shared by every content file."""

    schema_versions: ClassVar[tuple[int, ...]] = (SCHEMA_VERSION,)
    """The schema versions this peerkit reads for this kind of file (session plans: 2)."""
    schema_version: int
    type: str


class Item(Document):
    """Something a notebook shows with ``peerkit.show(id)``."""

    id: Id
    title: Text
    facilitator: FacilitatorNotes | None = None

    exercise: ClassVar[bool] = True
    """Something a learner does (a session plan gives it a place), not only reads; the
    registry's row of the type agrees (tests/test_registry.py)."""
    room_minutes: ClassVar[int | None] = None
    """The fewest minutes a workshop gives one of these, whatever its content (a rewrite: 5);
    None where the content decides (a case by its decisions, a sort by its cards)."""


class Traceable(Strict):
    """A part of the content that teaches from source items or references."""

    sources: list[SourceItemId] = []
    references: list[ReferenceId] = []


# --- case -------------------------------------------------------------------------

Verdict = Literal["follows", "breaks", "partial"]

Move = Literal["listens", "asks-directly", "links", "emergency"]
"""What a reply does in a crisis conversation, for the rules in :mod:`._crisis`:
``listens`` hears the person out (reflects, validates, invites them to say more);
``asks-directly`` asks plainly about suicide or a plan; ``links`` connects the person
with support beyond the peer supporter (a crisis line, a crisis team, a doctor, a
safety plan's contacts); ``emergency`` calls emergency help because the danger is
immediate, which never waits for listening."""


class Choice(Traceable):
    """One reply the learner can pick, with its verdict and the feedback it earns."""

    id: Id
    text: Text
    verdict: Verdict
    feedback: Text
    consequence: Text | None = None
    moves: list[Move] = []
    """Optional tags naming what the reply does (see :data:`Move`); facilitator-side, never shown."""
    next: Id


class Node(Strict):
    """A moment in the case: what the peer says or does, and the replies on offer."""

    id: Id
    text: Text
    prompt: Text = "What do you say?"
    choices: list[Choice] = Field(min_length=2)


Outcome = Literal["helpful", "mixed", "unhelpful"]


class Ending(Strict):
    """Where a path through a case finishes."""

    id: Id
    title: Text
    text: Text
    outcome: Outcome
    connected_to_support: bool = False


class Case(Item, Traceable):
    """A branching case study."""

    type: Literal["case"]
    brief: BriefId | None = None
    setting: Text
    content_note: Text | None = None
    crisis: bool = False
    allow_back: bool = True
    allow_restart: bool = True
    start: Id | None = None
    nodes: list[Node] = Field(min_length=1)
    endings: list[Ending] = []

    @property
    def start_id(self) -> str:
        return self.start or self.nodes[0].id

    @cached_property
    def steps_by_id(self) -> tuple[dict[str, Node], dict[str, Ending]]:
        """Nodes and endings by id (the first of each id), built once: a case may be long."""
        nodes: dict[str, Node] = {}
        endings: dict[str, Ending] = {}
        for node in self.nodes:
            nodes.setdefault(node.id, node)
        for ending in self.endings:
            endings.setdefault(ending.id, ending)
        return nodes, endings

    def node(self, node_id: str) -> Node | None:
        return self.steps_by_id[0].get(node_id)

    def ending(self, ending_id: str) -> Ending | None:
        return self.steps_by_id[1].get(ending_id)


# --- sort -------------------------------------------------------------------------


class Bin(Strict):
    id: Id
    label: Text
    description: Text | None = None


class Card(Traceable):
    id: Id
    text: Text
    bins: list[Id] = Field(min_length=1)
    explanation: Text


class Sort(Item, Traceable):
    """Cards to sort into two or more named bins."""

    type: Literal["sort"]
    instructions: Text
    bins: list[Bin] = Field(min_length=2)
    cards: list[Card] = Field(min_length=1)
    after_check: Text | None = None
    """Shown with the results every time, e.g. 'the phases are a guide, not a rule'."""


# --- quiz -------------------------------------------------------------------------


class Option(Strict):
    id: Id
    text: Text
    correct: bool = False
    explanation: Text


class Question(Traceable):
    id: Id
    prompt: Text
    multiple: bool = False
    options: list[Option] = Field(min_length=2)


class Quiz(Item, Traceable):
    """Single- or multiple-choice questions with an explanation for every option."""

    type: Literal["quiz"]
    instructions: Text | None = None
    questions: list[Question] = Field(min_length=1)


# --- note -------------------------------------------------------------------------


class Note(Item, Traceable):
    """A short fixed statement shown in several places, e.g. the scope of practice."""

    type: Literal["note"]
    room_minutes: ClassVar[int | None] = 1
    kind: Literal["info", "scope", "content-note", "tip"] = "info"
    text: Text

    exercise: ClassVar[bool] = False


# --- written practice -------------------------------------------------------------


class ModelAnswer(Strict):
    """One good answer, shown after the learner has tried, with what makes it work."""

    text: Text
    notes: Text | None = None


class RubricPoint(Traceable):
    """A point the learner checks their own reply against."""

    id: Id
    question: Text


DisclosureCheck = Literal[
    "helps-peer",
    "brief",
    "focus-back",
    "hope",
    "no-trauma-detail",
    "no-comparing",
    "no-assuming",
    "timing",
    "permission",
]
"""The self-disclosure checklist of lesson 02."""

DISCLOSURE_CHECKS: tuple[str, ...] = get_args(DisclosureCheck)
"""Every check name a ``disclosure`` item may list. Files hold them as ids, and
:mod:`._checks` names an unknown one with "did you mean" rather than a schema error."""


CoachBehaviour = Literal[
    "reflection",
    "reflect-before-asking",
    "affirmation",
    "open-question",
    "focus-back",
    "ask-permission",
    "ask-directly-about-suicide",
    "i-statement",
    "say-the-need",
    "closed-question",
    "self-disclosure",
    "information",
    "why-question",
    "unasked-advice",
    "praise",
    "supporter-centred-sharing",
    "medication-agenda",
    "minimizing",
    "comparing",
    "judging",
    "promising-secrecy",
]
"""What the response coach can recognise in a reply, named as a written exercise
declares it under ``coach: does:`` or ``coach: avoids:``."""

COACH_BEHAVIOURS: tuple[str, ...] = get_args(CoachBehaviour)
"""Every behaviour name a written exercise may declare. Files hold them as ids, and
:mod:`._checks` names an unknown one with "did you mean" rather than a schema error."""

ASKABLE_ONLY: frozenset[str] = frozenset(
    {
        "reflection",
        "reflect-before-asking",
        "affirmation",
        "open-question",
        "focus-back",
        "ask-permission",
        "ask-directly-about-suicide",
        "i-statement",
        "say-the-need",
    }
)
"""Skills the lessons teach: an exercise may ask for them, never tell learners to avoid them."""

AVOIDABLE_ONLY: frozenset[str] = frozenset(
    {
        "why-question",
        "unasked-advice",
        "praise",
        "supporter-centred-sharing",
        "medication-agenda",
        "minimizing",
        "comparing",
        "judging",
        "promising-secrecy",
    }
)
"""Habits the lessons teach against: an exercise may list them to avoid, never ask for them."""


class CoachPoint(Strict):
    """One behaviour a written exercise asks for or avoids, and the point it answers.

    ``point`` names the rubric point (a rewrite) or checklist point (a disclosure)
    that the behaviour meets or misses, so feedback can quote the exercise's own
    question.
    """

    behaviour: Id
    point: Id | None = None


class SharingLimits(Strict):
    """How much of their own story a learner should share, as the lesson puts it.

    Lesson 02: "A sentence or two is usually enough." ``sentences`` is that limit;
    ``words`` keeps a long run-on sentence from passing as one.
    """

    sentences: int = Field(gt=0)
    words: int = Field(gt=0)


class NoteLength(Strict):
    """How many words a written note may run to before feedback asks for a shorter one."""

    words: int = Field(gt=0)


class Coaching(Strict):
    """What a good reply to a written exercise does and what it avoids.

    The response coach reads a learner's reply against this: a behaviour listed
    under ``does`` is praised and never marked to reconsider, one under ``avoids``
    is marked to reconsider. ``sharing`` sets the limits of the self-disclosure
    check's "brief" point (and of a rewrite's own-story point), taken from the lesson.
    """

    does: list[CoachPoint] = Field(min_length=1)
    avoids: list[CoachPoint] = Field(min_length=1)
    sharing: SharingLimits | None = None
    length: NoteLength | None = None
    """How long a note may be before feedback asks whether it could be shorter
    (rewrites with ``writing: note`` only)."""


class Rewrite(Item, Traceable):
    """An unhelpful reply in context; the learner writes a better one and gets feedback."""

    type: Literal["rewrite"]
    room_minutes: ClassVar[int | None] = 5
    context: Text
    unhelpful: Text
    why_unhelpful: Text
    prompt: Text = "What might you say instead? Write your reply."
    rubric: list[RubricPoint] = Field(min_length=1)
    coach: Coaching
    model_answers: list[ModelAnswer] = Field(min_length=1)
    writing: Literal["reply", "note"] = "reply"
    """What the learner writes: a ``reply`` said to a person, or a ``note`` for the record
    written about one (read by the note rules of :mod:`peerkit.practice._note_feedback`)."""


class Disclosure(Item, Traceable):
    """A scenario in which the learner decides what, if anything, to share of their own story."""

    type: Literal["disclosure"]
    room_minutes: ClassVar[int | None] = 6
    scenario: Text
    prompt: Text = (
        "What, if anything, would you share about your own experience? Write one or two sentences."
    )
    checks: list[Id] = Field(min_length=1)
    """Names from :data:`DISCLOSURE_CHECKS`, in the order they are shown."""
    coach: Coaching
    model_answers: list[ModelAnswer] = Field(min_length=1)


class Journal(Item, Traceable):
    """A private reflection prompt; answers go only to the learner's own journal."""

    type: Literal["journal"]
    room_minutes: ClassVar[int | None] = 3
    prompt: Text
    guidance: Text | None = None


# --- figure -----------------------------------------------------------------------


class Figure(Item, Traceable):
    """A diagram: SVG markup shown inline, with its text alternative and a long description.

    The SVG's ``<title>`` is the short text alternative and its ``<desc>`` a short
    description; ``description`` is the full text version, shown next to the
    picture so that nobody depends on seeing it.
    """

    type: Literal["figure"]
    room_minutes: ClassVar[int | None] = 1
    svg: Text
    description: Text
    caption: Text | None = None

    exercise: ClassVar[bool] = False

    @field_validator("svg")
    @classmethod
    def _safe_and_described(cls, markup: str) -> str:
        problem = svg_problem(markup)
        if problem:
            raise ValueError(problem)
        return markup

    @property
    def alt(self) -> str:
        """The short text alternative: the text of the SVG's ``<title>``."""
        return svg_title(self.svg)


# --- course-wide files --------------------------------------------------------------


class LessonEntry(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^(\d\d-[a-z0-9-]+|[a-z]+(?:-[a-z]+)*)$")]
    title: Text
    kind: Literal["lesson", "guide"] = "lesson"
    summary: Text
    minutes: int = Field(gt=0, le=600)
    objectives: list[Text] = Field(min_length=1)
    sources: list[SourceItemId] = []
    references: list[ReferenceId] = []
    content_notes: list[Text] = []

    @property
    def notebook(self) -> str:
        """The notebook's path relative to the project root.

        Lessons sit side by side in ``notebooks/``; the facilitator guide, which holds the
        answer keys, sits one folder down in ``notebooks/facilitator/``, so that a learner
        browsing the course folder in JupyterLab sees only lessons.
        """
        folder = "notebooks/facilitator" if self.kind == "guide" else "notebooks"
        return f"{folder}/{self.id}.ipynb"


class Curriculum(Document):
    """data/curriculum.yaml: the course, its lessons and their order."""

    type: Literal["curriculum"]
    title: Text
    subtitle: Text | None = None
    lessons: list[LessonEntry] = Field(min_length=1)

    def lesson(self, lesson_id: str) -> LessonEntry | None:
        return next((entry for entry in self.lessons if entry.id == lesson_id), None)


class CopyCheck(Strict):
    """A check made only against a stored copy of a page, not the live page itself.

    ``url`` is the address of the copy that was read (it may be another site's
    copy when the service's own page could not be reached); ``note`` says what
    the copy showed or why it is not the service's own page.
    """

    date: dt.date
    url: Url
    note: Text | None = None


class Checked(Strict):
    """When an entry was last checked, and against what.

    ``last_verified`` is set only after checking the service's own live page.
    ``copy_checked`` records a check against a stored copy of a page, and nothing more.
    """

    last_verified: dt.date | None = None
    copy_checked: CopyCheck | None = None

    @model_validator(mode="after")
    def _checked(self) -> Checked:
        if self.last_verified is None and self.copy_checked is None:
            raise ValueError(
                "there is no record of when this entry was checked - add 'last_verified:' with the"
                " day you checked the service's own page, e.g. 'last_verified: 2026-11-01'"
            )
        return self


class Service(Checked):
    name: Text
    phone: Text | None = None
    sms: Text | None = None
    chat_url: Url | None = None
    languages: list[Text] = []
    hours: Text | None = None
    audience: Text | None = None
    notes: Text | None = None
    source_url: Url

    @model_validator(mode="after")
    def _reachable(self) -> Service:
        if not (self.phone or self.sms or self.chat_url):
            raise ValueError(
                "there is no way to reach this service - add a 'phone:', 'sms:' or 'chat_url:' line"
            )
        return self


class Region(Checked):
    """One region's emergency number and crisis lines; the first service is its main line."""

    id: Id
    name: Text
    emergency_number: Text
    emergency_source_url: Url
    services: list[Service] = Field(min_length=1)

    @property
    def main_line(self) -> Service:
        """The line every region-less crisis panel lists for this region."""
        return self.services[0]


class Directory(Checked):
    name: Text
    url: Url
    description: Text
    source_url: Url


class CrisisResources(Document):
    """data/crisis_resources.yaml: crisis lines by region, each with its source."""

    type: Literal["crisis-resources"]
    generic: Text
    directory: Directory
    regions: list[Region] = Field(min_length=1)

    def region(self, region_id: str | None) -> Region | None:
        if not region_id:
            return None
        wanted = region_id.strip().lower()
        return next((r for r in self.regions if r.id == wanted), None)


class Settings(Document):
    """data/settings.yaml: choices a facilitator makes for their group."""

    type: Literal["settings"]
    region: Id | None = None


class ReportRule(Strict):
    """One thing that must be reported where the course is taught, and to whom."""

    what: Text
    to: Text
    how: Text | None = None


class Link(Strict):
    title: Text
    url: Url


class Jurisdiction(Document):
    """data/jurisdiction.yaml: the local rules on reporting and confidentiality.

    Shipped empty: reporting duties differ by country, state and employer, so a
    facilitator fills this in for their own setting. Until then the notebooks say
    "Not yet localised: ask your facilitator." instead of presenting one
    country's law as everyone's.
    """

    type: Literal["jurisdiction"]
    example: bool = False
    """True only for the worked, fictional example facilitators copy from
    (data/examples/): never used as the course's rules."""
    region_name: Text | None = None
    who_must_report: Text | None = None
    must_report: list[ReportRule] = []
    escalation_chain: list[Text] = []
    confidentiality_agreement: Text | None = None
    notes: Text | None = None
    links: list[Link] = []
    last_reviewed: dt.date | None = None

    @property
    def localised(self) -> bool:
        """Whether a facilitator has filled in any of the rules."""
        return bool(
            self.region_name
            or self.who_must_report
            or self.must_report
            or self.escalation_chain
            or self.confidentiality_agreement
            or self.notes
            or self.links
        )


class Reference(Strict):
    id: ReferenceId
    citation: Text
    url: Url | None = None
    note: Text | None = None
    checked_against: Text | None = None
    """What was read to check the citation (the publisher's page, or a stored copy)."""


class References(Document):
    """data/references.yaml: every work the curriculum cites."""

    type: Literal["references"]
    references: list[Reference] = Field(min_length=1)


class SourceItem(Strict):
    id: SourceItemId
    kind: Text


class SourceItems(Document):
    """data/source_items.yaml: the numbered items of the source lessons."""

    type: Literal["source-items"]
    items: list[SourceItem] = Field(min_length=1)


class CaseBrief(Strict):
    id: BriefId
    title: Text
    purpose: Text
    """What a case written to this brief is for: the situation and what it teaches."""


class CaseBriefs(Document):
    """data/case_briefs.yaml: the briefs the course's case studies were written to.

    A case names its brief (``brief: CS-08``); ``peerkit validate`` checks that the
    brief is listed here. A case of your own leaves ``brief:`` out.
    """

    type: Literal["case-briefs"]
    briefs: list[CaseBrief] = Field(min_length=1)


LIST_ENTRY_NAMES: dict[str, str] = {
    "nodes": "node",
    "choices": "choice",
    "endings": "ending",
    "bins": "bin",
    "cards": "card",
    "questions": "question",
    "options": "option",
    "lessons": "lesson",
    "regions": "region",
    "services": "service",
    "references": "reference",
    "briefs": "brief",
    "items": "item",
    "rubric": "rubric point",
    "model_answers": "model answer",
    "checks": "check",
    "does": "behaviour",
    "avoids": "behaviour",
    "must_report": "report rule",
    "links": "link",
}
"""How to name one entry of each list in messages ("choice 'b' in node 'start')."""
