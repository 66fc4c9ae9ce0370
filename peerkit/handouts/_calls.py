"""What each notebook call becomes in a handout: one registry, read without running anything.

A lesson notebook's code cells are a label plus one call such as
``peerkit.show("cs02-drank-again")``. A handout never executes them: each cell is
parsed (``ast``, plain values only), looked up in :data:`CALLS` and replaced by
the static HTML of the same content. The code itself is dropped. Because nothing
runs, nothing a learner typed or saved can reach a handout.

To support a new notebook call, register it here with :func:`handout_call`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..content import ContentError, LessonEntry, Library, Region
from ..static import (
    Edition,
    render_crisis,
    render_lesson,
    render_references,
    stylesheet,
)


class CellProblem(Exception):
    """A code cell a handout cannot show: what is wrong and how to fix it."""

    def __init__(self, problem: str, fix: str):
        super().__init__(f"{problem} - {fix}")
        self.problem = problem
        self.fix = fix


@dataclass
class RenderContext:
    """What a call needs to render: the content, the edition, the region, and the lesson so far."""

    library: Library
    edition: Edition
    region: Region | None
    lesson: LessonEntry | None = None
    shown: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Call:
    """One parsed call: ``peerkit.<name>(*args, **kwargs)`` with plain values only."""

    name: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CallView:
    render: Callable[[RenderContext, Call], str]
    facilitator_only: bool = False


CALLS: dict[str, CallView] = {}
"""The static rendering of every notebook call, by the name after ``peerkit.``."""


def handout_call(name: str, *, facilitator_only: bool = False):
    """Register how ``peerkit.<name>(...)`` appears in a handout.

    Facilitator-only calls render to nothing in the learner edition, without being called.
    """

    def register(
        render: Callable[[RenderContext, Call], str],
    ) -> Callable[[RenderContext, Call], str]:
        CALLS[name] = CallView(render, facilitator_only)
        return render

    return register


# --- reading a cell ------------------------------------------------------------------

_EXAMPLE = 'peerkit.show("item-id")'


def parse_cell(source: str) -> Call:
    """The one peerkit call in a code cell, read without running it."""
    try:
        tree = ast.parse(source)
    except SyntaxError as err:
        raise CellProblem(
            f"the code cannot be read (line {err.lineno}: {err.msg})",
            f"write a '# label' line and one call such as {_EXAMPLE}",
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
            f"keep only a '# label' line and one call such as {_EXAMPLE}",
        )
    if len(calls) != 1:
        raise CellProblem(
            f"the cell has {len(calls)} calls", f"give it exactly one, such as {_EXAMPLE}"
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
            f"call a peerkit function, such as {_EXAMPLE}",
        )
    try:
        args = tuple(ast.literal_eval(arg) for arg in node.args)
        kwargs = {kw.arg: ast.literal_eval(kw.value) for kw in node.keywords if kw.arg}
    except ValueError:
        raise CellProblem(
            f"'{ast.unparse(node)}' passes something other than plain values",
            "pass only text in quotes, numbers, True/False or None",
        ) from None
    if any(kw.arg is None for kw in node.keywords) or any(
        isinstance(a, ast.Starred) for a in node.args
    ):
        raise CellProblem(f"'{ast.unparse(node)}' unpacks arguments", "write each argument out")
    return Call(func.attr, args, kwargs)


def _describe(statement: ast.stmt) -> str:
    text = ast.unparse(statement).splitlines()[0]
    return text if len(text) <= 60 else text[:57] + "..."


def render_call(ctx: RenderContext, call: Call) -> str:
    """The static HTML of one call in this edition ('' for calls with nothing to show)."""
    view = CALLS.get(call.name)
    if view is None:
        raise CellProblem(
            f"handouts do not know how to show peerkit.{call.name}()",
            f"use one of: {', '.join(f'peerkit.{n}()' for n in sorted(CALLS))},"
            " or register it in peerkit/handouts/_calls.py",
        )
    if view.facilitator_only and ctx.edition != "facilitator":
        return ""
    try:
        return view.render(ctx, call)
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


def _args(call: Call, *names: str) -> list[Any]:
    """Positional-or-keyword arguments by name, None when not given."""
    extra = set(call.kwargs) - set(names)
    if len(call.args) > len(names) or extra:
        raise TypeError(f"it takes {', '.join(names) or 'no arguments'}")
    values = list(call.args) + [None] * (len(names) - len(call.args))
    for index, name in enumerate(names):
        if name in call.kwargs:
            values[index] = call.kwargs[name]
    return values


# --- the calls -----------------------------------------------------------------------


@handout_call("lesson")
def _lesson(ctx: RenderContext, call: Call) -> str:
    (lesson_id,) = _args(call, "lesson_id")
    ctx.lesson = ctx.library.lesson(str(lesson_id))
    if ctx.lesson.kind != "lesson":  # the facilitator guide opens with its own introduction
        return _delegate("lesson")(ctx, call)
    return render_lesson(ctx.lesson)


@handout_call("show")
def _show(ctx: RenderContext, call: Call) -> str:
    (item_id,) = _args(call, "item_id")
    from ..api._registry import render_item

    item = ctx.library.item(str(item_id))
    ctx.shown.append(item.id)
    return render_item(item, ctx.edition)


@handout_call("crisis_resources")
def _crisis(ctx: RenderContext, call: Call) -> str:
    (region,) = _args(call, "region")
    chosen = ctx.library.crisis.region(region) if region else ctx.region
    return render_crisis(ctx.library.crisis, chosen)


@handout_call("references")
def _references(ctx: RenderContext, call: Call) -> str:
    _args(call)
    if ctx.lesson is None:
        raise CellProblem(
            "peerkit.references() comes before peerkit.lesson(...)",
            "start the notebook with its peerkit.lesson(...) cell",
        )
    by_id = {r.id: r for r in ctx.library.references.references}
    return render_references(by_id[key] for key in ctx.lesson.references if key in by_id)


@handout_call("self_check")
def _self_check(ctx: RenderContext, call: Call) -> str:
    """A check that runs in the live notebook only; a handout has nothing to check."""
    _args(call)
    return ""


_PRIVATE = (
    '<aside class="pk-item pk-note pk-private" aria-label="Your journal">'
    "<p><strong>Your journal stays with you.</strong> In the live course you can save reflections"
    " to a private journal on your own computer. A handout never contains anyone's journal: write"
    " on paper if you like, and keep it as private as you wish.</p></aside>"
)


def _private_journal(ctx: RenderContext, call: Call) -> str:
    """Journal tools read the learner's private store: a handout shows only what they are for."""
    return _PRIVATE


