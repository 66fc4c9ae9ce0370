"""Saved progress: exercises reopen where the learner left them; saving never breaks a lesson."""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

import platformdirs
import pytest

import peerkit
from peerkit.api import reset_live_context
from peerkit.api._progress import (
    is_finished,
    lesson_line,
    lesson_progress,
    resume_line,
    welcome_back,
)
from peerkit.journal import (
    HOME_ENV,
    Keeper,
    ProgressRecord,
    Store,
    StoreProblem,
)
from peerkit.journal import _keeper as keeper_module

pytestmark = pytest.mark.usefixtures("home")  # tests/conftest.py: a fresh store and keeper

WIDGET = "application/vnd.jupyter.widget-view+json"


def restart() -> None:
    """What a kernel restart does to peerkit: pending saves finish, a new keeper, nothing shown."""
    assert keeper_module._DEFAULT.flush()
    keeper_module._DEFAULT = Keeper()
    reset_live_context()


def saved(lesson: str | None = None) -> dict[str, dict]:
    assert keeper_module._DEFAULT.flush()
    return {r.item_id: r.state for r in Store.open().progress(lesson)}


def record(lesson: str, item: str, kind: str, state: dict) -> ProgressRecord:
    from datetime import datetime, timezone

    return ProgressRecord(lesson, item, kind, state, datetime.now(timezone.utc))


# When an exercise counts as finished


def test_is_a_case_finished_only_at_an_ending(library) -> None:
    """Does a case count as finished when its saved path reached an ending, and not before?"""
    case = library.item("cs01-sent-not-chosen")
    assert not is_finished(case, {"path": [["start", "a"]], "ending": None})
    assert is_finished(case, {"path": [], "ending": case.endings[0].id})
    assert not is_finished(case, {"ending": "no-such-ending"})


def test_is_a_sort_finished_only_with_every_card_sorted(library) -> None:
    """Does a sort count as finished once checked with every card placed, right or wrong?"""
    sort = library.item("trust-sort")
    every = {card.id: sort.bins[0].id for card in sort.cards}
    assert is_finished(sort, {"placements": every})
    assert not is_finished(sort, {"placements": dict(list(every.items())[:-1])})


def test_is_a_quiz_finished_when_every_question_has_an_answer(library) -> None:
    """Does a quiz count as finished when every question has a checked answer?"""
    quiz = library.item("opening-questions-quiz")
    answers = {q.id: [q.options[0].id] for q in quiz.questions}
    assert is_finished(quiz, {"selected": answers})
    first = quiz.questions[0].id
    assert not is_finished(quiz, {"selected": {first: answers[first]}})


def counted(library, lesson_id: str) -> int:
    """How many of a lesson's items count as progress: those of its folder whose type's row
    says so (worked out, so that adding an exercise to the lesson does not break the tests)."""
    from peerkit.api import row_for

    return sum(
        1 for i in library.lesson_items.get(lesson_id, ()) if row_for(library.items[i]).progress
    )


def test_does_lesson_progress_count_finished_of_total(library) -> None:
    """Are a lesson's exercises counted from its folder, with finished and started apart?"""
    case = library.item("cs01-sent-not-chosen")
    records = [
        record("01-building-trust", case.id, "case", {"path": [], "ending": case.endings[0].id}),
        record("01-building-trust", "trust-sort", "sort", {"placements": {}}),
        record("00-welcome", "try-the-controls", "quiz", {"selected": {}}),
    ]
    progress = lesson_progress(library, "01-building-trust", records)
    total = counted(library, "01-building-trust")
    assert total >= 2  # the lesson's case and sort count, so the figures below are not pinned
    assert (progress.finished, progress.started, progress.total) == (1, 2, total)
    assert progress.sentence() == f"1 of {total} exercises finished"
    assert progress.last_item is not None and progress.last_item.id == "trust-sort"
    assert f"Last time you finished 1 of {total} exercises" in welcome_back(progress)
    assert welcome_back(lesson_progress(library, "01-building-trust", [])) is None


def test_does_a_resumed_case_say_which_step(library) -> None:
    """Does a case reopened mid-way say 'You were at step 2' and how to begin afresh?"""
    case = library.item("cs01-sent-not-chosen")
    line = resume_line(case, {"path": [["start", "x"]], "ending": None})
    assert line == "You were at step 2. Choose “Start again” to begin afresh."
    assert resume_line(case, {"path": [], "ending": None}) is None


# Resuming after a restart


def test_does_a_case_resume_where_it_was_after_a_restart(library) -> None:
    """After moves and a kernel restart, does the case reopen at the same step, saying so?"""
    peerkit.lesson("01-building-trust")
    case = library.item("cs01-sent-not-chosen")
    first = case.nodes[0].choices[0]
    view = peerkit.show(case.id).view
    view.choose(first.id)
    assert saved("01-building-trust")[case.id]["path"] == [[case.nodes[0].id, first.id]]

    restart()
    shown = peerkit.show(case.id)
    assert shown.view.play.path == view.play.path
    note = shown.widget.children[0].value
    assert 'role="status"' in note and "You were at step 2" in note
    shown.view.restart_button.click()
    assert saved("01-building-trust")[case.id]["path"] == []
    assert "You were at step" not in shown.widget.children[0].value


