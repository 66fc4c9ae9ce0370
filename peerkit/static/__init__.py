"""Static HTML: the Jinja templates and the course-wide panels, for handouts, saved notebooks
and print. Each content type's template is a file of macros (see :func:`macro`); the
registry (:mod:`peerkit.api._registry`) says which template each type uses."""

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
    "Edition",
    "environment",
    "macro",
    "render_crisis",
    "render_lesson",
    "render_local_rules",
    "render_macro",
    "render_references",
    "stylesheet",
    "with_style",
]
