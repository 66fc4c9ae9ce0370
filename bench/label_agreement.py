"""How far two independent labelling passes of the coach's reply set agree: Cohen's kappa.

    python bench/label_agreement.py [A.csv B.csv]

Defaults to bench/data/coach_labels_a.csv and bench/data/coach_labels_b.csv (each
``id,labels``, labels a space-separated set; see bench/data/LABELLING.md). For each of
the eleven labels, every reply counts once as present or absent in each pass, and the
script prints Cohen's kappa with how often each pass used the label, then the mean
kappa over the labels it could be computed for. A label that neither pass used, or
that both used on every reply, has no kappa (agreement could not be told from chance)
and is shown as "n/a".

Other scripts import the pieces: ``read_labels`` reads any CSV with ``id`` and
``labels`` columns (the gold file's ``split`` column is ignored), ``cohen_kappa`` scores
one yes/no judgement, and ``agreement`` scores every label over two passes.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_A = HERE / "data" / "coach_labels_a.csv"
DEFAULT_B = HERE / "data" / "coach_labels_b.csv"

SKILLS = (
    "open_question",
    "closed_question",
    "reflection",
    "affirmation",
    "self_disclosure",
    "advice",
    "information",
)
HARMFUL = ("minimizing", "comparing", "judging", "promising_secrecy")
LABELS = SKILLS + HARMFUL


class LabelFileError(ValueError):
    """A labels file that cannot be read as ``id,labels`` rows of known label names."""


def read_labels(path: Path) -> dict[str, frozenset[str]]:
    """Each reply id in a labels CSV mapped to its set of labels, checked against LABELS."""
    try:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = reader.fieldnames or []
            if "id" not in fields or "labels" not in fields:
                raise LabelFileError(f"{path}: the header must have 'id' and 'labels' columns")
            out: dict[str, frozenset[str]] = {}
            for line, row in enumerate(reader, start=2):
                rid = (row["id"] or "").strip()
                if not rid:
                    raise LabelFileError(f"{path}:{line}: a row has no id")
                if rid in out:
                    raise LabelFileError(f"{path}:{line}: id {rid} appears twice")
                names = (row["labels"] or "").split()
                unknown = sorted(set(names) - set(LABELS))
                if unknown:
                    raise LabelFileError(
                        f"{path}:{line}: unknown label {', '.join(unknown)} for {rid}"
                        f" - use only: {' '.join(LABELS)}"
                    )
                out[rid] = frozenset(names)
    except UnicodeDecodeError as exc:
        raise LabelFileError(f"{path}: not UTF-8 text ({exc.reason})") from None
    return out


def cohen_kappa(a: Sequence[bool], b: Sequence[bool]) -> float:
    """Cohen's kappa for two raters' yes/no judgements of the same items.

    kappa = (observed agreement - chance agreement) / (1 - chance agreement), where
    chance agreement comes from each rater's own rate of saying yes. NaN when chance
    agreement is 1 (both raters gave every item the same single answer).
    """
    if len(a) != len(b):
        raise ValueError(f"the two raters judged {len(a)} and {len(b)} items")
    n = len(a)
    if n == 0:
        return math.nan
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    yes_a = sum(a) / n
    yes_b = sum(b) / n
    chance = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    if chance >= 1.0:
        return math.nan
    return (observed - chance) / (1 - chance)


def agreement(
    first: Mapping[str, frozenset[str]],
    second: Mapping[str, frozenset[str]],
    labels: Sequence[str] = LABELS,
) -> dict[str, float]:
    """Kappa per label (present/absent over every reply) for two passes over the same ids."""
    missing = sorted(set(first) ^ set(second))
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise LabelFileError(f"the two passes do not label the same replies: {shown}")
    ids = sorted(first)
    return {
        label: cohen_kappa([label in first[i] for i in ids], [label in second[i] for i in ids])
        for label in labels
    }


def mean_kappa(kappas: Mapping[str, float]) -> float:
    """The mean of the kappas that could be computed (NaN when none could)."""
    values = [k for k in kappas.values() if not math.isnan(k)]
    return sum(values) / len(values) if values else math.nan


def report(path_a: Path, path_b: Path) -> list[str]:
    """The lines main() prints: one per label, then the mean."""
    first, second = read_labels(path_a), read_labels(path_b)
    kappas = agreement(first, second)
    lines = [
        f"{len(first)} replies, passes {Path(path_a).name} and {Path(path_b).name}",
        f"{'label':<19}{'kappa':>7}{'A':>6}{'B':>6}{'both':>6}",
    ]
    for label in LABELS:
        used_a = {i for i, names in first.items() if label in names}
        used_b = {i for i, names in second.items() if label in names}
        kappa = kappas[label]
        shown = "n/a" if math.isnan(kappa) else f"{kappa:.3f}"
        lines.append(
            f"{label:<19}{shown:>7}{len(used_a):>6}{len(used_b):>6}{len(used_a & used_b):>6}"
        )
    mean = mean_kappa(kappas)
    lines.append("mean kappa n/a" if math.isnan(mean) else f"mean kappa {mean:.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", nargs="?", type=Path, default=DEFAULT_A, help="first pass")
    parser.add_argument("b", nargs="?", type=Path, default=DEFAULT_B, help="second pass")
    args = parser.parse_args(argv)
    for path in (args.a, args.b):
        if not path.is_file():
            print(
                f"{path}: no such file - label the replies from LABELLING.md first", file=sys.stderr
            )
            return 1
    try:
        lines = report(args.a, args.b)
    except LabelFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
