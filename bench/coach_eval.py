"""Score the response coach against a labelled CSV of supporter replies.

    python bench/coach_eval.py CSV [--errors N] [--confusion]

The CSV needs ``text`` and ``label`` columns (``source`` is used when present). Gold
labels are open_question, closed_question, question, reflection, self_disclosure,
advice, affirmation, information and other. The coach's single-label prediction is
``analyze(text).primary``.

Printed: precision, recall and F1 per label; open-vs-closed accuracy on rows whose gold
label is open_question or closed_question; macro-F1 per source (when there is a
``source`` column); with ``--confusion``, a gold-by-predicted table; and, as the last
line, ``macro-F1 <value>``. Macro-F1 averages six
labels: question (gold open_question, closed_question and question all count as
"question", and either predicted question label finds it), reflection,
self_disclosure, advice, affirmation and information. Rows labelled "other" are not
averaged, but any prediction on them counts as a false positive.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peerkit.coach import analyze

MACRO_LABELS = ("question", "reflection", "self_disclosure", "advice", "affirmation", "information")
QUESTIONS = frozenset({"open_question", "closed_question", "question"})


def merged(label: str | None) -> str | None:
    """Map open/closed/unspecified questions to "question"; keep other labels."""
    return "question" if label in QUESTIONS else label


def prf(pairs: Iterable[tuple[str, str | None]]) -> dict[str, tuple[float, float, float, int]]:
    """Precision, recall, F1 and support per macro label from (gold, predicted) pairs."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    support: Counter[str] = Counter()
    for gold, pred in pairs:
        g, p = merged(gold), merged(pred)
        support[g] += 1
        if g == p:
            tp[g] += 1
            continue
        if p is not None:
            fp[p] += 1
        fn[g] += 1
    out = {}
    for label in MACRO_LABELS:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[label] = (p, r, f, support[label])
    return out


def macro(table: dict[str, tuple[float, float, float, int]]) -> float:
    """Mean F1 over the macro labels."""
    return sum(table[label][2] for label in MACRO_LABELS) / len(MACRO_LABELS)


def question_kind(result) -> str | None:
    """The open/closed kind the coach gave a reply: its primary label if that is a
    question, else open when it found an open question, else closed if it found one."""
    if result.primary in ("open_question", "closed_question"):
        return result.primary
    kinds = {finding.label for finding in result.findings}
    for label in ("open_question", "closed_question"):
        if label in kinds:
            return label
    return None


def print_confusion(pairs: list[tuple[str, str | None]]) -> None:
    """A table of gold labels (rows) against the coach's primary labels (columns)."""
    columns = [*MACRO_LABELS, "other", "harmful"]

    def column(pred: str | None) -> str:
        label = merged(pred)
        if label is None:
            return "other"
        return label if label in MACRO_LABELS else "harmful"

    counts = Counter((merged(gold), column(pred)) for gold, pred in pairs)
    print("confusion (rows gold, columns predicted; 'other' = no label):")
    print(f"  {'':<16}" + "".join(f"{name[:7]:>8}" for name in columns))
    for gold in (*MACRO_LABELS, "other"):
        print(f"  {gold:<16}" + "".join(f"{counts[(gold, name)]:>8}" for name in columns))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print N misclassified rows")
    parser.add_argument("--confusion", action="store_true", help="print gold x predicted counts")
    args = parser.parse_args(argv)

    with args.csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    results = [analyze(row["text"]) for row in rows]
    pairs = [(row["label"], res.primary) for row, res in zip(rows, results, strict=True)]

    table = prf(pairs)
    print(f"{len(rows)} rows from {args.csv.name}")
    print(f"{'label':<16}{'precision':>10}{'recall':>8}{'F1':>8}{'support':>9}")
    for label in MACRO_LABELS:
        p, r, f, n = table[label]
        print(f"{label:<16}{p:>10.3f}{r:>8.3f}{f:>8.3f}{n:>9}")
    others = [pred for gold, pred in pairs if gold == "other"]
    flagged = sum(1 for pred in others if pred is not None)
    print(f"other rows given a label (false positives): {flagged}/{len(others)}")

    oc = [
        (row["label"], question_kind(res))
        for row, res in zip(rows, results, strict=True)
        if row["label"] in ("open_question", "closed_question")
    ]
    if oc:
        right = sum(1 for gold, kind in oc if gold == kind)
        seen = [(gold, kind) for gold, kind in oc if kind is not None]
        right_seen = sum(1 for gold, kind in seen if gold == kind)
        print(
            f"open/closed accuracy {right / len(oc):.3f} ({right}/{len(oc)} rows; "
            f"{right_seen}/{len(seen)} = {right_seen / max(len(seen), 1):.3f} "
            "of those the coach saw as a question)"
        )

    if rows and "source" in rows[0]:
        by_source: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        for row, pair in zip(rows, pairs, strict=True):
            by_source[row["source"]].append(pair)
        print("per-source macro-F1 (labels absent from a source score 0 and are left out):")
        for source, items in sorted(by_source.items()):
            sub = prf(items)
            present = [label for label in MACRO_LABELS if sub[label][3]]
            value = sum(sub[label][2] for label in present) / max(len(present), 1)
            print(f"  {source:<24}{value:.3f}  ({len(items)} rows, {len(present)} labels)")

    if args.errors:
        confusion = Counter((merged(g), merged(p)) for g, p in pairs if merged(g) != merged(p))
        print("most common confusions (gold -> predicted):")
        for (g, p), n in confusion.most_common(15):
            print(f"  {g} -> {p}: {n}")
        shown = 0
        for row, (gold, pred) in zip(rows, pairs, strict=True):
            if merged(gold) != merged(pred) and shown < args.errors:
                print(f"  [{gold} -> {pred}] {row['text'][:160]}")
                shown += 1

    if args.confusion:
        print_confusion(pairs)

    print(f"macro-F1 {macro(table):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
