"""The live view of a "say it out loud" practice: stock widgets over a :class:`SayAloudPlay`."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import ipywidgets as W

from ..content import SayAloud
from ..practice import FILE_ORDER, JournalPlay, Order, SayAloudPlay, StepFeedback
from ..static import feedback_html
from ._common import button, status, title_html
from ._practice import PRACTICE_CSS, prose_html, save_to_journal, shown, stacked_box
from ._written import CHECKER_CAVEAT, PRIVACY_NOTE, crisis_html


class SayAloudView:
    """The situation, then each step: type it, say it out loud (or go on without), see feedback.

    Keyboard: Tab reaches the box and then the buttons of the stage the step is at (Enter or
    Space presses them); buttons of other stages are out of the page. "I said it out loud"
    and "Go on without saying it" do the same thing, and nothing records which was pressed.
    Feedback is written out in a role="status" region.
    """

    def __init__(
        self,
        item: SayAloud,
        play: SayAloudPlay | None = None,
        on_change: Callable[[SayAloudPlay], None] | None = None,
        order: Order = FILE_ORDER,
        *,
        kind: str,
        journal: JournalPlay | None = None,
    ):
        self.item = item
        self.play = play or SayAloudPlay(item)
        self.on_change = on_change
        self.journal = journal or JournalPlay(item)
        self.title = title_html(kind, item.title)
        self.situation = W.HTML(
            PRACTICE_CSS
            + prose_html(item.situation)
            + f"<p><strong>{escape(item.instructions)}</strong></p>"
        )
        self.step_html = W.HTML()
        self.box = stacked_box("What you would say:", rows=3)
        self.privacy = W.HTML(f"<p><small>{escape(PRIVACY_NOTE)}</small></p>")
        self.typed_button = button("Done: now say it out loud", "You have typed it; next, say it")
        self.aloud_html = W.HTML()
        self.said_button = button("I said it out loud", "Go on to the feedback")
        self.skip_button = button("Go on without saying it", "Go on to the feedback")
        self.typed_row = W.HBox([self.typed_button])  # in a row: as wide as its words
        self.aloud = W.VBox([self.aloud_html, W.HBox([self.said_button, self.skip_button])])
        self.feedback = W.HTML(status())
        self.answers = W.HTML()
        self.next_button = button("Next step", "Go on to the next step")
        self.again_button = button("Type it again", "Try this step again")
        self.after = W.HTML()
        self.save_button = button(
            "Save to my journal", "Keep your words in your private journal (never in the notebook)"
        )
        self.restart_button = button("Start again", "Back to the first step, with nothing typed")
        self.saved = W.HTML(status())
        self.typed_button.on_click(lambda _: self._on_typed())
        self.said_button.on_click(lambda _: self._on_go_on())
        self.skip_button.on_click(lambda _: self._on_go_on())
        self.next_button.on_click(lambda _: self._on_next())
        self.again_button.on_click(lambda _: self._on_again())
        self.save_button.on_click(lambda _: self._on_save())
        self.restart_button.on_click(lambda _: self._on_restart())
        self.widget = W.VBox(
            [
                self.title,
                self.situation,
                self.step_html,
                self.box,
                self.privacy,
                self.typed_row,
                self.aloud,
                self.feedback,
                self.answers,
                W.HBox([self.next_button, self.again_button]),
                self.after,
                W.HBox([self.save_button, self.restart_button]),
                self.saved,
            ]
        )
        self.widget.add_class("pk-widget")
        self.widget.add_class("pk-say-aloud")
        self._show_stage()

    # Programmatic triggers, as ipywidgets' Button.click(): tests and checks use them.
    def write(self, text: str) -> None:
        self.box.value = text

    def typed(self) -> None:
        self.typed_button.click()

    def said_it(self) -> StepFeedback:
        self.said_button.click()
        assert self.play.last is not None
        return self.play.last

    def go_on_without(self) -> StepFeedback:
        self.skip_button.click()
        assert self.play.last is not None
        return self.play.last

    def next_step(self) -> None:
        self.next_button.click()

    def save(self) -> None:
        self.save_button.click()

    def restart(self) -> None:
        self.restart_button.click()

    # Event handlers
    # A button of another stage is out of the page; pressed anyway (by a script), it does nothing.
    def _on_typed(self) -> None:
        if self.play.stage != "write":
            return
        self.play.write(self.box.value)
        self.play.done_typing()
        self._show_stage()

    def _on_go_on(self) -> None:
        if self.play.stage != "aloud":
            return
        result = self.play.go_on()
        self.feedback.value = status(self._feedback_html(result))
        self.answers.value = "" if result.crisis else self._answers_html()
        self._show_stage()
        if self.on_change is not None:
            self.on_change(self.play)

    def _on_next(self) -> None:
        if self.play.stage != "feedback" or self.play.index + 1 >= len(self.item.steps):
            return
        self.play.next_step()
        self.box.value = ""
        self.feedback.value = status()
        self.answers.value = ""
        self._show_stage()

    def _on_again(self) -> None:
        if self.play.stage != "feedback":
            return
        self.play.retry()
        self.box.value = ""
        self.feedback.value = status(
            feedback_html("message", "Type it again, as you would say it.", para=True)
        )
        self.answers.value = ""
        self._show_stage()

    def _on_save(self) -> None:
        if self.play.stage == "write":
            self.play.write(self.box.value)
        self.saved.value = save_to_journal(
            self.journal,
            self.play.journal_text() if self.play.tried or self.box.value.strip() else "",
        )

    def _on_restart(self) -> None:
        self.play.restart()
        self.box.value = ""
        self.feedback.value = status(
            feedback_html(
                "message", "Back to the first step. Nothing you typed is kept.", para=True
            )
        )
        self.answers.value = ""
        self.saved.value = status()
        self._show_stage()

    # Rendering
    def _show_stage(self) -> None:
        play, step = self.play, self.play.step
        total = len(self.item.steps)
        self.step_html.value = f"<h4>Step {play.index + 1} of {total}</h4><p><strong>{escape(step.prompt)}</strong></p>"
        self.box.placeholder = step.placeholder or "Type what you would say."
        self.box.disabled = play.stage != "write"
        self.aloud_html.value = prose_html(step.aloud)
        shown(self.typed_row, play.stage == "write")
        shown(self.aloud, play.stage == "aloud")
        shown(self.next_button, play.stage == "feedback" and play.index + 1 < total)
        shown(self.again_button, play.stage == "feedback")
        self.after.value = prose_html(self.item.after) if play.finished and self.item.after else ""

    def _feedback_html(self, result: StepFeedback) -> str:
        if result.crisis:  # the crisis answer never depends on a template
            return crisis_html(result.summary)
        return feedback_html("say_aloud_feedback", result, CHECKER_CAVEAT)

    def _answers_html(self) -> str:
        return feedback_html("say_aloud_answers", self.play.step)
