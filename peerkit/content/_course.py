"""The course around the lessons: session plans, time-sensitive facts, which items a lesson shows.

Session plans (``data/facilitator/<lesson>.yaml``) and the time-sensitive facts are
content like any other: the schema checks each file on its own, and :func:`plan_problems`
checks what a plan says about the rest of the course (its lesson, its headings, its
exercises and triads), as ``peerkit validate`` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import _cells
from ._facilitator import Course, course_from
from ._guide_models import Adaptations, Agenda, GuideSections, SessionPlan, TimeSensitiveFacts
from ._load import LOADER, Library, load_file
from ._problems import Problem
from ._schedule import Schedule
from ._schedule import build as build_schedule
from ._yaml import YamlDocument

FACILITATOR_DIR = "facilitator"
FACTS_FILE = "time-sensitive-facts.yaml"
AGENDA_DIR = "agendas"
GUIDE_SECTIONS_FILE = "running-the-day.yaml"
ADAPTATIONS_FILE = "adaptations.yaml"


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


def course_of(lib: Library) -> Course:
    """The course as the facilitator checks and the agenda builder see it."""
    return course_from([], Path(lib.root), LOADER)


def _facilitator_document(lib: Library, name: str, kind: type) -> Any:
    path = Path(lib.root) / FACILITATOR_DIR / name
    loaded, _ = load_file(path) if path.is_file() else (None, [])
    return loaded.model if loaded is not None and isinstance(loaded.model, kind) else None


def guide_sections(lib: Library) -> GuideSections | None:
    """data/facilitator/running-the-day.yaml, or None when it is missing or does not validate."""
    return _facilitator_document(lib, GUIDE_SECTIONS_FILE, GuideSections)


def adaptations(lib: Library) -> Adaptations | None:
    """data/facilitator/adaptations.yaml, or None when it is missing or does not validate."""
    return _facilitator_document(lib, ADAPTATIONS_FILE, Adaptations)


def courses(lib: Library) -> dict[str, Agenda]:
    """The courses in data/facilitator/agendas/, by id (files that fail validation are left out)."""
    folder = Path(lib.root) / FACILITATOR_DIR / AGENDA_DIR
    found: dict[str, Agenda] = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        loaded, _ = load_file(path)
        if loaded is not None and isinstance(loaded.model, Agenda):
            found.setdefault(loaded.model.id, loaded.model)
    return found


def course_schedule(lib: Library, course_id: str, start: int | None = None) -> Schedule:
    """A course's timed days, built from its agenda and the session plans; ValueError
    (``problem - fix``) when there is no such course."""
    found = courses(lib)
    agenda = found.get(course_id)
    if agenda is None:
        known = ", ".join(found) or "none yet"
        raise ValueError(
            f"there is no course '{course_id}' - choose one of: {known}"
            f" (data/{FACILITATOR_DIR}/{AGENDA_DIR}/)"
        )
    course = course_of(lib)
    return build_schedule(
        agenda,
        {lesson: plan for lesson, (plan, _) in course.plans.items()},
        course.lessons(),
        triads=course.triads,
        reading_words=course.reading_words,
        item_titles={item_id: item.title for item_id, item in course.items.items()},
        start=start,
    )


def plan_problems(lib: Library, files: list[Path] | None = None) -> list[Problem]:
    """What the session plans (default: data/facilitator/) get wrong, alone and about the rest
    of the course: the problems ``peerkit validate`` reports for them (warnings left out)."""
    from ._facilitator import plan_problems as course_plan_problems

    loaded_plans = []
    problems: list[Problem] = []
    for path in _facilitator_files(lib) if files is None else files:
        loaded, found = load_file(path)
        if loaded is None:
            if found and _names_type(path, "session-plan"):
                problems += found
            continue
        if isinstance(loaded.model, SessionPlan):
            loaded_plans.append(loaded)
    course = course_of(lib)
    seen: dict[str, str] = {}
    for loaded in loaded_plans:
        found, _ = course_plan_problems(loaded.doc, loaded.model, course, seen)
        problems += found
    return sorted(problems)


def _names_type(path: Path, type_name: str) -> bool:
    """Whether a file that failed its checks says it is of ``type_name``."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return f"type: {type_name}" in text


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
