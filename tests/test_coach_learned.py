"""The coach's learned check: what it was trained on, how it loads, and how it joins the rules."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from peerkit.coach import HARMFUL, SKILLS, THRESHOLDS, _learned, feedback
from peerkit.coach._learned import FORMAT, LabelModel, Learned, keys
from peerkit.coach._thresholds import RULES_THRESHOLDS
from tests.bench_scripts import BENCH, load_bench

ROOT = BENCH.parent
DATA = BENCH / "data"
EVALDATA = ROOT.parent / "shared" / "evaldata"
DOC = json.loads(_learned.WEIGHTS.read_text(encoding="utf-8"))
SIX = sorted(DOC["exercises"])


@contextmanager
def using(model: Learned) -> Iterator[None]:
    """feedback() with ``model`` as the learned check."""
    before = _learned.ACTIVE[0]
    _learned.ACTIVE[0] = model
    try:
        yield
    finally:
        _learned.ACTIVE[0] = before


def eager(**labels: LabelModel) -> Learned:
    """A model with the given label models, acting in the six exercises."""
    return Learned(dict(labels), frozenset(SIX))


def always(label: str, **thresholds: float) -> LabelModel:
    """A label model that gives every sentence a probability near 1 (``bias`` 8)."""
    return LabelModel(label, 8.0, {}, **thresholds)


def never(label: str, **thresholds: float) -> LabelModel:
    """A label model that gives every sentence a probability near 0."""
    return LabelModel(label, -8.0, {}, **thresholds)


ADD_ALL = eager(**{label: always(label, add=0.5) for label in HARMFUL})
INERT = eager(advice=LabelModel("advice", 0.0, {}))
"""A model that acts in the six exercises (their thresholds apply) but changes nothing."""


# --- what it was trained on ----------------------------------------------------------------


def test_were_the_shipped_weights_trained_only_on_the_projects_own_files():
    """Is every file the weights record under bench/data, unchanged, and none from evaldata?"""
    trained = DOC["trained_on"]
    assert trained
    data = DATA.resolve()
    for entry in trained:
        assert "evaldata" not in entry["path"].lower()
        path = (ROOT / entry["path"]).resolve()
        assert path.is_relative_to(data), entry["path"]
        assert not path.is_relative_to(EVALDATA.resolve())
        assert path.is_file(), f"{entry['path']} is gone: train again (bench/train_coach.py)"
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest == entry["sha256"], f"{entry['path']} changed since the weights were trained"
    script = load_bench("train_coach")
    assert [e["path"] for e in trained] == [
        script.relative(path) for pair in script.TRAINING for path in pair
    ]
    replies = sum(e.get("replies", 0) for e in trained)
    assert replies == 620 + 916 + 171 + 174 + 150 + 150
    assert not [e for e in trained if "fresh" in e["path"]]  # the test set is never learned from


def test_is_no_training_reply_or_file_taken_from_the_evaluation_data():
    """Does no evaldata file share a hash with a training file, and no evaldata text a reply?"""
    if not EVALDATA.is_dir():
        pytest.skip(f"{EVALDATA} is not beside the repository on this machine")
    hashes = {entry["sha256"] for entry in DOC["trained_on"]}
    texts: set[str] = set()
    for path in sorted(EVALDATA.rglob("*")):
        if not path.is_file():
            continue
        assert hashlib.sha256(path.read_bytes()).hexdigest() not in hashes, path.name
        if path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    text = " ".join((row.get("text") or "").split()).lower()
                    if len(text) > 30:
                        texts.add(text)
    assert texts
    for entry in DOC["trained_on"]:
        with (ROOT / entry["path"]).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if "text" in row:
                    assert " ".join(row["text"].split()).lower() not in texts, row["id"]


@pytest.mark.slow  # trains the coach's learned check again
def test_does_the_training_script_reproduce_the_shipped_weights():
    """Trained again from the data, are the weights byte for byte the shipped file?"""
    pytest.importorskip("sklearn")
    script = load_bench("train_coach")
    doc, thresholds, rules_thresholds = script.chosen()
    assert script.dumps(doc) == _learned.WEIGHTS.read_text(encoding="utf-8")
    assert thresholds == THRESHOLDS and rules_thresholds == RULES_THRESHOLDS
    assert doc["settings"]["penalty"] == "l1"


# --- the weights file ------------------------------------------------------------------------


def test_do_the_weights_load_small_readable_and_with_only_non_zero_weights():
    """Does the file load into label models, stay well under 1 MB, and hold no zero weight?"""
    model = _learned.shipped()
    assert model is not None and model.labels
    assert _learned.WEIGHTS.stat().st_size < 200_000
    assert set(model.labels) == set(DOC["labels"])
    assert model.exercises == frozenset(SIX) and len(SIX) == 6
    for label, spec in DOC["labels"].items():
        assert label in SKILLS or label in HARMFUL
        assert spec["weights"] and all(w != 0 for w in spec["weights"].values())
        lm = model.labels[label]
        assert len(lm.weights) == len(spec["weights"])
        assert lm.add <= 1.0 or lm.veto > 0.0  # only labels that act are written
    pairs = [k for lm in model.labels.values() for k in lm.weights if isinstance(k, tuple)]
    assert pairs and all(len(k) == 2 for k in pairs)


def test_does_a_wrong_format_or_unknown_label_fail_plainly():
    """Is a weights file of another format, or naming a label the coach lacks, refused in words?"""
    with pytest.raises(ValueError, match="format"):
        Learned.from_dict({**DOC, "format": FORMAT + 1})
    with pytest.raises(ValueError, match="unknown label"):
        Learned.from_dict({**DOC, "labels": {"shouting": {"bias": 0, "weights": {}}}})


def test_without_a_weights_file_do_the_rules_work_alone(monkeypatch, tmp_path):
    """With the file missing, are the notes the rules' own, with no error?"""
    text = "That sounds hard. Everyone feels like that, you'll be fine."
    with using(Learned({})):
        alone = feedback(text, "rewrite-stay-positive")
    monkeypatch.setattr(_learned, "WEIGHTS", tmp_path / "none.json")
    _learned.shipped.cache_clear()
    try:
        assert _learned.shipped() is None
        assert feedback(text, "rewrite-stay-positive") == alone
    finally:
        monkeypatch.undo()
        _learned.shipped.cache_clear()


