"""Journal prompts and the journal tools, driven through their own buttons (no kernel)."""

from __future__ import annotations

import html
import sqlite3
from pathlib import Path

import ipywidgets as W
import pytest

import peerkit
from peerkit.api import REGISTRY, new_view, render_item
from peerkit.content import Journal
from peerkit.journal import (
    HOME_ENV,
    JournalDesk,
    Keeper,
    Store,
    default_export_path,
    export_refusal,
)
from peerkit.practice import JournalPlay
from peerkit.widgets import JournalPanel, JournalToolsView, JournalView
from tests.conftest import widget_types
from tests.journal_driver import (
    ask_delete,
    ask_delete_entry,
    cancel_delete,
    cancel_delete_entry,
    confirm_delete,
    confirm_delete_entry,
    hide_list,
    list_entries,
    show_text,
    shown_list,
)

SECRET = 'My sister\'s <b>relapse</b> & the "night" I never told anyone about'
PROMPT = Journal(
    schema_version=1,
    type="journal",
    id="what-helped",
    title="What helped",
    prompt="Think of a time someone helped you <well>. What did they do?",
    guidance="This is only for you. A few lines are plenty.",
)

pytestmark = pytest.mark.usefixtures("home")  # tests/conftest.py: a fresh store and keeper


@pytest.fixture
def view() -> JournalView:
    return new_view(PROMPT, play=JournalPlay(PROMPT, "01-building-trust"))


def stored() -> list:
    return Store.open().entries()


# Writing and saving


def test_is_the_journal_view_registered_for_journal_items() -> None:
    """Does the content type 'journal' map to the journal view?"""
    assert REGISTRY["journal"].view is JournalView


def test_does_save_store_the_entry_with_its_lesson_and_prompt(view: JournalView) -> None:
    """Does Save store the text with its lesson id, prompt id and prompt, then empty the box?"""
    view.write(SECRET)
    message = view.save()
    assert message is not None and message.ok
    [entry] = stored()
    assert (entry.lesson_id, entry.prompt_id, entry.prompt_text, entry.text) == (
        "01-building-trust",
        "what-helped",
        PROMPT.prompt,
        SECRET,
    )
    assert view.text.value == ""


def test_does_the_confirmation_sit_in_a_status_region_without_the_entry(view: JournalView) -> None:
    """Is the confirmation announced (role=status) and free of what the learner wrote?"""
    view.write(SECRET)
    view.save()
    feedback = view.feedback.value
    assert 'role="status"' in feedback
    assert "Saved to your private journal" in feedback
    assert "relapse" not in feedback and "night" not in feedback


def test_does_saving_an_empty_box_ask_for_words_and_create_nothing(
    view: JournalView, home: Path
) -> None:
    """Does Save with nothing written say what to do, and leave no journal file behind?"""
    view.write("   \n ")
    message = view.save()
    assert message is not None and not message.ok
    assert "write your entry in the box first" in view.feedback.value
    assert not home.exists()


