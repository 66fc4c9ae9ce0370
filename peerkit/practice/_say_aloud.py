"""Saying it out loud: type what you would say, read it aloud, then see the feedback.

:class:`SayAloudPlay` walks the steps of a :class:`~peerkit.content.SayAloud` item. Each
step has three stages: ``write`` (the learner types), ``aloud`` (they read it out loud,
or go on without: both move on the same way, and nothing records which) and
``feedback``. What the learner types is held in memory only, never in a file, a log or
:meth:`SayAloudPlay.to_state`, and saved only if they ask (:meth:`SayAloudPlay.journal_text`).

Feedback on a step is the response coach's (:func:`peerkit.coach.feedback`, reading the
step's own ``coach:`` rubric), with the step's extra notes, found by the rules below.
Each rule has a fixed tone, so no file can turn a question about method into a strength:

* ``asks-for-method`` (reconsider): a question about how the person would do it. The
  coach reads "How would you do it?" as a good open question, so any strength the
  coach gives that sentence is dropped. This rule runs in every step.
* ``vague-about-suicide`` (note): a question about hurting oneself that does not name
  suicide; the coach's "you asked about suicide in plain words" is dropped for it.
* ``leading-to-no`` (reconsider): a question that makes "no" the easy answer ("You're
  not thinking about suicide, are you?"). The coach's strength for naming suicide stays:
  the word is right, the form is not.
* ``asks-about-plan-and-timing`` (strength): a question about a plan or how soon. The
  coach's "a closed question keeps the story small" is dropped for it: here the closed
  questions are the right ones.

Two readings of the coach are also corrected in every say-aloud step, because they
contradict what lesson 06 teaches: giving back the person's own words ("You said nobody
would notice...") and making the question ordinary to ask ("Sometimes when people feel
like that, they think about ending their life") are not minimizing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from ..coach import Note, Principle, crisis_signs, feedback
from ..coach._notes import PRINCIPLES
from ..content import Rewrite, SayAloud
from ..content._practice_models import AloudStep
from ..content._teaching import TeachingTable
from ..content._teaching_models import SAY_ALOUD_PRINCIPLE, FeedbackNotes

Stage = Literal["write", "aloud", "feedback"]

TONES: dict[str, str] = {
    "asks-for-method": "reconsider",
    "vague-about-suicide": "note",
    "leading-to-no": "reconsider",
    "asks-about-plan-and-timing": "strength",
}
"""The tone of each rule's note: fixed here, never set by a content file."""

HEADINGS: TeachingTable[str, str] = TeachingTable(
    FeedbackNotes, lambda model: {n.rule: n.heading for n in model.say_aloud_notes}
)
"""The heading of each rule's note: ``say_aloud_notes:`` in ``data/coach/feedback-notes.yaml``."""


def _principle() -> Principle:
    """What every say-aloud note is tied to (``data/coach/feedback-notes.yaml``)."""
    return PRINCIPLES[SAY_ALOUD_PRINCIPLE]


