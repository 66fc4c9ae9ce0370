"""The self-disclosure checklist of lesson 02, read from a learner's words.

Where the words can tell (how much of their own story they share, a closing question
to the peer, comparing, assuming, hope, distressing detail, asking first) the check says
what it found and why. Where only the learner can judge (does it help the peer, is it
the right moment) it says so: "check this yourself". The limits for "brief" come from
the exercise (``coach: sharing:`` in its file), which takes them from the lesson. The
words of each point (question, guidance, where it comes from) are teaching text, kept in
``data/coach/disclosure-checklist.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..content._teaching import TeachingTable
from ..content._teaching_models import DisclosureChecklist
from . import _tokens

STATUS_LABELS: dict[str, str] = {
    "met": "Looks met",
    "not-met": "Worth another look",
    "check-yourself": "Check this yourself",
}
"""How each result is written out: never by colour or symbol alone."""

STATUS_TONES: dict[str, str] = {
    "met": "strength",
    "not-met": "reconsider",
    "check-yourself": "note",
}


@dataclass(frozen=True)
class CheckInfo:
    """One point of the checklist: the question, where it comes from and how to meet it."""

    name: str
    question: str
    guidance: str
    """How to meet the point, shown when it is not met or not ticked."""
    affirm: str
    """Shown when the learner ticks the point in the self-rated mode."""
    how: str | None = None
    """What the automatic check looks at; None when only the learner can judge."""
    sources: tuple[str, ...] = ()
    references: tuple[str, ...] = ()

    @property
    def automatic(self) -> bool:
        return self.how is not None


def _checks(model: DisclosureChecklist) -> dict[str, CheckInfo]:
    return {
        c.name: CheckInfo(
            c.name,
            c.question,
            c.guidance,
            c.affirm,
            c.how,
            tuple(c.sources),
            tuple(c.references),
        )
        for c in model.checks
    }


CHECKS: TeachingTable[str, CheckInfo] = TeachingTable(DisclosureChecklist, _checks)
"""The self-disclosure checklist, one entry per name in the schema, in the order of
``data/coach/disclosure-checklist.yaml`` (read the first time it is needed; ``peerkit
validate`` checks that every name of the schema has its entry there, and no other)."""


# --- words the checklist looks for --------------------------------------------------------


def tokens(text: str) -> list[str]:
    """The words of ``text`` as the coach reads them (:mod:`peerkit.coach._tokens`): lower
    case, contractions written out ("can't" -> "can not"), punctuation left out. The
    checklist's phrases are read the same way, so they match what the coach matched."""
    return [
        word for sentence in _tokens.sentences(text) for word in sentence.words if word[0].isalnum()
    ]


def _phrases(*lines: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(tokens(line)) for line in lines)


HOPE_WORDS = frozenset(
    {
        "hope",
        "hopeful",
        "better",
        "easier",
        "eased",
        "ease",
        "easing",
        "improved",
        "improve",
        "improving",
        "recover",
        "recovered",
        "recovering",
        "recovery",
        "possible",
        "heal",
        "healed",
        "healing",
        "lighter",
        "changed",
        "change",
        "manageable",
        "brighter",
        "progress",
        "stronger",
        "lifted",
    }
)
_HOPE_PHRASES = _phrases(
    "got through",
    "get through",
    "came through",
    "turned around",
    "found my way",
    "found a way",
    "it does get",
    "not forever",
    "bit by bit",
    "step by step",
)
_NEGATIONS = frozenset({"not", "never", "no", "nothing"})
DETAIL_WORDS = frozenset(
    {
        "overdose",
        "overdosed",
        "overdosing",
        "needle",
        "needles",
        "inject",
        "injected",
        "injecting",
        "blood",
        "bleeding",
        "bled",
        "ambulance",
        "icu",
        "seizure",
        "seizures",
        "withdrawal",
        "withdrawals",
        "raped",
        "rape",
        "assault",
        "assaulted",
        "abused",
        "abuser",
        "strangled",
        "scars",
        "wounds",
        "stitches",
        "resuscitated",
        "unconscious",
        "sectioned",
    }
)
"""Words that usually bring distressing detail of what the supporter went through."""

DETAIL_PHRASES: tuple[str, ...] = (
    "emergency room",
    "tried to end",
    "cut myself",
    "hurt myself",
    "nearly died",
    "almost died",
    "the whole story",
    "my whole story",
    "the full story",
    "every detail",
    "all the details",
    "worst time of my life",
    "worst day of my life",
    "worst days of my life",
    "worst year of my life",
    "worst years of my life",
    "darkest time of my life",
    "rock bottom",
    "cried in the",
    "cried every day",
)
"""Phrases that bring detail, or the whole story, rather than a sentence or two."""
_DETAIL = _phrases(*DETAIL_PHRASES)
YOU = frozenset({"you", "your", "yours", "yourself"})
ME = frozenset({"i", "me", "my", "mine", "myself"})


def find(words: list[str], phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    for phrase in phrases:
        n = len(phrase)
        if any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1)):
            return phrase
    return None


def hope_word(words: list[str]) -> str | None:
    for i, word in enumerate(words):
        if word in HOPE_WORDS and not (_NEGATIONS & set(words[max(0, i - 3) : i])):
            return word
    phrase = find(words, _HOPE_PHRASES)
    return " ".join(phrase) if phrase else None


