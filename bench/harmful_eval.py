"""Score the coach's harmful labels (minimizing, comparing, judging) on the project's own set.

    python bench/harmful_eval.py [CSV ...]

Defaults to bench/data/harmful_a.csv (the half the rules were developed on) and
bench/data/harmful_b.csv (the check half). For each file it prints precision and recall
per harmful label (a reply counts as found when the label is among
``analyze(text).labels``) and the false-alarm rate: the share of neutral replies given
any harmful label. Targets: recall >= 0.9 per label, false alarms <= 5%.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from peerkit.coach import HARMFUL, analyze  # noqa: E402

DEFAULT = (HERE / "data" / "harmful_a.csv", HERE / "data" / "harmful_b.csv")
ORDER = ("minimizing", "comparing", "judging")


def score(path: Path, show_errors: bool = False) -> dict[str, float]:
    """Print and return precision/recall per label and the neutral false-alarm rate."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    found = [analyze(row["text"]).labels & HARMFUL for row in rows]
    out: dict[str, float] = {}
    print(f"{path.name}: {len(rows)} rows")
    print(f"  {'label':<12}{'precision':>10}{'recall':>8}{'support':>9}")
    for label in ORDER:
        gold = [row["label"] == label for row in rows]
        pred = [label in labels for labels in found]
        tp = sum(g and p for g, p in zip(gold, pred, strict=True))
        precision = tp / max(sum(pred), 1)
        recall = tp / max(sum(gold), 1)
        out[f"{label}_precision"], out[f"{label}_recall"] = precision, recall
        print(f"  {label:<12}{precision:>10.3f}{recall:>8.3f}{sum(gold):>9}")
    neutral = [labels for row, labels in zip(rows, found, strict=True) if row["label"] == "neutral"]
    alarms = sum(1 for labels in neutral if labels)
    out["false_alarm"] = alarms / max(len(neutral), 1)
    print(f"  false alarms on neutral replies: {alarms}/{len(neutral)} = {out['false_alarm']:.3f}")
    if show_errors:
        for row, labels in zip(rows, found, strict=True):
            expected = {row["label"]} & HARMFUL
            if labels != expected:
                print(f"    [{row['label']} -> {','.join(sorted(labels)) or '-'}] {row['text']}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="*", type=Path, default=list(DEFAULT))
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    for path in args.csv:
        score(path, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
