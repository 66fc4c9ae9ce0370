"""The phrase matcher under the coach: compacting the compiled rules changes no result."""

from __future__ import annotations

import csv

import pytest

from peerkit.coach._matcher import PhraseSet, Rule
from peerkit.coach._phrases import build, phrases
from peerkit.coach._tokens import sentences
from tests.conftest import ROOT

SETS = {"feeling": frozenset({"sad", "angry", "scared", "lonely"})}
PATTERNS = [
    "you [feel|felt] @feeling (about it)",
    "^ it sounds like",
    "@feeling about * $",
    "[sad|angry] about it",
]
TEXTS = [
    "you feel sad about it",
    "It sounds like you felt lonely about work",
    "honestly I am scared about everything",
    "you felt angry about it, and sad about it too",
]


def _small() -> PhraseSet:
    phrase_set = PhraseSet(SETS)
    for i, pattern in enumerate(PATTERNS):
        phrase_set.add(Rule("reflection", float(i + 1)), [pattern])
    return phrase_set


def _all_matches(phrase_set: PhraseSet, texts: list[str]) -> list:
    out = []
    for text in texts:
        for sentence in sentences(text):
            words = sentence.words
            out.append(phrase_set.find(words, set(range(len(words)))))
    return out


def test_does_compacting_keep_every_match_and_share_branches() -> None:
    """Are matches identical, in the same order, with fewer nodes after compact()?"""
    loose, compact = _small(), _small().compact()
    assert _all_matches(compact, TEXTS) == _all_matches(loose, TEXTS)
    assert _all_matches(compact, TEXTS)[0]  # the texts do match something
    assert compact.node_count() < loose.node_count()


def test_does_a_compacted_set_refuse_new_patterns() -> None:
    """Adding to a compacted set would write into shared branches, so is it refused?"""
    with pytest.raises(ValueError, match="compacted"):
        _small().compact().add(Rule("advice", 1.0), ["you should"])


def test_are_the_coachs_rules_compact_and_unchanged_in_what_they_find() -> None:
    """Do the coach's compiled rules hold few objects and find what the uncompacted trie finds?"""
    texts = [
        "It sounds like you've been carrying a lot on your own. What has helped, even a little?",
        "You should just call your sister and tell her how you feel.",
        "I had it way worse when I was your age, so I know exactly how you feel.",
        "Would it help to hear what worked for me? I used a journal in early recovery.",
        "You kept going to group even on the hard days. That took real commitment.",
    ]
    with (ROOT / "bench" / "data" / "harmful_a.csv").open(encoding="utf-8", newline="") as handle:
        texts += [row["text"] for row in csv.DictReader(handle)]
    uncompacted = build(compact=False)
    assert _all_matches(phrases(), texts) == _all_matches(uncompacted, texts)
    assert phrases().node_count() * 20 < uncompacted.node_count()
