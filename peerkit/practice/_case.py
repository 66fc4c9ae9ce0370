"""Playing a branching case: where the learner is, what they chose, and where it led.

:class:`CasePlay` is plain Python: tests drive it without a kernel and the
widget view only forwards clicks to it. It never changes the case it plays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..content import Case, Choice, Ending, Node


class PlayError(ValueError):
    """A move that the current step does not allow (e.g. a choice from another node)."""


@dataclass(frozen=True)
class Step:
    """One decision taken: at ``node`` the learner picked ``choice``."""

    node: str
    choice: str


@dataclass(frozen=True)
class Outcome:
    """What a choice earned: its verdict and feedback, and where it led."""

    choice: Choice
    next: Node | Ending

    @property
    def verdict(self) -> str:
        return self.choice.verdict

    @property
    def feedback(self) -> str:
        return self.choice.feedback


VERDICT_LABELS = {
    "follows": "Follows the principle",
    "partial": "Partly follows the principle",
    "breaks": "Breaks the principle",
}
"""How each verdict is written out: feedback never relies on colour alone."""

OUTCOME_LABELS = {
    "helpful": "A helpful ending",
    "mixed": "A mixed ending",
    "unhelpful": "An unhelpful ending",
}


class CasePlay:
    """The state of one learner's walk through a :class:`Case`."""

    def __init__(self, case: Case):
        self.case = case
        self._steps: list[Step] = []

    # -- where we are ------------------------------------------------------------
    @property
    def path(self) -> tuple[Step, ...]:
        """Every decision taken so far, in order."""
        return tuple(self._steps)

    @property
    def current_id(self) -> str:
        if not self._steps:
            return self.case.start_id
        last = self._steps[-1]
        return self._choice(last.node, last.choice).next

    @property
    def node(self) -> Node | None:
        """The node waiting for a decision, or None once an ending is reached."""
        return self.case.node(self.current_id)

    @property
    def ending(self) -> Ending | None:
        """The ending reached, or None while the case goes on."""
        return self.case.ending(self.current_id)

    @property
    def finished(self) -> bool:
        return self.ending is not None

    @property
    def choices(self) -> tuple[Choice, ...]:
        node = self.node
        return tuple(node.choices) if node else ()

    @property
    def last(self) -> Outcome | None:
        """The outcome of the most recent choice, if any."""
        if not self._steps:
            return None
        step = self._steps[-1]
        choice = self._choice(step.node, step.choice)
        return Outcome(choice, self._target(choice.next))

    @property
    def can_go_back(self) -> bool:
        return self.case.allow_back and bool(self._steps)

    # -- moves -------------------------------------------------------------------
    def choose(self, choice_id: str) -> Outcome:
        """Take the choice ``choice_id`` at the current node."""
        node = self.node
        if node is None:
            raise PlayError("the case has ended; start again to choose differently")
        choice = next((c for c in node.choices if c.id == choice_id), None)
        if choice is None:
            known = ", ".join(c.id for c in node.choices)
            raise PlayError(f"there is no choice '{choice_id}' here (known: {known})")
        self._steps.append(Step(node.id, choice.id))
        return Outcome(choice, self._target(choice.next))

    def back(self) -> bool:
        """Undo the last decision; False when there is nothing to undo or going back is off."""
        if not self.can_go_back:
            return False
        self._steps.pop()
        return True

    def restart(self) -> None:
        """Go back to the start, forgetting the path taken."""
        self._steps.clear()

    # -- saving and resuming -----------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        """A JSON-ready record of the path taken (for saving progress)."""
        ending = self.ending
        return {
            "path": [[s.node, s.choice] for s in self._steps],
            "ending": ending.id if ending else None,
        }

    @classmethod
    def from_state(cls, case: Case, state: dict[str, Any]) -> CasePlay:
        """Replay a saved path; steps that no longer fit the case (it was edited) are dropped."""
        play = cls(case)
        for entry in state.get("path", []):
            try:
                node_id, choice_id = entry
            except (TypeError, ValueError):
                break
            if play.current_id != node_id:
                break
            try:
                play.choose(choice_id)
            except PlayError:
                break
        return play

    # -- helpers -------------------------------------------------------------------
    def _choice(self, node_id: str, choice_id: str) -> Choice:
        node = self.case.node(node_id)
        assert node is not None
        return next(c for c in node.choices if c.id == choice_id)

    def _target(self, step_id: str) -> Node | Ending:
        target = self.case.node(step_id) or self.case.ending(step_id)
        assert target is not None, "validated cases only lead to known steps"
        return target


def all_paths(case: Case, limit: int = 10_000) -> list[tuple[tuple[Step, ...], str]]:
    """Every loop-free path from the start to an ending, as (steps, ending id) pairs.

    Used by tests and the facilitator edition to check and list what a case
    can lead to. Stops after ``limit`` paths.
    """
    paths: list[tuple[tuple[Step, ...], str]] = []
    endings = {e.id for e in case.endings}

    def walk(node_id: str, steps: tuple[Step, ...], seen: frozenset[str]) -> None:
        if len(paths) >= limit:
            return
        if node_id in endings:
            paths.append((steps, node_id))
            return
        node = case.node(node_id)
        if node is None:
            return
        for choice in node.choices:
            if choice.next in seen:
                continue
            walk(choice.next, (*steps, Step(node_id, choice.id)), seen | {choice.next})

    walk(case.start_id, (), frozenset({case.start_id}))
    return paths
