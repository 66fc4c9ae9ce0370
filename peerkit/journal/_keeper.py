"""The store as one notebook kernel uses it: opened once, and never in the way.

Exercises save their state on every click, so :class:`Keeper` opens the store
once (on the first save, never just to read: looking at a lesson leaves no file
behind) and keeps it. Reading progress opens only a store that already exists.

Saving progress must never break a lesson. When the store cannot be opened or
written, the exercise carries on without saving; the problem's plain message
is handed out once per kernel by :meth:`Keeper.take_notice`, and a store that
could not be opened is not tried again for every click. A place the store may
not use (inside a git work tree, beside notebooks) is found while the lesson is
shown, by looking at folders only, so it can be said before the first click.
Journal entries are different: the learner asked for that save, so
:meth:`Keeper.add_entry` raises :class:`StoreProblem` and the view shows its
message.

The learner's salt (:meth:`Keeper.learner_salt`), from which the live widgets
shuffle replies, options and cards (:mod:`peerkit.journal._salt`), is read from
saved progress the same way: a learner with none yet gets a new random salt,
kept in memory until their first save writes it with that exercise's state. When
the store cannot be used at all, the salt is derived from harmless facts (the
login name and the store's path), so the order still stays put across restarts.

Exercises save with :meth:`Keeper.save_soon`: the click returns at once and a
background thread opens the store (the first time) and writes the newest state
of each exercise; the store syncs every write to disk, which can take tens of
milliseconds. A kernel busy with the disk would hold up the widget messages
queued behind it, and ipywidgets sends a button's click ahead of value changes
it is still holding back, so a quick keyboard user could submit a reply they
had only moved past. Pending writes are finished when the kernel exits
(``atexit``) and by :meth:`Keeper.flush`.
"""

from __future__ import annotations

import atexit
import copy
import getpass
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._location import check_location, default_path
from ._records import Entry, ProgressRecord
from ._salt import fallback_salt, learner_salt, new_salt
from ._store import Store
from ._store_problems import StoreProblem

NOT_SAVING = "Your progress in the exercises is not being saved, but every exercise still works."