def test_does_a_store_problem_show_its_message_and_keep_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the journal cannot be opened, is its plain message shown and the text kept?"""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    monkeypatch.setenv(HOME_ENV, str(repo / "private"))
    view = new_view(PROMPT, play=JournalPlay(PROMPT, "01-building-trust", Keeper()))
    view.write(SECRET)
    message = view.save()
    assert message is not None and not message.ok
    assert "git repository" in view.feedback.value
    assert "Traceback" not in view.feedback.value
    assert "still in the box" in view.feedback.value
    assert view.text.value == SECRET


def test_is_what_the_view_echoes_escaped(tmp_path: Path) -> None:
    """Is a prompt that looks like markup escaped in the list, so it can never become markup?"""
    tools = JournalToolsView(JournalDesk(Keeper()))
    tools.desk.keeper.add_entry("01", "p", "<script>alert(1)</script>", "text")
    shown = list_entries(tools)
    assert "<script>" not in shown
    assert "&lt;script&gt;" in shown


def test_does_the_prompt_remind_the_learner_about_other_peoples_details(view: JournalView) -> None:
    """Does the prompt show its text, guidance and the reminder to leave out names?"""
    shown = view.prompt.value
    assert html.escape(PROMPT.prompt) in shown
    assert "A few lines are plenty." in shown
    assert "Leave out names" in shown


def test_are_the_journal_widgets_stock_ipywidgets(view: JournalView) -> None:
    """Is the journal view built from stock ipywidgets only, with a real text area?"""
    seen = widget_types(view.widget)
    assert all(cls.__module__.startswith("ipywidgets.") for cls in seen)
    assert {W.Textarea, W.Button, W.HTML} <= seen


# Listing


def test_does_the_list_show_date_lesson_and_prompt_but_not_the_text(view: JournalView) -> None:
    """Does 'List my entries' show date, lesson and prompt, and hide what was written?"""
    view.write(SECRET)
    view.save()
    listing = list_entries(view.tools)
    assert "Building trust" in listing  # the lesson's title, from curriculum.yaml
    assert html.escape(PROMPT.prompt) in listing
    assert "Written" in listing and "UTC" in listing
    assert "relapse" not in listing


def test_does_show_what_i_wrote_show_the_text_escaped(view: JournalView) -> None:
    """When the learner asks to see their own entries, is the text there and escaped?"""
    view.write(SECRET)
    view.save()
    listing = show_text(view.tools)
    assert html.escape(SECRET) in listing
    assert "<b>relapse</b>" not in listing
    hide_list(view.tools)
    assert view.tools.listing.value == ""


def test_does_an_empty_journal_list_say_so(view: JournalView, home: Path) -> None:
    """Before anything is saved, does the list say there is nothing, creating no file?"""
    assert "no journal entries yet" in list_entries(view.tools)
    assert not home.exists()


# Exporting: a download in the learner's own browser, nothing written on the server


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def _decoded(link_html: str, download: str) -> str:
    """The file a link in the panel would save, read back from its data: address."""
    import base64
    import re

    found = re.search(
        rf'download="{re.escape(download)}" href="data:([^;]+);charset=utf-8;base64,([^"]+)"',
        link_html,
    )
    assert found, link_html[:300]
    return base64.b64decode(found.group(2)).decode("utf-8")


def test_does_export_offer_the_journal_as_a_download_in_both_formats(
    view: JournalView, tmp_path: Path
) -> None:
    """Does "Export…" offer the learner's entries as Markdown and as a web page, each a link their
    browser saves, escaping what they wrote, with a dated file name?"""
    view.write(SECRET)
    view.save()
    page = view.tools.export("html")
    text = view.tools.export("markdown")
    assert page is not None and text is not None
    assert page.filename.startswith("peerkit-journal-") and page.filename.endswith(".html")
    assert text.filename.endswith(".md") and page.entries == text.entries == 1
    assert html.escape(SECRET) in page.text and "<b>relapse</b>" not in page.text
    assert SECRET in text.text
    assert "Lesson 01-building-trust: Building trust" in text.text
    links = view.tools.downloads.value
    assert _decoded(links, page.filename) == page.text
    assert _decoded(links, text.filename) == text.text
    assert "ready to download" in view.tools.feedback.value


def test_does_export_write_nothing_on_the_server(view: JournalView, tmp_path: Path) -> None:
    """Is no file written by exporting: not in the course folder, not in the home folder?"""
    view.write(SECRET)
    view.save()
    before = _files(tmp_path)
    assert view.tools.export() is not None
    assert _files(tmp_path) == before


def test_does_an_empty_journal_offer_nothing_to_download(view: JournalView, home: Path) -> None:
    """With no entries, does "Export…" say so, offer no link and create no file?"""
    assert view.tools.export() is None
    assert "nothing to export yet" in view.tools.feedback.value
    assert view.tools.downloads.value == ""
    assert not home.exists()


def test_do_the_download_links_go_when_the_learner_moves_on(view: JournalView) -> None:
    """Once the learner turns to deleting, are the links (which hold their words) gone from the page?"""
    view.write(SECRET)
    view.save()
    view.tools.export()
    assert view.tools.downloads.value
    ask_delete(view.tools)
    assert view.tools.downloads.value == "" and view.tools.prepared == {}
    assert view.tools.export_box.layout.display == "none"


def test_does_the_suggestion_avoid_a_home_folder_in_git(tmp_path: Path, home: Path) -> None:
    """For the command line's export: when home is a git repository (dotfiles), is the
    suggested file somewhere safe instead?"""
    (tmp_path / "user" / ".git").mkdir()
    suggested = default_export_path("html")
    assert suggested.suffix == ".html"
    assert suggested.parent == home
    assert export_refusal(suggested) is None


def test_does_binder_offer_the_same_download(
    view: JournalView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Binder, where the server forgets everything, does export offer the download (and no file
    in the course copy), and does the panel point at it?"""
    monkeypatch.setenv("BINDER_LAUNCH_HOST", "https://mybinder.org/")
    view.write(SECRET)
    view.save()
    before = _files(tmp_path)
    download = view.tools.export()
    assert download is not None and SECRET in download.text
    assert _files(tmp_path) == before
    notice = JournalPanel().notice_html()
    assert "Export…" in notice and "browser downloads" in notice


