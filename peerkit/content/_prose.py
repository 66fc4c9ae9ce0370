"""The words a learner reads: from notebook markdown and from the items a notebook shows.

Used by the curriculum-wide checks (content notes, safe messaging, person-first
language) and by ``bench/readability.py``. Facilitator notes, ids, source keys
and settings are never learner text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._cells import authored_cells, shown_in, source_of, tags_of
from ._models import Item

_NOT_TEXT = {
    "id",
    "type",
    "schema_version",
    "sources",
    "references",
    "brief",
    "verdict",
    "outcome",
    "next",
    "start",
    "bins",
    "correct",
    "multiple",
    "kind",
    "crisis",
    "allow_back",
    "allow_restart",
    "connected_to_support",
    "facilitator",
    "checks",
    "moves",
    "coach",
}
"""Fields that hold ids, settings or facilitator material rather than words for the learner."""


def learner_strings(item: Item) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every piece of text the learner sees in ``item``, with the path of the field it comes from."""

    def walk(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key not in _NOT_TEXT:
                    yield from walk(inner, (*path, key))
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                yield from walk(inner, (*path, index))
        elif isinstance(value, str) and value.strip():
            yield path, value

    yield from walk(item.model_dump(mode="json"), ())


def learner_text(item: Item) -> str:
    """The learner-facing text of an item, one piece per paragraph."""
    return "\n\n".join(text for _, text in learner_strings(item))


def markdown_words(source: str) -> str:
    """Markdown reduced to its words: no code, links keep their text, no markup or citation keys."""
    text = re.sub(r"```.*?```", " ", source, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[SRC-\d\d\]", "", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+", "", text, flags=re.M)
    text = re.sub(r"[*_]{1,3}([^*_]+)[*_]{1,3}", r"\1", text)
    return text


def notebook_cells(path: Path) -> list[dict[str, Any]]:
    """A notebook's cells as its authors wrote them: without the cells peerkit makes from data
    (what stands in for a call until it runs, the links between lessons)."""
    return authored_cells(path)


cell_source = source_of
cell_tags = tags_of

__all__ = [
    "cell_source",
    "cell_tags",
    "learner_strings",
    "learner_text",
    "markdown_words",
    "notebook_cells",
    "shown_in",
]