def test_does_a_quiz_resume_with_its_answers_and_feedback(library) -> None:
    """Does a quiz reopen with the answers checked before, and their feedback, after a restart?"""
    quiz = library.item("try-the-controls")
    question = quiz.questions[0]
    wrong = next(o for o in question.options if not o.correct)
    peerkit.show(quiz.id).view.answer(question.id, wrong.id)

    restart()
    view = peerkit.show(quiz.id).view
    assert view.play.selected(question.id) == {wrong.id}
    assert "Not quite." in view.questions[question.id].feedback.value


def test_does_a_sort_resume_with_its_cards_in_place(library) -> None:
    """Does a checked sort reopen with its cards where they were, and its feedback?"""
    sort = library.item("trust-sort")
    card = sort.cards[0]
    view = peerkit.show(sort.id).view
    view.place(card.id, card.bins[0])
    view.check()

    restart()
    view = peerkit.show(sort.id).view
    assert view.dropdowns[card.id].value == card.bins[0]
    assert "Matches the lesson" in view.feedback.value


def test_does_start_again_on_a_sort_forget_its_cards(library) -> None:
    """After 'Start again' on a resumed sort, does a restart bring back an empty sort?"""
    sort = library.item("trust-sort")
    card = sort.cards[0]
    view = peerkit.show(sort.id).view
    view.place(card.id, card.bins[0])
    view.check()
    view.reset_button.click()
    assert saved()[sort.id]["placements"] == {}

    restart()
    assert peerkit.show(sort.id).view.dropdowns[card.id].value == ""  # shown as "Not sorted yet"


def test_do_the_view_checks_leave_saved_progress_alone(library, home: Path) -> None:
    """Do the checks of each type's view, which play every path, save nothing (not even create
    the store)?"""
    from peerkit.api import row_for

    for item_id in ("cs01-sent-not-chosen", "trust-sort", "opening-questions-quiz"):
        item = library.item(item_id)
        row_for(item).check(item, row_for(item))
    assert not home.exists()


def test_does_looking_at_a_lesson_leave_no_file_behind(home: Path) -> None:
    """Does showing a lesson and its exercises, without doing anything, create no store?"""
    peerkit.lesson("01-building-trust")._repr_mimebundle_()
    peerkit.show("cs01-sent-not-chosen")._repr_mimebundle_()
    peerkit.progress()._repr_mimebundle_()
    assert not home.exists()


# The lesson's introduction and the overview


def test_does_the_lesson_intro_say_where_the_learner_left_off(library) -> None:
    """Does the intro say 'Last time you finished 2 of 4 exercises', live only, not in its HTML?"""
    store = Store.open()
    for case in ("cs01-sent-not-chosen", "cs02-drank-again"):
        ending = library.item(case).endings[0].id
        store.save_progress("01-building-trust", case, "case", {"path": [], "ending": ending})
    bundle = peerkit.lesson("01-building-trust")._repr_mimebundle_()
    assert WIDGET in bundle
    assert "Last time you finished" not in bundle["text/html"]
    assert "Last time you finished" not in bundle["text/plain"]
    line = lesson_line(library, "01-building-trust")
    assert line is not None and 'role="status"' in line
    total = counted(library, "01-building-trust")
    assert f"Last time you finished 2 of {total} exercises in this lesson" in line


def test_is_a_first_visit_intro_plain_static(home: Path) -> None:
    """On a first visit, is the intro just its static HTML (no widget, nothing to say)?"""
    bundle = peerkit.lesson("01-building-trust")._repr_mimebundle_()
    assert WIDGET not in bundle


def test_does_the_overview_count_each_lesson(library) -> None:
    """Does the progress overview show finished of total per lesson, live only?"""
    quiz = library.item("try-the-controls")
    answered = {question.id: ["x"] for question in quiz.questions}  # every question answered
    Store.open().save_progress("00-welcome", quiz.id, "quiz", {"selected": answered})
    overview = peerkit.progress()
    live = overview.live_html()
    assert f"1 of {counted(library, '00-welcome')} exercise" in live
    assert f"0 of {counted(library, '01-building-trust')} exercises finished" in live
    assert "<progress max='1' value='1'" in live
    guides = [e.title for e in library.curriculum.lessons if e.kind == "guide"]
    assert not [title for title in guides if title in live], "the facilitator guide is not a lesson"
    static = overview._repr_mimebundle_()["text/html"]
    assert "finished" not in static.split("<p>In the live course")[0]
    assert ">4</td>" in static


# Saving never breaks a lesson


