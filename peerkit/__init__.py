"""peerkit: an interactive training curriculum for peer support specialists.

Notebooks call a handful of functions, each returning an object that shows
itself as a live exercise in JupyterLab and as static HTML in handouts:

    import peerkit
    peerkit.lesson("01-building-trust")    # the lesson's aims and timing
    peerkit.show("cs02-drank-again")       # a case study, sort, quiz or note
    peerkit.crisis_resources()             # crisis lines for the course's region
    peerkit.references()                   # the lesson's reference list
    peerkit.self_check()                   # silent check that every exercise works

Content lives in data/ as YAML; ``peerkit validate`` checks it.
"""

from ._display import crisis_resources, lesson, references, show
from ._selfcheck import SelfCheckError, self_check
from .content import ContentError, Problem, load_library, validate

__version__ = "0.1.0"

__all__ = [
    "ContentError",
    "Problem",
    "SelfCheckError",
    "__version__",
    "crisis_resources",
    "lesson",
    "load_library",
    "references",
    "self_check",
    "show",
    "validate",
]
