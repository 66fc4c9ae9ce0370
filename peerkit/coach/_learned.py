"""A small learned check beside the rules, trained only on the project's own replies.

The hand-written rules find habits and skills in the wordings their authors foresaw;
fresh replies keep bringing new ones. Beside them, one logistic regression per label
reads the reply and gives the probability that it does what the label names.
``bench/train_coach.py`` trains it on the labelled replies in ``bench/data/`` (written
for peerkit, MIT) and on nothing else; ``_learned.json`` holds the weights (only the
non-zero ones), the thresholds chosen by cross-validation, and the name, row count and
SHA-256 of every file it was trained on.

What the model reads (:func:`keys`): a sentence's words as the coach's tokenizer gives
them (contractions written out, lower case), and every pair of neighbouring words, with
the sentence's start and end counted as words. A label's model has a ``scope``:

* ``sentence`` (the skills): the probability that one sentence does the skill;
* ``reply`` (the harmful habits): the probability that the reply holds the habit
  somewhere, read from the keys of all its sentences together, each counted once. The
  sentence a note quotes is the one whose own keys weigh most for the habit.

A probability is the logistic of the label's bias plus the weights of the keys read,
each counted once, added in the order the words come: the same in every process,
whatever its hash seed.

How the model and the rules are combined (:func:`adjust`), only in the exercises the
model was trained on (elsewhere the rules work alone):

* **Skills** keep "speak only when sure": a skill note the rules would give is held back
  when the model finds every sentence it is about unlikely to do that skill (below the
  label's ``veto`` probability). The model never adds a skill note.
* **Harmful habits**: a note the rules give always stays. For a habit the rules did not
  find, the model adds a note when the reply reaches the label's ``add`` probability,
  quoting the sentence that weighs most among those where no veto holds:

  - honest limits are never a promise of secrecy (a sentence naming a limit);
  - a sentence naming suicide or self-harm, or a question right after one, is never
    marked (asking directly is right, in every exercise; lesson 05);
  - a sentence that does what the exercise asks for in the course's own terms (an "I"
    statement, saying the need, asking permission) is marked only by the rules;
  - a sentence the rules already read as a reflection is left to them;
  - small talk is never marked.

  When no sentence is left, nothing is added.

A label whose ``add`` is above 1 or whose ``veto`` is 0 is not acted on; labels the
cross-validation found no honest use for are not in the file at all.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

from ._model import HARMFUL, SKILLS
from ._reading import Candidate, Part, Reading
from ._rubric import Rubric
from ._score import limited

WEIGHTS = Path(__file__).with_name("_learned.json")
FORMAT = 1
"""The layout of the weights file this code reads."""

Key = str | tuple[str, str]
START, END = "<s>", "</s>"
NEVER = 2.0
"""An ``add`` probability no sentence reaches."""

# Behaviours the course names whose wording a bag of words may mistake for a habit ("I
# felt let down" is the "I" statement the exercise asks for): only the rules mark these.
_ASKED_FOR = frozenset({"i-statement", "say-the-need", "ask-permission"})
# Rule findings that leave a sentence to the rules: a sentence-scope model confuses
# neighbouring habits more than it finds new ones; a reply-scope one only reflections.
_LEFT_TO_RULES = {"sentence": HARMFUL | {"reflection"}, "reply": frozenset({"reflection"})}
SCOPES = ("sentence", "reply")


def keys(words: Iterable[str]) -> list[Key]:
    """The keys the model reads in one sentence: its words and pairs, each once, in order."""
    words = tuple(words)
    if not words:
        return [(START, END)]
    pairs = zip((START, *words[:-1]), words, strict=True)
    out = dict.fromkeys(chain.from_iterable(zip(words, pairs, strict=True)))
    out[(words[-1], END)] = None
    return list(out)


def key_text(key: Key) -> str:
    """A key as the weights file spells it: a word, or "first second" for a pair."""
    return key if isinstance(key, str) else f"{key[0]} {key[1]}"


def _key(text: str) -> Key:
    first, space, second = text.partition(" ")
    return (first, second) if space else text


def _logistic(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class LabelModel:
    """One label's weights and the two probabilities the combination uses."""

    label: str
    bias: float
    weights: dict[Key, float]
    add: float = NEVER
    """Harmful labels: a sentence at or above this adds a note the rules did not give."""
    veto: float = 0.0
    """Skills: a rule's note is held back when all its sentences are below this."""
    scope: str = "sentence"
    """What one probability is about: a ``sentence`` or the whole ``reply``."""

    def weight(self, keys: Iterable[Key]) -> float:
        """The weights of these keys, added in order (without the bias)."""
        return sum(map(self.weights.get, keys, repeat(0.0)), 0.0)

    def probability(self, keys: Iterable[Key]) -> float:
        return _logistic(self.bias + self.weight(keys))


