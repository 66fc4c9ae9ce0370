"""How far a learner has got, and exercises that reopen where the learner left them.

Exercises whose row in the registry has ``progress`` (case studies, sorting exercises,
quizzes) save their play's state in the learner's private store after every change.
What a saved state means is up to the play: ``is_finished(item, state)`` (a case that
reached an ending, a sort checked with every card sorted, a quiz with every question
answered) and ``resume_line(item, state)``. Right or wrong does not matter here:
nothing in the course is a grade.

A lesson's exercises are the items of its folder (``Library.lesson_items``); ``peerkit
validate`` checks that its notebook shows every one of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

import ipywidgets as W

from ..content import Item, Library
from ..journal import Keeper, ProgressRecord, keeper, saved_salt, with_salt
from ..practice import JournalPlay, Order
from ..widgets._common import WIDGET_CSS, status
from ._registry import row_for


def say(message: str) -> str:
    """A message in a status region, escaped (it may name paths the learner typed)."""
    return status(f"<p>{escape(message)}</p>")


# --- a lesson's progress ----------------------------------------------------------------


def lesson_exercises(library: Library, lesson_id: str) -> list[Item]:
    """The lesson's exercises that count as progress, in file order."""
    ids = library.lesson_items.get(lesson_id, ())
    return [library.items[i] for i in ids if row_for(library.items[i]).progress]


def is_finished(item: Item, state: Any) -> bool:
    """Whether a saved ``state`` of ``item`` counts as finished (its play decides)."""
    row = row_for(item)
    return bool(row.progress and isinstance(state, dict) and row.play.is_finished(item, state))  # type: ignore[union-attr]


def resume_line(item: Item, state: Any) -> str | None:
    """What an exercise says when it opens on saved progress (its play decides)."""
    row = row_for(item)
    if not (row.progress and isinstance(state, dict) and state):
        return None
    return row.play.resume_line(item, state)  # type: ignore[union-attr]


@dataclass(frozen=True)
class LessonProgress:
    """One lesson's exercises and how many of them are finished."""

    lesson_id: str
    title: str
    total: int
    finished: int
    started: int  # exercises with any saved state, finished or not
    last_item: Item | None  # the exercise saved most recently

    def sentence(self) -> str:
        """'2 of 4 exercises finished', in words that suit the numbers."""
        if not self.total:
            return "no exercises to finish"
        noun = "exercise" if self.total == 1 else "exercises"
        return f"{self.finished} of {self.total} {noun} finished"


def lesson_progress(
    library: Library, lesson_id: str, records: Iterable[ProgressRecord]
) -> LessonProgress:
    """How far the learner got in one lesson."""
    items = lesson_exercises(library, lesson_id)
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


def lesson_line(library: Library, lesson_id: str, keeper_: Keeper | None = None) -> str | None:
    """What a lesson's introduction adds for a returning learner (or a problem to report)."""
    store = keeper_ or keeper()
    line = welcome_back(lesson_progress(library, lesson_id, store.records(lesson_id)))
    notice = store.take_notice()
    text = " ".join(part for part in (line, notice) if part)
    return say(text) if text else None


# --- a view over saved progress ----------------------------------------------------------


