"""``peerkit agenda``: the timed agenda of the whole course, printed in the terminal."""

from __future__ import annotations

import argparse
import sys

from .. import _agenda
from ..content import ContentError, load_library


def _clock_arg(name: str):
    def parse(text: str) -> int:
        try:
            return _agenda.parse_clock(text, name)
        except _agenda.AgendaError as err:
            raise argparse.ArgumentTypeError(str(err)) from None

    return parse


def _run_agenda(args: argparse.Namespace) -> int:
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
    try:
        rows = _agenda.plan(
            _agenda.sessions(lib),
            args.start,
            args.break_every,
            args.break_minutes,
            args.lunch_after,
            args.lunch_minutes,
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
        help="print a timed workshop agenda for the whole course",
        description="Print the lessons of data/curriculum.yaml with start and end times, a break"
        " whenever carrying on would mean more than --break-every minutes of work, and an optional lunch.",
    )
    parser.add_argument(
        "--start",
        required=True,
        type=_clock_arg("start time"),
        help="start time, HH:MM (e.g. 09:30)",
    )
    parser.add_argument(
        "--break-every",
        type=int,
        default=90,
        metavar="MINUTES",
        help="longest stretch of work before a break (default: 90)",
    )
    parser.add_argument(
        "--break-minutes",
        type=int,
        default=15,
        metavar="MINUTES",
        help="length of a break (default: 15)",
    )
    parser.add_argument(
        "--lunch-after",
        type=_clock_arg("lunch time"),
        default=None,
        metavar="HH:MM",
        help="take lunch at the first lesson boundary at or after this time",
    )
    parser.add_argument(
        "--lunch-minutes",
        type=int,
        default=45,
        metavar="MINUTES",
        help="length of lunch (default: 45)",
    )
    parser.set_defaults(run=_run_agenda)
