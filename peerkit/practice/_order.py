"""The order one learner sees an exercise's replies, options and cards in.

Content files list choices in a fixed order, which is the order handouts print
and the facilitator's answer key follows. The live widgets show each learner
their own shuffle of it, so that neither the file order nor a neighbour's
screen ("it's the second one") gives an answer away.

The shuffle comes from a *salt*: a random string made once per learner and kept
in their saved progress (:mod:`peerkit.journal._salt`). Each list is ordered by a hash of the salt, the list's key
(the case and step, the quiz and question, the sort) and each entry's id, so:

- the same learner sees the same order on every rerun, after a kernel restart
  and when resuming, as long as the salt is read back from their progress;
- different learners (different salts) see different orders;
- an entry added to or removed from a list leaves the others in the same order;
- no salt (:data:`FILE_ORDER`) means the file's own order.

Nothing here reads or writes the store: :class:`peerkit.journal.Keeper` finds
the salt and the notebook API (:mod:`peerkit.api._progress`) saves it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..content import Card, Case, Choice, Node, Option, Question, Quiz, Sort

T = TypeVar("T")


def _rank(salt: str, key: str, entry_id: str) -> bytes:
    return hashlib.sha256(f"{salt}\0{key}\0{entry_id}".encode()).digest()


@dataclass(frozen=True)
class Order:
    """How one learner's lists are ordered: shuffled by ``salt``, or as the file has them."""

    salt: str | None = None

    def arrange(
        self, key: str, entries: Sequence[T], id_of: Callable[[T], str] = lambda e: e.id
    ) -> tuple[T, ...]:
        """``entries`` in this learner's order for the list named ``key``."""
        if self.salt is None:
            return tuple(entries)
        salt = self.salt
        return tuple(sorted(entries, key=lambda e: (_rank(salt, key, id_of(e)), id_of(e))))

    def choices(self, case: Case, node: Node) -> tuple[Choice, ...]:
        """The replies of one step of a case."""
        return self.arrange(f"case/{case.id}/{node.id}", node.choices)

    def options(self, quiz: Quiz, question: Question) -> tuple[Option, ...]:
        """The options of one quiz question."""
        return self.arrange(f"quiz/{quiz.id}/{question.id}", question.options)

    def cards(self, sort: Sort) -> tuple[Card, ...]:
        """The cards of a sorting exercise (the groups keep their file order)."""
        return self.arrange(f"sort/{sort.id}", sort.cards)


FILE_ORDER = Order()
"""The order of the file: what handouts, the answer key and the view checks use."""
