"""The learner's private store: journal entries and exercise progress.

What a learner writes about their own life stays on their machine, in an
owner-only SQLite file outside the notebooks and the repository, and leaves
only when they export it. Open the store with :meth:`Store.open`; expected
problems arrive as :class:`StoreProblem`, whose ``message`` a notebook can show.

Notebooks reach the store through :func:`keeper` (opened once per kernel;
saving progress never breaks a lesson). :class:`JournalPrompt` and
:class:`JournalDesk` are the logic behind the journal's widgets, and
:mod:`._overview` turns saved progress into "2 of 4 exercises finished".
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
from ._destination import default_export_path, export_refusal
from ._hosting import Hosting, hosting, hosting_note
from ._keeper import Keeper, keeper
from ._location import HOME_ENV, default_path
from ._overview import (
    PROGRESS_KINDS,
    LessonProgress,
    course_progress,
    is_finished,
    lesson_progress,
    resume_line,
    welcome_back,
)
from ._problems import StoreProblem
from ._prompt import JournalDesk, JournalPrompt
from ._records import Entry, ProgressRecord
from ._schema import CURRENT_VERSION as SCHEMA_VERSION
from ._store import Store

__all__ = [
    "HOME_ENV",
    "PROGRESS_KINDS",
    "SCHEMA_VERSION",
    "Entry",
    "Hosting",
    "JournalDesk",
    "JournalPrompt",
    "Keeper",
    "LessonProgress",
    "Message",
    "ProgressRecord",
    "Store",
    "StoreProblem",
    "cli_delete",
    "cli_delete_entry",
    "cli_export",
    "cli_list",
    "cli_where",
    "course_progress",
    "default_export_path",
    "default_path",
    "describe_entry",
    "export_refusal",
    "hosting",
    "hosting_note",
    "is_finished",
    "keeper",
    "lesson_name",
    "lesson_progress",
    "resume_line",
    "welcome_back",
]
