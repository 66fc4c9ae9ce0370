"""A course agenda built from data: times computed from the session plans, and the rules checked.

An agenda file (data/facilitator/agendas/<id>.yaml) gives only the order of blocks, which
role-plays run, which optional parts are left for self-study and where the pauses go. This
module turns it into timed rows, day by day, with pure functions over the models, so every
rule can be tested without a kernel, a notebook or a file:

1. **Times are computed, never read.** A lesson block lasts its plan's warm-up, the parts
   it includes and its check-out. A part is included unless it is skipped, or it is a
   role-play whose triad the block does not choose.
2. **Pre-work.** In a block with ``pre_work: true``, each reading line of a part that is
   not heavy counts a third of its minutes (a recap) and each line done alone counts one
   minute: learners read and write those before the day. Heavy parts are always read
   together, in the room.
3. **Pauses** go after the parts the block names; a lesson without any gets a break at
   the last part boundary that keeps work to :data:`MAX_WORK` minutes.
4. **The rules** (R1-R9, :data:`RULES`) are checked, each problem naming the block and a fix.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ._guide_models import INCLUDE_LABELS, Agenda, Block, PlanPart, SessionPlan

TOP = "(top)"
"""In a reading line's ``covers``: the lesson's text before its first heading."""
MAX_WORK = 90
"""Longest stretch of work between two pauses, in minutes (R2)."""
AUTO_BREAK = 15
"""A break the builder puts in where a lesson names no pauses."""
LUNCH_EARLIEST, LUNCH_LATEST = 11 * 60 + 30, 13 * 60 + 30
LUNCH_SHORTEST, LUNCH_LONGEST = 30, 60
LIGHT_TAIL = 30
"""Minutes of lighter work that must follow the last heavy part of a day (R5)."""
PRE_WORK_READING_RATE = 200
"""Words a minute when learners read on their own before the day."""

RULES: dict[str, str] = {
    "R1": "every day opens with an opening round and ends with a closing, and they hold what the day needs",
    "R2": f"no more than {MAX_WORK} minutes of work between pauses",
    "R3": "one lunch on a full day, starting between 11:30 and 13:30, 30 to 60 minutes long",
    "R4": "the day ends by its 'end_by' time",
    "R5": "the day never ends on the heaviest material",
    "R6": "a part marked 'break_after' is followed straight away by a break or lunch",
    "R7": "a role-play about suicide runs only on a day with a second facilitator or on-call person",
    "R8": "lessons in course order, each once; triads inside their own lesson; needed parts included",
    "R9": "only optional parts are left out, and only when what they require is there",
}
"""The rules every agenda meets, as the printed rules check names them."""


@dataclass(frozen=True)
class TriadInfo:
    """What the agenda needs to know about a role-play triad (from data/triads/)."""

    id: str
    lesson: str
    minutes: int
    crisis: bool = False
    rounds: int = 3
    materials: tuple[str, ...] = ()
    title: str = ""


@dataclass(frozen=True)
class Row:
    """One line of a day: a block, or the piece of a lesson between two pauses."""

    start: int
    end: int
    kind: Literal["opening-round", "closing", "lesson", "break", "lunch"]
    title: str
    lesson: str | None = None
    parts: tuple[str, ...] = ()
    triads: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    path: tuple[Any, ...] = ()
    """Where the block is in the agenda file (for line numbers)."""

    @property
    def minutes(self) -> int:
        return self.end - self.start

    @property
    def is_pause(self) -> bool:
        return self.kind in ("break", "lunch")


@dataclass(frozen=True)
class DaySchedule:
    day: int
    start: int
    end_by: int
    rows: tuple[Row, ...]

    @property
    def end(self) -> int:
        return self.rows[-1].end if self.rows else self.start


@dataclass(frozen=True)
class RuleProblem:
    """A rule the agenda breaks: where (a path into the agenda file), what, and the fix."""

    rule: str
    path: tuple[Any, ...]
    problem: str
    fix: str


@dataclass(frozen=True)
class PreWork:
    """What learners read and do on their own before a day (or before the course)."""

    day: int
    """0: before the course."""
    lesson: str
    title: str
    read: tuple[str, ...] = ()
    do: tuple[str, ...] = ()
    minutes: int = 0
    how: str | None = None


@dataclass(frozen=True)
class SelfStudy:
    lesson: str
    title: str
    part: str
    if_skipped: str


@dataclass(frozen=True)
class Schedule:
    agenda: Agenda
    days: tuple[DaySchedule, ...]
    problems: tuple[RuleProblem, ...]
    pre_work: tuple[PreWork, ...] = ()
    self_study: tuple[SelfStudy, ...] = ()
    materials: tuple[str, ...] = ()
    role_plays: tuple[str, ...] = field(default_factory=tuple)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes_of(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


# --- one lesson block ----------------------------------------------------------------


def part_minutes(part: PlanPart, pre_work: bool) -> int:
    """A part's minutes in the room: all of them, or with pre-work the recap of its reading."""
    if not pre_work or part.heavy:
        return part.minutes
    total = 0
    for line in part.budget:
        if line.activity == "reading":
            total += math.ceil(line.minutes / 3)
        elif line.mode == "alone":
            total += 1
        else:
            total += line.minutes
    return total


