"""Train the coach's learned check on the project's own labelled replies, and score it.

    python bench/train_coach.py            (train, choose thresholds, write the weights)
    python bench/train_coach.py --check    (train again and compare with the shipped file)
    python bench/train_coach.py --report   (cross-validated figures: rules, model, both)

Trained on the project's own replies and nothing else: the files in ``TRAINING`` below
(``coach_feedback_eval.TUNING``), all in ``bench/data/`` (written for peerkit, MIT; see
bench/data/README.md). Never on the fresh test set (``coach_fresh_*``), and never on
``../shared/evaldata``: its licence forbids shipping anything trained on it.
``tests/test_coach_learned.py`` checks the file names and hashes the weights record.

The model (``peerkit/coach/_learned.py``), one logistic regression per label over words
and neighbouring word pairs:

* skills read one sentence (L1). Labels are given per reply, not per sentence, so each
  labelled reply's sentences are weighted as the rules locate them: a reply labelled
  ``advice`` counts the sentences where the rules found advice as positive; when the
  rules found it nowhere, every sentence counts as a fraction (1/n) of a positive.
  Sentences of replies without the label are negative. L1 keeps only the words that
  matter.
* harmful habits read the whole reply (L2, weights under ``PRUNE`` dropped): a habit's
  new wording is rarely where the rules would look, so its model is not taught where the
  rules look. In cross-validation this found about twice as many of the habits the rules
  missed, at better precision, as a sentence model did.

Cross-validation holds out one batch at a time (``BATCHES``: each batch was written at
one sitting, so its wordings share a writer's habits): a fold's test replies are in
wordings the model never saw.

The thresholds are chosen on the ``pool``: the replies the rules were not written on
before this round (the probe set's ``test`` split and the third round's files), each read with the model
of the fold that never saw its batch. On replies the rules were written on, they are
right almost every time, so every addition would look wrong and every veto needless.

* ``add`` (harmful habits): the lowest probability at which the notes the model adds
  (where the rules found nothing) are right at least ``ADD_PRECISION`` of the time, and
  the habit's notes with the rules' own at least ``LABEL_PRECISION``, at that value and
  every higher one, with at least ``MIN_ADDED`` right; else never.
* ``veto`` (skills): the highest probability below which the rules' notes the model
  would hold back were right at most ``VETO_RIGHT`` of the time (more of them wrong than
  right), over at least ``MIN_VETOED`` notes; else no veto. Every note the rules find
  counts here, whatever its confidence, so the vetoes do not depend on the skill
  thresholds.
* the skill thresholds (``peerkit/coach/_thresholds.py``) are then chosen as
  ``coach_feedback_eval.choose`` chooses them, on the pool, vetoes in place.

Only labels with a threshold in use are written. ``--report`` prints, for the rules
alone (with thresholds chosen for them alone), the model alone and the two combined, the
same table as ``bench/coach_feedback_eval.py`` on the out-of-fold notes, over every
reply and over the pool; then the nested estimate: each part of the pool scored with
everything chosen on the other parts only. Of those parts, only the probe set's ``test``
split was never read against the coach's output while the rules were changed; the
round-3 files were (bench/data/README.md), so their figures are kinder to the rules.

Needs scikit-learn (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from coach_feedback_eval import TUNING, Reply, load, print_table, score, thresholds_at  # noqa: E402
from coach_feedback_eval import choose as choose_thresholds  # noqa: E402

from peerkit.coach import HARMFUL, LABELS, SKILLS, THRESHOLDS, _learned, feedback  # noqa: E402
from peerkit.coach._distress_signs import crisis_signs  # noqa: E402
from peerkit.coach._feedback import candidates  # noqa: E402
from peerkit.coach._notes import DEFAULT_TONES, Note  # noqa: E402
from peerkit.coach._reading import Reading  # noqa: E402
from peerkit.coach._rubric import rubric_for  # noqa: E402
from peerkit.coach._thresholds import RULES_THRESHOLDS  # noqa: E402

DATA = HERE / "data"
TRAINING = TUNING
"""Every labelled file the model learns from: the project's own, nothing else."""
UNSEEN = (
    "coach_check3_replies",
    "coach_round3_replies",
    "coach_round3b_replies",
    "coach_round3c_replies",
)
"""Files written in round 3, after the rules of round 2 (see ``pool``)."""
OUT = ROOT / "peerkit" / "coach" / "_learned.json"

