"""Notice when a learner's own words show signs of personal crisis.

Practice exercises call :func:`crisis_signs` before coaching. When it is true, the
exercise should stop coaching and answer kindly with crisis resources instead.

It looks for first-person statements ("I want to die", "I can't go on", "they'd be
better off without me"). It stays quiet when the words are about someone else or
asked of a peer ("Are you thinking about suicide?" is a good practice reply), when
they are quoted or reported ("If a peer says 'I want to die'..."), negated ("I would
never hurt myself") or clearly in the distant past ("Years ago I wanted to end my
life; what helped was..."). When in doubt it errs towards caring: a false alarm only
shows the learner where support is.
"""

from __future__ import annotations

from ._matcher import Match, PhraseSet, Rule
from ._tokens import Sentence, sentences

_SIGN = Rule("crisis", 1.0)
_SKIP = Rule("_skip", 0.0)

_SIGNS = [
    "i (really|just|honestly|sometimes|kind of) [want|wanna|wish i could|would like|am going"
    "|am ready|need] to die",
    "i (just) want to [end it|end it all|end my life|be dead|disappear forever|not exist"
    "|not be here|stop existing|not wake up|sleep forever]",
    "i [wish|hope] i [was|were|could be|would] (just) [dead|die|never born|not wake up"
    "|not here|gone]",
    "i (would|will|am going to|want to|might|could|should) (just) kill myself",
    "[kill|killing|kms|end|ending|take|taking] [myself|my life|my own life|it all]",
    "i [am|feel|have been|have been feeling|keep feeling|keep] (so|really|very) suicidal",
    "i [am|have been|keep] thinking [about|of] [suicide|killing myself|ending it|ending my"
    " life|dying|taking my life]",
    "i [can not|can not really|just can not] [go on|keep going|do this anymore|take it"
    " anymore|take this anymore|live like this|handle life|cope anymore]",
    "[no|not any|not a single] reason (for me) to [live|go on|keep going|stay alive]",
    "nothing (left) to live for",
    "no point (in) [living|going on|being alive|me being here]",
    "[not|is not] worth living",
    "better off [without me|dead|if i was gone|if i were gone|if i was not here"
    "|if i were not here]",
    "[nobody|no one|noone] would (even) [miss me|care if i|notice if i]",
    "[hurt|hurting|harm|harming|cut|cutting|burn|burning|punish] myself",
    "i do not want to [live|be alive|be here|wake up|exist] (anymore|any more)",
    "i [am|feel like] (such) a burden",
    "i want it all to [end|stop]",
    "i am done with [life|living|everything|it all]",
    "i give up on [life|living|everything]",
    "i [have|have got|got] [pills|a gun|a rope] (saved|ready)",
    "i [took|have taken] too many pills",
    "my last [day|night|message|goodbye]",
    "goodbye [forever|everyone|world|cruel world]",
]
_SKIPS = [
    "kill myself laughing",
    "[kill|killing] myself [laughing|at work|to get|trying]",
    "take my time",
    "take my life back",
    "i do not want to die",
    "end it all [the|with]",
]

# Words that show the statement is reported, hypothetical, negated or long past.
_REPORTING = frozenset(
    {
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "write",
        "writes",
        "wrote",
        "hear",
        "heard",
        "mention",
        "mentions",
        "mentioned",
        "example",
        "quote",
        "quotes",
        "phrase",
        "phrases",
        "statement",
        "statements",
        "words",
        "whether",
    }
)
_NEGATION = frozenset({"not", "never", "no", "nobody"})
_PAST = (
    ("years", "ago"),
    ("used", "to"),
    ("when", "i", "was"),
    ("in", "the", "past"),
    ("back", "then"),
    ("long", "ago"),
    ("at", "one", "point"),
    ("there", "was", "a", "time"),
    ("i", "once"),
    ("in", "my", "past"),
    ("months", "ago"),
    ("as", "a", "teen"),
    ("as", "a", "teenager"),
    ("as", "a", "kid"),
    ("in", "recovery"),
)
_QUOTES = frozenset("\"'“”‘’«»")

_PHRASES = PhraseSet()
_PHRASES.add(_SIGN, _SIGNS)
_PHRASES.add(_SKIP, _SKIPS)


def _contains(norms: tuple[str, ...], seq: tuple[str, ...]) -> bool:
    n = len(seq)
    return any(tuple(norms[i : i + n]) == seq for i in range(len(norms) - n + 1))


def _counts(sentence: Sentence, match: Match) -> bool:
    """Is this match the learner speaking for themselves, now?"""
    norms = sentence.words[: match.first]
    if any(w in _REPORTING for w in norms):
        return False
    if any(w in _QUOTES for w in norms):
        return False
    if any(w in _NEGATION for w in norms[-3:]):
        return False
    return not any(_contains(sentence.words, seq) for seq in _PAST)


def crisis_signs(text: str) -> bool:
    """True when ``text`` reads like the writer themselves may be in crisis.

    Meant for a learner's own practice text. It is a safety net, not an assessment: it
    looks for first-person statements such as "I want to die" or "I can't go on", and
    ignores questions asked of a peer ("Are you thinking of killing yourself?"),
    quoted or reported words, negations and clearly past experience.
    """
    if not isinstance(text, str) or not text.strip():
        return False
    for sentence in sentences(text[:2_000_000]):
        found = _Found(_PHRASES.find(sentence.words))
        for match in found.signs:
            if not found.hidden(match) and _counts(sentence, match):
                return True
    return False


class _Found:
    """Crisis matches in one sentence, with the friendly exceptions that hide them."""

    def __init__(self, matches: list[Match]) -> None:
        self.signs = [m for m in matches if m.rule.label == "crisis"]
        self._skips = [m for m in matches if m.rule.label == "_skip"]

    def hidden(self, match: Match) -> bool:
        """True when an exception phrase covers this match."""
        return any(s.first <= match.first < s.stop for s in self._skips)
