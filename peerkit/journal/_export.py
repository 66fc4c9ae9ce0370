"""Turning journal entries into a file the learner keeps: Markdown or HTML.

Both formats open with a note that the file is private, group entries by
lesson in the order they were written, and need no network to read. The HTML
escapes everything it shows, so a learner's text can never become markup.
Files are written owner-only (0600), only at the path the learner chose, and
an existing file is replaced only when they say so.
"""

from __future__ import annotations

import contextlib
import errno
import html
import os
import re
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path

from ._location import owner_only
from ._records import Entry
from ._store_problems import StoreProblem

FORMATS: tuple[str, ...] = ("markdown", "html")

_TITLE = "My peerkit journal"
_NOTE = (
    "This file holds what you wrote about your own life. Keep it somewhere only you "
    "can open, and share it only if you choose to."
)
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# Lines that Markdown would turn into a heading or a rule; a backslash keeps them text.
_MARKDOWN_STRUCTURE = re.compile(r"^( {0,3})(#|=+\s*$|-+\s*$|\*\s*\*\s*\*)")


def when(moment: datetime) -> str:
    """A date and time in words, in this computer's own time zone, named (``14:05 CET``).

    Entries are stored in UTC; a learner reads them in the time of the computer the course
    runs on (on their own machine, their own time). The words do not depend on the locale.
    """
    local = moment.astimezone() if moment.tzinfo is not None else moment
    zone = local.strftime("%Z") or local.strftime("%z") or "UTC"
    if zone.startswith(("+", "-")) and len(zone) == 5:  # an offset without a name: +0530
        zone = f"UTC{zone[:3]}:{zone[3:]}"
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year}, {local:%H:%M} {zone}"


def _by_lesson(entries: Iterable[Entry]) -> dict[str, list[Entry]]:
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.lesson_id, []).append(entry)
    return groups


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "(no prompt)"


def _count(entries: Sequence[Entry]) -> str:
    return f"{len(entries)} {'entry' if len(entries) == 1 else 'entries'}"


def _lesson_title(lesson_id: str, titles: Mapping[str, str]) -> str:
    title = titles.get(lesson_id)
    return f"Lesson {lesson_id}: {title}" if title else f"Lesson {lesson_id}"


