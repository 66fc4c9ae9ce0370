"""``jupyter nbconvert --to peerkit_handout NOTEBOOK``: the same handout page, through nbconvert.

Registered under the ``nbconvert.exporters`` entry point in pyproject.toml.
Options: ``--HandoutExporter.edition=facilitator`` and ``--HandoutExporter.region=uk``.
The exporter shares the handout builder, so it never executes the notebook and
ignores any outputs or widget state saved in it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from nbconvert.exporters import Exporter
from traitlets import Enum, Unicode

from ..content import DATA_ENV, ContentError, Library, load_library
from ..content._problems import display_path
from ._build import HandoutError, render_notebook, resolve_region


def library_near(folder: Path) -> Library:
    """The content for a notebook in ``folder``: $PEERKIT_DATA, else the nearest data/ above it."""
    if not os.environ.get(DATA_ENV):
        for parent in (folder.resolve(), *folder.resolve().parents):
            if (parent / "data" / "curriculum.yaml").is_file():
                return load_library(parent / "data")
    return load_library()


class HandoutExporter(Exporter):
    """A peerkit handout: one self-contained HTML page, with no code, no script and no network."""

    export_from_notebook = "Peerkit handout"
    output_mimetype = "text/html"

    edition = Enum(
        ["learner", "facilitator"],
        default_value="learner",
        help="learner (answers folded) or facilitator (answers open, notes included)",
    ).tag(config=True)
    region = Unicode(
        None, allow_none=True, help="crisis-lines region (default: data/settings.yaml)"
    ).tag(config=True)

    def _file_extension_default(self) -> str:
        return ".html"

    def from_notebook_node(
        self, nb: Any, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[str, dict]:
        nb_copy, resources = super().from_notebook_node(nb, resources, **kw)
        meta = resources.get("metadata", {})
        folder = Path(meta.get("path") or ".")
        name = meta.get("name") or "notebook"
        where = display_path(folder / f"{name}.ipynb")
        try:
            library = library_near(folder)
            entry = library.curriculum.lesson(name)
            if entry is not None and entry.kind == "guide" and self.edition != "facilitator":
                raise HandoutError(
                    [
                        f"{where}: the facilitator guide has no learner edition - add"
                        " --HandoutExporter.edition=facilitator"
                    ]
                )
            html = render_notebook(
                nb_copy,
                library=library,
                edition=self.edition,
                region=resolve_region(library, self.region),
                where=where,
                folder=folder,
            )
        except ContentError as err:
            self._fail([str(p) for p in err.problems])
        except HandoutError as err:
            self._fail(err.problems)
        return html, resources

    def _fail(self, problems: list[str]) -> None:
        """Plain lines and exit 1 under the nbconvert command; an exception for other programs."""
        from nbconvert.nbconvertapp import NbConvertApp

        if NbConvertApp.initialized():
            for problem in problems:
                self.log.error(problem)
            sys.exit(1)
        raise HandoutError(problems)
