"""bench/coach_ceiling.py: learned weights over the coach's evidence, scored by conversation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench_scripts import load_bench, write_csv

REPLIES = {
    "question": ["What was that like for you?", "How did the week go?", "What helps most?"],
    "reflection": ["It sounds like you're exhausted.", "You feel let down by them."],
    "advice": ["You should call your sister tonight.", "Try writing it down first."],
    "other": ["Thanks so much.", "Bye for now!"],
}


load = load_bench


@pytest.fixture
def small_csv(tmp_path: Path) -> Path:
    rows = [
        (text, label, f"c{conversation}")
        for conversation in range(4)
        for label, texts in REPLIES.items()
        for text in texts
    ]
    return write_csv(tmp_path / "small.csv", ["text", "label", "group"], rows)


def test_does_it_score_the_shipped_coach_as_coach_eval_does(small_csv, capsys) -> None:
    """Is the first figure the coach as shipped, equal to coach_eval's macro-F1?"""
    assert load("coach_eval").main([str(small_csv)]) == 0
    expected = capsys.readouterr().out.strip().splitlines()[-1]
    assert load("coach_ceiling").main([str(small_csv), "--folds", "2"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "36 rows from small.csv, 2 folds split by conversation"
    assert lines[1] == f"{expected}  the coach as shipped"
    assert [line.split("  ", 1)[1] for line in lines[2:]] == [
        "the coach's evidence, weights learned",
        "bag of words (TF-IDF), learned",
        "both, learned",
    ]


def test_do_learned_weights_fit_replies_repeated_across_conversations(small_csv, capsys) -> None:
    """Each conversation repeats the same replies, so learned weights should get them right."""
    load("coach_ceiling").main([str(small_csv), "--folds", "2"])
    lines = capsys.readouterr().out.strip().splitlines()
    learned = float(lines[2].split()[1])
    # question, reflection and advice all right; the other three macro labels have no rows.
    assert learned == pytest.approx(0.5)


def test_are_folds_split_by_conversation() -> None:
    """Does no conversation appear on both sides of a fold?"""
    groups = ["a", "a", "b", "b", "c", "c", "d", "d"]
    for train, test in load("coach_ceiling").folds(groups, 2):
        assert not {groups[i] for i in train} & {groups[i] for i in test}


def test_does_it_write_nothing(small_csv, capsys) -> None:
    """Is the folder holding the data unchanged afterwards (no model saved)?"""
    before = sorted(small_csv.parent.iterdir())
    load("coach_ceiling").main([str(small_csv), "--folds", "2"])
    capsys.readouterr()
    assert sorted(small_csv.parent.iterdir()) == before
