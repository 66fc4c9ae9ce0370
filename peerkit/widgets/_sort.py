"""The live view of a sorting exercise: one dropdown per card, checked on request."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import ipywidgets as W

from ..content import Sort
from ..practice import FILE_ORDER, JournalPlay, Order, SortPlay, SortResult
from ..static import feedback_html
from ._common import button, paragraphs, status, title_html

UNSORTED = "Not sorted yet"
NOT_PLACED = ""
"""The dropdown value for an unsorted card: ipywidgets shows a None value as a blank box."""


class SortView:
    """Each card has a labelled dropdown of groups; "Check my sorting" explains every card.

    Cards appear, and are numbered, in ``order`` (the learner's own shuffle; the
    file's order by default); the groups keep the file's order.
    """

    def __init__(
        self,
        sort: Sort,
        play: SortPlay | None = None,
        on_change: Callable[[SortPlay], None] | None = None,
        order: Order = FILE_ORDER,
        *,
        kind: str,
        journal: JournalPlay | None = None,
    ):
        self.play = play or SortPlay(sort)
        self.on_change = on_change
        self.cards = order.cards(sort)
        """The cards in the order this learner sees (and numbers) them."""
        self.title = title_html(kind, sort.title)
        self.instructions = W.HTML(paragraphs(sort.instructions))
        options = [(UNSORTED, NOT_PLACED)] + [(b.label, b.id) for b in sort.bins]
        self.dropdowns: dict[str, W.Dropdown] = {}
        rows = []
        for number, card in enumerate(self.cards, start=1):
            dropdown = W.Dropdown(
                options=options,
                value=self.play.placements.get(card.id, NOT_PLACED),
                description=f"Card {number} goes in:",
                style={"description_width": "initial"},
            )
            dropdown.observe(
                lambda change, cid=card.id: self._on_place(cid, change["new"]), names="value"
            )
            self.dropdowns[card.id] = dropdown
            rows.append(
                W.VBox(
                    [
                        W.HTML(f"<p><strong>Card {number}.</strong> {escape(card.text)}</p>"),
                        dropdown,
                    ]
                )
            )
        self.check_button = button(
            "Check my sorting", "See which cards are where the lesson puts them, and why"
        )
        self.reset_button = button("Start again", "Clear all your choices")
        self.check_button.on_click(lambda _: self._on_check())
        self.reset_button.on_click(lambda _: self._on_reset())
        self.feedback = W.HTML(status())
        self.widget = W.VBox(
            [
                self.title,
                self.instructions,
                *rows,
                W.HBox([self.check_button, self.reset_button]),
                self.feedback,
            ]
        )
        self.widget.add_class("pk-widget")
        self.widget.add_class("pk-sort")
        if self.play.checked:  # reopened on a sorting the learner checked: its feedback too
            self._show_result()

    def place(self, card_id: str, bin_id: str | None) -> None:
        self.dropdowns[card_id].value = bin_id or NOT_PLACED

    def check(self) -> SortResult:
        self.check_button.click()
        return self.play.check()

    def _on_place(self, card_id: str, bin_id: str | None) -> None:
        self.play.place(card_id, bin_id or None)

    def _on_reset(self) -> None:
        for dropdown in self.dropdowns.values():
            dropdown.value = NOT_PLACED
        self.play.clear()
        self.feedback.value = status(feedback_html("message", "All cards are unsorted again."))

    def _on_check(self) -> None:
        self.play.check()
        self._show_result()
        if self.on_change is not None:
            self.on_change(self.play)

    def _show_result(self) -> None:
        """Every card's verdict and explanation, numbered as on the screen."""
        self.feedback.value = status(
            feedback_html("sort_result", self.play.result(), self.cards, self.play.sort)
        )
