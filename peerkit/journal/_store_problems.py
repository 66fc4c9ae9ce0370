"""Problems with the learner store, in words a learner can read.

Every expected problem (a store that cannot be opened, a file that was set
aside, an export that would overwrite something) is raised as a
:class:`StoreProblem`; the functions below turn SQLite's errors and the
store's situations into one. Its ``message`` is plain English, safe to show in a
notebook or print from the command line, and never contains what the learner
wrote: only paths, counts and what to do next.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ._salvage import Salvage

ProblemKind = Literal[
    "unsafe-location",  # the store would sit in a repository or beside notebooks
    "newer-version",  # written by a newer peerkit; left untouched
    "set-aside",  # an unreadable file was moved aside and a new store started
    "busy",  # another program kept the store locked for too long
    "unreadable",  # the store cannot be read or written right now
    "export",  # an export could not be written where the learner asked
]


class StoreProblem(Exception):
    """An expected problem with the learner store; ``message`` is for people.

    ``kind`` says which problem it is (see :data:`ProblemKind`), and
    ``moved_to`` names where an unreadable file was moved, when one was.
    """

    def __init__(self, message: str, *, kind: ProblemKind, moved_to: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.kind: ProblemKind = kind
        self.moved_to = moved_to

    def __repr__(self) -> str:
        return f"StoreProblem(kind={self.kind!r}, message={self.message!r})"


# SQLite's primary result codes, and the words Pythons without ``sqlite_errorcode`` show.
_BUSY, _LOCKED, _CORRUPT, _NOTADB = 5, 6, 11, 26
_CODE_WORDS = (
    ("database is locked", _BUSY),
    ("is locked", _LOCKED),
    ("file is not a database", _NOTADB),
    ("malformed", _CORRUPT),
)
_DAMAGE = {_NOTADB: "it is not a database file", _CORRUPT: "it is damaged"}
DAMAGED = _DAMAGE[_CORRUPT]
FOREIGN = "it is a database, but not a peerkit journal"


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF
    words = str(exc).lower()
    return next((code for fragment, code in _CODE_WORDS if fragment in words), None)


def damage(exc: sqlite3.Error) -> str | None:
    """Why the file is unusable, when ``exc`` says it is damaged or not SQLite at all."""
    return _DAMAGE.get(_code(exc) or 0)


def from_sqlite(exc: sqlite3.Error, location: Path, busy_timeout: float) -> StoreProblem:
    """An SQLite error during a call, as a message for the learner."""
    code = _code(exc)
    if code in (_BUSY, _LOCKED):
        return StoreProblem(
            f"Your journal at {location} is busy: another notebook or program kept it "
            f"locked for more than {busy_timeout:.0f} seconds, so this was not done "
            "(if it was a save, nothing was saved). Try again in a moment.",
            kind="busy",
        )
    reason = damage(exc)
    if reason is not None:
        return StoreProblem(
            f"Your journal at {location} can no longer be read: {reason}. Restart the "
            "notebook's kernel: peerkit will then move the file aside, without deleting "
            "it, and start a new journal.",
            kind="unreadable",
        )
    return StoreProblem(
        f"peerkit could not read or write your journal at {location} (SQLite said: {exc}). "
        "Check that the disk is not full and that the folder belongs to you, then try again.",
        kind="unreadable",
    )


def cannot_use(location: Path, exc: OSError) -> StoreProblem:
    """An operating-system error while opening the store, as a message for the learner."""
    if isinstance(exc, PermissionError):
        return StoreProblem(
            f"peerkit may not open your journal at {location} (permission denied). Set the"
            " environment variable PEERKIT_HOME to a private folder of your own, then try again.",
            kind="unreadable",
        )
    return StoreProblem(
        f"peerkit could not read or write your journal at {location}"
        f" ({exc.strerror or type(exc).__name__}). Check that the disk is not full and that the"
        " folder belongs to you, then try again.",
        kind="unreadable",
    )


def cannot_create(location: Path, why: str) -> StoreProblem:
    return StoreProblem(
        f"peerkit could not create your journal at {location} ({why}). Set the environment "
        "variable PEERKIT_HOME to a private folder you can write to.",
        kind="unreadable",
    )


def newer_version(location: Path, known: int) -> StoreProblem:
    return StoreProblem(
        f"Your journal at {location} was written by a newer version of peerkit than this "
        f"one (which reads up to format {known}). It was left untouched. Update peerkit, "
        "then open it again.",
        kind="newer-version",
    )


def _entries_words(count: int) -> str:
    return f"{count:,} journal {'entry' if count == 1 else 'entries'}"


def set_aside_notice(
    location: Path,
    reason: str,
    moved_to: Path | None,
    salvage: Salvage | None = None,
) -> StoreProblem:
    """What the learner is told when an unreadable store was moved aside (and what was saved)."""
    where = f"moved, unchanged, to {moved_to}" if moved_to else "moved aside by another notebook"
    if salvage is None or not (salvage.entries or salvage.progress):
        return StoreProblem(
            f"Your journal file at {location} could not be read: {reason}. It was {where}, and "
            "a new, empty journal was started in its place. Nothing was deleted. If you need "
            "what was in the old file, keep it and ask someone technical to help recover it.",
            kind="set-aside",
            moved_to=moved_to,
        )
    kept = [_entries_words(salvage.recovered)] if salvage.entries else []
    if salvage.progress:
        count = len(salvage.progress)
        kept.append(f"{count:,} saved exercise {'answer' if count == 1 else 'answers'}")
    lost = []
    if salvage.lost_entries:
        lost.append(f"{_entries_words(salvage.lost_entries)} could not be read")
    if salvage.lost_progress:
        lost.append("saved exercise answers could not be read")
    missing = f" ({'; '.join(lost)}; the old file is kept as it was)" if lost else ""
    return StoreProblem(
        f"Your journal file at {location} could not be read: {reason}. It was {where}, and a "
        f"new journal was started with the {' and '.join(kept)} that could still be read"
        f"{missing}. Nothing was deleted.",
        kind="set-aside",
        moved_to=moved_to,
    )
