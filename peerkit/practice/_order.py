"""The order one learner sees an exercise's replies, options and cards in.

Content files list choices in a fixed order, which is the order handouts print
and the facilitator's answer key follows. The live widgets show each learner
their own shuffle of it, so that neither the file order nor a neighbour's
screen ("it's the second one") gives an answer away.

The shuffle comes from a *salt*: a random string made once per learner and kept
in their saved progress (every saved exercise state carries it under
:data:`SALT_KEY`). Each list is ordered by a hash of the salt, the list's key
(the case and step, the quiz and question, the sort) and each entry's id, so:

- the same learner sees the same order on every rerun, after a kernel restart
  and when resuming, as long as the salt is read back from their progress;
- different learners (different salts) see different orders;
- an entry added to or removed from a list leaves the others in the same order;
- no salt (:data:`FILE_ORDER`) means the file's own order.

Nothing here reads or writes the store: :class:`peerkit.journal.Keeper` finds
the salt and :func:`peerkit.widgets._journal.attach_progress` saves it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ..content import Card, Case, Choice, Node, Option, Question, Quiz, Sort

T = TypeVar("T")

SALT_KEY = "shuffle"
"""The key of the learner's salt in a saved exercise state."""

_SALT = re.compile(r"^[0-9a-f]{16,64}$")


def new_salt() -> str:
    """A fresh random salt for a learner who has none yet."""
    return secrets.token_hex(8)


def fallback_salt(*facts: str) -> str:
    """A stable salt made from harmless facts, for when the learner's store cannot be used.

    Callers pass things that stay the same for one learner and differ between
    learners on a shared machine (their login name, where their store would be);
    nothing learner-written. The salt is a hash, so the facts cannot be read back.
    """
    joined = "\0".join(("peerkit-order", *facts))
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def saved_salt(state: Any) -> str | None:
    """The salt kept in one saved exercise state, or None (none there, or not a salt)."""
    value = state.get(SALT_KEY) if isinstance(state, Mapping) else None
    return value if isinstance(value, str) and _SALT.match(value) else None


def learner_salt(states: Iterable[Any]) -> str | None:
    """The learner's salt, from their saved exercise states; None when none carries one.

    States saved by one kernel all carry the same salt. Two kernels started
    before either saved anything each made their own; then the salt most states
    carry is the learner's (ties go to the smaller, so the answer never depends
    on the order the states are read in).
    """
    found = Counter(salt for salt in map(saved_salt, states) if salt is not None)
    if not found:
        return None
    top = max(found.values())
    return min(salt for salt, count in found.items() if count == top)


def with_salt(state: dict[str, Any], salt: str | None) -> dict[str, Any]:
    """``state`` with the salt added (a new dict; the state is left as it was)."""
    return state if salt is None else {**state, SALT_KEY: salt}


def _rank(salt: str, key: str, entry_id: str) -> bytes:
    return hashlib.sha256(f"{salt}\0{key}\0{entry_id}".encode()).digest()


@dataclass(frozen=True)
class Order:
    """How one learner's lists are ordered: shuffled by ``salt``, or as the file has them."""

    salt: str | None = None

    @property
    def shuffled(self) -> bool:
        return self.salt is not None

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
"""The order of the file: what handouts, the answer key and self-checks use."""