_SPLIT = re.compile(r"[^.!?\n]+[.!?]*")
_PLAIN = re.compile(
    r"\bsuicid\w*|\bkill(?:ing)? (?:your|her|him|them)sel(?:f|ves)\b"
    r"|\b(?:end|ending|take|taking) (?:your|her|his|their) (?:own )?li(?:fe|ves)\b",
    re.I,
)
_VAGUE = re.compile(
    r"\b(?:hurt\w*|harm\w*|injur\w*) (?:your|her|him|them)sel(?:f|ves)\b|\bself[- ]harm\w*"
    r"|\b(?:do|doing) (?:something|anything) (?:to (?:your|her)self|silly|stupid|drastic)\b"
    r"|\b(?:give|giving) up on (?:life|everything)\b|\b(?:not|no longer) (?:be|being) (?:here|around)\b",
    re.I,
)
_LEADING = re.compile(
    r"\b(?:you're not|you are not|you aren't|youre not|you wouldn't|you won't|you don't|you"
    r" wouldn't be)\b[^?]*,\s*(?:are|would|will|do|were)(?:n't)? you\b"
    r"|\b(?:anything|something) (?:silly|stupid|daft|drastic|rash)\b"
    r"|\bnot (?:thinking|planning) (?:of|about|on) [^?]*\bare you\b",
    re.I,
)
_METHOD_WORDS = (
    r"(?:do it|do that|go about it|kill\w*|end (?:it|your life|things|it all)"
    r"|(?:hurt|harm) (?:your|her|him)self|take your (?:own )?life)"
)
_METHOD = re.compile(
    r"\b(?:how|where|when and how)\b[^?.]*\b" + _METHOD_WORDS + r"\b"
    r"|\bwhat (?:would|will|could|might|did) you (?:use|do it with)\b"
    r"|\b(?:what|which) (?:method|means)s?\b|\bhave (?:the )?means\b",
    re.I,
)
_NOT_METHOD = re.compile(
    r"\b(?:safe\w*|cope|coping|get through|feel better|help\w*|keep\w* (?:you )?going|support)\b",
    re.I,
)
_PLAN = re.compile(
    r"\b(?:a|any|the|made a|got a) plan\b|\bplanned (?:it|when)\b|\bhow soon\b"
    r"|\bthought about when\b|\b(?:a|any) (?:time|date|day) (?:you'?ve|you have|in mind)\b"
    r"|\bwhen (?:you might|you would|you'd|you will|it might)\b|\bset a (?:time|date|day)\b",
    re.I,
)
_GIVES_BACK = re.compile(r"\byou (?:said|told me|mentioned|say)\b", re.I)


@dataclass(frozen=True)
class Sentence:
    text: str
    span: tuple[int, int]

    @property
    def question(self) -> bool:
        return self.text.rstrip().endswith("?")


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``, with their character offsets."""
    found = []
    for match in _SPLIT.finditer(text):
        piece = match.group(0)
        if piece.strip():
            start = match.start() + (len(piece) - len(piece.lstrip()))
            found.append(Sentence(piece.strip(), (start, start + len(piece.strip()))))
    return found


def _questions(found: Iterable[Sentence]) -> list[Sentence]:
    """Questions, and statements that ask in the form of one ("I want to know if...")."""
    return [
        s
        for s in found
        if s.question or re.match(r"(?i)(?:can i ask|i want to ask|tell me)", s.text)
    ]


def rules_found(text: str) -> dict[str, list[Sentence]]:
    """Each rule and the sentences of ``text`` where it finds what it listens for."""
    found = sentences(text)
    asked = _questions(found)
    out: dict[str, list[Sentence]] = {}
    for s in asked:
        if _METHOD.search(s.text) and not _NOT_METHOD.search(s.text):
            out.setdefault("asks-for-method", []).append(s)
        elif _PLAN.search(s.text):
            out.setdefault("asks-about-plan-and-timing", []).append(s)
        if _VAGUE.search(s.text) and not _PLAIN.search(s.text):
            out.setdefault("vague-about-suicide", []).append(s)
    for s in found:
        if _LEADING.search(s.text):
            out.setdefault("leading-to-no", []).append(s)
    return out


def _overlaps(spans: Iterable[tuple[int, int]], found: Iterable[Sentence]) -> bool:
    return any(a < s.span[1] and s.span[0] < b for a, b in spans for s in found)


def _quotes_the_person(sentence: str, situation: str) -> bool:
    """Whether ``sentence`` gives back four or more words in a row of what the person said."""
    said = " ".join(a or b for a, b in re.findall(r'"([^"]+)"|“([^”]+)”', situation))
    spoken = re.findall(r"[a-z']+", said.lower().replace("’", "'"))
    words = re.findall(r"[a-z']+", sentence.lower().replace("’", "'"))
    runs = {tuple(spoken[i : i + 4]) for i in range(len(spoken) - 3)}
    return any(tuple(words[i : i + 4]) in runs for i in range(len(words) - 3))


def _not_minimizing(note: Note, text: str, situation: str) -> bool:
    """A minimizing note the lesson would not give: every sentence it quotes names suicide
    plainly, or gives back the person's own words."""
    if note.label != "minimizing":
        return False
    quoted = [text[a:b] for a, b in note.spans]
    return all(
        _PLAIN.search(q) or (_GIVES_BACK.search(q) and _quotes_the_person(q, situation))
        for q in quoted
    )


