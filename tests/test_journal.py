"""The journal's public face: exports, the command-line messages, and where the kernel runs."""

from __future__ import annotations

import html
import stat
from pathlib import Path

import pytest

import peerkit.journal as journal
from peerkit.journal import (
    HOME_ENV,
    JournalDesk,
    Keeper,
    Message,
    Store,
    StoreProblem,
    cli_delete,
    cli_delete_entry,
    cli_export,
    cli_list,
    cli_where,
    describe_entry,
    hosting,
    hosting_note,
)

pytestmark = pytest.mark.usefixtures("home")  # tests/conftest.py: a fresh store and keeper

SECRET = 'My brother\'s overdose last spring still <shakes> me & I "freeze"'


@pytest.fixture
def store() -> Store:
    store = Store.open()
    store.add_entry("01", "equal", "A time a helper treated you as an equal", "first entry")
    store.add_entry("05", "private", "What I keep private, and why", SECRET)
    return store


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def test_is_all_honest() -> None:
    """Does __all__ list exactly the public names, each of which exists?"""
    public = {name for name in vars(journal) if not name.startswith("_")}
    public.discard("annotations")
    assert set(journal.__all__) == public
    assert all(hasattr(journal, name) for name in journal.__all__)


# Export


def test_is_the_markdown_export_readable(store: Store, out: Path) -> None:
    """Does the Markdown export read well: title, privacy note, lessons, prompts, dates, text?"""
    path = store.export(out / "journal.md", lesson_titles={"01": "Building trust"})
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# My peerkit journal\n")
    assert "2 entries" in text and "only you" in text
    assert "## Lesson 01: Building trust" in text and "## Lesson 05" in text
    assert "### A time a helper treated you as an equal" in text
    assert "*Written " in text and " UTC*" in text
    assert SECRET in text
    assert text.index("first entry") < text.index(SECRET)


def test_does_markdown_keep_the_learners_lines_as_text(out: Path) -> None:
    """Does a line the learner starts with '#' stay text instead of becoming a heading?"""
    store = Store.open()
    store.add_entry("01", "p", "Prompt", "# not a heading\n---\nplain line")
    text = store.export(out / "j.md").read_text(encoding="utf-8")
    assert "\n\\# not a heading\n\\---\nplain line\n" in text


def test_does_the_html_export_escape_the_learners_text(store: Store, out: Path) -> None:
    """Does the HTML export show the learner's text escaped, so it can never become markup?"""
    store.add_entry("02", "x", "Prompt <b>", "<script>alert('hi')</script>")
    page = store.export(out / "journal.html", format="html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and "<b>" not in page
    assert html.escape("<script>alert('hi')</script>") in page
    assert html.escape(SECRET) in page
    assert "http" not in page, "the page must need no network"


def test_does_an_export_refuse_to_overwrite_unless_told(store: Store, out: Path) -> None:
    """Does an export refuse to replace an existing file unless overwrite=True?"""
    target = out / "journal.md"
    target.write_text("something the learner keeps")
    with pytest.raises(StoreProblem) as caught:
        store.export(target)
    assert caught.value.kind == "export" and "already exists" in caught.value.message
    assert target.read_text() == "something the learner keeps"
    store.export(target, overwrite=True)
    assert SECRET in target.read_text(encoding="utf-8")


def test_is_an_export_owner_only(store: Store, out: Path) -> None:
    """Is the exported file readable by its owner only?"""
    path = store.export(out / "journal.html", format="html")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("where", "fmt", "words"),
    [
        ("journal.pdf", "pdf", "markdown or html"),
        ("", "markdown", "is a folder"),
        ("missing/journal.md", "markdown", "missing does not exist"),
    ],
)
def test_do_export_problems_come_as_messages(
    store: Store, out: Path, where: str, fmt: str, words: str
) -> None:
    """Do a wrong format, a folder or a missing folder give a plain message and write nothing?"""
    with pytest.raises(StoreProblem, match=words):
        store.export(out / where if where else out, format=fmt)
    assert [p.name for p in out.iterdir()] == []


