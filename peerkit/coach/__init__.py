"""The response coach: explained feedback on a learner's practice reply.

``analyze(text)`` names the helping skills a reply shows (open and closed questions,
reflections, affirmations, self-disclosure, advice, information) and the habits that
can hurt (minimizing, comparing, judging), each with a short, kind message and a
suggestion. ``crisis_signs(text)`` checks whether a learner's own words suggest they
may be in crisis, so an exercise can offer support instead of coaching.

Everything is hand-written rules over word lists: deterministic, offline, instant.
The rule weights were set by hand, not fitted; ``bench/coach_eval.py`` scores the
coach against labelled replies from outside the project.
"""

from __future__ import annotations

from ._analyze import analyze
from ._crisis import crisis_signs
from ._model import HARMFUL, LABELS, Analysis, Finding

__all__ = ["HARMFUL", "LABELS", "Analysis", "Finding", "analyze", "crisis_signs"]
