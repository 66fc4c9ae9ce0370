"""Score the notes the written exercises show, on the project's own labelled replies.

    python bench/coach_feedback_eval.py [--split test|tune|all|NAME] [--gold CSV] [--replies CSV]
    python bench/coach_feedback_eval.py --choose        (thresholds, from the tune split)

Reads ``bench/data/coach_replies.csv`` (``id,exercise,text``) and
``bench/data/coach_gold.csv`` (``id,labels,split``; see bench/data/LABELLING.md). Each
reply is given to ``peerkit.coach.feedback(text, exercise)`` exactly as the exercise
does, and every note it shows is scored against the reply's gold labels: a note is
right when its label is one of them.

Printed, for the chosen split (``test`` unless told; when the gold file has no ``test``
split the script says so plainly and scores nothing, because every other reply was seen
while the rules were written and its figures would flatter the coach):

* the precision of shown notes per tone (strength, reconsider, note) and per label;
  notes for behaviours the label set has no name for (praise, an "I" statement, a
  request, medication) and the self-disclosure checklist points are counted, not scored;
* coverage: the share of replies with at least one skill note;
* the recall of each harmful label: the share of replies labelled with it on which the
  exercise shows that note;
* agreement of the two labelling passes (Cohen's kappa, computed by
  ``bench/label_agreement.py``), when both passes exist.

Targets (issue 13): shown-note precision at least 0.90, coverage at least 60%, harmful
recall at least 0.95.

The test set is ``bench/data/coach_fresh_replies.csv`` with ``coach_fresh_gold.csv``
(every row ``test``): written and labelled twice by people who never saw the coach, and
scored once per round, after everything was chosen (see bench/data/README.md):

    python bench/coach_feedback_eval.py --replies bench/data/coach_fresh_replies.csv \
        --gold bench/data/coach_fresh_gold.csv \
        --passes bench/data/coach_fresh_labels_a.csv bench/data/coach_fresh_labels_b.csv

Everything else in ``bench/data`` is tuning data (``TUNING``): ``coach_gold.csv``, the
probe set and the third round's own replies. ``--choose`` prints the shipped skill
thresholds: chosen by ``bench/train_coach.py`` (it needs scikit-learn) on the tuning
replies the rules were not written on before this round, with the learned check's vetoes
in place, each reply read by the cross-validation model that never saw its batch. With
``--gold``, it prints instead the thresholds the rules alone would need on that file's
``tune`` split. Never choose on the test set.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from peerkit.coach import (  # noqa: E402
    HARMFUL,
    LABELS,
    SKILLS,
    Note,
    _learned,
    _thresholds,
    feedback,
)

DATA = HERE / "data"
# Every labelled tuning file (see bench/data/README.md): the project's own set, the
# developer's probe set and the third round's replies. The fresh test set is not here.
TUNING = (
    (DATA / "coach_replies.csv", DATA / "coach_gold.csv"),
    (DATA / "coach_probe_replies.csv", DATA / "coach_probe_gold.csv"),
    (DATA / "coach_check3_replies.csv", DATA / "coach_check3_gold.csv"),
    (DATA / "coach_round3_replies.csv", DATA / "coach_round3_gold.csv"),
    (DATA / "coach_round3b_replies.csv", DATA / "coach_round3b_gold.csv"),
    (DATA / "coach_round3c_replies.csv", DATA / "coach_round3c_gold.csv"),
)
TONES = ("strength", "reconsider", "note")
HARMFUL_ORDER = tuple(label for label in LABELS if label in HARMFUL)
# A skill needs at least this many notes on the tune split before a threshold is trusted.
MIN_NOTES = 5
NEVER = 1.01


@dataclass(frozen=True)
class Reply:
    id: str
    exercise: str
    text: str
    labels: frozenset[str]
    split: str


def load(replies: Path, gold: Path) -> list[Reply]:
    """The replies joined with their gold labels and split, in id order."""
    with replies.open(encoding="utf-8", newline="") as handle:
        texts = {row["id"]: row for row in csv.DictReader(handle)}
    labels: dict[str, frozenset[str]] = {}
    splits: dict[str, str] = {}
    with gold.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            names = frozenset((row.get("labels") or "").split())
            unknown = sorted(names - set(LABELS))
            if unknown:
                raise SystemExit(f"{gold}:{line}: unknown label {', '.join(unknown)}")
            labels[row["id"]] = names
            splits[row["id"]] = (row.get("split") or "").strip()
    missing = sorted(set(labels) - set(texts))
    if missing:
        raise SystemExit(
            f"{gold}: {len(missing)} ids have no reply in {replies}, e.g. {missing[0]}"
        )
    return [
        Reply(rid, texts[rid]["exercise"], texts[rid]["text"], labels[rid], splits[rid])
        for rid in sorted(labels)
    ]


@contextmanager
def thresholds_at(values: Mapping[str, float]) -> Iterator[None]:
    """Both sets of skill thresholds set to ``values`` for a while (see ``_thresholds``).

    Whether a reply is read with the learned check or by the rules alone, its skills are
    then held to these values: what choosing a threshold tries out.
    """
    with (
        mock.patch.dict(_thresholds.THRESHOLDS, values),
        mock.patch.dict(_thresholds.RULES_THRESHOLDS, values),
    ):
        yield


def tuning_replies(files: Sequence[tuple[Path, Path]] = TUNING) -> list[Reply]:
    """The tune split of every labelled file thresholds are chosen on."""
    return [r for replies, gold in files for r in load(replies, gold) if r.split == "tune"]


def notes_for(
    replies: Iterable[Reply], models: Mapping[str, _learned.Learned] | None = None
) -> dict[str, tuple[Note, ...]]:
    """What each reply's exercise shows (with ``models``, each reply's own learned check)."""
    if models is None:
        return {r.id: feedback(r.text, r.exercise) for r in replies}
    before = _learned.ACTIVE[0]
    out = {}
    try:
        for r in replies:
            _learned.ACTIVE[0] = models[r.id]
            out[r.id] = feedback(r.text, r.exercise)
    finally:
        _learned.ACTIVE[0] = before
    return out


@dataclass
class Table:
    replies: int
    by_tone: dict[str, tuple[int, int]]
    by_label: dict[str, tuple[int, int]]
    unscored: Counter
    checklist: int
    covered: int
    harmful: dict[str, tuple[int, int]]
    gold_counts: Counter

    def precision(self, shown: int, right: int) -> float:
        return right / shown if shown else math.nan


def score(replies: Sequence[Reply], shown: Mapping[str, tuple[Note, ...]]) -> Table:
    by_tone: dict[str, list[int]] = {tone: [0, 0] for tone in TONES}
    by_label: dict[str, list[int]] = {label: [0, 0] for label in LABELS}
    unscored: Counter = Counter()
    checklist = covered = 0
    harmful: dict[str, list[int]] = {label: [0, 0] for label in HARMFUL_ORDER}
    gold_counts: Counter = Counter()
    for reply in replies:
        notes = shown[reply.id]
        gold_counts.update(reply.labels)
        if any(n.label in SKILLS for n in notes):
            covered += 1
        for note in notes:
            if note.check:
                checklist += 1
            elif note.label in LABELS:
                right = note.label in reply.labels
                for table, key in ((by_tone, note.tone), (by_label, note.label)):
                    table[key][0] += 1
                    table[key][1] += right
            else:
                unscored[note.label] += 1
        labels_shown = {n.label for n in notes}
        for label in HARMFUL_ORDER:
            if label in reply.labels:
                harmful[label][0] += 1
                harmful[label][1] += label in labels_shown
    return Table(
        len(replies),
        {k: (v[0], v[1]) for k, v in by_tone.items()},
        {k: (v[0], v[1]) for k, v in by_label.items()},
        unscored,
        checklist,
        covered,
        {k: (v[0], v[1]) for k, v in harmful.items()},
        gold_counts,
    )


def _fmt(value: float) -> str:
    return "  n/a" if math.isnan(value) else f"{value:.3f}"


def print_table(table: Table) -> None:
    print(f"{'shown notes by tone':<24}{'shown':>7}{'right':>7}{'precision':>11}")
    total = [0, 0]
    for tone in TONES:
        n, right = table.by_tone[tone]
        total[0] += n
        total[1] += right
        print(f"  {tone:<22}{n:>7}{right:>7}{_fmt(table.precision(n, right)):>11}")
    print(f"  {'all':<22}{total[0]:>7}{total[1]:>7}{_fmt(table.precision(*total)):>11}")
    print(f"{'shown notes by label':<24}{'shown':>7}{'right':>7}{'precision':>11}{'gold':>7}")
    for label in LABELS:
        n, right = table.by_label[label]
        print(
            f"  {label:<22}{n:>7}{right:>7}{_fmt(table.precision(n, right)):>11}"
            f"{table.gold_counts[label]:>7}"
        )
    others = ", ".join(f"{label} {n}" for label, n in sorted(table.unscored.items())) or "none"
    print(f"not scored (no label in the set): {others}; checklist points {table.checklist}")
    share = table.covered / table.replies if table.replies else math.nan
    print(
        f"coverage: {table.covered}/{table.replies} replies ({share:.1%}) have at least one"
        " skill note"
    )
    print(f"{'harmful recall':<24}{'found':>7}{'gold':>7}{'recall':>11}")
    for label in HARMFUL_ORDER:
        gold, found = table.harmful[label]
        print(f"  {label:<22}{found:>7}{gold:>7}{_fmt(found / gold if gold else math.nan):>11}")


def print_kappa(first: Path, second: Path) -> None:
    """Kappa per label and the mean, by bench/label_agreement.py (the corpus's own script)."""
    try:
        from label_agreement import agreement, mean_kappa, read_labels
    except ImportError:
        print("kappa: n/a (bench/label_agreement.py not found)")
        return
    if not (first.is_file() and second.is_file()):
        missing = second if first.is_file() else first
        print(f"kappa: n/a ({missing.name} not found; it needs both labelling passes)")
        return
    kappas = agreement(read_labels(first), read_labels(second))
    per = ", ".join(f"{label} {_fmt(k).strip()}" for label, k in kappas.items())
    print(
        f"kappa of the two labelling passes (all replies): mean {_fmt(mean_kappa(kappas)).strip()}"
    )
    print(f"  {per}")


def choose(
    replies: Sequence[Reply],
    target: float = _thresholds.TARGET,
    models: Mapping[str, _learned.Learned] | None = None,
    min_notes: int = MIN_NOTES,
) -> dict[str, float]:
    """The lowest confidence per skill at which shown notes reach ``target`` precision.

    Every confidence the coach gives a skill on these replies is tried, from the top
    down: a threshold counts only if at least ``min_notes`` notes are shown there, and the
    precision is at or above the target there and at every higher threshold that shows
    at least ``min_notes`` (fewer notes tell too little to stop at). A skill that never
    gets there is never shown (NEVER).

    The learned check's vetoes act after the thresholds, so the shipped thresholds are
    chosen with them in place (``bench/train_coach.py`` calls this), but never with the
    shipped model: it was trained on these same replies and would flatter any threshold.
    Each reply is read with the model given for it in ``models`` (by reply id): the model
    of the cross-validation fold that did not see its file. Without ``models``, the rules
    alone.
    """
    if models is None:
        models = {r.id: _learned.Learned({}) for r in replies}
    seen: dict[str, set[float]] = {label: set() for label in SKILLS}
    for reply in replies:
        for label, value in _confidences(reply, models):
            seen[label].add(value)
    grid = sorted(set().union(*seen.values()))
    results: dict[float, dict[str, tuple[int, int]]] = {}
    for value in grid:
        with thresholds_at({label: value for label in SKILLS}):
            results[value] = score(replies, notes_for(replies, models)).by_label
    chosen: dict[str, float] = {}
    for label in SKILLS:
        best = NEVER
        for value in sorted(seen[label], reverse=True):
            n, right = results[value][label]
            if n < min_notes:
                continue
            if right / n < target:
                break
            best = value
        chosen[label] = best
    return chosen


def _confidences(reply: Reply, models: Mapping[str, _learned.Learned]) -> list[tuple[str, float]]:
    """Every skill note the reply's exercise could show, with its confidence."""
    with thresholds_at({label: 0.0 for label in SKILLS}):
        notes = notes_for([reply], models)[reply.id]
    return [(n.label, n.confidence) for n in notes if n.label in SKILLS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=Path, default=None)
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument(
        "--split",
        default="test",
        help="test (default), tune, all, or any split the gold file names",
    )
    parser.add_argument(
        "--passes",
        type=Path,
        nargs=2,
        default=(DATA / "coach_labels_a.csv", DATA / "coach_labels_b.csv"),
        help="the two labelling passes, for kappa",
    )
    parser.add_argument(
        "--choose", action="store_true", help="choose thresholds on the tune split and print them"
    )
    args = parser.parse_args(argv)
    files = (
        TUNING
        if args.choose and args.gold is None and args.replies is None
        else ((args.replies or DATA / "coach_replies.csv", args.gold or DATA / "coach_gold.csv"),)
    )
    for pair in files:
        for path in pair:
            if not path.is_file():
                print(f"{path}: no such file", file=sys.stderr)
                return 1
    args.replies, args.gold = files[0]
    if args.choose:
        tune = tuning_replies(files)
        if not tune:
            print(f"{args.gold}: no replies in the tune split", file=sys.stderr)
            return 1
        names = " and ".join(gold.name for _, gold in files)
        if files == TUNING:
            # The shipped thresholds: chosen with the learned check's vetoes, out of fold.
            try:
                from train_coach import chosen, thresholds_block
            except ImportError as err:
                print(f"--choose needs scikit-learn ({err}): pip install -e '.[bench]'")
                return 2
            print(
                f"thresholds chosen on the replies of {names} the rules were not written on"
                " before round 3"
                f" (target {_thresholds.TARGET}), with the learned check's vetoes out of fold:"
            )
            _, thresholds, rules_thresholds = chosen()
            print(thresholds_block(thresholds))
            print(thresholds_block(rules_thresholds, "RULES_THRESHOLDS"))
            return 0
        print(
            f"thresholds chosen for the rules alone on the tune split of {names}"
            f" ({len(tune)} replies, target {_thresholds.TARGET}):"
        )
        print("THRESHOLDS: dict[str, float] = {")
        for label, value in choose(tune).items():
            print(f'    "{label}": {value},')
        print("}")
        return 0
    replies = load(args.replies, args.gold)
    chosen_split = [r for r in replies if args.split == "all" or r.split == args.split]
    if not chosen_split and args.split == "test":
        splits = ", ".join(
            f"{name} {n}" for name, n in sorted(Counter(r.split for r in replies).items())
        )
        print(
            f"{args.gold.name}: there is no test split ({len(replies)} replies: {splits})."
            " Every reply in it was seen while the coach's rules were written, so no honest"
            " precision, coverage or recall can be measured from it. Score a held-out file"
            " (--gold, --replies), or use --split tune for figures that flatter the coach."
        )
        print_kappa(*args.passes)
        return 0
    if not chosen_split:
        print(f"{args.gold}: no replies in the {args.split} split", file=sys.stderr)
        return 1
    print(
        f"{args.gold.name}: {len(replies)} replies; scoring the {args.split} split"
        f" ({len(chosen_split)} replies) with the shipped thresholds"
    )
    if args.split != "test":
        print(
            f"  (not a test: the {args.split} replies were seen while the rules were written,"
            " so these figures flatter the coach)"
        )
    print_table(score(chosen_split, notes_for(chosen_split)))
    if args.gold.resolve() != (DATA / "coach_gold.csv").resolve() and tuple(args.passes) == (
        DATA / "coach_labels_a.csv",
        DATA / "coach_labels_b.csv",
    ):
        print(f"kappa: n/a (the passes given are for coach_gold.csv, not {args.gold.name})")
    else:
        print_kappa(*args.passes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
