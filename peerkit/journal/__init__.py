"""The learner's private store: journal entries and exercise progress.

What a learner writes about their own life stays on their machine, in an
owner-only SQLite file outside the notebooks and the repository, and leaves
only when they export it. Open the store with :meth:`Store.open`; expected
problems arrive as :class:`StoreProblem`, whose ``message`` a notebook can show.
"""

from ._commands import Message, cli_delete, cli_export, cli_where
from ._hosting import Hosting, hosting, hosting_note
from ._location import HOME_ENV, default_path
from ._problems import StoreProblem
from ._records import Entry, ProgressRecord
from ._schema import CURRENT_VERSION as SCHEMA_VERSION
from ._store import Store

__all__ = [
    "HOME_ENV",
    "SCHEMA_VERSION",
    "Entry",
    "Hosting",
    "Message",
    "ProgressRecord",
    "Store",
    "StoreProblem",
    "cli_delete",
    "cli_export",
    "cli_where",
    "default_path",
    "hosting",
    "hosting_note",
]
