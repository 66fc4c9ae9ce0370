"""The store's table layout, its version, and the upgrade from older versions.

The version lives in SQLite's ``PRAGMA user_version``:

* 0: an empty file (a new store; the tables are created).
* 1: the first, journal-only layout, kept here as history::

      CREATE TABLE entries (
          id      INTEGER PRIMARY KEY AUTOINCREMENT,
          created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
          lesson  TEXT NOT NULL,
          prompt  TEXT NOT NULL,   -- the prompt's words as shown
          text    TEXT NOT NULL
      );

* 2 (current): ``prompt`` becomes ``prompt_text``, ``prompt_id`` is added
  (NULL for entries kept from version 1), and the ``progress`` table holds
  the state of each exercise as JSON.

These functions work on a connection that ``_store`` opened and that is
inside a ``BEGIN IMMEDIATE`` transaction, so an upgrade is all or nothing.
Nothing here opens the database.
"""

from __future__ import annotations

import sqlite3
from typing import Literal

CURRENT_VERSION = 2

V1_COLUMNS = {"entries": {"id", "created", "lesson", "prompt", "text"}}
V2_COLUMNS = {
    "entries": {"id", "created", "lesson", "prompt_id", "prompt_text", "text"},
    "progress": {"lesson", "item", "kind", "state", "updated"},
}

_PROGRESS_TABLE = """
CREATE TABLE progress (
    lesson  TEXT NOT NULL,
    item    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    state   TEXT NOT NULL,
    updated TEXT NOT NULL,
    PRIMARY KEY (lesson, item)
) WITHOUT ROWID
"""
_ENTRIES_INDEX = "CREATE INDEX entries_by_lesson ON entries (lesson, id)"

CREATE_V2 = (
    """
    CREATE TABLE entries (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        created     TEXT NOT NULL,
        lesson      TEXT NOT NULL,
        prompt_id   TEXT,
        prompt_text TEXT NOT NULL,
        text        TEXT NOT NULL
    )
    """,
    _ENTRIES_INDEX,
    _PROGRESS_TABLE,
    f"PRAGMA user_version = {CURRENT_VERSION}",
)

UPGRADE_V1_TO_V2 = (
    "ALTER TABLE entries RENAME COLUMN prompt TO prompt_text",
    "ALTER TABLE entries ADD COLUMN prompt_id TEXT",
    _ENTRIES_INDEX,
    _PROGRESS_TABLE,
    "PRAGMA user_version = 2",
)

Outcome = Literal["ready", "created", "upgraded", "newer", "foreign"]


def read_version(con: sqlite3.Connection) -> int:
    """The schema version written in the file (0 for a new, empty file)."""
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def layout(con: sqlite3.Connection) -> dict[str, set[str]]:
    """Each user table in the file, with the names of its columns."""
    names = [
        row[0]
        for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: {row[1] for row in con.execute("SELECT * FROM pragma_table_info(?)", (name,))}
        for name in names
    }


def _fits(found: dict[str, set[str]], expected: dict[str, set[str]]) -> bool:
    return all(columns <= found.get(table, set()) for table, columns in expected.items())


def prepare(con: sqlite3.Connection) -> Outcome:
    """Bring the file to the current version, inside the caller's transaction.

    Returns ``"newer"`` or ``"foreign"`` without changing anything when the
    file is from a newer peerkit or is not a peerkit store; the caller then
    rolls back.
    """
    version = read_version(con)
    found = layout(con)
    if version > CURRENT_VERSION:
        return "newer"
    if version == 0:
        if found:
            return "foreign"
        for statement in CREATE_V2:
            con.execute(statement)
        return "created"
    if version == 1:
        already = found.get("entries", set()) & {"prompt_id", "prompt_text"}
        if not _fits(found, V1_COLUMNS) or already or "progress" in found:
            return "foreign"
        for statement in UPGRADE_V1_TO_V2:
            con.execute(statement)
        return "upgraded"
    return "ready" if _fits(found, V2_COLUMNS) else "foreign"