def included_parts(plan: SessionPlan, block: Block) -> list[PlanPart]:
    """The parts a lesson block runs: not skipped, and role-plays only when their triad is chosen."""
    return [
        part
        for part in plan.parts
        if part.id not in block.skip and (part.triad is None or part.triad in block.triads)
    ]


def _lesson_label(lesson: str, title: str) -> str:
    return f"{lesson[:2]} {title}" if lesson[:2].isdigit() else title


def _short(item_id: str) -> str:
    """A case's short name in notes: 'cs02' for 'cs02-drank-again'."""
    head = item_id.split("-", 1)[0]
    return head if head[:2] == "cs" and head[2:].isdigit() else item_id


# --- the builder -------------------------------------------------------------------------


@dataclass
class _Day:
    day: int
    now: int
    rows: list[Row] = field(default_factory=list)
    worked: int = 0


def build(
    agenda: Agenda,
    plans: Mapping[str, SessionPlan],
    lessons: Sequence[tuple[str, str]],
    *,
    triads: Mapping[str, TriadInfo] | None = None,
    reading_words: Callable[[str, Sequence[str]], int | None] | None = None,
    item_titles: Mapping[str, str] | None = None,
    start: int | None = None,
) -> Schedule:
    """The timed course: rows for each day, the rules it breaks, pre-work and what to print.

    ``lessons`` is the curriculum's (id, title) in course order; ``triads`` what the
    triads say about themselves (when known); ``reading_words(lesson, headings)`` the
    words of those notebook sections (for the pre-work estimate); ``item_titles`` the
    exercises' titles (for the pre-work list); ``start`` moves the start of every day.
    """
    titles = dict(lessons)
    order = {lesson_id: n for n, (lesson_id, _) in enumerate(lessons)}
    problems: list[RuleProblem] = []
    taught: list[tuple[str, tuple[Any, ...]]] = []
    course_lessons = {b.lesson for d in agenda.days for b in d.blocks if b.lesson}
    course_lessons |= {entry.lesson for entry in agenda.before_the_course}
    days: list[DaySchedule] = []
    pre_work: list[PreWork] = [
        PreWork(0, e.lesson, titles.get(e.lesson, e.lesson), how=e.how)
        for e in agenda.before_the_course
    ]
    self_study: list[SelfStudy] = []
    role_plays: list[str] = []

    for d, day in enumerate(agenda.days):
        first = minutes_of(day.start) if start is None else start
        state = _Day(day.day, first)
        heavy_marks: list[tuple[int, Row]] = []  # (index of row, row) where a heavy part ran
        for b, block in enumerate(day.blocks):
            path = ("days", d, "blocks", b)
            if block.kind in ("opening-round", "closing"):
                _add(
                    state,
                    block.kind,
                    block.title or "",
                    block.minutes or 0,
                    path,
                    notes=tuple(INCLUDE_LABELS[i] for i in block.includes),
                )
            elif block.kind in ("break", "lunch"):
                _pause(state, block.kind, block.minutes or 0, path)
            else:
                lesson = block.lesson or ""
                plan = plans.get(lesson)
                if lesson not in titles:
                    problems.append(
                        RuleProblem(
                            "R8",
                            (*path, "lesson"),
                            f"'{lesson}' is not a lesson of the course",
                            "use a lesson id from data/curriculum.yaml",
                        )
                    )
                    continue
                if plan is None:
                    problems.append(
                        RuleProblem(
                            "R8",
                            (*path, "lesson"),
                            f"lesson '{lesson}' has no session plan",
                            f"write data/facilitator/{lesson}.yaml",
                        )
                    )
                    continue
                taught.append((lesson, path))
                problems += _block_problems(block, plan, path, course_lessons, triads)
                heavy_marks += _run_lesson(state, block, plan, path, titles[lesson], problems)
                if block.pre_work:
                    pre_work.append(
                        _pre_work(day.day, block, plan, titles[lesson], reading_words, item_titles)
                    )
                for part in plan.parts:
                    if part.id in block.skip and part.optional:
                        self_study.append(
                            SelfStudy(lesson, titles[lesson], part.title, part.if_skipped or "")
                        )
                role_plays += [t for t in block.triads if any(p.triad == t for p in plan.parts)]
        schedule = DaySchedule(day.day, first, minutes_of(day.end_by), tuple(state.rows))
        days.append(schedule)
        problems += _day_rules(
            agenda, d, day.day, schedule, plans, heavy_marks, d == len(agenda.days) - 1
        )
    problems += _order_rules(taught, order)
    materials = _materials(agenda, role_plays, triads)
    return Schedule(
        agenda,
        tuple(days),
        tuple(problems),
        tuple(pre_work),
        tuple(self_study),
        tuple(materials),
        tuple(role_plays),
    )