handout_call("journal_tools")(_private_journal)

_PROGRESS = (
    '<aside class="pk-item pk-note pk-private" aria-label="Your progress">'
    "<p><strong>Your progress.</strong> In the live course this place lists the exercises you"
    " have finished, from a record kept only on your own computer. A handout keeps no record:"
    " tick off each exercise on paper as you go.</p></aside>"
)


@handout_call("region_picker")
def _region_picker(ctx: RenderContext, call: Call) -> str:
    """The picker reads and writes the learner's private store: a handout says what it is for."""
    from html import escape

    from .._crisis_panel import PICKER_STATIC

    _args(call)
    return (
        '<aside class="pk-item pk-note pk-private" aria-label="Choose your region">'
        f"<p>{escape(PICKER_STATIC)}</p></aside>"
    )


@handout_call("progress")
def _private_progress(ctx: RenderContext, call: Call) -> str:
    """Progress is read from the learner's private store: a handout never opens it."""
    _args(call)
    return _PROGRESS


# Calls whose objects are static by nature (agenda, session plans, answer keys, local
# rules): a handout shows the same HTML the notebook shows, taken from the object.


def static_html_of(shown: Any, edition: Edition) -> str:
    """The static HTML of an object a peerkit function returned, without its stylesheet copy."""
    from .._display import Notice

    if isinstance(shown, Notice):  # the content could not be loaded
        raise shown.error
    if hasattr(shown, "static_html"):
        html = shown.static_html(edition)
    else:
        bundle = shown._repr_mimebundle_() if hasattr(shown, "_repr_mimebundle_") else {}
        if isinstance(bundle, tuple):
            bundle = bundle[0]
        html = bundle.get("text/html") if bundle else None
        if html is None and hasattr(shown, "_repr_html_"):
            html = shown._repr_html_()
    if html is None:
        raise CellProblem(
            f"{type(shown).__name__} has no HTML to show", "give it a text/html representation"
        )
    if 'class="pk-item pk-notice"' in html:  # what a notebook shows instead of a traceback
        message = " ".join(re.sub(r"<[^>]+>", " ", html).split())
        raise CellProblem(f"the notebook would show a problem here: {message}", "fix what it names")
    return html.removeprefix(f"<style>{stylesheet()}</style>\n")


def _delegate(name: str) -> Callable[[RenderContext, Call], str]:
    def render(ctx: RenderContext, call: Call) -> str:
        import peerkit

        function = getattr(peerkit, name, None)
        if function is None:
            raise CellProblem(
                f"this peerkit has no peerkit.{name}()", "update peerkit, or remove the cell"
            )
        try:
            shown = function(*call.args, **call.kwargs)
        except (
            ValueError
        ) as err:  # peerkit functions raise these for bad content when PEERKIT_STRICT is set
            raise CellProblem(
                f"peerkit.{name}() cannot be shown: {err}", "fix what it names"
            ) from None
        return static_html_of(shown, ctx.edition)

    return render


for _name, _facilitator in (
    ("agenda", True),
    ("session_plan", True),
    ("time_sensitive_facts", True),
    ("crisis_checks", True),
    ("local_rules", False),
):
    handout_call(_name, facilitator_only=_facilitator)(_delegate(_name))


@handout_call("local_rules")
def _local_rules(ctx: RenderContext, call: Call) -> str:
    """The local rules; only the facilitator edition says which file to fill them in."""
    from ..static import render_local_rules

    _args(call)
    return render_local_rules(ctx.library.jurisdiction, edition=ctx.edition)


@handout_call("answer_key", facilitator_only=True)
def _answer_key(ctx: RenderContext, call: Call) -> str:
    """A printed guide keeps answer keys short: the answers, each linked to the lesson handout.

    The lesson's facilitator handout already shows every rationale and piece of
    feedback open; repeating all of it in the guide would make the guide the
    largest file of the set for no reader's benefit.
    """
    from markupsafe import Markup

    from .._guide import shown_ids
    from ..api._registry import row_for
    from ..content import ContentError
    from ..static import environment

    (lesson_id,) = _args(call, "lesson_id")
    try:
        entry = ctx.library.lesson(lesson_id)
    except ContentError as err:
        raise CellProblem(str(err.problems[0].problem), err.problems[0].fix) from None
    items = [ctx.library.items[i] for i in shown_ids(ctx.library, lesson_id)]
    keys = [
        {"item": item, "kind": row_for(item).kind_name, "html": Markup(row_for(item).key(item))}
        for item in items
        if row_for(item).exercise
    ]
    return (
        environment()
        .get_template("answer_key_compact.html.j2")
        .render(entry=entry, keys=keys)
        .strip()
    )
