"""The facilitator guide's material: agenda, session plans, answer keys, time-sensitive facts.

Everything here is generated from the content in data/ and is for facilitators
only. Learner notebooks never call these functions (a test checks), and the
learner edition of every static view leaves the facilitator notes out.

- ``agenda(start="09:30", break_every=90)``: the timed agenda of the whole course;
- ``session_plan(lesson)``: data/facilitator/<lesson>.yaml laid out with clock times;
- ``answer_key(lesson)``: the facilitator edition of every exercise the lesson shows,
  with every path through each case;
- ``time_sensitive_facts()``: facts to re-check before each course, with dates.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from . import _agenda
from ._display import _REPORTED, StaticBlock, _strict
from ._prose import SHOW_CALL
from .content import (
    Case,
    ContentError,
    Item,
    LessonEntry,
    Library,
    Problem,
    load_file,
    load_library,
)
from .content._facilitator import course_from
from .content._guide_models import Agenda, BudgetLine, SessionPlan, TimeSensitiveFacts
from .content._schedule import Schedule
from .content._schedule import as_text as schedule_text
from .content._schedule import build as build_schedule
from .content._yaml import YamlDocument
from .practice import OUTCOME_LABELS, VERDICT_LABELS, count_paths, list_paths
from .static import TEMPLATES, environment, render_item

FACILITATOR_DIR = "facilitator"
FACTS_FILE = "time-sensitive-facts.yaml"
EXERCISE_TYPES = ("case", "sort", "quiz", "rewrite", "disclosure", "journal")
"""Item types a learner works through (notes are read, not answered)."""


# --- reading the facilitator files --------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """A session plan and the file it came from (for line numbers in messages)."""

    model: SessionPlan
    doc: YamlDocument

    @property
    def file(self) -> str:
        return self.doc.file

    def line(self, *path: Any) -> int:
        return self.doc.line_of(path)


def _facilitator_files(lib: Library) -> list[Path]:
    folder = Path(lib.root) / FACILITATOR_DIR
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def plans(lib: Library) -> dict[str, Plan]:
    """Every session plan in data/facilitator/, by lesson id (files that fail validation are skipped)."""
    found: dict[str, Plan] = {}
    for path in _facilitator_files(lib):
        loaded, _ = load_file(path)
        if loaded is not None and isinstance(loaded.model, SessionPlan):
            found.setdefault(loaded.model.lesson, Plan(loaded.model, loaded.doc))
    return found


def facts(lib: Library) -> TimeSensitiveFacts | None:
    path = Path(lib.root) / FACILITATOR_DIR / FACTS_FILE
    loaded, _ = load_file(path) if path.is_file() else (None, [])
    return (
        loaded.model
        if loaded is not None and isinstance(loaded.model, TimeSensitiveFacts)
        else None
    )


def plan_problems(lib: Library, files: list[Path] | None = None) -> list[Problem]:
    """What the session plans (default: data/facilitator/) get wrong, alone and about the rest
    of the course: the problems ``peerkit validate`` reports for them (warnings left out)."""
    from .content._facilitator import plan_problems as course_problems

    loaded_plans = []
    problems: list[Problem] = []
    for path in _facilitator_files(lib) if files is None else files:
        loaded, found = load_file(path)
        if loaded is None:
            if any(True for _ in found) and _is_plan_file(path):
                problems += found
            continue
        if isinstance(loaded.model, SessionPlan):
            loaded_plans.append(loaded)
    course = course_from([], Path(lib.root))
    seen: dict[str, str] = {}
    for loaded in loaded_plans:
        found, _ = course_problems(loaded.doc, loaded.model, course, seen)
        problems += found
    return sorted(problems)


def _is_plan_file(path: Path) -> bool:
    try:
        return "type: session-plan" in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


# --- which items a lesson shows -------------------------------------------------------


def notebook_path(lib: Library, lesson_id: str) -> Path:
    entry = lib.curriculum.lesson(lesson_id)
    relative = entry.notebook if entry is not None else f"notebooks/{lesson_id}.ipynb"
    return Path(lib.root).resolve().parent / relative


def shown_ids(lib: Library, lesson_id: str) -> list[str]:
    """The ids a lesson's notebook shows, in order; its folder's items when there is no notebook."""
    path = notebook_path(lib, lesson_id)
    ids: list[str] = []
    if path.is_file():
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb.get("cells", []):
            if cell.get("cell_type") == "code":
                ids += SHOW_CALL.findall("".join(cell.get("source", "")))
    for item_id in lib.lesson_items.get(lesson_id, ()):
        if item_id not in ids:
            ids.append(item_id)
    return [i for i in dict.fromkeys(ids) if i in lib.items]


# --- what the guide shows -------------------------------------------------------------


def _notice(problem: str, fix: str) -> StaticBlock:
    """A plain message in the guide instead of a traceback (tests raise instead)."""
    if _strict():
        raise ValueError(f"{problem} - {fix}")
    html = (
        '<div class="pk-item pk-notice" role="alert"><p><strong>This part of the guide could not be made.</strong> '
        f"{escape(problem[:1].upper() + problem[1:])}: {escape(fix)}.</p></div>"
    )
    return StaticBlock(html, f"This part of the guide could not be made: {problem} - {fix}.")


def _content_notice(err: ContentError) -> StaticBlock:
    """The guide's notice for content that cannot be loaded: the problem once per kernel, then
    a short line (the guide has a cell per lesson, and one broken file breaks them all)."""
    first = err.problems[0] if err.problems else None
    if _strict():
        raise err
    if first is None:  # pragma: no cover - a ContentError always carries problems
        return _notice("the content could not be loaded", "run peerkit validate")
    if err.problems in _REPORTED:
        text = "This part of the guide could not be made either: the notice above says why."
        return StaticBlock(
            f'<div class="pk-item pk-notice" role="note"><p>{escape(text)}</p></div>', text
        )
    _REPORTED.add(err.problems)
    more = len(err.problems) - 1
    also = f" ({more} more: peerkit validate lists them all)" if more else ""
    return _notice(f"{first.file}:{first.line}: {first.problem}{also}", first.fix)


def sessions(lib: Library) -> list[_agenda.Session]:
    """The lessons to schedule, in order, with the pauses their session plans allow."""
    by_lesson = plans(lib)
    found = []
    for entry in lib.curriculum.lessons:
        if entry.kind != "lesson":
            continue
        plan = by_lesson.get(entry.id)
        pauses = plan.model.pauses if plan and plan.model.core_minutes == entry.minutes else ()
        found.append(_agenda.Session(entry.id, entry.title, entry.minutes, pauses))
    return found


def agenda(
    start: str = "09:30",
    break_every: int = 90,
    break_minutes: int = 15,
    lunch_after: str | None = None,
    lunch_minutes: int = 45,
) -> Any:
    """The timed agenda of the whole course (facilitators only)."""
    try:
        lib = load_library()
    except ContentError as err:
        return _content_notice(err)
    try:
        rows = _agenda.plan(
            sessions(lib),
            _agenda.parse_clock(start, "start time"),
            break_every,
            break_minutes,
            _agenda.parse_clock(lunch_after, "lunch time") if lunch_after is not None else None,
            lunch_minutes,
        )
    except _agenda.AgendaError as err:
        problem, _, fix = str(err).partition(" - ")
        return _notice(problem, fix)
    html = (
        environment()
        .get_template("agenda.html.j2")
        .render(rows=rows, clock=_agenda.clock, title=lib.curriculum.title, break_every=break_every)
    )
    return StaticBlock(html.strip(), _agenda.as_text(rows, lib.curriculum.title))


def session_plan(lesson_id: str) -> Any:
    """A lesson's session plan, with clock times from the start of the session (facilitators only)."""
    try:
        lib = load_library()
        entry = lib.lesson(lesson_id)
    except ContentError as err:
        return _content_notice(err)
    plan = plans(lib).get(lesson_id)
    if plan is None:
        return _notice(
            f"lesson '{lesson_id}' has no session plan yet",
            f"write data/{FACILITATOR_DIR}/{lesson_id}.yaml (copy another lesson's plan)",
        )
    problems = [p for p in plan_problems(lib) if p.file == plan.file]
    if problems:
        return _notice(
            f"{problems[0].file}:{problems[0].line}: {problems[0].problem}", problems[0].fix
        )
    starts, total = [], plan.model.warm_up.minutes
    for part in plan.model.parts:
        starts.append(total)
        total += part.minutes
    html = (
        environment()
        .get_template("session_plan.html.j2")
        .render(
            entry=entry,
            plan=plan.model,
            starts=starts,
            check_out_start=total,
            budget_words=lambda line: budget_words(line, lib),
            items=lib.items,
            sensitive=[
                lib.items[i]
                for i in shown_ids(lib, lesson_id)
                if getattr(lib.items[i], "content_note", None)
            ],
        )
    )
    total += plan.model.check_out.minutes
    return StaticBlock(
        html.strip(),
        f"Session plan for {entry.title}: {len(plan.model.parts)} parts, {total} minutes.",
    )


