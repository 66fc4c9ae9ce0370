"""Where a notebook call is being shown: the render context.

Every notebook function reads the current :class:`RenderContext`: which content, which
edition (learner or facilitator), which mode (JupyterLab, the app, or a handout), the
lesson so far, and whether a problem with the content raises (tests, handouts) or is
shown as a plain notice (a learner's notebook).

A kernel has one live context, made on first use; ``peerkit.lesson(...)`` records the
lesson in it. Handouts and the cells peerkit writes into notebooks call the same
functions inside :func:`using`, with a context of their own, and take each object's
static HTML for that context.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from .._modes import Mode
from ..content import LessonEntry, Library, Region, load_library
from ..static import Edition


class Unset:
    """No region fixed: the crisis panel follows the course's settings and the learner."""


UNSET = Unset()

STRICT_ENV = "PEERKIT_STRICT"
"""Set (tests set it) to make a content problem raise instead of showing a notice."""


def strict_from_environment() -> bool:
    return os.environ.get(STRICT_ENV, "") not in ("", "0", "false", "no")


class RenderContext:
    """What a notebook call needs to know about where it is shown.

    ``library``: the content (None: read it when needed; a live context does, and it is
    cached while the files are unchanged). ``edition``: learner or facilitator. ``mode``:
    where it is read (``lab``, ``app`` or ``handout``). ``strict``: a content problem
    raises instead of showing a notice. ``fixed_region``: for output every reader shares
    (handouts, the cells written into notebooks) the crisis panel shows exactly this
    region (None: every region's main line), never one from the environment or a
    learner's choice; live output passes nothing and the panel follows the course's
    settings and the learner.
    """

    def __init__(
        self,
        library: Library | None = None,
        *,
        edition: Edition = "learner",
        mode: Mode = "lab",
        strict: bool | None = None,
        fixed_region: Region | Unset | None = UNSET,
    ) -> None:
        self._library = library
        self.edition: Edition = edition
        self.mode: Mode = mode
        self._strict = strict
        self.fixed = not isinstance(fixed_region, Unset)
        self.fixed_region: Region | None = None if isinstance(fixed_region, Unset) else fixed_region
        self.lesson: LessonEntry | None = None
        """The lesson started with ``peerkit.lesson(...)``, if any."""
        self.shown: list[Any] = []
        """What this context has shown with ``peerkit.show`` (the objects, in order)."""
        self.reported: set[tuple[Any, ...]] = set()
        """Content problems already spelt out in a notice here (each set is listed once)."""

    @property
    def library(self) -> Library:
        """The content; raises :class:`~peerkit.content.ContentError` when it cannot be read."""
        return self._library if self._library is not None else load_library()

    @property
    def strict(self) -> bool:
        """A content problem raises (given, or else ``PEERKIT_STRICT`` as it is set now)."""
        return strict_from_environment() if self._strict is None else self._strict

    @property
    def live(self) -> bool:
        """True in a running kernel (JupyterLab or the app), False for a handout."""
        return self.mode != "handout"


_LIVE: RenderContext | None = None
_CURRENT: ContextVar[RenderContext | None] = ContextVar("peerkit_render_context", default=None)


def live_context() -> RenderContext:
    """This kernel's own context (made on first use)."""
    global _LIVE
    if _LIVE is None:
        _LIVE = RenderContext()
    return _LIVE


def reset_live_context() -> None:
    """Forget the lesson and what was shown, as a kernel restart does (tests use it)."""
    global _LIVE
    _LIVE = None


def current() -> RenderContext:
    """The context notebook calls are shown in now."""
    return _CURRENT.get() or live_context()


@contextmanager
def using(ctx: RenderContext) -> Iterator[RenderContext]:
    """Show notebook calls in ``ctx`` while the block runs."""
    token = _CURRENT.set(ctx)
    try:
        yield ctx
    finally:
        _CURRENT.reset(token)
