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
from ._phrases import FILLERS, PHRASES
from ._tokens import Sentence

QUESTION_LABELS = ("open_question", "closed_question")


class SentenceScore(NamedTuple):
    """Label scores for one sentence, the kind of each label, and the matches behind them."""

    sentence: Sentence
    scores: dict[str, float]
    kinds: dict[str, str]
    question: str  # "", "open_question" or "closed_question"


def _first_word(sentence: Sentence) -> int:
    words = sentence.words
    i = 0
    while i < len(words) and (words[i].norm in FILLERS or not words[i].norm[0].isalnum()):
        i += 1
    return i


def _keep_longest(matches: list[Match]) -> list[Match]:
    """Drop matches that sit inside a longer match with a different label."""
    if len(matches) < 2:
        return matches
    kept: list[Match] = []
    for m in matches:
        size = m.stop - m.first
        hidden = False
        for other in matches:
            if (
                other.rule.label != m.rule.label
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
    matches = _keep_longest(PHRASES.find(sentence.words, (0, start) if start else (0,)))
    best: dict[str, float] = {}
    total: dict[str, float] = {}
    kinds: dict[str, str] = {}
    q_open = q_closed = 0.0
    bare = False
    for m in matches:
        rule = m.rule
        label = rule.label
        if label in QUESTION_LABELS:
            if m.first not in (0, start):
                continue
            if rule.tag == "bare":
                bare = bare or m.first == start
            if label == "open_question":
                q_open = max(q_open, rule.weight)
            else:
                q_closed = max(q_closed, rule.weight)
            continue
        total[label] = total.get(label, 0.0) + rule.weight
        if rule.weight > best.get(label, 0.0):
            best[label] = rule.weight
            kinds[label] = rule.tag
    scores = {label: best[label] + 0.25 * (total[label] - best[label]) for label in best}
    question = ""
    if sentence.question or bare:
        question = "open_question" if q_open > q_closed else "closed_question"
        scores[question] = 2.5 if sentence.question else 2.0
        first = sentence.words[start].norm if start < len(sentence.words) else ""
        kinds[question] = "why" if first == "why" else question.split("_")[0]
    return SentenceScore(sentence, scores, kinds, question)
