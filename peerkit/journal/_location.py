"""Where the store lives, and making that place private.

The default is ``<user data dir>/journal/journal.db`` (``platformdirs``), or
``$PEERKIT_HOME/journal/journal.db`` when that variable names a folder. The
store must never sit in a git work tree or beside notebooks, where it could be
committed or shared with them; such places are refused with a plain-English
:class:`StoreProblem`.

Folders and files are created owner-only (0700 / 0600). Modes are set with
``chmod`` after creation rather than by changing the umask, which is shared by
every thread of a Jupyter kernel. SQLite gives its side files (``-journal``)
the mode of the database file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path

import platformdirs

from ._hosting import hosting
from ._store_problems import StoreProblem

HOME_ENV = "PEERKIT_HOME"
FOLDER_NAME = "journal"
FILE_NAME = "journal.db"
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
SET_ASIDE_MARK = ".unreadable-"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def _user_id() -> int | None:
    """The current user's id where the system has one (not on Windows)."""
    return os.getuid() if hasattr(os, "getuid") else None


def home_folder(environ: Mapping[str, str] | None = None) -> Path:
    """``$PEERKIT_HOME`` if set, else the per-user data folder for peerkit."""
    env = os.environ if environ is None else environ
    chosen = env.get(HOME_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser().absolute()
    return Path(platformdirs.user_data_dir("peerkit", appauthor=False))


def default_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the store lives when no path is given.

    On Binder the repository is copied into the home folder, git metadata and
    all, so the usual data folder is inside a git work tree. Binder forgets
    everything anyway, so there (and only when ``PEERKIT_HOME`` is not set) a
    private folder in the temporary directory is used instead.
    """
    env = os.environ if environ is None else environ
    path = home_folder(env) / FOLDER_NAME / FILE_NAME
    chosen = env.get(HOME_ENV, "").strip()
    if not chosen and hosting(env) == "binder" and unsafe_reason(path.parent) is not None:
        return (
            Path(tempfile.gettempdir())
            / f"peerkit-{_user_id() if _user_id() is not None else 'user'}"
            / FILE_NAME
        )
    return path


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def _has_notebooks(folder: Path) -> bool:
    try:
        return any(
            child.suffix == ".ipynb" or child.name == ".ipynb_checkpoints"
            for child in folder.iterdir()
        )
    except OSError:
        return False


def unsafe_reason(folder: Path) -> str | None:
    """Why ``folder`` must not hold the store, or None when it is a fine place."""
    folder = folder.resolve()
    for place in (folder, *folder.parents):
        if _exists(place / ".git"):
            return f"{folder} is inside a git repository ({place})"
    for place in (folder, folder.parent):
        if _has_notebooks(place):
            return f"{place} holds Jupyter notebooks"
    return None


SYSTEM_FOLDERS = tuple(
    Path(p)
    for p in (
        "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/proc",
        "/run", "/sbin", "/sys", "/usr",
    )
)  # fmt: skip
"""Folders that belong to the system, shared by every account: never a place for a journal."""

_CHOOSE_HOME = (
    f"Set the environment variable {HOME_ENV} to a private folder of your own (for example"
    " {example}), then try again."
)


def _choose_home() -> str:
    return _CHOOSE_HOME.format(example=Path.home() / "peerkit")


def system_folder(folder: Path) -> Path | None:
    """The system folder ``folder`` is, or is inside (the top of the disk counts), or None."""
    if os.name == "nt":  # pragma: no cover - Windows keeps the journal under the user's profile
        return None
    resolved = folder.resolve()
    if resolved == Path(resolved.anchor):
        return resolved
    return next((s for s in SYSTEM_FOLDERS if s == resolved or s in resolved.parents), None)


def blocked_folder(path: Path) -> Path | None:
    """The first folder on the way to ``path`` that this account may not open, or None."""
    for place in reversed(path.parents):
        try:
            if not place.is_dir():
                return None
        except OSError:
            return place.parent
        if not os.access(place, os.X_OK):
            return place
    return None


def foreign_owner(folder: Path) -> Path | None:
    """The folder that decides who can reach ``folder`` when another user owns it, or None.

    That is ``folder`` itself or, while it does not exist yet, its nearest existing
    parent; a shared folder with the sticky bit (such as /tmp) is fine, because what is
    made inside it is the learner's own.
    """
    uid = _user_id()
    if uid is None:  # pragma: no cover - Windows
        return None
    for place in (folder, *folder.parents):
        try:
            info = place.stat()
        except FileNotFoundError:
            continue
        except OSError:
            return None
        if info.st_uid == uid or info.st_mode & stat.S_ISVTX:
            return None
        return place
    return None


def file_on_the_way(path: Path) -> Path | None:
    """A file (not a folder) where a folder on the way to ``path`` should be, or None."""
    for place in reversed(path.parents):
        try:
            if place.exists() and not place.is_dir():
                return place
        except OSError:
            return None
    return None


def check_reachable(path: Path) -> None:
    """Raise :class:`StoreProblem` when this account cannot even open the folders on the way."""
    in_the_way = file_on_the_way(path)
    if in_the_way is not None:
        raise StoreProblem(
            f"Your journal cannot be kept at {path}: {in_the_way} is a file, not a folder."
            f" {_choose_home()}",
            kind="unreadable",
        )
    blocked = blocked_folder(path)
    if blocked is not None:
        raise StoreProblem(
            f"peerkit cannot reach your journal at {path}: this account may not open the folder"
            f" {blocked}. {_choose_home()}",
            kind="unreadable",
        )


def check_location(path: Path) -> None:
    """Raise :class:`StoreProblem` if the store at ``path`` would not be private.

    Refused: a system folder (``PEERKIT_HOME=/etc``), a folder this account cannot open,
    a folder another user owns, and places where the file could leak with a repository
    or be shared along with notebooks.
    """
    system = system_folder(path.parent)
    if system is not None:
        raise StoreProblem(
            f"Your journal cannot be kept at {path}: {system} is a system folder, shared by every"
            f" account on this computer, not a private one. {_choose_home()}",
            kind="unsafe-location",
        )
    check_reachable(path)
    owner = foreign_owner(path.parent)
    if owner is not None:
        raise StoreProblem(
            f"Your journal cannot be kept at {path}: the folder {owner} belongs to another user,"
            f" who could read what you write. {_choose_home()}",
            kind="unsafe-location",
        )
    reason = unsafe_reason(path.parent)
    if reason is not None:
        raise StoreProblem(
            f"Your journal cannot be kept at {path}: {reason}. Files there can end up "
            "in a commit or be shared along with the notebooks. Set the environment "
            f"variable {HOME_ENV} to a private folder outside any repository and "
            "away from notebooks, then try again.",
            kind="unsafe-location",
        )


def ensure_private_folder(folder: Path, *, tighten: bool) -> None:
    """Create ``folder`` (and missing parents) owner-only.

    A folder that already exists is made owner-only only when ``tighten`` is
    true, that is when it is peerkit's own (the ``journal`` folder), and is
    refused if another user owns it; a folder the learner chose is left as it is.
    """
    missing = [p for p in (folder, *folder.parents) if not _exists(p)]
    for place in reversed(missing):
        try:
            place.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue
        os.chmod(place, FOLDER_MODE)
    if tighten:
        info = folder.stat()
        if _user_id() not in (None, info.st_uid):
            raise StoreProblem(
                f"Your journal cannot be kept in {folder}: that folder belongs to another "
                f"user. Set the environment variable {HOME_ENV} to a private folder of "
                "your own, then try again.",
                kind="unsafe-location",
            )
        if stat.S_IMODE(info.st_mode) != FOLDER_MODE:
            os.chmod(folder, FOLDER_MODE)


def tighten_file(path: Path) -> None:
    """Make an existing store file (and its side files) owner-only, if this account owns it."""
    uid = _user_id()
    for place in (path, *(Path(f"{path}{s}") for s in SIDE_SUFFIXES)):
        try:
            info = place.stat()
        except OSError:
            continue
        if (uid is None or info.st_uid == uid) and stat.S_IMODE(info.st_mode) != FILE_MODE:
            os.chmod(place, FILE_MODE)


def file_kind(path: Path) -> str | None:
    """What is at ``path`` in words when it cannot be a store file; None for a file or nothing."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if os.path.islink(path):
            return f"a link to {os.readlink(path)}, which does not exist"
        return None
    if stat.S_ISREG(info.st_mode):
        return None
    if stat.S_ISDIR(info.st_mode):
        return "a folder, not a file"
    if stat.S_ISFIFO(info.st_mode):
        return "a named pipe (FIFO), not an ordinary file"
    return "not an ordinary file"


def owner_only(fd: int, path: Path, mode: int = FILE_MODE) -> None:
    """Set an open file's mode exactly, whatever the umask (by path where fchmod is missing)."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:  # pragma: no cover - Windows
        os.chmod(path, mode)


def create_private_file(path: Path) -> bool:
    """Create an empty owner-only file at ``path``; False if it already existed."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    try:
        owner_only(fd, path, FILE_MODE)
    finally:
        os.close(fd)
    return True


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Move an unreadable store (and its side files) aside; never delete anything.

    ``journal.db`` becomes ``journal.db.unreadable-20261123T101500`` (with
    ``-2``, ``-3``... if that name is taken). Side files keep their suffix after
    the new name, so SQLite still pairs them with the moved file.
    """
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%S")
    base = f"{path.name}{SET_ASIDE_MARK}{stamp}"
    target = path.with_name(base)
    number = 1
    while any(_exists(Path(f"{target}{s}")) for s in ("", *SIDE_SUFFIXES)):
        number += 1
        target = path.with_name(f"{base}-{number}")
    for suffix in SIDE_SUFFIXES:
        side = Path(f"{path}{suffix}")
        if _exists(side):
            os.rename(side, f"{target}{suffix}")
    os.rename(path, target)
    return target


def set_aside_files(path: Path) -> list[Path]:
    """Files that were moved aside next to the store at ``path``, oldest name first."""
    try:
        found = path.parent.glob(f"{path.name}{SET_ASIDE_MARK}*")
        return sorted(p for p in found if not p.name.endswith(SIDE_SUFFIXES))
    except OSError:
        return []
