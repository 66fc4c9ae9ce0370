"""Building the words you would say about privacy at a first meeting.

:class:`AgreementPlay` holds, for each part of an
:class:`~peerkit.content.AgreementBuilder`, the sentence the learner picked or the one
they wrote, in memory only: never in a file, a log or :meth:`AgreementPlay.to_state`,
and saved only if they ask (:meth:`AgreementPlay.journal_text`).

Feedback, never a score:

* a picked sentence shows its own feedback at once, as a case choice does;
* the learner's own sentence is read by three simple rules: an unconditional promise of
  confidentiality (the same rule ``peerkit validate`` applies to the course's own text,
  :func:`peerkit.content._lints.unconditional_promise`); a part that seems not to be
  covered (none of the part's ``key_words``), which is only a prompt to check; and the
  response coach's harmful habits (judging, minimizing) from
  :func:`peerkit.coach.feedback`. The coach's own promise-of-secrecy reading is left to
  the first rule: it reads "What you tell me stays private from anyone outside our work
  here", an honest sentence with its limit, as a promise;
* words that show signs of the learner's own crisis get no notes: a view shows support
  instead, as in every written exercise;
* the whole script: its words in order, its length, the time it takes to say, a note when
  it is long and when a part was left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..coach import Note, crisis_signs, feedback
from ..content import AgreementBuilder
from ..content._lints import unconditional_promise
from ..content._practice_models import AgreementOption, AgreementPart

_COACH_LABELS = frozenset({"judging", "minimizing"})


@dataclass(frozen=True)
class OwnWordsNote:
    """A note about the learner's own sentence: its name and its words."""

    name: str
    message: str
    tone: str = "note"


@dataclass(frozen=True)
class PartResult:
    """What the learner has for one part: a picked option, their own words, or nothing."""

    part: AgreementPart
    option: AgreementOption | None = None
    own: str = ""
    notes: tuple[OwnWordsNote, ...] = ()
    coach: tuple[Note, ...] = ()
    crisis: bool = False
    """The learner's own words show signs of their own crisis: a view shows support, not notes."""

    @property
    def said(self) -> str:
        """The sentence this part adds to the script ("" when nothing, or a silent pick)."""
        if self.option is not None:
            return "" if self.option.silent else self.option.text.strip()
        return self.own.strip()

    @property
    def answered(self) -> bool:
        return self.option is not None or bool(self.own.strip())


def _covers(part: AgreementPart, text: str) -> bool:
    lowered = text.lower().replace("\u2019", "'")
    for word in part.key_words:
        pattern = (
            re.escape(word.lower()) if not word[:1].isalnum() else rf"\b{re.escape(word.lower())}"
        )
        if re.search(pattern, lowered):
            return True
    return False


def own_words_notes(
    item: AgreementBuilder, part: AgreementPart, text: str
) -> tuple[OwnWordsNote, ...]:
    """The rule-based notes on a sentence the learner wrote for ``part``."""
    if not text.strip():
        return ()
    notes = []
    words = unconditional_promise(text)
    if words:
        notes.append(
            OwnWordsNote(
                "promise", item.auto_notes["promise"].replace("{words}", words), "reconsider"
            )
        )
    if not _covers(part, text):
        notes.append(
            OwnWordsNote(
                "not-covered", item.auto_notes["not-covered"].replace("{question}", part.question)
            )
        )
    return tuple(notes)


def coach_notes(text: str) -> tuple[Note, ...]:
    """The coach's judging and minimizing notes on a sentence (nothing else it reads)."""
    if not text.strip():
        return ()
    return tuple(n for n in feedback(text) if n.label in _COACH_LABELS and n.tone == "reconsider")


