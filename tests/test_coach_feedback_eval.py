"""bench/coach_feedback_eval.py, and the figures the course takes from it.

The shipped thresholds must be the ones the script chooses on the tune half, and the
precision the learners' caveat quotes must be the one it measures on the test half.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from peerkit.coach import MEASURED, SKILLS, THRESHOLDS
from peerkit.widgets._written import CHECKER_CAVEAT
from tests.bench_scripts import BENCH, load_bench, write_csv

GOLD = BENCH / "data" / "coach_gold.csv"
REPLIES = BENCH / "data" / "coach_replies.csv"


@pytest.fixture(scope="module")
def script():
    return load_bench("coach_feedback_eval")


@pytest.fixture
def small_set(tmp_path: Path) -> tuple[Path, Path]:
    """Four replies with gold labels, two in each split."""
    replies = write_csv(
        tmp_path / "replies.csv",
        ["id", "exercise", "text"],
        [
            ("r1", "rewrite-stay-positive", "That sounds really hard. What has it been like?"),
            ("r2", "rewrite-stay-positive", "Cheer up, it will pass."),
            ("r3", "rewrite-you-should", "I was annoyed. Is it going to happen again?"),
            ("r4", "rewrite-stay-positive", "Don't worry, it stays between us."),
        ],
    )
    gold = write_csv(
        tmp_path / "gold.csv",
        ["id", "labels", "split"],
        [
            ("r1", "reflection open_question", "test"),
            ("r2", "minimizing advice", "test"),
            ("r3", "closed_question", "tune"),
            ("r4", "promising_secrecy", "test"),
        ],
    )
    return replies, gold


def test_does_it_print_precision_coverage_recall_and_kappa(script, small_set, tmp_path, capsys):
    """Per tone and label precision, coverage, harmful recall and a kappa line, on the test split?"""
    replies, gold = small_set
    passes = [str(tmp_path / "a.csv"), str(tmp_path / "b.csv")]
    assert script.main(["--replies", str(replies), "--gold", str(gold), "--passes", *passes]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0]
        == "gold.csv: 4 replies; scoring the test split (3 replies) with the shipped thresholds"
    )
    rows = {line.split()[0]: line.split()[1:] for line in out if line.startswith("  ")}
    assert rows["reflection"] == ["1", "1", "1.000", "1"]
    assert rows["promising_secrecy"][:3] == ["1", "1", "1.000"]
    assert rows["minimizing"][:3] == ["1", "1", "1.000"]
    assert "coverage: 2/3 replies (66.7%) have at least one skill note" in out
    assert rows["advice"][:3] == ["1", "1", "1.000"]
    assert out[-1].startswith("kappa")


def test_does_it_refuse_missing_files_plainly(script, tmp_path, capsys):
    """Is a missing gold file named, with exit 1 and no traceback?"""
    assert script.main(["--gold", str(tmp_path / "none.csv")]) == 1
    assert "none.csv: no such file" in capsys.readouterr().err


def test_are_the_shipped_thresholds_the_ones_chosen_on_the_tune_half(script):
    """Does choosing on the tune split of the project's labelled replies give THRESHOLDS exactly?"""
    replies = script.load(REPLIES, GOLD)
    tune = [r for r in replies if r.split == "tune"]
    assert len(tune) > 300
    assert script.choose(tune) == THRESHOLDS
    assert set(THRESHOLDS) == set(SKILLS)


def test_does_the_learners_caveat_quote_the_test_half_as_measured(script):
    """Are the figures behind "about 9 in 10" the script's own on the test split, said in plain words?"""
    replies = script.load(REPLIES, GOLD)
    test = [r for r in replies if r.split == "test"]
    table = script.score(test, script.notes_for(test))
    shown = sum(n for n, _ in table.by_tone.values())
    right = sum(r for _, r in table.by_tone.values())
    assert (MEASURED.replies, MEASURED.shown, MEASURED.right) == (len(test), shown, right)
    in_ten = right * 10 // shown
    assert f"On {len(test)} practice replies" in CHECKER_CAVEAT
    assert f"about {in_ten} in 10 of the notes it showed were right" in CHECKER_CAVEAT
    assert "half the time" not in CHECKER_CAVEAT
