"""``peerkit evaluation``: sum up the day's evaluation forms, typed into a spreadsheet.

    peerkit evaluation --blank evaluation.csv    # the header row to type the forms under
    peerkit evaluation evaluation.csv            # the summary the form's tally asks for

The arithmetic is :mod:`peerkit._evaluation_tally`'s; this module reads the arguments and the
files, prints the summary (never saves it) and turns every problem into one sentence and
exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .._evaluation_tally import TallyError, blank_sheet, summary, tally
from ..content import find_data_dir, load_file
from ..content._skills_models import DayEvaluation

EVALUATION = Path("facilitator") / "evaluation.yaml"


def _form() -> DayEvaluation | str:
    path = find_data_dir() / EVALUATION
    loaded, problems = load_file(path) if path.is_file() else (None, [])
    if loaded is None or not isinstance(loaded.model, DayEvaluation):
        first = f" ({problems[0]})" if problems else ""
        return f"the evaluation form cannot be read from {path}{first} - run peerkit validate"
    return loaded.model


def _run(args: argparse.Namespace) -> int:
    form = _form()
    if isinstance(form, str):
        print(f"peerkit evaluation: {form}", file=sys.stderr)
        return 1
    if args.blank:
        target = Path(args.blank)
        if not args.blank.strip() or target.is_dir():
            print(
                "peerkit evaluation: give a file name for the blank sheet, e.g. evaluation.csv",
                file=sys.stderr,
            )
            return 1
        if target.exists():
            print(
                f"peerkit evaluation: {target} already exists, so it was left as it is - give a new file name",
                file=sys.stderr,
            )
            return 1
        try:
            target.write_text(blank_sheet(form), encoding="utf-8")
        except OSError as err:
            print(
                f"peerkit evaluation: {target} cannot be written ({err.strerror}) - choose another place",
                file=sys.stderr,
            )
            return 1
        print(
            f"Wrote the header row to {target}. Open it in a spreadsheet and type one row per form:"
            " the box ticked (its words or its number, or 'unclear' for two ticks or none), and the"
            " parts ticked separated by ';'. Leave written answers on paper."
        )
        return 0
    if not args.sheet:
        print(
            "peerkit evaluation: give the CSV file of typed forms, or --blank FILE for an empty one",
            file=sys.stderr,
        )
        return 1
    path = Path(args.sheet)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        print(f"peerkit evaluation: there is no file {path} - check the name", file=sys.stderr)
        return 1
    except (OSError, UnicodeDecodeError) as err:
        print(
            f"peerkit evaluation: {path} cannot be read ({getattr(err, 'strerror', None) or err}) -"
            " save it again as CSV (UTF-8)",
            file=sys.stderr,
        )
        return 1
    try:
        result = tally(form, text)
    except TallyError as err:
        print(f"peerkit evaluation: {path}: {err}", file=sys.stderr)
        return 1
    print(summary(result, course=args.course or "", date=args.date or ""))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``peerkit evaluation`` to the command line."""
    parser = commands.add_parser(
        "evaluation",
        help="sum up the day's evaluation forms typed into a spreadsheet (CSV)",
        description="Print a summary of the day's evaluation forms: one row per form in a CSV file,"
        " one column per question with boxes (see --blank). Nothing is saved.",
    )
    parser.add_argument("sheet", nargs="?", help="the CSV file of typed forms")
    parser.add_argument(
        "--blank", metavar="FILE", help="write the header row to a new CSV file, and stop"
    )
    parser.add_argument("--course", help="the course's name, for the summary's first line")
    parser.add_argument("--date", help="the day's date, for the summary's first line")
    parser.set_defaults(run=_run)
