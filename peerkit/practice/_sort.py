"""Sorting cards into bins, and checking the result against the lesson."""

from __future__ import annotations

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

    def check(self) -> SortResult:
        bins = {b.id: b for b in self.sort.bins}
        results = []
        for card in self.sort.cards:
            placed = self._placed.get(card.id)
            results.append(
                CardResult(card, bins.get(placed) if placed else None, placed in card.bins)
            )
        return SortResult(tuple(results), self.sort.after_check)

    def to_state(self) -> dict[str, Any]:
        result = self.check()
        return {"placements": self.placements, "score": result.score, "total": result.total}

    @classmethod
    def from_state(cls, sort: Sort, state: dict[str, Any]) -> SortPlay:
        play = cls(sort)
        for card_id, bin_id in dict(state.get("placements", {})).items():
            try:
                play.place(card_id, bin_id)
            except PlayError:
                continue
        return play
