"""A written exercise's rubric as the coach reads it: what a good reply does and avoids.

Each rewrite and disclosure item declares, under ``coach:``, the behaviours a good
reply shows (``does``) and the habits it leaves out (``avoids``), each tied to the
rubric or checklist point it answers. :func:`rubric_for` turns an exercise (its id or
its loaded model) into a :class:`Rubric`; ``None`` gives the course-wide defaults.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ..content import (
    DATA_ENV,
    ContentError,
    Disclosure,
    Item,
    Rewrite,
    find_data_dir,
    load_library,
)
from ..content._models import COACH_BEHAVIOURS, SharingLimits
from ._checklist import CHECKS

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Rubric:
    """What one exercise asks of a reply, for the coach.

    ``does`` and ``avoids`` map each declared behaviour to the point it answers ("" when
    none); ``points`` maps each point id to its question as the learner reads it.
    """

    exercise: str = ""
    kind: str = ""
    does: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    avoids: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    points: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    checks: tuple[str, ...] = ()
    sharing: SharingLimits | None = None

    def point_for(self, behaviours: frozenset[str] | set[str], section: str) -> tuple[str, str]:
        """The first point (id, question) that a declared behaviour in ``section`` answers."""
        declared = self.does if section == "does" else self.avoids
        for name in COACH_BEHAVIOURS:  # a fixed order, so the same point is always chosen
            if name in behaviours and declared.get(name):
                point = declared[name]
                return point, self.points.get(point, "")
        return "", ""


NO_EXERCISE = Rubric()
"""The course-wide defaults, used when no exercise is given."""


def rubric_for(exercise: str | Rewrite | Disclosure | None) -> Rubric:
    """The rubric of ``exercise``: an id of a written exercise in the course, or its model.

    Raises :class:`ValueError`, in plain words, for an id that is not a written
    exercise, and :class:`TypeError` for anything that is not an id or an exercise.
    """
    if exercise is None:
        return NO_EXERCISE
    if isinstance(exercise, str):
        exercise = _find(exercise)
    if isinstance(exercise, Rewrite):
        points = {point.id: point.question for point in exercise.rubric}
        checks: tuple[str, ...] = ()
    elif isinstance(exercise, Disclosure):
        checks = tuple(exercise.checks)
        points = {name: CHECKS[name].question for name in checks if name in CHECKS}
    else:
        raise TypeError(
            "feedback() needs a written exercise (its id, or a rewrite or disclosure item),"
            f" not {type(exercise).__name__}"
        )
    coach = exercise.coach
    return Rubric(
        exercise=exercise.id,
        kind=exercise.type,
        does=MappingProxyType({entry.behaviour: entry.point or "" for entry in coach.does}),
        avoids=MappingProxyType({entry.behaviour: entry.point or "" for entry in coach.avoids}),
        points=MappingProxyType(points),
        checks=checks,
        sharing=coach.sharing,
    )


_FOUND: dict[tuple[str, str, str], tuple[Path, int, Item]] = {}
"""Exercises already found, by where the content is looked for and id, with their file
and its modification time."""


def _find(exercise_id: str) -> Item:
    """The exercise with this id, read once and again only when its file changes.

    Checking the whole content folder on every call would cost far more than reading
    the reply, so a found exercise is kept with its file's modification time.
    """
    key = (os.environ.get(DATA_ENV, ""), os.getcwd(), exercise_id)
    kept = _FOUND.get(key)
    if kept is not None:
        path, mtime, item = kept
        try:
            if path.stat().st_mtime_ns == mtime:
                return item
        except OSError:
            pass
    try:
        library = load_library(find_data_dir().resolve())
    except ContentError as err:
        raise ValueError(
            f"the course content could not be loaded, so exercise '{exercise_id}' is unknown:"
            f" {err.problems[0]}"
        ) from None
    written = sorted(
        item_id for item_id, item in library.items.items() if isinstance(item, Rewrite | Disclosure)
    )
    item = library.items.get(exercise_id)
    if not isinstance(item, Rewrite | Disclosure):
        what = f"a {item.type}, not a written exercise" if item is not None else "not in the course"
        raise ValueError(
            f"'{exercise_id}' is {what}; the written exercises are: {', '.join(written)}"
        )
    path = Path(library.item_files[exercise_id])
    if not path.is_absolute():
        path = (Path.cwd() / path).resolve()
    _FOUND[key] = (path, path.stat().st_mtime_ns, item)
    return item
