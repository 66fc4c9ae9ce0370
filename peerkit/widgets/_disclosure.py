"""The live view of a self-disclosure check: stock widgets over a :class:`DisclosurePlay`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

import ipywidgets as W

from ..content import Disclosure
from ..practice import (
    FILE_ORDER,
    DisclosureFeedback,
    DisclosurePlay,
    JournalPlay,
    Order,
    SelfRating,
)
from ..static import feedback_html
from ._common import button, paragraphs, status, title_html
from ._written import CHECKER_CAVEAT, WrittenView, crisis_html, text_box

MODES = [
    ("Check it against the checklist for me", "auto"),
    ("Let me rate it myself against the checklist", "self"),
]
BUTTON_LABELS = {"auto": "Check what I would share", "self": "Get guidance on my ratings"}


class DisclosureView(WrittenView):
    """A scenario, a box for what the learner would share, and the checklist.

    Two ways to check: automatically (each point says what the words show, or
    "check this yourself" where words cannot tell) or self-rated (one checkbox
    per point, then guidance on each). Keyboard: Tab through the box, the mode,
    the checkboxes and the buttons; Space or Enter operates them.
    """

    def __init__(
        self,
        disclosure: Disclosure,
        play: DisclosurePlay | None = None,
        on_change: Callable[[DisclosurePlay], None] | None = None,
        order: Order = FILE_ORDER,
        *,
        kind: str,
        journal: JournalPlay | None = None,
    ):
        self.disclosure = disclosure
        self._setup(
            disclosure,
            play or DisclosurePlay(disclosure),
            on_change,
            journal,
            text_box("What you would share:", "Write what, if anything, you would share"),
            "Keep what you wrote in your private journal (never in the notebook)",
            "Clear what you wrote, your ticks and the feedback",
        )
        self.sharing = self.box
        self.result: DisclosureFeedback | SelfRating | None = None
        self.title = title_html(kind, disclosure.title)
        self.scenario = W.HTML(
            paragraphs(disclosure.scenario) + f"<p><strong>{escape(disclosure.prompt)}</strong></p>"
        )
        self.mode = W.RadioButtons(
            options=MODES,
            value="auto",
            description="How to check it:",
            style={"description_width": "initial"},
            layout=W.Layout(width="100%"),
        )
        self.boxes = {
            info.name: W.Checkbox(
                value=False, description=info.question, indent=False, layout=W.Layout(width="100%")
            )
            for info in self.play.checks
        }
        self.ratings = W.VBox(
            [W.HTML("<p>Tick each point that your sharing meets:</p>"), *self.boxes.values()],
            layout=W.Layout(display="none"),
        )
        self.check_button = button(
            BUTTON_LABELS["auto"], "See how your sharing reads against the checklist"
        )
        self.mode.observe(lambda change: self._on_mode(change["new"]), names="value")
        self.check_button.on_click(lambda _: self._on_check())
        self._layout(
            "pk-disclosure",
            [self.title, self.scenario],
            self.check_button,
            [self.mode, self.ratings],
        )

    def check(self, text: str | None = None) -> DisclosureFeedback:
        """Check the text automatically, as pressing the button in the first mode does."""
        if text is not None:
            self.write(text)
        self.mode.value = "auto"
        self.check_button.click()
        assert isinstance(self.result, DisclosureFeedback)
        return self.result

    def rate(self, ticked: Iterable[str]) -> SelfRating:
        """Tick these points (and untick the rest) in the self-rated mode, then ask for guidance."""
        chosen = set(ticked)
        self.mode.value = "self"
        for name, box in self.boxes.items():
            box.value = name in chosen
        self.check_button.click()
        assert isinstance(self.result, SelfRating)
        return self.result

    # Event handlers
    def _on_mode(self, mode: str) -> None:
        self.ratings.layout.display = None if mode == "self" else "none"
        self.check_button.description = BUTTON_LABELS[mode]
        self.check_button.tooltip = (
            "Get guidance on the points you ticked and the ones you did not"
            if mode == "self"
            else "See how your sharing reads against the checklist"
        )

    def _on_check(self) -> None:
        self.play.write(self.sharing.value)
        if self.mode.value == "self":
            rating = self.play.rate(name for name, box in self.boxes.items() if box.value)
            self.result, crisis, tried = rating, rating.crisis, True
            html = crisis_html(rating.summary) if crisis else self._rating_html(rating)
        else:
            feedback = self.play.check()
            self.result, crisis, tried = feedback, feedback.crisis, not feedback.empty
            html = crisis_html(feedback.summary) if crisis else self._check_html(feedback)
        self.feedback.value = status(html)
        self.saved.value = status()
        if crisis:
            self.answers.value = ""
        elif tried:
            self.answers.value = feedback_html(
                "model_answers",
                self.disclosure.model_answers,
                "Examples of sharing that fits the checklist",
            )
        self._changed()

    def _on_restart(self) -> None:
        for box in self.boxes.values():
            box.value = False
        self.result = None
        self._clear("What you wrote, your ticks and the feedback are cleared.")

    # Rendering
    def _check_html(self, feedback: DisclosureFeedback) -> str:
        return feedback_html("disclosure_check", feedback, CHECKER_CAVEAT)

    def _rating_html(self, rating: SelfRating) -> str:
        return feedback_html("disclosure_rating", rating)
