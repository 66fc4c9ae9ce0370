"""A notebook call, shown without a kernel: what handouts and the cells made from data use.

A handout never runs a notebook. Each code cell is parsed (:func:`peerkit.content._cells.parse_cell`)
and the same notebook function is called, inside the handout's render context; the
object it returns gives its static HTML for that context. Facilitator-only functions
give nothing in the learner edition, without being called. Because nothing a learner
typed or saved is read, none of it can reach a handout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..content import ContentError
from ..content._cells import Call, CellProblem
from ._blocks import Block
from ._context import RenderContext, using


@dataclass(frozen=True)
class NotebookFunction:
    """A function a notebook may call, and who may see it."""

    function: Callable[..., Block]
    facilitator_only: bool = False


def call_block(
    ctx: RenderContext, call: Call, functions: dict[str, NotebookFunction]
) -> Block | None:
    """The object ``call`` returns in ``ctx`` (None: nothing for this edition); raises CellProblem."""
    found = functions.get(call.name)
    if found is None:
        raise CellProblem(
            f"there is no notebook function peerkit.{call.name}()",
            f"use one of: {', '.join(f'peerkit.{n}()' for n in sorted(functions))}",
        )
    if found.facilitator_only and ctx.edition != "facilitator":
        return None
    with using(ctx):
        try:
            return found.function(*call.args, **call.kwargs)
        except ContentError as err:
            raise CellProblem(
                f"peerkit.{call.name}() cannot be shown: {'; '.join(str(p) for p in err.problems)}",
                "fix the content (peerkit validate lists every problem)",
            ) from None
        except TypeError as err:  # wrong number or names of arguments
            raise CellProblem(
                f"peerkit.{call.name}() was called the wrong way ({err})",
                "check the call against the other notebooks",
            ) from None


def render_call(ctx: RenderContext, call: Call, functions: dict[str, NotebookFunction]) -> str:
    """The static HTML of one call in ``ctx`` ('' for calls with nothing to show there)."""
    block = call_block(ctx, call, functions)
    if block is None:
        return ""
    with using(ctx):
        try:
            return block.static_html(ctx)
        except ContentError as err:
            raise CellProblem(
                f"peerkit.{call.name}() cannot be shown: {'; '.join(str(p) for p in err.problems)}",
                "fix the content (peerkit validate lists every problem)",
            ) from None
