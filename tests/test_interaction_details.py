"""The small things a learner meets while working: quiz feedback, reply letters, the path at an
ending, one content note, journal times and numbers, and how a rewrite exercise reads.

Each is driven through the same buttons a learner presses (no kernel); tests/test_browser_app.py
checks the quiz, the letters and the ending in a real browser.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from html import escape

import pytest
from markupsafe import escape as jinja_escape  # how the templates and feedback macros escape

from peerkit.api import new_view, render_item
from peerkit.content import Case
from peerkit.journal import JournalDesk, Keeper
from peerkit.journal._export import when
from peerkit.practice import Order, QuizPlay
from peerkit.practice._quiz_feedback import REVEAL_AFTER, quiz_feedback
from peerkit.widgets import CaseView, JournalToolsView
from tests.journal_driver import (
    ask_delete_entry,
    confirm_delete_entry,
    list_entries,
    shown_list,
)

# --- quiz feedback --------------------------------------------------------------------------


def test_a_first_wrong_answer_is_explained_without_giving_the_right_one(library):
    """Does the first wrong try explain that answer and invite another, naming no right answer?"""
    quiz = library.item("opening-questions-quiz")
    question = next(q for q in quiz.questions if not q.multiple)
    wrong = next(o for o in question.options if not o.correct)
    play = QuizPlay(quiz)
    play.select(question.id, wrong.id)
    feedback = quiz_feedback(play.check(question.id), wrong_tries=1)
    assert not feedback.revealed
    assert [line.label for line in feedback.lines] == ["Your answer"]
    assert feedback.lines[0].verdict == "Not correct" and feedback.summary.startswith("Not quite.")
    assert "try another answer" in feedback.summary


def test_the_right_answer_shows_after_the_second_wrong_try(library):
    """After the second wrong try, is the answer the lesson gives shown, labelled as such?"""
    quiz = library.item("opening-questions-quiz")
    question = next(q for q in quiz.questions if not q.multiple)
    right = next(o for o in question.options if o.correct)
    wrong = next(o for o in question.options if not o.correct)
    play = QuizPlay(quiz)
    play.select(question.id, wrong.id)
    feedback = quiz_feedback(play.check(question.id), wrong_tries=REVEAL_AFTER)
    assert feedback.revealed
    shown = {line.label: line for line in feedback.lines}
    assert shown["The answer the lesson gives"].text == right.text
    assert shown["The answer the lesson gives"].verdict == ""  # never "Correct" for an unchosen one


def test_a_several_answer_question_names_whose_choice_each_line_is(library):
    """In a 'choose all that apply' question, is every line 'You chose' or (after two wrong tries)
    'A right answer you did not choose', and never an unchosen option marked 'Correct'?"""
    quiz = library.item("opening-questions-quiz")
    question = next(q for q in quiz.questions if q.multiple)
    one_right = next(o for o in question.options if o.correct)
    play = QuizPlay(quiz)
    play.select(question.id, [one_right.id])
    result = play.check(question.id)
    first = quiz_feedback(result, wrong_tries=1)
    assert [line.label for line in first.lines] == ["You chose"]
    later = quiz_feedback(result, wrong_tries=REVEAL_AFTER)
    assert {line.label for line in later.lines} == {
        "You chose",
        "A right answer you did not choose",
    }
    assert all(line.verdict == "" for line in later.lines if line.label != "You chose")


def test_the_view_counts_wrong_tries_per_question(library):
    """Does the live quiz show the right answer only at a question's second wrong try?"""
    quiz = library.item("opening-questions-quiz")
    question = next(q for q in quiz.questions if not q.multiple)
    right = next(o for o in question.options if o.correct)
    wrongs = [o for o in question.options if not o.correct]
    view = new_view(quiz)
    view.answer(question.id, wrongs[0].id)
    assert jinja_escape(right.text) not in view.questions[question.id].feedback.value
    view.answer(question.id, wrongs[1].id)
    assert jinja_escape(right.text) in view.questions[question.id].feedback.value


# --- case studies: letters, the path at an ending, one content note -------------------------


