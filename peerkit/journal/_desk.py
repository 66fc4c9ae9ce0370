"""What the journal tools' buttons do, as plain Python: list, export, delete one entry or all.

:class:`JournalDesk` is the logic behind the journal tools. It answers with a
:class:`Message`, whose text never contains what the learner wrote. (Saving an
entry is :class:`peerkit.practice.JournalPlay`'s job, through the keeper.)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from ._commands import (
    Message,
    _entries_phrase,
    cli_delete,
    cli_delete_entry,
    cli_export,
    describe_entry,
    no_such_entry,
)
from ._destination import default_export_path
from ._export import FORMATS
from ._keeper import Keeper, keeper
from ._records import Entry
from ._store import Store
from ._store_problems import StoreProblem

GONE = "It may have been deleted already: the list now shows what is left."
"""Ends the message for an entry that is no longer there when the learner asks to delete it."""


class JournalDesk:
    """The journal tools: list entries, export them, delete one or all (after a confirmation)."""

    def __init__(
        self,
        keeper_: Keeper | None = None,
        titles: Mapping[str, str] | Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        self.keeper = keeper_ or keeper()
        self._titles = titles
        self._asked_up_to: int | None = None

    @property
    def location(self) -> Path:
        return self.keeper.location

    def titles(self) -> Mapping[str, str]:
        """Lesson titles by id, for listings and exports (empty when they cannot be read)."""
        found = self._titles() if callable(self._titles) else self._titles
        return found or {}

    def _store(self) -> Store | None:
        """The store, or None before anything was saved. Raises :class:`StoreProblem`."""
        store = self.keeper.store(create=False)
        if store is None and (os.path.lexists(self.location) or self.keeper.failed):
            store = self.keeper.open_for_journal()  # it exists, or cannot be: say why
        return store

    def entries(self) -> list[Entry]:
        """Every entry, oldest first; [] before anything was saved. Raises :class:`StoreProblem`."""
        store = self._store()
        return [] if store is None else store.entries()

    def default_path(self, format: str = "markdown") -> Path:
        return default_export_path(format)

    def export(self, path_text: str, format: str, *, overwrite: bool = False) -> Message:
        """Export to the path the learner typed, as ``"markdown"`` or ``"html"``."""
        if format not in FORMATS:
            return Message("Choose Markdown or HTML for the export.", ok=False)
        path_text = (path_text or "").strip()
        if not path_text:
            return Message(
                f"Type where the export should go, for example {self.default_path(format)}.",
                ok=False,
            )
        return cli_export(
            path_text,
            format,
            overwrite=overwrite,
            titles=self.titles(),
            location=self.keeper.chosen_path,
        )

    def delete_question(self) -> Message:
        """The question to ask before deleting; ``ok`` is False when there is nothing to delete.

        The entries counted here are the ones :meth:`delete_all` deletes, even if more
        are saved (from another notebook) before the learner answers.
        """
        self._asked_up_to = None
        try:
            entries = self.entries()
        except StoreProblem as problem:
            return Message(problem.message, ok=False)
        count = len(entries)
        if not count:
            return Message("There are no journal entries to delete.", ok=False)
        self._asked_up_to = max(e.id for e in entries)
        return Message(
            f"Delete {'your' if count == 1 else 'all'} {_entries_phrase(count)} kept at "
            f"{self.location}? This cannot be undone. Export first if you want to keep a copy."
        )

    def delete_all(self) -> Message:
        """Delete the entries counted by :meth:`delete_question`; call only after the learner confirmed."""
        asked, self._asked_up_to = self._asked_up_to, None
        if asked is None:  # no question was asked: nothing is deleted without one
            return Message("Nothing was deleted: press “Delete all…” first.", ok=False)
        return cli_delete(
            lambda question: True, location=self.keeper.chosen_path, asked_up_to=asked
        )

    def delete_entry_question(self, entry_id: int) -> Message:
        """The question to ask before deleting one entry; ``ok`` is False when it is not there."""
        try:
            store = self._store()
            found = None if store is None else store.entry(entry_id)
        except StoreProblem as problem:
            return Message(problem.message, ok=False)
        if found is None:
            return no_such_entry(entry_id, GONE)
        described = describe_entry(found, self.titles())
        return Message(
            f"Delete this entry? {described[0].upper()}{described[1:]}. This cannot be undone."
        )

    def delete_entry(self, entry_id: int) -> Message:
        """Delete one entry; call only after the learner confirmed."""
        return cli_delete_entry(
            entry_id,
            lambda question: True,
            titles=self.titles(),
            location=self.keeper.chosen_path,
            how_to_list=GONE,
        )
