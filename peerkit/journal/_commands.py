"""What ``peerkit journal where|export|delete`` do, as functions that return messages.

Each function returns a :class:`Message`: a plain-English ``str`` ready to
print, with ``ok`` telling the command line which exit status to use. Expected
problems become messages, never tracebacks. No message contains what the
learner wrote.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from ._destination import export_refusal
from ._hosting import hosting, hosting_note
from ._location import check_location, default_path, set_aside_files
from ._problems import StoreProblem
from ._store import Store


class Message(str):
    """A message for the learner; ``ok`` is False when the command did not do its job."""

    ok: bool

    def __new__(cls, text: str, ok: bool = True) -> Message:
        message = super().__new__(cls, text)
        message.ok = ok
        return message


def _entries_phrase(count: int) -> str:
    return f"{count} journal {'entry' if count == 1 else 'entries'}"


def _existing_store(location: Path | None = None) -> Store | None:
    """The store (the default one unless ``location`` is given) if it exists; None if not."""
    where = default_path() if location is None else location
    if not where.exists():
        return None
    return Store.open(location)


def cli_where() -> Message:
    """Where the journal is (or will be), what it holds, and who else could read it."""
    try:
        location = default_path()
        check_location(location)
        store = _existing_store()
    except StoreProblem as problem:
        return Message(problem.message, ok=False)
    lines = []
    if store is None:
        lines.append(f"Your journal will be kept at {location}. Nothing has been saved yet.")
    else:
        if store.recovered is not None:
            lines.append(store.recovered.message)
        try:
            entries, progress = len(store.entries()), len(store.progress())
        except StoreProblem as problem:
            return Message(problem.message, ok=False)
        lines.append(f"Your journal is kept at {store.location}.")
        lines.append(
            f"It holds {_entries_phrase(entries)} and saved answers for "
            f"{progress} {'exercise' if progress == 1 else 'exercises'}."
        )
    lines.append(hosting_note(hosting()))
    aside = set_aside_files(location)
    if aside:
        names = ", ".join(p.name for p in aside)
        lines.append(
            f"Unreadable journal files moved aside earlier are still in {location.parent}: {names}."
        )
    return Message("\n".join(lines))


def _format_for(path: Path, fmt: str | None) -> str:
    if fmt:
        return {"md": "markdown", "htm": "html"}.get(fmt.lower(), fmt.lower())
    return "html" if path.suffix.lower() in (".html", ".htm") else "markdown"


def cli_export(
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    overwrite: bool = False,
    titles: Mapping[str, str] | None = None,
    location: Path | None = None,
) -> Message:
    """Export the journal to ``path``; the format follows ``fmt`` or the file's suffix.

    ``titles`` (lesson id -> title) names the lessons in the file; ``location``
    picks a store other than the default. A path inside a git work tree or beside
    notebooks is refused (see :func:`export_refusal`).
    """
    target = Path(path).expanduser().absolute()
    refusal = export_refusal(target)
    if refusal is not None:
        return Message(refusal, ok=False)
    try:
        store = _existing_store(location)
        if store is None or not (count := len(store.entries())):
            return Message("You have no journal entries yet, so nothing was written.")
        written = store.export(
            target, _format_for(target, fmt), overwrite=overwrite, lesson_titles=titles
        )
    except StoreProblem as problem:
        return Message(problem.message, ok=False)
    text = (
        f"Wrote {_entries_phrase(count)} to {written}. That file holds what you wrote "
        "about yourself: keep it somewhere private."
    )
    if hosting() == "binder":
        text += (
            " Binder deletes it when the session ends, so download it now: in the file "
            f"browser on the left, right-click {written.name} and choose Download."
        )
    return Message(text)


def cli_delete(confirm: Callable[[str], bool], location: Path | None = None) -> Message:
    """Delete every journal entry after ``confirm(question)`` says yes."""
    try:
        store = _existing_store(location)
        count = 0 if store is None else len(store.entries())
        if store is None or count == 0:
            return Message("There are no journal entries to delete.")
        question = (
            f"Delete all {_entries_phrase(count)} kept at {store.location}? This cannot be undone."
        )
        if not confirm(question):
            return Message("Nothing was deleted.")
        deleted = store.delete_all()
    except StoreProblem as problem:
        return Message(problem.message, ok=False)
    return Message(f"Deleted {_entries_phrase(deleted)}. Your progress in the exercises was kept.")
