"""The confidence a skill note needs before a written exercise shows it.

Chosen by ``python bench/train_coach.py`` (``bench/coach_feedback_eval.py --choose``
prints the same) on the project's own labelled replies that the rules were not written
on before this round: the probe set's held-out part and the third round's files
(``bench/data/coach_check3_*``, ``coach_round3_*``, ``coach_round3b_*``,
``coach_round3c_*``; the round's rule fixes read all but the probe part, see
bench/data/README.md). On replies the rules were written on they are right almost every
time, which would flatter any threshold. For each skill: the lowest confidence at which the notes shown there are
right at least ``TARGET`` of the time, judged wherever at least ten notes are shown. A
skill that never reaches it is not shown at all (threshold above 1). The learned
check's vetoes (``_learned``) act after these thresholds, so they are chosen with the
vetoes in place, each reply read by the cross-validation model that never saw its batch.
The fresh test set (``coach_fresh_*``) is only ever scored with these values, never used
to choose them. ``tests/test_coach_learned.py`` checks that these numbers are the ones
the script chooses.
"""

from __future__ import annotations

from typing import NamedTuple


class Measured(NamedTuple):
    """How often the shown notes were right on held-out replies, as the learner's caveat says.

    This is the one place the figure lives: ``checker_caveat()`` in
    ``peerkit/widgets/_written.py`` words it for learners, and
    ``tests/test_coach_feedback_eval.py`` scores ``split`` of ``gold`` again and checks
    that the numbers here are the ones ``bench/coach_feedback_eval.py`` prints. When a
    new held-out set is scored, change the fields here and nothing else.
    """

    gold: str
    """The labelled file in ``bench/data/`` the figures come from."""
    replies_file: str
    """The replies that file labels, in ``bench/data/``."""
    split: str
    """The held-out split scored (never one the rules or thresholds were tuned on)."""
    replies: int
    shown: int
    """Notes with a label from the labelled set that the exercises showed."""
    right: int
    """Of those, the notes whose label the reply really carries."""


TARGET = 0.95
"""Precision asked of each skill's notes where thresholds are chosen (the issue asks 0.90
on replies the coach has never seen; the margin allows for chance in a few hundred)."""

THRESHOLDS: dict[str, float] = {
    "open_question": 0.5,
    "closed_question": 0.625,
    "reflection": 0.5,
    "affirmation": 0.5,
    "self_disclosure": 0.5,
    "advice": 0.537,
    "information": 0.5,
}
"""In the exercises the learned check was trained on, where its vetoes act too."""

RULES_THRESHOLDS: dict[str, float] = {
    "open_question": 0.5,
    "closed_question": 0.625,
    "reflection": 0.812,
    "affirmation": 0.75,
    "self_disclosure": 1.01,
    "advice": 0.875,
    "information": 0.75,
}
"""Everywhere else (a facilitator's own exercise, or no exercise): the rules alone, so
chosen for the rules alone on the same replies."""


def in_use(learned: bool) -> dict[str, float]:
    """The thresholds for a reply: with the learned check beside the rules, or without."""
    return THRESHOLDS if learned else RULES_THRESHOLDS


MEASURED = Measured("coach_fresh_gold.csv", "coach_fresh_replies.csv", "test", 312, 478, 450)
"""``bench/coach_feedback_eval.py`` on held-out replies: replies, notes shown, notes right.
It is what the caveat under written feedback tells learners ("about 9 in 10")."""
