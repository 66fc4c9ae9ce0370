"""The self-disclosure check: what the learner would share, read against the lesson's checklist.

Where the words themselves can tell (length, a closing question to the peer,
comparing, assuming, hope, distressing detail, asking first) the check says
what it found and why. Where only the learner can judge (does it help the peer,
is it the right moment) it says so: "check this yourself". In the self-rated
mode the learner ticks the points and gets guidance on each. Neither mode gives
a score (SPEC 4.2, SD), and the learner's text stays in memory only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from ..coach import Analysis, analyze, crisis_signs
from ..content import Disclosure
from ..content._models import DISCLOSURE_CHECKS
from ._case import PlayError
from ._coaching import FeedbackItem, coach_items

Status = Literal["met", "not-met", "check-yourself"]

STATUS_LABELS: dict[Status, str] = {
    "met": "Looks met",
    "not-met": "Worth another look",
    "check-yourself": "Check this yourself",
}
"""How each result is written out: never by colour or symbol alone."""

CRISIS_SUMMARY = (
    "Before any checking: what you wrote sounds as if you may be going through something very hard"
    " yourself right now."
)

BRIEF_WORDS = 50
"""Sharing of this many words or fewer counts as brief: about two sentences and a question."""


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


CHECKS: dict[str, CheckInfo] = {
    "helps-peer": CheckInfo(
        "helps-peer",
        "Does sharing this help the peer, rather than you?",
        "Ask yourself what the peer gains from hearing it. If the honest answer is that it would"
        " ease something for you, that belongs with your own support or supervision.",
        "Good: you know what the peer gains from hearing it.",
        sources=("S004-27", "S003-33"),
        references=("SRC-32",),
    ),
    "brief": CheckInfo(
        "brief",
        "Is it brief?",
        "Keep to the one or two sentences that matter to them. More can come later, if they ask.",
        "Good: a short share leaves the space to them.",
        how=f"counts the words: {BRIEF_WORDS} or fewer reads as brief",
        sources=("S004-28", "S001-10"),
    ),
    "focus-back": CheckInfo(
        "focus-back",
        "Does it hand the focus back to the peer?",
        "End with a question about them, such as “What has it been like for you?”, so your story"
        " stays an example and not the topic.",
        "Good: the conversation comes back to them.",
        how="looks for a closing question to the peer",
        sources=("S004-29",),
    ),
    "hope": CheckInfo(
        "hope",
        "Does it offer hope that recovery is possible?",
        "A few words about what changed or got easier for you can carry hope, without promising"
        " that their path will be the same.",
        "Good: hope is one of the best reasons to share.",
        how="looks for words about things changing or getting better",
        sources=("S004-30",),
    ),
    "no-trauma-detail": CheckInfo(
        "no-trauma-detail",
        "Does it leave out distressing detail of what you went through?",
        "Say what it was like in general terms. The peer should never feel they have to look after"
        " your feelings.",
        "Good: general terms keep it safe for both of you.",
        how="looks for words that bring distressing detail",
        sources=("S004-32",),
    ),
    "no-comparing": CheckInfo(
        "no-comparing",
        "Does it avoid comparing your struggles with theirs?",
        "Leave out who had it worse or easier. Their experience is theirs, whatever yours was.",
        "Good: their experience stays theirs.",
        how="the response coach looks for comparing",
        sources=("S004-33",),
    ),
    "no-assuming": CheckInfo(
        "no-assuming",
        "Does it avoid assuming that what worked for you will work for them?",
        "Offer it as one experience among many: “This helped me; it may not be what suits you.”",
        "Good: you leave them free to find their own way.",
        how="looks for phrases that say your way will suit them, and for telling them what to do",
        sources=("S004-34", "S004-23", "S001-27"),
    ),
    "timing": CheckInfo(
        "timing",
        "Is this the right moment, at a pace that suits the relationship?",
        "Think about how well you know each other and what is happening for them now. Early on, or"
        " in the middle of their distress, listening usually matters more than your story.",
        "Good: the moment and the pace suit them.",
        sources=("S001-10", "S001-11"),
    ),
    "permission": CheckInfo(
        "permission",
        "Do you ask before you share?",
        "Ask first, for example “Would it help to hear a little of what that was like for me?”, and"
        " let them say no.",
        "Good: asking first lets them choose.",
        how="looks for a question asking whether they want to hear it",
        references=("SRC-32",),
    ),
}
"""The self-disclosure checklist, one entry per name in the schema."""

assert set(CHECKS) == set(DISCLOSURE_CHECKS), "every check name needs its entry here"


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
    words: int = 0
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


# --- reading the text ---------------------------------------------------------------

_CONTRACTIONS = (
    ("can't", "can not"),
    ("won't", "will not"),
    ("n't", " not"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'m", " am"),
    ("'d", " would"),
    ("'s", " is"),
)
_TOKEN = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _tokens(text: str) -> list[str]:
    low = text.lower().replace("’", "'").replace("‘", "'")
    for short, long in _CONTRACTIONS:
        low = low.replace(short, long)
    return _TOKEN.findall(low)


def _phrases(*lines: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_tokens(line)) for line in lines)


_ASSUMING = _phrases(
    "what worked for me will work for you",
    "will work for you too",
    "it will work for you",
    "worked for me so it",
    "you should do what i did",
    "do what i did",
    "here is what i did",
    "here is what you need to do",
    "exact same thing",
    "exactly the same",
    "the same thing happened",
    "same thing happened to me",
    "i know exactly how you feel",
    "i know how you feel",
    "i know what you are going through",
    "just like me",
    "the same as me",
    "same as i did",
    "you will be fine like me",
    "trust me it works",
)
_PERMISSION = _phrases(
    "can i share",
    "could i share",
    "may i share",
    "can i tell you",
    "could i tell you",
    "would it help if i",
    "would it help to hear",
    "would it be helpful if i",
    "would it be helpful to hear",
    "would it be ok if i",
    "would it be okay if i",
    "is it ok if i",
    "is it okay if i",
    "do you mind if i",
    "would you mind if i",
    "would you like to hear",
    "would you want to hear",
    "would you like me to share",
    "would you like me to tell you",
    "do you want to hear",
    "would it be useful to hear",
    "would it be useful if i",
    "mind if i share",
)
_HOPE = frozenset(
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
_TRAUMA = frozenset(
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
    }
)
_TRAUMA_PHRASES = _phrases("emergency room", "hit me", "tried to end", "cut myself", "hurt myself")
_YOU = frozenset({"you", "your", "yours", "yourself"})
_ME = frozenset({"i", "me", "my", "mine", "myself"})


def _find(words: list[str], phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    for phrase in phrases:
        n = len(phrase)
        if any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1)):
            return phrase
    return None


def _sentences(text: str) -> list[str]:
    return [" ".join(s.split()) for s in _SENTENCE.findall(text) if s.strip(" .!?\t")]


def _hope_word(words: list[str]) -> str | None:
    for i, word in enumerate(words):
        if word in _HOPE and not (_NEGATIONS & set(words[max(0, i - 3) : i])):
            return word
    phrase = _find(words, _HOPE_PHRASES)
    return " ".join(phrase) if phrase else None


def _trauma_word(words: list[str]) -> str | None:
    found = next((w for w in words if w in _TRAUMA), None)
    if found:
        return found
    phrase = _find(words, _TRAUMA_PHRASES)
    return " ".join(phrase) if phrase else None


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
        analysis = analyze(text)
        sentences = _sentences(text)
        per_sentence = [(s, _tokens(s)) for s in sentences]
        words = [w for _, ws in per_sentence for w in ws]
        shares = "self_disclosure" in analysis.labels
        context = _Reading(text, analysis, per_sentence, words, shares)
        results = tuple(_RULES[info.name](info, context) for info in self.checks)
        notes = tuple(
            i for i in coach_items(analysis) if i.tone == "reconsider" and i.label != "comparing"
        )
        return DisclosureFeedback(
            text, results=results, coach_notes=notes, words=len(words), shares=shares
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


@dataclass(frozen=True)
class _Reading:
    text: str
    analysis: Analysis
    sentences: list[tuple[str, list[str]]]
    words: list[str]
    shares: bool

    def sentence_with(self, phrases: Iterable[tuple[str, ...]]) -> str | None:
        phrases = tuple(phrases)
        return next((s for s, ws in self.sentences if _find(ws, phrases)), None)

    def quote(self, span: tuple[int, int]) -> str:
        return " ".join(self.text[span[0] : span[1]].split())


def _manual(info: CheckInfo, reading: _Reading) -> CheckResult:
    return CheckResult(info, "check-yourself", f"Only you can tell this. {info.guidance}")


def _brief(info: CheckInfo, reading: _Reading) -> CheckResult:
    count = len(reading.words)
    noun = "word" if count == 1 else "words"
    if count <= BRIEF_WORDS:
        return CheckResult(
            info, "met", f"It is {count} {noun}: short enough to leave the space to them."
        )
    return CheckResult(info, "not-met", f"It runs to {count} {noun}. {info.guidance}")


def _focus_back(info: CheckInfo, reading: _Reading) -> CheckResult:
    last, words = reading.sentences[-1] if reading.sentences else ("", [])
    about_them = bool(_YOU & set(words)) or not (_ME & set(words))
    if last.endswith("?") and about_them and not _find(words, _PERMISSION):
        return CheckResult(info, "met", "It ends with a question about them:", last)
    return CheckResult(info, "not-met", f"It does not end with a question to them. {info.guidance}")


def _hope(info: CheckInfo, reading: _Reading) -> CheckResult:
    word = _hope_word(reading.words)
    if word:
        return CheckResult(
            info,
            "met",
            f"Words such as “{word}” can carry hope. Check that they say change is possible, without"
            " promising how.",
        )
    return CheckResult(
        info, "not-met", f"Nothing in it says that things can change. {info.guidance}"
    )


def _no_trauma_detail(info: CheckInfo, reading: _Reading) -> CheckResult:
    word = _trauma_word(reading.words)
    if word:
        return CheckResult(
            info,
            "not-met",
            f"Words such as “{word}” can bring detail that weighs on the peer. {info.guidance}",
        )
    return CheckResult(
        info,
        "met",
        "It has none of the words that usually bring distressing detail."
        " Read it once as the peer would hear it, to be sure.",
    )


def _no_comparing(info: CheckInfo, reading: _Reading) -> CheckResult:
    found = next((f for f in reading.analysis.findings if f.label == "comparing"), None)
    if found is not None:
        return CheckResult(
            info,
            "not-met",
            f"This compares your experience with theirs. {info.guidance}",
            reading.quote(found.span),
        )
    return CheckResult(info, "met", "The response coach found no comparing in it.")


def _no_assuming(info: CheckInfo, reading: _Reading) -> CheckResult:
    sentence = reading.sentence_with(_ASSUMING)
    if sentence:
        return CheckResult(
            info, "not-met", f"This assumes your way will suit them. {info.guidance}", sentence
        )
    directive = next((f for f in reading.analysis.findings if f.directive), None)
    if directive is not None:
        return CheckResult(
            info,
            "not-met",
            f"This tells them what to do, as if your way will suit them. {info.guidance}",
            reading.quote(directive.span),
        )
    return CheckResult(info, "met", "Nothing in it says that your way will suit them.")


def _permission(info: CheckInfo, reading: _Reading) -> CheckResult:
    sentence = reading.sentence_with(_PERMISSION)
    if sentence:
        return CheckResult(info, "met", "You ask first, so they can say no:", sentence)
    if not reading.shares:
        return CheckResult(
            info, "met", "You do not share your own story here, so there is nothing to ask about."
        )
    return CheckResult(
        info, "not-met", f"It does not ask whether they want to hear it. {info.guidance}"
    )


_RULES = {
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
assert set(_RULES) == set(CHECKS)
assert all((_RULES[name] is _manual) != info.automatic for name, info in CHECKS.items())
