"""The skills day: role-play triads, their practice rules, the skills check, the day's evaluation.

These are facilitator documents (issue 18): a facilitator prints them and runs them in
the room. None is a lesson item, so none sits in a lesson's folder or in
``Library.items``:

- ``triad`` (``data/triads/<id>.yaml``): a role-play in threes. The skill practised, a
  card for each role (speaker, supporter, observer), the observer's sheet (behaviors
  tied to the lesson's sections), timing, debrief and notes for the facilitator.
- ``real-play-rules`` (``data/facilitator/real-play-rules.yaml``): the practice rules a
  speaker's card prints in full (a ``standard`` and a ``crisis`` set), and the order
  of feedback after each round.
- ``skills-rubric`` (``data/facilitator/skills-check.yaml``): the observed skills check
  a facilitator scores during a role-play, and the same levels worded for a learner's
  own self-assessment.
- ``day-evaluation`` (``data/facilitator/evaluation.yaml``): the one-page evaluation of
  the day, with no personal data, and how to tally it.
- ``printables`` (``data/facilitator/printables.yaml``): the small sheets, slips and
  signs that triads and the room need.

Like every content file they start with ``schema_version`` and ``type`` and reject
unknown keys. The rules a schema cannot state (a crisis triad's safeguards, sections that
must exist in a lesson notebook, ids that must exist in another file) are in
:mod:`._skills_checks`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from ._models import LIST_ENTRY_NAMES, Document, Id, ReferenceId, Strict, Text

LessonRef = Annotated[str, StringConstraints(pattern=r"^(\d\d-[a-z0-9-]+|[a-z]+(?:-[a-z]+)*)$")]
"""A lesson id as written in data/curriculum.yaml, e.g. ``03-first-meeting``."""

Minutes = Annotated[int, Field(gt=0, le=240)]

TriadNeed = Literal["second-facilitator-or-on-call", "quiet-room", "crisis-panel"]
"""What the room must have before a triad runs: a second facilitator or an on-call
support person, a quiet room a learner can step into, the crisis panel on screen."""

CORE_SKILLS: tuple[str, ...] = (
    "reflect",
    "ask-openly",
    "affirm",
    "share-with-permission",
    "ask-about-suicide",
    "state-limits",
)
"""The rubric items issue 18 names: every skills rubric scores at least these."""

STANDARD_RULES = "standard"
CRISIS_RULES = "crisis"
SECOND_FACILITATOR: str = "second-facilitator-or-on-call"


# --- triad ----------------------------------------------------------------------


class TriadTiming(Strict):
    """Minutes for a triad: set-up, then ``rounds`` of play and feedback with a rotation
    between rounds (everyone plays every role), then the whole-group debrief."""

    setup: Minutes
    rounds: int = Field(ge=3, le=6)
    play: Minutes
    feedback: Minutes
    rotate: Minutes
    debrief: Minutes

    @property
    def total(self) -> int:
        """The minutes a session plan must give the triad."""
        return (
            self.setup
            + self.rounds * (self.play + self.feedback)
            + (self.rounds - 1) * self.rotate
            + self.debrief
        )


class ScriptLine(Strict):
    """In a scripted (crisis) triad: what the speaker says when the supporter does something."""

    when: Text
    say: Text


class SpeakerCard(Strict):
    """The card of the person being supported, played on purpose."""

    name: Text
    situation: Text
    opening_line: Text
    how_to_play: list[Text] = Field(min_length=1)
    script: list[ScriptLine] = Field(default_factory=list)
    you_may_bring: list[Text] = Field(default_factory=list)
    """This triad's own lines after the rule set's "may bring" (e.g. a real, everyday choice)."""
    you_must_not_bring: list[Text] = Field(default_factory=list)


class SupporterCard(Strict):
    """The card of the learner practising the skill."""

    situation: Text
    try_: list[Text] = Field(min_length=1, alias="try")
    words_to_try: list[Text] = Field(default_factory=list)


class ObserverCard(Strict):
    """The card of the learner who watches, keeps time and gives feedback last."""

    watch_for: list[Text] = Field(min_length=1)
    how_to_observe: Text


class TriadCards(Strict):
    speaker: SpeakerCard
    supporter: SupporterCard
    observer: ObserverCard


class Behavior(Strict):
    """One row of an observer sheet: what to look for, and the principle it comes from."""

    id: Id
    look_for: Text
    principle: Text
    lesson_section: Text
    """A heading of the lesson's notebook: ``H2``, ``H3``, or ``H2 > H3`` when an H3 repeats."""
    references: list[ReferenceId] = Field(default_factory=list)
    tally: list[Text] = Field(default_factory=list)
    """Labels of tick boxes for counting (``open``, ``closed``), printed on the row."""


class ObserverSheet(Strict):
    title: Text
    behaviors: list[Behavior] = Field(min_length=1)
    notes_prompts: list[Text] = Field(default_factory=list)


class TriadFacilitator(Strict):
    notes: Text
    needs: list[TriadNeed] = Field(default_factory=list)


class Triad(Document):
    """data/triads/<id>.yaml: a role-play in threes (speaker, supporter, observer)."""

    type: Literal["triad"]
    id: Id
    lesson: LessonRef
    title: Text
    skill: Text
    crisis: bool = False
    content_note: Text | None = None
    practices: list[Id] = Field(min_length=1)
    """Ids of the skills rubric's items this triad is a place to score."""
    rules: Id
    """The id of a set in real-play-rules.yaml, printed in full on the speaker's card."""
    timing: TriadTiming
    materials: list[Id] = Field(default_factory=list)
    """Ids in printables.yaml to print for each group."""
    cards: TriadCards
    observer_sheet: ObserverSheet
    debrief: list[Text] = Field(min_length=1)
    facilitator: TriadFacilitator

    @property
    def minutes(self) -> int:
        return self.timing.total


