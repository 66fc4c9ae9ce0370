"""Thin ipywidgets views over the pure exercise state in :mod:`peerkit.practice`.

Views build stock widgets only (no custom JavaScript) and forward every event to the
state object (the play); they expose programmatic triggers (``choose``, ``place``,
``check``, ``answer``, ``write``, ``save``) that press the same buttons a learner would.

Every view of a content item is made the same way (the registry, :mod:`peerkit.api._registry`,
makes them): ``View(item, play=None, on_change=None, order=FILE_ORDER, *, kind, journal=None)``,
where ``play`` is saved state to reopen, ``on_change`` is called with the play after each
change a learner makes, ``order`` is the learner's own shuffle of replies, options and cards,
``kind`` is what the course calls the type (its title starts with it) and ``journal`` is
where "Save to my journal" saves. A view uses the arguments its type needs.
"""

from ._agreement import AgreementView
from ._case import CaseView
from ._disclosure import DisclosureView
from ._journal import JournalView
from ._journal_tools import JournalPanel, JournalToolsView
from ._quiz import QuizView
from ._rewrite import RewriteView
from ._safety_plan import SafetyPlanView
from ._say_aloud import SayAloudView
from ._sort import SortView
from ._static import StaticView

__all__ = [
    "AgreementView",
    "CaseView",
    "DisclosureView",
    "JournalPanel",
    "JournalToolsView",
    "JournalView",
    "QuizView",
    "RewriteView",
    "SafetyPlanView",
    "SayAloudView",
    "SortView",
    "StaticView",
]
