"""Fixed wording the static and live views share (the journal's reminders)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Texts:
    journal_reminder: str = (
        "Leave out names, and any detail that could identify someone else, such as a peer you "
        "support or have supported."
    )
    """Shown with every journal prompt, live and on paper."""
    journal_on_paper: str = (
        "In the live course, you can write here and save your answer to a "
        "private journal that only you can read. On paper, keep what you write somewhere private."
    )
    """What the static (handout) view of a prompt says about where answers go."""


TEXTS = Texts()
