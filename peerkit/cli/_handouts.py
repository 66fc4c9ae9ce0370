"""``peerkit handouts``: write both editions of the course handouts, showing progress."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _progress(done: int, total: int, label: str) -> None:
    print(f"[{done}/{total}] {label}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from .._outdir import describe_os_error
    from ..content._problems import display_path
    from ..handouts._build import EDITIONS, HandoutError, build

    editions = EDITIONS if args.edition == "both" else (args.edition,)
    if not args.out.strip():
        print("peerkit handouts: --out is empty - give a folder, e.g. --out handouts")
        return 1
    out = Path(args.out)
    try:
        result = build(out, editions, args.region, progress=None if args.quiet else _progress)
    except OSError as exc:
        print(f"peerkit handouts: {describe_os_error(out, exc)}")
        return 1
    except HandoutError as err:
        for problem in err.problems:
            print(problem)
        count = len(err.problems)
        print(
            f"{count} problem{'s' if count != 1 else ''} found; the handouts are not complete.",
            file=sys.stderr,
        )
        return 1
    for edition, pages in result.pages.items():
        print(
            f"{edition} edition: {len(pages)} pages,"
            f" open {display_path(out / edition / 'index.html')}"
        )
    print(f"Built {result.count} pages in {result.seconds:.1f} s.", file=sys.stderr)
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "handouts",
        help="write the course as HTML handouts that work offline and in print",
        description="Write DIR/<edition>/index.html and one self-contained page per notebook. The"
        " learner edition folds answers away; the facilitator edition opens them and adds"
        " facilitator notes and the facilitator guide. Nothing is executed, and nothing a learner"
        " wrote is included.",
    )
    parser.add_argument(
        "--edition",
        choices=("learner", "facilitator", "both"),
        default="both",
        help="which edition to write (default: both)",
    )
    parser.add_argument(
        "--region", help="crisis lines to show, e.g. uk (default: the region in data/settings.yaml)"
    )
    parser.add_argument("--out", default="handouts", help="folder to write to (default: handouts)")
    parser.add_argument("--quiet", action="store_true", help="do not show progress")
    parser.set_defaults(run=run)
