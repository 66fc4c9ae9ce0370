"""Choices a learner makes for the whole course (for now, their region), kept in their store.

A choice lives beside exercise progress in the learner's private store, under a
lesson id no lesson can have (``_course``), so progress overviews never count it.
It never lands in a notebook, a handout or the repository, and a new kernel (or
another lesson's) reads it back from the store.

Reading never raises: a store that is missing, unreadable or damaged reads as
"not chosen". Saving is something the learner asked for, so it raises
:class:`StoreProblem`, whose message the picker shows.
"""

from __future__ import annotations

from typing import Any

from ._keeper import Keeper, keeper
from ._store_problems import StoreProblem

COURSE = "_course"
"""The lesson id under which course-wide choices are kept (never a real lesson's id)."""
KIND = "choice"
REGION = "region"


def saved_choice(name: str, keeper_: Keeper | None = None) -> Any:
    """The value saved for ``name``, or None when nothing is saved or the store cannot be read."""
    try:
        store = (keeper_ or keeper()).store(create=False)
        if store is None:
            return None
        found = [r for r in store.progress(COURSE) if r.item_id == name]
    except Exception:  # any problem reads as "not chosen": the caller always has a default
        return None
    return found[0].state.get("value") if found else None


def save_choice(name: str, value: Any, keeper_: Keeper | None = None) -> None:
    """Save ``value`` for ``name`` now (None forgets it); raises :class:`StoreProblem`."""
    store = (keeper_ or keeper()).open_for_journal()
    store.save_progress(COURSE, name, KIND, {"value": value})


def saved_region(keeper_: Keeper | None = None) -> str | None:
    """The region id the learner chose, or None (not chosen, or the store cannot be read)."""
    value = saved_choice(REGION, keeper_)
    return value if isinstance(value, str) and value else None


def save_region(region_id: str | None, keeper_: Keeper | None = None) -> None:
    """Save the learner's region (None: back to "not chosen"); raises :class:`StoreProblem`."""
    save_choice(REGION, region_id or None, keeper_)


__all__ = ["COURSE", "StoreProblem", "save_choice", "save_region", "saved_choice", "saved_region"]
