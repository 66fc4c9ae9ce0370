"""What ``peerkit journal where|list|export|delete`` do, as functions that return messages.

Each function returns a :class:`Message`: a plain-English ``str`` ready to
print, with ``ok`` telling the command line which exit status to use. Expected
problems become messages, never tracebacks. No message contains what the
learner wrote, with one exception the learner asks for by name:
``cli_list(first_words=True)`` shows how each entry starts, on one line, with
anything that could steer a terminal (control characters) made harmless.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from ._destination import export_refusal
from ._export import when
from ._hosting import hosting, hosting_note
from ._location import check_location, default_path, set_aside_files
from ._records import Entry
from ._store import Store
from ._store_problems import StoreProblem, cannot_use

FIRST_WORDS = 60
"""How many characters of an entry ``peerkit journal list --first-words`` shows, at most."""
PROMPT_WORDS = 8
"""How many words of a prompt name an entry in a question or a message."""
LIST_HINT = "Run “peerkit journal list” to see each entry's number."


class Message(str):
    """A message for the learner; ``ok`` is False when the command did not do its job."""

    ok: bool

    def __new__(cls, text: str, ok: bool = True) -> Message:
        message = super().__new__(cls, text)
        message.ok = ok
        return message


def _entries_phrase(count: int) -> str:
    return f"{count} journal {'entry' if count == 1 else 'entries'}"


def _entries_left(count: int) -> str:
    if count == 0:
        return "Your journal is now empty."
    return f"You have {_entries_phrase(count)} left."


def one_line(text: str) -> str:
    """``text`` on one line, with control characters (which could move a terminal's
    cursor, recolour it or reorder the line) shown as ``?``."""
    return " ".join(
        "".join(ch if ch.isprintable() else "?" for ch in part) for part in text.split()
    )


def _shortened(text: str, *, words: int | None = None, chars: int | None = None) -> str:
    line = one_line(text)
    short = " ".join(line.split()[:words]) if words is not None else line
    if chars is not None and len(short) > chars:
        cut = short[: chars + 1]
        short = cut.rsplit(" ", 1)[0] if " " in cut else cut[:chars]
    return short if short == line else f"{short.rstrip('.,;:!?')}…"


def lesson_name(entry: Entry, titles: Mapping[str, str] | None = None) -> str:
    """The title of the lesson an entry was written in, or its id when the title is unknown."""
    return (titles or {}).get(entry.lesson_id, entry.lesson_id)


def describe_entry(entry: Entry, titles: Mapping[str, str] | None = None) -> str:
    """``entry 4, written 3 March 2025, 10:30 UTC, in Building trust (prompt: “…”)``.

    Enough to tell entries apart (number, when, lesson, the prompt's first
    words) and never what the learner wrote.
    """
    text = f"entry {entry.id}, written {when(entry.created)}, in {one_line(lesson_name(entry, titles))}"
    prompt = _shortened(entry.prompt_text, words=PROMPT_WORDS)
    return f"{text} (prompt: “{prompt}”)" if prompt else text


def _existing_store(location: Path | None = None) -> Store | None:
    """The store (the default one unless ``location`` is given) if it exists; None if not.

    Raises :class:`StoreProblem` when the place cannot be used (looked at before anything
    is created), so an unsafe or unreadable place is said even before the first save.
    """
    where = default_path() if location is None else location
    if location is None:
        check_location(where)
    try:
        present = os.path.lexists(where)
    except OSError as exc:  # pragma: no cover - lexists swallows OSError
        raise cannot_use(where, exc) from exc
    if not present:
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


def cli_list(
    *,
    first_words: bool = False,
    titles: Mapping[str, str] | None = None,
    location: Path | None = None,
) -> Message:
    """Every entry, oldest first, with its number (for ``delete --entry``), date, lesson
    and prompt; how each entry starts only with ``first_words``."""
    try:
        store = _existing_store(location)
        entries = [] if store is None else store.entries()
    except StoreProblem as problem:
        return Message(problem.message, ok=False)
    if store is None:
        return Message("You have no journal entries yet.")
    lines = [] if store.recovered is None else [store.recovered.message]
    if not entries:
        lines.append("You have no journal entries yet.")
        return Message("\n".join(lines))
    lines.append(
        f"Your journal at {store.location} holds {_entries_phrase(len(entries))}, oldest first:"
    )
    for entry in entries:
        lesson = one_line(lesson_name(entry, titles))
        lines.append("")
        lines.append(f"Entry {entry.id}: written {when(entry.created)}, in {lesson}")
        lines.append(f"  Prompt: {one_line(entry.prompt_text) or '(no prompt)'}")
        if first_words:
            start = _shortened(entry.text, chars=FIRST_WORDS)
            lines.append(f"  Starts: {start or '(left empty)'}")
    lines.append("")
    if not first_words:
        lines.append("To see how each entry starts, add --first-words.")
    lines.append("To delete one entry: peerkit journal delete --entry NUMBER")
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
    if not str(path).strip():
        return Message(
            "No file name was given for the export, so nothing was written. Give one, like"
            " ~/my-journal.md.",
            ok=False,
        )
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


def cli_delete(
    confirm: Callable[[str], bool],
    location: Path | None = None,
    *,
    asked_up_to: int | None = None,
) -> Message:
    """Delete every journal entry after ``confirm(question)`` says yes.

    Exactly the entries counted in the question are deleted: one saved meanwhile (from
    another notebook, while the learner read the question) is kept, and the message
    says so. ``asked_up_to`` is the highest entry number when a question was already
    asked elsewhere (the journal tools' button); then ``confirm`` is not needed.
    """
    try:
        store = _existing_store(location)
        entries = [] if store is None else store.entries()
        if asked_up_to is not None:
            entries = [e for e in entries if e.id <= asked_up_to]
        if store is None or not entries:
            return Message("There are no journal entries to delete.")
        up_to = max(e.id for e in entries)
        question = (
            f"Delete all {_entries_phrase(len(entries))} kept at {store.location}? This cannot"
            " be undone."
        )
        if asked_up_to is None and not confirm(question):
            return Message("Nothing was deleted.")
        deleted = store.delete_all(up_to=up_to)
        newer = len(store.entries())
    except StoreProblem as problem:
        return Message(problem.message, ok=False)
    kept = (
        f" {_entries_phrase(newer)} saved since you were asked {'was' if newer == 1 else 'were'}"
        " kept."
        if newer
        else ""
    )
    return Message(
        f"Deleted {_entries_phrase(deleted)}.{kept} Your progress in the exercises was kept."
    )


def no_such_entry(entry_id: int, how_to_list: str = LIST_HINT) -> Message:
    """What deleting an entry that is not in the journal says (``ok`` False)."""
    return Message(
        f"There is no entry number {entry_id} in your journal, so nothing was deleted. "
        f"{how_to_list}",
        ok=False,
    )


def cli_delete_entry(
    entry_id: int,
    confirm: Callable[[str], bool],
    *,
    titles: Mapping[str, str] | None = None,
    location: Path | None = None,
    how_to_list: str = LIST_HINT,
) -> Message:
    """Delete the one entry numbered ``entry_id`` after ``confirm(question)`` says yes.

    An entry that is not there is a message (``ok`` False) ending with
    ``how_to_list``, which says how to find the right number.
    """
    missing = no_such_entry(entry_id, how_to_list)
    try:
        store = _existing_store(location)
        entry = None if store is None else store.entry(entry_id)
        if store is None or entry is None:
            return missing
        described = describe_entry(entry, titles)
        question = (
            f"Delete {described} from your journal at {store.location}? This cannot be undone."
        )
        if not confirm(question):
            return Message("Nothing was deleted.")
        if not store.delete_entry(entry_id):  # deleted elsewhere while we asked
            return missing
        left = len(store.entries())
    except StoreProblem as problem:
        return Message(problem.message, ok=False)
    return Message(f"Deleted {described}. {_entries_left(left)}")