def step_notes(item: SayAloud, step: AloudStep, text: str) -> tuple[Note, ...]:
    """The notes a say-aloud step shows about ``text``: the coach's, corrected, and its own."""
    coached = feedback(text, coaching_rubric(item, step))
    found = rules_found(text)
    declared = {n.rule: n for n in step.extra_notes}
    kept: list[Note] = []
    for note in coached:
        if not note.harmful and _overlaps(note.spans, found.get("asks-for-method", ())):
            continue  # "How would you do it?" is not a good open question here
        if (
            note.kind == "suicide"
            and note.tone == "strength"
            and "vague-about-suicide" in declared
            and _overlaps(note.spans, found.get("vague-about-suicide", ()))
            and not _PLAIN.search(" ".join(note.quotes))
        ):
            continue  # "hurting yourself" is not the word suicide: the rule's note says so
        if (
            note.label == "closed_question"
            and note.tone != "strength"
            and "asks-about-plan-and-timing" in declared
            and _overlaps(note.spans, found.get("asks-about-plan-and-timing", ()))
        ):
            continue  # asking about a plan and how soon is a closed question, and right
        if _not_minimizing(note, text, item.situation):
            continue
        kept.append(note)
    rubric = {p.id: p.question for p in step.rubric}
    for rule, where in found.items():
        extra = declared.get(rule)
        if extra is None:
            continue
        kept.append(
            Note(
                label=rule,
                tone=TONES[rule],  # type: ignore[arg-type]
                message=extra.message,
                heading=HEADINGS[rule],
                kind="say-aloud",
                quotes=tuple(s.text for s in where),
                spans=tuple(s.span for s in where),
                principle=_principle(),
                point=extra.point or "",
                point_question=rubric.get(extra.point or "", ""),
            )
        )
    order = {"strength": 0, "reconsider": 1, "note": 2}
    kept.sort(key=lambda n: (order[n.tone], min(n.spans) if n.spans else (0, 0)))
    return tuple(kept)


def coaching_rubric(item: SayAloud, step: AloudStep) -> Rewrite:
    """The step as the response coach reads a written exercise: its rubric and ``coach:``.

    :func:`peerkit.coach.feedback` takes a written exercise; a say-aloud step is one, with
    its own rubric, so it is given to the coach in that shape (nothing else of it is read).
    """
    return Rewrite(
        schema_version=1,
        type="rewrite",
        id=f"{item.id}-{step.id}",
        title=item.title,
        context=item.situation,
        unhelpful=step.prompt,
        why_unhelpful=step.prompt,
        prompt=step.prompt,
        rubric=step.rubric,
        coach=step.coach,
        model_answers=step.model_answers,
    )