def _add(
    state: _Day, kind: Any, title: str, minutes: int, path: tuple[Any, ...], **extra: Any
) -> Row:
    row = Row(state.now, state.now + minutes, kind, title, path=path, **extra)
    state.rows.append(row)
    state.now += minutes
    state.worked += minutes
    return row


def _pause(
    state: _Day, kind: Literal["break", "lunch"], minutes: int, path: tuple[Any, ...]
) -> None:
    title = "Lunch" if kind == "lunch" else "Break"
    state.rows.append(Row(state.now, state.now + minutes, kind, title, path=path))
    state.now += minutes
    state.worked = 0


def _run_lesson(
    state: _Day,
    block: Block,
    plan: SessionPlan,
    path: tuple[Any, ...],
    title: str,
    problems: list[RuleProblem],
) -> list[tuple[int, Row]]:
    """Add a lesson's rows (split at its pauses) to the day; return the rows with heavy parts."""
    parts = included_parts(plan, block)
    pauses = {p.after: p for p in block.pauses}
    segments: list[tuple[str | None, int, PlanPart | None]] = [(None, plan.warm_up.minutes, None)]
    segments += [(p.id, part_minutes(p, block.pre_work), p) for p in parts]
    segments.append((None, plan.check_out.minutes, None))
    label = _lesson_label(plan.lesson, title)
    first_notes: list[str] = []
    if block.pre_work:
        first_notes.append("reading done before the day")
    skipped = [p for p in plan.parts if p.id in block.skip]
    left = [_short(i) for p in skipped for i in p.items] + [
        f"“{p.title}”" for p in skipped if not p.items
    ]
    heavy_rows: list[tuple[int, Row]] = []
    current: list[tuple[str | None, int, PlanPart | None]] = []
    pieces = 0

    def flush() -> Row | None:
        nonlocal current, pieces
        if not current:
            return None
        minutes = sum(m for _, m, _ in current)
        ids = tuple(i for i, _, _ in current if i)
        played = tuple(p.triad for _, _, p in current if p is not None and p.triad)
        notes = list(first_notes) if pieces == 0 else []
        notes += [f"role-play {t}" for t in played]
        row = _add(
            state,
            "lesson",
            label if pieces == 0 else f"{label} (cont.)",
            minutes,
            path,
            lesson=plan.lesson,
            parts=ids,
            triads=played,
            notes=tuple(notes),
        )
        if any(p is not None and p.heavy for _, _, p in current):
            heavy_rows.append((len(state.rows) - 1, row))
        pieces += 1
        current = []
        return row

    for n, (part_id, minutes, part) in enumerate(segments):
        if (
            not block.pauses
            and current
            and state.worked + sum(m for _, m, _ in current) + minutes > MAX_WORK
        ):
            flush()
            _pause(state, "break", AUTO_BREAK, path)
        current.append((part_id, minutes, part))
        pause = pauses.get(part_id) if part_id else None
        if pause is not None and n < len(segments) - 1:
            flush()
            _pause(state, pause.kind, pause.minutes, (*path, "pauses", block.pauses.index(pause)))
    last = flush()
    if last is not None and left:
        notes = [*state.rows[-1].notes, f"{', '.join(left)} left for self-study"]
        state.rows[-1] = Row(**{**last.__dict__, "notes": tuple(notes)})
        if heavy_rows and heavy_rows[-1][1] is last:
            heavy_rows[-1] = (heavy_rows[-1][0], state.rows[-1])
    known = {p.id for p in parts}
    for i, pause in enumerate(block.pauses):
        if pause.after not in known:
            where = (
                "is skipped in this block"
                if plan.part(pause.after)
                else "is not a part of its plan"
            )
            problems.append(
                RuleProblem(
                    "R8",
                    (*path, "pauses", i, "after"),
                    f"the pause after '{pause.after}' cannot be placed: that part {where}",
                    _did_you_mean(pause.after, [p.id for p in parts]),
                )
            )
    return heavy_rows


