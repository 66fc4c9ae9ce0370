"""A copy of the journal for the learner's own browser to download.

The journal panel's "Export…" offers the learner's entries as a real browser download, in
Markdown or as a web page: the file is made in memory and handed to the browser inside the
link itself (a ``data:`` address), so it reaches the learner's computer whether the course
runs there, on Binder or on a hub, and nothing is written on the server: not into the
course folder, not into the server's home folder. The command line (``peerkit journal
export PATH``) still writes a file where its user says.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from ._export import FORMATS, render_html, render_markdown
from ._records import Entry

MEDIA_TYPES = {"markdown": "text/markdown", "html": "text/html"}
SUFFIXES = {"markdown": ".md", "html": ".html"}
LABELS = {
    "markdown": "Download as text (Markdown, .md)",
    "html": "Download as a web page (.html)",
}


@dataclass(frozen=True)
class Download:
    """One file for the browser to save: its name, what it holds, and how many entries."""

    format: str
    filename: str
    text: str
    entries: int

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.format]

    @property
    def label(self) -> str:
        return LABELS[self.format]

    def data_url(self) -> str:
        """The file as a ``data:`` address: the browser saves it without asking any server."""
        encoded = base64.b64encode(self.text.encode("utf-8")).decode("ascii")
        return f"data:{self.media_type};charset=utf-8;base64,{encoded}"


def prepare_download(
    entries: Sequence[Entry],
    format: str,
    titles: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> Download:
    """The journal as a file to download, as ``"markdown"`` or ``"html"``."""
    if format not in FORMATS:
        raise ValueError(f"there is no export format {format!r} (known: {', '.join(FORMATS)})")
    moment = now or datetime.now(timezone.utc)
    render = render_html if format == "html" else render_markdown
    text = render(entries, moment, titles)
    day = moment.astimezone().date().isoformat()
    return Download(format, f"peerkit-journal-{day}{SUFFIXES[format]}", text, len(entries))