# Deleting


def test_does_delete_ask_first_and_keep_everything_on_no(view: JournalView) -> None:
    """Does 'Delete all…' only ask, and does 'No, keep them' delete nothing?"""
    view.write(SECRET)
    view.save()
    question = ask_delete(view.tools)
    assert "Delete your 1 journal entry" in question and "cannot be undone" in question
    assert len(stored()) == 1
    cancel_delete(view.tools)
    assert len(stored()) == 1
    assert "Nothing was deleted." in view.tools.feedback.value


def test_does_delete_remove_every_entry_after_confirmation(view: JournalView) -> None:
    """After the question, does 'Yes, delete them all' remove every entry and say so?"""
    for text in ("one", "two"):
        view.write(text)
        view.save()
    list_entries(view.tools)
    assert "Delete all 2 journal entries" in ask_delete(view.tools)
    message = confirm_delete(view.tools)
    assert message is not None and message.ok
    assert stored() == []
    assert "Deleted 2 journal entries" in view.tools.feedback.value
    assert "no journal entries yet" in view.tools.listing.value


def test_does_the_yes_button_do_nothing_without_the_question(view: JournalView) -> None:
    """Can entries be deleted without the confirmation step? (They must not be.)"""
    view.write(SECRET)
    view.save()
    view.tools.yes_button.click()
    assert len(stored()) == 1


def test_does_delete_with_nothing_saved_say_so_without_asking(view: JournalView) -> None:
    """With no entries, does 'Delete all…' say there is nothing to delete instead of asking?"""
    ask_delete(view.tools)
    assert view.tools.delete_box.layout.display == "none"
    assert "no journal entries to delete" in view.tools.feedback.value


# Deleting one entry


def saved(view: JournalView, *texts: str) -> list:
    """Save each text through the view; the entries as stored."""
    for text in texts:
        view.write(text)
        view.save()
    return stored()


def row_of(tools: JournalToolsView, entry_id: int) -> W.VBox:
    button_ = tools.entry_buttons[entry_id]
    return next(r for r in tools.entry_rows.children if button_ in r.children[0].children)


def test_does_each_listed_entry_get_its_own_delete_button(view: JournalView) -> None:
    """Does every listed entry show its number beside a 'Delete entry N…' button with a tooltip?"""
    first, second = saved(view, SECRET, "two")
    listing = list_entries(view.tools)
    assert list(view.tools.entry_buttons) == [first.id, second.id]
    for entry in (first, second):
        delete = view.tools.entry_buttons[entry.id]
        assert f"<strong>Entry {entry.id}</strong>" in listing
        assert delete.description == f"Delete entry {entry.id}…"
        assert delete.tooltip.startswith(f"Delete entry {entry.id}, written ")
        assert "asks first" in delete.tooltip
        assert delete.disabled is False and delete.tabbable is not False  # keyboard reachable
        assert delete in row_of(view.tools, entry.id).children[0].children
    assert "relapse" not in listing
    for widget in (delete, view.tools.entry_yes, view.tools.entry_no):
        assert widget.description and widget.tooltip
        assert "relapse" not in widget.description + widget.tooltip


def test_does_deleting_one_entry_ask_first_under_it_and_keep_it_on_no(view: JournalView) -> None:
    """Does 'Delete entry N…' only ask (under that entry), and does 'No, keep it' keep it?"""
    first, second = saved(view, SECRET, "two")
    list_entries(view.tools)
    question = ask_delete_entry(view.tools, first.id)
    assert f"Delete this entry? Entry {first.id}, written " in question
    assert "Building trust" in question and "cannot be undone" in question
    assert "relapse" not in question
    assert view.tools.entry_confirm in row_of(view.tools, first.id).children
    assert view.tools.entry_confirm not in row_of(view.tools, second.id).children
    assert len(stored()) == 2
    cancel_delete_entry(view.tools)
    assert len(stored()) == 2
    assert view.tools.entry_confirm not in row_of(view.tools, first.id).children
    feedback = view.tools.feedback.value
    assert 'role="status"' in feedback
    assert f"Nothing was deleted: entry {first.id} is still in your journal." in feedback


