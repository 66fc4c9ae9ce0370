"""The journal tools: list, export and delete the learner's entries, and the welcome lesson's
panel around them.

Everything here is stock ipywidgets over the pure logic in :class:`peerkit.practice.JournalPlay`
and :class:`peerkit.journal.JournalDesk`. What a learner
writes is escaped wherever it is shown, shown only when they ask to see their
own entries, and never printed or logged. Live details (where the journal file
is, how far the learner got) exist only in widgets, whose state JupyterLab does
not save into the notebook; the static ``text/html`` of every object here is
the same for everyone, so a handout or a saved notebook never carries them.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

import ipywidgets as W

from ..content import ContentError, load_library
from ..journal import (
    Entry,
    JournalDesk,
    Message,
    StoreProblem,
    hosting,
    hosting_note,
    lesson_name,
)
from ..journal._browser_copy import Download, prepare_download
from ..journal._export import when
from ._common import WIDGET_CSS, button, status
from ._download import download_links

EXPORT_FORMATS = ("markdown", "html")
"""The downloads "Export…" offers, in this order."""


def lesson_titles() -> Mapping[str, str]:
    try:
        return {lesson.id: lesson.title for lesson in load_library().curriculum.lessons}
    except ContentError:
        return {}


def say(message: str) -> str:
    """A message in the status region, escaped (it may name paths the learner typed)."""
    return status(f"<p>{escape(message)}</p>")


# --- journal tools -------------------------------------------------------------------


class JournalToolsView:
    """List, export and delete journal entries, one or all. Deleting asks first;
    exporting is a download in the learner's own browser (nothing is written on the server).

    The list shows each entry with its own "Delete entry N…" button; pressing it
    asks about that entry, right under it, before anything is removed.

    Programmatic triggers press the same buttons a learner would: ``list_entries``,
    ``show_text``, ``hide_list``, ``export`` (returns the download it offers),
    ``ask_delete``, ``confirm_delete``,
    ``cancel_delete``, ``ask_delete_entry``, ``confirm_delete_entry``,
    ``cancel_delete_entry``.
    """

    def __init__(self, desk: JournalDesk | None = None) -> None:
        self.desk = desk or JournalDesk(titles=lesson_titles)
        self.list_button = button("List my entries", "List your entries: date, lesson, prompt")
        self.text_button = button("Show what I wrote", "List your entries with what you wrote")
        self.hide_button = button("Hide the list", "Hide the list of entries")
        self.export_button = button("Export…", "Download a copy of your journal to this computer")
        self.delete_button = button("Delete all…", "Delete every journal entry (asks first)")
        self.listing = W.HTML()
        self.entry_rows = W.VBox()
        self.entry_buttons: dict[int, W.Button] = {}
        self.hide_button.layout.display = "none"

        self.downloads = W.HTML()
        self.export_box = W.VBox([self.downloads])
        self.export_box.add_class("pk-downloads")
        self.export_box.layout.display = "none"
        self.prepared: dict[str, Download] = {}

        self.question = W.HTML()
        self.yes_button = button("Yes, delete them all", "Delete every journal entry now")
        self.no_button = button("No, keep them", "Keep your journal as it is")
        self.delete_box = W.VBox([self.question, W.HBox([self.yes_button, self.no_button])])
        self.delete_box.layout.display = "none"

        self.entry_question = W.HTML()
        self.entry_yes = button("Yes, delete this entry", "Delete this one entry now")
        self.entry_no = button("No, keep it", "Keep this entry as it is")
        self.entry_confirm = W.VBox([self.entry_question, W.HBox([self.entry_yes, self.entry_no])])
        self.feedback = W.HTML(status())

        self.list_button.on_click(lambda _: self._on_list(False))
        self.text_button.on_click(lambda _: self._on_list(True))
        self.hide_button.on_click(lambda _: self._on_hide())
        self.export_button.on_click(lambda _: self._on_open_export())
        self.delete_button.on_click(lambda _: self._on_ask_delete())
        self.yes_button.on_click(lambda _: self._on_confirm_delete())
        self.no_button.on_click(lambda _: self._on_cancel_delete())
        self.entry_yes.on_click(lambda _: self._on_confirm_delete_entry())
        self.entry_no.on_click(lambda _: self._on_cancel_delete_entry())
        row = W.HBox(
            [
                self.list_button,
                self.text_button,
                self.hide_button,
                self.export_button,
                self.delete_button,
            ],
            layout=W.Layout(flex_flow="row wrap"),
        )
        self.widget = W.VBox(
            [
                W.HTML("<p><strong>Your journal</strong></p>"),
                row,
                self.listing,
                self.entry_rows,
                self.export_box,
                self.delete_box,
                self.feedback,
            ]
        )
        self.widget.add_class("pk-journal-tools")
        self._showing_text = False
        self._asking: int | None = None  # the entry whose deletion is being asked about
        self.last: Message | None = None

    def export(self, format: str = "markdown") -> Download | None:
        """Press "Export…"; return the download offered in ``format`` (None if none was offered)."""
        self.export_button.click()
        return self.prepared.get(format)

    # Event handlers
    def _show(self, message: Message) -> None:
        self.last = message
        self.feedback.value = say(message)

    def _on_list(self, with_text: bool) -> None:
        self._close_entry_question()
        try:
            entries = self.desk.entries()
        except StoreProblem as problem:
            self._clear_list()
            self._show(Message(problem.message, ok=False))
            return
        self._showing_text = with_text
        titles = self.desk.titles()
        self.listing.value = entries_heading(len(entries), [entry.id for entry in entries])
        self._drop_rows()
        self.entry_buttons = {
            entry.id: button(
                f"Delete entry {entry.id}…",
                f"Delete entry {entry.id}, written {when(entry.created)} (asks first)",
            )
            for entry in entries
        }
        rows = []
        for entry in entries:
            delete = self.entry_buttons[entry.id]
            delete.on_click(lambda _, entry_id=entry.id: self._on_ask_delete_entry(entry_id))
            card = W.HTML(entry_card(entry, titles, with_text=with_text))
            card.layout.flex = "1 1 auto"
            line = W.HBox([card, delete], layout=W.Layout(align_items="flex-start"))
            row = W.VBox([line])
            row.add_class("pk-entry-row")
            rows.append(row)
        self.entry_rows.children = rows
        self.hide_button.layout.display = None
        self.feedback.value = status()

    def _drop_rows(self) -> None:
        """Remove the entries' rows and close their widgets, so none lingers in the page."""
        self._close_entry_question()
        rows, self.entry_rows.children, self.entry_buttons = self.entry_rows.children, (), {}
        for row in rows:
            line = row.children[0]
            for widget in (*line.children, line, row):
                widget.close()

    def _clear_list(self) -> None:
        self._drop_rows()
        self.listing.value = ""
        self._showing_text = False

    def _on_hide(self) -> None:
        self._clear_list()
        self.hide_button.layout.display = "none"

    def _close_export(self) -> None:
        """Hide the download links and drop them: they hold what the learner wrote."""
        self.export_box.layout.display = "none"
        self.downloads.value = ""
        self.prepared = {}

    def _on_open_export(self) -> None:
        self._close_entry_question()
        self.delete_box.layout.display = "none"
        self._close_export()
        try:
            entries = self.desk.entries()
        except StoreProblem as problem:
            self._show(Message(problem.message, ok=False))
            return
        if not entries:
            self._show(Message("There is nothing to export yet: your journal has no entries."))
            return
        titles = self.desk.titles()
        self.prepared = {f: prepare_download(entries, f, titles) for f in EXPORT_FORMATS}
        self.downloads.value = download_links(list(self.prepared.values()))
        self.export_box.layout.display = None
        self._show(
            Message(
                f"Your {_count_entries(len(entries))}, ready to download. Choose a format: your"
                " browser saves the file on this computer, usually in your Downloads folder."
                " It holds what you wrote, so keep it somewhere private."
            )
        )

    def _on_ask_delete(self) -> None:
        self._close_entry_question()
        self._close_export()
        question = self.desk.delete_question()
        if not question.ok:
            self.delete_box.layout.display = "none"
            self._show(question)
            return
        self.question.value = f"<p><strong>{escape(question)}</strong></p>"
        self.delete_box.layout.display = None
        self.feedback.value = status()

    def _on_confirm_delete(self) -> None:
        if self.delete_box.layout.display == "none":  # only after the question was asked
            return
        self.delete_box.layout.display = "none"
        self.question.value = ""
        self._show(self.desk.delete_all())
        if self.listing.value:  # the list is showing: redraw it
            self._on_list(self._showing_text)
            self.feedback.value = say(str(self.last))

    def _on_cancel_delete(self) -> None:
        self.delete_box.layout.display = "none"
        self.question.value = ""
        self._show(Message("Nothing was deleted."))

    # One entry: its own button asks, right under the entry, before anything is removed

    def _close_entry_question(self) -> None:
        """Take the yes/no question away from the entry it was under, if any."""
        self._asking = None
        self.entry_question.value = ""
        for row in self.entry_rows.children:
            if self.entry_confirm in row.children:
                row.children = row.children[:1]

    def _on_ask_delete_entry(self, entry_id: int) -> None:
        self._close_entry_question()
        self._close_export()
        self.delete_box.layout.display = "none"
        question = self.desk.delete_entry_question(entry_id)
        if not question.ok:  # gone already (or the journal cannot be read): show what is left
            self._on_list(self._showing_text)
            self._show(question)
            return
        button_ = self.entry_buttons[entry_id]
        row = next(r for r in self.entry_rows.children if button_ in r.children[0].children)
        self.entry_question.value = f"<p><strong>{escape(question)}</strong></p>"
        row.children = (row.children[0], self.entry_confirm)
        self._asking = entry_id
        self.feedback.value = status()

    def _on_confirm_delete_entry(self) -> None:
        entry_id = self._asking
        if entry_id is None:  # only after the question was asked
            return
        self._close_entry_question()
        message = self.desk.delete_entry(entry_id)
        self._on_list(self._showing_text)
        self._show(message)

    def _on_cancel_delete_entry(self) -> None:
        entry_id = self._asking
        if entry_id is None:
            return
        self._close_entry_question()
        self._show(Message(f"Nothing was deleted: entry {entry_id} is still in your journal."))


