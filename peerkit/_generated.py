"""Cells peerkit writes into the lesson notebooks from data, and how each mode shows them.

In JupyterLab nothing runs until the learner starts the exercises, and until then a
code cell shows only its grey label. So that safety and orientation never wait for code,
``peerkit clean-notebooks`` puts a markdown cell tagged ``before-run`` straight before
each call that matters before anything runs:

- the lesson's introduction (its time, aims and content note: ``peerkit.lesson``);
- the crisis panel (``peerkit.crisis_resources``), exactly as the handouts print it
  (the facilitator's region, or the main line of every region), from
  ``data/crisis_resources.yaml`` and ``data/settings.yaml``;
- the local rules (``peerkit.local_rules``) and every note (``peerkit.show`` of a note);
- each exercise's title and instructions (never its answers), with a line saying how to
  start it (its template's ``summary`` macro; a note's is the note itself).

They are the static HTML of the same content (what the handouts show), inside
``<div class="pk-before-run">``. Once the call below has drawn its live view, a CSS rule
that comes with every live view hides the cell (``peerkit.css``, ``WIDGET_CSS``), so
nothing shows twice. The app (which runs everything as the page loads) and the handouts
(which show the same content) leave these cells out.

Cells tagged ``mode-text:<key>`` get the JupyterLab words of :mod:`peerkit._modes`; the
app and the handouts put their own words there (:func:`for_mode`).

A test checks that every notebook's generated cells are what the data makes today
(``peerkit clean-notebooks --check`` says so too).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from ._modes import Mode, mode_key, text
from .api._context import using
from .content import ContentError
from .content._cells import BEFORE_RUN, CellProblem, is_generated, lesson_id, parse_cell

BEFORE_RUN_CLASS = "pk-before-run"

_STRIP = re.compile(r'\s(?:id|aria-labelledby|aria-describedby|aria-label|role)="[^"]*"')


def _one_block(html: str) -> str:
    """HTML that stays one Markdown HTML block: no blank line, no indentation."""
    lines = [line.strip() for line in _STRIP.sub("", html).splitlines()]
    return "\n".join(line for line in lines if line)


def before_run_html(source: str, library: Any) -> str | None:
    """What stands in for a code cell before it runs, or None when it needs nothing.

    The call is made as a handout makes it (the learner edition, the course's region:
    the same for every learner), and the object it returns says what stands in for it
    (:meth:`peerkit.api.Block.before_run`).
    """
    from .api import FUNCTIONS, RenderContext, call_block

    try:
        call = parse_cell(source)
        region = library.crisis.region(library.settings.region or "")  # the course's, if any
        ctx = RenderContext(library, mode="lab", strict=True, fixed_region=region)
        block = call_block(ctx, call, FUNCTIONS)
        if block is None:
            return None
        with using(ctx):
            return block.before_run(ctx)
    except (CellProblem, ContentError):
        return None


def _cell_id(anchor: str, source: str) -> str:
    return "g" + hashlib.sha1(f"{anchor}:{source}".encode()).hexdigest()[:7]


def _markdown_cell(source: str, tags: list[str], anchor: str) -> dict[str, Any]:
    return {
        "cell_type": "markdown",
        "id": _cell_id(anchor, BEFORE_RUN),
        "metadata": {"tags": tags},
        "source": source,
    }


def _tags(cell: dict[str, Any]) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def sync(nb: dict[str, Any], library: Any) -> dict[str, Any]:
    """``nb`` with its generated cells as the data makes them today (JupyterLab's words):
    links to the previous and next lesson at the top and the bottom, what stands in for each
    call until it runs, and the words for JupyterLab."""
    from ._navigation import with_navigation

    cells: list[dict[str, Any]] = []
    for cell in nb.get("cells", []):
        if BEFORE_RUN in _tags(cell):
            continue
        key = mode_key(_tags(cell))
        if cell.get("cell_type") == "markdown" and key is not None:
            cell = {**cell, "source": text(key, "lab")}
        if cell.get("cell_type") == "code":
            html = before_run_html("".join(cell.get("source", "")), library)
            if html:
                anchor = cell.get("id") or str(len(cells))
                block = _one_block(f'<div class="{BEFORE_RUN_CLASS}">\n{html}\n</div>')
                cells.append(_markdown_cell(block, [BEFORE_RUN], anchor))
        cells.append(cell)
    entry = lesson_of(nb, library)
    lessons = [e for e in library.curriculum.lessons if e.kind == "lesson"]
    if entry is not None and entry in lessons:
        # No times in JupyterLab's list of lessons: each lesson gives its own at its top, and a
        # change to one lesson's time then leaves the other notebooks as they are.
        cells = with_navigation(
            cells, lessons, lessons.index(entry), ("nav-top", "nav"), minutes=False
        )
    return {**nb, "cells": cells}


def in_mode(cell: dict[str, Any], mode: Mode) -> dict[str, Any]:
    """A cell with the words ``mode`` needs (only ``mode-text:`` cells change)."""
    key = mode_key(_tags(cell))
    if cell.get("cell_type") == "markdown" and key is not None:
        return {**cell, "source": text(key, mode)}
    return cell


def for_mode(nb: dict[str, Any], mode: Mode) -> dict[str, Any]:
    """``nb`` as the app or a handout shows it: no cells made for JupyterLab (stand-ins, links
    between lessons: the app and the handouts make their own), and the mode's own words."""
    if mode == "lab":
        return nb
    cells = [in_mode(cell, mode) for cell in nb.get("cells", []) if not is_generated(cell)]
    return {**nb, "cells": cells}


def lesson_of(nb: dict[str, Any], library: Any) -> Any:
    """The curriculum entry a notebook starts (its first code cell's ``peerkit.lesson``), or None."""
    found = lesson_id(nb)
    return library.curriculum.lesson(found) if found else None


def sync_file(path: Any, library: Any, check_only: bool = False) -> list[str]:
    """Bring a lesson notebook's generated cells up to date (or, with ``check_only``, say they
    are not); other notebooks are left alone."""
    import json

    from ._notebooks import dumps

    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # clean-notebooks reports a notebook it cannot read
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        return []
    entry = lesson_of(nb, library)
    if entry is None or entry.kind != "lesson":
        return []
    synced = sync(nb, library)
    if synced == nb:
        return []
    if check_only:
        return [
            f"{path.as_posix()}: the cells made from data (crisis lines, exercise titles, words"
            " for JupyterLab) are out of date - run 'peerkit clean-notebooks'"
        ]
    path.write_text(dumps(synced), encoding="utf-8")
    return []
