"""One reading of a reply, shared by the feedback notes and the self-disclosure checklist.

The reply is split into sentences and each is scored once (:func:`score_sentence`, the
same scoring :func:`peerkit.coach.analyze` uses). A :class:`Candidate` is something a
note could be about: a label in one sentence, with its kind, its evidence score and the
rubric behaviours it shows. Which candidates become notes, and in what tone, is decided
in :mod:`._feedback`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._score import SentenceScore, score_sentence
from ._shapes import read as read_shapes
from ._tokens import sentences

# Longest text read for feedback; beyond it the rest is ignored, as in analyze().
MAX_CHARS = 2_000_000
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Part:
    """One sentence of the reply, scored."""

    index: int
    score: SentenceScore
    kinds: frozenset[str] = frozenset()
    """The features' names without their tags ("centred" for "centred:detail")."""

    @property
    def span(self) -> tuple[int, int]:
        return (self.score.sentence.start, self.score.sentence.end)

    @property
    def words(self) -> tuple[str, ...]:
        return self.score.sentence.words

    @property
    def features(self) -> frozenset[str]:
        return self.score.features

    def has(self, feature: str) -> bool:
        """Whether the sentence shows a feature, with any tag ("centred" or "centred:detail")."""
        return feature in self.kinds


@dataclass(frozen=True)
class Candidate:
    """Something a note could be about: ``label`` of ``kind`` in sentence ``index``."""

    label: str
    kind: str
    index: int
    score: float
    behaviours: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Reading:
    """The reply's text and its scored sentences."""

    text: str
    parts: tuple[Part, ...]

    @classmethod
    def of(cls, text: str) -> Reading:
        # A run-on cut into pieces (see _tokens.MAX_WORDS) gives parts with one span.
        parts = []
        before: tuple[str, ...] = ()
        for i, sentence in enumerate(sentences(text[:MAX_CHARS])):
            score = score_sentence(sentence)
            kinds = (
                frozenset(f.partition(":")[0] for f in score.features) if score.features else _NONE
            )
            shapes = read_shapes(sentence.words, sentence.question, before)
            if shapes:
                kinds = kinds | shapes
            before = sentence.words
            parts.append(Part(i, score, kinds))
        return cls(text, tuple(parts))

    def quote(self, index: int) -> str:
        start, end = self.parts[index].span
        return " ".join(self.text[start:end].split())

    def word_count(self, indexes: set[int]) -> int:
        """Words the learner typed in these sentences (a contraction is one word)."""
        spans = {self.parts[i].span for i in indexes}
        return sum(len(_WORD.findall(self.text[a:b])) for a, b in spans)
