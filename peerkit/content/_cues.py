"""Cues in the shape of the choices: what a learner could guess without reading them.

A *scored decision* is a case-study step (a right reply is one marked ``follows``),
a single-answer quiz question (the correct option) or a part of an agreement builder
(its sentence marked ``follows``). Two cues give the answer
away whatever the words say:

- length: the right option is much longer than the wrong ones. A right option is
  flagged when it is more than :data:`LENGTH_LIMIT` times the median length (in
  characters) of the wrong options at that step;
- position: one position holds most right answers. In a lesson with at least
  :data:`MIN_DECISIONS` scored decisions, option *k* is flagged when it is a right
  answer at more than half of them, and "always choose option *k*" beats a blind
  guess by more than :data:`POSITION_MARGIN` (so a lesson of steps with two right
  replies out of three is not flagged for being fair).

``peerkit validate`` turns these into warnings (``--strict`` makes them errors) and
``bench/item_cues.py`` prints the figures over the whole course from the same
definitions. Positions are the file order, which is the order handouts print;
the live widgets shuffle it per learner.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._models import Case, Item, Quiz
from ._practice_models import AgreementBuilder
from ._problems import Problem
from ._yaml import YamlDocument

LENGTH_LIMIT = 1.3
"""A right option longer than this many times the median wrong option is a cue."""
LENGTH_AIM = (0.8, 1.2)
"""The range of right-to-median-wrong length ratios item writers aim for."""
MIN_DECISIONS = 4
"""Fewer scored decisions than this in a lesson say nothing about position."""
POSITION_MARGIN = 0.10
"""How far "always choose option k" may beat a blind guess before it is a cue."""


def median(values: Sequence[float]) -> float:
    """The middle value (the mean of the two middle ones for an even count)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("median of nothing")
    middle = len(ordered) // 2
    return (ordered[(len(ordered) - 1) // 2] + ordered[middle]) / 2


@dataclass(frozen=True)
class Decision:
    """One scored choice: where it is, the options' texts, and which of them are right.

    ``ids`` and ``paths`` (each option's id and its key path in the file) are
    there for messages; the figures need only ``texts`` and ``right``.
    """

    kind: str
    where: str
    texts: tuple[str, ...]
    right: tuple[bool, ...]
    ids: tuple[str, ...] = ()
    paths: tuple[tuple[Any, ...], ...] = ()

    @property
    def chance(self) -> float:
        """The share of options that are right: what a blind pick scores."""
        return sum(self.right) / len(self.right)

    @property
    def lengths(self) -> tuple[int, ...]:
        return tuple(len(t) for t in self.texts)

    def longest(self) -> float:
        """Score of picking the longest option (ties shared evenly among the longest)."""
        top = max(self.lengths)
        tied = [r for n, r in zip(self.lengths, self.right, strict=True) if n == top]
        return sum(tied) / len(tied)

    def position(self, k: int) -> float:
        """Score of picking option k (0-based); a blind guess when there is no option k."""
        return float(self.right[k]) if k < len(self.right) else self.chance

    def median_wrong(self) -> float | None:
        """The median length of the wrong options; None when every option is right."""
        wrong = [n for n, r in zip(self.lengths, self.right, strict=True) if not r]
        return median(wrong) if wrong else None

    def ratio(self, k: int) -> float | None:
        """Option k's length over the median wrong length (None without wrong options)."""
        base = self.median_wrong()
        return self.lengths[k] / base if base else None

    def max_ratio(self) -> float | None:
        """The longest right option over the median wrong one; None without both kinds."""
        ratios = [self.ratio(k) for k, r in enumerate(self.right) if r]
        found = [x for x in ratios if x is not None]
        return max(found) if found else None

    def too_long(self) -> list[int]:
        """The right options (0-based) longer than :data:`LENGTH_LIMIT` times the median wrong."""
        return [
            k
            for k, r in enumerate(self.right)
            if r and (ratio := self.ratio(k)) is not None and ratio > LENGTH_LIMIT + 1e-9
        ]

    def describe(self) -> str:
        """Each option's length (right ones starred), and right length over the median wrong one."""
        lengths = ", ".join(
            f"{n}{'*' if r else ''}" for n, r in zip(self.lengths, self.right, strict=True)
        )
        ratio = self.max_ratio()
        if ratio is None:
            return f"lengths {lengths}"
        flag = f"  LONGER THAN {LENGTH_LIMIT}x" if self.too_long() else ""
        return f"lengths {lengths}; right/median wrong {ratio:.2f}{flag}"


def item_decisions(item: Item) -> tuple[list[Decision], int]:
    """The scored decisions of one item, and how many multi-answer questions it left out."""
    found: list[Decision] = []
    skipped = 0
    if isinstance(item, Case):
        for i, node in enumerate(item.nodes):
            found.append(
                Decision(
                    "case",
                    f"{item.id}/{node.id}",
                    tuple(c.text for c in node.choices),
                    tuple(c.verdict == "follows" for c in node.choices),
                    tuple(c.id for c in node.choices),
                    tuple(("nodes", i, "choices", j, "text") for j in range(len(node.choices))),
                )
            )
    elif isinstance(item, Quiz):
        for i, question in enumerate(item.questions):
            if question.multiple:
                skipped += 1
                continue
            found.append(
                Decision(
                    "quiz",
                    f"{item.id}/{question.id}",
                    tuple(o.text for o in question.options),
                    tuple(o.correct for o in question.options),
                    tuple(o.id for o in question.options),
                    tuple(
                        ("questions", i, "options", j, "text") for j in range(len(question.options))
                    ),
                )
            )
    elif isinstance(item, AgreementBuilder):
        for i, part in enumerate(item.parts):
            found.append(
                Decision(
                    "agreement",
                    f"{item.id}/{part.id}",
                    tuple(o.text for o in part.options),
                    tuple(o.verdict == "follows" for o in part.options),
                    tuple(o.id for o in part.options),
                    tuple(("parts", i, "options", j, "text") for j in range(len(part.options))),
                )
            )
    return found, skipped


def decisions(items: Iterable[Item]) -> tuple[list[Decision], int]:
    """Every scored decision of ``items``, and how many multi-answer questions were left out."""
    found: list[Decision] = []
    skipped = 0
    for item in items:
        more, left_out = item_decisions(item)
        found += more
        skipped += left_out
    return found, skipped


@dataclass(frozen=True)
class PositionCue:
    """Option ``k`` (0-based) is right at ``hits`` of ``total`` decisions; chance is ``chance``."""

    k: int
    hits: int
    total: int
    chance: float

    @property
    def rate(self) -> float:
        return self.hits / self.total


def position_cues(found: Sequence[Decision]) -> list[PositionCue]:
    """Positions that are a right answer at more than half of ``found`` and beat chance.

    Empty with fewer than :data:`MIN_DECISIONS` decisions.
    """
    total = len(found)
    if total < MIN_DECISIONS:
        return []
    chance = sum(d.chance for d in found) / total
    widest = max(len(d.right) for d in found)
    cues = []
    for k in range(widest):
        hits = sum(1 for d in found if k < len(d.right) and d.right[k])
        if hits * 2 > total and hits / total > chance + POSITION_MARGIN + 1e-9:
            cues.append(PositionCue(k, hits, total, chance))
    return cues


# --- warnings for peerkit validate -------------------------------------------------


def _step_name(decision: Decision) -> str:
    inner = decision.where.split("/", 1)[1]
    noun = {"case": "step", "agreement": "part"}.get(decision.kind, "question")
    return f"{noun} '{inner}'"


def length_warnings(doc: YamlDocument, item: Item) -> list[Problem]:
    """A warning at every right option much longer than the wrong ones at its step."""
    problems = []
    for decision in item_decisions(item)[0]:
        base = decision.median_wrong()
        for k in decision.too_long():
            noun, nouns = {
                "case": ("reply", "replies"),
                "agreement": ("sentence", "sentences"),
            }.get(decision.kind, ("option", "options"))
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(decision.paths[k]),
                    f"the right {noun} '{decision.ids[k]}' at {_step_name(decision)} is"
                    f" {decision.ratio(k):.2f} times as long as the median wrong {noun}"
                    f" ({decision.lengths[k]} characters against {base:g}), so a learner can pick"
                    f" it by its length (the limit is {LENGTH_LIMIT})",
                    f"shorten it, or give the wrong {nouns} as much to say"
                    f" (aim for {LENGTH_AIM[0]}-{LENGTH_AIM[1]} times)",
                )
            )
    return problems


