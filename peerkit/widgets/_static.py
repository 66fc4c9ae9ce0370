"""The live view of content that only shows itself (a note, a figure): its static HTML."""

from __future__ import annotations

import ipywidgets as W

from ..static import with_style


class StaticView:
    """A view with nothing to do: the item's static HTML, with its stylesheet."""

    def __init__(self, html: str) -> None:
        self.widget = W.HTML(with_style(html))
