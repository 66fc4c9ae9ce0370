"""The learner's salt: the random string, kept with their saved progress, that orders their lists.

Each live exercise shows its replies, options and cards in an order made from this
salt (:mod:`peerkit.practice._order`). It is made once per learner and saved with
every exercise state under :data:`SALT_KEY`, so the order stays put across reruns,
restarts and resuming. It is a random string or a hash: nothing a learner wrote.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

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
