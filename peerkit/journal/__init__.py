"""The learner's private store: journal entries and exercise progress.

What a learner writes about their own life stays on their machine, in an
owner-only SQLite file outside the notebooks and the repository, and leaves
only when they export it. Open the store with :meth:`Store.open`; expected
problems arrive as :class:`StoreProblem`, whose ``message`` a notebook can show.

Notebooks reach the store through :func:`keeper` (opened once per kernel;
saving progress never breaks a lesson). :class:`JournalDesk` is the logic behind
the journal tools. The store knows nothing of the course content: what a saved
state means (finished, where to resume) is up to each exercise's play
(:mod:`peerkit.practice`).
"""

from ._commands import (
    Message,
    cli_delete,
    cli_delete_entry,
    cli_export,
    cli_list,
    cli_where,
    describe_entry,
    lesson_name,
)
from ._desk import JournalDesk
from ._destination import default_export_path, export_refusal
from ._hosting import Hosting, hosting, hosting_note
from ._keeper import Keeper, keeper
from ._location import HOME_ENV, default_path
from ._records import Entry, ProgressRecord
from ._salt import SALT_KEY, fallback_salt, learner_salt, new_salt, saved_salt, with_salt
from ._schema import CURRENT_VERSION as SCHEMA_VERSION
from ._store import Store
from ._store_problems import StoreProblem

__all__ = [
    "HOME_ENV",
    "SALT_KEY",
    "SCHEMA_VERSION",
    "Entry",
    "Hosting",
    "JournalDesk",
    "Keeper",
    "Message",
    "ProgressRecord",
    "Store",
    "StoreProblem",
    "cli_delete",
    "cli_delete_entry",
    "cli_export",
    "cli_list",
    "cli_where",
    "default_export_path",
    "default_path",
    "describe_entry",
    "export_refusal",
    "fallback_salt",
    "hosting",
    "hosting_note",
    "keeper",
    "learner_salt",
    "lesson_name",
    "new_salt",
    "saved_salt",
    "with_salt",
]
