"""A figure has nothing to do: its live view is its static HTML (the inline SVG and its text)."""

from __future__ import annotations

import ipywidgets as W

from ..content import Figure
from ..static import render_item, with_style


class FigureView:
    def __init__(self, figure: Figure, play: None = None, on_change: None = None):
        self.figure = figure
        self.widget = W.HTML(with_style(render_item(figure)))
