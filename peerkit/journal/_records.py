"""What the store hands back: journal entries and exercise progress.

Both are frozen value objects. An :class:`Entry` holds what a learner wrote
about their own life, so its ``repr()`` shows only the length of the text:
printing an entry in a notebook, a log or a traceback never reveals it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


def parse_timestamp(value: str) -> datetime:
    """A stored timestamp as an aware UTC datetime.

    Version 2 stores ISO 8601 with an offset; version 1 files may hold SQLite's
    ``CURRENT_TIMESTAMP`` form (``2025-03-01 09:30:00``), which is UTC without
    saying so.
    """
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


@dataclass(frozen=True, repr=False)
class Entry:
    """One journal entry: the learner's answer to one reflection prompt."""

    id: int
    created: datetime
    lesson_id: str
    prompt_id: str | None  # None for entries kept from a version 1 store
    prompt_text: str
    text: str

    def __repr__(self) -> str:
        return (
            f"Entry(id={self.id}, created={self.created.isoformat()!r}, "
            f"lesson_id={self.lesson_id!r}, prompt_id={self.prompt_id!r}, "
            f"text=<{len(self.text)} characters, not shown>)"
        )

    __str__ = __repr__


@dataclass(frozen=True)
class ProgressRecord:
    """The saved state of one exercise; the store never interprets ``state``."""

    lesson_id: str
    item_id: str
    kind: str
    state: dict[str, Any] = field(hash=False)
    updated: datetime
