"""bench/label_agreement.py: Cohen's kappa between two labelling passes, on tiny CSVs."""

from __future__ import annotations

import csv
import math
import random
from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.bench_scripts import load_bench, write_csv

agree = load_bench("label_agreement")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"


def labels_csv(path: Path, rows: dict[str, str]) -> Path:
    return write_csv(path, ["id", "labels"], list(rows.items()))


def test_perfect_agreement_gives_kappa_one(tmp_path: Path, capsys) -> None:
    """Do two identical passes score 1.0 on every label they use, and a mean of 1.0?"""
    rows = {
        "r1": "reflection open_question",
        "r2": "minimizing advice",
        "r3": "",
        "r4": "closed_question promising_secrecy",
        "r5": "reflection",
    }
    a = labels_csv(tmp_path / "a.csv", rows)
    b = labels_csv(tmp_path / "b.csv", rows)
    kappas = agree.agreement(agree.read_labels(a), agree.read_labels(b))
    used = {
        "reflection",
        "open_question",
        "minimizing",
        "advice",
        "closed_question",
        "promising_secrecy",
    }
    assert all(kappas[label] == 1.0 for label in used)
    assert all(math.isnan(kappas[label]) for label in set(agree.LABELS) - used)
    assert agree.mean_kappa(kappas) == 1.0
    assert agree.main([str(a), str(b)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "mean kappa 1.000"
    assert "reflection           1.000     2     2     2" in out
    assert "judging                n/a     0     0     0" in out


def test_chance_agreement_gives_kappa_zero(tmp_path: Path, capsys) -> None:
    """Does a second pass that ignores the first (every yes/no pairing equally often) score 0?"""
    every = " ".join(agree.LABELS)
    a = labels_csv(tmp_path / "a.csv", {"r1": every, "r2": every, "r3": "", "r4": ""})
    b = labels_csv(tmp_path / "b.csv", {"r1": every, "r2": "", "r3": every, "r4": ""})
    kappas = agree.agreement(agree.read_labels(a), agree.read_labels(b))
    assert all(abs(k) < 1e-12 for k in kappas.values())
    assert agree.main([str(a), str(b)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "mean kappa 0.000"


def test_two_unrelated_random_passes_score_near_zero() -> None:
    """Do two passes drawn independently at random land near 0, well short of real agreement?"""
    rng = random.Random(13)
    ids = [f"r{i}" for i in range(600)]

    def draw() -> dict[str, frozenset[str]]:
        return {i: frozenset(label for label in agree.LABELS if rng.random() < 0.3) for i in ids}

    mean = agree.mean_kappa(agree.agreement(draw(), draw()))
    assert abs(mean) < 0.05


def test_kappa_matches_a_worked_example() -> None:
    """Observed 3/4, chance 1/2 (A says yes 3 of 4, B 2 of 4): is kappa (0.75 - 0.5) / 0.5?"""
    assert agree.cohen_kappa(
        [True, True, True, False], [True, True, False, False]
    ) == pytest.approx(0.5)
    assert agree.cohen_kappa([True, False], [False, True]) == pytest.approx(-1.0)


def test_passes_over_different_replies_are_refused(tmp_path: Path, capsys) -> None:
    """Two passes that do not cover the same ids: a plain message and exit 1, no traceback?"""
    a = labels_csv(tmp_path / "a.csv", {"r1": "advice", "r2": ""})
    b = labels_csv(tmp_path / "b.csv", {"r1": "advice", "r3": ""})
    assert agree.main([str(a), str(b)]) == 1
    assert "do not label the same replies: r2, r3" in capsys.readouterr().err


def test_an_unknown_label_is_named_with_its_line(tmp_path: Path, capsys) -> None:
    """A misspelt label: the file, line and name, and the list of label names to use?"""
    a = labels_csv(tmp_path / "a.csv", {"r1": "advice", "r2": "minimising"})
    assert agree.main([str(a), str(a)]) == 1
    err = capsys.readouterr().err
    assert f"{a}:3: unknown label minimising for r2 - use only: open_question" in err


def test_a_missing_second_pass_is_a_message(tmp_path: Path, capsys) -> None:
    """No pass B yet: one line saying so and exit 1?"""
    a = labels_csv(tmp_path / "a.csv", {"r1": "advice"})
    assert agree.main([str(a), str(tmp_path / "b.csv")]) == 1
    assert "b.csv: no such file" in capsys.readouterr().err


def test_pass_a_labels_every_reply_with_known_labels() -> None:
    """Does the shipped pass A cover each reply once, and does the set meet issue 13's floors?"""
    with (DATA / "coach_replies.csv").open(encoding="utf-8", newline="") as handle:
        replies = list(csv.DictReader(handle))
    labels = agree.read_labels(DATA / "coach_labels_a.csv")
    assert [r["id"] for r in replies] == list(labels)
    assert [r["id"] for r in replies] == [f"r{n:04d}" for n in range(1, len(replies) + 1)]
    assert len({r["text"] for r in replies}) == len(replies)
    written = {}
    for path in (ROOT / "data" / "lessons").glob("*/*.yaml"):
        item = yaml.safe_load(path.read_text(encoding="utf-8"))
        # A note for the record (writing: note) is read by the note rules, not the coach's
        # reply labels, so the labelled replies do not cover it.
        if (
            isinstance(item, dict)
            and item.get("type") in {"rewrite", "disclosure"}
            and item.get("writing", "reply") == "reply"
        ):
            written[item["id"]] = path
    per_exercise = Counter(r["exercise"] for r in replies)
    assert set(per_exercise) == set(written)
    assert min(per_exercise.values()) >= 80
    per_label = Counter(name for names in labels.values() for name in names)
    assert min(per_label[label] for label in agree.LABELS) >= 40
