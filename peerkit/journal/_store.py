"""The learner store: journal entries and exercise progress in one SQLite file.

This is the only module that opens the database. Each call opens its own
connection and closes it before returning, so no connection outlives a call,
crosses a ``fork()`` or leaks a ``ResourceWarning``.

Durability: the file uses a rollback journal (``journal_mode=DELETE``) with
``synchronous=EXTRA``: FULL, plus a sync of the folder after the journal is
deleted, which is the commit point in this mode. Every write is one
``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction, finished before the call
returns: "reported saved" means committed and on disk. A rollback journal,
unlike WAL, also works on the network file systems some JupyterHubs use for
home folders, and leaves no side file behind between writes. Concurrent
writers wait for each other (busy timeout).

Privacy: nothing here logs or prints, and messages name paths and counts,
never what the learner wrote. Deleted entries are overwritten in the file
(``secure_delete``), not just dropped from its index.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from . import _schema, _store_problems
from ._export import export_entries
from ._location import (
    check_location,
    check_reachable,
    create_private_file,
    default_path,
    ensure_private_folder,
    file_kind,
    tighten_file,
)
from ._location import set_aside as _set_aside
from ._records import Entry, ProgressRecord, parse_timestamp
from ._salvage import copy_into, read_damaged
from ._store_problems import StoreProblem

BUSY_TIMEOUT = 15.0  # seconds a call waits for another writer before giving up
_PRAGMAS = (
    "PRAGMA synchronous = EXTRA",
    "PRAGMA secure_delete = ON",
    "PRAGMA trusted_schema = OFF",
)
_USABLE = ("created", "upgraded", "ready")
_ENTRY_COLUMNS = "id, created, lesson, prompt_id, prompt_text, text"
_PROGRESS_COLUMNS = "lesson, item, kind, state, updated"
_SQLITE_INTEGERS = (-(2**63), 2**63 - 1)

T = TypeVar("T")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _connect(location: Path) -> sqlite3.Connection:
    """A connection that never creates the file (peerkit creates it, owner-only)."""
    con = sqlite3.connect(
        f"{location.as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT, isolation_level=None
    )
    try:
        for pragma in _PRAGMAS:
            con.execute(pragma)
    except BaseException:
        con.close()
        raise
    return con


def _in_transaction(con: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    con.execute("BEGIN IMMEDIATE")
    try:
        result = work(con)
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    return result


def _prepare(location: Path) -> str:
    """Check the file and bring it to the current version.

    Returns an outcome of :func:`_schema.prepare` or, for a file that is not
    SQLite or is damaged, the reason in words.
    """
    try:
        with closing(_connect(location)) as con:
            if _schema.read_version(con) > _schema.CURRENT_VERSION:
                return "newer"  # checked before anything could write to it
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return _store_problems.DAMAGED
            outcome = _in_transaction(con, _schema.prepare)
            if outcome in _USABLE:
                con.execute("PRAGMA journal_mode = DELETE").fetchall()
            return outcome
    except sqlite3.DatabaseError as exc:
        reason = _store_problems.damage(exc)
        if reason is None:
            raise _store_problems.from_sqlite(exc, location, BUSY_TIMEOUT) from exc
        return reason


def _create(location: Path, *, own_folder: bool) -> None:
    try:
        ensure_private_folder(location.parent, tighten=own_folder)
        create_private_file(location)
    except OSError as exc:
        raise _store_problems.cannot_create(location, exc.strerror or "an error") from exc


def _entry_from_row(row: tuple[Any, ...]) -> Entry:
    i, created, lesson, prompt_id, prompt_text, text = row
    return Entry(int(i), parse_timestamp(created), lesson, prompt_id, prompt_text, text)


def _check_entry_id(entry_id: object) -> bool:
    """Refuse an id that is not an int; False for one no SQLite row could have."""
    if isinstance(entry_id, bool) or not isinstance(entry_id, int):
        raise TypeError(f"entry_id must be an int, not {type(entry_id).__name__}")
    return _SQLITE_INTEGERS[0] <= entry_id <= _SQLITE_INTEGERS[1]


class Store:
    """The learner's private store. Open it with :meth:`Store.open`.

    ``recovered`` is None, or the :class:`StoreProblem` to show the learner
    when an unreadable file had to be moved aside while opening.
    """

    def __init__(self, location: Path, recovered: StoreProblem | None = None) -> None:
        self._location = location
        self.recovered = recovered

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, *, allow_inside_project: bool = False
    ) -> Store:
        """Open (creating if needed) the store at ``path``, a database file.

        Without ``path`` the store is ``journal.db`` in peerkit's own private
        folder (see :func:`default_path`). ``allow_inside_project`` skips the
        check that refuses git work trees and notebook folders: for tests only.
        Raises :class:`StoreProblem` when the store cannot be used.
        """
        own_folder = path is None
        location = default_path() if path is None else Path(path).expanduser().absolute()
        try:
            return cls._open(location, own_folder, allow_inside_project)
        except OSError as exc:  # a folder on the way that cannot be read, a full disk...
            raise _store_problems.cannot_use(location, exc) from exc

    @classmethod
    def _open(cls, location: Path, own_folder: bool, allow_inside_project: bool) -> Store:
        if not allow_inside_project:
            check_location(location)
        else:
            check_reachable(location)
        kind = file_kind(location)
        if (
            kind is not None
        ):  # a folder, a pipe, a link to nothing: never opened (a pipe would hang)
            raise _store_problems.cannot_create(location, f"that is {kind}")
        _create(location, own_folder=own_folder)
        tighten_file(
            location
        )  # a store made by hand, or by an older peerkit, may be readable by all
        outcome = _prepare(location)
        if outcome == "newer":
            raise _store_problems.newer_version(location, _schema.CURRENT_VERSION)
        if outcome in _USABLE:
            return cls(location)
        reason = _store_problems.FOREIGN if outcome == "foreign" else outcome
        try:
            moved: Path | None = _set_aside(location)
        except FileNotFoundError:  # another process moved it first
            moved = None
        _create(location, own_folder=own_folder)
        if _prepare(location) not in _USABLE:
            raise _store_problems.cannot_create(location, "a new journal could not be started")
        salvage = None
        if moved is not None and outcome != "foreign":  # a journal of ours: keep what can be read
            salvage = read_damaged(moved)
            if salvage.entries or salvage.progress:
                with closing(_connect(location)) as con:
                    _in_transaction(con, lambda con: copy_into(con, salvage))
        notice = _store_problems.set_aside_notice(location, reason, moved, salvage)
        return cls(location, recovered=notice)

    @property
    def location(self) -> Path:
        """The path of the database file."""
        return self._location

    def __repr__(self) -> str:
        return f"Store(location={str(self._location)!r})"

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            present = self._location.exists()
        except OSError as exc:  # its folder was made unreadable since
            raise _store_problems.cannot_use(self._location, exc) from exc
        if not present:  # deleted while open: start again, owner-only
            _create(self._location, own_folder=False)
            _prepare(self._location)
        try:
            with closing(_connect(self._location)) as con:
                yield con
        except sqlite3.Error as exc:
            raise _store_problems.from_sqlite(exc, self._location, BUSY_TIMEOUT) from exc

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        with self._connection() as con:
            return _in_transaction(con, work)

    def integrity_check(self) -> str:
        """SQLite's full check of the file: ``"ok"``, or what is wrong (never entry text)."""
        with self._connection() as con:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(row[0]) for row in rows)

    # Journal

    def add_entry(self, lesson_id: str, prompt_id: str, prompt_text: str, text: str) -> Entry:
        """Save one journal entry; when this returns, it is committed to disk."""
        values = {
            "lesson_id": lesson_id,
            "prompt_id": prompt_id,
            "prompt_text": prompt_text,
            "text": text,
        }
        for name, value in values.items():
            if not isinstance(value, str):
                raise TypeError(f"{name} must be a string, not {type(value).__name__}")
        created = _now()
        row = (created.isoformat(timespec="microseconds"), lesson_id, prompt_id, prompt_text, text)
        new_id = self._write(
            lambda con: (
                con.execute(
                    "INSERT INTO entries (created, lesson, prompt_id, prompt_text, text) "
                    "VALUES (?, ?, ?, ?, ?)",
                    row,
                ).lastrowid
            )
        )
        return Entry(int(new_id), created, lesson_id, prompt_id, prompt_text, text)

    def entries(self, lesson_id: str | None = None) -> list[Entry]:
        """Journal entries, oldest first; only one lesson's when ``lesson_id`` is given."""
        where, args = ("", ()) if lesson_id is None else (" WHERE lesson = ?", (lesson_id,))
        with self._connection() as con:
            rows = con.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries{where} ORDER BY id", args
            ).fetchall()
        return [_entry_from_row(row) for row in rows]

    def entry(self, entry_id: int) -> Entry | None:
        """The journal entry with this id, or None when there is none."""
        if not _check_entry_id(entry_id):
            return None
        with self._connection() as con:
            row = con.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
            ).fetchone()
        return None if row is None else _entry_from_row(row)

    def delete_entry(self, entry_id: int) -> bool:
        """Delete one journal entry by its id; True if it was there (and now is not).

        Like every write, one transaction committed before this returns; the
        entry's words are overwritten in the file, and progress is kept.
        """
        if not _check_entry_id(entry_id):
            return False
        deleted = self._write(
            lambda con: con.execute("DELETE FROM entries WHERE id = ?", (entry_id,)).rowcount
        )
        return bool(deleted)

    def delete_all(self, up_to: int | None = None) -> int:
        """Delete every journal entry (progress is kept); returns how many were deleted.

        With ``up_to``, only entries numbered up to it are deleted: the ones counted
        when the learner was asked. Entries saved since (from another notebook) have
        higher numbers, and are kept.
        """
        if up_to is None:
            return int(self._write(lambda con: con.execute("DELETE FROM entries").rowcount))
        if not _check_entry_id(up_to):
            up_to = _SQLITE_INTEGERS[1] if up_to > 0 else 0
        return int(
            self._write(
                lambda con: con.execute("DELETE FROM entries WHERE id <= ?", (up_to,)).rowcount
            )
        )

    def export(
        self,
        path: str | os.PathLike[str],
        format: str = "markdown",
        *,
        overwrite: bool = False,
        lesson_titles: Mapping[str, str] | None = None,
    ) -> Path:
        """Write every journal entry to ``path`` as ``"markdown"`` or ``"html"``.

        Returns the path written. Refuses to replace an existing file unless
        ``overwrite`` is true; the file is readable by its owner only.
        """
        return export_entries(
            self.entries(), path, format, overwrite=overwrite, titles=lesson_titles
        )

    # Progress

    def save_progress(
        self, lesson_id: str, item_id: str, kind: str, state: dict[str, Any]
    ) -> ProgressRecord:
        """Save the state of one exercise, replacing what was saved for it before."""
        if not isinstance(state, dict):
            raise TypeError(f"state must be a dict, not {type(state).__name__}")
        try:
            encoded = json.dumps(state, ensure_ascii=False, allow_nan=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"state must be JSON-serialisable: {exc}") from exc
        updated = _now()
        row = (lesson_id, item_id, kind, encoded, updated.isoformat(timespec="microseconds"))
        self._write(
            lambda con: con.execute(
                f"INSERT INTO progress ({_PROGRESS_COLUMNS}) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (lesson, item) DO UPDATE SET kind = excluded.kind, "
                "state = excluded.state, updated = excluded.updated",
                row,
            )
        )
        return ProgressRecord(lesson_id, item_id, kind, json.loads(encoded), updated)

    def progress(self, lesson_id: str | None = None) -> list[ProgressRecord]:
        """Saved exercise states by lesson, then item; one lesson's when ``lesson_id`` is given."""
        where, args = ("", ()) if lesson_id is None else (" WHERE lesson = ?", (lesson_id,))
        with self._connection() as con:
            rows = con.execute(
                f"SELECT {_PROGRESS_COLUMNS} FROM progress{where} ORDER BY lesson, item", args
            ).fetchall()
        return [
            ProgressRecord(lesson, item, kind, json.loads(state), parse_timestamp(updated))
            for lesson, item, kind, state, updated in rows
        ]
