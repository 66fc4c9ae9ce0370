"""The learner store: journal entries, progress, where it lives, and what it never reveals."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import tempfile
from contextlib import closing, contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import platformdirs
import pytest

from peerkit.journal import HOME_ENV, Entry, ProgressRecord, Store, StoreProblem, default_path
from peerkit.journal import _store as store_module

pytestmark = pytest.mark.usefixtures("home")  # tests/conftest.py: a fresh store and keeper

ROOT = Path(__file__).resolve().parent.parent
SECRET = "I relapsed in March and told nobody at work"


@pytest.fixture
def store() -> Store:
    return Store.open()


@contextmanager
def umask(value: int):
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# Journal entries


def test_does_a_saved_entry_come_back_whole(store: Store) -> None:
    """Does a saved entry come back with its id, UTC time, lesson, prompt and text?"""
    before = datetime.now(timezone.utc)
    saved = store.add_entry("01", "equal-helper", "A time a helper treated you as an equal", SECRET)
    assert isinstance(saved, Entry) and saved.id >= 1
    assert saved.created.tzinfo is not None and saved.created.utcoffset() == timedelta(0)
    assert before <= saved.created <= datetime.now(timezone.utc)
    assert store.entries() == [saved]
    again = Store.open().entries()[0]
    assert (again.lesson_id, again.prompt_id, again.prompt_text, again.text) == (
        "01",
        "equal-helper",
        "A time a helper treated you as an equal",
        SECRET,
    )


def test_are_entries_listed_oldest_first_and_by_lesson(store: Store) -> None:
    """Are entries listed oldest first, and only one lesson's when asked?"""
    first = store.add_entry("01", "a", "Prompt A", "one")
    second = store.add_entry("05", "b", "Prompt B", "two")
    third = store.add_entry("01", "c", "Prompt C", "three")
    assert [e.id for e in store.entries()] == [first.id, second.id, third.id]
    assert [e.text for e in store.entries("01")] == ["one", "three"]
    assert store.entries("99") == []


def test_is_a_save_committed_when_the_call_returns(store: Store) -> None:
    """Can another connection read an entry as soon as add_entry returns?"""
    saved = store.add_entry("01", "p", "Prompt", SECRET)
    with closing(sqlite3.connect(store.location)) as con:
        assert con.execute("SELECT text FROM entries WHERE id = ?", (saved.id,)).fetchone() == (
            SECRET,
        )


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to list open files")
def test_does_the_store_keep_no_file_open_between_calls(store: Store) -> None:
    """Does the store hold no file open once a call has returned?"""
    store.add_entry("01", "p", "Prompt", "text")
    store.entries()
    store.save_progress("01", "case", "case", {"ending": None})
    targets = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            targets.append(os.readlink(fd))
        except OSError:
            continue
    assert not [t for t in targets if t.startswith(str(store.location))]


def test_does_delete_all_remove_every_entry_and_keep_progress(store: Store) -> None:
    """Does delete_all remove every entry, say how many, and keep exercise progress?"""
    store.add_entry("01", "a", "Prompt", "one")
    store.add_entry("02", "b", "Prompt", "two")
    store.save_progress("02", "sort-1", "sort", {"placed": {"card": "bin"}})
    assert store.delete_all() == 2
    assert store.entries() == []
    assert store.delete_all() == 0
    assert len(store.progress()) == 1


def test_are_deleted_words_gone_from_the_file_itself(store: Store) -> None:
    """After delete_all, are the learner's words gone from the bytes of the database file?"""
    marker = "unmistakable-private-words-" * 20
    for _ in range(5):
        store.add_entry("01", "p", "Prompt", marker)
    assert marker.encode() in store.location.read_bytes()
    store.delete_all()
    assert b"unmistakable-private-words" not in store.location.read_bytes()


