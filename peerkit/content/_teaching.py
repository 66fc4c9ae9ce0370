"""Read the teaching text of the coach and the journal, once, without a :class:`Library`.

The response coach runs on its own (bench scripts, :func:`peerkit.coach.analyze` in a
script), so it cannot wait for the whole course to load. :func:`teaching_text` reads one
file of :data:`._teaching_models.TEACHING_FILES` from the data folder the course uses
(``$PEERKIT_DATA``, else the nearest ``data/``) through the same checks as any content
file, the first time it is needed, and keeps it until the file changes. A missing or
broken file raises :class:`ContentError` with a plain ``file:line: problem - fix`` line.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

from ._load import DATA_ENV, find_data_dir, load_file
from ._models import Document
from ._problems import ContentError, Problem, display_path
from ._teaching_models import TEACHING_FILES
from ._types import type_of

D = TypeVar("D", bound=Document)


@functools.lru_cache(maxsize=64)
def _teaching_file(kind: type[Document], data_env: str, cwd: str) -> str:
    """The file's path for this ``$PEERKIT_DATA`` and working folder, looked up once: the coach
    asks for its words on every note, and finding the data folder walks up from the working
    folder. A data folder is taken to stay where it was found while the process runs."""
    return os.fspath(find_data_dir() / TEACHING_FILES[kind])


def teaching_text(kind: type[D]) -> D:
    """The checked content of the teaching-text file of ``kind`` (e.g. :class:`DisclosureChecklist`)."""
    path = _teaching_file(kind, os.environ.get(DATA_ENV, ""), os.getcwd())
    try:
        info = os.stat(path)
        stamp = (info.st_mtime_ns, info.st_size)
    except OSError:
        stamp = None
    return _read(kind, path, stamp)  # type: ignore[return-value]


@functools.cache
def _read(kind: type[Document], path: str, stamp: tuple[int, int] | None) -> Document:
    """One reading of a file in one state (its change time and size): read once, then kept."""
    if stamp is None:
        raise ContentError(
            [
                Problem(
                    display_path(path),
                    1,
                    "this file is missing, and the coach and journal take their words from it",
                    f"copy data/{TEACHING_FILES[kind]} from the peerkit project into your data folder",
                )
            ]
        )
    loaded, problems = load_file(path)
    if loaded is None:
        raise ContentError(problems)
    if not isinstance(loaded.model, kind):
        raise ContentError(
            [
                Problem(
                    display_path(path),
                    1,
                    f"this file should be of type '{type_of(kind)}', not '{loaded.model.type}'",
                    f"restore data/{TEACHING_FILES[kind]} from the peerkit project",
                )
            ]
        )
    return loaded.model


K = TypeVar("K")
V = TypeVar("V")


class TeachingTable(Mapping[K, V]):
    """A read-only table made from a teaching-text file the first time it is used.

    ``build`` turns the file's model into the table; it runs again only when the file
    changes (a facilitator's edit shows after the next call, with no restart). Nothing is
    read when the table is made, so importing the coach stays as fast as before.
    """

    def __init__(self, kind: type[D], build: Callable[[D], Mapping[K, V]]) -> None:
        self._kind = kind
        self._build = build
        self._model: Document | None = None
        self._table: Mapping[K, V] = {}

    def _current(self) -> Mapping[K, V]:
        model = teaching_text(self._kind)
        if model is not self._model:
            self._table = self._build(model)  # type: ignore[arg-type]
            self._model = model
        return self._table

    def __getitem__(self, key: K) -> V:
        return self._current()[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())

    def __repr__(self) -> str:
        return f"<{type(self).__name__} from data/{TEACHING_FILES[self._kind]}>"
