"""``peerkit journal where|list|export|delete``: the journal from a terminal.

The work is done by :func:`peerkit.journal.cli_where`, ``cli_list``,
``cli_export``, ``cli_delete`` and ``cli_delete_entry``; this module only reads
the arguments, asks for the confirmation that deleting needs, and turns each
:class:`Message` into output and an exit status (0 when it did its job, 1 when
it did not). It lives outside :mod:`peerkit.journal`, which never prints.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from typing import IO

from ..journal import Message, cli_delete, cli_delete_entry, cli_export, cli_list, cli_where

YES = ("y", "yes")


def _titles() -> Mapping[str, str] | None:
    """Lesson titles for the export, or None when the course content cannot be read."""
    from ..content import ContentError, load_library

    try:
        return {lesson.id: lesson.title for lesson in load_library().curriculum.lessons}
    except (ContentError, OSError):
        return None


def _report(message: Message) -> int:
    print(message, file=sys.stdout if message.ok else sys.stderr)
    return 0 if message.ok else 1


def terminal_confirm(
    stdin: IO[str] | None = None, stdout: IO[str] | None = None, *, what: str = "them"
) -> Callable[[str], bool]:
    """A ``confirm(question)`` that asks on the terminal and takes only "yes" or "y".

    ``what`` ends the prompt: "Type yes to delete them" (or "it", for one entry).
    """

    def confirm(question: str) -> bool:
        out = stdout or sys.stdout
        source = stdin or sys.stdin
        out.write(f"{question}\nType yes to delete {what}: ")
        out.flush()
        answer = source.readline()
        return answer.strip().lower() in YES

    return confirm


def _where(args: argparse.Namespace) -> int:
    return _report(cli_where())


def _list(args: argparse.Namespace) -> int:
    return _report(cli_list(first_words=args.first_words, titles=_titles()))


def _export(args: argparse.Namespace) -> int:
    return _report(cli_export(args.path, args.format, overwrite=args.overwrite, titles=_titles()))


def _entry_number(text: str) -> int:
    """An entry number as typed after --entry: a whole number from 1 up."""
    if not text.strip().isdecimal() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not an entry number. Use a whole number such as 3: "
            "“peerkit journal list” shows each entry's number"
        )
    return int(text)


def _delete(args: argparse.Namespace) -> int:
    delete: Callable[[Callable[[str], bool]], Message]
    if args.entry is None:
        delete, what = cli_delete, "them"
    else:
        titles = _titles()
        delete, what = (lambda confirm: cli_delete_entry(args.entry, confirm, titles=titles)), "it"
    if args.yes:
        return _report(delete(lambda question: True))
    if sys.stdin.isatty():
        return _report(delete(terminal_confirm(what=what)))
    asked: list[str] = []

    def cannot_ask(question: str) -> bool:
        asked.append(question)
        return False

    message = delete(cannot_ask)
    if not asked:  # nothing to delete, or a problem: no question was needed
        return _report(message)
    print(
        "peerkit journal delete asks before deleting, but nobody is at a terminal to "
        "answer. Run it in a terminal, or add --yes if you are sure. Nothing was deleted.",
        file=sys.stderr,
    )
    return 1


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``journal`` and its four actions to the ``peerkit`` command."""
    journal = commands.add_parser(
        "journal",
        help="where your private journal is; list, export or delete entries",
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

    listing = actions.add_parser(
        "list",
        help="list your entries with their numbers, dates, lessons and prompts",
        description="List your journal entries, oldest first: each one's number (which "
        "“delete --entry” needs), when it was written, its lesson and its prompt. What you "
        "wrote is not shown unless you add --first-words.",
    )
    listing.add_argument(
        "--first-words",
        action="store_true",
        help="also show how each entry starts (on your screen: mind who can see it)",
    )
    listing.set_defaults(run=_list)

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
        help="delete every journal entry, or one with --entry (asks first)",
        description="Delete every journal entry, or only the one numbered with --entry, after "
        "asking. Your progress in the exercises is kept. Without a terminal to ask on, it "
        "refuses unless you add --yes.",
    )
    delete.add_argument(
        "--entry",
        metavar="NUMBER",
        type=_entry_number,
        help="delete only this entry (“peerkit journal list” shows the numbers)",
    )
    delete.add_argument("--yes", action="store_true", help="do not ask: delete straight away")
    delete.set_defaults(run=_delete)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0