def attach_progress(
    item: Item, lesson_id: str | None, keeper_: Keeper | None = None
) -> tuple[Any, W.Widget]:
    """A view of ``item`` over its saved state, saving each change; returns (view, widget).

    Exercises reopen where the learner left them, with a line saying so, and show the
    feedback they had. Saving goes through the keeper, which never raises: if the store
    cannot be used the exercise still works, and the reason is shown once. Cases, quizzes
    and sorts show their entries in the learner's own order (:mod:`peerkit.practice._order`),
    whose salt is saved with their state. Written exercises and journal prompts save
    entries only when the learner asks, filed under the lesson.
    """
    row = row_for(item)
    store = keeper_ or keeper()
    journal = JournalPlay(item, lesson_id, store) if row.exercise and not row.progress else None
    if not row.progress or lesson_id is None:
        view = row.new_view(item, journal=journal)
        return view, view.widget
    state = store.load(lesson_id, item.id)
    play = row.play.from_state(item, state) if state else None  # type: ignore[union-attr]
    # The learner's own order of replies, options and cards: the salt saved with this
    # exercise if there is one, else theirs; saved with every change, so it stays put.
    salt = saved_salt(state) or store.learner_salt()
    view = row.new_view(item, play=play, order=Order(salt))
    line = resume_line(item, state) if state else None
    note = W.HTML(say(line) if line else status())
    notice = store.take_notice()
    if notice:
        note.value = say(f"{line} {notice}" if line else notice)

    def save(changed: Any) -> None:
        saving = store.save_soon(lesson_id, item.id, item.type, with_salt(changed.to_state(), salt))
        problem = store.take_notice()  # a write that failed in the background since
        if problem:
            note.value = say(problem)
        elif saving:  # the line about last time has done its job; a 'not saved' line stays
            note.value = status()

    view.on_change = save
    reset = getattr(view, "reset_button", None)
    if reset is not None:  # a sort's "Start again" clears its cards without calling on_change
        reset.on_click(lambda _: save(view.play))
    return view, W.VBox([note, view.widget])


# --- the welcome lesson's overview --------------------------------------------------------

_TABLE_CSS = """<style>
.pk-progress th, .pk-progress td {
  text-align: left; vertical-align: top; padding: 0.2rem 0.75rem 0.2rem 0; }
.pk-progress caption { text-align: left; font-weight: bold; }
</style>"""
"""Left-aligned tables that read as lists. CSS only; no script."""


def progress_table(library: Library, keeper_: Keeper) -> str:
    """Exercises finished per lesson, with a bar for each lesson (live only)."""
    progress = course_progress(library, keeper_.records())
    rows = []
    for lesson in progress:
        if lesson.total:
            bar = (
                f"<progress max='{lesson.total}' value='{lesson.finished}' "
                f"aria-label='{escape(lesson.title)}: {escape(lesson.sentence())}'>"
                f"{lesson.finished} of {lesson.total}</progress>"
            )
        else:
            bar = ""
        rows.append(
            f"<tr><th scope='row'>{escape(lesson.title)}</th>"
            f"<td>{escape(lesson.sentence())}</td><td>{bar}</td></tr>"
        )
    done = sum(lesson.finished for lesson in progress)
    total = sum(lesson.total for lesson in progress)
    summary = f"Across the course you have finished {done} of {total} exercises."
    if not any(lesson.started for lesson in progress):
        summary = (
            f"Nothing is saved yet: the course has {total} exercises, and each one you "
            "finish will show here."
        )
    notice = keeper_.take_notice()
    extra = f"<p>{escape(notice)}</p>" if notice else ""
    return (
        f"{WIDGET_CSS}{_TABLE_CSS}"
        "<table class='pk-progress'><caption>Your progress by lesson</caption>"
        "<thead><tr><th scope='col'>Lesson</th><th scope='col'>Exercises</th>"
        "<th scope='col'>Progress</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        f"{status(f'<p>{escape(summary)}</p>{extra}')}"
    )


def exercises_table(library: Library) -> str:
    """How many exercises each lesson has (what a saved notebook shows instead of progress)."""
    rows = "".join(
        f"<tr><th scope='row'>{escape(e.title)}</th>"
        f"<td>{len(lesson_exercises(library, e.id))}</td></tr>"
        for e in library.curriculum.lessons
        if e.kind == "lesson"
    )
    return (
        '<section class="pk-item pk-progress" aria-label="Exercises in each lesson">'
        "<table><caption>Exercises in each lesson</caption><thead><tr>"
        "<th scope='col'>Lesson</th><th scope='col'>Exercises</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><p>In the live course, the "
        "table shows how many of them you have finished.</p></section>"
    )