_TABLE_CSS = """<style>
.pk-progress th, .pk-progress td {
  text-align: left; vertical-align: top; padding: 0.2rem 0.75rem 0.2rem 0; }
.pk-progress caption { text-align: left; font-weight: bold; }
.pk-entry-row { border-top: 1px solid #ccc; padding: 0.25rem 0; }
.pk-entry p { margin: 0.2rem 0; }
.pk-entry-text { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 0.2rem solid #ccc;
  padding-left: 0.5rem; }
</style>"""
"""Left-aligned tables that read as lists, and entries set apart by a rule. CSS only; no script."""


def entries_heading(count: int, numbers: list[int] | None = None) -> str:
    """What the list says above its entries, or that there are none.

    An entry keeps its number for good (the command line and the delete buttons use it), so
    deleting one leaves a gap; when there is a gap, the list says why, so nobody goes looking
    for "entry 1".
    """
    if not count:
        return "<p>You have no journal entries yet.</p>"
    entries = f"{count} {'entry' if count == 1 else 'entries'}"
    heading = f"{_TABLE_CSS}<p><strong>Your journal: {entries}</strong>, oldest first.</p>"
    if numbers is not None and list(numbers) != list(range(1, count + 1)):
        heading += (
            "<p>Each entry keeps its number for good, so the numbers of entries you have"
            " deleted are missing from the list.</p>"
        )
    return heading