def test_does_delete_entry_remove_that_entry_only(store: Store) -> None:
    """Does delete_entry remove the one entry asked for, keeping the others and progress?"""
    first = store.add_entry("01", "a", "Prompt A", "one")
    second = store.add_entry("02", "b", "Prompt B", "two")
    third = store.add_entry("01", "c", "Prompt C", "three")
    store.save_progress("02", "sort-1", "sort", {"placed": {}})
    assert store.delete_entry(second.id) is True
    assert store.entries() == [first, third]
    assert len(store.progress()) == 1


def test_does_delete_entry_say_false_for_an_entry_that_is_not_there(store: Store) -> None:
    """Does deleting an id that is not (or no longer) in the journal return False, changing nothing?"""
    saved = store.add_entry("01", "a", "Prompt A", "one")
    assert store.delete_entry(saved.id + 1000) is False
    assert store.delete_entry(2**80) is False and store.entry(2**80) is None  # beyond SQLite
    assert store.entries() == [saved]
    assert store.delete_entry(saved.id) is True
    assert store.delete_entry(saved.id) is False
    assert store.entries() == []


def test_is_a_deleted_entry_gone_when_the_call_returns(store: Store) -> None:
    """Can another connection see that an entry is gone as soon as delete_entry returns?"""
    saved = store.add_entry("01", "p", "Prompt", SECRET)
    store.delete_entry(saved.id)
    with closing(sqlite3.connect(store.location)) as con:
        assert con.execute("SELECT count(*) FROM entries").fetchone() == (0,)


def test_are_one_deleted_entrys_words_gone_from_the_file_itself(store: Store) -> None:
    """After delete_entry, are that entry's words gone from the file, and the others' kept?"""
    gone, kept = "words-to-forget-" * 40, "words-to-keep-" * 40
    doomed = store.add_entry("01", "p", "Prompt", gone)
    store.add_entry("01", "q", "Prompt", kept)
    assert gone.encode() in store.location.read_bytes()
    store.delete_entry(doomed.id)
    assert b"words-to-forget" not in store.location.read_bytes()
    assert [entry.text for entry in store.entries()] == [kept]


@pytest.mark.parametrize("wrong", ["1", 1.0, True, None])
def test_does_delete_entry_refuse_an_id_that_is_not_a_whole_number(
    store: Store, wrong: object
) -> None:
    """Is an id that is not an int (a string, a float, True) refused, deleting nothing?"""
    store.add_entry("01", "p", "Prompt", "one")
    with pytest.raises(TypeError, match="entry_id must be an int"):
        store.delete_entry(wrong)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="entry_id must be an int"):
        store.entry(wrong)  # type: ignore[arg-type]
    assert len(store.entries()) == 1


def test_does_entry_find_one_entry_by_its_id(store: Store) -> None:
    """Does entry(id) return that entry whole, and None for an id that is not there?"""
    store.add_entry("01", "a", "Prompt A", "one")
    second = store.add_entry("05", "b", "Prompt B", SECRET)
    assert store.entry(second.id) == second
    assert store.entry(second.id + 1) is None


def test_does_add_entry_refuse_text_that_is_not_a_string(store: Store) -> None:
    """Does add_entry refuse a value that is not text, saving nothing?"""
    with pytest.raises(TypeError, match="text must be a string"):
        store.add_entry("01", "p", "Prompt", None)  # type: ignore[arg-type]
    assert store.entries() == []