# Command-line messages


def test_does_where_say_nothing_is_saved_yet_without_creating_anything(home: Path) -> None:
    """Before anything is saved, does 'where' say where the journal will be, creating nothing?"""
    message = cli_where()
    assert isinstance(message, Message) and isinstance(message, str) and message.ok
    assert str(home / "journal" / "journal.db") in message
    assert "Nothing has been saved yet" in message
    assert not home.exists()


def test_does_where_report_the_location_and_counts(store: Store) -> None:
    """Does 'where' name the file, count entries and exercises, and say who can read it?"""
    store.save_progress("01", "sort-1", "sort", {})
    message = cli_where()
    assert message.ok
    assert str(store.location) in message
    assert "2 journal entries" in message and "1 exercise" in message
    assert "your own computer" in message
    assert SECRET not in message


def test_does_where_mention_files_moved_aside(home: Path) -> None:
    """Does 'where' mention unreadable files moved aside, and the notice when it moved one?"""
    location = home / "journal" / "journal.db"
    location.parent.mkdir(parents=True)
    location.write_bytes(b"not a database")
    message = cli_where()
    assert "moved, unchanged, to" in message
    assert "journal.db.unreadable-" in message
    assert "journal.db.unreadable-" in cli_where()


def test_does_where_explain_an_unsafe_location(tmp_path: Path, monkeypatch) -> None:
    """Does 'where' explain, without a traceback, why a PEERKIT_HOME in a repository is refused?"""
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "repo" / "peerkit"))
    message = cli_where()
    assert not message.ok
    assert "git repository" in message and "Traceback" not in message


