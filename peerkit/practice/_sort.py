"""Sorting cards into bins, and checking the result against the lesson."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..content import Bin, Card, Sort
from ._case import PlayError


@dataclass(frozen=True)
class CardResult:
    card: Card
    placed: Bin | None
    correct: bool

    @property
    def expected(self) -> tuple[str, ...]:
        return tuple(self.card.bins)


@dataclass(frozen=True)
class SortResult:
    cards: tuple[CardResult, ...]
    after_check: str | None = None

    @property
    def score(self) -> int:
        return sum(r.correct for r in self.cards)

    @property
    def total(self) -> int:
        return len(self.cards)

    @property
    def unplaced(self) -> tuple[CardResult, ...]:
        return tuple(r for r in self.cards if r.placed is None)

    @property
    def complete(self) -> bool:
        return not self.unplaced

    @property
    def summary(self) -> str:
        text = f"{self.score} of {self.total} cards are where the lesson puts them."
        if self.unplaced:
            left = len(self.unplaced)
            text += f" {left} card{'s are' if left != 1 else ' is'} not sorted yet."
        return text


class SortPlay:
    """One learner's placements of the cards of a :class:`Sort`."""

    def __init__(self, sort: Sort):
        self.sort = sort
        self._placed: dict[str, str] = {}
        self.checked = False
        """True once the learner has checked their sorting (and still after moving a card)."""

    @property
    def placements(self) -> dict[str, str]:
        """Card id -> bin id, for every card placed so far."""
        return dict(self._placed)

    def place(self, card_id: str, bin_id: str | None) -> None:
        """Put a card in a bin (or take it out again with ``None``)."""
        if card_id not in {c.id for c in self.sort.cards}:
            raise PlayError(f"there is no card '{card_id}'")
        if bin_id is None:
            self._placed.pop(card_id, None)
            return
        if bin_id not in {b.id for b in self.sort.bins}:
            known = ", ".join(b.id for b in self.sort.bins)
            raise PlayError(f"there is no bin '{bin_id}' (known: {known})")
        self._placed[card_id] = bin_id

    def clear(self) -> None:
        self._placed.clear()
        self.checked = False

    def check(self) -> SortResult:
        """The result of the sorting so far; the learner has now checked it."""
        self.checked = True
        return self.result()

    def result(self) -> SortResult:
        """Where each card is against where the lesson puts it (checking nothing)."""
        bins = {b.id: b for b in self.sort.bins}
        results = []
        for card in self.sort.cards:
            placed = self._placed.get(card.id)
            results.append(
                CardResult(card, bins.get(placed) if placed else None, placed in card.bins)
            )
        return SortResult(tuple(results), self.sort.after_check)

    def to_state(self) -> dict[str, Any]:
        result = self.result()
        return {"placements": self.placements, "score": result.score, "total": result.total}

    @classmethod
    def is_finished(cls, sort: Sort, state: Mapping[str, Any]) -> bool:
        """Whether a saved state counts as finished: checked with every card sorted."""
        placed = state.get("placements")
        return isinstance(placed, Mapping) and all(card.id in placed for card in sort.cards)

    @classmethod
    def resume_line(cls, sort: Sort, state: Mapping[str, Any]) -> str | None:
        """What the sort says when it opens on a saved state; None when there is nothing to say."""
        if not state.get("placements"):
            return None
        return (
            "Your sorting from last time is back in place, with its feedback."
            " Choose “Start again” to clear it."
        )

    @classmethod
    def from_state(cls, sort: Sort, state: dict[str, Any]) -> SortPlay:
        """The placements saved when the learner checked their sorting (a sort is saved then)."""
        play = cls(sort)
        for card_id, bin_id in dict(state.get("placements", {})).items():
            try:
                play.place(card_id, bin_id)
            except PlayError:
                continue
        play.checked = bool(play.placements)
        return play
