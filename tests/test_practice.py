"""The pure exercise state, driven with no kernel and no widgets."""

from __future__ import annotations

import pytest

from peerkit.practice import CasePlay, PlayError, QuizPlay, SortPlay, Step, list_paths


def test_case_starts_at_first_node(small_case):
    """Does a new play start at the case's first node, with nothing chosen?"""
    play = CasePlay(small_case)
    assert play.node.id == "start"
    assert play.path == ()
    assert play.last is None
    assert not play.finished


def test_choose_follows_next_and_records_the_path(small_case):
    """Does choosing move to the choice's next step and remember the decision?"""
    play = CasePlay(small_case)
    outcome = play.choose("open")
    assert outcome.verdict == "follows"
    assert outcome.feedback.startswith("An open question")
    assert play.node.id == "middle"
    assert play.path == (Step("start", "open"),)


def test_reaching_an_ending_finishes_the_case(small_case):
    """Is the case finished, with no more choices, once an ending is reached?"""
    play = CasePlay(small_case)
    play.choose("push")
    assert play.finished
    assert play.ending.id == "bad-end"
    assert play.choices == ()
    with pytest.raises(PlayError, match="the case has ended"):
        play.choose("open")


def test_back_undoes_one_step_and_restart_clears_all(small_case):
    """Do 'go back' and 'start again' move back one step and to the start?"""
    play = CasePlay(small_case)
    play.choose("open")
    play.choose("ask")
    assert play.back()
    assert play.node.id == "middle"
    play.restart()
    assert play.path == () and play.node.id == "start"
    assert not play.back()


def test_choice_from_another_node_is_refused(small_case):
    """Is a choice id that belongs to a different node refused with a clear message?"""
    play = CasePlay(small_case)
    with pytest.raises(PlayError, match="there is no choice 'ask' here"):
        play.choose("ask")


def test_loops_are_allowed_when_an_ending_can_still_be_reached(small_case):
    """Can a partial reply lead back to the same decision, as in a retry?"""
    play = CasePlay(small_case)
    play.choose("open")
    play.choose("tell")
    assert play.node.id == "middle"
    assert len(play.path) == 2


def test_state_round_trips_and_tolerates_edited_cases(small_case):
    """Does a saved path replay, and does a stale step stop the replay instead of failing?"""
    play = CasePlay(small_case)
    play.choose("open")
    play.choose("ask")
    state = play.to_state()
    assert state == {"path": [["start", "open"], ["middle", "ask"]], "ending": "good-end"}
    assert CasePlay.from_state(small_case, state).ending.id == "good-end"
    stale = {"path": [["start", "open"], ["middle", "removed-choice"]]}
    assert CasePlay.from_state(small_case, stale).node.id == "middle"


def test_list_paths_lists_every_loop_free_route(small_case):
    """Does list_paths find each way from the start to an ending?"""
    paths = {(tuple(s.choice for s in steps), end) for steps, end in list_paths(small_case).paths}
    assert paths == {(("open", "ask"), "good-end"), (("push",), "bad-end")}


def test_sort_check_explains_every_card(library):
    """Does checking a sort score placed cards and list the unsorted ones?"""
    sort = library.item("trust-sort")
    play = SortPlay(sort)
    play.place("on-time", "builds")
    play.place("cancel-late", "builds")
    result = play.check()
    assert result.score == 1
    assert len(result.unplaced) == len(sort.cards) - 2
    assert not result.complete
    assert "1 of 13 cards" in result.summary


def test_sort_accepts_either_bin_for_two_sided_cards(library):
    """Does a card with two correct bins count as right in either?"""
    sort = library.item("trust-sort")
    for bin_id in ("builds", "breaks"):
        play = SortPlay(sort)
        play.place("own-recovery", bin_id)
        result = play.check()
        assert next(c for c in result.cards if c.card.id == "own-recovery").correct


def test_sort_refuses_unknown_bins(library):
    """Is an unknown bin refused, and can a card be taken out again?"""
    play = SortPlay(library.item("trust-sort"))
    with pytest.raises(PlayError, match="there is no bin 'maybe'"):
        play.place("on-time", "maybe")
    play.place("on-time", "builds")
    play.place("on-time", None)
    assert play.placements == {}


def test_quiz_single_and_multiple_choice(library):
    """Are single- and multiple-choice answers checked against every option?"""
    quiz = library.item("opening-questions-quiz")
    play = QuizPlay(quiz)
    play.select("missed-group", "what-helped")
    assert play.check("missed-group").correct
    play.select("first-meeting", ["their-pace", "listen-more"])
    result = play.check("first-meeting")
    assert not result.correct
    assert result.summary == "Not quite: 1 right answer not chosen."
    with pytest.raises(PlayError, match="takes one answer"):
        play.select("missed-group", ["getting-in-the-way", "what-helped"])


def test_unanswered_question_asks_for_an_answer(library):
    """Does checking an unanswered question ask the learner to choose first?"""
    play = QuizPlay(library.item("opening-questions-quiz"))
    result = play.check("stay-positive")
    assert not result.answered and not result.correct
    assert result.summary == "Choose an answer first."
