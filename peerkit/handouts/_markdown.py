"""Markdown cells to HTML, with nbconvert's own Markdown reader (mistune) and no script.

Headings keep their level and get an id; images, local files and cell
attachments are inlined as ``data:`` addresses, because a handout must open with
no network. An image that lives on the web cannot be inlined, so it is reported
as a problem rather than left for the reader's browser to fetch.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

_TAGS = re.compile(r"<[^>]+>")


def slug(text: str) -> str:
    """An id for a heading: its words, lowercased and joined by hyphens."""
    words = re.findall(r"[a-z0-9]+", unescape(_TAGS.sub("", text)).lower())
    return "-".join(words) or "section"


class _HandoutRenderer(IPythonRenderer):
    def __init__(
        self, path: str, attachments: dict[str, Any], used_ids: set[str], remote: list[str]
    ):
        super().__init__(
            escape=False,
            embed_images=True,
            exclude_anchor_links=True,
            path=path,
            attachments=attachments,
        )
        self._used_ids = used_ids
        self._remote = remote

    def heading(self, text: str, level: int, **attrs: Any) -> str:
        base = anchor = f"sec-{slug(text)}"
        number = 2
        while anchor in self._used_ids:
            anchor, number = f"{base}-{number}", number + 1
        self._used_ids.add(anchor)
        return f'<h{level} id="{anchor}">{text}</h{level}>\n'

    def image(self, text: str, url: str, title: str | None = None) -> str:
        html = super().image(text, url, title)
        if not re.search(r'src="data:', html):
            self._remote.append(url)
        return html


def markdown_to_html(
    source: str,
    *,
    path: str = "",
    attachments: dict[str, Any] | None = None,
    used_ids: set[str] | None = None,
) -> tuple[str, list[str]]:
    """The HTML of one markdown cell, and the address of every image that could not be inlined."""
    remote: list[str] = []
    renderer = _HandoutRenderer(
        path, dict(attachments or {}), used_ids if used_ids is not None else set(), remote
    )
    return MarkdownWithMath(renderer=renderer).render(source), remote
