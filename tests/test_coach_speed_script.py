"""bench/coach_speed.py runs and prints every figure it promises (the figures are not judged here)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.bench_scripts import load_bench, write_csv


def test_does_it_print_each_figure(tmp_path: Path, capsys) -> None:
    """First call, per-reply times, three large inputs with ratios, and the rules' memory?"""
    rows = [("What was that like for you?",), ("You should call your sister tonight.",)]
    path = write_csv(tmp_path / "replies.csv", ["text"], rows)
    assert load_bench("coach_speed").main([str(path), "--repeat", "1"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert re.fullmatch(r"first call \(compiles the rules once\) [\d.]+ s", lines[0])
    assert lines[1].startswith("replies: 2  median ")
    sizes = [line.split(" MB:")[0] for line in lines[2:5]]
    assert sizes == ["0.25", "0.50", "1.00"]
    assert " vs previous" in lines[3] and " vs previous" in lines[4]
    shipped = re.fullmatch(r"compiled rules: ([\d,]+) nodes, ([\d.]+) MB", lines[5])
    loose = re.fullmatch(r"compiled rules \(not compacted\): ([\d,]+) nodes, ([\d.]+) MB", lines[6])
    assert shipped and loose
    assert int(shipped[1].replace(",", "")) < int(loose[1].replace(",", ""))
