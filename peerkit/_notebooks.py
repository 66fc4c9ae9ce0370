"""Keep lesson notebooks clean: no outputs, no volatile metadata, code cells hidden and locked.

Learners never see code: every code cell is a label comment plus one call,
collapsed (``metadata.jupyter.source_hidden``) and locked (``editable`` and
``deletable`` false, as nbgrader's LockCells does). Notebooks are committed with
no outputs and no widget state, so nothing a learner did can be saved into the
repository by accident. ``peerkit clean-notebooks`` fixes a notebook in place;
``--check`` only reports.
"""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path
from typing import Any

from .content._cells import CellProblem, parse_cell

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {"name": "python"}


def code_lines(source: str) -> list[str]:
    """The non-blank, non-comment lines of a code cell."""
    return [
        line for line in source.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]


def cell_problems(cell: dict[str, Any], where: str) -> list[str]:
    problems = []
    source = "".join(cell.get("source", ""))
    if cell.get("cell_type") == "code":
        if cell.get("outputs"):
            problems.append(f"{where}: has saved outputs")
        if cell.get("execution_count") is not None:
            problems.append(f"{where}: has an execution count")
        meta = cell.get("metadata", {})
        if not meta.get("jupyter", {}).get("source_hidden"):
            problems.append(f"{where}: code is not hidden (metadata.jupyter.source_hidden)")
        if meta.get("editable", True) or meta.get("deletable", True):
            problems.append(f"{where}: code cell is not locked (editable/deletable false)")
        first = source.splitlines()[0] if source.strip() else ""
        if not first.startswith("# "):
            problems.append(
                f"{where}: first line must be a '# ' label in words (JupyterLab shows it)"
            )
        if len(code_lines(source)) != 1:
            problems.append(f"{where}: must hold exactly one line of code after its label")
        else:
            try:
                parse_cell(source)
            except CellProblem as err:
                problems.append(f"{where}: {err.problem} - {err.fix}")
    if cell.get("attachments"):
        problems.append(f"{where}: has attachments")
    return problems


def notebook_problems(nb: dict[str, Any], name: str) -> list[str]:
    problems = []
    if set(nb.get("metadata", {})) - {"kernelspec", "language_info"}:
        extra = sorted(set(nb["metadata"]) - {"kernelspec", "language_info"})
        problems.append(f"{name}: notebook metadata has volatile keys: {', '.join(extra)}")
    for index, cell in enumerate(nb.get("cells", []), start=1):
        problems += cell_problems(cell, f"{name}: cell {index}")
        extra = set(cell.get("metadata", {})) - {"tags", "jupyter", "editable", "deletable"}
        if extra:
            problems.append(f"{name}: cell {index}: volatile metadata {', '.join(sorted(extra))}")
    return problems


def _stable_id(index: int, cell: dict[str, Any]) -> str:
    digest = hashlib.sha1(f"{index}:{cell.get('cell_type')}".encode()).hexdigest()
    return digest[:8]


def clean(nb: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``nb`` with outputs removed and metadata normalised."""
    cells = []
    for index, cell in enumerate(nb.get("cells", [])):
        tags = cell.get("metadata", {}).get("tags", [])
        new: dict[str, Any] = {
            "cell_type": cell["cell_type"],
            "id": cell.get("id") or _stable_id(index, cell),
            "metadata": {"tags": list(tags)} if tags else {},
            "source": "".join(cell.get("source", "")),
        }
        if cell["cell_type"] == "code":
            new["metadata"].update(
                {"jupyter": {"source_hidden": True}, "editable": False, "deletable": False}
            )
            new["execution_count"] = None
            new["outputs"] = []
        cells.append(new)
    return {
        "cells": cells,
        "metadata": {"kernelspec": KERNELSPEC, "language_info": LANGUAGE_INFO},
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def dumps(nb: dict[str, Any]) -> str:
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


class NotebookProblem(ValueError):
    """A file ``clean-notebooks`` will not touch; the message is one plain sentence."""


MAX_NOTEBOOK_BYTES = 50_000_000
"""A lesson notebook without outputs is a few hundred KB; anything this big is not one."""


def read_notebook_file(path: Path) -> tuple[dict[str, Any], str]:
    """A notebook's JSON and text; raises :class:`NotebookProblem` for anything that is not one.

    Nothing is read from a file that is not an ordinary ``.ipynb`` file (a pipe would hang).
    """
    where = path.as_posix()
    if path.suffix != ".ipynb":
        raise NotebookProblem(f"{where} is not a notebook (.ipynb), so it was left as it is")
    try:
        info = path.stat()
    except FileNotFoundError:
        raise NotebookProblem(f"{where} does not exist - check the name") from None
    except OSError as exc:
        raise NotebookProblem(f"{where} cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise NotebookProblem(f"{where} is not an ordinary file, so it was left as it is")
    if info.st_size > MAX_NOTEBOOK_BYTES:
        raise NotebookProblem(
            f"{where} is too large to be a lesson notebook, so it was left as it is"
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise NotebookProblem(
            f"{where} is not a notebook (it is not UTF-8 text), so it was left as it is"
        ) from None
    except OSError as exc:
        raise NotebookProblem(f"{where} cannot be read ({exc.strerror})") from None
    try:
        nb = json.loads(text)
    except ValueError as err:
        raise NotebookProblem(
            f"{where} cannot be read as a notebook ({err.msg}, line {err.lineno}) - open it in"
            " JupyterLab and save it again; it was left as it is"
        ) from None
    cells = nb.get("cells") if isinstance(nb, dict) else None
    if not isinstance(cells, list) or not all(
        isinstance(c, dict) and c.get("cell_type") in ("code", "markdown", "raw") for c in cells
    ):
        raise NotebookProblem(
            f"{where} is not a notebook (it has no list of cells), so it was left as it is"
        )
    if nb.get("nbformat") != 4:
        raise NotebookProblem(
            f"{where} is in an old notebook format ({nb.get('nbformat')}) - open it in JupyterLab"
            " and save it, then run this again; it was left as it is"
        )
    return nb, text


def clean_file(path: Path, check_only: bool = False) -> list[str]:
    """Problems with ``path``; unless ``check_only``, the file is rewritten clean first.

    Raises :class:`NotebookProblem` (and changes nothing) for a file that is not a notebook.
    """
    nb, text = read_notebook_file(path)
    if not check_only:
        cleaned = dumps(clean(nb))
        if cleaned != text:
            try:
                path.write_text(cleaned, encoding="utf-8")
            except OSError as exc:
                raise NotebookProblem(
                    f"{path.as_posix()} cannot be written ({exc.strerror})"
                ) from None
        nb = json.loads(cleaned)
    return notebook_problems(nb, path.as_posix())