def entry_card(entry: Entry, titles: Mapping[str, str], *, with_text: bool = False) -> str:
    """One entry: its number, date, lesson and prompt, and the text only on request (escaped)."""
    lesson = lesson_name(entry, titles)
    prompt = " ".join(entry.prompt_text.split())
    parts = [
        f"<p><strong>Entry {entry.id}</strong>. Written {escape(when(entry.created))}, "
        f"in {escape(lesson)}.</p>",
        f"<p>Prompt: {escape(prompt)}</p>",
    ]
    if with_text:
        parts.append(f"<p>What you wrote:</p><div class='pk-entry-text'>{escape(entry.text)}</div>")
    return f"<div class='pk-entry'>{''.join(parts)}</div>"


# --- the welcome notebook: hosting notice with the tools, and the progress overview ---


class JournalPanel:
    """The welcome lesson's journal panel, live: what this place means for privacy, and the tools."""

    def __init__(self, desk: JournalDesk | None = None) -> None:
        self.desk = desk or JournalDesk(titles=lesson_titles)
        self._tools: JournalToolsView | None = None

    def notice_html(self) -> str:
        """The live notice: where this kernel runs, what that means, where the file is."""
        kind = hosting()
        where = f"<code>{escape(str(self.desk.location))}</code>"
        try:  # opening it now shows any problem (newer version, unreadable) straight away
            self.desk.entries()
            held = "“List my entries” shows what it holds."
        except StoreProblem as problem:
            held = escape(problem.message)
        recovered = self.desk.keeper.take_notice()
        parts = [f"<p><strong>{escape(hosting_note(kind))}</strong></p>"]
        if kind == "binder":
            parts.append(
                f"<p>While this session lasts, your journal is kept at {where}, outside the "
                f"course folder and readable only by your account. {held} To keep your "
                "entries, press “Export…” below and choose a format: your browser downloads "
                "the file to your own computer before the session ends.</p>"
            )
        elif kind == "jupyterhub":
            parts.append(
                f"<p>Your journal is kept at {where}, in your home folder on this hub. {held}</p>"
            )
        else:
            parts.append(
                f"<p>Your journal is kept at {where}, readable only by your account. {held}</p>"
            )
        if recovered:
            parts.append(f"<p>{escape(recovered)}</p>")
        return "".join(parts)

    @property
    def tools(self) -> JournalToolsView:
        if self._tools is None:
            self._tools = JournalToolsView(self.desk)
        return self._tools

    @property
    def widget(self) -> W.Widget:
        box = W.VBox([W.HTML(WIDGET_CSS + self.notice_html()), self.tools.widget])
        box.add_class("pk-widget")
        return box


def _count_entries(count: int) -> str:
    return f"journal ({count} {'entry' if count == 1 else 'entries'})"