def _did_you_mean(name: str, known: Sequence[str]) -> str:
    from ._problems import did_you_mean

    return did_you_mean(name, list(known))


def _block_problems(
    block: Block,
    plan: SessionPlan,
    path: tuple[Any, ...],
    course_lessons: set[str | None],
    triads: Mapping[str, TriadInfo] | None,
) -> list[RuleProblem]:
    problems: list[RuleProblem] = []
    part_ids = [p.id for p in plan.parts]
    plan_triads = [p.triad for p in plan.parts if p.triad]
    for i, part_id in enumerate(block.skip):
        part = plan.part(part_id)
        if part is None:
            problems.append(
                RuleProblem(
                    "R9",
                    (*path, "skip", i),
                    f"'{part_id}' is not a part of lesson {plan.lesson}'s plan",
                    _did_you_mean(part_id, part_ids),
                )
            )
        elif not part.optional:
            problems.append(
                RuleProblem(
                    "R9",
                    (*path, "skip", i),
                    f"part '{part_id}' is not optional, so it cannot be left out",
                    "run it, or mark it 'optional: true' in the session plan with 'if_skipped:'",
                )
            )
        elif part.skip_requires and not (
            part.skip_requires in course_lessons or part.skip_requires in block.triads
        ):
            what = "lesson" if part.skip_requires[:2].isdigit() else "triad"
            problems.append(
                RuleProblem(
                    "R9",
                    (*path, "skip", i),
                    f"part '{part_id}' may be left out only when {what} '{part.skip_requires}' runs",
                    f"add {what} '{part.skip_requires}' to the course, or run part '{part_id}'",
                )
            )
    for i, triad in enumerate(block.triads):
        if triad not in plan_triads:
            elsewhere = triads.get(triad).lesson if triads and triad in triads else None
            problems.append(
                RuleProblem(
                    "R8",
                    (*path, "triads", i),
                    f"triad '{triad}' is not played in lesson {plan.lesson}"
                    + (f" (it belongs to lesson {elsewhere})" if elsewhere else ""),
                    "choose one of this lesson's triads: "
                    + (", ".join(plan_triads) or "it has none"),
                )
            )
    for part in plan.parts:
        if part.triad and not part.optional and part.triad not in block.triads:
            problems.append(
                RuleProblem(
                    "R9",
                    (*path, "triads"),
                    f"the role-play part '{part.id}' is not optional, but its triad is not chosen",
                    f"add {part.triad} to 'triads:'",
                )
            )
    included = {p.id for p in included_parts(plan, block)}
    for part in included_parts(plan, block):
        for needed in part.needs:
            if needed not in included:
                problems.append(
                    RuleProblem(
                        "R8",
                        (*path, "skip") if needed in block.skip else (*path, "lesson"),
                        f"part '{part.id}' needs part '{needed}', which this block leaves out",
                        f"run '{needed}' too, or leave out '{part.id}'",
                    )
                )
    return problems


