"""Folders that commands write into: only their own, or empty ones, never anyone else's.

``peerkit app`` and ``peerkit handouts`` write generated files into a folder the user
names with ``--out``. Before this module they deleted and replaced what they found
there: ``peerkit app --out notebooks`` deleted every lesson. Now a command writes
only into

- a folder that does not exist yet (it is created),
- an empty folder, or
- a folder it marked as its own on an earlier run (a small hidden marker file that
  lists what it wrote),

and, inside its own folder, deletes or replaces only files it wrote itself. Folders
written by a peerkit from before the markers are recognised by their files (each
command says how: app pages carry their navigation cell, handout pages their
generator tag). Anything else is refused with a sentence saying why, and nothing is
written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

IGNORED = frozenset({".ipynb_checkpoints", ".DS_Store", "Thumbs.db", ".virtual_documents"})
"""Files and folders that editors and file browsers add on their own: never a reason to refuse."""


class OutputRefused(Exception):
    """A folder a command will not write into; ``message`` is one plain sentence."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _foreign(
    folder: Path, marker: str, is_ours: Callable[[Path], bool], limit: int = 10_000
) -> Path | None:
    """The first entry in ``folder`` that its command did not write, or None."""
    with os.scandir(folder) as entries:
        for number, entry in enumerate(sorted(entries, key=lambda e: e.name)):
            if number > limit:
                return folder / "…"
            if entry.name == marker or entry.name in IGNORED:
                continue
            path = Path(entry.path)
            if not is_ours(path):
                return _culprit(path, is_ours)
    return None


def _culprit(path: Path, is_ours: Callable[[Path], bool]) -> Path:
    """The file to name when a folder is not the command's: the first file inside it that is not."""
    if path.is_dir() and not path.is_symlink():
        try:
            children = sorted(path.iterdir())
        except OSError:
            return path
        for child in children:
            if child.name not in IGNORED and not is_ours(child):
                return child
    return path


def recorded(folder: Path, marker: str) -> list[str] | None:
    """The file names the marker in ``folder`` lists as written, or None when it is not there."""
    path = folder / marker
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    return [f for f in files if isinstance(f, str)] if isinstance(files, list) else []


def claim(
    folder: Path,
    *,
    marker: str,
    command: str,
    is_ours: Callable[[Path], bool],
    flag: str = "--out",
) -> list[str]:
    """Make sure ``command`` may write into ``folder``; create and mark it when new or empty.

    Returns the names the marker listed (empty for a new, empty or adopted folder).
    Raises :class:`OutputRefused` when the folder is a file or holds files the command
    did not write.
    """
    if folder.exists() and not folder.is_dir():
        raise OutputRefused(
            f"{folder} is a file, not a folder, so {command} wrote nothing - give a folder"
            f" with {flag}"
        )
    if folder.is_dir():
        listed = recorded(folder, marker)
        if listed is not None:
            return listed
        foreign = _foreign(folder, marker, is_ours)
        if foreign is not None:
            raise OutputRefused(
                f"{folder} already holds files that {command} did not write (for example"
                f" {foreign.relative_to(folder).as_posix()}), so nothing was written there - give {flag} a new or empty"
                " folder, or move those files away first"
            )
    folder.mkdir(parents=True, exist_ok=True)
    mark(folder, marker, command, [])
    return []


def mark(folder: Path, marker: str, command: str, files: Iterable[str]) -> None:
    """Record in ``folder`` that ``command`` owns it and wrote ``files``."""
    text = json.dumps(
        {
            "written by": command,
            "note": "peerkit writes here and replaces only the files listed below.",
            "files": sorted(set(files)),
        },
        indent=1,
    )
    (folder / marker).write_text(text + "\n", encoding="utf-8")


def describe_os_error(where: Path, exc: OSError) -> str:
    """An operating-system error while writing into ``where``, in one sentence."""
    reason = exc.strerror or type(exc).__name__
    place = exc.filename if isinstance(exc.filename, str) else str(where)
    return f"could not write to {place} ({reason}) - choose a folder you can write to"