C = 1.0
"""Inverse regularisation strength (L1) of every skill's sentence regression."""
REPLY_C = 3.0
"""Inverse regularisation strength (L2) of every habit's reply regression."""
PRUNE = 0.1
"""A habit's weights smaller than this (in size) are dropped, to keep the file small."""
MIN_DF = 2
"""A word or pair must occur in at least this many training sentences to get a weight."""
DIGITS = 4
"""Weights are written rounded to this many decimals (and used so in cross-validation)."""
ADD_PRECISION = 0.6
"""The notes a habit's model adds must be right at least this often..."""
LABEL_PRECISION = 0.92
"""...and with the rules' own notes of that habit, at least this often."""
MIN_ADDED = 3
POOL_MIN_NOTES = 10
"""A skill threshold is judged only where it shows at least this many notes of the pool."""
VETO_RIGHT = 0.5
MIN_VETOED = 3
ADD_GRID = tuple(round(0.5 + i / 100, 2) for i in range(50))
VETO_GRID = tuple(round(i / 100, 2) for i in range(1, 51))


@dataclass
class Sentence:
    keys: list[str]
    found: frozenset[str]
    """Labels the rules found in this sentence."""


@dataclass
class Example:
    reply: Reply
    source: str
    sentences: list[Sentence]
    honest: bool
    """Never read while the rules were tuned: the probe set's test split."""
    batch: str = ""
    """The batch the reply was written in (see ``BATCHES``): the cross-validation group."""

    @property
    def keys(self) -> list[str]:
        """The reply's keys: every sentence's, each once, in order (a reply-scope model)."""
        return list(dict.fromkeys(k for s in self.sentences for k in s.keys))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def relative(path: Path) -> str:
    """The path from the repository root, as the weights file records it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def examples(
    files: Sequence[tuple[Path, Path]] = TRAINING, with_rules: bool = False
) -> list[Example]:
    """Every labelled reply, each sentence with its keys and what the rules found there.

    ``with_rules`` adds the rules' findings to the keys (a label found there, a shape or
    course feature, a label's phrase score as a whole tier): the variant the shipped model
    does not use (see the module).
    """
    out = []
    for replies, gold in files:
        source = replies.stem
        for reply in load(replies, gold):
            sentences: list[Sentence] = []
            if reply.text.strip() and not crisis_signs(reply.text):
                reading = Reading.of(reply.text)
                found = candidates(reading, rubric_for(reply.exercise))
                for part in reading.parts:
                    labels = frozenset(c.label for c in found if c.index == part.index)
                    words = [_learned.key_text(k) for k in _learned.keys(part.words)]
                    if with_rules:
                        words += sorted(f"r:{label}" for label in labels)
                        words += sorted(f"k:{kind}" for kind in part.kinds)
                        words += sorted(
                            f"s:{label}:{min(int(value), 4)}"
                            for label, value in part.score.scores.items()
                        )
                    sentences.append(Sentence(words, labels))
            honest = source in UNSEEN or (source == "coach_probe_replies" and reply.split == "test")
            out.append(Example(reply, source, sentences, honest, batch_of(source, reply.id)))
    return out


def _rows(label: str, train: Sequence[Example]) -> tuple[list[list[str]], list[int], list[float]]:
    """Training sentences for one label, with their targets and weights (see the module)."""
    xs: list[list[str]] = []
    ys: list[int] = []
    ws: list[float] = []
    for ex in train:
        if not ex.sentences:
            continue
        if label in ex.reply.labels:
            located = [s for s in ex.sentences if label in s.found]
            if located:
                for s in located:
                    xs.append(s.keys)
                    ys.append(1)
                    ws.append(1.0)
            else:
                for s in ex.sentences:
                    xs.append(s.keys)
                    ys.append(1)
                    ws.append(1.0 / len(ex.sentences))
        else:
            for s in ex.sentences:
                xs.append(s.keys)
                ys.append(0)
                ws.append(1.0)
    return xs, ys, ws


def _matrix(rows: Sequence[Sequence[str]], columns: dict[str, int]):
    import numpy as np
    from scipy.sparse import csr_matrix

    indices: list[int] = []
    pointers = [0]
    for keys in rows:
        indices.extend(sorted({columns[k] for k in keys if k in columns}))
        pointers.append(len(indices))
    return csr_matrix(
        (
            np.ones(len(indices)),
            np.array(indices, dtype=np.int32),
            np.array(pointers, dtype=np.int32),
        ),
        shape=(len(rows), len(columns)),
    )


def scope(label: str) -> str:
    """Habits are read from the whole reply, skills from one sentence (see ``_learned``)."""
    return "reply" if label in HARMFUL else "sentence"


def fit(label: str, train: Sequence[Example]) -> tuple[float, dict[str, float]]:
    """One label's bias and non-zero weights, rounded, from these replies."""
    if scope(label) == "reply":
        return fit_reply(label, train)
    from sklearn.linear_model import LogisticRegression

    xs, ys, ws = _rows(label, train)
    counts = Counter(k for keys in xs for k in keys)
    columns = {k: i for i, k in enumerate(sorted(k for k, n in counts.items() if n >= MIN_DF))}
    model = LogisticRegression(
        C=C, l1_ratio=1.0, solver="liblinear", random_state=0, max_iter=5000, tol=1e-6
    )
    model.fit(_matrix(xs, columns), ys, sample_weight=ws)
    names = sorted(columns, key=columns.__getitem__)
    weights = {
        name: round(float(w), DIGITS)
        for name, w in zip(names, model.coef_[0], strict=True)
        if round(float(w), DIGITS) != 0.0
    }
    return round(float(model.intercept_[0]), DIGITS), dict(sorted(weights.items()))


