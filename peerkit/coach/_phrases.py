"""All phrase rules compiled into one trie, built once when the coach is first imported."""

from __future__ import annotations

import functools

from ._matcher import PhraseSet
from ._rules_course import COURSE_RULES
from ._rules_guidance import GUIDANCE_RULES
from ._rules_harmful import HARMFUL_RULES
from ._rules_other import OTHER_RULES
from ._rules_questions import QUESTION_RULES
from ._rules_support import SUPPORT_RULES
from ._wordsets import WORD_SETS

FILLERS: frozenset[str] = WORD_SETS["filler"]
# Before a question, "so", "then" and "just" are fillers too ("So, what happened?").
QUESTION_FILLERS: frozenset[str] = FILLERS | {
    "so",
    "then",
    "just",
    "like",
    "wh",
    "w",
    "th",
    "h",
}


def build(*, compact: bool = True) -> PhraseSet:
    """Compile every rule table into a single :class:`PhraseSet`, compacted unless told.

    ``compact=False`` gives the plain trie, each path with nodes of its own: what the
    coach's speed script weighs against the shipped rules, and the tests' reference.
    """
    phrases = PhraseSet(WORD_SETS, share=compact)
    tables = (
        QUESTION_RULES,
        SUPPORT_RULES,
        GUIDANCE_RULES,
        HARMFUL_RULES,
        OTHER_RULES,
        COURSE_RULES,
    )
    for table in tables:
        for rule, patterns in table:
            phrases.add(rule, patterns)
    return phrases.compact() if compact else phrases


@functools.cache
def phrases() -> PhraseSet:
    """The compiled rules, built on first use (about 0.15 s of CPU), not when a notebook imports peerkit."""
    return build()