# --- real-play rules ------------------------------------------------------------------


class RuleSet(Strict):
    id: Id
    title: Text
    intro: Text
    may_bring: list[Text] = Field(min_length=1)
    must_not_bring: list[Text] = Field(min_length=1)
    stepping_out: list[Text] = Field(min_length=1)
    after: Text


class FeedbackOrder(Strict):
    title: Text
    steps: list[Text] = Field(min_length=1)
    then: Text


class RealPlayRules(Document):
    """data/facilitator/real-play-rules.yaml: what a speaker may bring, and how to step out."""

    type: Literal["real-play-rules"]
    sets: list[RuleSet] = Field(min_length=1)
    feedback_order: FeedbackOrder

    def set(self, set_id: str) -> RuleSet | None:
        return next((s for s in self.sets if s.id == set_id), None)


# --- skills rubric ------------------------------------------------------------------


class Level(Strict):
    level: int = Field(ge=1, le=4)
    label: Text


class SectionRef(Strict):
    lesson: LessonRef
    section: Text


class RubricItem(Strict):
    """One skill: what it is, where the course teaches it, and what each level looks like."""

    id: Id
    skill: Text
    what_it_is: Text
    lesson_sections: list[SectionRef] = Field(min_length=1)
    references: list[ReferenceId] = Field(default_factory=list)
    best_seen_in: list[Id] = Field(min_length=1)
    """Triad ids where the skill is best scored."""
    only_when: Text | None = None
    """When the item may be scored at all (asking about suicide: only in an opt-in role-play)."""
    anchors: dict[int, Text]
    """Level -> what a facilitator sees at that level (third person)."""
    self_: dict[int, Text] = Field(alias="self")
    """Level -> the same level in the learner's own words (first person)."""


class SelfAssessment(Strict):
    prompts: list[Text] = Field(min_length=1)
    journal: Text
    """What "Save to my journal" keeps, and where (shown beside the button and on paper)."""


class SkillsRubric(Document):
    """data/facilitator/skills-check.yaml: one rubric, scored by a facilitator or by the learner."""

    type: Literal["skills-rubric"]
    id: Id
    title: Text
    levels: list[Level] = Field(min_length=1)
    not_seen_label: Text
    facilitator_intro: Text
    learner_intro: Text
    items: list[RubricItem] = Field(min_length=1)
    self_assessment: SelfAssessment

    def item(self, item_id: str) -> RubricItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def label(self, level: int) -> str:
        return next((lv.label for lv in self.levels if lv.level == level), str(level))


# --- day evaluation -----------------------------------------------------------------


class Scale(Strict):
    id: Id
    options: list[Text] = Field(min_length=2)
    positive: list[Text] = Field(default_factory=list)
    """Options the summary counts together ("11 of 14 said mostly or completely"); without
    them, the summary gives how many chose each option (a scale such as pace)."""


class EvaluationQuestion(Strict):
    id: Id
    kind: Literal["scale", "tick-up-to", "open"]
    text: Text
    scale: Id | None = None
    """``scale``: the id of one of the form's scales."""
    limit: int | None = Field(default=None, gt=0, le=10)
    """``tick-up-to``: how many boxes a learner may tick."""
    options_from: Literal["agenda"] | None = None
    """``tick-up-to``: where the boxes come from (the day's parts, from the agenda)."""
    lines: int | None = Field(default=None, gt=0, le=10)
    """``open``: ruled lines to write on."""


class Tally(Strict):
    steps: list[Text] = Field(min_length=1)
    summary_template: Text


class DayEvaluation(Document):
    """data/facilitator/evaluation.yaml: a one-page, anonymous evaluation of the day."""

    type: Literal["day-evaluation"]
    id: Id
    title: Text
    intro: Text
    scales: list[Scale] = Field(min_length=1)
    questions: list[EvaluationQuestion] = Field(min_length=1)
    never_ask: list[Text] = Field(min_length=1)
    tally: Tally
    references: list[ReferenceId] = Field(default_factory=list)

    def scale(self, scale_id: str | None) -> Scale | None:
        return next((s for s in self.scales if s.id == scale_id), None)


# --- printables -------------------------------------------------------------------


class Printable(Strict):
    """One printed page: a sign, a slip with fields or boxes, a sheet with ruled sections,
    or a card filled from another data file (``from: crisis_resources``)."""

    id: Id
    title: Text
    intro: Text | None = None
    text: Text | None = None
    sections: list[Text] = Field(default_factory=list)
    lines_per_section: int = Field(default=3, gt=0, le=12)
    fields: list[Text] = Field(default_factory=list)
    options: list[Text] = Field(default_factory=list)
    from_: Literal["crisis_resources"] | None = Field(default=None, alias="from")
    footer: Text | None = None

    @property
    def shape(self) -> str:
        """What the page is: 'sections', 'fields', 'options', 'from' or 'text'."""
        for name in ("sections", "fields", "options"):
            if getattr(self, name):
                return name
        return "from" if self.from_ else "text"


class Printables(Document):
    """data/facilitator/printables.yaml: signs, slips and blank sheets for the room."""

    type: Literal["printables"]
    items: list[Printable] = Field(min_length=1)

    def item(self, item_id: str) -> Printable | None:
        return next((i for i in self.items if i.id == item_id), None)


LIST_ENTRY_NAMES.update(
    {
        "behaviors": "behavior",
        "sets": "rule set",
        "script": "script line",
        "scales": "scale",
        "lesson_sections": "section",
        "levels": "level",
    }
)
