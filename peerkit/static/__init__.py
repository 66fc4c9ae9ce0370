"""Static HTML views of content, for handouts, untrusted notebooks and print."""

from ._render import (
    TEMPLATES,
    Edition,
    anchor_for,
    environment,
    render_crisis,
    render_item,
    render_lesson,
    render_local_rules,
    render_references,
    stylesheet,
    with_style,
)

__all__ = [
    "TEMPLATES",
    "Edition",
    "anchor_for",
    "environment",
    "render_crisis",
    "render_item",
    "render_lesson",
    "render_local_rules",
    "render_references",
    "stylesheet",
    "with_style",
]
