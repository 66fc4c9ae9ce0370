"""bench/coach_feedback_eval.py, and the figures the course takes from it.

The shipped thresholds must be the ones the scripts choose on tuning data, and the
precision the learners' caveat quotes must be the one it measures on held-out replies
(the file and split named in ``peerkit.coach.MEASURED``).
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


def test_does_it_say_plainly_when_there_is_no_test_split(script, small_set, tmp_path, capsys):
    """With no test split, is that said in plain words, with no figures that would flatter the coach?"""
    replies, _ = small_set
    tuning = write_csv(
        tmp_path / "tuning.csv",
        ["id", "labels", "split"],
        [("r1", "reflection open_question", "tune"), ("r2", "minimizing advice", "tune")],
    )
    passes = [str(tmp_path / "a.csv"), str(tmp_path / "b.csv")]
    argv = ["--replies", str(replies), "--gold", str(tuning), "--passes", *passes]
    assert script.main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("tuning.csv: there is no test split (2 replies: tune 2).")
    assert "no honest precision" in out
    assert "shown notes" not in out and "coverage:" not in out and "harmful recall" not in out
    assert script.main([*argv, "--split", "tune"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith(
        "  (not a test: the tune replies were seen while the rules were written"
    )


def test_is_the_projects_own_set_all_tuning_now(script):
    """Is every reply of coach_gold.csv in the tune split, the first test half retired into it?"""
    replies = script.load(REPLIES, GOLD)
    assert len(replies) == 620
    assert {r.split for r in replies} == {"tune"}


def test_does_it_refuse_missing_files_plainly(script, tmp_path, capsys):
    """Is a missing gold file named, with exit 1 and no traceback?"""
    assert script.main(["--gold", str(tmp_path / "none.csv")]) == 1
    assert "none.csv: no such file" in capsys.readouterr().err


def test_are_thresholds_chosen_only_on_tuning_files_never_the_test_set(script):
    """Is the fresh test set outside TUNING, and is every skill given a threshold?

    That THRESHOLDS and RULES_THRESHOLDS are what the training script chooses on those
    files is checked where the script is run once for all its results, in
    tests/test_coach_learned.py (test_does_the_training_script_reproduce_the_shipped_weights).
    """
    names = [gold.name for _, gold in script.TUNING]
    assert "coach_gold.csv" in names and "coach_probe_gold.csv" in names
    assert not [name for name in names if "fresh" in name]
    assert MEASURED.gold not in names and MEASURED.replies_file not in names
    tune = script.tuning_replies()
    assert not [r for r in tune if r.split != "tune"]
    assert set(THRESHOLDS) == set(SKILLS)


def test_is_a_threshold_judged_only_where_enough_notes_are_shown(script, monkeypatch):
    """Does one wrong note at the top confidence no longer stop a skill being shown below it?"""
    ask = frozenset({"open_question"})
    replies = [script.Reply("r0", "rewrite-stay-positive", "", frozenset(), "tune")] + [
        script.Reply(f"r{i}", "rewrite-stay-positive", "", ask, "tune") for i in range(1, 12)
    ]
    confidence = {r.id: 0.9 if r.id == "r0" else 0.5 for r in replies}

    def shown(chosen, models=None):
        """A note on every reply whose confidence reaches the threshold in use."""
        bar = script._thresholds.THRESHOLDS["open_question"]
        note = (script.Note(label="open_question", tone="strength", message=""),)
        return {r.id: note if confidence[r.id] >= bar else () for r in chosen}

    monkeypatch.setattr(
        script, "_confidences", lambda r, models: [("open_question", confidence[r.id])]
    )
    monkeypatch.setattr(script, "notes_for", shown)
    # At 0.9 one note, wrong; at 0.5 twelve, eleven right (0.917).
    assert script.choose(replies, target=0.9)["open_question"] == 0.5
    assert script.choose(replies, target=0.9, min_notes=1)["open_question"] == script.NEVER
    assert script.choose(replies, target=0.95)["open_question"] == script.NEVER


def test_does_the_learners_caveat_quote_held_out_replies_as_measured(script):
    """Are the figures behind "about N in 10" the script's own on the held-out split MEASURED names?"""
    replies = script.load(BENCH / "data" / MEASURED.replies_file, BENCH / "data" / MEASURED.gold)
    held_out = [r for r in replies if r.split == MEASURED.split]
    assert MEASURED.split != "tune" and held_out
    table = script.score(held_out, script.notes_for(held_out))
    shown = sum(n for n, _ in table.by_tone.values())
    right = sum(r for _, r in table.by_tone.values())
    assert (MEASURED.replies, MEASURED.shown, MEASURED.right) == (len(held_out), shown, right)
    in_ten = right * 10 // shown
    assert f"On {len(held_out)} practice replies" in CHECKER_CAVEAT
    assert f"about {in_ten} in 10 of the notes it showed were right" in CHECKER_CAVEAT
    assert "half the time" not in CHECKER_CAVEAT


def test_does_the_caveat_follow_the_one_place_the_figure_lives(monkeypatch):
    """Change MEASURED, and does the caveat learners read change with it, in plain words?"""
    from peerkit.coach import _thresholds
    from peerkit.widgets import _written

    fresh = MEASURED._replace(replies=312, shown=400, right=300)
    monkeypatch.setattr(_thresholds, "MEASURED", fresh)
    monkeypatch.setattr("peerkit.coach.MEASURED", fresh)
    text = _written.checker_caveat()
    assert "On 312 practice replies" in text
    assert "about 7 in 10 of the notes it showed were right" in text