_MODES = {"group": "as a group", "pairs": "in pairs", "alone": "each person alone"}
_ACTIVITY_WORDS = {
    "case": "case study",
    "sort": "sorting exercise",
    "quiz": "quiz",
    "rewrite": "rewrite practice",
    "disclosure": "self-disclosure check",
    "journal": "private reflection",
    "figure": "figure",
    "note": "note",
    "practice": "practice",
    "discussion": "discussion",
    "talk": "you tell the group",
}


def budget_words(line: BudgetLine, lib: Library) -> str:
    """One line of a part's budget in words, e.g. 'case study “Sent, not chosen”, as a group'."""
    mode = f", {_MODES[line.mode]}" if line.mode else ""
    if line.activity == "reading":
        read = ", ".join("the opening" if h == "(top)" else f"“{h}”" for h in line.covers)
        return f"read together: {read}"
    if line.activity == "role-play":
        return f"role-play {line.triad}: set-up, three rounds with feedback, debrief"
    name = _ACTIVITY_WORDS[line.activity]
    if line.item:
        item = lib.items.get(line.item)
        title = f" “{item.title}”" if item is not None else f" {line.item}"
        return f"{name}{title}{mode}" + (f" ({line.what})" if line.what else "")
    return f"{name}{mode}: {line.what}" if line.what else f"{name}{mode}"


