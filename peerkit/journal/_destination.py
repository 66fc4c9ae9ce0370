"""Where an export of the journal may go, and where it goes if the learner does not say.

An export holds what the learner wrote about their own life, so it must not
land where it could be committed or handed round with the course: inside a git
work tree, or in a folder that holds notebooks. The suggested place is the
learner's home folder (or their Documents folder, or peerkit's own folder,
when home is not a safe place).

Binder is the exception. There the home folder *is* the course, copied from
git, and the file browser cannot reach anywhere else, so an export has to go
there for the learner to download it. Nothing there can be committed back, and
the whole copy is deleted when the session ends.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path

import platformdirs

from ._hosting import hosting
from ._location import home_folder

SUFFIXES = {"markdown": ".md", "html": ".html"}


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def _holds_notebooks(folder: Path) -> bool:
    try:
        return any(c.suffix == ".ipynb" or c.name == ".ipynb_checkpoints" for c in folder.iterdir())
    except OSError:
        return False


def unsafe_export_folder(folder: Path) -> str | None:
    """Why an export must not be written into ``folder``; None when it may."""
    folder = folder.expanduser().absolute().resolve()
    for place in (folder, *folder.parents):
        if _exists(place / ".git"):
            return f"{folder} is inside a git repository ({place}), so it could end up in a commit"
    if _holds_notebooks(folder):
        return f"{folder} holds Jupyter notebooks, so it could be shared along with them"
    return None


def export_refusal(
    target: str | os.PathLike[str], environ: Mapping[str, str] | None = None
) -> str | None:
    """A plain-English reason to refuse writing an export at ``target``, or None."""
    if hosting(environ) == "binder":
        return None
    path = Path(target).expanduser().absolute()
    reason = unsafe_export_folder(path.parent)
    if reason is None:
        return None
    return (
        f"Your journal was not exported to {path}: {reason}. Choose a private folder "
        f"outside the course, for example {suggested_folder(environ)}."
    )


def suggested_folder(environ: Mapping[str, str] | None = None) -> Path:
    """The first safe place among home, Documents and peerkit's own folder (home on Binder)."""
    home = Path.home()
    if hosting(environ) == "binder":
        return home
    for folder in (home, Path(platformdirs.user_documents_dir())):
        if folder.is_dir() and unsafe_export_folder(folder) is None:
            return folder
    return home_folder(environ)


def default_export_path(
    format: str = "markdown",
    environ: Mapping[str, str] | None = None,
    today: date | None = None,
) -> Path:
    """A new file name for an export, such as ``~/peerkit-journal-2026-11-23.md``."""
    folder = suggested_folder(environ)
    stem = f"peerkit-journal-{(today or date.today()).isoformat()}"
    suffix = SUFFIXES.get(format, ".md")
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while _exists(candidate):
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate
