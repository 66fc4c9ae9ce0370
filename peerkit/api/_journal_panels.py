"""The welcome lesson's private panels as notebook calls: the journal tools and progress.

Both read the learner's private store, so only their live views say anything personal
(where the journal is, how far the learner got). Their static HTML, which saved
notebooks and handouts keep, is the same for everyone: what the panel is for.
"""

from __future__ import annotations

from html import escape

import ipywidgets as W

from ..content import ContentError, Library
from ..journal import Keeper, keeper
from ..widgets import JournalPanel
from ._blocks import Block, fail
from ._context import RenderContext, current
from ._progress import exercises_table, progress_table

STATIC_PLACES = (
    "Where your journal is kept depends on where the course runs. On your own computer it "
    "is a private file in your user folder that only your account can read. On a shared "
    "hub (JupyterHub), it is a file in your home folder there, and the hub's "
    "administrators can read home folders. On Binder it is a temporary file, deleted with "
    "everything else when the session ends. In the live course, this "
    "panel says which of these applies and has buttons to list, export and delete your "
    "entries, one at a time or all together."
)

ON_PAPER_JOURNAL = (
    '<aside class="pk-item pk-note pk-private" aria-label="Your journal">'
    "<p><strong>Your journal stays with you.</strong> In the live course you can save reflections"
    " to a private journal on your own computer. A handout never contains anyone's journal: write"
    " on paper if you like, and keep it as private as you wish.</p></aside>"
)

ON_PAPER_PROGRESS = (
    '<aside class="pk-item pk-note pk-private" aria-label="Your progress">'
    "<p><strong>Your progress.</strong> In the live course this place lists the exercises you"
    " have finished, from a record kept only on your own computer. A handout keeps no record:"
    " tick off each exercise on paper as you go.</p></aside>"
)


class JournalTools(Block):
    """What ``peerkit.journal_tools()`` returns: the journal panel live, what it is for elsewhere."""

    def __init__(self, panel: JournalPanel | None = None) -> None:
        self._panel = panel

    @property
    def panel(self) -> JournalPanel:
        if self._panel is None:
            self._panel = JournalPanel()
        return self._panel

    @property
    def tools(self):
        return self.panel.tools

    def static_html(self, ctx: RenderContext) -> str:
        if not ctx.live:
            return ON_PAPER_JOURNAL
        return (
            '<section class="pk-item pk-journal-panel" aria-label="Your journal">'
            f"<p>{escape(STATIC_PLACES)}</p><p>You can also use the command line: "
            "<code>peerkit journal where</code>, <code>peerkit journal list</code>, "
            "<code>peerkit journal export PATH</code>, "
            "<code>peerkit journal delete --entry NUMBER</code> (one entry) and "
            "<code>peerkit journal delete</code> (all of them).</p></section>"
        )

    def plain(self, ctx: RenderContext) -> str:
        return "Your journal: where it is kept, with buttons to list, export and delete entries"

    def live_widget(self, ctx: RenderContext) -> W.Widget | None:
        return self.panel.widget


def journal_tools() -> JournalTools:
    """The journal panel: what this place means for privacy, where the file is, export, delete."""
    return JournalTools()


class ProgressOverview(Block):
    """Exercises finished per lesson: a table with a bar for each lesson (live only)."""

    def __init__(self, library: Library, keeper_: Keeper | None = None) -> None:
        self.library = library
        self.keeper = keeper_ or keeper()

    def live_html(self) -> str:
        return progress_table(self.library, self.keeper)

    def static_html(self, ctx: RenderContext) -> str:
        return exercises_table(self.library) if ctx.live else ON_PAPER_PROGRESS

    def plain(self, ctx: RenderContext) -> str:
        return "Your progress through the course, lesson by lesson"

    def live_widget(self, ctx: RenderContext) -> W.Widget | None:
        return W.HTML(self.live_html())


def progress() -> Block:
    """Exercises finished in each lesson, read from the learner's saved progress."""
    try:
        lib = current().library
    except ContentError as err:
        return fail(err)
    return ProgressOverview(lib)