def test_does_an_unusable_store_leave_the_exercise_working_and_say_so_once(
    library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the store cannot be opened, does the exercise still work and say so once, plainly?"""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    monkeypatch.setenv(HOME_ENV, str(repo / "private"))
    case = library.item("cs01-sent-not-chosen")
    shown = peerkit.show(case.id)
    note = shown.widget.children[0].value  # said as the exercise appears, before any click
    assert "not being saved" in note and "git repository" in note
    assert "Traceback" not in note
    view = shown.view
    outcome = view.choose(case.nodes[0].choices[0].id)
    assert outcome.feedback in html.unescape(view.feedback.value)
    view.restart_button.click()
    assert shown.widget.children[0].value == note  # kept in place, not repeated
    again = peerkit.show("trust-sort")
    again.view.check()
    assert "not being saved" not in again.widget.children[0].value
    assert not (repo / "private").exists()


def test_does_a_failed_open_not_repeat_on_every_click(tmp_path: Path) -> None:
    """Once the store could not be opened, does the keeper stop trying (saving stays cheap)?"""
    tries = []

    def opener(path):
        tries.append(path)
        raise StoreProblem("no room at the inn", kind="unreadable")

    keeper = Keeper(tmp_path / "x.db", opener=opener)
    for _ in range(5):
        assert keeper.save("01", "case", "case", {"path": []}) is False
    assert len(tries) == 1
    assert "no room at the inn" in (keeper.take_notice() or "")
    assert keeper.take_notice() is None


def test_does_a_repeated_state_not_write_again(tmp_path: Path) -> None:
    """Is a click that changes nothing (same state) not written to disk again?"""
    keeper = Keeper(tmp_path / "journal.db")
    writes = []
    store = keeper.store()
    assert store is not None
    real = store.save_progress

    def counting(*args, **kwargs):
        writes.append(args)
        return real(*args, **kwargs)

    store.save_progress = counting  # type: ignore[method-assign]
    for _ in range(3):
        keeper.save("01", "quiz", "quiz", {"selected": {"q": ["a"]}})
    keeper.save("01", "quiz", "quiz", {"selected": {"q": ["b"]}})
    assert len(writes) == 2


def test_does_a_click_return_before_the_disk_write(
    library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Does a click return at once while the store is opened and written in the background?

    The store's opening and writing are held back until the click has returned: a click
    that waited for them would wait out the hold (10 s) and find the write already done.
    No clock is read, so a busy machine cannot make this pass or fail."""
    import threading

    real_save, real_open = Store.save_progress, Store.open.__func__
    release = threading.Event()
    written: list[str] = []

    def held_save(self, *args, **kwargs):
        release.wait(timeout=10)
        written.append("progress")
        return real_save(self, *args, **kwargs)

    def held_open(cls, *args, **kwargs):
        release.wait(timeout=10)
        return real_open(cls, *args, **kwargs)

    monkeypatch.setattr(Store, "save_progress", held_save)
    monkeypatch.setattr(Store, "open", classmethod(held_open))
    case = library.item("cs01-sent-not-chosen")
    view = peerkit.show(case.id).view
    view.choose(case.nodes[0].choices[0].id)
    assert written == [], "the click waited for the disk write"
    release.set()
    first = case.nodes[0]
    assert saved("01-building-trust")[case.id]["path"] == [[first.id, first.choices[0].id]]


def test_is_a_failed_background_write_reported(tmp_path: Path) -> None:
    """When a queued write fails, is it reported once by the next notice, and tried again later?"""
    keeper = Keeper(tmp_path / "journal.db")
    store = keeper.store()
    assert store is not None
    calls = []

    def full(*args, **kwargs):
        calls.append(args)
        raise StoreProblem("The disk is full.", kind="unreadable")

    store.save_progress = full  # type: ignore[method-assign]
    assert keeper.save_soon("01", "case", "case", {"path": [1]}) is True
    assert keeper.flush()
    assert "disk is full" in (keeper.take_notice() or "")
    assert keeper.save_soon("01", "case", "case", {"path": [1]}) is True  # not taken as saved
    assert keeper.flush()
    assert len(calls) == 2
    assert keeper.take_notice() is None


def test_does_a_busy_store_mid_lesson_say_so_and_carry_on(tmp_path: Path) -> None:
    """If a save fails mid-lesson (store busy), is it reported once and the next save tried?"""
    keeper = Keeper(tmp_path / "journal.db")
    store = keeper.store()
    assert store is not None
    calls = []

    def busy(*args, **kwargs):
        calls.append(args)
        raise StoreProblem("Your journal is busy.", kind="busy")

    store.save_progress = busy  # type: ignore[method-assign]
    assert keeper.save("01", "case", "case", {"path": [1]}) is False
    assert keeper.save("01", "case", "case", {"path": [2]}) is False
    assert len(calls) == 2
    assert "busy" in (keeper.take_notice() or "")
    assert keeper.take_notice() is None


# Tests never touch the real user folder


def test_does_this_test_session_keep_its_store_in_a_temporary_folder() -> None:
    """Is PEERKIT_HOME, which notebook kernels inherit, a temporary folder set for the session?"""
    from tests.conftest import SESSION_HOME

    assert os.environ.get(HOME_ENV)  # the autouse fixture may point it elsewhere, never unset
    assert SESSION_HOME.is_relative_to(Path(tempfile.gettempdir()))
    real = Path(platformdirs.user_data_dir("peerkit", appauthor=False))
    assert not real.is_relative_to(SESSION_HOME) and not SESSION_HOME.is_relative_to(real)
