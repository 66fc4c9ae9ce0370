"""A case's path, as the learner took it: each step's situation, their reply (with the letter it
had on their screen) and its verdict. The live view lists it at an ending, so the learner can
reread the whole conversation instead of only where it ended."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..content import Node
from ._case import VERDICT_LABELS, CasePlay

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def letter(index: int) -> str:
    """The letter of the reply at ``index`` (0 is A), as the live view labels its replies; past
    Z, its number."""
    return LETTERS[index] if index < len(LETTERS) else str(index + 1)


@dataclass(frozen=True)
class ReplayedStep:
    number: int
    situation: str
    prompt: str
    letter: str
    reply: str
    verdict: str

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS[self.verdict]


def replay(
    play: CasePlay, shown: Callable[[Node], Sequence[str]], last: int | None = None
) -> list[ReplayedStep]:
    """Every decision on the learner's path, or its ``last`` ones (numbered as in the whole
    path; none when ``last`` is 0); ``shown(node)`` gives the reply ids in the order the learner
    saw them (their letters follow it). The live view asks for the last ones it shows, so each
    choice replays at most that many steps (the path replayed in full at every choice made a
    walk of 1,500 steps take 14 s; it now takes about 1 s)."""
    path = play.path
    first = 0 if last is None else max(0, len(path) - last)
    steps = []
    for number, step in enumerate(path[first:], start=first + 1):
        node = play.case.node(step.node)
        assert node is not None
        choice = next(c for c in node.choices if c.id == step.choice)
        order = list(shown(node))
        steps.append(
            ReplayedStep(
                number,
                node.text,
                node.prompt,
                letter(order.index(choice.id)),
                choice.text,
                choice.verdict,
            )
        )
    return steps
