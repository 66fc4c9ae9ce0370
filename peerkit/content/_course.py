"""The course around the lessons: session plans, time-sensitive facts, which items a lesson shows.

Session plans (``data/facilitator/<lesson>.yaml``) and the time-sensitive facts are
content like any other: the schema checks each file on its own, and :func:`plan_problems`
checks what a plan says about the rest of the course (its lesson, its minutes, its
exercises).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import _cells
from ._course_rules import session_plan_problems
from ._guide_models import SessionPlan, TimeSensitiveFacts
from ._load import Library, load_file
from ._problems import Problem
from ._yaml import YamlDocument

FACILITATOR_DIR = "facilitator"
FACTS_FILE = "time-sensitive-facts.yaml"


# --- reading the facilitator files --------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """A session plan and the file it came from (for line numbers in messages)."""

    model: SessionPlan
    doc: YamlDocument

    @property
    def file(self) -> str:
        return self.doc.file

    def line(self, *path: Any) -> int:
        return self.doc.line_of(path)


def _facilitator_files(lib: Library) -> list[Path]:
    folder = Path(lib.root) / FACILITATOR_DIR
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def plans(lib: Library) -> dict[str, Plan]:
    """Every session plan in data/facilitator/, by lesson id (files that fail validation are skipped)."""
    found: dict[str, Plan] = {}
    for path in _facilitator_files(lib):
        loaded, _ = load_file(path)
        if loaded is not None and isinstance(loaded.model, SessionPlan):
            found.setdefault(loaded.model.lesson, Plan(loaded.model, loaded.doc))
    return found


def facts(lib: Library) -> TimeSensitiveFacts | None:
    path = Path(lib.root) / FACILITATOR_DIR / FACTS_FILE
    loaded, _ = load_file(path) if path.is_file() else (None, [])
    return (
        loaded.model
        if loaded is not None and isinstance(loaded.model, TimeSensitiveFacts)
        else None
    )


def plan_problems(lib: Library, files: list[Path] | None = None) -> list[Problem]:
    """What the session plans (default: data/facilitator/) get wrong about the rest of the course
    (``peerkit validate`` applies the same rules: :func:`._course_rules.session_plan_problems`)."""
    found = []
    for path in _facilitator_files(lib) if files is None else files:
        loaded, _ = load_file(path)
        if loaded is not None and isinstance(loaded.model, SessionPlan):
            found.append((loaded.doc, loaded.model))
    return session_plan_problems(found, lib.curriculum, set(lib.items))


# --- which items a lesson shows -------------------------------------------------------


def notebook_path(lib: Library, lesson_id: str) -> Path:
    entry = lib.curriculum.lesson(lesson_id)
    relative = entry.notebook if entry is not None else f"notebooks/{lesson_id}.ipynb"
    return Path(lib.root).resolve().parent / relative


def shown_ids(lib: Library, lesson_id: str) -> list[str]:
    """The items of a lesson, in the order its notebook shows them.

    A lesson's items are those of its folder (``Library.lesson_items``; ``peerkit validate``
    checks that its notebook shows each of them); the notebook gives their order, and any
    item it shows from elsewhere (a shared note) comes in its place.
    """
    path = notebook_path(lib, lesson_id)
    ids: list[str] = []
    if path.is_file():
        try:
            ids = _cells.shown_ids(_cells.read_notebook(path))
        except (OSError, ValueError):
            ids = []
    for item_id in lib.lesson_items.get(lesson_id, ()):
        if item_id not in ids:
            ids.append(item_id)
    return [i for i in dict.fromkeys(ids) if i in lib.items]