def test_does_yes_delete_only_that_entry_and_refresh_the_list(view: JournalView) -> None:
    """After the question, does 'Yes, delete this entry' remove it alone, say so, and re-list?"""
    first, second, third = saved(view, "one", SECRET, "three")
    list_entries(view.tools)
    ask_delete_entry(view.tools, second.id)
    message = confirm_delete_entry(view.tools)
    assert message is not None and message.ok
    assert [entry.id for entry in stored()] == [first.id, third.id]
    feedback = view.tools.feedback.value
    assert 'role="status"' in feedback
    assert f"Deleted entry {second.id}, written " in feedback
    assert "You have 2 journal entries left." in feedback
    assert "relapse" not in feedback
    listing = shown_list(view.tools)
    assert "Your journal: 2 entries" in listing
    assert f"Entry {second.id}</strong>" not in listing
    assert list(view.tools.entry_buttons) == [first.id, third.id]


def test_does_deleting_the_last_entry_say_the_journal_is_empty(view: JournalView) -> None:
    """When the only entry is deleted, do the message and the list say there is nothing left?"""
    [only] = saved(view, SECRET)
    list_entries(view.tools)
    ask_delete_entry(view.tools, only.id)
    confirm_delete_entry(view.tools)
    assert stored() == []
    assert "Your journal is now empty." in view.tools.feedback.value
    assert "no journal entries yet" in view.tools.listing.value
    assert view.tools.entry_rows.children == ()


def test_is_yes_for_one_entry_inert_without_its_question(view: JournalView) -> None:
    """Can 'Yes, delete this entry' delete anything unasked, or after 'No'? (It must not.)"""
    first, _ = saved(view, SECRET, "two")
    list_entries(view.tools)
    view.tools.entry_yes.click()
    ask_delete_entry(view.tools, first.id)
    cancel_delete_entry(view.tools)
    view.tools.entry_yes.click()
    ask_delete_entry(view.tools, first.id)
    hide_list(view.tools)  # hiding the list takes the question away too
    view.tools.entry_yes.click()
    assert len(stored()) == 2


def test_does_only_the_latest_question_stay_open(view: JournalView) -> None:
    """Asking about a second entry, or about 'Delete all…', replaces the first question."""
    first, second = saved(view, "one", "two")
    list_entries(view.tools)
    ask_delete_entry(view.tools, first.id)
    ask_delete_entry(view.tools, second.id)
    assert view.tools.entry_confirm not in row_of(view.tools, first.id).children
    assert view.tools.entry_confirm in row_of(view.tools, second.id).children
    confirm_delete_entry(view.tools)
    assert [entry.id for entry in stored()] == [first.id]
    ask_delete_entry(view.tools, first.id)
    ask_delete(view.tools)  # 'Delete all…' asks instead
    assert view.tools.entry_confirm not in row_of(view.tools, first.id).children
    view.tools.entry_yes.click()
    assert len(stored()) == 1


def test_does_deleting_from_show_what_i_wrote_keep_the_text_showing_escaped(
    view: JournalView,
) -> None:
    """Deleting one entry while the text is shown: does the list still show the rest, escaped?"""
    first, _ = saved(view, "one", SECRET)
    listing = show_text(view.tools)
    assert html.escape(SECRET) in listing and "<b>relapse</b>" not in listing
    question = ask_delete_entry(view.tools, first.id)
    assert "relapse" not in question
    confirm_delete_entry(view.tools)
    listing = shown_list(view.tools)
    assert html.escape(SECRET) in listing and "<b>relapse</b>" not in listing
    assert f"Entry {first.id}</strong>" not in listing


def test_does_an_entry_deleted_elsewhere_get_words_and_a_fresh_list(view: JournalView) -> None:
    """If the entry went (from another notebook or the terminal), is that said, not raised?"""
    first, second = saved(view, "one", "two")
    list_entries(view.tools)
    Store.open().delete_entry(first.id)
    ask_delete_entry(view.tools, first.id)
    feedback = view.tools.feedback.value
    assert f"There is no entry number {first.id} in your journal" in feedback
    assert "deleted already" in feedback and "Traceback" not in feedback
    assert list(view.tools.entry_buttons) == [second.id]
    assert len(stored()) == 1


