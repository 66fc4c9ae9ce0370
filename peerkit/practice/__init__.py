"""Pure state for each kind of exercise: what the learner did and what it earned.

Nothing here imports ipywidgets; tests drive these objects directly and the
widget views in :mod:`peerkit.widgets` only forward events to them.
"""

from ._case import OUTCOME_LABELS, VERDICT_LABELS, CasePlay, Outcome, PlayError, Step, all_paths
from ._quiz import OptionResult, QuestionResult, QuizPlay
from ._sort import CardResult, SortPlay, SortResult

__all__ = [
    "OUTCOME_LABELS",
    "VERDICT_LABELS",
    "CardResult",
    "CasePlay",
    "OptionResult",
    "Outcome",
    "PlayError",
    "QuestionResult",
    "QuizPlay",
    "SortPlay",
    "SortResult",
    "Step",
    "all_paths",
]
