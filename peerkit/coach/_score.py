"""Score one sentence: which behaviours it shows, and how strongly.

Phrase matches from the trie are combined per label (the strongest match counts in
full, further matches add a little). A longer match hides any shorter match of a
different label that lies inside it, so "you should have known better" counts as
judging, not as advice. Questions are decided here too: a sentence is a question when
it ends with '?' or opens with a phrase that asks even without one ("Tell me more").
"""

from __future__ import annotations

from typing import NamedTuple

from ._matcher import Match
from ._phrases import FILLERS, PHRASES, QUESTION_FILLERS
from ._tokens import Sentence

QUESTION_LABELS = ("open_question", "closed_question")
# How much a phrase counts when it sits inside a question rather than opening it.
IN_QUESTION = 0.6
# How strongly a sentence ending in "?" counts as a question.
QUESTION_SCORE = 2.5


class SentenceScore(NamedTuple):
    """Label scores for one sentence, the kind of each label, and the matches behind them."""

    sentence: Sentence
    scores: dict[str, float]
    kinds: dict[str, str]
    question: str  # "", "open_question" or "closed_question"


def _first_word(sentence: Sentence, skip: frozenset[str] = FILLERS) -> int:
    """Index of the first word that is not a filler ("um", "okay", ",")."""
    words = sentence.words
    i = 0
    while i < len(words) and (words[i] in skip or not words[i][0].isalnum()):
        i += 1
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


def _keep_longest(matches: list[Match]) -> list[Match]:
    """Drop matches that sit inside a longer match with a different label."""
    if len(matches) < 2:
        return matches
    kept: list[Match] = []
    for m in matches:
        if m.rule.label in QUESTION_LABELS:
            kept.append(m)
            continue
        size = m.stop - m.first
        hidden = False
        for other in matches:
            if (
                other.rule.label != m.rule.label
                and other.rule.label not in QUESTION_LABELS
                and other.first <= m.first
                and other.stop >= m.stop
                and other.stop - other.first > size
            ):
                hidden = True
                break
        if not hidden:
            kept.append(m)
    return kept


def score_sentence(sentence: Sentence) -> SentenceScore:
    """Score one sentence for every label."""
    start = _first_word(sentence)
    q_start = _first_word(sentence, QUESTION_FILLERS)
    starts = {0, start, q_start}
    if sentence.question:
        starts.update(_clause_starts(sentence))
    matches = _keep_longest(PHRASES.find(sentence.words, starts))
    best: dict[str, float] = {}
    total: dict[str, float] = {}
    kinds: dict[str, str] = {}
    q_open = q_closed = 0.0
    bare = False
    asks = sentence.question
    for m in matches:
        rule = m.rule
        label = rule.label
        weight = rule.weight
        if label in QUESTION_LABELS:
            if m.first not in starts:
                continue
            if rule.tag == "bare":
                bare = bare or m.first in (start, q_start)
            if label == "open_question":
                q_open = max(q_open, rule.weight)
            else:
                q_closed = max(q_closed, rule.weight)
            continue
        if asks and m.first > start:
            # Inside a question, words after the opening are its topic, not its purpose.
            weight *= IN_QUESTION
        total[label] = total.get(label, 0.0) + weight
        if weight > best.get(label, 0.0):
            best[label] = weight
            kinds[label] = rule.tag
    if "permission" in (m.rule.tag for m in matches if m.rule.label == "advice"):
        kinds["advice"] = "permission"
    scores = {label: best[label] + 0.25 * (total[label] - best[label]) for label in best}
    question = ""
    if sentence.question or bare:
        question = "open_question" if q_open > q_closed else "closed_question"
        scores[question] = QUESTION_SCORE if sentence.question else 2.0
        first = sentence.words[q_start] if q_start < len(sentence.words) else ""
        kinds[question] = "why" if first == "why" else question.split("_")[0]
    return SentenceScore(sentence, scores, kinds, question)
