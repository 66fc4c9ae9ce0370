"""The live view of a branching case: stock widgets over a :class:`CasePlay`."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import ipywidgets as W

from ..content import Case
from ..practice import FILE_ORDER, CasePlay, JournalPlay, Order, Outcome
from ..practice._replay import letter, replay
from ..static import feedback_html
from ._common import button, paragraphs, status, title_html

PATH_SHOWN = 30
"""Most decisions the path summary lists (a real case has a handful)."""


class CaseView:
    """Radio buttons for the replies, a button to choose, feedback announced as text.

    Keyboard: Tab reaches the replies (arrow keys move between them), then the
    buttons (Enter or Space presses them). The replies of each step appear in
    ``order`` (the learner's own shuffle; the file's order by default).
    """

    def __init__(
        self,
        case: Case,
        play: CasePlay | None = None,
        on_change: Callable[[CasePlay], None] | None = None,
        order: Order = FILE_ORDER,
        *,
        kind: str,
        journal: JournalPlay | None = None,
    ):
        self.play = play or CasePlay(case)
        self.on_change = on_change
        self.order = order
        self.title = title_html(kind, case.title)
        # The case's content note is not repeated here: the lesson shows it, in the cell just
        # before the case, where it is read before anything else (one content note, not two).
        intro = paragraphs(case.setting)
        self.setting = W.HTML(intro)
        self.narrative = W.HTML()
        self.replies = W.RadioButtons(options=[], index=None, layout=W.Layout(width="100%"))
        self.choose_button = button(
            "Choose this reply", "Choose the selected reply and see what happens"
        )
        self.back_button = button("Go back", "Undo your last choice")
        self.restart_button = button("Start again", "Go back to the start of the case")
        self.feedback = W.HTML(status())
        self.path_summary = W.HTML()
        self.choose_button.on_click(lambda _: self._on_choose())
        self.back_button.on_click(lambda _: self._on_back())
        self.restart_button.on_click(lambda _: self._on_restart())
        controls = [self.choose_button]
        if case.allow_back:
            controls.append(self.back_button)
        if case.allow_restart:
            controls.append(self.restart_button)
        self.widget = W.VBox(
            # Feedback on the last reply comes before what happens next, so it reads in order.
            [
                self.title,
                self.setting,
                self.feedback,
                self.narrative,
                self.replies,
                W.HBox(controls),
                self.path_summary,
            ]
        )
        self.widget.add_class("pk-widget")
        self.widget.add_class("pk-case")
        self._show(self.play.last)

    # Programmatic triggers, as ipywidgets' Button.click(): tests and checks use them.
    def select(self, choice_id: str) -> None:
        self.replies.value = choice_id

    def choose(self, choice_id: str) -> Outcome:
        self.select(choice_id)
        self.choose_button.click()
        outcome = self.play.last
        assert outcome is not None
        return outcome

    # Event handlers
    def _on_choose(self) -> None:
        if self.replies.value is None:
            self.feedback.value = status(
                feedback_html("message", "Pick one of the replies first, then choose it.")
            )
            return
        self._show(self.play.choose(self.replies.value))
        self._changed()

    def _on_back(self) -> None:
        if self.play.back():
            self._show(self.play.last, note="You went back one step. Choose again.")
            self._changed()

    def _on_restart(self) -> None:
        self.play.restart()
        self._show(None, note="You are back at the start.")
        self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.play)

    # Rendering
    def _shown_ids(self, node) -> list[str]:
        """The reply ids of ``node`` in the order this learner sees them."""
        return [c.id for c in self.order.choices(self.play.case, node)]

    def _show(self, outcome: Outcome | None, note: str = "") -> None:
        play = self.play
        ending = play.ending
        if ending is not None:
            # The path so far, reread in full: each step's situation and the reply chosen.
            self.narrative.value = feedback_html("ending", self._steps(), PATH_SHOWN, ending)
            self.replies.options = []
            self.replies.layout.display = "none"
            self.choose_button.disabled = True
            self.choose_button.layout.display = "none"  # nothing left to choose: no dead button
        else:
            node = play.node
            assert node is not None
            self.narrative.value = (
                paragraphs(node.text) + f"<p><strong>{escape(node.prompt)}</strong></p>"
            )
            # Each reply carries its letter, as the learner sees them: the path says "reply B".
            self.replies.options = [
                (f"{letter(i)}. {c.text}", c.id)
                for i, c in enumerate(self.order.choices(play.case, node))
            ]
            self.replies.index = None
            self.replies.layout.display = None
            self.choose_button.disabled = False
            self.choose_button.layout.display = None
        self.back_button.disabled = not play.can_go_back
        if outcome is None:
            self.feedback.value = status(feedback_html("message", note) if note else "")
        else:
            self.feedback.value = status(feedback_html("case_outcome", outcome, note))
        self.path_summary.value = self._path_text()

    def _steps(self):
        """The learner's last PATH_SHOWN decisions (all a view shows of a longer walk; the
        macros count the earlier ones from the first step's number), each reply lettered as on
        their screen."""
        return replay(self.play, self._shown_ids, last=PATH_SHOWN)

    def _path_text(self) -> str:
        return feedback_html("path_so_far", self._steps(), PATH_SHOWN)