def test_does_export_write_the_format_the_suffix_asks_for(store: Store, out: Path) -> None:
    """Does 'export' choose HTML or Markdown from the suffix, or from fmt, and say what it did?"""
    message = cli_export(out / "journal.html")
    assert message.ok and "Wrote 2 journal entries" in message
    assert (out / "journal.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert cli_export(out / "journal.txt").ok
    assert (out / "journal.txt").read_text(encoding="utf-8").startswith("# My peerkit journal")
    assert cli_export(out / "notes", "html").ok
    assert (out / "notes").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert SECRET not in message


def test_does_export_refuse_to_overwrite_in_words(store: Store, out: Path) -> None:
    """Does 'export' refuse an existing file with a message, and replace it when told?"""
    (out / "journal.md").write_text("keep me")
    message = cli_export(out / "journal.md")
    assert not message.ok and "already exists" in message
    assert (out / "journal.md").read_text() == "keep me"
    assert cli_export(out / "journal.md", overwrite=True).ok


def test_does_export_with_no_entries_write_nothing(home: Path, out: Path) -> None:
    """With no entries, does 'export' say so and write nothing?"""
    assert "no journal entries" in cli_export(out / "journal.md")
    assert not (out / "journal.md").exists()
    assert not home.exists()


def test_does_delete_ask_first_and_respect_no(store: Store) -> None:
    """Does 'delete' ask with the count and location, and delete nothing on no?"""
    questions: list[str] = []
    message = cli_delete(lambda question: questions.append(question) or False)
    assert "Delete all 2 journal entries" in questions[0]
    assert str(store.location) in questions[0]
    assert message == "Nothing was deleted." and message.ok
    assert len(store.entries()) == 2


def test_does_delete_remove_entries_on_yes(store: Store) -> None:
    """On yes, does 'delete' remove every entry and say how many?"""
    store.save_progress("01", "sort-1", "sort", {})
    message = cli_delete(lambda question: True)
    assert message.ok and "Deleted 2 journal entries" in message
    assert store.entries() == []
    assert len(store.progress()) == 1


def test_does_delete_not_ask_when_there_is_nothing(home: Path) -> None:
    """With nothing to delete, does 'delete' say so without asking?"""

    def never(question: str) -> bool:
        raise AssertionError("must not ask")

    assert cli_delete(never) == "There are no journal entries to delete."


# Listing and deleting one entry

TITLES = {"01": "Building trust"}


def never(question: str) -> bool:
    raise AssertionError("must not ask")


def test_does_list_give_each_entry_its_number_date_lesson_and_prompt(store: Store) -> None:
    """Does 'list' show every entry's number, date, lesson title and prompt, oldest first?"""
    first, second = store.entries()
    message = cli_list(titles=TITLES)
    assert message.ok
    assert str(store.location) in message and "2 journal entries" in message
    assert f"Entry {first.id}: written " in message and " UTC, in Building trust" in message
    assert f"Entry {second.id}: written " in message and ", in 05" in message
    assert "Prompt: A time a helper treated you as an equal" in message
    assert message.index(f"Entry {first.id}:") < message.index(f"Entry {second.id}:")
    assert "peerkit journal delete --entry NUMBER" in message


def test_does_list_keep_what_was_written_hidden_unless_asked(store: Store) -> None:
    """Does 'list' leave out the learner's words, and show only how entries start on request?"""
    hidden = cli_list()
    assert "first entry" not in hidden and "overdose" not in hidden
    assert "--first-words" in hidden
    shown = cli_list(first_words=True)
    assert "Starts: first entry" in shown
    assert "Starts: My brother's overdose last spring still <shakes> me & I…" in shown
    assert 'spring still <shakes> me & I "freeze"' not in shown  # only the first words


def test_does_list_make_control_characters_harmless(home: Path) -> None:
    """Can an entry's text steer the terminal (escape codes, line breaks)? It must not."""
    store = Store.open()
    store.add_entry("01", "p", "Prompt\x1b[2J", "line one\nline two \x1b[31mred\u202e")
    message = cli_list(first_words=True)
    assert "\x1b" not in message and "\u202e" not in message
    assert "Starts: line one line two ?[31mred?" in message
    assert "Prompt: Prompt?[2J" in message


def test_does_list_with_nothing_saved_say_so_and_create_nothing(home: Path) -> None:
    """Before anything is saved, does 'list' say there are no entries, creating no file?"""
    message = cli_list()
    assert message.ok and message == "You have no journal entries yet."
    assert not home.exists()


def test_does_describe_entry_name_an_entry_without_its_text(store: Store) -> None:
    """Does an entry's description give number, date, lesson and the prompt's start, no text?"""
    _, second = store.entries()
    described = describe_entry(second, {"05": "Difficult conversations"})
    assert described.startswith(f"entry {second.id}, written ")
    assert "in Difficult conversations" in described
    assert "(prompt: “What I keep private, and why”)" in described
    assert "overdose" not in described


def test_does_delete_entry_ask_about_that_entry_and_respect_no(store: Store) -> None:
    """Does deleting one entry ask about it by number, lesson and place, and keep it on no?"""
    first, _ = store.entries()
    questions: list[str] = []
    message = cli_delete_entry(
        first.id, lambda question: questions.append(question) or False, titles=TITLES
    )
    assert message == "Nothing was deleted." and message.ok
    [question] = questions
    assert question.startswith(f"Delete entry {first.id}, written ")
    assert "Building trust" in question and str(store.location) in question
    assert "cannot be undone" in question and "first entry" not in question
    assert len(store.entries()) == 2


def test_does_delete_entry_remove_only_that_entry_on_yes(store: Store) -> None:
    """On yes, is only that entry deleted, with a message naming it and what is left?"""
    first, second = store.entries()
    store.save_progress("01", "sort-1", "sort", {})
    message = cli_delete_entry(second.id, lambda question: True)
    assert message.ok
    assert message.startswith(f"Deleted entry {second.id}, written ")
    assert "You have 1 journal entry left." in message
    assert SECRET not in message
    assert store.entries() == [first]
    assert len(store.progress()) == 1
    last = cli_delete_entry(first.id, lambda question: True)
    assert "Your journal is now empty." in last


@pytest.mark.parametrize("saved", [True, False])
def test_does_an_unknown_entry_number_get_a_message_without_asking(home: Path, saved: bool) -> None:
    """For a number that is not in the journal (or no journal), is the answer plain words?"""
    if saved:
        Store.open().add_entry("01", "p", "Prompt", "kept")
    message = cli_delete_entry(999, never)
    assert not message.ok
    assert "There is no entry number 999 in your journal, so nothing was deleted." in message
    assert "peerkit journal list" in message
    assert home.exists() == saved  # asking about an entry creates no journal


def test_is_an_entry_deleted_while_asking_reported_as_gone(store: Store) -> None:
    """If the entry disappears while the question is open, does the answer say so?"""
    first, _ = store.entries()

    def meanwhile(question: str) -> bool:
        Store.open().delete_entry(first.id)  # another notebook got there first
        return True

    message = cli_delete_entry(first.id, meanwhile)
    assert not message.ok and f"no entry number {first.id}" in message


def test_does_the_desk_ask_before_deleting_one_entry(store: Store) -> None:
    """Does the desk's question name the entry, and does deleting it leave the others?"""
    first, second = store.entries()
    desk = JournalDesk(Keeper(), titles=TITLES)
    question = desk.delete_entry_question(first.id)
    assert question.ok
    assert question.startswith(f"Delete this entry? Entry {first.id}, written ")
    assert "Building trust" in question and "cannot be undone" in question
    assert "first entry" not in question
    assert len(store.entries()) == 2  # asking deletes nothing
    done = desk.delete_entry(first.id)
    assert done.ok and f"Deleted entry {first.id}" in done
    assert store.entries() == [second]


def test_does_the_desk_say_when_an_entry_is_already_gone(store: Store) -> None:
    """Asking about, or deleting, an entry that is gone: is that said in words, not raised?"""
    first, _ = store.entries()
    desk = JournalDesk(Keeper())
    store.delete_entry(first.id)
    for message in (desk.delete_entry_question(first.id), desk.delete_entry(first.id)):
        assert not message.ok
        assert f"There is no entry number {first.id}" in message
        assert "deleted already" in message and "peerkit journal" not in message


# Where the kernel runs


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "local"),
        ({"BINDER_LAUNCH_HOST": "https://mybinder.org/"}, "binder"),
        ({"BINDER_REPO_URL": "https://github.com/peerkit-dev/peerkit"}, "binder"),
        ({"BINDER_REF_URL": "https://github.com/peerkit-dev/peerkit/tree/main"}, "binder"),
        (
            {"JUPYTERHUB_SERVICE_PREFIX": "/binder/jupyter/user/x/", "JUPYTERHUB_USER": "x"},
            "binder",
        ),
        ({"JUPYTERHUB_USER": "sam"}, "jupyterhub"),
        ({"JUPYTERHUB_API_URL": "http://hub:8081/hub/api"}, "jupyterhub"),
        ({"JUPYTERHUB_SERVICE_PREFIX": "/user/sam/", "JUPYTERHUB_USER": "sam"}, "jupyterhub"),
        ({"BINDER_LAUNCH_HOST": ""}, "local"),
    ],
)
def test_does_hosting_tell_binder_hub_and_local_apart(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    """Does hosting() tell Binder, a JupyterHub and a local machine apart from the environment?"""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert hosting() == expected
    assert hosting(env) == expected


@pytest.mark.parametrize(
    ("kind", "words"),
    [("binder", "deleted when the session ends"), ("jupyterhub", "administrators"), ("local", "")],
)
def test_does_where_say_what_the_place_means(
    store: Store, monkeypatch: pytest.MonkeyPatch, kind: str, words: str
) -> None:
    """Does 'where' tell Binder and JupyterHub users what that means for their privacy?"""
    if kind == "binder":
        monkeypatch.setenv("BINDER_LAUNCH_HOST", "https://mybinder.org/")
    if kind == "jupyterhub":
        monkeypatch.setenv("JUPYTERHUB_USER", "sam")
    assert hosting_note(hosting()) in cli_where()
    assert words in cli_where()
