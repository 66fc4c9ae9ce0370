"""The phrase matcher under the coach: sharing and compacting the compiled rules change no result."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _small(patterns: list[str] = PATTERNS, *, share: bool = True) -> PhraseSet:
    phrase_set = PhraseSet(SETS, share=share)
    for i, pattern in enumerate(patterns):
        phrase_set.add(Rule("reflection", float(i + 1)), [pattern])
    return phrase_set


def _shape(phrase_set: PhraseSet, names: dict) -> tuple[int, int]:
    """The set's two roots as numbers that are equal exactly when the graphs below are equal.

    Every distinct node (its keys in order, its rules, and the numbers of its children) gets
    a number from ``names``; pass the same ``names`` for two sets to compare them. A node that
    several paths reach is named once.
    """
    named: dict[int, int] = {}

    def name(node: dict) -> int:
        if id(node) not in named:
            key = tuple((k, name(v) if isinstance(v, dict) else tuple(v)) for k, v in node.items())
            named[id(node)] = names.setdefault(key, len(names))
        return named[id(node)]

    return name(phrase_set._free), name(phrase_set._anchored)


def _all_matches(phrase_set: PhraseSet, texts: list[str]) -> list:
    out = []
    for text in texts:
        for sentence in sentences(text):
            words = sentence.words
            out.append(phrase_set.find(words, set(range(len(words)))))
    return out


def test_does_compacting_keep_every_match_and_share_branches() -> None:
    """Are matches identical, in the same order, with fewer nodes after compact()?"""
    loose, compact = _small(share=False), _small().compact()
    assert _all_matches(compact, TEXTS) == _all_matches(loose, TEXTS)
    assert _all_matches(compact, TEXTS)[0]  # the texts do match something
    assert compact.node_count() < loose.node_count()


WORDS = ["you", "feel", "sad", "about", "it", "so"]
PART = st.sampled_from(
    [*WORDS, "*", "@feeling", "[feel|felt]", "[about it|so]", "(about)", "(so sad|it)"]
)
PATTERN = st.builds(
    lambda first, parts, last: " ".join([*first, *parts, *last]),
    st.sampled_from([[], ["^"]]),
    st.lists(PART, min_size=1, max_size=4),
    st.sampled_from([[], ["$"]]),
)


@settings(max_examples=200, deadline=None)
@given(
    patterns=st.lists(PATTERN, min_size=1, max_size=8),
    texts=st.lists(
        st.lists(st.sampled_from([*WORDS, "felt", "angry", "lonely"]), max_size=8).map(" ".join),
        min_size=1,
        max_size=4,
    ),
)
def test_does_sharing_while_adding_find_what_a_plain_trie_finds(patterns, texts) -> None:
    """Whatever the patterns and their order, do shared and plain tries find the same phrases?

    Sharing writes into copies of shared branches; a phrase written into a branch that others
    still use would show up after words it never follows, and this would see it.
    """
    plain = _small(patterns, share=False)
    expected = _all_matches(plain, texts)
    assert _all_matches(_small(patterns), texts) == expected
    assert _all_matches(_small(patterns).compact(), texts) == expected
    names: dict = {}
    assert _shape(_small(patterns).compact(), names) == _shape(plain.compact(), names)


def test_does_a_compacted_set_refuse_new_patterns() -> None:
    """Adding to a compacted set would write into shared branches, so is it refused?"""
    with pytest.raises(ValueError, match="compacted"):
        _small().compact().add(Rule("advice", 1.0), ["you should"])


def test_are_the_coachs_rules_compact_and_unchanged_in_what_they_find() -> None:
    """Do the coach's compiled rules hold few objects, find what the plain trie finds, and make
    the very graph that compacting the plain trie makes?"""
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
    names: dict = {}
    assert _shape(phrases(), names) == _shape(uncompacted.compact(), names)