def _pre_work(
    day: int,
    block: Block,
    plan: SessionPlan,
    title: str,
    reading_words: Callable[[str, Sequence[str]], int | None] | None,
    item_titles: Mapping[str, str] | None = None,
) -> PreWork:
    read: list[str] = []
    do: list[str] = []
    minutes = 0
    for part in included_parts(plan, block):
        if part.heavy:
            continue
        for line in part.budget:
            if line.activity == "reading":
                read += [c for c in line.covers if c not in read]
                words = reading_words(plan.lesson, line.covers) if reading_words else None
                minutes += math.ceil(words / PRE_WORK_READING_RATE) if words else line.minutes
            elif line.mode == "alone":
                name = (item_titles or {}).get(line.item or "")
                if name and not name.startswith(("“", '"')):
                    name = f"“{name}”"
                do.append(name or line.item or line.what or line.activity)
                minutes += line.minutes
    return PreWork(day, plan.lesson, title, tuple(read), tuple(do), minutes)


def _day_rules(
    agenda: Agenda,
    d: int,
    day_number: int,
    schedule: DaySchedule,
    plans: Mapping[str, SessionPlan],
    heavy_rows: list[tuple[int, Row]],
    last_day: bool,
) -> list[RuleProblem]:
    problems: list[RuleProblem] = []
    day = agenda.days[d]
    rows = schedule.rows
    day_path = ("days", d)
    blocks = day.blocks
    # R1: opening and closing, and what they hold
    if blocks[0].kind != "opening-round":
        problems.append(
            RuleProblem(
                "R1",
                (*day_path, "blocks", 0),
                f"day {day_number} does not start with an opening round",
                "add a block 'kind: opening-round' first",
            )
        )
    if blocks[-1].kind != "closing":
        problems.append(
            RuleProblem(
                "R1",
                (*day_path, "blocks", len(blocks) - 1),
                f"day {day_number} does not end with a closing",
                "add a block 'kind: closing' last",
            )
        )
    lessons_today = {b.lesson for b in blocks if b.kind == "lesson"}
    if blocks[0].kind == "opening-round":
        wanted = []
        if d == 0:
            wanted.append("parking-lot")
            if not any(lesson and lesson.startswith("00-") for lesson in lessons_today):
                wanted += ["group-agreement", "pause-signal"]
        missing = [w for w in wanted if w not in blocks[0].includes]
        if missing:
            why = (
                ""
                if "group-agreement" not in missing
                else " (lesson 00, which brings them, is not taught today)"
            )
            problems.append(
                RuleProblem(
                    "R1",
                    (*day_path, "blocks", 0, "includes"),
                    f"the opening of day {day_number} leaves out {', '.join(missing)}{why}",
                    f"add {', '.join(missing)} to its 'includes:'",
                )
            )
    if blocks[-1].kind == "closing":
        wanted = ["parking-lot-review"] + (["evaluation"] if last_day else [])
        missing = [w for w in wanted if w not in blocks[-1].includes]
        if missing:
            problems.append(
                RuleProblem(
                    "R1",
                    (*day_path, "blocks", len(blocks) - 1, "includes"),
                    f"the closing of day {day_number} leaves out {', '.join(missing)}",
                    f"add {', '.join(missing)} to its 'includes:'",
                )
            )
    # R2: no long stretch of work
    worked, since = 0, None
    for row in rows:
        if row.is_pause:
            worked, since = 0, None
            continue
        since = since if since is not None else row.start
        worked += row.minutes
        if worked > MAX_WORK:
            problems.append(
                RuleProblem(
                    "R2",
                    row.path,
                    f"day {day_number} has {worked} minutes of work from {clock(since)} to {clock(row.end)}"
                    " without a pause",
                    "add a pause (a 'pauses:' entry after a part, or a break block) so that no stretch is over"
                    f" {MAX_WORK} minutes",
                )
            )
            worked, since = 0, None
    # R3: lunch
    lunches = [r for r in rows if r.kind == "lunch"]
    full_day = schedule.end - schedule.start > 5 * 60
    if full_day and not lunches:
        problems.append(
            RuleProblem(
                "R3",
                (*day_path, "blocks"),
                f"day {day_number} has no lunch",
                "add a pause 'kind: lunch' (30 to 60 minutes) after a part that ends between 11:30 and 13:30",
            )
        )
    for row in lunches[1:]:
        problems.append(
            RuleProblem(
                "R3",
                row.path,
                f"day {day_number} has a second lunch, at {clock(row.start)}",
                "make it a break",
            )
        )
    for row in lunches[:1]:
        if not LUNCH_EARLIEST <= row.start <= LUNCH_LATEST:
            problems.append(
                RuleProblem(
                    "R3",
                    row.path,
                    f"lunch on day {day_number} starts at {clock(row.start)}",
                    "move it after a part that ends between 11:30 and 13:30",
                )
            )
        if not LUNCH_SHORTEST <= row.minutes <= LUNCH_LONGEST:
            problems.append(
                RuleProblem(
                    "R3",
                    row.path,
                    f"lunch on day {day_number} is {row.minutes} minutes long",
                    f"make it {LUNCH_SHORTEST} to {LUNCH_LONGEST} minutes",
                )
            )
    # R4: ends in time
    if schedule.end > schedule.end_by:
        problems.append(
            RuleProblem(
                "R4",
                (*day_path, "end_by"),
                f"day {day_number} ends at {clock(schedule.end)}, after {clock(schedule.end_by)}",
                "leave an optional part or a role-play for another day, use pre-work, or start earlier",
            )
        )
    # R5: never end on the heaviest material
    taught = [r for r in rows if r.kind == "lesson"]
    if taught:
        last_lesson = taught[-1].lesson
        plan = plans.get(last_lesson or "")
        if plan is not None and plan.weight == "heavy":
            problems.append(
                RuleProblem(
                    "R5",
                    taught[-1].path,
                    f"day {day_number} ends on lesson {last_lesson}, one of the heaviest",
                    "follow it with a lighter lesson before the closing, or move it earlier",
                )
            )
        elif heavy_rows:
            index, row = heavy_rows[-1]
            after = _light_minutes_after(rows, index, row, plans)
            if after < LIGHT_TAIL:
                problems.append(
                    RuleProblem(
                        "R5",
                        row.path,
                        f"day {day_number} has only {after} minutes of lighter work between its last heavy part and"
                        " the closing",
                        f"leave at least {LIGHT_TAIL} minutes of a lighter lesson after it",
                    )
                )
    # R6: break after
    for i, row in enumerate(rows):
        if row.kind != "lesson" or not row.parts:
            continue
        plan = plans.get(row.lesson or "")
        if plan is None:
            continue
        for n, part_id in enumerate(row.parts):
            part = plan.part(part_id)
            if part is None or not part.break_after:
                continue
            last_in_row = n == len(row.parts) - 1
            next_row = rows[i + 1] if i + 1 < len(rows) else None
            if not (last_in_row and next_row is not None and next_row.is_pause):
                problems.append(
                    RuleProblem(
                        "R6",
                        row.path,
                        f"part '{part_id}' of lesson {row.lesson} needs a break straight after it",
                        f"add a pause to the block: {{after: {part_id}, kind: break, minutes: 10}}",
                    )
                )
    # R7: role-plays about suicide need support
    for row in rows:
        plan = plans.get(row.lesson or "")
        if plan is None:
            continue
        for part_id in row.parts:
            part = plan.part(part_id)
            if part is not None and part.triad and part.heavy and not agenda.support_on(day_number):
                problems.append(
                    RuleProblem(
                        "R7",
                        row.path,
                        f"the role-play '{part.triad}' runs on day {day_number} without a second facilitator or"
                        " on-call person",
                        f"set 'support: second-facilitator-or-on-call' (or '-on-day-{day_number}'), or leave the"
                        " triad out",
                    )
                )
    return problems