def answer_key(lesson_id: str) -> Any:
    """The facilitator edition of every exercise a lesson shows, with every path through each case."""
    try:
        lib = load_library()
        entry = lib.lesson(lesson_id)
    except ContentError as err:
        return _content_notice(err)
    keys = [_key(lib.items[item_id]) for item_id in shown_ids(lib, lesson_id)]
    keys = [key for key in keys if key is not None]
    html = environment().get_template("answer_key.html.j2").render(entry=entry, keys=keys)
    return StaticBlock(html.strip(), f"Answer key for {entry.title}: {len(keys)} exercises.")


def _key(item: Item) -> dict[str, Any] | None:
    """One item's entry in an answer key, or None for a note with nothing for the facilitator."""
    if item.type not in EXERCISE_TYPES and not item.facilitator:
        return None
    has_template = type(item) in TEMPLATES
    paths = case_paths(item) if isinstance(item, Case) else []
    return {
        "item": item,
        "html": render_item(item, "facilitator") if has_template else None,
        "paths": paths,
        "paths_note": _paths_note(item, len(paths)) if isinstance(item, Case) else None,
    }


def _paths_note(case: Case, listed: int) -> str | None:
    """What the answer key says when it lists only some of a case's paths."""
    if listed < KEY_PATHS:
        return None
    total = count_paths(case)
    if total is not None and total <= listed:
        return None
    many = f"{total:,}" if total is not None else f"more than {listed:,}"
    return (
        f"This case has {many} different paths from the start to an ending, too many to list:"
        f" the first {listed:,} are listed here. The case above shows every reply with its"
        " verdict and feedback."
    )


KEY_PATHS = 200
"""Most paths an answer key lists for one case (the case itself, above the table, shows
every reply with its feedback, however many paths there are)."""


def case_paths(case: Case, limit: int = KEY_PATHS) -> list[dict[str, Any]]:
    """The loop-free paths through a case (the first ``limit``): each reply with its verdict,
    and the ending it reaches."""
    found = []
    for steps, ending_id in list_paths(case, limit=limit).paths:
        replies = []
        for step in steps:
            node = case.node(step.node)
            choice = next(c for c in node.choices if c.id == step.choice) if node else None
            if choice is not None:
                replies.append({"text": choice.text, "verdict": VERDICT_LABELS[choice.verdict]})
        ending = case.ending(ending_id)
        found.append(
            {
                "replies": replies,
                "ending": ending.title if ending else ending_id,
                "outcome": OUTCOME_LABELS[ending.outcome] if ending else "",
            }
        )
    return found


def time_sensitive_facts() -> Any:
    """Facts that go out of date, each with its sources and the date it was last checked."""
    try:
        lib = load_library()
    except ContentError as err:
        return _content_notice(err)
    found = facts(lib)
    if found is None:
        return _notice(
            "there is no list of time-sensitive facts",
            f"restore data/{FACILITATOR_DIR}/{FACTS_FILE} from the project",
        )
    html = environment().get_template("facts.html.j2").render(facts=found.facts)
    oldest = min(f.last_checked for f in found.facts)
    return StaticBlock(
        html.strip(),
        f"{len(found.facts)} time-sensitive facts; the oldest check was on {oldest.isoformat()}.",
    )


def guide_intro(entry: LessonEntry) -> StaticBlock:
    """What peerkit.lesson() shows for the facilitator guide: its purpose and reading time."""
    html = environment().get_template("guide.html.j2").render(entry=entry)
    return StaticBlock(html.strip(), f"{entry.title} (about {entry.minutes} minutes to read)")


# --- the command line ----------------------------------------------------------------


def _clock_arg(name: str):
    def parse(text: str) -> int:
        try:
            return _agenda.parse_clock(text, name)
        except _agenda.AgendaError as err:
            raise argparse.ArgumentTypeError(str(err)) from None

    return parse


AGENDA_DIR = "agendas"


