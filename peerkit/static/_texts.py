"""Fixed wording the static and live views share (the journal's reminders).

The words are teaching text, kept in ``data/shared/journal-texts.yaml`` where a
facilitator can reword them and ``peerkit validate`` checks them; they are read the first
time a view needs them.
"""

from __future__ import annotations

from ..content._teaching import teaching_text
from ..content._teaching_models import JournalTexts


class Texts:
    """The journal's fixed words, read from the data folder in use when first asked for."""

    @property
    def journal_reminder(self) -> str:
        """Shown with every journal prompt, live and on paper."""
        return teaching_text(JournalTexts).journal_reminder

    @property
    def journal_on_paper(self) -> str:
        """What the static (handout) view of a prompt says about where answers go."""
        return teaching_text(JournalTexts).journal_on_paper


TEXTS = Texts()
