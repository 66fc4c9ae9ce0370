"""What the notebooks call: each function returns an object that displays itself.

Every displayed object carries three representations (research/toolchain.md
section 3): a live ipywidgets view where a kernel runs it (JupyterLab, Binder,
Voila), a static ``text/html`` laying out the whole exercise (what nbconvert
handouts and untrusted notebooks show), and a short fixed ``text/plain``.

Bad content never raises into a learner's notebook: the object shows a plain
message naming the file, the line and the fix instead. Tests set
``PEERKIT_STRICT=1`` so that the same problem fails the run.
"""

from __future__ import annotations

import os
from html import escape
from typing import Any

import ipywidgets as W

from ._crisis_panel import crisis_resources  # noqa: F401 - the crisis panel lives there
from .api._progress import attach_progress, exercises_table, lesson_line, progress_table
from .api._registry import new_view, render_item, row_for  # noqa: F401 - one place to make a view
from .content import ContentError, Item, LessonEntry, Library, load_library
from .journal import Keeper, keeper
from .static import (
    render_lesson,
    render_local_rules,
    render_references,
    with_style,
)
from .widgets._journal import JournalPanel

STRICT_ENV = "PEERKIT_STRICT"

_session: dict[str, Any] = {"lesson": None, "shown": []}
"""What this kernel has shown: the current lesson and every item displayed, for self_check()."""


def _strict() -> bool:
    return os.environ.get(STRICT_ENV, "") not in ("", "0", "false", "no")


_REPORTED: set[tuple[Any, ...]] = set()
"""The content problems this kernel has already spelt out: each set is listed once."""

BRIEF_NOTICE = (
    "This part of the lesson could not be loaded either: the notice above, near the top of this"
    " notebook, says why."
)


class Notice:
    """A plain message shown instead of content that could not be loaded.

    The first notice of a kernel lists the problems for whoever maintains the content;
    later ones (``brief``) say only that this part is missing too, so a broken file
    gives a notebook one list, not one per cell.
    """

    def __init__(self, error: ContentError, brief: bool = False):
        self.error = error
        self.brief = brief

    def __repr__(self) -> str:
        return BRIEF_NOTICE if self.brief else "This part of the lesson could not be loaded."

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        if self.brief:
            html = f'<div class="pk-item pk-notice" role="note"><p>{escape(BRIEF_NOTICE)}</p></div>'
            return {"text/plain": BRIEF_NOTICE, "text/html": html}
        lines = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in self.error.problems)
        html = (
            '<div class="pk-item pk-notice" role="alert"><p><strong>This part of the lesson could not be'
            " loaded.</strong> Please tell your facilitator; the rest of the lesson still works."
            f" For whoever maintains the content:</p><ul>{lines}</ul></div>"
        )
        return {
            "text/plain": "This part of the lesson could not be loaded:\n" + str(self.error),
            "text/html": html,
        }


class Shown:
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

    def static_html(self, edition: str = "learner") -> str:
        return render_item(self.item, edition)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"{row_for(self.item).kind_name}: {self.item.title}"

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle: dict[str, Any] = dict(self.widget._repr_mimebundle_() or {})
        bundle["text/plain"] = (
            f"{self!r} (interactive: open this notebook in JupyterLab to practise)"
            if row_for(self.item).exercise
            else repr(self)
        )
        bundle["text/html"] = with_style(self.static_html())
        return bundle


def library() -> Library:
    return load_library()


def _lesson_of(item: Item, current: str | None) -> str | None:
    """The lesson whose folder holds ``item`` (progress is kept there), else the current one."""
    try:
        owners = library().lesson_items
    except ContentError:
        return current
    return next((lesson for lesson, ids in owners.items() if item.id in ids), current)


def lesson(lesson_id: str) -> Any:
    """Start a lesson: remember which one this notebook is and show its aims and timing."""
    try:
        entry = library().lesson(lesson_id)
    except ContentError as err:
        return _fail(err)
    _session["lesson"] = entry.id
    if entry.kind == "guide":
        from ._guide import guide_intro

        return guide_intro(entry)
    return LessonIntro(entry)