def fit_reply(label: str, train: Sequence[Example]) -> tuple[float, dict[str, float]]:
    """A habit's bias and weights over whole replies (L2), small weights dropped, rounded."""
    from sklearn.linear_model import LogisticRegression

    rows = [ex for ex in train if ex.sentences]
    xs = [ex.keys for ex in rows]
    ys = [int(label in ex.reply.labels) for ex in rows]
    counts = Counter(k for keys in xs for k in keys)
    columns = {k: i for i, k in enumerate(sorted(k for k, n in counts.items() if n >= MIN_DF))}
    model = LogisticRegression(
        C=REPLY_C, l1_ratio=0.0, solver="liblinear", random_state=0, max_iter=5000, tol=1e-6
    )
    model.fit(_matrix(xs, columns), ys)
    names = sorted(columns, key=columns.__getitem__)
    weights = {
        name: round(float(w), DIGITS)
        for name, w in zip(names, model.coef_[0], strict=True)
        if abs(round(float(w), DIGITS)) >= PRUNE
    }
    return round(float(model.intercept_[0]), DIGITS), dict(sorted(weights.items()))


Fitted = dict[str, tuple[float, dict[str, float]]]


def fit_all(train: Sequence[Example], labels: Sequence[str] = LABELS) -> Fitted:
    return {label: fit(label, train) for label in labels}


def learned(
    fitted: Fitted, add: dict[str, float], veto: dict[str, float], exercises: Sequence[str]
) -> _learned.Learned:
    """The package's model object for these weights and thresholds."""
    return _learned.Learned.from_dict(
        {
            "format": _learned.FORMAT,
            "exercises": sorted(exercises),
            "labels": {
                label: {
                    "bias": bias,
                    "add": add.get(label),
                    "veto": veto.get(label, 0.0),
                    "scope": scope(label),
                    "weights": weights,
                }
                for label, (bias, weights) in fitted.items()
            },
        }
    )


# --- folds ----------------------------------------------------------------------------------


BATCHES: dict[str, tuple[tuple[str, str], ...]] = {
    # file stem: (first id of a batch, its name), in id order. Each batch was written at
    # one sitting (bench/data/README.md): its replies share a writer's habits of wording,
    # so a fold holds out whole batches, never replies from a batch it trained on.
    "coach_replies": (("r0001", "r-first"), ("r0558", "r-added")),
    "coach_probe_replies": (
        ("p001", "p-001"),
        ("p282", "p-282"),
        ("p317", "p-317"),
        ("p467", "p-467"),
        ("p617", "p-617"),
        ("p767", "p-767"),
    ),
    "coach_check3_replies": (("k001", "k-001"),),
    "coach_round3_replies": (("n001", "n-001"),),
    "coach_round3b_replies": (("m001", "m-001"),),
    "coach_round3c_replies": (("j001", "j-001"),),
}


