"""peerkit: an interactive training curriculum for peer support specialists.

Notebooks call a handful of functions, each returning an object that shows itself
as a live exercise in JupyterLab and as static HTML in handouts:

    import peerkit
    peerkit.lesson("01-building-trust")    # the lesson's aims and timing
    peerkit.show("cs02-drank-again")       # a case study, sort, quiz, note, ...
    peerkit.crisis_resources()             # crisis lines for the learner's region, or every region's
    peerkit.local_rules()                  # local reporting and confidentiality rules
    peerkit.references()                   # the lesson's reference list

The welcome notebook also calls peerkit.region_picker() (the learner chooses the
crisis lines every lesson shows), peerkit.journal_tools() (where the private journal
is kept, with export and delete) and peerkit.progress() (exercises finished per lesson).

The facilitator guide also calls peerkit.agenda() (a course: ``course="two-day"``),
peerkit.session_plan(lesson), peerkit.answer_key(lesson), peerkit.guide_section(id),
peerkit.adaptations(), peerkit.local_rules_example(), peerkit.time_sensitive_facts() and
peerkit.crisis_checks(); learner notebooks never do.

Content lives in data/ as YAML; ``peerkit validate`` checks it. The functions, and the
registry of content types behind ``show``, are in :mod:`peerkit.api`.
"""

from .api import (
    adaptations,
    agenda,
    answer_key,
    crisis_checks,
    crisis_resources,
    guide_section,
    journal_tools,
    lesson,
    local_rules,
    local_rules_example,
    progress,
    references,
    region_picker,
    session_plan,
    show,
    time_sensitive_facts,
)
from .content import ContentError, Problem, load_library, validate

__version__ = "0.1.0"

__all__ = [
    "ContentError",
    "Problem",
    "__version__",
    "adaptations",
    "agenda",
    "answer_key",
    "crisis_checks",
    "crisis_resources",
    "guide_section",
    "journal_tools",
    "lesson",
    "load_library",
    "local_rules",
    "local_rules_example",
    "progress",
    "references",
    "region_picker",
    "session_plan",
    "show",
    "time_sensitive_facts",
    "validate",
]
