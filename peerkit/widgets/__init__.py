"""Thin ipywidgets views over the pure exercise state in :mod:`peerkit.practice`.

One content type maps to one view class through :data:`VIEWS`. Views build
stock widgets only (no custom JavaScript) and forward every event to the state
object; they expose programmatic triggers (``choose``, ``place``, ``check``,
``answer``) that press the same buttons a learner would.
"""

from ._case import CaseView
from ._disclosure import DisclosureView
from ._figure import FigureView
from ._journal import JournalToolsView, JournalView
from ._note import NoteView
from ._quiz import QuizView
from ._rewrite import RewriteView
from ._sort import SortView

VIEWS = {
    "case": CaseView,
    "sort": SortView,
    "quiz": QuizView,
    "note": NoteView,
    "rewrite": RewriteView,
    "disclosure": DisclosureView,
    "journal": JournalView,
    "figure": FigureView,
}
"""The live view of each content type, by the ``type`` written in the file."""

__all__ = [
    "VIEWS",
    "CaseView",
    "DisclosureView",
    "FigureView",
    "JournalToolsView",
    "JournalView",
    "NoteView",
    "QuizView",
    "RewriteView",
    "SortView",
]