def batch_of(source: str, rid: str) -> str:
    """The batch a reply id belongs to (the file's name when it has no batches)."""
    name = source
    for first, batch in BATCHES.get(source, ()):
        if rid >= first:
            name = batch
    return name


def by_file(data: Sequence[Example]) -> Iterator[tuple[list[int], list[int]]]:
    """Each batch's replies as a test fold, trained on the other batches."""
    for batch in sorted({ex.batch for ex in data}):
        test = [i for i, ex in enumerate(data) if ex.batch == batch]
        train = [i for i, ex in enumerate(data) if ex.batch != batch]
        yield train, test


Folds = Callable[[Sequence[Example]], Iterator[tuple[list[int], list[int]]]]


def out_of_fold(data: Sequence[Example], folds: Folds) -> list[tuple[list[int], Fitted]]:
    """Each fold's test replies and the weights fitted without them."""
    return [(test, fit_all([data[i] for i in train])) for train, test in folds(data)]


# --- choosing thresholds ----------------------------------------------------------------------


def _probability(bias: float, weights: dict[str, float], keys: Sequence[str]) -> float:
    return _learned._logistic(bias + sum(weights.get(k, 0.0) for k in keys))


def _no_model() -> _learned.Learned:
    return _learned.Learned({})


def rules_notes(replies: Sequence[Reply], floor: bool = False) -> dict[str, tuple[Note, ...]]:
    """What the exercises show with the rules alone.

    With ``floor``, every skill note the rules find is shown, whatever its confidence: the
    vetoes are chosen on these, so that they do not depend on the skill thresholds (which
    are chosen afterwards, with the vetoes in place; see ``coach_feedback_eval.choose``).
    """
    floors = {label: 0.0 for label in SKILLS} if floor else {}
    _learned.ACTIVE[0] = _no_model()
    try:
        with thresholds_at(floors):
            return {r.id: feedback(r.text, r.exercise) for r in replies}
    finally:
        _learned.ACTIVE[0] = None


def pool(data: Sequence[Example], leave_out: str = "") -> list[int]:
    """The replies thresholds are chosen on: those the rules were not written on before.

    On replies the rules were written on they are right nearly every time, so every note
    the model would add there is wrong by construction and every veto looks needless:
    choosing there would teach the combination nothing about new wording. The probe set's
    ``test`` split and the third round's files were written after the rules of round 2
    and were not used to write them; round 3's rule fixes read the third-round files,
    never the probe part (see bench/data/README.md). ``leave_out`` names a group (:func:`group`) to leave out, for
    the nested estimate in ``--report``.
    """
    return [i for i, ex in enumerate(data) if ex.honest and group(ex) != leave_out]


def group(ex: Example) -> str:
    """The part of the choosing pool a reply belongs to: its file (the probe set's test split)."""
    return "coach_probe_test" if ex.source == "coach_probe_replies" else ex.source


def choose(
    data: Sequence[Example],
    folds: list[tuple[list[int], Fitted]],
    chosen_on: Sequence[int] | None = None,
) -> tuple[dict[str, float], dict[str, float], dict[str, dict]]:
    """``add`` per harmful label and ``veto`` per skill.

    Chosen on the replies ``chosen_on`` (by default :func:`pool`), from out-of-fold
    probabilities. Also returns, per label, what the candidate values would do (right,
    shown), so the choice can be printed.
    """
    tune = list(pool(data) if chosen_on is None else chosen_on)
    shown = rules_notes([data[i].reply for i in tune], floor=True)
    by_fold = [([i for i in test if i in set(tune)], fitted) for test, fitted in folds]
    add, table = _choose_additions(data, by_fold, shown)
    veto, skills = _choose_vetoes(data, by_fold, shown)
    return add, veto, {**table, **skills}


