"""``peerkit journal where|list|export|delete``: messages, confirmation and exit codes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from peerkit.cli import main
from peerkit.journal import HOME_ENV, Store

pytestmark = pytest.mark.usefixtures("home")  # tests/conftest.py: a fresh store and keeper

SECRET = "The week I could not get out of bed <and> told nobody"


class FakeStdin(io.StringIO):
    def __init__(self, text: str, tty: bool) -> None:
        super().__init__(text)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture
def store() -> Store:
    store = Store.open()
    store.add_entry("01-building-trust", "equal", "A time you were treated as an equal", SECRET)
    store.add_entry("00-welcome", "privacy-tour", "A test entry", "This is a test")
    return store


def test_does_where_say_nothing_is_saved_and_create_nothing(home: Path, capsys) -> None:
    """Before anything is saved, does 'where' name the place, exit 0 and create no file?"""
    assert main(["journal", "where"]) == 0
    out = capsys.readouterr().out
    assert str(home / "journal" / "journal.db") in out
    assert "Nothing has been saved yet" in out
    assert not home.exists()


def test_does_where_count_entries_without_showing_them(store: Store, capsys) -> None:
    """Does 'where' say how many entries there are, and never what they say?"""
    assert main(["journal", "where"]) == 0
    out = capsys.readouterr().out
    assert "2 journal entries" in out
    assert "bed" not in out


def test_does_where_fail_in_words_for_an_unsafe_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """With PEERKIT_HOME inside a git repository, does 'where' explain and exit 1?"""
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "repo" / "journal-home"))
    assert main(["journal", "where"]) == 1
    captured = capsys.readouterr()
    assert "git repository" in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_does_export_write_markdown_with_lesson_titles(
    store: Store, tmp_path: Path, capsys
) -> None:
    """Does 'export PATH' write the entries as Markdown, naming each lesson by its title?"""
    target = tmp_path / "mine.md"
    assert main(["journal", "export", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert SECRET in text
    assert "## Lesson 01-building-trust: Building trust" in text
    assert f"Wrote 2 journal entries to {target}" in capsys.readouterr().out


def test_does_format_override_the_file_name(store: Store, tmp_path: Path) -> None:
    """Does '--format html' write HTML (escaped) even when the name says otherwise?"""
    target = tmp_path / "mine.txt"
    assert main(["journal", "export", str(target), "--format", "html"]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "&lt;and&gt;" in text and "<and>" not in text


def test_does_export_keep_an_existing_file_unless_overwrite(
    store: Store, tmp_path: Path, capsys
) -> None:
    """Is an existing file kept (exit 1, in words) without --overwrite, and replaced with it?"""
    target = tmp_path / "mine.md"
    target.write_text("keep", encoding="utf-8")
    assert main(["journal", "export", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep"
    assert main(["journal", "export", str(target), "--overwrite"]) == 0
    assert SECRET in target.read_text(encoding="utf-8")


def test_does_export_refuse_a_place_inside_a_repository(
    store: Store, tmp_path: Path, capsys
) -> None:
    """Is an export into a git work tree refused with exit 1, writing nothing?"""
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    target = tmp_path / "repo" / "mine.md"
    assert main(["journal", "export", str(target)]) == 1
    assert "git repository" in capsys.readouterr().err
    assert not target.exists()


def test_does_export_with_no_entries_write_nothing(tmp_path: Path, capsys) -> None:
    """With no entries, does export say so, exit 0 and write no file?"""
    target = tmp_path / "mine.md"
    assert main(["journal", "export", str(target)]) == 0
    assert "no journal entries yet" in capsys.readouterr().out
    assert not target.exists()


def test_does_delete_yes_delete_without_asking(store: Store, capsys) -> None:
    """Does 'delete --yes' delete every entry and say how many?"""
    assert main(["journal", "delete", "--yes"]) == 0
    assert "Deleted 2 journal entries" in capsys.readouterr().out
    assert store.entries() == []


def test_does_delete_refuse_without_a_terminal(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Without --yes and with no terminal to ask on, does delete refuse (exit 1) and keep all?"""
    monkeypatch.setattr(sys, "stdin", FakeStdin("yes\n", tty=False))
    assert main(["journal", "delete"]) == 1
    assert "add --yes" in capsys.readouterr().err
    assert len(store.entries()) == 2


@pytest.mark.parametrize(("answer", "left"), [("yes\n", 0), ("y\n", 0), ("no\n", 2), ("", 2)])
def test_does_delete_ask_on_a_terminal(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys, answer: str, left: int
) -> None:
    """On a terminal, does delete ask first, and delete only on 'yes'?"""
    monkeypatch.setattr(sys, "stdin", FakeStdin(answer, tty=True))
    assert main(["journal", "delete"]) == 0
    out = capsys.readouterr().out
    assert "Delete all 2 journal entries" in out and "Type yes" in out
    assert len(store.entries()) == left
    assert ("Nothing was deleted." in out) == bool(left)