def test_replies_carry_the_letters_the_path_names(library):
    """Does each reply show its letter in the learner's own order, and does 'Your path' name the
    letter the chosen reply had on their screen?"""
    case = library.item("cs01-sent-not-chosen")
    for salt in (f"{i:016x}" for i in range(6)):
        view = new_view(case, order=Order(salt))
        labels = [label for label, _ in view.replies.options]
        assert [label[:3] for label in labels] == [f"{chr(65 + i)}. " for i in range(len(labels))]
        shown = [value for _, value in view.replies.options]
        pick = next(c for c in case.node(case.start_id).choices if c.verdict == "follows")
        view.choose(pick.id)
        assert f"decision 1: reply {chr(65 + shown.index(pick.id))}" in view.path_summary.value


def _walk_to_an_ending(view: CaseView, case: Case) -> list[str]:
    """Take the first reply at every step until an ending; return the ids chosen."""
    chosen = []
    for _ in range(40):
        node = view.play.node
        if node is None:
            break
        pick = node.choices[0]
        view.choose(pick.id)
        chosen.append(pick.id)
    assert view.play.ending is not None
    return chosen


def test_an_ending_replays_the_whole_path_and_offers_no_dead_button(library):
    """At an ending, can the learner reread every step (the situation and their reply, with its
    letter and verdict), and is the 'Choose this reply' button gone rather than greyed out?"""
    case = library.item("cs01-sent-not-chosen")
    view = new_view(case)
    chosen = _walk_to_an_ending(view, case)
    narrative = view.narrative.value
    assert "<h4>Your path</h4>" in narrative
    assert narrative.count("<li>") == len(chosen)
    for step in view.play.path:
        node = case.node(step.node)
        choice = next(c for c in node.choices if c.id == step.choice)
        assert jinja_escape(choice.text) in narrative
    assert narrative.index("Your path") < narrative.index("Ending:")
    assert view.choose_button.layout.display == "none"
    view.restart_button.click()
    assert view.choose_button.layout.display is None and "Your path" not in view.narrative.value


def test_a_case_shows_its_content_note_once(library):
    """Is a case's content note left to the lesson (shown just before the case), not repeated by
    the live case or the printed one?"""
    case = next(i for i in library.items.values() if i.type == "case" and i.content_note)
    view = new_view(case)
    assert escape(case.content_note) not in view.setting.value
    assert jinja_escape(case.content_note) not in render_item(case, "learner")


# --- the journal: local times, numbers a learner can follow ---------------------------------


@pytest.fixture
def new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    os.environ["TZ"] = "UTC"
    time.tzset()


def test_journal_times_are_in_the_computers_own_time_zone(new_york):
    """Is an entry written at 17:30 UTC in January shown as 12:30 in New York time, named?"""
    assert when(datetime(2026, 1, 5, 17, 30, tzinfo=timezone.utc)) == "5 January 2026, 12:30 EST"
    assert when(datetime(2026, 7, 5, 17, 30, tzinfo=timezone.utc)) == "5 July 2026, 13:30 EDT"


def test_a_gap_in_the_entry_numbers_is_explained(tmp_path, monkeypatch):
    """After deleting entry 1 of three, does the list keep 2 and 3 and say why 1 is missing?"""
    monkeypatch.setenv("PEERKIT_HOME", str(tmp_path / "home"))
    tools = JournalToolsView(JournalDesk(Keeper()))
    for number in range(3):
        tools.desk.keeper.add_entry("01", "p", "Prompt", f"entry {number}")
    listing = list_entries(tools)
    assert "keeps its number" not in listing
    ask_delete_entry(tools, 1)
    confirm_delete_entry(tools)
    listing = shown_list(tools)
    assert "Entry 1<" not in listing and "Entry 2" in listing and "Entry 3" in listing
    assert "Each entry keeps its number for good" in listing


# --- a rewrite exercise reads as one passage ------------------------------------------------


def test_a_context_that_introduces_the_reply_leads_straight_into_it(library):
    """When the situation ends "...says cheerfully:", does the reply follow it directly, with no
    second label ("The reply that did not help:") in between, live and in print?"""
    rewrites = [i for i in library.items.values() if i.type == "rewrite"]
    introduced = [r for r in rewrites if r.context.rstrip().endswith(":")]
    assert introduced, "the course should have a rewrite whose context introduces the reply"
    for rewrite in introduced:
        assert "The reply that did not help:" not in new_view(rewrite).situation.value
        assert "The reply that did not help:" not in render_item(rewrite, "learner")
    plain = introduced[0].model_copy(update={"context": "Marcus looks down."})
    assert "The reply that did not help:" in new_view(plain).situation.value
