"""The live view of a rewrite exercise: stock widgets over a :class:`RewritePlay`."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import ipywidgets as W

from ..content import Rewrite
from ..practice import FILE_ORDER, JournalPlay, Order, RewriteFeedback, RewritePlay
from ..static import feedback_html
from ._common import button, paragraphs, status, title_html
from ._written import CHECKER_CAVEAT, WrittenView, crisis_html, quoted, text_box


class RewriteView(WrittenView):
    """The unhelpful reply in its context, a box for the learner's own, and explained feedback.

    Keyboard: Tab reaches the box, then the buttons (Enter or Space presses them).
    Feedback is written out in a role="status" region; the model answers and why
    the original did not help appear below it once the learner has tried.
    """

    def __init__(
        self,
        rewrite: Rewrite,
        play: RewritePlay | None = None,
        on_change: Callable[[RewritePlay], None] | None = None,
        order: Order = FILE_ORDER,
        *,
        kind: str,
        journal: JournalPlay | None = None,
    ):
        self.rewrite = rewrite
        noun = self.noun = rewrite.writing  # "reply", or "note" for a note for the record
        self._setup(
            rewrite,
            play or RewritePlay(rewrite),
            on_change,
            journal,
            text_box(
                f"Your {noun}:",
                "Write the note as you would put it in the record"
                if noun == "note"
                else "Write what you would say instead",
            ),
            f"Keep your {noun} in your private journal (never in the notebook)",
            f"Clear your {noun} and the feedback",
        )
        self.reply = self.box
        self.title = title_html(kind, rewrite.title)
        # A context that ends by introducing the reply ("...says cheerfully:") leads straight
        # into it; only otherwise does a label say what the quoted reply is.
        label = "" if introduces_reply(rewrite.context) else f"<p>The {noun} that did not help:</p>"
        self.situation = W.HTML(
            paragraphs(rewrite.context)
            + f"{label}<blockquote><p>{quoted(rewrite.unhelpful)}</p></blockquote>"
            + f"<p><strong>{escape(rewrite.prompt)}</strong></p>"
        )
        self.feedback_button = button(
            "Get feedback", f"See what your {noun} does well and what to reconsider"
        )
        self.feedback_button.on_click(lambda _: self._on_feedback())
        self._layout("pk-rewrite", [self.title, self.situation], self.feedback_button)

    def get_feedback(self, text: str | None = None) -> RewriteFeedback:
        if text is not None:
            self.write(text)
        self.feedback_button.click()
        result = self.play.last
        assert result is not None
        return result

    # Event handlers
    def _on_feedback(self) -> None:
        self.play.write(self.reply.value)
        result = self.play.feedback()
        self.feedback.value = status(self._feedback_html(result))
        self.answers.value = (
            self._answers_html() if self.play.answers_shown and not result.crisis else ""
        )
        self.saved.value = status()
        self._changed()

    def _on_restart(self) -> None:
        self._clear(f"Your {self.noun} and the feedback are cleared. Try again whenever you like.")

    # Rendering
    def _feedback_html(self, result: RewriteFeedback) -> str:
        if result.crisis:  # the crisis answer never depends on a template
            return crisis_html(result.summary)
        return feedback_html("rewrite_feedback", result, self.noun, CHECKER_CAVEAT)

    def _answers_html(self) -> str:
        return feedback_html("rewrite_answers", self.rewrite, self.noun)


def introduces_reply(context: str) -> bool:
    """Does the context end by introducing the reply that follows (with a colon)?"""
    return context.rstrip().endswith(":")