def _light_minutes_after(
    rows: Sequence[Row], index: int, row: Row, plans: Mapping[str, SessionPlan]
) -> int:
    """Minutes of lighter work after the last heavy part (in ``row``) and before the closing."""

    def heavy_minutes(part_ids: Sequence[str], lesson: str | None) -> int:
        plan = plans.get(lesson or "")
        return sum(p.minutes for i in part_ids if plan and (p := plan.part(i)) and p.heavy)

    plan = plans.get(row.lesson or "")
    parts = list(row.parts)
    last_heavy = max(
        (n for n, i in enumerate(parts) if plan and (p := plan.part(i)) and p.heavy), default=-1
    )
    after = parts[last_heavy + 1 :]
    total = sum(p.minutes for i in after if plan and (p := plan.part(i)))
    if (
        index == len(rows) - 1
        or rows[index + 1].kind != "lesson"
        or rows[index + 1].lesson != row.lesson
    ):
        total += plan.check_out.minutes if plan else 0
    for later in rows[index + 1 :]:
        if later.kind == "lesson":
            total += later.minutes - heavy_minutes(later.parts, later.lesson)
    return total


def _order_rules(
    taught: list[tuple[str, tuple[Any, ...]]], order: Mapping[str, int]
) -> list[RuleProblem]:
    problems: list[RuleProblem] = []
    seen: set[str] = set()
    last = -1
    for lesson, path in taught:
        if lesson in seen:
            problems.append(
                RuleProblem(
                    "R8",
                    (*path, "lesson"),
                    f"lesson {lesson} is taught twice",
                    "keep it in one block: split it with 'pauses:' instead",
                )
            )
            continue
        seen.add(lesson)
        position = order.get(lesson, -1)
        if position < last:
            problems.append(
                RuleProblem(
                    "R8",
                    (*path, "lesson"),
                    f"lesson {lesson} comes after a later lesson",
                    "put the lessons in the order of data/curriculum.yaml",
                )
            )
        last = max(last, position)
    return problems


