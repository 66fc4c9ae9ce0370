"""Playing a branching case: where the learner is, what they chose, and where it led.

:class:`CasePlay` is plain Python: tests drive it without a kernel and the
widget view only forwards clicks to it. It never changes the case it plays.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    def is_finished(cls, case: Case, state: Mapping[str, Any]) -> bool:
        """Whether a saved state counts as finished: its path reached an ending."""
        ending = state.get("ending")
        return isinstance(ending, str) and case.ending(ending) is not None

    @classmethod
    def resume_line(cls, case: Case, state: Mapping[str, Any]) -> str | None:
        """What the case says when it opens on a saved state; None when there is nothing to say."""
        path = state.get("path") or []
        if not path:
            return None
        ending = case.ending(str(state.get("ending"))) if state.get("ending") else None
        afresh = " Choose “Start again” to begin afresh." if case.allow_restart else ""
        if ending is not None:
            return f"Last time you reached the ending “{ending.title}”.{afresh}"
        return f"You were at step {len(path) + 1}.{afresh}"

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


PATH_LIMIT = 10_000
"""Most paths :func:`list_paths` lists."""
STEP_BUDGET = 500_000
"""Most choices a walk through a case looks at before it stops (about a second)."""

Path = tuple[tuple[Step, ...], str]


@dataclass(frozen=True)
class PathList:
    """Loop-free paths through a case, and whether that is all of them.

    ``total`` is how many loop-free paths there are, when they could be counted (a
    case without loops is counted exactly however many paths it has; a case with
    loops is counted by walking it, within :data:`STEP_BUDGET`), else None.
    """

    paths: tuple[Path, ...]
    complete: bool
    total: int | None


def _walk(case: Case, limit: int | None, budget: int) -> tuple[list[Path], int, bool]:
    """Depth-first walk of the loop-free paths, without recursion.

    Returns (the first ``limit`` paths, how many paths were seen, whether the walk
    finished); it stops after ``budget`` choices were looked at. With ``limit``
    None, paths are only counted.
    """
    endings = {e.id for e in case.endings}
    nodes = {n.id: n for n in case.nodes}
    paths: list[Path] = []
    seen = 0
    start = case.start_id
    stack: list[list[Any]] = [[start, 0]]  # node id, index of the next choice to try
    steps: list[Step] = []
    on_path = {start}
    work = 0
    while stack:
        frame = stack[-1]
        node = nodes.get(frame[0])
        if node is None or frame[1] >= len(node.choices):
            stack.pop()
            on_path.discard(frame[0])
            if stack:
                steps.pop()
            continue
        choice = node.choices[frame[1]]
        frame[1] += 1
        work += 1
        if work > budget:
            return paths, seen, False
        target = choice.next
        if target in endings:
            seen += 1
            if limit is not None:
                if len(paths) >= limit:
                    return paths, seen, False
                paths.append(((*steps, Step(node.id, choice.id)), target))
            continue
        if target in on_path or target not in nodes:
            continue
        on_path.add(target)
        steps.append(Step(node.id, choice.id))
        stack.append([target, 0])
    return paths, seen, True


def count_paths(case: Case, budget: int = STEP_BUDGET) -> int | None:
    """How many loop-free paths lead from the start to an ending (None: too many to count).

    A case without loops is counted exactly, in one pass over its steps, however many
    paths it has (2**26 is no harder than 2). A case with loops is counted by walking
    its paths, and None means the walk needed more than ``budget`` choices.
    """
    endings = {e.id for e in case.endings}
    nodes = {n.id: n for n in case.nodes}
    order = _topological(case.start_id, nodes, endings)
    if order is not None:
        ways: dict[str, int] = dict.fromkeys(endings, 1)
        for node_id in reversed(order):
            ways[node_id] = sum(ways.get(c.next, 0) for c in nodes[node_id].choices)
        return ways.get(case.start_id, 0)
    _, seen, finished = _walk(case, None, budget)
    return seen if finished else None


def _topological(start: str, nodes: dict[str, Node], endings: set[str]) -> list[str] | None:
    """The nodes reachable from ``start`` in an order where every choice leads forward,
    or None when some path loops back."""
    state: dict[str, int] = {}  # 1: on the current walk, 2: done
    order: list[str] = []
    stack: list[tuple[str, int]] = [(start, 0)]
    state[start] = 1
    while stack:
        node_id, index = stack[-1]
        choices = nodes[node_id].choices
        if index >= len(choices):
            stack.pop()
            state[node_id] = 2
            order.append(node_id)
            continue
        stack[-1] = (node_id, index + 1)
        target = choices[index].next
        if target in endings or target not in nodes:
            continue
        if state.get(target) == 1:
            return None
        if target not in state:
            state[target] = 1
            stack.append((target, 0))
    order.reverse()
    return order


def list_paths(case: Case, limit: int = PATH_LIMIT, budget: int = STEP_BUDGET) -> PathList:
    """The first ``limit`` loop-free paths through ``case``, with the total when it is known.

    Each path runs from the start to an ending, as a (steps, ending id) pair. The
    facilitator edition lists them, and the view checks walk them. The walk stops after
    ``limit`` paths, or after ``budget`` choices were looked at (``complete`` says whether
    the list is all of them); it walks without recursion, so a case of any length is fine.
    """
    paths, _, finished = _walk(case, limit, budget)
    total = len(paths) if finished else count_paths(case, budget)
    return PathList(tuple(paths), finished, total)


def covering_walks(case: Case, budget: int = 50_000) -> list[tuple[tuple[Step, ...], str]]:
    """Walks from the start to an ending that, between them, take every reachable choice.

    For cases with too many paths to try one by one: each walk takes a choice not yet
    taken wherever it can, heads for the nearest step that still has one, and ends at
    the nearest ending. Walks may pass a step twice (a learner can, too). Stops after
    ``budget`` steps in all.
    """
    endings = {e.id for e in case.endings}
    nodes = {n.id: n for n in case.nodes}
    toward_end = _toward_ending(nodes, endings)
    untaken = {(n.id, c.id) for n in case.nodes for c in n.choices}
    walks: list[tuple[tuple[Step, ...], str]] = []
    used = 0
    while untaken and used < budget:
        here = case.start_id
        steps: list[Step] = []
        progress = False
        while here in nodes and used < budget:
            node = nodes[here]
            fresh = [c for c in node.choices if (here, c.id) in untaken and c.next in toward_end]
            if fresh:
                choice = fresh[0]
                progress = True
            else:
                route = _route_to_untaken(here, nodes, untaken, toward_end)
                choice = route if route is not None else toward_end.get(here)
                if choice is None:  # no ending can be reached from here (validation prevents it)
                    break
            untaken.discard((here, choice.id))
            steps.append(Step(here, choice.id))
            used += 1
            here = choice.next
        if here not in endings:
            break
        walks.append((tuple(steps), here))
        if not progress:
            break
    return walks


def _toward_ending(nodes: dict[str, Node], endings: set[str]) -> dict[str, Any]:
    """For every step that can reach an ending: the choice that gets there soonest (endings map to themselves)."""
    reverse: dict[str, list[tuple[str, Choice]]] = {}
    for node in nodes.values():
        for choice in node.choices:
            reverse.setdefault(choice.next, []).append((node.id, choice))
    best: dict[str, Any] = dict.fromkeys(endings, None)
    queue = list(endings)
    for target in queue:  # breadth first: the list grows while it is read
        for source, choice in reverse.get(target, ()):
            if source not in best:
                best[source] = choice
                queue.append(source)
    return best


def _route_to_untaken(
    start: str, nodes: dict[str, Node], untaken: set[tuple[str, str]], toward_end: dict[str, Any]
) -> Choice | None:
    """The first choice on the shortest way from ``start`` to a step with a choice not yet taken."""
    first: dict[str, Choice | None] = {start: None}
    queue = [start]
    for here in queue:
        node = nodes.get(here)
        if node is None:
            continue
        if here != start and any(
            (here, c.id) in untaken and c.next in toward_end for c in node.choices
        ):
            return first[here]
        for choice in node.choices:
            if choice.next not in first and choice.next in nodes:
                first[choice.next] = first[here] or choice
                queue.append(choice.next)
    return None