def detail_words(words: list[str]) -> str | None:
    found = next((w for w in words if w in DETAIL_WORDS), None)
    if found:
        return found
    phrase = find(words, _DETAIL)
    return " ".join(phrase) if phrase else None


# --- reading one reply against the checklist ---------------------------------------------


@dataclass(frozen=True)
class Found:
    """What the checklist needs from the coach's reading of one reply."""

    sentences: tuple[tuple[str, list[str]], ...]
    """Each sentence as the learner wrote it, with its words."""
    sharing: tuple[int, ...]
    """Indexes of the sentences that make up the learner's share (none when they share nothing)."""
    sharing_words: int
    comparing: str | None
    assuming: str | None
    telling: str | None
    permission: str | None
    ends_with_question_to_them: bool
    limits: tuple[int, int] | None
    """(sentences, words) from the exercise, or None when it sets none."""


@dataclass(frozen=True)
class Result:
    """How one checklist point reads: its status, the reason, and the learner's words it is about."""

    name: str
    status: str
    reason: str
    quote: str = ""


def _manual(info: CheckInfo, found: Found) -> Result:
    return Result(info.name, "check-yourself", f"Only you can tell this. {info.guidance}")


def _brief(info: CheckInfo, found: Found) -> Result:
    if found.limits is None:
        return Result(info.name, "check-yourself", f"Only you can tell this. {info.guidance}")
    most_sentences, most_words = found.limits
    count, words = len(found.sharing), found.sharing_words
    if not count:
        return Result(info.name, "met", "You share none of your own story, so it stays brief.")
    said = (
        f"Your own story takes {count} {'sentence' if count == 1 else 'sentences'}"
        f" of {words} {'word' if words == 1 else 'words'} in all."
    )
    limit = (
        f"The lesson suggests {_sentences(most_sentences)}: for this exercise, about"
        f" {most_words} words at most."
    )
    if count <= most_sentences and words <= most_words:
        return Result(info.name, "met", f"{said} That is within what the lesson suggests.")
    return Result(info.name, "not-met", f"{said} {limit} {info.guidance}")


def _sentences(n: int) -> str:
    return "a sentence" if n == 1 else ("a sentence or two" if n == 2 else f"up to {n} sentences")


def _focus_back(info: CheckInfo, found: Found) -> Result:
    if found.ends_with_question_to_them:
        return Result(
            info.name, "met", "It ends with a question about them:", found.sentences[-1][0]
        )
    return Result(info.name, "not-met", f"It does not end with a question to them. {info.guidance}")


def _hope(info: CheckInfo, found: Found) -> Result:
    word = hope_word([w for _, ws in found.sentences for w in ws])
    if word:
        return Result(
            info.name,
            "met",
            f"Words such as “{word}” can carry hope. Check that they say change is possible, without"
            " promising how.",
        )
    return Result(
        info.name, "not-met", f"Nothing in it says that things can change. {info.guidance}"
    )


def _no_trauma_detail(info: CheckInfo, found: Found) -> Result:
    for sentence, words in found.sentences:
        word = detail_words(words)
        if word:
            return Result(
                info.name,
                "not-met",
                f"Words such as “{word}” bring detail that can weigh on the peer. {info.guidance}",
                sentence,
            )
    return Result(
        info.name,
        "met",
        "It has none of the words that usually bring distressing detail."
        " Read it once as the peer would hear it, to be sure.",
    )


def _no_comparing(info: CheckInfo, found: Found) -> Result:
    if found.comparing is not None:
        return Result(
            info.name,
            "not-met",
            f"This compares your experience with theirs. {info.guidance}",
            found.comparing,
        )
    return Result(info.name, "met", "The response coach found no comparing in it.")


def _no_assuming(info: CheckInfo, found: Found) -> Result:
    if found.assuming is not None:
        return Result(
            info.name,
            "not-met",
            f"This assumes your way will suit them. {info.guidance}",
            found.assuming,
        )
    if found.telling is not None:
        return Result(
            info.name,
            "not-met",
            f"This tells them what to do, as if your way will suit them. {info.guidance}",
            found.telling,
        )
    return Result(info.name, "met", "Nothing in it says that your way will suit them.")


def _permission(info: CheckInfo, found: Found) -> Result:
    if found.permission is not None:
        return Result(info.name, "met", "You ask first, so they can say no:", found.permission)
    if not found.sharing:
        return Result(
            info.name,
            "met",
            "You do not share your own story here, so there is nothing to ask about.",
        )
    return Result(
        info.name, "not-met", f"It does not ask whether they want to hear it. {info.guidance}"
    )


RULES: dict[str, Callable[[CheckInfo, Found], Result]] = {
    "helps-peer": _manual,
    "timing": _manual,
    "brief": _brief,
    "focus-back": _focus_back,
    "hope": _hope,
    "no-trauma-detail": _no_trauma_detail,
    "no-comparing": _no_comparing,
    "no-assuming": _no_assuming,
    "permission": _permission,
}
"""The rule of each point: one per name of the schema, and :func:`_manual` exactly for the
points only the learner can judge (tests/test_disclosure.py keeps it so)."""
