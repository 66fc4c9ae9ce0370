"""The notebook API: what lesson notebooks call, and the registry of content types behind it."""

from ._registry import REGISTRY, ROWS, ContentType, exercises, new_view, render_item, row_for

__all__ = [
    "REGISTRY",
    "ROWS",
    "ContentType",
    "exercises",
    "new_view",
    "render_item",
    "row_for",
]