def test_are_keys_words_and_pairs_each_once_in_order():
    """Does a sentence give its words and neighbouring pairs, with its start and end, once each?"""
    assert keys(()) == [("<s>", "</s>")]
    assert keys(("ok",)) == ["ok", ("<s>", "ok"), ("ok", "</s>")]
    assert keys(("you", "will", "you")) == [
        "you",
        ("<s>", "you"),
        "will",
        ("you", "will"),
        ("will", "you"),
        ("you", "</s>"),
    ]


# --- how it joins the rules --------------------------------------------------------------------


def labels_of(notes) -> set[tuple[str, str]]:
    return {(n.label, n.tone) for n in notes if not n.check}


def test_does_the_model_add_a_habit_where_no_veto_holds():
    """With a model sure of every habit, does a plain sentence get the notes (so the vetoes below can fail)?"""
    with using(ADD_ALL):
        shown = labels_of(
            feedback("We could meet on Tuesday at the centre.", "rewrite-stay-positive")
        )
    assert {(label, "reconsider") for label in HARMFUL} <= shown


def test_are_honest_limits_never_marked_as_promising_secrecy():
    """Does a sentence naming a limit to confidentiality never get a learned secrecy note?"""
    for text in (
        "What you say stays with me and my supervisor, unless someone's safety is at risk.",
        "I keep things private, but if I was worried about your safety I'd have to tell someone.",
        "I can't promise to keep everything to myself, but I'll always tell you first.",
    ):
        for exercise in SIX:
            with using(ADD_ALL):
                notes = feedback(text, exercise)
            assert "promising_secrecy" not in {n.label for n in notes}, (text, exercise)


