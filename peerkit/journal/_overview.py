"""How far a learner has got: finished exercises per lesson, from saved progress.

Pure functions over the course content and the store's :class:`ProgressRecord`
list; the widgets only lay the result out. Exercises are the items whose state
is saved (case studies, sorting exercises, quizzes). One counts as finished:

- a case study, when the saved path reached an ending;
- a sorting exercise, when it was checked with every card sorted;
- a quiz, when every question has a checked answer.

Right or wrong does not matter here: nothing in the course is a grade.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..content import Case, Item, Library, Quiz, Sort
from ._records import ProgressRecord

PROGRESS_KINDS = ("case", "sort", "quiz")
"""The kinds of content whose state is saved as progress."""


def is_finished(item: Item, state: Mapping[str, Any]) -> bool:
    """Whether a saved ``state`` of ``item`` counts as finished (see the module's rules)."""
    if isinstance(item, Case):
        ending = state.get("ending")
        return isinstance(ending, str) and item.ending(ending) is not None
    if isinstance(item, Sort):
        placed = state.get("placements")
        return isinstance(placed, Mapping) and all(card.id in placed for card in item.cards)
    if isinstance(item, Quiz):
        selected = state.get("selected")
        return isinstance(selected, Mapping) and all(selected.get(q.id) for q in item.questions)
    return False


@dataclass(frozen=True)
class LessonProgress:
    """One lesson's exercises and how many of them are finished."""

    lesson_id: str
    title: str
    total: int
    finished: int
    started: int  # exercises with any saved state, finished or not
    last_item: Item | None  # the exercise saved most recently
    last_updated: datetime | None

    @property
    def fraction(self) -> float:
        return self.finished / self.total if self.total else 0.0

    def sentence(self) -> str:
        """'2 of 4 exercises finished', in words that suit the numbers."""
        if not self.total:
            return "no exercises to finish"
        noun = "exercise" if self.total == 1 else "exercises"
        return f"{self.finished} of {self.total} {noun} finished"


def exercises(library: Library, lesson_id: str) -> list[Item]:
    """The lesson's exercises, in file order: the items of its folder whose state is saved."""
    ids = library.lesson_items.get(lesson_id, ())
    return [library.items[i] for i in ids if library.items[i].type in PROGRESS_KINDS]


def lesson_progress(
    library: Library, lesson_id: str, records: Iterable[ProgressRecord]
) -> LessonProgress:
    """How far the learner got in one lesson."""
    items = exercises(library, lesson_id)
    by_item = {r.item_id: r for r in records if r.lesson_id == lesson_id}
    mine = [(item, by_item[item.id]) for item in items if item.id in by_item]
    finished = sum(is_finished(item, record.state) for item, record in mine)
    latest = max(mine, key=lambda pair: pair[1].updated, default=None)
    entry = library.curriculum.lesson(lesson_id)
    return LessonProgress(
        lesson_id=lesson_id,
        title=entry.title if entry else lesson_id,
        total=len(items),
        finished=finished,
        started=len(mine),
        last_item=latest[0] if latest else None,
        last_updated=latest[1].updated if latest else None,
    )


def course_progress(library: Library, records: Sequence[ProgressRecord]) -> list[LessonProgress]:
    """Every lesson of the course, in order, with its progress (not the facilitator guide)."""
    return [
        lesson_progress(library, e.id, records)
        for e in library.curriculum.lessons
        if e.kind == "lesson"
    ]


def welcome_back(progress: LessonProgress) -> str | None:
    """What a lesson's introduction says to someone returning to it; None on a first visit."""
    if not progress.started:
        return None
    text = f"Welcome back. Last time you finished {progress.finished} of {progress.total} "
    text += "exercise" if progress.total == 1 else "exercises"
    text += " in this lesson"
    if progress.last_item is not None:
        text += f", and the last one you worked on was “{progress.last_item.title}”"
    return text + ". Your answers are back where you left them."


def resume_line(item: Item, state: Mapping[str, Any]) -> str | None:
    """What an exercise says when it opens on saved progress; None when there is nothing to say."""
    if isinstance(item, Case):
        path = state.get("path") or []
        if not path:
            return None
        ending = item.ending(str(state.get("ending"))) if state.get("ending") else None
        afresh = " Choose “Start again” to begin afresh." if item.allow_restart else ""
        if ending is not None:
            return f"Last time you reached the ending “{ending.title}”.{afresh}"
        return f"You were at step {len(path) + 1}.{afresh}"
    if isinstance(item, Sort):
        placed = state.get("placements") or {}
        if not placed:
            return None
        return (
            "Your sorting from last time is back in place, with its feedback."
            " Choose “Start again” to clear it."
        )
    if isinstance(item, Quiz):
        selected = state.get("selected") or {}
        answered = sum(1 for q in item.questions if selected.get(q.id))
        if not answered:
            return None
        total = len(item.questions)
        return (
            f"Your answers from last time ({answered} of {total} "
            f"{'question' if total == 1 else 'questions'}) are back, with their feedback."
        )
    return None
