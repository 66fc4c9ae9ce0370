"""Pure state for each kind of exercise: what the learner did and what it earned.

Nothing here imports ipywidgets; tests drive these objects directly and the
widget views in :mod:`peerkit.widgets` only forward events to them.
"""

from ._agreement import AgreementPlay, PartResult, Script
from ._case import (
    OUTCOME_LABELS,
    VERDICT_LABELS,
    CasePlay,
    Outcome,
    PathList,
    PlayError,
    Step,
    count_paths,
    covering_walks,
    list_paths,
)
from ._coaching import TONE_HEADINGS, FeedbackItem, Principle
from ._disclosure import (
    CHECKS,
    STATUS_LABELS,
    CheckInfo,
    CheckResult,
    DisclosureFeedback,
    DisclosurePlay,
    Rating,
    SelfRating,
)
from ._journal import NO_LESSON, JournalPlay
from ._order import FILE_ORDER, Order
from ._quiz import OptionResult, QuestionResult, QuizPlay
from ._rewrite import RewriteFeedback, RewritePlay
from ._safety_plan import PlanFeedback, SafetyPlanPlay, SectionFeedback
from ._say_aloud import SayAloudPlay, StepFeedback
from ._sort import CardResult, SortPlay, SortResult

__all__ = [
    "CHECKS",
    "FILE_ORDER",
    "NO_LESSON",
    "OUTCOME_LABELS",
    "STATUS_LABELS",
    "TONE_HEADINGS",
    "VERDICT_LABELS",
    "AgreementPlay",
    "CardResult",
    "CasePlay",
    "CheckInfo",
    "CheckResult",
    "DisclosureFeedback",
    "DisclosurePlay",
    "FeedbackItem",
    "JournalPlay",
    "OptionResult",
    "Order",
    "Outcome",
    "PartResult",
    "PathList",
    "PlanFeedback",
    "PlayError",
    "Principle",
    "QuestionResult",
    "QuizPlay",
    "Rating",
    "RewriteFeedback",
    "RewritePlay",
    "SafetyPlanPlay",
    "SayAloudPlay",
    "Script",
    "SectionFeedback",
    "SelfRating",
    "SortPlay",
    "SortResult",
    "Step",
    "StepFeedback",
    "count_paths",
    "covering_walks",
    "list_paths",
]