def _choose_additions(
    data: Sequence[Example],
    folds: list[tuple[list[int], Fitted]],
    shown: dict[str, tuple[Note, ...]],
) -> tuple[dict[str, float], dict[str, dict]]:
    """The additions, exactly as feedback() makes them, one fold model at a time.

    Every harmful label's ``add`` is set to the lowest value tried, so the probability of
    each addition can be read off its note's confidence.
    """
    exercises = sorted({ex.reply.exercise for ex in data})
    tested = [i for test, _ in folds for i in test]
    added: dict[str, list[tuple[float, bool]]] = {label: [] for label in HARMFUL}
    low = {label: ADD_GRID[0] for label in HARMFUL}
    for test, fitted in folds:
        harmful = {k: v for k, v in fitted.items() if k in HARMFUL}
        _learned.ACTIVE[0] = learned(harmful, low, {}, exercises)
        try:
            for i in test:
                reply = data[i].reply
                before = {n.label for n in shown[reply.id]}
                for note in feedback(reply.text, reply.exercise):
                    if note.label in HARMFUL and note.label not in before:
                        added[note.label].append((note.confidence, note.label in reply.labels))
        finally:
            _learned.ACTIVE[0] = None
    add: dict[str, float] = {}
    table: dict[str, dict] = {}
    for label in sorted(HARMFUL):
        rows = {t: _count(added[label], lambda p, t=t: p >= t) for t in ADD_GRID}
        table[label] = rows
        # The rules' own notes of this habit on the same replies.
        mine = [
            (n.label in data[i].reply.labels)
            for i in tested
            for n in shown[data[i].reply.id]
            if n.label == label
        ]
        rules_right, rules_shown = sum(mine), len(mine)
        chosen = None
        for t in reversed(ADD_GRID):
            right, n = rows[t]
            if n and (
                right / n < ADD_PRECISION
                or (rules_right + right) / (rules_shown + n) < LABEL_PRECISION
            ):
                break
            if right >= MIN_ADDED:
                chosen = t
        if chosen is not None:
            add[label] = chosen
    return add, table


def _choose_vetoes(
    data: Sequence[Example],
    folds: list[tuple[list[int], Fitted]],
    shown: dict[str, tuple[Note, ...]],
) -> tuple[dict[str, float], dict[str, dict]]:
    """Each skill's veto, from out-of-fold probabilities of the notes the rules give.

    Every skill note the rules find (at any confidence: the vetoes must not depend on the
    skill thresholds, which are chosen after them) is paired with the highest probability
    the fold's model gives a sentence it quotes. The veto is the highest probability
    tried below which the notes held back were right at most ``VETO_RIGHT`` of the time
    (more of them wrong than right), over at least ``MIN_VETOED`` notes; else none. A
    direct question about suicide is never held back.
    """
    held: dict[str, list[tuple[float, bool]]] = {label: [] for label in SKILLS}
    for test, fitted in folds:
        for i in test:
            ex = data[i]
            if not ex.sentences:
                continue
            reading = Reading.of(ex.reply.text)
            for note in shown[ex.reply.id]:
                if note.label not in SKILLS or note.kind == "suicide":
                    continue
                bias, weights = fitted[note.label]
                p = max(
                    _probability(bias, weights, ex.sentences[part.index].keys)
                    for part in reading.parts
                    if part.span in note.spans
                )
                held[note.label].append((p, note.label in ex.reply.labels))
    veto: dict[str, float] = {}
    table: dict[str, dict] = {}
    for label in SKILLS:
        rows = {v: _count(held[label], lambda p, v=v: p < v) for v in VETO_GRID}
        table[label] = rows
        for v in VETO_GRID:
            right, n = rows[v]
            if n >= MIN_VETOED and right / n <= VETO_RIGHT:
                veto[label] = v
    return veto, table


def _count(items: Sequence[tuple[float, bool]], keep: Callable[[float], bool]) -> tuple[int, int]:
    kept = [right for p, right in items if keep(round(p, 3))]
    return sum(kept), len(kept)


def fold_models(
    data: Sequence[Example],
    folds: list[tuple[list[int], Fitted]],
    add: dict[str, float],
    veto: dict[str, float],
) -> dict[str, _learned.Learned]:
    """For every reply, the model of the fold that did not see it (only the labels in use)."""
    exercises = sorted({ex.reply.exercise for ex in data})
    out: dict[str, _learned.Learned] = {}
    for test, fitted in folds:
        used = {k: v for k, v in fitted.items() if k in add or k in veto}
        model = learned(used, add, veto, exercises) if used else _no_model()
        for i in test:
            out[data[i].reply.id] = model
    return out


# --- scoring -----------------------------------------------------------------------------------


def combined_notes(
    data: Sequence[Example],
    folds: list[tuple[list[int], Fitted]],
    add: dict[str, float],
    veto: dict[str, float],
) -> dict[str, tuple[Note, ...]]:
    """What the exercises show with each fold's model beside the rules, on its test replies."""
    models = fold_models(data, folds, add, veto)
    out: dict[str, tuple[Note, ...]] = {}
    try:
        for ex in data:
            _learned.ACTIVE[0] = models[ex.reply.id]
            out[ex.reply.id] = feedback(ex.reply.text, ex.reply.exercise)
    finally:
        _learned.ACTIVE[0] = None
    return out


