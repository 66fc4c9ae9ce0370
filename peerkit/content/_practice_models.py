"""Models of the practice types lessons 06 and 07 added: safety plan, say it out loud, agreement.

* ``safety-plan``: a safety plan for a fictional person, one section at a time, with a
  model plan, check questions and a principle per section (lesson 06).
* ``say-aloud``: type what you would say, then say it out loud, step by step, with the
  response coach's feedback per step (lesson 06: asking directly about suicide).
* ``agreement-builder``: the words a learner would say about privacy at a first meeting,
  built part by part from picked or own sentences (lesson 07).

What a learner writes in any of them is held in memory by its play
(:mod:`peerkit.practice`) and never written anywhere unless they save it to their own
journal. The rule names each type knows (a safety plan's automatic notes, a say-aloud
step's extra notes) are listed here, so that ``peerkit validate`` can name a typo; what
each rule looks for lives with the play that applies it.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field

from ._models import (
    LIST_ENTRY_NAMES,
    Coaching,
    FacilitatorNotes,
    Id,
    Item,
    ModelAnswer,
    RubricPoint,
    Strict,
    Text,
    Traceable,
    Verdict,
)


class PairsNotes(FacilitatorNotes):
    """Facilitator material for an exercise that a workshop runs in pairs."""

    pairs: Text | None = None
    """How to run it in pairs, with nothing typed (the facilitator edition shows this)."""


# --- safety plan ----------------------------------------------------------------------

SAFETY_PLAN_SECTIONS: tuple[str, ...] = (
    "warning-signs",
    "on-my-own",
    "people-and-places",
    "ask-for-help",
    "professionals",
    "safer-surroundings",
)
"""The six parts of a safety plan, in order, as the Safety Planning Intervention has them
(Stanley and Brown 2012). A plan may add optional sections after them."""

SafetyPlanNote = Literal[
    "empty",
    "third-person",
    "phone-number",
    "promise",
    "method-detail",
    "missing-crisis-line",
    "round-the-clock",
]
"""The automatic notes a safety plan's feedback can add to a section (see
:mod:`peerkit.practice._safety_plan` for what each looks for)."""

SAFETY_PLAN_NOTES: tuple[str, ...] = get_args(SafetyPlanNote)


class PlanSection(Traceable):
    """One section of the plan: what the learner is asked, and the model to compare with."""

    id: Id
    label: Text
    ask: Text
    placeholder: Text | None = None
    model: Text
    """The model plan's words for this section, as the person would say them."""
    check: list[Text] = Field(min_length=1)
    """Questions to check the learner's section against."""
    principle: Text
    optional: bool = False


class SafetyPlan(Item, Traceable):
    """Practice writing a safety plan for a fictional person, compared with a model plan."""

    type: Literal["safety-plan"]
    person: Text
    """The fictional person's name, as the story writes it (the plan is in their words)."""
    content_note: Text
    story: Text
    instructions: Text
    sections: list[PlanSection] = Field(min_length=1)
    auto_notes: dict[Id, Text]
    """The words of each automatic note, by its name (every name in :data:`SAFETY_PLAN_NOTES`)."""
    after: Text | None = None
    facilitator: PairsNotes | None = None

    @property
    def prompt(self) -> str:
        """What a saved practice plan is filed under in the learner's journal."""
        return f"Practice safety plan for {self.person}, a fictional person"


# --- say it out loud --------------------------------------------------------------------

SayAloudRule = Literal[
    "asks-for-method",
    "vague-about-suicide",
    "leading-to-no",
    "asks-about-plan-and-timing",
]
"""What a say-aloud step listens for beyond the response coach (see
:mod:`peerkit.practice._say_aloud`). Each rule has a fixed tone: asking how someone would
do it is always to reconsider, so no file can make it a strength."""

SAY_ALOUD_RULES: tuple[str, ...] = get_args(SayAloudRule)


class ExtraNote(Strict):
    """A note a say-aloud step adds when its rule finds what it listens for."""

    rule: Id
    point: Id | None = None
    message: Text


