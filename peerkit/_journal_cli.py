"""``peerkit journal where|export|delete``: the journal from a terminal.

The work is done by :func:`peerkit.journal.cli_where`, ``cli_export`` and
``cli_delete``; this module only reads the arguments, asks for the confirmation
that deleting needs, and turns each :class:`Message` into output and an exit
status (0 when it did its job, 1 when it did not). It lives outside
:mod:`peerkit.journal`, which never prints.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from typing import IO

from .journal import Message, cli_delete, cli_export, cli_where

YES = ("y", "yes")


def _titles() -> Mapping[str, str] | None:
    """Lesson titles for the export, or None when the course content cannot be read."""
    from .content import ContentError, load_library

    try:
        return {lesson.id: lesson.title for lesson in load_library().curriculum.lessons}
    except (ContentError, OSError):
        return None


def _report(message: Message) -> int:
    print(message, file=sys.stdout if message.ok else sys.stderr)
    return 0 if message.ok else 1


def terminal_confirm(
    stdin: IO[str] | None = None, stdout: IO[str] | None = None
) -> Callable[[str], bool]:
    """A ``confirm(question)`` that asks on the terminal and takes only "yes" or "y"."""

    def confirm(question: str) -> bool:
        out = stdout or sys.stdout
        source = stdin or sys.stdin
        out.write(f"{question}\nType yes to delete them: ")
        out.flush()
        answer = source.readline()
        return answer.strip().lower() in YES

    return confirm


def _where(args: argparse.Namespace) -> int:
    return _report(cli_where())


def _export(args: argparse.Namespace) -> int:
    return _report(cli_export(args.path, args.format, overwrite=args.overwrite, titles=_titles()))


def _delete(args: argparse.Namespace) -> int:
    if args.yes:
        return _report(cli_delete(lambda question: True))
    if sys.stdin.isatty():
        return _report(cli_delete(terminal_confirm()))
    asked: list[str] = []

    def cannot_ask(question: str) -> bool:
        asked.append(question)
        return False

    message = cli_delete(cannot_ask)
    if not asked:  # nothing to delete, or a problem: no question was needed
        return _report(message)
    print(
        "peerkit journal delete asks before deleting, but nobody is at a terminal to "
        "answer. Run it in a terminal, or add --yes if you are sure. Nothing was deleted.",
        file=sys.stderr,
    )
    return 1


def add_journal_command(commands: argparse._SubParsersAction) -> None:
    """Add ``journal`` and its three actions to the ``peerkit`` command."""
    journal = commands.add_parser(
        "journal",
        help="where your private journal is, export it, or delete it",
        description="Your journal holds what you wrote about yourself. It is kept in a private "
        "file outside the course, readable only by your account.",
    )
    actions = journal.add_subparsers(dest="action", metavar="ACTION")
    journal.set_defaults(run=lambda args: _help(journal))

    where = actions.add_parser(
        "where",
        help="say where the journal is kept and what it holds",
        description="Say where your journal is kept, how many entries it holds, and who else "
        "could read it where this runs.",
    )
    where.set_defaults(run=_where)

    export = actions.add_parser(
        "export",
        help="write all entries to a Markdown or HTML file",
        description="Write every journal entry to PATH, readable only by you. An existing "
        "file is replaced only with --overwrite. Paths inside a git repository or beside "
        "notebooks are refused.",
    )
    export.add_argument("path", metavar="PATH", help="the file to write, e.g. ~/my-journal.md")
    export.add_argument(
        "--format",
        choices=("markdown", "html"),
        help="markdown or html (default: from the file name; markdown if it does not say)",
    )
    export.add_argument("--overwrite", action="store_true", help="replace PATH if it exists")
    export.set_defaults(run=_export)

    delete = actions.add_parser(
        "delete",
        help="delete every journal entry (asks first)",
        description="Delete every journal entry, after asking. Your progress in the exercises "
        "is kept. Without a terminal to ask on, it refuses unless you add --yes.",
    )
    delete.add_argument("--yes", action="store_true", help="do not ask: delete straight away")
    delete.set_defaults(run=_delete)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0
