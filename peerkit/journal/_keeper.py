"""The store as one notebook kernel uses it: opened once, and never in the way.

Exercises save their state on every click, so :class:`Keeper` opens the store
once (on the first save, never just to read: looking at a lesson leaves no file
behind) and keeps it. Reading progress opens only a store that already exists.

Saving progress must never break a lesson. When the store cannot be opened or
written, the exercise carries on without saving; the problem's plain message
is handed out once per kernel by :meth:`Keeper.take_notice`, and a store that
could not be opened is not tried again for every click. Journal entries are
different: the learner asked for that save, so :meth:`Keeper.add_entry` raises
:class:`StoreProblem` and the view shows its message.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._location import default_path
from ._problems import StoreProblem
from ._records import Entry, ProgressRecord
from ._store import Store

NOT_SAVING = "Your progress in the exercises is not being saved, but every exercise still works."


class Keeper:
    """Opens the learner store on demand and remembers what went wrong, once."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        opener: Callable[[Path | None], Store] | None = None,
    ) -> None:
        self._path = None if path is None else Path(path)
        self._opener = opener or (lambda where: Store.open(where))
        self._store: Store | None = None
        self._opened_at: Path | None = None
        self._failed_at: Path | None = None
        self._notice: str | None = None
        self._noticed = False
        self._saved: dict[tuple[str, str], dict[str, Any]] = {}

    # Where, and opening

    @property
    def chosen_path(self) -> Path | None:
        """The path this keeper was given, or None when it follows ``$PEERKIT_HOME``."""
        return self._path

    @property
    def location(self) -> Path:
        """The database file this keeper uses (``$PEERKIT_HOME`` is read each time)."""
        return self._path if self._path is not None else default_path()

    def _note(self, message: str) -> None:
        if not self._noticed and self._notice is None:
            self._notice = message

    def take_notice(self) -> str | None:
        """A problem to tell the learner about, the first time it is asked for; then None."""
        notice, self._notice = self._notice, None
        if notice is not None:
            self._noticed = True
        return notice

    def store(self, *, create: bool = True) -> Store | None:
        """The open store; None if there is none yet (``create=False``) or it cannot be used."""
        where = self.location
        if self._store is not None and self._opened_at == where:
            return self._store
        if self._failed_at == where:
            return None
        if not create and not where.exists():
            return None
        try:
            store = self._opener(self._path)
        except StoreProblem as problem:
            self._failed_at = where
            self._note(f"{NOT_SAVING} {problem.message}")
            return None
        if store.recovered is not None:
            self._note(store.recovered.message)
        self._store, self._opened_at, self._saved = store, where, {}
        return store

    def open_for_journal(self) -> Store:
        """The store for a save or an export the learner asked for; raises :class:`StoreProblem`."""
        store = self.store()
        if store is not None:
            return store
        self._failed_at = None  # the learner asked: try again, and say why if it fails
        store = self._opener(self._path)
        self._store, self._opened_at, self._saved = store, self.location, {}
        return store

    # Progress: never raises

    def load(self, lesson_id: str, item_id: str) -> dict[str, Any] | None:
        """The saved state of one exercise, or None (nothing saved, or no store)."""
        store = self.store(create=False)
        if store is None:
            return None
        try:
            found = [r for r in store.progress(lesson_id) if r.item_id == item_id]
        except StoreProblem as problem:
            self._note(f"{NOT_SAVING} {problem.message}")
            return None
        if not found:
            return None
        self._saved[(lesson_id, item_id)] = found[0].state
        return found[0].state

    def records(self, lesson_id: str | None = None) -> list[ProgressRecord]:
        """Saved exercise states (one lesson's, or all); empty when there is no store."""
        store = self.store(create=False)
        if store is None:
            return []
        try:
            return store.progress(lesson_id)
        except StoreProblem as problem:
            self._note(f"{NOT_SAVING} {problem.message}")
            return []

    def save(self, lesson_id: str, item_id: str, kind: str, state: dict[str, Any]) -> bool:
        """Save an exercise's state; False (and a notice) when it could not be saved.

        A state equal to the one saved last for that exercise is not written again.
        """
        key = (lesson_id, item_id)
        if self._saved.get(key) == state:
            return True
        store = self.store()
        if store is None:
            return False
        try:
            record = store.save_progress(lesson_id, item_id, kind, state)
        except StoreProblem as problem:
            self._note(f"{NOT_SAVING} {problem.message}")
            return False
        self._saved[key] = record.state
        return True

    # Journal: the learner asked, so problems are raised for the view to show

    def add_entry(self, lesson_id: str, prompt_id: str, prompt_text: str, text: str) -> Entry:
        return self.open_for_journal().add_entry(lesson_id, prompt_id, prompt_text, text)


_DEFAULT = Keeper()


def keeper() -> Keeper:
    """The keeper this kernel's notebooks share."""
    return _DEFAULT
