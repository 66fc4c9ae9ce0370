"""Live feedback as HTML, made by the feedback macros (``templates/_feedback.html.j2``).

The widget views show a learner feedback (a reply's verdict, a checked quiz answer, the
checker's notes, "Saved to your private journal") by calling :func:`feedback_html` with a
macro's name and the plain model or play objects it reads; the handouts' templates import the
same macros wherever a page shows the same thing. So a verdict label, a heading or an escape
cannot differ between the screen and the page. Autoescape is on for every template: learner
text is escaped by Jinja and never marked safe.

The crisis answer is not made here: it never depends on a template (peerkit/widgets).
"""

from __future__ import annotations

from ._render import render_macro

FEEDBACK_TEMPLATE = "_feedback.html.j2"


def feedback_html(piece: str, *args: object, **kwargs: object) -> str:
    """The HTML of one piece of feedback: the macro ``piece`` of the feedback macros."""
    return render_macro(FEEDBACK_TEMPLATE, piece, *args, **kwargs)