Key = tuple[str, str]  # lesson id, item id


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
        self._saved: dict[Key, dict[str, Any]] = {}
        self._lock = threading.RLock()  # guards the fields; held only briefly
        self._opening = threading.Lock()  # one thread opens the store at a time
        self._changed = threading.Condition(self._lock)
        self._pending: dict[Key, tuple[str, dict[str, Any]]] = {}
        self._writing = 0
        self._writer: threading.Thread | None = None
        self._salt: str | None = None

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
        with self._lock:
            if not self._noticed and self._notice is None:
                self._notice = message

    def _fail(self, where: Path, problem: StoreProblem) -> None:
        with self._lock:
            self._failed_at = where
            self._note(f"{NOT_SAVING} {problem.message}")

    @property
    def failed(self) -> bool:
        """True when the store here could not be opened (the reason is noted once)."""
        with self._lock:
            return self._failed_at is not None and self._failed_at == self.location

    def take_notice(self) -> str | None:
        """A problem to tell the learner about, the first time it is asked for; then None."""
        with self._lock:
            notice, self._notice = self._notice, None
            if notice is not None:
                self._noticed = True
            return notice

    def store(self, *, create: bool = True) -> Store | None:
        """The open store; None if there is none yet (``create=False``) or it cannot be used.

        Without ``create``, a store that does not exist yet is not created, but
        a place it could never be created in is noted as a problem already.
        """
        where = self.location
        with self._opening:
            with self._lock:
                if self._store is not None and self._opened_at == where:
                    return self._store
                if self._failed_at == where:
                    return None
            if not create and not os.path.lexists(where):
                if self._path is None:  # folders only: nothing is created
                    try:
                        check_location(where)
                    except StoreProblem as problem:
                        self._fail(where, problem)
                return None
            try:
                store = self._opener(self._path)
            except StoreProblem as problem:
                self._fail(where, problem)
                return None
            if store.recovered is not None:
                self._note(store.recovered.message)
            with self._lock:
                self._store, self._opened_at = store, where
            return store

    def open_for_journal(self) -> Store:
        """The store for a save or an export the learner asked for; raises :class:`StoreProblem`."""
        store = self.store()
        if store is not None:
            return store
        with self._opening:
            store = self._opener(self._path)  # the learner asked: try again, and say why
            with self._lock:
                self._failed_at = None
                self._store, self._opened_at = store, self.location
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
        with self._lock:
            self._saved[(lesson_id, item_id)] = found[0].state
        return found[0].state

    def learner_salt(self) -> str:
        """The salt this learner's shuffled orders come from; never raises.

        Found once per keeper: the salt in the learner's saved progress; else a new
        random one (saved with their first answer); else, if the store cannot be
        used, one derived from the login name and the store's path.
        """
        with self._lock:
            if self._salt is not None:
                return self._salt
        try:
            store = self.store(create=False)
            usable = store is not None or self._failed_at != self.location
            salt = learner_salt(r.state for r in store.progress()) if store is not None else None
        except (StoreProblem, OSError):  # an unreadable home or file: never break the lesson
            usable, salt = False, None
        if salt is None:
            salt = new_salt() if usable else fallback_salt(_login_name(), str(self.location))
        with self._lock:
            if self._salt is None:
                self._salt = salt
            return self._salt

    def records(self, lesson_id: str | None = None) -> list[ProgressRecord]:
        """Saved exercise states (one lesson's, or all); empty when there is no store."""
        self.flush()
        store = self.store(create=False)
        if store is None:
            return []
        try:
            return store.progress(lesson_id)
        except StoreProblem as problem:
            self._note(f"{NOT_SAVING} {problem.message}")
            return []

    def save(self, lesson_id: str, item_id: str, kind: str, state: dict[str, Any]) -> bool:
        """Save an exercise's state now; False (and a notice) when it could not be saved.

        A state equal to the one saved last for that exercise is not written again.
        """
        key = (lesson_id, item_id)
        with self._lock:
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
        with self._lock:
            self._saved[key] = record.state
        return True

    def save_soon(self, lesson_id: str, item_id: str, kind: str, state: dict[str, Any]) -> bool:
        """Queue an exercise's state for the background writer and return at once.

        Only the newest state of each exercise is written. A problem (the store
        cannot be opened or written) is reported by the next :meth:`take_notice`.
        False when the store is already known to be unusable.
        """
        key = (lesson_id, item_id)
        with self._changed:
            if self._failed_at is not None and self._failed_at == self.location:
                return False
            if self._saved.get(key) == state:
                return True
            frozen = copy.deepcopy(state)
            self._pending[key] = (kind, frozen)
            self._saved[key] = frozen
            if self._writer is None or not self._writer.is_alive():
                self._writer = threading.Thread(
                    target=self._write_pending, name="peerkit-progress", daemon=True
                )
                self._writer.start()
                atexit.register(self.flush)
            self._changed.notify_all()
        return True

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every queued save is written; False if that took longer than ``timeout``."""
        with self._changed:
            return self._changed.wait_for(
                lambda: not self._pending and not self._writing, timeout=timeout
            )

    def _write_pending(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: bool(self._pending))
                key, (kind, state) = next(iter(self._pending.items()))
                del self._pending[key]
                self._writing += 1
            try:
                self._write_one(key, kind, state)
            finally:
                with self._changed:
                    self._writing -= 1
                    self._changed.notify_all()

    def _write_one(self, key: Key, kind: str, state: dict[str, Any]) -> None:
        try:
            store = self.store()
            if store is not None:
                store.save_progress(key[0], key[1], kind, state)
                return
        except StoreProblem as problem:
            self._note(f"{NOT_SAVING} {problem.message}")
        except Exception as error:  # never let the writer die: the lesson must go on
            self._note(f"{NOT_SAVING} ({type(error).__name__})")
        with self._lock:
            if self._saved.get(key) is state:
                del self._saved[key]  # not saved after all: the same state may be tried again

    # Journal: the learner asked, so problems are raised for the view to show

    def add_entry(self, lesson_id: str, prompt_id: str, prompt_text: str, text: str) -> Entry:
        return self.open_for_journal().add_entry(lesson_id, prompt_id, prompt_text, text)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no name in the environment or the password database
        return ""


_DEFAULT = Keeper()


def keeper() -> Keeper:
    """The keeper this kernel's notebooks share."""
    return _DEFAULT