def test_are_the_rows_of_a_hidden_list_closed(view: JournalView) -> None:
    """Once the list is hidden or redrawn, are the old rows' widgets closed (none lingers)?"""
    [entry] = saved(view, SECRET)
    show_text(view.tools)
    old_button = view.tools.entry_buttons[entry.id]
    old_card = view.tools.entry_rows.children[0].children[0].children[0]
    list_entries(view.tools)
    assert old_button.comm is None and old_card.comm is None
    newer = view.tools.entry_buttons[entry.id]
    hide_list(view.tools)
    assert newer.comm is None and view.tools.entry_rows.children == ()
    assert view.tools.entry_confirm.comm is not None  # the shared question is kept for next time


# The static view and the notebook call


def test_does_the_static_view_show_the_prompt_and_guidance_only(view: JournalView) -> None:
    """Does a journal item's static HTML show prompt, guidance and reminder, and never an entry?"""
    view.write(SECRET)
    view.save()
    for edition in ("learner", "facilitator"):
        page = render_item(PROMPT, edition)
        assert html.escape(PROMPT.prompt) in page
        assert "A few lines are plenty." in page
        assert "Leave out names" in page
        assert "relapse" not in page
    assert "never asked to hand them in" in render_item(PROMPT, "facilitator")


def test_does_a_shown_prompt_file_entries_under_its_lesson() -> None:
    """Does a shown prompt file entries under its lesson, and never put them in its output?"""
    shown = peerkit.show("privacy-tour")
    bundle = shown._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["text/plain"].startswith("Journal: Privacy tour")
    shown.view.write(SECRET)
    shown.view.save()
    [entry] = stored()
    assert (entry.lesson_id, entry.prompt_id) == ("00-welcome", "privacy-tour")
    again = shown._repr_mimebundle_()
    assert "relapse" not in again["text/html"] and "relapse" not in again["text/plain"]


def test_does_the_journal_check_drive_a_prompt_without_saving(library, home: Path) -> None:
    """Does the journal type's view check exercise a prompt without writing to the journal?"""
    from peerkit.api import row_for

    prompt = library.item("privacy-tour")
    assert row_for(prompt).check(prompt, row_for(prompt)) >= 1
    assert not home.exists()


# The welcome notebook's journal panel


@pytest.mark.parametrize(
    ("variable", "words"),
    [
        (None, "your own computer"),
        ("BINDER_LAUNCH_HOST", "deleted when the session ends"),
        ("JUPYTERHUB_USER", "administrators can read"),
    ],
)
def test_does_the_panel_say_what_this_place_means(
    monkeypatch: pytest.MonkeyPatch, home: Path, variable: str | None, words: str
) -> None:
    """Does the live panel tell Binder, a hub and a local machine apart, and name the file?"""
    if variable:
        monkeypatch.setenv(variable, "x")
    panel = peerkit.journal_tools()
    live = panel.panel.notice_html()
    assert words in live
    assert html.escape(str(home / "journal" / "journal.db")) in live
    if variable == "BINDER_LAUNCH_HOST":
        assert "Export…" in live and "your browser downloads the file" in live
    assert panel.tools.export_button.description == "Export…"


def test_does_the_panels_static_html_stay_the_same_for_everyone(
    monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    """Is the panel's text/html free of the learner's path, and the same on Binder as locally?"""
    local = peerkit.journal_tools()._repr_mimebundle_()
    monkeypatch.setenv("BINDER_LAUNCH_HOST", "x")
    binder = peerkit.journal_tools()._repr_mimebundle_()
    assert local["text/html"] == binder["text/html"]
    assert str(home) not in local["text/html"]
    assert "application/vnd.jupyter.widget-view+json" in local
    assert all(word in local["text/html"] for word in ("Binder", "JupyterHub", "own computer"))
    assert "peerkit journal delete --entry NUMBER" in local["text/html"]


def test_does_the_panel_show_a_store_problem_in_words(home: Path) -> None:
    """If the journal file cannot be read (written by a newer peerkit), does the panel say so?"""
    store = Store.open()
    with sqlite3.connect(store.location) as con:
        con.execute("PRAGMA user_version = 99")
    live = JournalPanel().notice_html()
    assert "newer version of peerkit" in live
    assert "Traceback" not in live
