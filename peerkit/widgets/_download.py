"""Download links for a file made in the kernel: a real browser download, with no script.

Each link carries its file in a ``data:`` address with the ``download`` attribute, so a
click makes the learner's browser save the file (Chromium, Firefox and Safari alike); no
custom JavaScript and no server-side file is involved. The links are live-only: they sit
in an ``HTML`` widget, whose state is never saved into a notebook.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..journal._browser_copy import Download

LINKS_CSS = """<style>
.pk-downloads ul { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap;
  gap: 0.5rem 1rem; }
.pk-downloads a { display: inline-block; padding: 0.25rem 0.75rem; border: 1px solid currentColor;
  border-radius: 0.25rem; text-decoration: none; }
.pk-downloads a:hover { text-decoration: underline; }
.pk-downloads a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
</style>"""


def download_links(downloads: Sequence[Download]) -> str:
    """A list of links, one per file, each saving its file when clicked."""
    items = "".join(
        f'<li><a download="{escape(d.filename)}" href="{d.data_url()}" type="{d.media_type}">'
        f"{escape(d.label)}</a></li>"
        for d in downloads
    )
    return f"{LINKS_CSS}<ul aria-label='Download your journal'>{items}</ul>"