def lesson_of(file: str) -> str | None:
    """The lesson folder a content file sits in (``data/lessons/<lesson>/...``), if any."""
    parts = Path(file).parts
    if "lessons" in parts:
        at = len(parts) - 1 - parts[::-1].index("lessons")
        if at + 2 < len(parts):
            return parts[at + 1]
    return None


def position_warnings(files: Iterable[tuple[YamlDocument, Item]]) -> list[Problem]:
    """One warning per lesson and position that holds most of the lesson's right answers.

    It is placed at the file with the most right answers in that position (at its
    first one) and lists how many each file has, so the author knows where to move them.
    """
    by_lesson: dict[str, list[tuple[YamlDocument, Decision]]] = {}
    for doc, item in files:
        lesson = lesson_of(doc.file)
        if lesson is None:
            continue
        by_lesson.setdefault(lesson, []).extend((doc, d) for d in item_decisions(item)[0])
    problems = []
    for lesson, pairs in sorted(by_lesson.items()):
        for cue in position_cues([d for _, d in pairs]):
            per_file: dict[str, tuple[YamlDocument, list[Decision]]] = {}
            for doc, d in pairs:
                if cue.k < len(d.right) and d.right[cue.k]:
                    per_file.setdefault(doc.file, (doc, []))[1].append(d)
            doc, hits = max(per_file.values(), key=lambda entry: len(entry[1]))
            spread = ", ".join(
                f"{Path(name).name} {len(found)}" for name, (_, found) in per_file.items()
            )
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(hits[0].paths[cue.k]),
                    f"option {cue.k + 1} is a right answer at {cue.hits} of the {cue.total}"
                    f" scored decisions checked in lesson {lesson} ({cue.rate:.0%}; more than half,"
                    f" where a blind guess gets {cue.chance:.0%}); by file: {spread}",
                    "move some of these right answers to other positions so that no"
                    " position holds more than half (handouts print the file order)",
                )
            )
    return problems


def cue_warnings(files: Iterable[tuple[YamlDocument, Item]]) -> list[Problem]:
    """Every length and position warning for these loaded content files."""
    files = list(files)
    problems: list[Problem] = []
    for doc, item in files:
        problems += length_warnings(doc, item)
    problems += position_warnings(files)
    return sorted(set(problems))
