"""A timed workshop agenda: the lessons in order, with breaks and lunch put where they fit.

Pure functions over plain values, so the rules can be tested without a kernel:

- lessons run in curriculum order, each as one block of its listed minutes;
- a break goes in at the first lesson boundary where carrying on would mean more
  than ``break_every`` minutes of work since the last pause;
- a lesson longer than ``break_every`` is split at the boundaries between the
  parts of its session plan that give the most even blocks that fit (with no
  plan, into equal blocks), and resumes after the break;
- lunch, when asked for, goes in at the first boundary at or after ``lunch_after``,
  in place of any break due there.

The facilitator guide itself is not a session.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .content import Library

DAY = 24 * 60


class AgendaError(ValueError):
    """A setting the agenda cannot use, explained in words (``problem - fix``)."""


@dataclass(frozen=True)
class Session:
    """One lesson to schedule: its id, title, length, and where a pause would fit inside it."""

    id: str
    title: str
    minutes: int
    pauses: tuple[int, ...] = ()
    """Minutes from the start of the lesson at which one part ends and the next begins."""


@dataclass(frozen=True)
class Row:
    """One line of the agenda."""

    start: int
    end: int
    kind: Literal["session", "break", "lunch"]
    title: str
    lesson: str | None = None
    part: int = 0
    parts: int = 1

    @property
    def minutes(self) -> int:
        return self.end - self.start

    @property
    def label(self) -> str:
        """The title in words, with 'part 1 of 2' when a lesson is split."""
        if self.kind != "session":
            return self.title
        if self.parts > 1:
            return f"{self.title} (part {self.part} of {self.parts})"
        return self.title


def clock(minutes: int) -> str:
    """Minutes since midnight as a 24-hour time, e.g. 570 -> '09:30'."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_clock(text: str, name: str = "time") -> int:
    """Minutes since midnight from 'HH:MM' (or 'H:MM', or 'HH.MM'); AgendaError otherwise."""
    match = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", str(text))
    if match:
        hours, minutes = int(match[1]), int(match[2])
        if hours < 24 and minutes < 60:
            return hours * 60 + minutes
    raise AgendaError(
        f"the {name} '{text}' is not a time of day - write it as HH:MM on a 24-hour clock, e.g. 09:30 or 13:15"
    )


def _check_minutes(value: int, name: str, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise AgendaError(
            f"{name} should be a whole number of minutes from {low} to {high}, not '{value}' - e.g. 90"
        )


def _pieces(session: Session, limit: int) -> list[int]:
    """Split a lesson into blocks of at most ``limit`` minutes, at its own part boundaries where possible.

    Among the ways to cut at the session plan's boundaries, it takes the fewest
    blocks, then the most even ones (a plan has a handful of parts, so trying
    every combination is cheap). Without a plan that fits, it cuts equal blocks.
    """
    if session.minutes <= limit:
        return [session.minutes]
    pauses = sorted(p for p in set(session.pauses) if 0 < p < session.minutes)[:16]
    best: tuple[int, int, list[int]] | None = None
    for size in range(1, len(pauses) + 1):
        for cuts in itertools.combinations(pauses, size):
            edges = [0, *cuts, session.minutes]
            pieces = [b - a for a, b in itertools.pairwise(edges)]
            if max(pieces) <= limit:
                key = (len(pieces), max(pieces) - min(pieces), pieces)
                best = key if best is None or key[:2] < best[:2] else best
        if best is not None:
            return best[2]
    blocks = math.ceil(session.minutes / limit)
    base, extra = divmod(session.minutes, blocks)
    return [base + 1] * extra + [base] * (blocks - extra)


def plan(
    sessions: Sequence[Session],
    start: int,
    break_every: int,
    break_minutes: int = 15,
    lunch_after: int | None = None,
    lunch_minutes: int = 45,
) -> list[Row]:
    """The agenda rows for ``sessions`` starting at ``start`` (minutes since midnight)."""
    _check_minutes(break_every, "the time between breaks", 10, 600)
    _check_minutes(break_minutes, "a break", 1, 120)
    _check_minutes(lunch_minutes, "lunch", 1, 180)
    if lunch_after is not None and lunch_after <= start:
        raise AgendaError(
            f"lunch after {clock(lunch_after)} is not after the start at {clock(start)} - choose a later lunch time"
        )
    rows: list[Row] = []
    now, worked = start, 0
    lunch_due = lunch_after is not None

    def pause(kind: Literal["break", "lunch"]) -> None:
        nonlocal now, worked
        length = lunch_minutes if kind == "lunch" else break_minutes
        rows.append(Row(now, now + length, kind, "Lunch" if kind == "lunch" else "Break"))
        now += length
        worked = 0

    for session in sessions:
        pieces = _pieces(session, break_every)
        for number, piece in enumerate(pieces, start=1):
            if rows:
                if lunch_due and lunch_after is not None and now >= lunch_after:
                    pause("lunch")
                    lunch_due = False
                elif worked and worked + piece > break_every:
                    pause("break")
            rows.append(
                Row(now, now + piece, "session", session.title, session.id, number, len(pieces))
            )
            now += piece
            worked += piece
    if now > DAY:
        raise AgendaError(
            f"this agenda would run past midnight (to {clock(now % DAY)} the next day)"
            " - start earlier, or split the course over two days"
        )
    return rows


def as_text(rows: Sequence[Row], title: str = "") -> str:
    """The agenda as plain lines, e.g. '09:30-09:50  Welcome to peerkit (20 min)'."""
    lines = [f"Agenda: {title}" if title else "Agenda"]
    for row in rows:
        lines.append(f"{clock(row.start)}-{clock(row.end)}  {row.label} ({row.minutes} min)")
    taught = sum(row.minutes for row in rows if row.kind == "session")
    lessons = len({row.lesson for row in rows if row.kind == "session"})
    if rows:
        lines.append(
            f"{lessons} lesson{'s' if lessons != 1 else ''}, {_duration(taught)} of sessions;"
            f" the day ends at {clock(rows[-1].end)}."
        )
    return "\n".join(lines)


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def sessions(lib: Library) -> list[Session]:
    """The lessons to schedule, in order, with the pauses their session plans allow."""
    from .content._course import plans

    by_lesson = plans(lib)
    found = []
    for entry in lib.curriculum.lessons:
        if entry.kind != "lesson":
            continue
        plan = by_lesson.get(entry.id)
        pauses = plan.model.pauses if plan and plan.model.core_minutes == entry.minutes else ()
        found.append(Session(entry.id, entry.title, entry.minutes, pauses))
    return found