def _materials(
    agenda: Agenda,
    role_plays: Sequence[str],
    triads: Mapping[str, TriadInfo] | None,
) -> list[str]:
    people = agenda.group_size.max
    groups = math.ceil(people / 3)
    found = [
        f"Crisis lines cards for your region: {people}",
        "A large sheet for the parking lot, sticky notes and markers",
    ]
    for triad_id in role_plays:
        info = triads.get(triad_id) if triads else None
        rounds = info.rounds if info else 3
        line = (
            f"{triad_id}: {groups} sets of the three role cards (one per group of three),"
            f" {groups * rounds} observer sheets ({rounds} rounds)"
        )
        if info and info.materials:
            line += f", and {', '.join(info.materials)} ({groups})"
        found.append(line)
    includes = {i for d in agenda.days for b in d.blocks for i in b.includes}
    if "skills-self-check" in includes:
        found.append(f"Self-assessment sheets: {people}")
    if "evaluation" in includes:
        found.append(f"Evaluation forms: {people}, and a box for them by the door")
    return found


# --- as text -------------------------------------------------------------------------------


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"


SUPPORT_WORDS: dict[str, str] = {
    "co-facilitator-recommended": "a co-facilitator is recommended",
    "co-facilitator-required": "a co-facilitator is needed",
    "second-facilitator-or-on-call": "a second facilitator or an on-call support person every day",
}


