"""bench/item_cues.py: the cue figures it prints can show a cue, and can show none."""

from __future__ import annotations

from tests.bench_scripts import load_bench

cues = load_bench("item_cues")


def test_longest_option_strategy_scores_a_right_answer_that_is_longest():
    """Does always picking the longest option score 1 where the right one is longest?"""
    step = cues.Decision(
        "case", "c/n", ("short", "a much longer right reply", "mid one"), (False, True, False)
    )
    assert step.longest() == 1.0
    assert step.chance == 1 / 3


def test_longest_option_ties_share_the_score():
    """Do options of equal length share the longest-option score evenly?"""
    step = cues.Decision("quiz", "q/1", ("abcd", "efgh"), (True, False))
    assert step.longest() == 0.5


def test_position_beyond_the_options_counts_as_a_blind_guess():
    """Does 'always option 4' on a two-option step score what chance scores?"""
    step = cues.Decision("quiz", "q/1", ("yes", "no"), (False, True))
    assert step.position(0) == 0.0
    assert step.position(1) == 1.0
    assert step.position(3) == 0.5


def test_cards_dealt_in_a_cycle_are_found():
    """Does a sort whose cards cycle through the bins get every card by a cyclic guess?"""
    cards = [frozenset({b}) for b in ["a", "b", "c", "a", "b", "c"]]
    assert cues.best_cycle(["a", "b", "c"], cards) == 6


def test_cards_in_no_pattern_defeat_the_cycle():
    """Does a sort in no repeating order leave the best cycle well short of every card?"""
    cards = [frozenset({b}) for b in ["a", "a", "b", "a", "b", "b"]]
    assert cues.best_cycle(["a", "b"], cards) == 4


def test_report_ends_with_the_two_summary_lines():
    """Does the report on the shipped content end with the choices and sort-card summaries?"""
    lines = cues.report(cues.ROOT / "data")
    assert lines[-2].startswith("choices: chance ")
    assert lines[-1].startswith("sort cards: ")
