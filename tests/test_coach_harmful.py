"""The coach's harmful labels on the project's own labelled set (bench/data/harmful_*.csv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from peerkit.coach import HARMFUL, analyze

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"
# The labels these two files hold (promising secrecy came later, with the reply set).
IN_FILES = ("comparing", "judging", "minimizing")


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("name", ["harmful_a.csv", "harmful_b.csv"])
@pytest.mark.parametrize("label", IN_FILES)
def test_is_each_harmful_habit_caught_nine_times_in_ten(name: str, label: str) -> None:
    """Are at least 90% of minimizing, comparing and judging replies caught?"""
    gold = [r["text"] for r in rows(name) if r["label"] == label]
    caught = sum(label in analyze(text).labels for text in gold)
    assert caught / len(gold) >= 0.9


@pytest.mark.parametrize("name", ["harmful_a.csv", "harmful_b.csv"])
def test_are_supportive_replies_rarely_flagged_as_harmful(name: str) -> None:
    """Are no more than 5% of supportive replies (some tricky) flagged as harmful?"""
    neutral = [r["text"] for r in rows(name) if r["label"] == "neutral"]
    flagged = [text for text in neutral if analyze(text).labels & HARMFUL]
    assert len(flagged) / len(neutral) <= 0.05, flagged


def test_does_a_supportive_at_least_stay_supportive() -> None:
    """Is "at least one person you trust" not mistaken for minimizing?"""
    assert not analyze("Is there at least one person you trust?").labels & HARMFUL