class ScriptCard(Strict):
    """What the partner playing the person answers, in the pairs version."""

    cue: Text
    answer: Text


class AloudNotes(PairsNotes):
    script_cards: list[ScriptCard] = Field(default_factory=list)


class AloudStep(Strict):
    """One thing to say: typed, said out loud, then coached."""

    id: Id
    prompt: Text
    aloud: Text
    placeholder: Text | None = None
    rubric: list[RubricPoint] = Field(min_length=1)
    coach: Coaching
    extra_notes: list[ExtraNote] = Field(default_factory=list)
    model_answers: list[ModelAnswer] = Field(min_length=1)


class SayAloud(Item, Traceable):
    """Type what you would say, then say it out loud, one step at a time."""

    type: Literal["say-aloud"]
    content_note: Text | None = None
    situation: Text
    instructions: Text
    steps: list[AloudStep] = Field(min_length=1)
    after: Text | None = None
    facilitator: AloudNotes | None = None

    @property
    def prompt(self) -> str:
        """What saved words are filed under in the learner's journal."""
        return f"Practice: {self.title}"


# --- agreement builder ------------------------------------------------------------------

AgreementNote = Literal["promise", "not-covered", "long", "skipped"]
"""The notes an agreement builder adds about the learner's own words and the whole script
(see :mod:`peerkit.practice._agreement`)."""

AGREEMENT_NOTES: tuple[str, ...] = get_args(AgreementNote)


class AgreementOption(Strict):
    """A sentence the learner can pick for one part, with its verdict and feedback."""

    id: Id
    text: Text
    verdict: Verdict
    feedback: Text
    silent: bool = False
    """Picking it means saying nothing for this part (it is left out of the learner's words)."""


class AgreementPart(Traceable):
    """One part of what the learner says, picked from the options or written in own words."""

    id: Id
    heading: Text
    question: Text
    own_words_prompt: Text
    key_words: list[Text] = Field(min_length=1)
    """Words one of which a sentence for this part would normally use (for the gentle
    "does your sentence say this?" note; never a verdict)."""
    options: list[AgreementOption] = Field(min_length=2)


class AgreementBuilder(Item, Traceable):
    """The words a learner would say about the limits of privacy, built part by part."""

    type: Literal["agreement-builder"]
    instructions: Text
    parts: list[AgreementPart] = Field(min_length=1)
    local_wording: Text | None = None
    self_check: list[Text] = Field(default_factory=list)
    auto_notes: dict[Id, Text]
    """The words of each note, by name (every name in :data:`AGREEMENT_NOTES`); ``{words}``
    in the promise note stands for the learner's words, ``{question}`` in not-covered for
    the part's question, ``{parts}`` in skipped for the parts left out."""
    model_script: ModelAnswer
    words_per_minute: int = Field(default=150, gt=0, le=400)
    """The pace at which the script's spoken time is estimated."""
    long_after_words: int = Field(default=150, gt=0)
    """A script longer than this gets the 'long' note."""

    @property
    def prompt(self) -> str:
        """What saved words are filed under in the learner's journal."""
        return self.title


LIST_ENTRY_NAMES.update(
    {
        "sections": "section",
        "steps": "step",
        "parts": "part",
        "extra_notes": "extra note",
        "script_cards": "script card",
        "self_check": "self-check question",
        "check": "check question",
        "key_words": "key word",
    }
)


# --- notes for the record (a rewrite with ``writing: note``) -------------------------------

NOTE_DOES: tuple[str, ...] = (
    "quotes-person",
    "names-strength",
    "says-next-step",
    "says-when-where",
)
"""What a strengths-based note does, as a note rewrite may ask for it under ``coach: does:``."""

NOTE_AVOIDS: tuple[str, ...] = (
    "clinical-label",
    "guessing-inner-state",
    "surveillance",
)
"""What a strengths-based note leaves out, as a note rewrite may list under ``coach: avoids:``."""

NOTE_SHARED: tuple[str, ...] = ("judging", "minimizing", "promising-secrecy")
"""Habits of the response coach that a note can show as much as a reply can."""
