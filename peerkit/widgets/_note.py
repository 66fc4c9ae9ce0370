"""A note has nothing to do: its live view is its static HTML."""

from __future__ import annotations

import ipywidgets as W

from ..content import Note
from ..static import render_item, with_style


class NoteView:
    def __init__(self, note: Note, play: None = None, on_change: None = None):
        self.note = note
        self.widget = W.HTML(with_style(render_item(note)))
