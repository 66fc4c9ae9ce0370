"""How far could better weights for the coach's own rules go on a labelled CSV?

    python bench/coach_ceiling.py CSV [--folds 5]

The coach's weights were set by hand. This script asks what the best possible weights
over the same evidence would score: for every reply it collects what the coach sees
(each phrase rule that fires, each label's sentence scores in the first, middle and
last sentences, question kind, small talk, the coach's own primary label) and lets a
logistic regression choose the weights, scored by cross-validation. Folds are split
by conversation (the ``group`` column, when present) so turns of one conversation
never sit on both sides. For scale it also scores a bag-of-words classifier (TF-IDF
of words and word pairs) and the two together.

Printed: rows and folds, then one ``macro-F1`` line per method, the coach as shipped
first, scored exactly as ``bench/coach_eval.py`` scores it. Everything is fitted in
memory and thrown away: nothing is written, and no fitted model may be shipped (the
research evaluation data's licences forbid it).

Needs scikit-learn (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from coach_eval import macro, merged, prf  # noqa: E402

from peerkit.coach import analyze  # noqa: E402
from peerkit.coach._phrases import phrases  # noqa: E402
from peerkit.coach._score import score_sentence  # noqa: E402
from peerkit.coach._tokens import sentences  # noqa: E402


def features(text: str, primary: str | None) -> dict[str, float]:
    """Everything the coach sees in one reply, as named numbers (``primary`` is its label)."""
    found = phrases()
    out: dict[str, float] = {}
    scored = [score_sentence(s) for s in sentences(text)]
    out["sentences"] = float(len(scored))
    for i, item in enumerate(scored):
        place = "first" if i == 0 else "last" if i == len(scored) - 1 else "middle"
        for label, value in item.scores.items():
            for key in (f"max:{label}", f"{place}:{label}"):
                out[key] = max(out.get(key, 0.0), value)
            out[f"sum:{label}"] = out.get(f"sum:{label}", 0.0) + value
        if item.question:
            out[f"asks:{item.question}"] = 1.0
        if item.small_talk:
            out["small_talk"] = out.get("small_talk", 0.0) + 1.0
        if item.closing:
            out["closing"] = 1.0
        words = item.sentence.words
        for match in found.find(words, set(range(len(words)))):
            out[f"rule:{match.rule.label}:{match.rule.pattern}"] = 1.0
    out[f"coach:{primary}"] = 1.0
    return out


def folds(groups: Sequence[str], k: int) -> list[tuple[list[int], list[int]]]:
    """Train/test index lists, keeping each group on one side."""
    from sklearn.model_selection import GroupKFold

    indices = list(range(len(groups)))
    return [
        (list(train), list(test)) for train, test in GroupKFold(k).split(indices, groups=groups)
    ]


def cross_validated(
    make: Callable[[list[int], list[int]], tuple[object, object]],
    gold: Sequence[str],
    splits: list[tuple[list[int], list[int]]],
) -> list[str | None]:
    """Predictions for every row from a model that never saw that row's fold."""
    from sklearn.linear_model import LogisticRegression

    labels = [merged(label) or "other" for label in gold]
    predicted: list[str | None] = [None] * len(gold)
    for train, test in splits:
        x_train, x_test = make(train, test)
        model = LogisticRegression(max_iter=3000, class_weight="balanced")
        model.fit(x_train, [labels[i] for i in train])
        for i, label in zip(test, model.predict(x_test), strict=True):
            predicted[i] = None if label == "other" else str(label)
    return predicted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    try:
        from scipy.sparse import hstack
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError:
        print("This script needs scikit-learn: pip install -e '.[bench]'", file=sys.stderr)
        return 2

    with args.csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [row["text"] for row in rows]
    gold = [row["label"] for row in rows]
    groups = [row.get("group") or str(i) for i, row in enumerate(rows)]
    shipped = [analyze(text).primary for text in texts]
    seen = [features(text, primary) for text, primary in zip(texts, shipped, strict=True)]
    splits = folds(groups, args.folds)

    def rules(train: list[int], test: list[int]) -> tuple[object, object]:
        vectorizer = DictVectorizer()
        return (
            vectorizer.fit_transform([seen[i] for i in train]),
            vectorizer.transform([seen[i] for i in test]),
        )

    def words(train: list[int], test: list[int]) -> tuple[object, object]:
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        return (
            vectorizer.fit_transform([texts[i] for i in train]),
            vectorizer.transform([texts[i] for i in test]),
        )

    def both(train: list[int], test: list[int]) -> tuple[object, object]:
        (a_train, a_test), (b_train, b_test) = rules(train, test), words(train, test)
        return hstack([a_train, b_train]).tocsr(), hstack([a_test, b_test]).tocsr()

    print(f"{len(rows)} rows from {args.csv.name}, {args.folds} folds split by conversation")
    print(f"macro-F1 {macro(prf(zip(gold, shipped, strict=True))):.4f}  the coach as shipped")
    for name, make in (
        ("the coach's evidence, weights learned", rules),
        ("bag of words (TF-IDF), learned", words),
        ("both, learned", both),
    ):
        predicted = cross_validated(make, gold, splits)
        print(f"macro-F1 {macro(prf(zip(gold, predicted, strict=True))):.4f}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