@dataclass(frozen=True)
class StepFeedback:
    """What one step shows after the learner has typed and (perhaps) said their words."""

    step: AloudStep
    text: str
    crisis: bool = False
    items: tuple[Note, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    @property
    def strengths(self) -> tuple[Note, ...]:
        return tuple(i for i in self.items if i.tone == "strength")

    @property
    def reconsider(self) -> tuple[Note, ...]:
        return tuple(i for i in self.items if i.tone == "reconsider")

    @property
    def notes(self) -> tuple[Note, ...]:
        return tuple(i for i in self.items if i.tone == "note")

    @property
    def summary(self) -> str:
        if self.empty:
            return "You went on without typing anything. Here are the questions to check and two ways to say it."
        if self.crisis:
            return (
                "Before any feedback: what you wrote sounds as if you may be going through something"
                " very hard yourself right now."
            )
        if not self.items:
            return (
                "The checker is not sure enough about these words to comment on them. That does not"
                " make them wrong: check them against the questions below."
            )
        if self.reconsider and self.strengths:
            return "Your words have strengths, and something worth reconsidering."
        if self.reconsider:
            return "Your words have something worth reconsidering."
        return "Your words do what this step asks."


def step_feedback(item: SayAloud, step: AloudStep, text: str) -> StepFeedback:
    """The feedback on ``text`` typed for ``step`` (support instead, when it shows crisis)."""
    if not text.strip():
        return StepFeedback(step, text)
    if crisis_signs(text):
        return StepFeedback(step, text, crisis=True)
    return StepFeedback(step, text, items=step_notes(item, step, text))


class SayAloudPlay:
    """One learner going through a say-aloud item, step by step; their words in memory only."""

    def __init__(self, item: SayAloud):
        self.item = item
        self.index = 0
        self.stage: Stage = "write"
        self._texts: dict[str, str] = {}
        self._feedback: dict[str, StepFeedback] = {}

    @property
    def step(self) -> AloudStep:
        return self.item.steps[self.index]

    @property
    def finished(self) -> bool:
        """All steps done: the last step's feedback has been shown."""
        return self.index == len(self.item.steps) - 1 and self.stage == "feedback"

    def text(self, step_id: str | None = None) -> str:
        return self._texts.get(step_id or self.step.id, "")

    def write(self, text: str) -> None:
        """Replace what the learner has typed in the current step."""
        if not isinstance(text, str):
            raise TypeError(f"what you say must be text, not {type(text).__name__}")
        if self.stage != "write":
            raise ValueError(
                "the words of this step are already typed; start the step again to change them"
            )
        self._texts[self.step.id] = text

    def done_typing(self) -> None:
        """Move from typing to saying it out loud."""
        if self.stage != "write":
            raise ValueError(f"this step is at '{self.stage}', not typing")
        self.stage = "aloud"

    def go_on(self) -> StepFeedback:
        """Said it out loud, or went on without: the same either way, and nothing records which."""
        if self.stage != "aloud":
            raise ValueError(f"this step is at '{self.stage}', not saying it out loud")
        self.stage = "feedback"
        result = step_feedback(self.item, self.step, self.text())
        self._feedback[self.step.id] = result
        return result

    @property
    def last(self) -> StepFeedback | None:
        return self._feedback.get(self.step.id) if self.stage == "feedback" else None

    def retry(self) -> None:
        """Type this step again (the words and feedback of the step are forgotten)."""
        self._texts.pop(self.step.id, None)
        self._feedback.pop(self.step.id, None)
        self.stage = "write"

    def next_step(self) -> None:
        """Go on to the next step, after this one's feedback."""
        if self.stage != "feedback":
            raise ValueError("see this step's feedback first")
        if self.index + 1 >= len(self.item.steps):
            raise ValueError("this was the last step")
        self.index += 1
        self.stage = "write"

    def restart(self) -> None:
        """Back to the first step, with everything typed forgotten."""
        self.index = 0
        self.stage = "write"
        self._texts.clear()
        self._feedback.clear()

    @property
    def tried(self) -> bool:
        return bool(self._feedback)

    def journal_text(self) -> str:
        """What "Save to my journal" saves: the learner's words for each step they typed."""
        lines = [f"Practice: {self.item.title}"]
        for step in self.item.steps:
            text = self._texts.get(step.id, "").strip()
            if text:
                lines += ["", step.prompt.strip(), text]
        return "\n".join(lines)

    def to_state(self) -> dict[str, Any]:
        """Progress without the learner's words: only whether they have seen feedback."""
        return {"tried": self.tried}

    @classmethod
    def from_state(cls, item: SayAloud, state: dict[str, Any]) -> SayAloudPlay:
        """A fresh start: the words were never saved, so there is nothing to restore."""
        return cls(item)


__all__ = [
    "HEADINGS",
    "TONES",
    "SayAloudPlay",
    "StepFeedback",
    "coaching_rubric",
    "rules_found",
    "step_feedback",
    "step_notes",
]
