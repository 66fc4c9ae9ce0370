"""Saving to the learner's private journal: a journal prompt, and "Save to my journal" in the
written exercises.

:class:`JournalPlay` is the state behind one ``journal`` item, and the one way anything
a learner writes reaches their journal: every entry goes through
:meth:`peerkit.journal.Keeper.add_entry`. It keeps nothing of what was written (the draft
lives only in the text box, which the view empties after a save) and answers with a
:class:`~peerkit.journal.Message`, whose text never contains the entry.
"""

from __future__ import annotations

from typing import Any

from ..journal import Entry, Keeper, Message, StoreProblem, keeper
from ..journal._export import when

NO_LESSON = "no-lesson"
"""Where an entry is filed when its prompt was shown outside any lesson."""


class JournalPlay:
    """Save what the learner wrote for one item (a journal prompt, a written exercise).

    ``prompt`` is the question the entry answers (the item's own ``prompt`` by default);
    ``lesson_id`` files the entry under its lesson.
    """

    def __init__(
        self,
        item: Any,
        lesson_id: str | None = None,
        keeper_: Keeper | None = None,
        *,
        prompt: str | None = None,
    ) -> None:
        self.item = item
        self.lesson_id = lesson_id or NO_LESSON
        self.keeper = keeper_ or keeper()
        self.prompt = prompt if prompt is not None else item.prompt
        self.saved = 0  # entries saved from here in this session (a count, never text)

    def add(self, text: str) -> Entry:
        """Put ``text`` in the journal; raises :class:`StoreProblem` when it cannot be saved."""
        entry = self.keeper.add_entry(self.lesson_id, self.item.id, self.prompt, text)
        self.saved += 1
        return entry

    def save(self, text: str) -> Message:
        """Save ``text`` as an entry; the message says when, or why nothing was saved."""
        if not isinstance(text, str) or not text.strip():
            return Message(
                "There is nothing to save yet: write your entry in the box first.", ok=False
            )
        try:
            entry = self.add(text)
        except StoreProblem as problem:
            return Message(f"{problem.message} Your entry is still in the box.", ok=False)
        except Exception as error:  # never a silent button: the learner must know it was not saved
            return Message(
                f"Your entry could not be saved ({type(error).__name__}). It is still in the box:"
                " copy it somewhere safe, and tell your facilitator.",
                ok=False,
            )
        return Message(
            f"Saved to your private journal ({when(entry.created)}). It is kept outside the "
            "lesson, and the box has been emptied so your words do not stay on the page."
        )

    def to_state(self) -> dict[str, Any]:
        """Nothing: what the learner writes is never saved as progress."""
        return {}
