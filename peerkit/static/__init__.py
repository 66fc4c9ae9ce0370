"""Static HTML: the Jinja templates and the course-wide panels, for handouts, saved notebooks
and print. Each content type's template is a file of macros (see :func:`macro`); the
registry (:mod:`peerkit.api._registry`) says which template each type uses. Live feedback is
made by the feedback macros (:func:`feedback_html`), which the handouts share."""

from ._live_feedback import FEEDBACK_TEMPLATE, feedback_html
from ._render import (
    Edition,
    environment,
    macro,
    render_crisis,
    render_lesson,
    render_local_rules,
    render_macro,
    render_references,
    stylesheet,
    with_style,
)

__all__ = [
    "FEEDBACK_TEMPLATE",
    "Edition",
    "environment",
    "feedback_html",
    "macro",
    "render_crisis",
    "render_lesson",
    "render_local_rules",
    "render_macro",
    "render_references",
    "stylesheet",
    "with_style",
]