def test_does_delete_with_nothing_saved_not_ask(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """With no entries, does delete say so and exit 0, even with no terminal?"""
    monkeypatch.setattr(sys, "stdin", FakeStdin("", tty=False))
    assert main(["journal", "delete"]) == 0
    assert "no journal entries to delete" in capsys.readouterr().out


def test_does_journal_alone_show_its_actions(capsys) -> None:
    """Does 'peerkit journal' with no action list where, list, export and delete?"""
    assert main(["journal"]) == 0
    out = capsys.readouterr().out
    assert all(action in out for action in ("where", "list", "export", "delete"))


# One entry: list to find its number, then delete it


def test_does_list_show_numbers_lessons_and_prompts_but_not_the_text(store: Store, capsys) -> None:
    """Does 'list' give each entry's number, lesson title and prompt, and hide what was written?"""
    first, second = store.entries()
    assert main(["journal", "list"]) == 0
    out = capsys.readouterr().out
    assert f"Entry {first.id}: written " in out and "in Building trust" in out
    assert f"Entry {second.id}: written " in out
    assert "Prompt: A time you were treated as an equal" in out
    assert "bed" not in out and "This is a test" not in out
    assert "delete --entry NUMBER" in out


def test_does_list_first_words_show_how_entries_start(store: Store, capsys) -> None:
    """With --first-words, does 'list' show the start of each entry, on one line each?"""
    assert main(["journal", "list", "--first-words"]) == 0
    out = capsys.readouterr().out
    assert "Starts: The week I could not get out of bed <and> told nobody" in out
    assert "Starts: This is a test" in out


def test_does_list_with_nothing_saved_say_so(home: Path, capsys) -> None:
    """With no journal yet, does 'list' say so, exit 0 and create nothing?"""
    assert main(["journal", "list"]) == 0
    assert "no journal entries yet" in capsys.readouterr().out
    assert not home.exists()


def test_does_delete_entry_yes_delete_only_that_entry(store: Store, capsys) -> None:
    """Does 'delete --entry N --yes' delete that entry alone and say which, and what is left?"""
    first, second = store.entries()
    assert main(["journal", "delete", "--entry", str(first.id), "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Deleted entry {first.id}, written " in out and "Building trust" in out
    assert "You have 1 journal entry left." in out
    assert "bed" not in out
    assert store.entries() == [second]


@pytest.mark.parametrize(("answer", "left"), [("yes\n", 1), ("y\n", 1), ("no\n", 2), ("", 2)])
def test_does_delete_entry_ask_on_a_terminal(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys, answer: str, left: int
) -> None:
    """On a terminal, does 'delete --entry N' ask about that entry, deleting only on 'yes'?"""
    first, second = store.entries()
    monkeypatch.setattr(sys, "stdin", FakeStdin(answer, tty=True))
    assert main(["journal", "delete", "--entry", str(second.id)]) == 0
    out = capsys.readouterr().out
    assert f"Delete entry {second.id}, written " in out and "Type yes to delete it:" in out
    assert "This is a test" not in out
    assert [entry.id for entry in store.entries()] == [first.id, second.id][:left]
    assert ("Nothing was deleted." in out) == (left == 2)


def test_does_delete_entry_refuse_without_a_terminal(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Without --yes or a terminal, does 'delete --entry N' refuse (exit 1) and keep it?"""
    first, _ = store.entries()
    monkeypatch.setattr(sys, "stdin", FakeStdin("yes\n", tty=False))
    assert main(["journal", "delete", "--entry", str(first.id)]) == 1
    assert "add --yes" in capsys.readouterr().err
    assert len(store.entries()) == 2


@pytest.mark.parametrize("tty", [True, False])
def test_does_an_unknown_entry_number_get_plain_words(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys, tty: bool
) -> None:
    """For a number not in the journal, is there a sentence (exit 1), no question, no traceback?"""
    monkeypatch.setattr(sys, "stdin", FakeStdin("yes\n", tty=tty))
    assert main(["journal", "delete", "--entry", "999"]) == 1
    captured = capsys.readouterr()
    assert "There is no entry number 999 in your journal, so nothing was deleted." in captured.err
    assert "peerkit journal list" in captured.err
    assert "Type yes" not in captured.out and "Traceback" not in captured.out + captured.err
    assert len(store.entries()) == 2


@pytest.mark.parametrize("typed", ["abc", "0", "-3", "2.5", ""])
def test_is_an_entry_number_that_is_not_a_number_refused_in_words(
    store: Store, capsys, typed: str
) -> None:
    """Is '--entry abc' (or 0, -3, 2.5) refused with a sentence, deleting nothing?"""
    with pytest.raises(SystemExit) as exited:
        main(["journal", "delete", f"--entry={typed}", "--yes"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "is not an entry number" in err and "peerkit journal list" in err
    assert "Traceback" not in err
    assert len(store.entries()) == 2


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["delete"], "Nothing was deleted"),
        (["delete", "--entry", "999", "--yes"], "There is no entry number 999"),
    ],
    ids=["delete-all-in-a-pipe", "unknown-entry"],
)
def test_does_python_dash_m_refuse_in_words(store: Store, args: list[str], said: str) -> None:
    """Does 'python -m peerkit journal delete' (all in a pipe, or an unknown entry) answer in words, exit 1, delete nothing and show no traceback?"""
    result = subprocess.run(
        [sys.executable, "-m", "peerkit", "journal", *args],
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    assert said in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert len(store.entries()) == 2
