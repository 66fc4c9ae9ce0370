"""Analyse a whole reply: score each sentence, then collect findings and pick a primary label."""

from __future__ import annotations

from ._messages import message_for
from ._model import HARMFUL, LABELS, Analysis, Finding
from ._score import QUESTION_LABELS, SentenceScore, score_sentence
from ._tokens import sentences

# A sentence shows a label when its score reaches this.
SHOWN = 2.0
# How much each label is favoured when choosing the primary label of a reply.
BIAS: dict[str, float] = {
    "open_question": 0.0,
    "closed_question": 0.0,
    "reflection": 0.0,
    "affirmation": 1.0,
    "self_disclosure": 0.0,
    "advice": 0.0,
    "information": 0.0,
}
# How much a label's evidence in a second sentence adds to its best sentence.
REPEAT = 0.3
# The weakest evidence that may still name a primary label.
PRIMARY_FLOOR = 0.5
# When no phrase stands out, who the reply talks about still hints at what it does.
_YOU = frozenset({"you", "your", "yourself", "yours"})
_ME = frozenset({"i", "me", "my", "myself", "mine"})
FALLBACK = {"you": ("reflection", 0.8), "me": ("self_disclosure", 0.7), "": ("", 0.0)}
# Small talk ("_other") wins the primary label as None; a closing phrase anywhere in the
# reply ("You're welcome", "Take care") counts this much for it.
OTHER = "_other"
CLOSING = 2.6
# Longest text analysed; anything beyond is ignored so every call stays fast.
MAX_CHARS = 2_000_000


def _findings(scored: list[SentenceScore]) -> tuple[Finding, ...]:
    out: list[Finding] = []
    seen: set[tuple[str, tuple[int, int]]] = set()
    for item in scored:
        span = (item.sentence.start, item.sentence.end)
        for label in LABELS:
            if item.scores.get(label, 0.0) >= SHOWN and (label, span) not in seen:
                seen.add((label, span))
                kind = item.kinds.get(label, "")
                message, suggestion = message_for(label, kind)
                out.append(Finding(label, span, message, suggestion, kind))
    return tuple(out)


def _primary(scored: list[SentenceScore], labels: frozenset[str]) -> str | None:
    harmful = [label for label in LABELS if label in HARMFUL and label in labels]
    if harmful:
        return harmful[0]
    totals: dict[str, float] = {}
    closing = False
    small_talk = False
    content = [item for item in scored if not item.small_talk]
    for item in scored:
        closing = closing or item.closing
        if item.small_talk:
            small_talk = True
            continue
        for label, value in item.scores.items():
            if label in HARMFUL or (label.startswith("_") and label != OTHER):
                continue
            old = totals.get(label, 0.0)
            totals[label] = max(old, value) + REPEAT * min(old, value)
    if closing:
        # Thanks, goodbyes and good wishes usually mean the conversation is ending.
        totals[OTHER] = max(totals.get(OTHER, 0.0), CLOSING)
    if "open_question" in totals:
        # One open question makes the reply open, whatever closed ones sit beside it.
        totals["open_question"] = max(totals["open_question"], totals.pop("closed_question", 0.0))
    if not totals and scored and not small_talk:
        words = {w for item in scored for w in item.sentence.words}
        key = "you" if words & _YOU else "me" if words & _ME else ""
        label, value = FALLBACK[key]
        if label:
            totals[label] = value
    asks = any(item.question for item in content)
    best_label: str | None = None
    best_value = PRIMARY_FLOOR
    for label, value in totals.items():
        if not asks or label in QUESTION_LABELS:
            value += BIAS.get(label, 0.0)
        if value >= best_value:
            if value == best_value and best_label is not None:
                continue
            best_label, best_value = label, value
    return None if best_label == OTHER else best_label


def analyze(text: str) -> Analysis:
    """Describe the helping skills (and possible harms) in one practice reply.

    Returns an :class:`Analysis` whose ``findings`` each point at a sentence of ``text``
    with a short message and a suggestion. Empty or blank text gives no findings.
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs text (a str), not {type(text).__name__}")
    scored = [score_sentence(s) for s in sentences(text[:MAX_CHARS])]
    findings = _findings(scored)
    labels = frozenset(f.label for f in findings)
    return Analysis(text=text, findings=findings, primary=_primary(scored, labels), labels=labels)
