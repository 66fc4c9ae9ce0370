"""The store's file format: upgrading old files, leaving newer ones alone, moving bad ones aside."""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

import pytest

from peerkit.journal import SCHEMA_VERSION, Store, StoreProblem, _schema
from peerkit.journal._location import set_aside

pytestmark = pytest.mark.usefixtures("home")  # tests/conftest.py: a fresh store and keeper

# The first, journal-only layout, written here as it was, so the test does not
# depend on the code it checks.
VERSION_1 = """
CREATE TABLE entries (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    lesson  TEXT NOT NULL,
    prompt  TEXT NOT NULL,
    text    TEXT NOT NULL
);
PRAGMA user_version = 1;
"""
V1_ROWS = [
    ("2025-03-01 09:30:00", "01", "A time a helper treated you as an equal", "first, in March"),
    ("2025-03-02T18:05:10+00:00", "05", "What I keep private, and why", "second\nwith two lines"),
]
SET_ASIDE_NAME = re.compile(r"^journal\.db\.unreadable-\d{8}T\d{6}(-\d+)?$")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "journal.db"


def build_v1(path: Path) -> None:
    with closing(sqlite3.connect(path)) as con:
        con.executescript(VERSION_1)
        con.executemany(
            "INSERT INTO entries (created, lesson, prompt, text) VALUES (?, ?, ?, ?)", V1_ROWS
        )
        con.execute("INSERT INTO entries (lesson, prompt, text) VALUES ('05', 'P', 'third')")
        con.execute("DELETE FROM entries WHERE text = 'third'")  # ids are never reused
        con.commit()


def read(path: Path, query: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as con:
        return con.execute(query).fetchall()


def aside_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".unreadable-" in p.name)


# Versions


def test_is_a_new_store_written_at_the_current_version(db: Path) -> None:
    """Is a new store marked with the current schema version?"""
    Store.open(db)
    assert read(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)] == [(2,)]


def test_does_a_version_1_file_upgrade_in_place_keeping_every_entry(db: Path) -> None:
    """Does opening a version 1 file upgrade it in place, keeping every entry as it was?"""
    build_v1(db)
    store = Store.open(db)
    assert store.recovered is None
    assert read(db, "PRAGMA user_version") == [(2,)]
    entries = store.entries()
    assert [(e.id, e.lesson_id, e.prompt_text, e.text) for e in entries] == [
        (1, "01", "A time a helper treated you as an equal", "first, in March"),
        (2, "05", "What I keep private, and why", "second\nwith two lines"),
    ]
    assert [e.prompt_id for e in entries] == [None, None]
    assert entries[0].created == datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)
    assert entries[1].created == datetime(2025, 3, 2, 18, 5, 10, tzinfo=timezone.utc)
    assert store.add_entry("01", "new", "New prompt", "fourth").id == 4
    store.save_progress("01", "sort-1", "sort", {"placed": {}})
    assert len(store.progress()) == 1
    assert aside_files(db.parent) == []


