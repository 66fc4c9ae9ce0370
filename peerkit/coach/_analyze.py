"""Analyse a whole reply: score each sentence, then collect findings and pick a primary label."""

from __future__ import annotations

from ._model import HARMFUL, LABELS, Analysis, Finding
from ._note_texts import message_for
from ._score import QUESTION_LABELS, SentenceScore, score_sentence
from ._tokens import sentences

# A sentence shows a label when its score reaches this.
SHOWN = 2.0
# The score at which a finding's confidence reaches 1.
SURE = 4.0
# How much each label is favoured when choosing the primary label of a statement (not
# of a reply that asks something). Affirmations are often short ("That's great!") and
# lose to any longer cue without it; the value was set by hand on the development set.
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
# Small talk ("_other") wins the primary label as None; a closing phrase anywhere in the
# reply ("You're welcome", "Take care") counts this much for it.
OTHER = "_other"
CLOSING = 2.6
# Longest text analysed; anything beyond is ignored so every call stays fast.
MAX_CHARS = 2_000_000


def _add_findings(
    item: SentenceScore, out: list[Finding], seen: set[tuple[str, tuple[int, int]]]
) -> None:
    """Append a finding for each label this sentence shows (once per label and span)."""
    span = (item.sentence.start, item.sentence.end)
    scores = item.scores
    for label in LABELS:
        score = scores.get(label, 0.0)
        if score >= SHOWN and (label, span) not in seen:
            seen.add((label, span))
            kind = item.kinds.get(label, "")
            message, suggestion = message_for(label, kind)
            out.append(Finding(label, span, message, suggestion, kind, confidence(score)))


def confidence(score: float) -> float:
    """A sentence score on a 0-1 scale: 0.5 where a label is first shown, 1 at ``SURE``."""
    return round(min(score / SURE, 1.0), 3)


class _Primary:
    """Gathers, one sentence at a time, what choosing the reply's primary label needs.

    A harmful label always wins (it is what the learner most needs to hear about).
    Otherwise each label keeps its best sentence score plus a little for each further
    sentence that shows it; sentences that are only small talk are skipped, and a
    goodbye or thanks anywhere makes "no skill" (None) a candidate too.
    """

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}
        self.closing = False
        self.asks = False

    def add(self, item: SentenceScore) -> None:
        self.closing = self.closing or item.closing
        if item.small_talk:
            return
        self.asks = self.asks or bool(item.question)
        totals = self.totals
        for label, value in item.scores.items():
            if label in HARMFUL or (label.startswith("_") and label != OTHER):
                continue
            old = totals.get(label, 0.0)
            totals[label] = max(old, value) + REPEAT * min(old, value)

    def choose(self, labels: frozenset[str]) -> str | None:
        harmful = [label for label in LABELS if label in HARMFUL and label in labels]
        if harmful:
            return harmful[0]
        totals = dict(self.totals)
        if self.closing:
            # Thanks, goodbyes and good wishes usually mean the conversation is ending.
            totals[OTHER] = max(totals.get(OTHER, 0.0), CLOSING)
        if "open_question" in totals:
            # One open question makes the reply open, whatever closed ones sit beside it.
            totals["open_question"] = max(
                totals["open_question"], totals.pop("closed_question", 0.0)
            )
        best_label: str | None = None
        best_value = PRIMARY_FLOOR
        for label, value in totals.items():
            if not self.asks or label in QUESTION_LABELS:
                # Warmth beside a question ("I'm sorry. What happened?") opens the question.
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
    # One pass, keeping only the findings: a long text's sentence scores are dropped as
    # soon as they are used, which keeps memory (and garbage collection) small.
    found: list[Finding] = []
    seen: set[tuple[str, tuple[int, int]]] = set()
    primary = _Primary()
    for sentence in sentences(text[:MAX_CHARS]):
        item = score_sentence(sentence)
        _add_findings(item, found, seen)
        primary.add(item)
    findings = tuple(found)
    labels = frozenset(f.label for f in findings)
    return Analysis(text=text, findings=findings, primary=primary.choose(labels), labels=labels)
