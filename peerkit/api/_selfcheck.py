"""Drive every exercise a notebook has shown through fresh widget views, in the live kernel.

A notebook's last code cell calls :func:`self_check`. It prints nothing when all
is well and raises :class:`SelfCheckError` (failing the nbval run) when a view
does not lead where its content says. It never touches the widgets the learner
is using: it builds new, undisplayed views of the same content. The checks
themselves are each type's row's ``check`` (:mod:`peerkit.api._checks`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from markupsafe import escape as jinja_escape

from ._blocks import Block
from ._checks import CheckFailed as SelfCheckError
from ._checks import _expect
from ._context import RenderContext, current
from ._registry import row_for

__all__ = ["SelfCheckError", "self_check"]


@contextmanager
def _unsent_widgets() -> Iterator[None]:
    """Build widgets on comms that send nothing to the front end while the check runs.

    The check's views are never displayed, yet every widget a kernel builds is announced
    on the kernel's output channel. A lesson with many case paths builds thousands; the
    channel then drops messages, including the one that says the cell has finished, and
    nbval times out "waiting for output". The views work the same on a silent comm.
    """
    import comm

    real = comm.create_comm
    comm.create_comm = comm.DummyComm
    try:
        yield
    finally:
        comm.create_comm = real


class _Checked(Block):
    """What ``self_check()`` returns when all is well: nothing to show, anywhere."""

    def static_html(self, ctx: RenderContext) -> str:
        return ""

    def plain(self, ctx: RenderContext) -> str:
        return ""

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {}


def self_check() -> Block:
    """Check every exercise shown so far in this kernel; silent when all work."""
    if not current().live:  # a handout has nothing to check
        return _Checked()
    with _unsent_widgets():
        for shown in current().shown:
            item = shown.item
            row = row_for(item)
            for edition in ("learner", "facilitator"):
                html = row.render(item, edition)
                _expect(
                    str(jinja_escape(item.title)) in html,
                    item,
                    f"the {edition} static view has no title",
                )
            if row.check is not None:
                row.check(item, row)
    return _Checked()
