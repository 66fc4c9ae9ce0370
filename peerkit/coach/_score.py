"""Score one sentence: which behaviours it shows, and how strongly.

Phrase matches from the trie are combined per label: the strongest match counts in
full, and each further phrase for the same label that does not overlap one already
counted adds a little. A longer match hides any shorter match of a different label
that lies inside it, so "you should have known better" counts as judging, not as
advice.

What a sentence does is decided by how it opens. In a question ("...?", or an opening
that asks even without one, such as "Tell me more") and in a request ("Find a job
where you feel valued"), the words after the opening are its topic and count less;
in a wish ("I hope you feel better") the rest counts less too. Open beats closed: a
question with an open opening is open unless its closed opening is a sure sign ("How
many...?"). A statement with a check on the end ("..., right?") is a reflection, and
"I ... too" is the speaker sharing. A sentence that small talk covers from end to end
("You're welcome, take care!") is marked as such, and skipped when the reply's main
label is chosen.

Rules whose label starts with "~" are *features* of a sentence, not behaviours: a
named limit to confidentiality, words about suicide, a first-person feeling. They
score nothing and hide nothing; they are listed in ``SentenceScore.features`` for
:func:`peerkit.coach.feedback` to read. One of them acts here: a promise of secrecy in
a sentence that names a limit ("...unless someone's safety is at risk") is dropped.

The weights were set by hand, in tiers (1 a hint, 2 a good sign, 3 a clear sign),
after looking at how often replies containing a cue carry its label in the
development set; nothing here is fitted automatically.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

from ._matcher import Match
from ._model import HARMFUL
from ._phrases import FILLERS, QUESTION_FILLERS, phrases
from ._rules_other import SMALL_TALK_GLUE
from ._tokens import Sentence

QUESTION_LABELS = ("open_question", "closed_question")
# How much a phrase counts when it sits inside a question rather than opening it.
IN_QUESTION = 0.6
# How much a phrase counts inside a wish ("I hope you ...").
IN_WISH = 0.5
# A closed-question opening this strong wins even beside an open one.
CLOSED_FOR_SURE = 3.0
# How much each further, separate phrase for a label adds to its strongest one.
ADD = 0.25
# How strongly a sentence ending in "?" counts as a question.
QUESTION_SCORE = 2.5
# A statement with a check on the end (", right?"): a reflection asking to be corrected.
TAG_QUESTION = 3.0
# The speaker says "me too" about their own life ("I lost my job last year too").
ME_TOO = 2.2
# A sentence that is nothing but small talk.
SMALL_TALK_SCORE = 3.0


class SentenceScore(NamedTuple):
    """Label scores for one sentence, the kind of each label, and what kind of sentence it is."""

    sentence: Sentence
    scores: dict[str, float]
    kinds: dict[str, str]
    question: str  # "", "open_question" or "closed_question"
    small_talk: bool = False  # every word is greeting, thanks, goodbye or "mm-hmm"
    closing: bool = False  # it thanks, says goodbye or wishes well ("You're welcome")
    features: frozenset[str] = frozenset()  # "~" rules found: "suicide", "limit:if", ...


def _small_talk(sentence: Sentence, matches: list[Match]) -> tuple[bool, bool, float]:
    """Whether small talk covers the whole sentence, whether it closes, and any wish."""
    covered: set[int] = set()
    closing = False
    hope = 0.0
    for m in matches:
        if m.rule.label != "_other":
            continue
        if m.rule.tag == "hope":
            hope = max(hope, m.rule.weight)
            continue
        covered.update(range(m.first, m.stop))
        closing = closing or m.rule.tag == "closing"
    words = sentence.words
    if not covered:
        # A sentence of nothing but fillers ("Mm-hmm, yeah.") is small talk too.
        whole = all(w in FILLERS or not w[0].isalnum() for w in words)
        return whole, False, hope
    whole = all(
        i in covered or w in SMALL_TALK_GLUE or w in FILLERS or not w[0].isalnum()
        for i, w in enumerate(words)
    )
    return whole, closing, hope


_TWO_WORD_FILLERS = frozenset({("i", "see"), ("i", "mean"), ("i", "guess"), ("you", "know")})


def _pause(words: tuple[str, ...], i: int) -> bool:
    """Whether the sentence ends or pauses (a comma, a dash) at word ``i``."""
    return i >= len(words) or not words[i][0].isalnum()


def _first_word(sentence: Sentence, skip: frozenset[str] = FILLERS) -> int:
    """Index of the first word that is not a filler ("um", "okay", ",")."""
    words = sentence.words
    i = 0
    n = len(words)
    while i < n:
        if words[i] in skip or not words[i][0].isalnum():
            i += 1
        elif words[i : i + 2] in _TWO_WORD_FILLERS and _pause(words, i + 2):
            i += 2  # "I see, ..." (but not "I see how hard it is")
        else:
            break
    return i


def _clause_starts(sentence: Sentence) -> set[int]:
    """Where a clause starts after a comma or dash ("..., what would you do?")."""
    words = sentence.words
    out: set[int] = set()
    for i, word in enumerate(words[:-1]):
        if word in _CLAUSE_BREAKS:
            j = i + 1
            while j < len(words) and (words[j] in QUESTION_FILLERS or words[j] in _CLAUSE_BREAKS):
                j += 1
            out.add(j)
    return out


_CLAUSE_BREAKS = frozenset({",", "-", "—", "–", "…", ";", ":"})
# Words that after a comma usually start a relative clause, not a question.
_RELATIVE = frozenset({"which", "who", "whom", "whose", "when", "where", "that"})
_WH = frozenset({"what", "how", "why"})
_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she", "it", "that", "this"})


def _relative(words: tuple[str, ...], i: int) -> bool:
    """Whether the clause at ``i`` is relative or reported ("..., what I heard"), not asked."""
    if words[i] in _RELATIVE:
        return True
    return words[i] in _WH and i + 1 < len(words) and words[i + 1] in _SUBJECTS


def _keep_longest(matches: list[Match]) -> list[Match]:
    """Drop matches that sit inside a longer match with a different label."""
    if len(matches) < 2:
        return matches
    # Only a phrase of two words or more can hide another; there are few of those.
    hiders = [
        (m.first, m.stop, m.rule.label)
        for m in matches
        if m.stop - m.first > 1 and m.rule.label not in QUESTION_LABELS
    ]
    if not hiders:
        return matches
    kept: list[Match] = []
    for m in matches:
        label = m.rule.label
        first, stop = m.first, m.stop
        hidden = False
        if label not in QUESTION_LABELS:
            size = stop - first
            for a, b, other in hiders:  # a plain loop: this runs for every match
                if a <= first and b >= stop and b - a > size and other != label:
                    hidden = True
                    break
        if not hidden:
            kept.append(m)
    return kept


# What a request is about, rather than what it does.
_TOPIC_LABELS = frozenset({"reflection", "information", "self_disclosure"})
_TAG_WORDS = frozenset({"right", "correct", "huh", "yeah", "true"})
_TAG_AUX = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "have",
        "has",
        "can",
        "could",
        "would",
        "will",
        "should",
        "had",
    }
)


def _tag_question(words: tuple[str, ...]) -> bool:
    """Whether a question is a statement with a check on the end (", right?", "isn't it?")."""
    end = len(words)
    while end and not words[end - 1][0].isalnum():
        end -= 1
    if end < 4:
        return False
    if words[end - 1] in _TAG_WORDS and not words[end - 2][0].isalnum():
        return True
    return words[end - 2] == "not" and words[end - 3] in _TAG_AUX and words[end - 1] in _SUBJECTS


_ME = frozenset({"i", "me", "my", "myself"})
_TOO = frozenset({"too", "also", "either"})
_LISTENING = frozenset({"hope", "wish", "understand", "see", "hear", "agree", "think"})


def _me_too(words: tuple[str, ...]) -> bool:
    """Whether the speaker says something is true of them as well ("I felt that too")."""
    end = len(words)
    while end and not words[end - 1][0].isalnum():
        end -= 1
    if end < 3 or not (words[end - 1] in _TOO or words[end - 2 : end] == ("as", "well")):
        return False
    if not _ME.intersection(words[: end - 1]) or "you" in words:
        return False  # "I hope you do too" is about them
    # "I understand that as well" is listening, not sharing.
    return not any(a == "i" and b in _LISTENING for a, b in pairwise(words))


def _overlaps(spans: list[tuple[int, int]], first: int, stop: int) -> bool:
    """Whether words ``[first, stop)`` overlap any of ``spans``."""
    for a, b in spans:  # noqa: SIM110 - a plain loop is faster than any() here
        if a < stop and first < b:
            return True
    return False


def _strongest_first(m: Match) -> tuple[float, int, int]:
    return (-m.rule.weight, m.first, m.first - m.stop)


def score_sentence(sentence: Sentence) -> SentenceScore:
    """Score one sentence for every label."""
    start = _first_word(sentence)
    q_start = _first_word(sentence, QUESTION_FILLERS)
    starts = {0, start, q_start}
    if sentence.question:
        starts.update(_clause_starts(sentence))
    found = phrases().find(sentence.words, starts)
    features: frozenset[str] = frozenset()
    if any(m.rule.label[0] == "~" for m in found):
        features = frozenset(
            f"{m.rule.label[1:]}:{m.rule.tag}" if m.rule.tag else m.rule.label[1:]
            for m in found
            if m.rule.label[0] == "~"
        )
        found = [m for m in found if m.rule.label[0] != "~"]
    matches = _keep_longest(found)
    best: dict[str, float] = {}
    total: dict[str, float] = {}
    kinds: dict[str, str] = {}
    q_open = q_closed = (0.0, 0)
    sentence_starts = (0, start, q_start)
    bare = False
    asks = sentence.question
    taken: dict[str, list[tuple[int, int]]] = {}
    orders = not asks and any(m.first == start and m.rule.tag == "directive" for m in matches)
    wish_end = 0
    permission = False
    for m in matches:
        tag = m.rule.tag
        if tag == "hope" and m.first in sentence_starts:
            wish_end = max(wish_end, m.stop)
        elif tag == "permission":
            permission = True
    if len(matches) > 1:
        matches = sorted(matches, key=_strongest_first)
    for m in matches:
        rule = m.rule
        label = rule.label
        weight = rule.weight
        if label in QUESTION_LABELS:
            if rule.tag == "anywhere":
                bare = True
            elif m.first not in starts:
                continue
            if m.first not in sentence_starts and _relative(sentence.words, m.first):
                continue  # "..., which is a lot?" is not "Which is it?"
            if rule.tag == "bare":
                bare = bare or m.first in sentence_starts
            # The strongest opening decides, then the longest: "Any questions?" is open
            # although "Any...?" alone would be closed.
            key = (rule.weight, m.stop - m.first)
            if label == "open_question":
                q_open = max(q_open, key)
            else:
                q_closed = max(q_closed, key)
            continue
        first, stop = m.first, m.stop
        spans = taken.get(label)
        if spans is None:
            taken[label] = [(first, stop)]
        elif _overlaps(spans, first, stop):
            # Overlapping phrases for one label are one piece of evidence, not several.
            continue
        else:
            spans.append((first, stop))
        if (
            m.first > start
            and label not in HARMFUL
            and (asks or (orders and label in _TOPIC_LABELS))
        ):
            # Inside a question or a request, words after the opening are its topic, not
            # its purpose: "Find a job where you are happy" is advice, not a reflection.
            # A harmful phrase counts in full wherever it stands: "That's a bit of an
            # overreaction, isn't it?" judges however it is put.
            weight *= IN_QUESTION
        elif wish_end and m.first >= wish_end and label != "_other":
            # "I hope you feel better soon" wishes; it does not reflect a feeling.
            weight *= IN_WISH
        total[label] = total.get(label, 0.0) + weight
        if weight > best.get(label, 0.0):
            best[label] = weight
            kinds[label] = rule.tag
    if permission and "advice" in kinds:
        kinds["advice"] = "permission"
    scores = {
        label: best[label] + ADD * max(total.get(label, 0.0) - best[label], 0.0) for label in best
    }
    question = ""
    if sentence.question or bare:
        # As across sentences, an open opening makes the question open, unless the
        # closed one is a sure sign ("How old...", "On a scale...").
        is_open = q_open[0] > 0 and (q_open > q_closed or q_closed[0] < CLOSED_FOR_SURE)
        question = "open_question" if is_open else "closed_question"
        scores[question] = QUESTION_SCORE if sentence.question else 2.0
        first = sentence.words[q_start] if q_start < len(sentence.words) else ""
        kinds[question] = "why" if first == "why" else question.split("_")[0]
    if sentence.question and _tag_question(sentence.words):
        # "You've been doing this for years, haven't you?" checks a guess: a reflection.
        scores["reflection"] = max(scores.get("reflection", 0.0), TAG_QUESTION)
        kinds.setdefault("reflection", "")
    if _me_too(sentence.words) and scores.get("self_disclosure", 0.0) < ME_TOO:
        # "I was nervous before my first meeting too."
        scores["self_disclosure"] = ME_TOO
        kinds.setdefault("self_disclosure", "")
    small_talk, closing, hope = _small_talk(sentence, found)
    scores.pop("_other", None)
    if small_talk:
        scores["_other"] = SMALL_TALK_SCORE
    elif hope:
        scores["_other"] = hope
    if "promising_secrecy" in scores and limited(features):
        # "What you say stays with me and my supervisor, unless someone's safety is at
        # risk" names the limits: it is honest information, not a promise of secrecy.
        del scores["promising_secrecy"]
    return SentenceScore(sentence, scores, kinds, question, small_talk, closing, features)


def limited(features: frozenset[str]) -> bool:
    """Whether a sentence names a limit to confidentiality, or refuses to promise it."""
    return "limit" in features or ("limit:if" in features and "limit:risk" in features)