def test_is_a_direct_question_about_suicide_never_marked_to_reconsider():
    """In every exercise, is asking directly a strength and never a learned habit?"""
    for text in (
        "Are you thinking about killing yourself?",
        "Have you had thoughts of ending your life?",
        "Sometimes people who feel this low think about suicide. Is that on your mind?",
    ):
        for exercise in SIX:
            with using(ADD_ALL):
                notes = [n for n in feedback(text, exercise) if not n.check]
            assert not [n for n in notes if n.tone == "reconsider"], (text, exercise, notes)
            assert [n for n in notes if n.kind == "suicide" and n.tone == "strength"], (
                text,
                exercise,
            )


def test_is_a_behaviour_the_exercise_asks_for_never_marked_by_the_model():
    """Is the "I" statement and the need that "From 'you should' to 'I'" asks for left to the rules?"""
    for text in (
        "I was worried when you didn't come.",
        "I'd like us to agree a way to let each other know.",
    ):
        with using(ADD_ALL):
            notes = feedback(text, "rewrite-you-should")
        assert not [n for n in notes if n.harmful], (text, notes)
        assert [n for n in notes if n.tone == "strength"], text


def test_is_small_talk_never_marked_and_a_rules_habit_never_doubled():
    """Is "Thanks, take care" left alone, and a sentence the rules call judging not also a learned habit?"""
    with using(ADD_ALL):
        assert not [n for n in feedback("Thanks, take care!", "rewrite-stay-positive") if n.harmful]
        notes = feedback("Why didn't you just call me?", "rewrite-you-should")
    harmful = {n.label for n in notes if n.harmful}
    assert harmful == {"judging"}


def test_does_the_model_speak_only_in_the_exercises_it_was_trained_on():
    """Without an exercise, or in one it never saw, are the notes the rules' own?"""
    text = "We could meet on Tuesday at the centre."
    with using(Learned({})):
        alone = feedback(text)
    with using(eager(**{label: always(label, add=0.5) for label in HARMFUL})):
        assert feedback(text) == alone
    unseen = Learned(ADD_ALL.labels, frozenset({"rewrite-stay-positive"}))
    with using(unseen):
        assert not [n for n in feedback(text, "rewrite-happened-to-me") if n.harmful]


def test_does_a_veto_hold_back_a_skill_note_and_never_a_habit_or_a_question_about_suicide():
    """Does a confident "no" hold a reflection back, and leave habits and asking directly alone?"""
    text = "That sounds really hard. Everyone feels low, you'll be fine. Are you thinking about suicide?"
    exercise = "rewrite-stay-positive"
    with using(INERT):
        alone = labels_of(feedback(text, exercise))
    assert {("reflection", "strength"), ("minimizing", "reconsider")} <= alone
    doubting = eager(
        reflection=never("reflection", veto=0.5),
        closed_question=never("closed_question", veto=0.5),
        minimizing=never("minimizing", veto=0.5),
    )
    with using(doubting):
        notes = feedback(text, exercise)
    shown = labels_of(notes)
    assert "reflection" not in {label for label, _ in shown}
    assert ("minimizing", "reconsider") in shown
    assert [n for n in notes if n.label == "closed_question" and n.kind == "suicide"]
    with using(eager(reflection=always("reflection", veto=0.5))):
        assert ("reflection", "strength") in labels_of(feedback(text, exercise))


SCRIPT = """
import csv, json, sys
from peerkit.coach import HARMFUL, _learned, feedback
from peerkit.coach._learned import LabelModel, Learned
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))[:150]
out = []
for model in (None, "eager"):
    if model:
        six = _learned.shipped().exercises
        _learned.ACTIVE[0] = Learned(
            {l: LabelModel(l, 0.0, {"you": 1.5, "just": 1.0, ("you", "will"): 2.0}, add=0.8)
             for l in sorted(HARMFUL)}, six)
    for row in rows:
        notes = feedback(row["text"], row["exercise"])
        out.append([(n.label, n.tone, n.kind, n.quotes, n.confidence) for n in notes])
print(json.dumps(out))
"""


@pytest.mark.slow  # two Python processes read 300 replies each (about 14 s)
def test_are_the_notes_the_same_in_two_processes_with_different_hash_seeds(tmp_path):
    """Do two processes with different hash seeds show the same notes, the shipped and an eager model alike?"""
    replies = DATA / "coach_probe_replies.csv"
    outputs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(replies)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
            timeout=300,
        )
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == 300
    eager_half = outputs[0][150:]
    assert any(n[0] in HARMFUL for notes in eager_half for n in notes)