# The tone a skill's note usually takes when no exercise says otherwise.
_USUAL_TONE = {
    label: next(tone for (name, _), tone in DEFAULT_TONES.items() if name == label)
    for label in SKILLS
}


def model_notes(
    data: Sequence[Example], folds: list[tuple[list[int], Fitted]]
) -> dict[str, tuple[Note, ...]]:
    """The model alone: a note for each label some sentence reaches 0.5 for, in its usual tone.

    No rubric and no rules: harmful labels are "reconsider", skills their default tone.
    """
    out: dict[str, tuple[Note, ...]] = {}
    for test, fitted in folds:
        for i in test:
            ex = data[i]
            notes = []
            for label in LABELS:
                bias, weights = fitted[label]
                read = [ex.keys] if scope(label) == "reply" else [s.keys for s in ex.sentences]
                if any(_probability(bias, weights, keys) >= 0.5 for keys in read):
                    tone = "reconsider" if label in HARMFUL else _USUAL_TONE[label]
                    notes.append(Note(label=label, tone=tone, message=""))
            out[ex.reply.id] = tuple(notes)
    return out


def print_tables(data: Sequence[Example], notes: dict[str, tuple[Note, ...]], name: str) -> None:
    everything = [ex.reply for ex in data]
    honest = [ex.reply for ex in data if ex.honest]
    for title, replies in (("all", everything), ("never tuned on", honest)):
        print(f"\n--- {name}: {title} ({len(replies)} replies)")
        print_table(score(replies, notes))


# --- the weights file --------------------------------------------------------------------------


def document(
    fitted: Fitted, add: dict[str, float], veto: dict[str, float], data: Sequence[Example]
) -> dict:
    """The weights file's content: what it was trained on, the settings, the used labels."""
    import sklearn

    files = [path for pair in TRAINING for path in pair]
    counts = Counter(ex.source for ex in data)
    return {
        "format": _learned.FORMAT,
        "about": (
            "Weights of the coach's learned check (peerkit/coach/_learned.py), written by"
            " bench/train_coach.py from the project's own labelled replies listed under"
            " trained_on (MIT). Do not edit by hand: run the script."
        ),
        "trained_on": [
            {
                "path": relative(path),
                "sha256": sha256(path),
                **({"replies": counts[path.stem]} if path.stem in counts else {}),
            }
            for path in files
        ],
        "exercises": sorted({ex.reply.exercise for ex in data}),
        "settings": {
            "model": (
                "logistic regression per label over words and word pairs: skills one"
                " sentence's (L1), habits the whole reply's (L2, small weights dropped)"
            ),
            "penalty": "l1",
            "C": C,
            "reply_penalty": "l2",
            "reply_C": REPLY_C,
            "prune_below": PRUNE,
            "min_df": MIN_DF,
            "solver": "liblinear",
            "scikit-learn": sklearn.__version__,
            "folds": "by batch (each batch written at one sitting; see BATCHES)",
            "chosen_on": "replies the rules were not written on before round 3 (see pool)",
            "add_precision": ADD_PRECISION,
            "label_precision": LABEL_PRECISION,
            "min_added": MIN_ADDED,
            "veto_right_at_most": VETO_RIGHT,
            "min_vetoed": MIN_VETOED,
        },
        "labels": {
            label: {
                "add": add.get(label),
                "veto": veto.get(label, 0.0),
                "scope": scope(label),
                "bias": fitted[label][0],
                "weights": fitted[label][1],
            }
            for label in LABELS
            if label in add or label in veto
        },
    }


@contextmanager
def readings_kept() -> Iterator[None]:
    """Each reply read once while training (``Reading.of`` kept by text).

    Training asks the coach for its notes on every reply about twelve times (each fold's
    model, each threshold tried), and each ask reads the reply again: the same sentences
    split and scored, the same result, since a reading depends on the text alone and is
    never changed once made. Keeping the readings took the training test from 19.8 s to
    16.4 s. They are kept only here, for one training run; the coach itself never keeps a
    learner's words.
    """
    with mock.patch.object(Reading, "of", staticmethod(cache(Reading.of))):
        yield