def test_does_a_busy_store_give_a_message_not_a_traceback(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When another program holds the store locked, is the learner told nothing was saved?"""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.2)
    with closing(sqlite3.connect(store.location, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreProblem) as caught:
            store.add_entry("01", "p", "Prompt", SECRET)
        other.execute("ROLLBACK")
    assert caught.value.kind == "busy"
    assert "nothing was saved" in caught.value.message
    assert SECRET not in caught.value.message
    assert store.entries() == []


# Progress


def test_does_progress_keep_each_exercise_state(store: Store) -> None:
    """Does save_progress keep case, sort and quiz states per exercise, as saved?"""
    case = {"path": [["start", "open"], ["middle", "ask"]], "ending": "good-end"}
    store.save_progress("02", "cs-02", "case", case)
    store.save_progress("01", "ex-01", "sort", {"placed": {"c1": "mutual"}, "checked": True})
    store.save_progress("01", "quiz-1", "quiz", {"answers": {"q1": "b"}, "score": 0.5})
    records = store.progress()
    assert [(r.lesson_id, r.item_id, r.kind) for r in records] == [
        ("01", "ex-01", "sort"),
        ("01", "quiz-1", "quiz"),
        ("02", "cs-02", "case"),
    ]
    assert all(isinstance(r, ProgressRecord) for r in records)
    assert records[2].state == case
    assert records[2].updated.utcoffset() == timedelta(0)
    assert [r.item_id for r in store.progress("02")] == ["cs-02"]


def test_does_saving_progress_again_replace_the_earlier_state(store: Store) -> None:
    """Does saving the same exercise again replace its state rather than add a second one?"""
    store.save_progress("02", "cs-02", "case", {"path": [["start", "push"]], "ending": None})
    store.save_progress("02", "cs-02", "case", {"path": [], "ending": None})
    assert [r.state for r in store.progress()] == [{"path": [], "ending": None}]


@pytest.mark.parametrize(
    "state", [["not", "a", "dict"], {"when": datetime.now()}, {"x": float("nan")}]
)
def test_does_save_progress_refuse_state_it_cannot_store(store: Store, state: object) -> None:
    """Does save_progress refuse state that is not a JSON-serialisable dict?"""
    with pytest.raises(TypeError):
        store.save_progress("01", "x", "quiz", state)  # type: ignore[arg-type]
    assert store.progress() == []


# Privacy


def test_does_repr_of_an_entry_hide_the_text(store: Store) -> None:
    """Does repr() (and str()) of an entry show the text's length but never the text?"""
    saved = store.add_entry("01", "p", "Prompt", SECRET)
    for shown in (repr(saved), str(saved), repr([saved]), f"{saved}"):
        assert SECRET not in shown and "relapsed" not in shown
        assert f"{len(SECRET)} characters" in shown


def test_does_the_store_print_or_log_nothing(
    store: Store,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Does using the store write nothing to stdout, stderr or the logs?"""
    caplog.set_level(logging.DEBUG)
    store.add_entry("01", "p", "Prompt", SECRET)
    store.entries()
    store.save_progress("01", "a", "quiz", {"answers": {}})
    store.export(tmp_path / "out.md")
    store.entry(1)
    store.delete_entry(store.add_entry("01", "p", "Prompt", SECRET).id)
    store.delete_all()
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    assert caplog.records == []


def test_does_the_package_have_no_network_code() -> None:
    """Does the journal package import nothing that could talk to the network?"""
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "peerkit" / "journal").glob("*.py")
    )
    for word in ("socket", "urllib", "http", "requests", "logging", "print("):
        assert word not in source, word


# Where the store lives, and its permissions


def test_is_the_store_created_owner_only_in_peerkit_home(home: Path) -> None:
    """Are the folder and file created 0700 and 0600 in PEERKIT_HOME, even with umask 0?"""
    with umask(0):
        store = Store.open()
    assert store.location == home / "journal" / "journal.db"
    assert mode(home) == 0o700
    assert mode(home / "journal") == 0o700
    assert mode(store.location) == 0o600


def test_does_sqlites_rollback_journal_get_the_same_mode(store: Store) -> None:
    """Is SQLite's -journal side file, present during a write, owner-only too, even with umask 0?"""
    side = Path(f"{store.location}-journal")
    with umask(0), closing(sqlite3.connect(store.location, isolation_level=None)) as con:
        con.execute("BEGIN IMMEDIATE")
        con.execute(
            "INSERT INTO entries (created, lesson, prompt_text, text) VALUES ('x', 'l', 'p', 't')"
        )
        assert side.exists()
        assert mode(side) == 0o600
        con.execute("ROLLBACK")
    assert not side.exists()


def test_is_a_loose_journal_folder_made_private(home: Path) -> None:
    """If peerkit's journal folder has become readable by others, is it made 0700 again?"""
    folder = home / "journal"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    Store.open()
    assert mode(folder) == 0o700


def test_is_the_default_in_the_users_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without PEERKIT_HOME, is the store in platformdirs' per-user data folder?"""
    monkeypatch.delenv(HOME_ENV)
    expected = Path(platformdirs.user_data_dir("peerkit", appauthor=False))
    assert default_path() == expected / "journal" / "journal.db"
    assert expected.is_relative_to(tmp_path), "must not touch the real user folder"
    assert Store.open().location == expected / "journal" / "journal.db"


@pytest.mark.parametrize("git", ["folder", "file"])
def test_is_a_folder_inside_a_git_work_tree_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, git: str
) -> None:
    """Is a PEERKIT_HOME inside a git work tree refused, with a way out, creating nothing?"""
    repo = tmp_path / "repo"
    repo.mkdir()
    if git == "folder":
        (repo / ".git").mkdir()
    else:  # worktrees and submodules have a .git file
        (repo / ".git").write_text("gitdir: elsewhere\n")
    monkeypatch.setenv(HOME_ENV, str(repo / "data" / "peerkit"))
    with pytest.raises(StoreProblem) as caught:
        Store.open()
    assert caught.value.kind == "unsafe-location"
    assert "git repository" in caught.value.message
    assert HOME_ENV in caught.value.message
    assert not (repo / "data").exists()


def test_is_a_folder_beside_notebooks_refused(tmp_path: Path) -> None:
    """Is a store beside .ipynb files refused?"""
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "00_welcome.ipynb").write_text("{}")
    with pytest.raises(StoreProblem, match="notebooks") as caught:
        Store.open(lessons / "journal.db")
    assert caught.value.kind == "unsafe-location"
    assert not (lessons / "journal.db").exists()