def test_does_the_shipped_model_change_what_some_training_reply_shows():
    """Is the shipped check in use: on the project's replies, does it change some reply's notes?"""
    path = DATA / "coach_round3b_replies.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    changed = 0
    for row in rows:
        with using(Learned({})):
            alone = feedback(row["text"], row["exercise"])
        if feedback(row["text"], row["exercise"]) != alone:
            changed += 1
    assert changed > 0


# --- reply scope (the habits) ------------------------------------------------------------------


def reply_sure(label: str, **weights: float) -> LabelModel:
    """A reply-scope model sure the reply holds ``label``, weighing sentences by ``weights``."""
    return LabelModel(label, 8.0, dict(weights), add=0.5, scope="reply")


def test_does_a_reply_scope_habit_quote_the_sentence_that_weighs_most():
    """Is the added note on the sentence whose own words carry the weight, not the first one?"""
    model = eager(comparing=reply_sure("comparing", crowd=2.0))
    text = "We could meet on Saturday. Your old crowd can wait."
    with using(Learned({})):
        assert "comparing" not in {n.label for n in feedback(text, "rewrite-happened-to-me")}
    with using(model):
        notes = [n for n in feedback(text, "rewrite-happened-to-me") if n.label == "comparing"]
    assert notes and notes[0].tone == "reconsider"
    assert notes[0].quotes == ("Your old crowd can wait.",)


def test_does_a_reply_scope_habit_respect_every_veto():
    """Honest limits, a question about suicide and small talk: is nothing added, whatever the reply's probability?"""
    sure = eager(**{label: reply_sure(label) for label in HARMFUL})
    cases = [
        (
            "What you tell me stays with me and my supervisor, unless someone's safety is at risk.",
            "promising_secrecy",
        ),
        ("Are you thinking about ending your life?", None),
        ("Thanks, take care!", None),
    ]
    for exercise in SIX:
        for text, label in cases:
            with using(sure):
                notes = [n for n in feedback(text, exercise) if not n.check]
            if label is None:
                assert not [n for n in notes if n.harmful], (text, exercise, notes)
            else:
                assert label not in {n.label for n in notes}, (text, exercise)


def test_does_an_added_habit_take_away_the_strength_on_its_sentence():
    """A sentence the model marks as minimizing: is it never praised as well?"""
    model = eager(minimizing=reply_sure("minimizing"))
    text = "You got yourself to the allotment every week, even on the hard days."
    with using(Learned({})):
        assert [n for n in feedback(text, "rewrite-praise-to-affirmation") if n.tone == "strength"]
    with using(model):
        notes = [n for n in feedback(text, "rewrite-praise-to-affirmation") if not n.check]
    assert [n.label for n in notes if n.harmful] == ["minimizing"]
    assert not [n for n in notes if n.tone == "strength"]


def test_is_an_unknown_scope_refused_plainly():
    """Does a weights file with a scope the code does not know fail with a plain message?"""
    spec = {"bias": 0.0, "weights": {}, "scope": "paragraph"}
    with pytest.raises(ValueError, match="unknown scope"):
        Learned.from_dict({**DOC, "labels": {"minimizing": spec}})


def test_are_the_rules_held_to_their_own_thresholds_where_the_model_does_not_act():
    """In an exercise the model never saw, or with no model, are RULES_THRESHOLDS the ones in use?"""
    from peerkit.coach import _thresholds

    text = "That sounds really hard."
    exercise = "rewrite-stay-positive"
    with using(INERT):
        notes = feedback(text, exercise)
    (reflection,) = [n for n in notes if n.label == "reflection"]
    assert THRESHOLDS["reflection"] <= reflection.confidence
    with using(Learned({})):
        with_rules = feedback(text, exercise)
    shown = reflection.confidence >= RULES_THRESHOLDS["reflection"]
    assert bool([n for n in with_rules if n.label == "reflection"]) == shown
    assert _thresholds.in_use(True) is THRESHOLDS
    assert _thresholds.in_use(False) is RULES_THRESHOLDS