def train(data: Sequence[Example] | None = None) -> tuple[dict, dict]:
    """The weights file's content, and what choosing the thresholds saw."""
    with readings_kept():
        return _train(data)


def _train(data: Sequence[Example] | None) -> tuple[dict, dict]:
    data = examples() if data is None else data
    folds = out_of_fold(data, by_file)
    add, veto, table = choose(data, folds)
    # The skill thresholds are chosen after the vetoes, on the same pool, with each reply
    # read by the model of the fold that did not see its batch: as on new replies.
    tune = [data[i].reply for i in pool(data)]
    thresholds = choose_thresholds(
        tune, models=fold_models(data, folds, add, veto), min_notes=POOL_MIN_NOTES
    )
    # Where the learned check does not act (an exercise it was not trained on), the rules
    # work alone: their thresholds are chosen for them alone, on the same pool.
    alone = choose_thresholds(
        tune, models={ex.reply.id: _no_model() for ex in data}, min_notes=POOL_MIN_NOTES
    )
    used = [label for label in LABELS if label in add or label in veto]
    fitted = fit_all(data, used)
    seen = {
        "table": table,
        "folds": folds,
        "data": data,
        "thresholds": thresholds,
        "rules_thresholds": alone,
    }
    return document(fitted, add, veto, data), seen


@lru_cache(maxsize=1)
def chosen() -> tuple[dict, dict[str, float], dict[str, float]]:
    """The weights file's content and both sets of skill thresholds, as chosen now."""
    doc, seen = train()
    return doc, seen["thresholds"], seen["rules_thresholds"]


def dumps(doc: dict) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def _print_choice(doc: dict, seen: dict) -> None:
    table = seen["table"]
    for label in LABELS:
        spec = doc["labels"].get(label)
        if label in HARMFUL:
            shown = [f"{t:.2f} {r}/{n}" for t, (r, n) in table[label].items() if n][::5]
            what = f"adds at {spec['add']}" if spec else "never adds"
            print(f"{label:<18} {what:<16} added right/added at p >=: {', '.join(shown) or 'none'}")
        else:
            shown = [f"<{v:.2f} {r}/{n}" for v, (r, n) in table[label].items() if n][::5]
            what = f"veto below {spec['veto']}" if spec else "no veto"
            print(f"{label:<18} {what:<16} held back right/held: {', '.join(shown) or 'none'}")
    if seen["thresholds"]:
        print(f"skill thresholds chosen with the vetoes: {seen['thresholds']}")


