"""Reading lesson notebooks without running them: the one parser for their code cells.

A lesson notebook's code cells are a ``# label`` line and one call such as
``peerkit.show("cs02-drank-again")``. Everything that reads notebooks (``peerkit
validate``, ``peerkit clean-notebooks``, the app, the handouts, the tests) reads the
calls here: parsed with ``ast`` (plain values only), never executed, so nothing a
learner typed or saved can reach what is made from them.

Some cells are made by peerkit from data (:data:`GENERATED_TAGS`): the stand-ins that
show an exercise's title before a lesson runs, and the links between lessons. They are
rewritten by ``peerkit clean-notebooks``; :func:`authored_cells` leaves them out.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

EXAMPLE = 'peerkit.show("item-id")'

BEFORE_RUN = "before-run"
"""The tag of a cell that stands in for a call until it runs (JupyterLab only)."""
NAV_TAGS = ("lesson-nav-top", "lesson-nav")
"""The tags of the links to the previous and next lesson, at the top and the bottom
(:mod:`peerkit._navigation` writes them)."""
GENERATED_TAGS = frozenset({BEFORE_RUN, *NAV_TAGS})
"""Cells peerkit writes from data (``peerkit clean-notebooks``)."""


class CellProblem(ValueError):
    """A code cell that is not one readable peerkit call: what is wrong and how to fix it."""

    def __init__(self, problem: str, fix: str):
        super().__init__(f"{problem} - {fix}")
        self.problem = problem
        self.fix = fix


@dataclass(frozen=True)
class Call:
    """One parsed call: ``peerkit.<name>(*args, **kwargs)`` with plain values only."""

    name: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)

    def first(self, keyword: str) -> Any:
        """The first argument, given by position or as ``keyword=``; None when absent."""
        if self.args:
            return self.args[0]
        return self.kwargs.get(keyword)


def parse_cell(source: str) -> Call:
    """The one peerkit call in a code cell, read without running it; raises :class:`CellProblem`."""
    try:
        tree = ast.parse(source)
    except SyntaxError as err:
        raise CellProblem(
            f"the code cannot be read (line {err.lineno}: {err.msg})",
            f"write a '# label' line and one call such as {EXAMPLE}",
        ) from None
    calls = []
    for statement in tree.body:
        if isinstance(statement, ast.Import) and [(a.name, a.asname) for a in statement.names] == [
            ("peerkit", None)
        ]:
            continue
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
            calls.append(statement.value)
            continue
        raise CellProblem(
            f"the cell does something other than call peerkit ({_describe(statement)})",
            f"keep only a '# label' line and one call such as {EXAMPLE}",
        )
    if len(calls) != 1:
        raise CellProblem(
            f"the cell has {len(calls)} calls", f"give it exactly one, such as {EXAMPLE}"
        )
    node = calls[0]
    func = node.func
    if not (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "peerkit"
    ):
        raise CellProblem(
            f"'{ast.unparse(func)}' is not a peerkit function",
            f"call a peerkit function, such as {EXAMPLE}",
        )
    try:
        args = tuple(ast.literal_eval(arg) for arg in node.args)
        kwargs = {kw.arg: ast.literal_eval(kw.value) for kw in node.keywords if kw.arg}
    except ValueError:
        raise CellProblem(
            f"'{ast.unparse(node)}' passes something other than plain values",
            "pass only text in quotes, numbers, True/False or None",
        ) from None
    if any(kw.arg is None for kw in node.keywords):
        raise CellProblem(f"'{ast.unparse(node)}' unpacks arguments", "write each argument out")
    return Call(func.attr, args, kwargs)


def _describe(statement: ast.stmt) -> str:
    text = ast.unparse(statement).splitlines()[0]
    return text if len(text) <= 60 else text[:57] + "..."


# --- cells ----------------------------------------------------------------------------


def source_of(cell: dict[str, Any]) -> str:
    return "".join(cell.get("source", ""))


def tags_of(cell: dict[str, Any]) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def is_generated(cell: dict[str, Any]) -> bool:
    """A cell peerkit writes from data (a stand-in until a call runs, or links between lessons)."""
    return bool(GENERATED_TAGS & set(tags_of(cell)))


def call_of(cell: dict[str, Any]) -> Call | None:
    """The call a code cell makes; None for other cells and for code that is not one call."""
    if cell.get("cell_type") != "code":
        return None
    try:
        return parse_cell(source_of(cell))
    except CellProblem:
        return None


def calls(nb: dict[str, Any]) -> Iterator[tuple[int, Call]]:
    """(cell number from 1, call) for every code cell of ``nb`` that is one peerkit call."""
    for number, cell in enumerate(nb.get("cells", []), start=1):
        found = call_of(cell)
        if found is not None:
            yield number, found


def lesson_id(nb: dict[str, Any]) -> str | None:
    """The lesson a notebook starts: its first code cell's ``peerkit.lesson(...)``, or None."""
    first = next((c for c in nb.get("cells", []) if c.get("cell_type") == "code"), None)
    found = call_of(first) if first is not None else None
    if found is None or found.name != "lesson":
        return None
    value = found.first("lesson_id")
    return value if isinstance(value, str) else None


def shown_ids(nb: dict[str, Any]) -> list[str]:
    """The ids a notebook shows with ``peerkit.show(...)``, in order."""
    return [
        value
        for _, call in calls(nb)
        if call.name == "show" and isinstance(value := call.first("item_id"), str)
    ]


def shown_in(cell: dict[str, Any]) -> list[str]:
    """The item id a cell shows with ``peerkit.show(...)``, as a list (empty for other cells)."""
    found = call_of(cell)
    value = found.first("item_id") if found is not None and found.name == "show" else None
    return [value] if isinstance(value, str) else []


def read_notebook(path: Path) -> dict[str, Any]:
    """A notebook file's JSON (raises OSError or ValueError for a file that cannot be read)."""
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise ValueError(f"{path} is not a notebook")
    return nb


def authored_cells(path: Path) -> list[dict[str, Any]]:
    """A notebook's cells as its authors wrote them: without the cells peerkit makes from data."""
    return [cell for cell in read_notebook(path)["cells"] if not is_generated(cell)]


def source_lines(raw: str) -> dict[int, int]:
    """For each cell index, the line of its ``"source"`` in the notebook file."""
    lines: dict[int, int] = {}
    cell = -1
    in_cells = False
    for number, line in enumerate(raw.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith('"cells"'):
            in_cells = True
        if in_cells and stripped.startswith('"cell_type"'):
            cell += 1
        if in_cells and cell >= 0 and stripped.startswith('"source"') and cell not in lines:
            lines[cell] = number
    return lines
