"""bench/coach_speed.py runs and prints every figure it promises (the figures are not judged here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.bench_scripts import load_bench, write_csv


@pytest.mark.slow  # compiles the coach's rules twice to weigh them
def test_does_it_print_each_figure(tmp_path: Path, capsys) -> None:
    """First call, per-reply times (analyze and feedback), three large inputs, and the rules' memory?

    The large inputs are small here (the default 0.25, 0.5 and 1 MB take most of a minute);
    what is checked is that each size gets its line and the ratio to the one before.
    """
    rows = [("What was that like for you?",), ("You should call your sister tonight.",)]
    path = write_csv(tmp_path / "replies.csv", ["text"], rows)
    assert (
        load_bench("coach_speed").main([str(path), "--repeat", "1", "--sizes", "0.02,0.04,0.08"])
        == 0
    )
    lines = capsys.readouterr().out.strip().splitlines()
    assert re.fullmatch(r"first call \(compiles the rules once\) [\d.]+ s", lines[0])
    assert lines[1].startswith("replies: 2  analyze median ")
    assert lines[2].startswith("replies: 2  feedback median ")
    sizes = [line.split(" MB:")[0] for line in lines[3:6]]
    assert sizes == ["0.02", "0.04", "0.08"]
    assert " vs previous" in lines[4] and " vs previous" in lines[5]
    assert all("; feedback best " in line for line in lines[3:6])
    shipped = re.fullmatch(r"compiled rules: ([\d,]+) nodes, ([\d.]+) MB", lines[6])
    loose = re.fullmatch(r"compiled rules \(not compacted\): ([\d,]+) nodes, ([\d.]+) MB", lines[7])
    assert shipped and loose
    assert int(shipped[1].replace(",", "")) < int(loose[1].replace(",", ""))