def test_is_the_project_folder_itself_refused() -> None:
    """Is a store inside this repository (or beside its notebooks) refused?"""
    for place in (ROOT / "journal.db", ROOT / "notebooks" / "journal.db"):
        with pytest.raises(StoreProblem):
            Store.open(place)
        assert not place.exists()


def test_can_tests_allow_an_unsafe_place_explicitly(tmp_path: Path) -> None:
    """Can a test open a store beside notebooks when it says so explicitly?"""
    (tmp_path / "lesson.ipynb").write_text("{}")
    store = Store.open(tmp_path / "journal.db", allow_inside_project=True)
    assert store.add_entry("01", "p", "Prompt", "text").id >= 1


def test_does_binder_use_a_private_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Binder, where home is the repository, is a private temporary folder used instead?"""
    user_home = tmp_path / "jovyan"
    (user_home / ".git").mkdir(parents=True)
    monkeypatch.delenv(HOME_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(user_home / ".local" / "share"))
    monkeypatch.setenv("BINDER_LAUNCH_HOST", "https://mybinder.org/")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    store = Store.open()
    assert store.location == tmp_path / "tmp" / f"peerkit-{os.getuid()}" / "journal.db"
    assert mode(store.location.parent) == 0o700
    monkeypatch.delenv("BINDER_LAUNCH_HOST")
    with pytest.raises(StoreProblem, match="git repository"):
        Store.open()


def test_does_a_folder_path_give_a_clear_message(tmp_path: Path) -> None:
    """Is a folder given where the database file should be refused in words?"""
    with pytest.raises(StoreProblem, match="folder"):
        Store.open(tmp_path)


def test_does_a_deleted_store_start_again_owner_only(store: Store) -> None:
    """If the file is deleted while a notebook runs, does the next save start a new private one?"""
    store.add_entry("01", "p", "Prompt", "before")
    store.location.unlink()
    with umask(0):
        store.add_entry("01", "p", "Prompt", "after")
    assert mode(store.location) == 0o600
    assert [e.text for e in store.entries()] == ["after"]
