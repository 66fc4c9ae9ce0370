"""Copy what can still be read out of a damaged store, so a learner keeps their entries.

When a store is damaged (SQLite's check fails), :meth:`Store.open` moves the file
aside, unchanged, and starts a new one; this module then reads the moved file
without writing to it and copies every entry and saved exercise state it can read
into the new store, keeping each entry's number and date.

Damage is usually one page. An index page is only a shortcut: the entries are read
straight from their table (``NOT INDEXED``), so a damaged index costs nothing. A
damaged page of the table itself loses the entries on that page only: when reading
the whole table fails, entries are read one by one by their number, and those that
cannot be read are counted, never guessed at.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._records import parse_timestamp

MAX_PROBES = 1_000_000
"""Most entry numbers tried one by one when the table cannot be read in one go."""


@dataclass(frozen=True)
class Salvage:
    """What was read out of a damaged store."""

    entries: list[tuple[Any, ...]]
    progress: list[tuple[Any, ...]]
    lost_entries: int
    lost_progress: bool

    @property
    def recovered(self) -> int:
        return len(self.entries)


_NOTHING = Salvage([], [], 0, False)


def _columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in con.execute(f"PRAGMA table_info({table})").fetchall()}


def _entry_query(columns: set[str]) -> str | None:
    """The SELECT that reads entries in the current shape, from either store version."""
    if {"id", "created", "lesson", "text"} - columns:
        return None
    prompt_id = "prompt_id" if "prompt_id" in columns else "NULL"
    prompt_text = (
        "prompt_text" if "prompt_text" in columns else "prompt" if "prompt" in columns else None
    )
    if prompt_text is None:
        return None
    return f"SELECT id, created, lesson, {prompt_id}, {prompt_text}, text FROM entries NOT INDEXED"


def _usable(row: tuple[Any, ...]) -> bool:
    """A row whose fields have the types an entry needs (a damaged page can hold garbage)."""
    entry_id, created, lesson, prompt_id, prompt_text, text = row
    if not isinstance(entry_id, int) or not all(
        isinstance(v, str) for v in (created, lesson, text)
    ):
        return False
    if not isinstance(prompt_text, str) or not (prompt_id is None or isinstance(prompt_id, str)):
        return False
    try:
        parse_timestamp(created)
    except (TypeError, ValueError):
        return False
    return True


def _highest_id(con: sqlite3.Connection) -> int | None:
    for query in (
        "SELECT seq FROM sqlite_sequence WHERE name = 'entries'",
        "SELECT max(id) FROM entries",
    ):
        try:
            row = con.execute(query).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row and isinstance(row[0], int):
            return row[0]
    return None


def _entries(con: sqlite3.Connection) -> tuple[list[tuple[Any, ...]], int]:
    """Every readable entry, and how many could not be read."""
    query = _entry_query(_columns(con, "entries"))
    if query is None:
        return [], 0
    try:
        rows = con.execute(f"{query} ORDER BY id").fetchall()
    except sqlite3.DatabaseError:
        rows = None
    if rows is not None:
        usable = [row for row in rows if _usable(row)]
        return usable, len(rows) - len(usable)
    top = _highest_id(con)
    if top is None:
        return [], 0
    found: list[tuple[Any, ...]] = []
    lost = 0
    for entry_id in range(1, min(top, MAX_PROBES) + 1):
        try:
            row = con.execute(f"{query} WHERE id = ?", (entry_id,)).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        if row is None:
            continue  # deleted by the learner, or never written
        if _usable(row):
            found.append(row)
        else:
            lost += 1
    return found, lost


def _progress(con: sqlite3.Connection) -> tuple[list[tuple[Any, ...]], bool]:
    if not {"lesson", "item", "kind", "state", "updated"} <= _columns(con, "progress"):
        return [], False
    try:
        rows = con.execute("SELECT lesson, item, kind, state, updated FROM progress").fetchall()
    except sqlite3.DatabaseError:
        return [], True
    return [r for r in rows if all(isinstance(v, str) for v in r)], False


def read_damaged(path: Path) -> Salvage:
    """What can be read from the damaged store at ``path``, which is opened read-only."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return _NOTHING
    with contextlib.closing(con):
        try:
            entries, lost = _entries(con)
            progress, progress_lost = _progress(con)
        except sqlite3.DatabaseError:  # the file's own list of tables cannot be read
            return _NOTHING
    return Salvage(entries, progress, lost, progress_lost)


def copy_into(con: sqlite3.Connection, salvage: Salvage) -> None:
    """Write what was salvaged into a new store (inside the caller's transaction)."""
    con.executemany(
        "INSERT OR IGNORE INTO entries (id, created, lesson, prompt_id, prompt_text, text)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        salvage.entries,
    )
    con.executemany(
        "INSERT OR IGNORE INTO progress (lesson, item, kind, state, updated) VALUES (?, ?, ?, ?, ?)",
        salvage.progress,
    )