def thresholds_block(thresholds: dict[str, float], name: str = "THRESHOLDS") -> str:
    """The skill thresholds as peerkit/coach/_thresholds.py spells them."""
    rows = "".join(f'    "{label}": {value},\n' for label, value in thresholds.items())
    return f"{name}: dict[str, float] = {{\n" + rows + "}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="compare with the shipped weights")
    mode.add_argument("--report", action="store_true", help="print cross-validated figures")
    mode.add_argument(
        "--with-rules",
        action="store_true",
        help="print what a model that also reads the rules' findings would choose (not written)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("This script needs scikit-learn: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    if args.with_rules:
        data = examples(with_rules=True)
        add, veto, table = choose(data, out_of_fold(data, by_file))
        print("A model reading the words and the rules' findings would choose:")
        doc = {"labels": {k: {"add": add.get(k), "veto": veto.get(k, 0.0)} for k in LABELS}}
        doc["labels"] = {k: v for k, v in doc["labels"].items() if k in add or k in veto}
        _print_choice(doc, {"table": table, "thresholds": {}})
        return 0
    doc, seen = train()
    text = dumps(doc)
    differ = seen["thresholds"] != THRESHOLDS
    if differ or seen["rules_thresholds"] != RULES_THRESHOLDS:
        print(
            "The skill thresholds chosen differ from peerkit/coach/_thresholds.py;"
            " put these there:\n"
            + thresholds_block(seen["thresholds"])
            + "\n"
            + thresholds_block(seen["rules_thresholds"], "RULES_THRESHOLDS"),
            file=sys.stderr,
        )
        if args.check:
            return 1
    if args.check:
        shipped = args.out.read_text(encoding="utf-8") if args.out.is_file() else ""
        if shipped != text:
            print(f"{relative(args.out)} differs from what the script trains now", file=sys.stderr)
            return 1
        print(f"{relative(args.out)} is what the script trains from the data")
        return 0
    if args.report:
        report(doc, seen)
        return 0
    args.out.write_text(text, encoding="utf-8")
    size = args.out.stat().st_size
    weights = sum(len(spec["weights"]) for spec in doc["labels"].values())
    print(f"wrote {relative(args.out)}: {weights} weights, {size:,} bytes")
    _print_choice(doc, seen)
    return 0


def report(doc: dict, seen: dict) -> None:
    data = seen["data"]
    add = {k: v["add"] for k, v in doc["labels"].items() if v["add"] is not None}
    veto = {k: v["veto"] for k, v in doc["labels"].items() if v["veto"]}
    counts = Counter(ex.source for ex in data)
    print(
        f"{len(data)} replies ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))});"
        f" {sum(ex.honest for ex in data)} never tuned on"
    )
    _print_choice(doc, seen)
    replies = [ex.reply for ex in data]
    # The rules on their own would ship with thresholds chosen for them alone, on the same
    # pool: score them so, not with the thresholds chosen beside the vetoes.
    alone = seen["rules_thresholds"]
    print(f"\nthresholds chosen for the rules alone: {alone}")
    print(f"thresholds shipped (chosen with the vetoes): {dict(THRESHOLDS)}")
    with mock.patch.dict(RULES_THRESHOLDS, alone):
        print_tables(data, rules_notes(replies), "rules only (their own thresholds)")
    folds = seen["folds"]
    print_tables(data, model_notes(data, folds), "model only, folds by file (p >= 0.5)")
    print_tables(data, combined_notes(data, folds, add, veto), "rules and model, folds by file")
    nested(data, folds)


def nested(data: Sequence[Example], folds: list[tuple[list[int], Fitted]]) -> None:
    """Each part of the pool scored with everything chosen on the other parts only.

    The figures above are read on the pool the thresholds were chosen on, so they flatter
    the combination a little. Here each group (:func:`group`) is left out in turn: the
    vetoes, additions and skill thresholds are chosen on the rest of the pool, and the
    left-out group's replies are read with them, each by its out-of-fold model. Nothing
    about a reply was chosen with it in sight: the estimate of what new replies will see.
    """
    groups = sorted({group(data[i]) for i in pool(data)})
    combined: dict[str, tuple[Note, ...]] = {}
    alone: dict[str, tuple[Note, ...]] = {}
    held_out: list[Reply] = []
    group_of = {data[i].reply.id: group(data[i]) for i in pool(data)}
    for name in groups:
        rest = pool(data, leave_out=name)
        add, veto, _ = choose(data, folds, rest)
        models = fold_models(data, folds, add, veto)
        thresholds = choose_thresholds(
            [data[i].reply for i in rest], models=models, min_notes=POOL_MIN_NOTES
        )
        rules_only = choose_thresholds(
            [data[i].reply for i in rest],
            models={ex.reply.id: _no_model() for ex in data},
            min_notes=POOL_MIN_NOTES,
        )
        held = [data[i].reply for i in pool(data) if group(data[i]) == name]
        held_out += held
        print(f"\nleft out {name} ({len(held)}): add {add}, veto {veto}")
        print(f"  thresholds {thresholds}")
        with mock.patch.dict(THRESHOLDS, thresholds):
            before = _learned.ACTIVE[0]
            try:
                for r in held:
                    _learned.ACTIVE[0] = models[r.id]
                    combined[r.id] = feedback(r.text, r.exercise)
            finally:
                _learned.ACTIVE[0] = before
        with mock.patch.dict(RULES_THRESHOLDS, rules_only):
            alone.update(rules_notes(held))
    for title, notes in (("rules only", alone), ("rules and model", combined)):
        print(f"\n--- nested, {title}: every group chosen without it ({len(held_out)} replies)")
        print_table(score(held_out, notes))
        for name in groups:
            part = [r for r in held_out if group_of[r.id] == name]
            table = score(part, notes)
            shown = sum(n for n, _ in table.by_tone.values())
            right = sum(r for _, r in table.by_tone.values())
            recall = ", ".join(
                f"{label} {found}/{gold}" for label, (gold, found) in table.harmful.items()
            )
            print(f"  {name} ({len(part)}): {right}/{shown} notes right; found {recall}")


if __name__ == "__main__":
    raise SystemExit(main())