def show(item_id: str) -> Any:
    """Show a content item (case, sort, quiz, note) by its id."""
    try:
        item = library().item(item_id)
    except ContentError as err:
        return _fail(err)
    shown = Shown(item, _session["lesson"])
    _session["shown"].append(shown)
    return shown


def _fail(err: ContentError) -> Notice:
    """What a cell shows for content that cannot be loaded (tests, in strict mode, raise it)."""
    if _strict():
        raise err
    if err.problems in _REPORTED:
        return Notice(err, brief=True)
    _REPORTED.add(err.problems)
    return Notice(err)


class LessonIntro:
    def __init__(self, entry: LessonEntry):
        self.entry = entry

    def __repr__(self) -> str:
        return f"Lesson {self.entry.id}: {self.entry.title} (about {self.entry.minutes} minutes)"

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle = {"text/plain": repr(self), "text/html": with_style(render_lesson(self.entry))}
        try:
            line = lesson_line(library(), self.entry.id)  # "welcome back", live only
        except ContentError:  # the content broke since the lesson started: no line, no traceback
            line = None
        return live_bundle(bundle, line)


class StaticBlock:
    """HTML with a fixed plain-text stand-in (crisis panel, reference list)."""

    def __init__(self, html: str, plain: str):
        self.html = html
        self.plain = plain

    def __repr__(self) -> str:
        return self.plain

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/plain": self.plain, "text/html": with_style(self.html)}


def local_rules() -> Any:
    """The local rules on reporting and confidentiality (data/jurisdiction.yaml), or "Not yet localised"."""
    try:
        lib = library()
    except ContentError as err:
        return _fail(err)
    rules = lib.jurisdiction
    if rules is not None and rules.localised:
        where = f" for {rules.region_name}" if rules.region_name else ""
        checked = f", last checked {rules.last_reviewed.isoformat()}" if rules.last_reviewed else ""
        plain = f"Local rules on reporting and confidentiality{where}{checked}."
    else:
        plain = (
            "Local rules on reporting and confidentiality: Not yet localised: ask your facilitator."
        )
    return StaticBlock(render_local_rules(rules), plain)


def references() -> Any:
    """The references of the current lesson, from data/references.yaml."""
    try:
        lib = library()
        entry = lib.lesson(_session["lesson"] or "")
    except ContentError as err:
        return _fail(err)
    by_id = {r.id: r for r in lib.references.references}
    refs = [by_id[key] for key in entry.references if key in by_id]
    return StaticBlock(
        render_references(refs), f"References for {entry.title}: {', '.join(entry.references)}"
    )


def journal_tools() -> Any:
    """The journal panel: what this place means for privacy, where the file is, export, delete."""
    return JournalPanel()


def progress() -> Any:
    """Exercises finished in each lesson, read from the learner's saved progress."""
    try:
        lib = library()
    except ContentError as err:
        return _fail(err)
    return ProgressOverview(lib)


def live_bundle(bundle: dict[str, Any], html_line: str | None) -> dict[str, Any]:
    """``bundle`` plus a live view that adds ``html_line`` under its static HTML.

    The line lives only in the widget, so saved notebooks and handouts keep the
    static HTML alone. Without a line, the bundle is returned unchanged.
    """
    if not html_line:
        return bundle
    box = W.VBox([W.HTML(bundle["text/html"]), W.HTML(html_line)])
    live = dict(box._repr_mimebundle_() or {})
    live.update(bundle)
    return live


class ProgressOverview:
    """Exercises finished per lesson: a table with a bar for each lesson (live only)."""

    def __init__(self, library: Library, keeper_: Keeper | None = None) -> None:
        self.library = library
        self.keeper = keeper_ or keeper()

    def live_html(self) -> str:
        return progress_table(self.library, self.keeper)

    def static_html(self) -> str:
        return exercises_table(self.library)

    def __repr__(self) -> str:
        return "Your progress through the course, lesson by lesson"

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        widget = W.HTML(self.live_html())
        bundle: dict[str, Any] = dict(widget._repr_mimebundle_() or {})
        bundle["text/plain"] = repr(self)
        bundle["text/html"] = with_style(self.static_html())
        return bundle