def _markdown_text(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(_MARKDOWN_STRUCTURE.sub(r"\1\\\2", line) for line in lines).strip("\n")


def render_markdown(
    entries: Sequence[Entry], exported: datetime, titles: Mapping[str, str] | None = None
) -> str:
    """The entries as Markdown that reads well as plain text, too."""
    parts = [f"# {_TITLE}", f"Exported {when(exported)}. {_count(entries)}.", _NOTE]
    if not entries:
        parts.append("You have not written any journal entries yet.")
    for lesson_id, group in _by_lesson(entries).items():
        parts.append(f"## {_lesson_title(lesson_id, titles or {})}")
        for entry in group:
            parts.append(f"### {_one_line(entry.prompt_text)}")
            parts.append(f"*Written {when(entry.created)}*")
            parts.append(_markdown_text(entry.text) or "(left empty)")
    return "\n\n".join(parts) + "\n"


_STYLE = """
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 2rem auto;
       max-width: 42rem; padding: 0 1rem; color: #1a1a1a; background: #fff; }
.note { border-left: 4px solid #555; padding-left: 0.75rem; }
.when { color: #444; font-style: italic; }
.text { white-space: pre-wrap; overflow-wrap: break-word; }
article { border-top: 1px solid #ccc; padding-top: 0.5rem; }
"""


def render_html(
    entries: Sequence[Entry], exported: datetime, titles: Mapping[str, str] | None = None
) -> str:
    """The entries as one self-contained HTML page; every piece of text is escaped."""
    esc = html.escape
    body = [
        f"<h1>{esc(_TITLE)}</h1>",
        f"<p>Exported {esc(when(exported))}. {_count(entries)}.</p>",
        f'<p class="note">{esc(_NOTE)}</p>',
    ]
    if not entries:
        body.append("<p>You have not written any journal entries yet.</p>")
    for lesson_id, group in _by_lesson(entries).items():
        body.append(f"<section>\n<h2>{esc(_lesson_title(lesson_id, titles or {}))}</h2>")
        for entry in group:
            body.append(
                "<article>\n"
                f"<h3>{esc(_one_line(entry.prompt_text))}</h3>\n"
                f'<p class="when">Written <time datetime="{esc(entry.created.isoformat())}">'
                f"{esc(when(entry.created))}</time></p>\n"
                f'<div class="text">{esc(entry.text.strip()) or "(left empty)"}</div>\n'
                "</article>"
            )
        body.append("</section>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(_TITLE)}</title>\n<style>{_STYLE}</style>\n</head>\n"
        "<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )


PART_SUFFIX = ".part"
"""Ends the name of the hidden file an export is written to before it takes its real name."""
STALE_PART_SECONDS = 600
"""A part file this old was left by an export that was stopped (killed): it is removed."""


def _part_name(path: Path) -> str:
    return f".{path.name}."


def _remove_stale_parts(path: Path) -> None:
    """Remove part files an earlier, stopped export of this same file left behind."""
    now = time.time()
    try:
        candidates = [
            p
            for p in path.parent.iterdir()
            if p.name.startswith(_part_name(path)) and p.name.endswith(PART_SUFFIX)
        ]
    except OSError:
        return
    for part in candidates:
        with contextlib.suppress(OSError):
            if now - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems cannot sync a folder
        pass
    finally:
        os.close(fd)


def _write_private(path: Path, content: str, *, overwrite: bool) -> None:
    """Write ``content`` to ``path`` as an owner-only file, all of it or nothing.

    The text goes to a hidden part file in the same folder, is synced to disk, and only
    then takes the real name (a rename, which is atomic): a kill or a full disk leaves
    either the old file, untouched, or the new one, complete; never a partial file.
    Without ``overwrite`` an existing file is never replaced (a hard link refuses to
    replace one; a rename is used only where links are not possible, after a check).
    """
    if not overwrite and os.path.lexists(path):
        raise FileExistsError(path)
    _remove_stale_parts(path)
    fd, name = tempfile.mkstemp(prefix=_part_name(path), suffix=PART_SUFFIX, dir=path.parent)
    part = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            owner_only(handle.fileno(), part)
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(part, path)
        else:
            try:
                os.link(part, path)
            except FileExistsError:
                raise
            except OSError:  # no hard links here (some shared or Windows file systems)
                if os.path.lexists(path):
                    raise FileExistsError(path) from None
                os.rename(part, path)
            else:
                part.unlink()
        _sync_folder(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


def export_entries(
    entries: Sequence[Entry],
    path: str | os.PathLike[str],
    format: str,
    *,
    overwrite: bool,
    titles: Mapping[str, str] | None,
) -> Path:
    """Write ``entries`` to ``path``; raise :class:`StoreProblem` if that cannot be done."""
    target = Path(path).expanduser().absolute()
    if not str(path).strip():
        raise StoreProblem(
            "No file name was given for the export. Give one, like ~/my-journal.md.", kind="export"
        )
    if format not in FORMATS:
        raise StoreProblem(
            f"peerkit cannot export as {format!r}; choose markdown or html.", kind="export"
        )
    try:
        is_folder = target.is_dir()
    except OSError as exc:
        raise StoreProblem(_write_failure(target, exc, overwrite), kind="export") from exc
    if is_folder:
        example = target / ("my-journal.html" if format == "html" else "my-journal.md")
        raise StoreProblem(
            f"{target} is a folder. Give a file name for the export, like {example}.",
            kind="export",
        )
    render = render_html if format == "html" else render_markdown
    content = render(entries, datetime.now(timezone.utc), titles)
    try:
        _write_private(target, content, overwrite=overwrite)
    except FileExistsError:
        raise StoreProblem(
            f"{target} already exists, so nothing was written. Choose another name, or "
            "say that it may be replaced (overwrite).",
            kind="export",
        ) from None
    except OSError as exc:
        raise StoreProblem(_write_failure(target, exc, overwrite), kind="export") from exc
    return target


_FULL = (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC))


def _write_failure(target: Path, exc: OSError, overwrite: bool) -> str:
    """Why an export could not be written, and what is (still) there, in words."""
    kept = (
        " The file that was there is unchanged."
        if overwrite and os.path.lexists(target)
        else " No file was left behind."
    )
    if exc.errno in _FULL:
        return (
            f"peerkit could not write {target}: there is not enough space on the disk.{kept}"
            " Free some space, or choose a place on another disk, then try again."
        )
    if isinstance(exc, PermissionError):
        return (
            f"peerkit may not write {target} (permission denied).{kept} Choose a folder of your"
            " own, such as your home folder."
        )
    if exc.errno == errno.ENOENT and not os.path.isdir(target.parent):
        return (
            f"peerkit could not write {target}: the folder {target.parent} does not exist."
            " Create it first, or choose another folder."
        )
    return (
        f"peerkit could not write {target} ({exc.strerror or type(exc).__name__}).{kept} Check"
        " that the folder exists and that you can write to it."
    )
