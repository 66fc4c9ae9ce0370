"""The response coach: explained feedback on a learner's practice reply.

``feedback(text, exercise=None)`` returns the notes a written exercise shows: each
names what the reply does, in a tone ("strength", "reconsider" or "note"), tied to
the principle the lessons teach. With ``exercise`` (a written exercise id) the notes
follow that exercise's rubric: what a good reply does and avoids, as its file
declares. Skill notes are shown only when the coach is sure; harmful habits
(minimizing, comparing, judging, promising secrecy) and direct questions about
suicide keep their own rules.

``analyze(text)`` names the helping skills a reply shows (open and closed questions,
reflections, affirmations, self-disclosure, advice, information) and the habits that
can hurt, each with a short message, a suggestion and a confidence, in the sense of
the research labels ``bench/coach_eval.py`` scores it against. ``crisis_signs(text)``
checks whether a learner's own words suggest they may be in crisis, so an exercise
can offer support instead of coaching.

Everything is deterministic, offline and instant. The findings come from hand-written
rules over word lists, with weights set by hand. For the written exercises, the harmful
habits and clear advice are also read from the shape of each sentence (who it is
about, whether it predicts, commands, ranks, demands a reason or names a limit; see
``_shapes``), so that new wordings of a habit are found, not only the ones seen. Beside
the rules, a small learned check (``_learned``: a logistic regression per label over
words and word pairs, trained only on the project's own labelled replies by
``bench/train_coach.py``) holds back a skill note the rules would give when it is
confident the reply does not do that, and adds a harmful habit the rules missed where
cross-validation showed it can. The confidence a skill note needs was chosen on the
project's own labelled replies (``bench/train_coach.py``), with that check in place.
"""

from __future__ import annotations

from ._analyze import analyze
from ._distress_signs import crisis_signs
from ._feedback import feedback
from ._model import HARMFUL, LABELS, SKILLS, Analysis, Finding
from ._notes import TONE_HEADINGS, Note, Principle
from ._thresholds import MEASURED, THRESHOLDS, Measured

__all__ = [
    "HARMFUL",
    "LABELS",
    "MEASURED",
    "SKILLS",
    "THRESHOLDS",
    "TONE_HEADINGS",
    "Analysis",
    "Finding",
    "Measured",
    "Note",
    "Principle",
    "analyze",
    "crisis_signs",
    "feedback",
]
