"""What every notebook function returns: an object that shows itself live and as static HTML.

A :class:`Block` has three representations: a live ipywidgets view where a kernel runs
it (JupyterLab, Binder, Voila), a static ``text/html`` for the render context (what saved
notebooks, nbconvert and the handouts show) and a short fixed ``text/plain``. (nbconvert
shows the widget view whenever the saved notebook holds its state, and the static HTML
only when it does not.) Handouts never build widgets: they ask each
block for :meth:`Block.static_html` in their own context.

Bad content never raises into a learner's notebook: the function returns a
:class:`Notice` naming the file, the line and the fix instead. In a strict context
(tests set ``PEERKIT_STRICT=1``; handouts are always strict) the same problem raises.
"""

from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as W

from ..content import ContentError
from ..content._cells import CellProblem
from ..static import with_style
from ._context import RenderContext, current


class Block:
    """What a notebook function returns (see the module's docstring)."""

    def static_html(self, ctx: RenderContext) -> str:
        """The HTML for ``ctx``, without a stylesheet: what a handout or a saved notebook shows."""
        raise NotImplementedError

    def plain(self, ctx: RenderContext) -> str:
        """A short fixed text stand-in."""
        raise NotImplementedError

    def live_widget(self, ctx: RenderContext) -> W.Widget | None:
        """The live view in a running kernel; None when the static HTML is all there is."""
        return None

    def before_run(self, ctx: RenderContext) -> str | None:
        """What stands in for the call in JupyterLab until the lesson runs; None: nothing."""
        return None

    def __repr__(self) -> str:
        return self.plain(current())

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        # IPython passes include/exclude; every format is offered and IPython filters them.
        ctx = current()
        bundle: dict[str, Any] = {}
        widget = self.live_widget(ctx)
        if widget is not None:
            bundle.update(widget._repr_mimebundle_() or {})
        bundle["text/plain"] = self.plain(ctx)
        bundle["text/html"] = with_style(self.static_html(ctx))
        return bundle


class StaticBlock(Block):
    """HTML with a fixed plain-text stand-in (a reference list, an agenda)."""

    def __init__(self, html: str, text: str, *, before_run: bool = False):
        self.html = html
        self.text = text
        self._before_run = before_run

    def static_html(self, ctx: RenderContext) -> str:
        return self.html

    def plain(self, ctx: RenderContext) -> str:
        return self.text

    def before_run(self, ctx: RenderContext) -> str | None:
        return self.html if self._before_run else None


BRIEF_NOTICE = (
    "This part of the lesson could not be loaded either: the notice above, near the top of this"
    " notebook, says why."
)


class Notice(Block):
    """A plain message shown instead of content that could not be loaded.

    The first notice of a kernel lists the problems for whoever maintains the content;
    later ones (``brief``) say only that this part is missing too, so a broken file
    gives a notebook one list, not one per cell.
    """

    def __init__(self, error: ContentError, brief: bool = False):
        self.error = error
        self.brief = brief

    def plain(self, ctx: RenderContext) -> str:
        return BRIEF_NOTICE if self.brief else "This part of the lesson could not be loaded."

    def __repr__(self) -> str:
        return self.plain(current())

    def static_html(self, ctx: RenderContext) -> str:
        if self.brief:
            return f'<div class="pk-item pk-notice" role="note"><p>{escape(BRIEF_NOTICE)}</p></div>'
        lines = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in self.error.problems)
        return (
            '<div class="pk-item pk-notice" role="alert"><p><strong>This part of the lesson could not be'
            " loaded.</strong> Please tell your facilitator; the rest of the lesson still works."
            f" For whoever maintains the content:</p><ul>{lines}</ul></div>"
        )

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        # IPython passes include/exclude; every format is offered and IPython filters them.
        ctx = current()
        text = BRIEF_NOTICE if self.brief else f"{self.plain(ctx)[:-1]}:\n{self.error}"
        return {"text/plain": text, "text/html": self.static_html(ctx)}


def fail(err: ContentError) -> Notice:
    """What a call shows for content that cannot be loaded (a strict context raises it)."""
    ctx = current()
    if ctx.strict:
        raise err
    if err.problems in ctx.reported:
        return Notice(err, brief=True)
    ctx.reported.add(err.problems)
    return Notice(err)


class GuideNotice(Block):
    """A plain message in the facilitator guide instead of a traceback (strict contexts raise)."""

    def __init__(self, problem: str, fix: str):
        self.problem = problem
        self.fix = fix

    def static_html(self, ctx: RenderContext) -> str:
        return (
            '<div class="pk-item pk-notice" role="alert"><p><strong>This part of the guide could not'
            f" be made.</strong> {escape(self.problem[:1].upper() + self.problem[1:])}:"
            f" {escape(self.fix)}.</p></div>"
        )

    def plain(self, ctx: RenderContext) -> str:
        return f"This part of the guide could not be made: {self.problem} - {self.fix}."


def guide_problem(problem: str, fix: str) -> Block:
    """The guide's message for a problem it names (a strict context raises it)."""
    if current().strict:
        raise CellProblem(problem, fix)
    return GuideNotice(problem, fix)


GUIDE_BRIEF = "This part of the guide could not be made either: the notice above says why."


def guide_content_problem(err: ContentError) -> Block:
    """The guide's notice for content that cannot be loaded: the problem once per kernel, then
    a short line (the guide has a cell per lesson, and one broken file breaks them all)."""
    ctx = current()
    if ctx.strict:
        raise err
    if err.problems in ctx.reported:
        return StaticBlock(
            f'<div class="pk-item pk-notice" role="note"><p>{escape(GUIDE_BRIEF)}</p></div>',
            GUIDE_BRIEF,
        )
    ctx.reported.add(err.problems)
    first = err.problems[0]
    more = len(err.problems) - 1
    also = f" ({more} more: peerkit validate lists them all)" if more else ""
    return GuideNotice(f"{first.file}:{first.line}: {first.problem}{also}", first.fix)
