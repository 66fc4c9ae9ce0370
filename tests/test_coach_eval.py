"""The coach's evaluation script, bench/coach_eval.py, on a tiny CSV written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench_scripts import load_bench, write_csv

ROWS = [
    ("What was that like for you?", "open_question"),
    ("Do you have somewhere to stay tonight?", "closed_question"),
    ("It sounds like you're exhausted.", "reflection"),
    ("You should call your sister tonight.", "advice"),
    ("Thanks so much.", "other"),
]


def load_script():
    return load_bench("coach_eval")


@pytest.fixture
def small_csv(tmp_path: Path) -> Path:
    rows = [(text, label, "ours") for text, label in ROWS]
    return write_csv(tmp_path / "small.csv", ["text", "label", "source"], rows)


def test_does_the_last_line_give_macro_f1_over_the_six_labels(small_csv, capsys) -> None:
    """Is the last line "macro-F1 <value>", averaging six labels (absent ones score 0)?"""
    assert load_script().main([str(small_csv)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    # question, reflection and advice are all right; the other three labels have no rows.
    assert lines[-1] == "macro-F1 0.5000"
    assert "other rows given a label (false positives): 0/1" in lines
    assert any(line.startswith("open/closed accuracy 1.000 (2/2 rows") for line in lines)


def test_does_the_confusion_table_count_each_reply_once(small_csv, capsys) -> None:
    """With --confusion, do the table's cells add up to the number of rows, by gold label?"""
    load_script().main([str(small_csv), "--confusion"])
    out = capsys.readouterr().out.splitlines()
    table = out[out.index(next(line for line in out if line.startswith("confusion"))) + 2 :]
    cells = {line.split()[0]: [int(n) for n in line.split()[1:]] for line in table[:7]}
    assert cells["question"][0] == 2
    assert cells["other"][6] == 1
    assert sum(sum(row) for row in cells.values()) == len(ROWS)
    assert out[-1].startswith("macro-F1 ")
