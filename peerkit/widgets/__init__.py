"""Thin ipywidgets views over the pure exercise state in :mod:`peerkit.practice`.

One content type maps to one view class through :data:`VIEWS`. Views build
stock widgets only (no custom JavaScript) and forward every event to the state
object; they expose programmatic triggers (``choose``, ``place``, ``check``,
``answer``) that press the same buttons a learner would.
"""

from ._case import CaseView
from ._note import NoteView
from ._quiz import QuizView
from ._sort import SortView

VIEWS = {"case": CaseView, "sort": SortView, "quiz": QuizView, "note": NoteView}
"""The live view of each content type, by the ``type`` written in the file."""

__all__ = ["VIEWS", "CaseView", "NoteView", "QuizView", "SortView"]
