"""Pieces shared by the written exercises (rewrite, self-disclosure check).

The learner's text lives in a stock ``Textarea`` and in the exercise's state
object, in memory. It is escaped wherever feedback quotes it, and it leaves
memory only when the learner presses "Save to my journal", which writes it to
their private store through :class:`peerkit.practice.JournalPlay` and nowhere else.
"""

from __future__ import annotations

from html import escape

import ipywidgets as W

from ..content import Item
from ..journal import StoreProblem, hosting, hosting_note
from ..practice import JournalPlay
from ..static import feedback_html
from ._common import button, status
from ._crisis_panel import live_crisis_html

PRIVACY_NOTE = (
    "What you write here stays in this session only. It is not saved anywhere unless you press"
    " “Save to my journal”."
)


def checker_caveat() -> str:
    """The reminder under automatic feedback, with the precision measured on the course's own replies.

    The figure comes from ``bench/coach_feedback_eval.py`` on the test half of the
    replies written and labelled for this course (see :data:`peerkit.coach.MEASURED`).
    """
    from ..coach import MEASURED

    in_ten = int(MEASURED.right * 10 // MEASURED.shown)
    return (
        "These notes come from a checker that looks for patterns of words, and it stays quiet"
        f" when it is not sure. On {MEASURED.replies} practice replies written and checked for"
        f" this course, about {in_ten} in 10 of the notes it showed were right. So it can still"
        " be wrong, and it misses things: treat each note as a question to think about, not a"
        " verdict, and talk it over with your facilitator or a practice partner."
    )


CHECKER_CAVEAT = checker_caveat()


def text_box(label: str, placeholder: str) -> W.Textarea:
    """A labelled multi-line box, full width."""
    return W.Textarea(
        value="",
        placeholder=placeholder,
        description=label,
        rows=4,
        # Sent when the learner leaves the box (Tab, or a click on "Get feedback"), so the
        # feedback is always on every word typed, never on a value still on its way.
        continuous_update=False,
        style={"description_width": "initial"},
        layout=W.Layout(width="100%"),
    )


def quoted(text: str) -> str:
    """Learner or content text as an escaped quotation."""
    return f"“{escape(text)}”"


def crisis_panel() -> str:
    """The live crisis panel, for this learner's region (or every region's); it never fails."""
    return live_crisis_html()


def crisis_html(summary: str) -> str:
    """A kind answer with the crisis-resources panel, instead of any coaching."""
    panel = crisis_panel()
    return (
        f"<p><strong>{escape(summary)}</strong></p>"
        "<p>This exercise can wait. If you are struggling, please reach out now: to someone you"
        " trust, or to one of the services below.</p>"
        f"{panel}"
        "<p>Nothing you wrote has been saved. You can come back to this exercise when you feel"
        " ready, or skip it.</p>"
    )


class WrittenView:
    """What the written exercises share: the learner's box, the privacy note, "Save to my
    journal" and "Start again", and three status regions (feedback, saved, model answers).

    Subclasses build their own introduction and main button, call :meth:`_layout`,
    and define ``_on_restart`` (which ends by calling :meth:`_clear`).
    """

    def _setup(
        self,
        item: Item,
        play,
        on_change,
        journal: JournalPlay | None,
        box: W.Textarea,
        save_tip: str,
        restart_tip: str,
    ):
        self.item = item
        self.play = play
        self.on_change = on_change
        self.journal = journal or JournalPlay(item)
        """Where "Save to my journal" saves (the lesson's entries, through the keeper)."""
        self.box = box
        self.privacy = W.HTML(f"<p><small>{escape(PRIVACY_NOTE)}</small></p>")
        self.save_button = button("Save to my journal", save_tip)
        self.restart_button = button("Start again", restart_tip)
        self.feedback = W.HTML(status())
        self.saved = W.HTML(status())
        self.answers = W.HTML()
        self.save_button.on_click(lambda _: self._on_save())
        self.restart_button.on_click(lambda _: self._on_restart())

    def _layout(
        self, css_class: str, intro: list, main_button: W.Button, between: list = ()
    ) -> None:
        self.widget = W.VBox(
            [
                *intro,
                self.box,
                self.privacy,
                *between,
                W.HBox([main_button, self.save_button, self.restart_button]),
                self.feedback,
                self.saved,
                self.answers,
            ]
        )
        self.widget.add_class("pk-widget")
        self.widget.add_class(css_class)

    # Programmatic triggers, as ipywidgets' Button.click(): tests and checks use them.
    def write(self, text: str) -> None:
        self.box.value = text

    def save(self) -> None:
        self.save_button.click()

    def _on_save(self) -> None:
        """Save what is in the box as a journal entry; the message never repeats it."""
        text = self.box.value
        if not text.strip():
            message = feedback_html(
                "message", "There is nothing to save yet: write something in the box first."
            )
        else:
            try:
                self.journal.add(text)
            except StoreProblem as problem:
                message = feedback_html("not_saved", problem.message)
            else:
                notice = self.journal.keeper.take_notice()
                message = feedback_html("saved", notice, hosting_note(hosting()))
        self.saved.value = status(message)

    def _clear(self, message: str) -> None:
        self.box.value = ""
        self.play.clear()
        self.feedback.value = status(feedback_html("message", message))
        self.saved.value = status()
        self.answers.value = ""

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.play)