def test_is_the_upgrade_all_or_nothing(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the upgrade fails part way, is the version 1 file left exactly as it was?"""
    build_v1(db)
    before = read(db, "SELECT * FROM entries ORDER BY id")
    failing = (*_schema.UPGRADE_V1_TO_V2[:-1], "INSERT INTO no_such_table VALUES (1)")
    monkeypatch.setattr(_schema, "UPGRADE_V1_TO_V2", failing)
    with pytest.raises(StoreProblem):
        Store.open(db)
    assert read(db, "PRAGMA user_version") == [(1,)]
    assert read(db, "SELECT * FROM entries ORDER BY id") == before
    assert {row[1] for row in read(db, "PRAGMA table_info(entries)")} == {
        "id",
        "created",
        "lesson",
        "prompt",
        "text",
    }
    assert read(db, "SELECT name FROM sqlite_master WHERE name = 'progress'") == []
    monkeypatch.undo()
    assert len(Store.open(db).entries()) == 2


def test_is_a_newer_file_left_untouched_with_a_clear_message(db: Path) -> None:
    """Is a file from a newer peerkit refused in words and left byte for byte as it was?"""
    Store.open(db).add_entry("01", "p", "Prompt", "written by a future peerkit")
    with closing(sqlite3.connect(db)) as con:
        con.execute("PRAGMA user_version = 3")
        con.commit()
    before, stamp = db.read_bytes(), db.stat().st_mtime_ns
    with pytest.raises(StoreProblem) as caught:
        Store.open(db)
    assert caught.value.kind == "newer-version"
    assert "newer version of peerkit" in caught.value.message
    assert "left untouched" in caught.value.message
    assert (db.read_bytes(), db.stat().st_mtime_ns) == (before, stamp)
    assert aside_files(db.parent) == []


# Files that cannot be read


def damaged_store(path: Path) -> bytes:
    store = Store.open(path)
    for n in range(300):
        store.add_entry("01", "p", "Prompt", f"entry {n} " + "words " * 40)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return data[: len(data) // 2]


def not_sqlite(path: Path) -> bytes:
    data = b"these are my notes, not a database\n" * 10
    path.write_bytes(data)
    return data


def someone_elses_sqlite(path: Path) -> bytes:
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE recipes (name TEXT, steps TEXT)")
        con.execute("INSERT INTO recipes VALUES ('soup', 'boil')")
        con.commit()
    return path.read_bytes()


def header_only(path: Path) -> bytes:
    Store.open(path).add_entry("01", "p", "Prompt", "text")
    data = path.read_bytes()[:100]
    path.write_bytes(data)
    return data


def v2_without_progress(path: Path) -> bytes:
    Store.open(path)
    with closing(sqlite3.connect(path)) as con:
        con.execute("DROP TABLE progress")
        con.commit()
    return path.read_bytes()


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (not_sqlite, "not a database file"),
        (someone_elses_sqlite, "not a peerkit journal"),
        (damaged_store, "damaged"),
        (header_only, ""),
        (v2_without_progress, "not a peerkit journal"),
    ],
    ids=["not-sqlite", "foreign-sqlite", "truncated-half", "truncated-header", "missing-table"],
)
def test_is_an_unreadable_file_moved_aside_and_a_new_store_started(
    db: Path, spoil, reason: str
) -> None:
    """Is a bad file moved aside unchanged, a new store started, and the learner told where?"""
    original = spoil(db)
    store = Store.open(db)
    problem = store.recovered
    assert isinstance(problem, StoreProblem) and problem.kind == "set-aside"
    moved = problem.moved_to
    assert moved is not None and SET_ASIDE_NAME.match(moved.name)
    assert moved.read_bytes() == original, "nothing may be changed or deleted"
    assert str(moved) in problem.message
    assert reason in problem.message
    assert "Nothing was deleted" in problem.message
    assert store.entries() == []
    assert store.add_entry("01", "p", "Prompt", "a fresh start").id == 1
    assert Store.open(db).recovered is None


def test_is_an_empty_file_treated_as_a_new_store(db: Path) -> None:
    """Is an empty file (a store whose creation was interrupted) simply started, not set aside?"""
    db.touch()
    store = Store.open(db)
    assert store.recovered is None
    assert aside_files(db.parent) == []


def test_does_a_v1_file_with_the_wrong_columns_count_as_foreign(db: Path) -> None:
    """Is a file marked version 1 but with other columns moved aside rather than upgraded?"""
    with closing(sqlite3.connect(db)) as con:
        con.executescript("CREATE TABLE entries (id INTEGER, body TEXT); PRAGMA user_version = 1;")
    store = Store.open(db)
    assert store.recovered is not None and store.recovered.kind == "set-aside"


def test_are_side_files_moved_with_the_unreadable_file(db: Path) -> None:
    """Are a bad file's side files moved with it, keeping their pairing with it?"""
    not_sqlite(db)
    for suffix in ("-journal", "-wal", "-shm"):
        Path(f"{db}{suffix}").write_bytes(suffix.encode())
    moved = set_aside(db)
    for suffix in ("-journal", "-wal", "-shm"):
        assert Path(f"{moved}{suffix}").read_bytes() == suffix.encode()
        assert not Path(f"{db}{suffix}").exists()


def test_does_a_leftover_journal_not_harm_the_new_store(db: Path) -> None:
    """With a bad file and a leftover -journal beside it, is the new store clean?"""
    not_sqlite(db)
    Path(f"{db}-journal").write_bytes(b"leftover rollback journal")
    store = Store.open(db)
    assert store.recovered is not None
    assert not Path(f"{db}-journal").exists()
    assert store.integrity_check() == "ok"
    assert store.add_entry("01", "p", "Prompt", "text").id == 1


def test_do_two_set_asides_in_one_second_get_different_names(db: Path) -> None:
    """Do two files set aside within the same second keep separate names?"""
    now = datetime(2026, 11, 23, 10, 15, tzinfo=timezone.utc)
    not_sqlite(db)
    first = set_aside(db, now)
    not_sqlite(db)
    second = set_aside(db, now)
    assert first.name == "journal.db.unreadable-20261123T101500"
    assert second.name == "journal.db.unreadable-20261123T101500-2"
    assert first.exists() and second.exists()


def test_does_a_set_aside_file_keep_its_permissions(db: Path) -> None:
    """Does the moved-aside file stay owner-only?"""
    not_sqlite(db)
    os.chmod(db, 0o600)
    moved = Store.open(db).recovered.moved_to  # type: ignore[union-attr]
    assert moved.stat().st_mode & 0o777 == 0o600
