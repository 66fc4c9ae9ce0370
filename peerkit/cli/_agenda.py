"""``peerkit agenda``: a course's timed days (``--course``), or the whole course at self-paced
times (``--start``), printed in the terminal."""

from __future__ import annotations

import argparse
import sys

from .. import _workshop_agenda
from ..content import ContentError, load_library
from ..content._course import AGENDA_DIR, FACILITATOR_DIR, course_schedule
from ..content._schedule import as_text as schedule_text


def _clock_arg(name: str):
    def parse(text: str) -> int:
        try:
            return _workshop_agenda.parse_clock(text, name)
        except _workshop_agenda.AgendaError as err:
            raise argparse.ArgumentTypeError(str(err)) from None

    return parse


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
        rows = _workshop_agenda.plan(
            _workshop_agenda.sessions(lib),
            args.start,
            90 if args.break_every is None else args.break_every,
            15 if args.break_minutes is None else args.break_minutes,
            args.lunch_after,
            45 if args.lunch_minutes is None else args.lunch_minutes,
        )
    except _workshop_agenda.AgendaError as err:
        print(f"peerkit agenda: {err}", file=sys.stderr)
        return 2
    print(_workshop_agenda.as_text(rows, lib.curriculum.title))
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