@dataclass(frozen=True)
class Script:
    """The learner's words put together, with what is noticed about them."""

    item: AgreementBuilder
    parts: tuple[PartResult, ...]

    @property
    def text(self) -> str:
        return " ".join(p.said for p in self.parts if p.said)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def seconds(self) -> int:
        """How long it takes to say, at the item's pace, to the nearest five seconds."""
        if not self.words:
            return 0
        return max(5, 5 * round(self.words * 60 / self.item.words_per_minute / 5))

    @property
    def spoken_time(self) -> str:
        """ "about 40 seconds", "about a minute", "about 1 minute 20 seconds"."""
        seconds = self.seconds
        if seconds < 60:
            return f"about {seconds} seconds"
        minutes, rest = divmod(seconds, 60)
        if rest == 0:
            return "about a minute" if minutes == 1 else f"about {minutes} minutes"
        unit = "minute" if minutes == 1 else "minutes"
        return f"about {minutes} {unit} {rest} seconds"

    @property
    def skipped(self) -> tuple[AgreementPart, ...]:
        return tuple(p.part for p in self.parts if not p.answered)

    @property
    def notes(self) -> tuple[OwnWordsNote, ...]:
        found = []
        if self.words > self.item.long_after_words:
            found.append(OwnWordsNote("long", self.item.auto_notes["long"]))
        if self.skipped and len(self.skipped) < len(self.parts):
            names = ", ".join(p.heading.lower() for p in self.skipped)
            found.append(
                OwnWordsNote("skipped", self.item.auto_notes["skipped"].replace("{parts}", names))
            )
        return tuple(found)


class AgreementPlay:
    """One learner's words about privacy: per part a picked sentence or their own, in memory."""

    def __init__(self, item: AgreementBuilder):
        self.item = item
        self._picked: dict[str, str] = {}
        self._own: dict[str, str] = {}
        self._built = False

    def _part(self, part_id: str) -> AgreementPart:
        for part in self.item.parts:
            if part.id == part_id:
                return part
        known = ", ".join(p.id for p in self.item.parts)
        raise ValueError(f"'{part_id}' is not a part of this exercise (known: {known})")

    def pick(self, part_id: str, option_id: str) -> PartResult:
        """Pick one of a part's sentences (own words for that part are forgotten)."""
        part = self._part(part_id)
        if option_id not in {o.id for o in part.options}:
            known = ", ".join(o.id for o in part.options)
            raise ValueError(f"'{option_id}' is not an option of part '{part_id}' (known: {known})")
        self._picked[part_id] = option_id
        self._own.pop(part_id, None)
        return self.result(part_id)

    def write(self, part_id: str, text: str) -> PartResult:
        """Write one's own sentence for a part (a pick for that part is forgotten)."""
        if not isinstance(text, str):
            raise TypeError(f"your sentence must be text, not {type(text).__name__}")
        self._part(part_id)
        self._own[part_id] = text
        if text.strip():
            self._picked.pop(part_id, None)
        return self.result(part_id)

    def result(self, part_id: str) -> PartResult:
        """What the learner has for one part, with its feedback."""
        part = self._part(part_id)
        picked = self._picked.get(part_id)
        if picked is not None:
            option = next(o for o in part.options if o.id == picked)
            return PartResult(part, option=option)
        own = self._own.get(part_id, "")
        if own.strip() and crisis_signs(own):
            return PartResult(part, own=own, crisis=True)
        return PartResult(
            part, own=own, notes=own_words_notes(self.item, part, own), coach=coach_notes(own)
        )

    def build(self) -> Script:
        """Put the words together (whatever is filled in)."""
        self._built = True
        return Script(self.item, tuple(self.result(p.id) for p in self.item.parts))

    @property
    def built(self) -> bool:
        return self._built

    def journal_text(self) -> str:
        """What "Save to my journal" saves: the learner's words, as one script."""
        script = self.build()
        return f"{self.item.title}\n\n{script.text}" if script.text else self.item.title

    def clear(self) -> None:
        self._picked.clear()
        self._own.clear()
        self._built = False

    def to_state(self) -> dict[str, Any]:
        """Progress without the learner's words or picks: only whether they built a script."""
        return {"tried": self._built}

    @classmethod
    def from_state(cls, item: AgreementBuilder, state: dict[str, Any]) -> AgreementPlay:
        """A fresh start: nothing the learner picked or wrote was saved."""
        return cls(item)


__all__ = [
    "AgreementPlay",
    "OwnWordsNote",
    "PartResult",
    "Script",
    "coach_notes",
    "own_words_notes",
]