def support_words(support: str) -> str:
    if support in SUPPORT_WORDS:
        return SUPPORT_WORDS[support]
    day = support.rsplit("-", 1)[-1]
    return f"a second facilitator or an on-call support person on day {day}"


def _heading(heading: str) -> str:
    """A notebook heading as the pre-work list names it."""
    return "the opening" if heading == TOP else f"“{heading}”"


def as_text(schedule: Schedule) -> str:
    """The course as plain text: a table per day, pre-work, self-study, what to print, the rules check."""
    agenda = schedule.agenda
    out = [agenda.title, "", agenda.summary, ""]
    out.append(
        f"Group: {agenda.group_size.min} to {agenda.group_size.max} people."
        f" Support: {support_words(agenda.support)}."
    )
    before = [p for p in schedule.pre_work if p.day == 0]
    if before:
        out += ["", "Before the course"]
        out += [f"- {_lesson_label(p.lesson, p.title)}: {p.how}" for p in before]
    for day in schedule.days:
        out += [
            "",
            f"Day {day.day} ({clock(day.start)}-{clock(day.end)})"
            if len(schedule.days) > 1
            else f"The day ({clock(day.start)}-{clock(day.end)})",
        ]
        width = max(len(r.title) for r in day.rows) if day.rows else 10
        out.append(f"{'time':<11}  {'block':<{width}}  {'min':>3}  notes")
        for row in day.rows:
            notes = "; ".join(row.notes)
            out.append(
                f"{clock(row.start)}-{clock(row.end)}  {row.title:<{width}}  {row.minutes:>3}  {notes}".rstrip()
            )
        work = sum(r.minutes for r in day.rows if not r.is_pause)
        out.append(f"{_duration(work)} of work; the day ends at {clock(day.end)}.")
    for day_number in sorted({p.day for p in schedule.pre_work if p.day}):
        entries = [p for p in schedule.pre_work if p.day == day_number]
        total = sum(p.minutes for p in entries)
        out += ["", f"Pre-work for day {day_number} (about {_duration(total)} on their own)"]
        for p in entries:
            pieces = []
            if p.read:
                pieces.append("read " + ", ".join(_heading(h) for h in p.read))
            if p.do:
                pieces.append("do alone " + ", ".join(p.do))
            out.append(
                f"- {_lesson_label(p.lesson, p.title)} (about {p.minutes} min): {'; '.join(pieces)}"
            )
    if schedule.self_study:
        out += ["", "Left for self-study"]
        out += [
            f"- {_lesson_label(s.lesson, s.title)}, {s.part}: {s.if_skipped}"
            for s in schedule.self_study
        ]
    out += ["", f"To print (for up to {agenda.group_size.max} people)"]
    out += [f"- {m}" for m in schedule.materials]
    broken = {p.rule for p in schedule.problems}
    out += ["", f"Rules check: {len(RULES) - len(broken)} of {len(RULES)} rules met"]
    for rule, words in RULES.items():
        out.append(f"- {rule} {'broken' if rule in broken else 'met'}: {words}")
        out += [f"    {p.problem} - {p.fix}" for p in schedule.problems if p.rule == rule]
    return "\n".join(out)
