"""The lesson's own calls: its introduction, its content items, its references and local rules."""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from .._modes import text
from ..content import ContentError, Item, LessonEntry
from ..content._cells import CellProblem
from ..static import render_lesson, render_local_rules, render_references, with_style
from ._blocks import Block, StaticBlock, fail
from ._context import RenderContext, current
from ._progress import attach_progress, lesson_line
from ._registry import row_for


class Shown(Block):
    """One content item, ready to display: live where a kernel runs, static everywhere else."""

    def __init__(self, item: Item, lesson: str | None = None):
        self.item = item
        self.lesson = lesson
        self._view: Any = None
        self._widget: Any = None

    @property
    def view(self) -> Any:
        """The widget view (built on first use, over the learner's saved progress)."""
        if self._view is None:
            self._view, self._widget = attach_progress(
                self.item, _lesson_of(self.item, self.lesson)
            )
        return self._view

    @property
    def widget(self) -> Any:
        """What is displayed: the view, under a line about saved progress when there is one."""
        self.view  # noqa: B018 - builds the view and its widget
        return self._widget

    def static_html(self, ctx: RenderContext) -> str:
        return row_for(self.item).render(self.item, ctx.edition)

    def plain(self, ctx: RenderContext) -> str:
        row = row_for(self.item)
        name = f"{row.kind_name}: {self.item.title}"
        if row.exercise:
            return f"{name} (interactive: open this notebook in JupyterLab to practise)"
        return name

    def __repr__(self) -> str:
        return f"{row_for(self.item).kind_name}: {self.item.title}"

    def live_widget(self, ctx: RenderContext) -> W.Widget | None:
        return self.widget

    def before_run(self, ctx: RenderContext) -> str | None:
        return row_for(self.item).summary(self.item, text("before-run", "lab"))


def _lesson_of(item: Item, current_lesson: str | None) -> str | None:
    """The lesson whose folder holds ``item`` (progress is kept there), else the current one."""
    try:
        owners = current().library.lesson_items
    except ContentError:
        return current_lesson
    return next((lesson for lesson, ids in owners.items() if item.id in ids), current_lesson)


def show(item_id: str) -> Block:
    """Show a content item (case, sort, quiz, note, ...) by its id."""
    ctx = current()
    try:
        item = ctx.library.item(item_id)
    except ContentError as err:
        return fail(err)
    shown = Shown(item, ctx.lesson.id if ctx.lesson else None)
    ctx.shown.append(shown)
    return shown


class LessonIntro(Block):
    """A lesson's time, aims and content note, with a "welcome back" line live."""

    def __init__(self, entry: LessonEntry):
        self.entry = entry

    def static_html(self, ctx: RenderContext) -> str:
        return render_lesson(self.entry)

    def plain(self, ctx: RenderContext) -> str:
        entry = self.entry
        return f"Lesson {entry.id}: {entry.title} (about {entry.minutes} minutes)"

    def before_run(self, ctx: RenderContext) -> str | None:
        return self.static_html(ctx)

    def live_widget(self, ctx: RenderContext) -> W.Widget | None:
        try:
            line = lesson_line(ctx.library, self.entry.id)  # "welcome back", live only
        except ContentError:  # the content broke since the lesson started: no line, no traceback
            return None
        if not line:
            return None
        return W.VBox([W.HTML(with_style(self.static_html(ctx))), W.HTML(line)])


def lesson(lesson_id: str) -> Block:
    """Start a lesson: remember which one this notebook is and show its aims and timing."""
    ctx = current()
    try:
        entry = ctx.library.lesson(lesson_id)
    except ContentError as err:
        return fail(err)
    ctx.lesson = entry
    if entry.kind == "guide":
        from ._guide import guide_intro

        return guide_intro(entry)
    return LessonIntro(entry)


class LocalRules(Block):
    """The local rules on reporting and confidentiality (data/jurisdiction.yaml)."""

    def __init__(self, rules: Any):
        self.rules = rules

    def static_html(self, ctx: RenderContext) -> str:
        return render_local_rules(self.rules, edition=ctx.edition)

    def plain(self, ctx: RenderContext) -> str:
        rules = self.rules
        if rules is not None and rules.localised:
            where = f" for {rules.region_name}" if rules.region_name else ""
            checked = (
                f", last checked {rules.last_reviewed.isoformat()}" if rules.last_reviewed else ""
            )
            return f"Local rules on reporting and confidentiality{where}{checked}."
        return (
            "Local rules on reporting and confidentiality: Not yet localised: ask your facilitator."
        )

    def before_run(self, ctx: RenderContext) -> str | None:
        return self.static_html(ctx)


def local_rules() -> Block:
    """The local rules on reporting and confidentiality, or "Not yet localised"."""
    try:
        lib = current().library
    except ContentError as err:
        return fail(err)
    return LocalRules(lib.jurisdiction)


def references() -> Block:
    """The references of the current lesson, from data/references.yaml."""
    ctx = current()
    if ctx.lesson is None and not ctx.live:
        raise CellProblem(
            "peerkit.references() comes before peerkit.lesson(...)",
            "start the notebook with its peerkit.lesson(...) cell",
        )
    try:
        lib = ctx.library
        entry = ctx.lesson or lib.lesson("")
    except ContentError as err:
        return fail(err)
    by_id = {r.id: r for r in lib.references.references}
    refs = [by_id[key] for key in entry.references if key in by_id]
    return StaticBlock(
        render_references(refs), f"References for {entry.title}: {', '.join(entry.references)}"
    )