@dataclass(frozen=True)
class Learned:
    """The label models read from a weights file, and the exercises they may speak in."""

    labels: dict[str, LabelModel]
    exercises: frozenset[str] = frozenset()
    """The exercises the training replies answer: the model speaks only in these."""

    @classmethod
    def from_dict(cls, data: dict) -> Learned:
        if data.get("format") != FORMAT:
            raise ValueError(
                f"the coach's weights file has format {data.get('format')!r};"
                f" this code reads format {FORMAT}"
            )
        labels = {}
        for label, spec in data["labels"].items():
            if label not in SKILLS and label not in HARMFUL:
                raise ValueError(f"the coach's weights file names an unknown label {label!r}")
            scope = spec.get("scope", "sentence")
            if scope not in SCOPES:
                raise ValueError(f"the coach's weights file gives {label!r} an unknown scope")
            labels[label] = LabelModel(
                label,
                float(spec["bias"]),
                {_key(k): float(w) for k, w in spec["weights"].items()},
                NEVER if spec.get("add") is None else float(spec["add"]),
                float(spec.get("veto") or 0.0),
                scope,
            )
        return cls(labels, frozenset(data.get("exercises", ())))


@lru_cache(maxsize=1)
def shipped() -> Learned | None:
    """The model shipped with the package, read once; None without a weights file."""
    try:
        text = WEIGHTS.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return Learned.from_dict(json.loads(text))


ACTIVE: list[Learned | None] = [None]
"""The model in use when not None. ``bench/train_coach.py`` puts a cross-validation
fold's model here to score it, and an empty one to score the rules alone."""


def current() -> Learned | None:
    active = ACTIVE[0]
    return active if active is not None else shipped()


def acts(rubric: Rubric) -> bool:
    """Whether the learned check acts in this exercise (it was trained on its replies)."""
    model = current()
    return model is not None and bool(model.labels) and rubric.exercise in model.exercises


def adjust(reading: Reading, found: list[Candidate], rubric: Rubric) -> list[Candidate]:
    """The rules' candidates with the learned model's vetoes and additions (see the module)."""
    model = current()
    if model is None or not acts(rubric):
        return found
    parts = reading.parts
    read: dict[int, list[Key]] = {}

    def sentence(index: int) -> list[Key]:
        got = read.get(index)
        if got is None:
            got = read[index] = keys(parts[index].words)
        return got

    whole: list[list[Key]] = []

    def reply() -> list[Key]:
        if not whole:
            whole.append(list(dict.fromkeys(chain.from_iterable(sentence(p.index) for p in parts))))
        return whole[0]

    out = found
    for label, lm in model.labels.items():
        if label in HARMFUL:
            if lm.add > 1.0 or any(c.label == label for c in found):
                continue
            best: tuple[float, int] | None = None
            if lm.scope == "reply":
                p = lm.probability(reply())
                if p >= lm.add:
                    heaviest: tuple[float, int] | None = None
                    for part in parts:
                        if _vetoed(part, parts, found, rubric, label, lm.scope):
                            continue
                        w = lm.weight(sentence(part.index))
                        if heaviest is None or w > heaviest[0]:
                            heaviest = (w, part.index)
                    if heaviest is not None:
                        best = (p, heaviest[1])
            else:
                for part in parts:
                    if _vetoed(part, parts, found, rubric, label, lm.scope):
                        continue
                    p = lm.probability(sentence(part.index))
                    if p >= lm.add and (best is None or p > best[0]):
                        best = (p, part.index)
            if best is None:
                continue
            kind = ""
            if label == "minimizing" and rubric.kind and "minimizing" not in rubric.avoids:
                kind = "silent"  # as the rules do: no feeling of the person's is at stake
            added = Candidate(
                label, kind, best[1], 4.0 * best[0], frozenset({label.replace("_", "-")})
            )
            out = [*out, added]
        elif lm.veto > 0.0:
            mine = [c for c in out if c.label == label and c.kind != "suicide"]
            if not mine:
                continue
            if all(lm.probability(sentence(c.index)) < lm.veto for c in mine):
                out = [c for c in out if c not in mine]
    return out


def _vetoed(
    part: Part,
    parts: Sequence[Part],
    found: Sequence[Candidate],
    rubric: Rubric,
    label: str,
    scope: str = "sentence",
) -> bool:
    """Whether the model may not add ``label`` on this sentence (see the module)."""
    if part.score.small_talk:
        return True
    if label == "promising_secrecy" and (part.has("shape_limit") or limited(part.features)):
        return True
    if _about_suicide(part, parts):
        return True
    asked = _ASKED_FOR & rubric.does.keys()
    left = _LEFT_TO_RULES[scope]
    return any(c.index == part.index and (c.label in left or c.behaviours & asked) for c in found)


def _about_suicide(part: Part, parts: Sequence[Part]) -> bool:
    """A sentence naming suicide or self-harm, or a question right after one.

    "Sometimes people who feel this low think about suicide. Is that on your mind?" asks
    directly in two sentences: the first leads into the question and is part of it.
    """
    if part.has("suicide"):
        return True
    asks = part.score.question or part.score.sentence.question
    return bool(asks) and part.index > 0 and parts[part.index - 1].has("suicide")
