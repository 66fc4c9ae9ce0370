"""The ``peerkit`` command and its content subcommands (validate, badges, clean-notebooks).

Every subcommand prints plain English and never a traceback. The others live beside this
module in :mod:`peerkit.cli`, one module each.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

DEBUG_ENV = "PEERKIT_DEBUG"


def _validate(args: argparse.Namespace) -> int:
    from ..content import check_content, content_files_count

    path = args.path  # an empty path ("") is refused by validation, never taken as the default
    problems, warnings = check_content(path)
    if args.strict:  # warnings become problems: printed the same way, and they fail the run
        problems, warnings = sorted(problems + warnings), []
    for problem in problems:
        print(problem)
    for warning in warnings:  # on stderr: stdout carries problems only
        print(
            f"{warning.file}:{warning.line}: warning: {warning.problem} - {warning.fix}",
            file=sys.stderr,
        )
    also = (
        f", with {len(warnings)} warning{'s' if len(warnings) != 1 else ''}"
        " (--strict counts warnings as problems)"
        if warnings
        else ""
    )
    if problems:
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''} found{also}.", file=sys.stderr)
        return 1
    print(
        f"All content is valid ({content_files_count(path)} files checked){also}.", file=sys.stderr
    )
    return 0


def _badges(args: argparse.Namespace) -> int:
    from .._badges import check_readme, write_readme

    readme = Path(args.readme)
    if not args.readme.strip() or not readme.is_file():
        what = "does not exist" if not readme.exists() else "is not a file"
        print(f"peerkit badges: {args.readme or '(empty)'} {what} - give the README with --readme")
        return 1
    try:
        if args.write:
            print(write_readme(readme))
            return 0
        problem = check_readme(readme)
    except (OSError, UnicodeDecodeError, ValueError) as err:
        print(f"peerkit badges: {readme} or pyproject.toml beside it cannot be read ({err})")
        return 1
    if problem:
        print(problem)
        return 1
    print("The Binder badges in README.md match pyproject.toml.")
    return 0


def _notebook_paths(given: list[str]) -> tuple[list[Path], list[str]]:
    """The notebooks named (a folder stands for its .ipynb files), and a sentence for each bad name."""
    paths: list[Path] = []
    refused: list[str] = []
    for name in given:
        if not name.strip():
            refused.append("an empty path names no notebook - leave it out to clean notebooks/")
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(path.glob("*.ipynb"))
            paths += found
            if not found:
                refused.append(f"{name} holds no notebooks (.ipynb)")
        else:
            paths.append(path)
    return paths, refused


def _clean_notebooks(args: argparse.Namespace) -> int:
    from .._notebooks import NotebookProblem, clean_file

    if args.paths:
        paths, problems = _notebook_paths(args.paths)
    else:  # every notebook under notebooks/: the lessons, and the guide in notebooks/facilitator/
        found = Path("notebooks").rglob("*.ipynb")
        paths, problems = sorted(p for p in found if ".ipynb_checkpoints" not in p.parts), []
    if not paths and not problems:
        print("No notebooks found (looked in notebooks/).")
        return 1
    library, why_not = _library_for_notebooks()
    for path in paths:
        try:
            problems += clean_file(path, check_only=args.check)
        except NotebookProblem as refused:
            problems.append(str(refused))
            continue
        if library is not None:
            from .._generated import sync_file

            problems += sync_file(path, library, check_only=args.check)
    if why_not:
        print(why_not)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(
        f"{len(paths)} notebook{'s' if len(paths) != 1 else ''} {'are' if len(paths) != 1 else 'is'} clean."
    )
    return 0


def _library_for_notebooks():
    """The content, for the cells made from data; (None, why) when it cannot be read."""
    from ..content import ContentError, load_library

    try:
        return load_library(), None
    except ContentError as err:
        return None, (
            f"The content has {len(err.problems)} problem(s) ('peerkit validate' lists them), so the"
            " cells made from data (crisis lines, exercise titles) were not brought up to date."
        )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peerkit",
        description="Tools for the peerkit peer support curriculum.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check the lesson content for mistakes",
        description="Check content files (default: the project's data folder). Prints one line per"
        " problem, as file:line: problem - fix, and exits 1 if there are any.",
    )
    validate.add_argument("path", nargs="?", help="a content file or folder (default: data/)")
    validate.add_argument(
        "--strict",
        action="store_true",
        help="count warnings (a right option much longer than the wrong ones, one position"
        " holding most right answers in a lesson) as problems, and exit 1 if there are any",
    )
    validate.set_defaults(run=_validate)

    badges = commands.add_parser(
        "badges",
        help="check or rewrite the Binder badges in README.md",
        description="The badges point at the repository named in pyproject.toml ([project.urls] Repository).",
    )
    badges.add_argument(
        "--write", action="store_true", help="rewrite the badges instead of checking them"
    )
    badges.add_argument(
        "--readme", default="README.md", help="the README to check (default: README.md)"
    )
    badges.set_defaults(run=_badges)

    notebooks = commands.add_parser(
        "clean-notebooks",
        help="remove outputs and hide and lock code cells in lesson notebooks",
        description="Run after editing a notebook in JupyterLab, before sharing it: removes outputs and"
        " widget state, hides and locks code cells, and reports anything it cannot fix.",
    )
    notebooks.add_argument(
        "paths", nargs="*", help="notebooks (default: every notebook under notebooks/)"
    )
    notebooks.add_argument("--check", action="store_true", help="only report; change nothing")
    notebooks.set_defaults(run=_clean_notebooks)

    for module in EXTRA_COMMANDS:
        importlib.import_module(module).register(commands)
    return parser


EXTRA_COMMANDS: tuple[str, ...] = (
    "peerkit.cli._journal_commands",
    "peerkit.cli._app",
    "peerkit.cli._handouts",
    "peerkit.cli._agenda",
    "peerkit.cli._evaluation",
)
"""The modules of this package that add the journal, app, handouts, agenda and evaluation subcommands
(each with a ``register(commands)`` function), imported only when the parser is built."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped reading (peerkit validate | head): not a bug
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that Python's own flush at exit stays quiet
        return 1
    except Exception as err:  # a last guard: people see a sentence, not a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"peerkit {args.command}: something went wrong ({type(err).__name__}: {err})."
            f" Run again with {DEBUG_ENV}=1 to see the details, and please report it.",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