def courses(lib: Library) -> dict[str, Agenda]:
    """The courses in data/facilitator/agendas/, by id (files that fail validation are left out)."""
    folder = Path(lib.root) / FACILITATOR_DIR / AGENDA_DIR
    found: dict[str, Agenda] = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        loaded, _ = load_file(path)
        if loaded is not None and isinstance(loaded.model, Agenda):
            found.setdefault(loaded.model.id, loaded.model)
    return found


def course_schedule(lib: Library, course_id: str, start: int | None = None) -> Schedule:
    """A course's timed days, built from its agenda and the session plans; ValueError
    (``problem - fix``) when there is no such course."""
    found = courses(lib)
    agenda = found.get(course_id)
    if agenda is None:
        known = ", ".join(found) or "none yet"
        raise ValueError(
            f"there is no course '{course_id}' - choose one of: {known}"
            f" (data/{FACILITATOR_DIR}/{AGENDA_DIR}/)"
        )
    course = course_from([], Path(lib.root))
    plans_by_lesson = {lesson: plan for lesson, (plan, _) in course.plans.items()}
    return build_schedule(
        agenda,
        plans_by_lesson,
        course.lessons(),
        triads=course.triads,
        reading_words=course.reading_words,
        item_titles={item_id: item.title for item_id, item in course.items.items()},
        start=start,
    )


def _run_agenda(args: argparse.Namespace) -> int:
    if args.course is None and args.start is None:
        args.parser.error(
            "choose a course with --course (for example --course one-day or --course two-day),"
            " or give --start for a timetable of the whole course at self-paced times"
        )
    if args.course is not None:
        spare = [
            name
            for name, value in (
                ("--break-every", args.break_every),
                ("--break-minutes", args.break_minutes),
                ("--lunch-after", args.lunch_after),
                ("--lunch-minutes", args.lunch_minutes),
            )
            if value is not None
        ]
        if spare:
            args.parser.error(
                f"{' and '.join(spare)} {'works' if len(spare) == 1 else 'work'} only without --course:"
                " a course's breaks and lunch are"
                f" in its agenda file (data/{FACILITATOR_DIR}/{AGENDA_DIR}/{args.course}.yaml)"
            )
    try:
        lib = load_library()
    except ContentError as err:
        for problem in err.problems:
            print(problem)
        print(
            "The agenda needs valid content; fix the problems above (peerkit validate lists them).",
            file=sys.stderr,
        )
        return 1
    if args.course is not None:
        try:
            schedule = course_schedule(lib, args.course, args.start)
        except ValueError as err:
            print(f"peerkit agenda: {err}", file=sys.stderr)
            return 2
        print(schedule_text(schedule))
        return 1 if schedule.problems else 0
    try:
        rows = _agenda.plan(
            sessions(lib),
            args.start,
            90 if args.break_every is None else args.break_every,
            15 if args.break_minutes is None else args.break_minutes,
            args.lunch_after,
            45 if args.lunch_minutes is None else args.lunch_minutes,
        )
    except _agenda.AgendaError as err:
        print(f"peerkit agenda: {err}", file=sys.stderr)
        return 2
    print(_agenda.as_text(rows, lib.curriculum.title))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``peerkit agenda`` to the command line."""
    parser = commands.add_parser(
        "agenda",
        help="print a course's timed agenda (--course one-day, --course two-day)",
        description="Print a course from data/facilitator/agendas/ day by day, with times computed"
        " from the session plans, the pre-work, what to print and the rules check (--course)."
        " Without --course, --start prints every lesson of data/curriculum.yaml at self-paced"
        " times, with a break whenever carrying on would mean more than --break-every minutes of work.",
    )
    parser.add_argument(
        "--course",
        default=None,
        metavar="ID",
        help="the course to print: one-day (an introduction) or two-day (the whole course)",
    )
    parser.add_argument(
        "--start",
        default=None,
        type=_clock_arg("start time"),
        help="start time, HH:MM (e.g. 09:30); with --course, moves the start of every day",
    )
    parser.add_argument(
        "--break-every",
        type=int,
        default=None,
        metavar="MINUTES",
        help="without --course: longest stretch of work before a break (default: 90)",
    )
    parser.add_argument(
        "--break-minutes",
        type=int,
        default=None,
        metavar="MINUTES",
        help="without --course: length of a break (default: 15)",
    )
    parser.add_argument(
        "--lunch-after",
        type=_clock_arg("lunch time"),
        default=None,
        metavar="HH:MM",
        help="without --course: take lunch at the first lesson boundary at or after this time",
    )
    parser.add_argument(
        "--lunch-minutes",
        type=int,
        default=None,
        metavar="MINUTES",
        help="without --course: length of lunch (default: 45)",
    )
    parser.set_defaults(run=_run_agenda, parser=parser)
