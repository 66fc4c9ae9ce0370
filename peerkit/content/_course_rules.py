"""Rules about the course as a whole, which ``peerkit validate`` applies to a course's data folder.

A file can pass its own checks and still break the course around it. These rules read
the content files together with the lesson notebooks named in ``curriculum.yaml``:

1. **Notebooks and the curriculum agree**: every lesson has its notebook, every notebook
   under ``notebooks/`` is a lesson, each starts its own lesson under a heading with the
   lesson's title, shows only items that exist and every item of its lesson's folder,
   and cites only references in its lesson's list.
2. **Content notes**: a cell tagged ``sensitive``, or one showing an item
   with a content note, comes straight after a cell tagged ``content-note``; any cell
   naming suicide, self-harm, abuse, violence, relapse or overdose (in its markdown or in
   the items it shows) has a content note earlier in its section.
3. **Safe messaging** (the guidance cited as SRC-22 in data/references.yaml): no "committed suicide" or "successful
   suicide", no method or location detail, in any content file or notebook.
4. **Person-first language**: no "client", "consumer", "addict",
   "manipulative" or "non-compliant" in the course's own voice (quoted speech and the
   replies a case teaches as mistakes are a character's words).
5. **Clean text**: no mojibake, platform leftovers ("Click Next"), emoji
   bullets or empty "How to respond" headings; no phone number written into a notebook
   (crisis lines come from ``crisis_resources.yaml``).
6. **Session plans** (``data/facilitator/<lesson>.yaml``): every lesson has one, and every
   exercise of a lesson is run in some part of it. What a plan says about the course (its
   lesson, minutes, headings, items and triads) is checked by :mod:`._facilitator`.

The words and patterns of rules 2 to 5, and the line-by-line checks of one content file's
text, are in :mod:`._wording`. Like the lints, these run only in ``peerkit validate``, never
when a lesson loads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import _cells
from ._guide_models import SessionPlan
from ._models import Curriculum, Item, References
from ._problems import Problem, did_you_mean, display_path
from ._wording import (
    ALLOWED_WITHOUT_NOTE,
    CITATION,
    LABEL_FIX,
    NOT_A_TOPIC,
    PHONE,
    SAFE_MESSAGING_FIX,
    SENSITIVE_TOPIC,
    file_text_problems,
    item_label_problems,
    labels_outside_quotes,
    text_problems,
    unsafe_phrases,
)
from ._yaml import YamlDocument

# --- the course the rules read ----------------------------------------------------------


@dataclass
class Course:
    """What the rules need: the content files that loaded, by kind, and where the course is."""

    root: Path
    curriculum: Curriculum
    curriculum_doc: YamlDocument
    docs: list[tuple[YamlDocument, Any]]
    items: dict[str, tuple[YamlDocument, Item]] = field(default_factory=dict)
    lesson_items: dict[str, list[str]] = field(default_factory=dict)
    references: set[str] | None = None

    @property
    def project(self) -> Path:
        return self.root.resolve().parent


def _course(root: Path, loaded: Iterable[Any]) -> Course | None:
    docs = [(entry.doc, entry.model) for entry in loaded]
    curriculum = next(((d, m) for d, m in docs if isinstance(m, Curriculum)), None)
    if curriculum is None:
        return None
    course = Course(root, curriculum[1], curriculum[0], docs)
    for doc, model in docs:
        if isinstance(model, References):
            course.references = {r.id for r in model.references}
        if isinstance(model, Item):
            course.items.setdefault(model.id, (doc, model))
            parts = Path(doc.file).parts
            if "lessons" in parts and parts.index("lessons") + 1 < len(parts) - 1:
                lesson = parts[parts.index("lessons") + 1]
                course.lesson_items.setdefault(lesson, []).append(model.id)
    return course


def course_problems(root: Path, loaded: Iterable[Any]) -> list[Problem]:
    """Every course-wide problem of the course whose data folder is ``root``."""
    course = _course(root, loaded)
    if course is None:
        return []
    problems: list[Problem] = []
    for doc, model in course.docs:
        problems += file_text_problems(doc)
        if isinstance(model, Item):
            problems += item_label_problems(doc, model)
    problems += _curriculum_labels(course)
    plans = [(d, m) for d, m in course.docs if isinstance(m, SessionPlan)]
    problems += _notebook_problems(course)
    problems += _unplanned_exercises(course, plans)
    return problems


def _unplanned_exercises(
    course: Course, plans: list[tuple[YamlDocument, SessionPlan]]
) -> list[Problem]:
    """Every exercise of a lesson's folder has a place in some part of the lesson's session plan
    (when the course has session plans at all)."""
    if not plans:
        return []
    by_lesson = {model.lesson: (doc, model) for doc, model in reversed(plans)}
    problems = []
    for entry in course.curriculum.lessons:
        if entry.kind != "lesson":
            continue
        if entry.id not in by_lesson:
            problems.append(
                Problem(
                    course.curriculum_doc.file,
                    course.curriculum_doc.line_of(
                        ("lessons", course.curriculum.lessons.index(entry), "id")
                    ),
                    f"lesson '{entry.id}' has no session plan",
                    f"write data/facilitator/{entry.id}.yaml (copy another lesson's plan), and add the"
                    " lesson's session_plan and answer_key cells to the facilitator guide",
                )
            )
            continue
        doc, plan = by_lesson[entry.id]
        planned = {item for part in plan.parts for item in part.items}
        for item_id in course.lesson_items.get(entry.id, []):
            item_doc, item = course.items[item_id]
            if item.exercise and item_id not in planned:
                problems.append(
                    Problem(
                        item_doc.file,
                        item_doc.line_of(("id",)),
                        f"'{item_id}' is not in any part of lesson {entry.id}'s session plan",
                        f"add {item_id} to the 'items:' of the part of {doc.file} where the group"
                        " does it",
                    )
                )
    return problems


def _curriculum_labels(course: Course) -> list[Problem]:
    problems = []
    doc = course.curriculum_doc
    for i, entry in enumerate(course.curriculum.lessons):
        fields = [(("title",), entry.title), (("summary",), entry.summary or "")]
        fields += [(("objectives", j), text) for j, text in enumerate(entry.objectives)]
        for path, text in fields:
            for label in labels_outside_quotes(text):
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("lessons", i, *path)),
                        f"'{label}' is not person-first",
                        LABEL_FIX,
                    )
                )
    return problems


# --- notebooks --------------------------------------------------------------------------


@dataclass
class _Notebook:
    path: Path
    lesson: str
    cells: list[dict[str, Any]]
    lines: dict[int, int]

    @property
    def file(self) -> str:
        return display_path(self.path)

    def problem(self, index: int, problem: str, fix: str) -> Problem:
        return Problem(self.file, self.lines.get(index, 1), problem, fix)

    def authored(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(index in the file, cell) of the cells its authors wrote (not those made from data)."""
        for index, cell in enumerate(self.cells):
            if isinstance(cell, dict) and not _cells.is_generated(cell):
                yield index, cell


def _notebook_problems(course: Course) -> list[Problem]:
    problems: list[Problem] = []
    if not (course.project / "notebooks").is_dir():
        return problems  # content checked on its own, away from the course's notebooks
    doc = course.curriculum_doc
    listed: set[Path] = set()
    for i, entry in enumerate(course.curriculum.lessons):
        path = course.project / entry.notebook
        listed.add(path.resolve())
        if not path.is_file():
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("lessons", i, "id")),
                    f"lesson '{entry.id}' has no notebook at {entry.notebook}",
                    "add the notebook (copy a lesson's and change its first cells), or correct"
                    " 'notebook:'",
                )
            )
            continue
        try:
            raw = path.read_text(encoding="utf-8")
            cells = json.loads(raw)["cells"]
            assert isinstance(cells, list)
        except (OSError, ValueError, KeyError, TypeError, AssertionError):
            problems.append(
                Problem(
                    display_path(path),
                    1,
                    "this notebook cannot be read",
                    "open it in JupyterLab and save it again, or restore it from git",
                )
            )
            continue
        nb = _Notebook(path, entry.id, cells, _cells.source_lines(raw))
        problems += _agreement(nb, entry, course)
        problems += _content_notes(nb, course)
        problems += _notebook_text(nb, raw)
    folder = course.project / "notebooks"
    if folder.is_dir():
        for path in sorted(folder.rglob("*.ipynb")):
            if ".ipynb_checkpoints" not in path.parts and path.resolve() not in listed:
                problems.append(
                    Problem(
                        display_path(path),
                        1,
                        "this notebook is not a lesson in curriculum.yaml",
                        "add the lesson to curriculum.yaml (with 'notebook:' naming this file), or"
                        " move the notebook out of notebooks/",
                    )
                )
    return problems


def _agreement(nb: _Notebook, entry: Any, course: Course) -> list[Problem]:
    """The notebook starts its lesson under its title, shows what exists and all of its
    lesson's items, and cites only the lesson's references."""
    problems: list[Problem] = []
    authored = list(nb.authored())
    if authored:
        index, first = authored[0]
        heading = (_cells.source_of(first).splitlines() or [""])[0]
        if heading != f"# {entry.title}":
            problems.append(
                nb.problem(
                    index,
                    f"the notebook starts with {heading[:60]!r}, not the lesson's title",
                    f"make its first cell a markdown cell starting '# {entry.title}' (the title in"
                    " curriculum.yaml)",
                )
            )
    code = [(i, c) for i, c in authored if c.get("cell_type") == "code"]
    first_call = _cells.call_of(code[0][1]) if code else None
    if (
        first_call is None
        or first_call.name != "lesson"
        or first_call.first("lesson_id") != nb.lesson
    ):
        problems.append(
            nb.problem(
                code[0][0] if code else 0,
                f"the first code cell does not start lesson '{nb.lesson}'",
                f"make the first code cell '# Lesson' and peerkit.lesson(\"{nb.lesson}\")",
            )
        )
    shown: list[str] = []
    for index, cell in code:
        for item_id in _cells.shown_in(cell):
            shown.append(item_id)
            if item_id not in course.items:
                problems.append(
                    nb.problem(
                        index,
                        f"the cell shows '{item_id}', which is not a content item",
                        did_you_mean(item_id, sorted(course.items)),
                    )
                )
    for item_id in course.lesson_items.get(nb.lesson, []):
        if item_id not in shown:
            doc = course.items[item_id][0]
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("id",)),
                    f"'{item_id}' is in lesson {nb.lesson}'s folder, but {nb.path.name} does not show it",
                    f'add a code cell to {nb.path.name}: a label line, then peerkit.show("{item_id}")'
                    " (then run peerkit clean-notebooks)",
                )
            )
    for index, cell in authored:
        if cell.get("cell_type") != "markdown":
            continue
        for key in CITATION.findall(_cells.source_of(cell)):
            if course.references is not None and key not in course.references:
                problems.append(
                    nb.problem(
                        index,
                        f"[{key}] is not in references.yaml",
                        "add the source to data/references.yaml, or correct the key",
                    )
                )
            elif key not in entry.references:
                problems.append(
                    nb.problem(
                        index,
                        f"[{key}] is cited, but lesson '{nb.lesson}' does not list it",
                        f"add {key} to the lesson's 'references:' in curriculum.yaml",
                    )
                )
    return problems


def _sensitive_text(cell: dict[str, Any], course: Course) -> str:
    """The learner-facing words of a cell: its markdown, or the items it shows (an answer key
    shows a lesson's items)."""
    from ._prose import learner_strings, markdown_words

    if cell.get("cell_type") == "markdown":
        text = markdown_words(_cells.source_of(cell))
    else:
        ids = [i for i in _cells.shown_in(cell) if i in course.items]
        call = _cells.call_of(cell)
        if call is not None and call.name == "answer_key":
            lesson = call.first("lesson_id")
            ids += course.lesson_items.get(lesson, []) if isinstance(lesson, str) else []
        text = "\n".join(t for i in ids for _, t in learner_strings(course.items[i][1]))
    return NOT_A_TOPIC.sub("", text)


def _content_notes(nb: _Notebook, course: Course) -> list[Problem]:
    problems: list[Problem] = []
    previous: dict[str, Any] | None = None
    noted = False
    for index, cell in nb.authored():
        tags = _cells.tags_of(cell)
        source = _cells.source_of(cell)
        first = source.splitlines()[0] if source.strip() else ""
        with_note = [
            i
            for i in _cells.shown_in(cell)
            if i in course.items and getattr(course.items[i][1], "content_note", None)
        ]
        if "sensitive" in tags or with_note:
            if "sensitive" not in tags:
                problems.append(
                    nb.problem(
                        index,
                        f"the cell shows '{with_note[0]}', which has a content note, but is not"
                        " tagged 'sensitive'",
                        "tag the cell 'sensitive' (Property Inspector > Cell Tags)",
                    )
                )
            if previous is None or "content-note" not in _cells.tags_of(previous):
                problems.append(
                    nb.problem(
                        index,
                        "sensitive content with no content note straight before it",
                        "put a markdown cell tagged 'content-note' just before it, saying what the"
                        " part touches and that the learner may skip it",
                    )
                )
        if cell.get("cell_type") == "markdown" and first.startswith("#"):
            noted = False  # a new section needs its own note
        if "content-note" in tags:
            noted = True
        else:
            match = SENSITIVE_TOPIC.search(_sensitive_text(cell, course))
            if match and not noted and (nb.lesson, first) not in ALLOWED_WITHOUT_NOTE:
                problems.append(
                    nb.problem(
                        index,
                        f"the cell mentions '{match[0]}' with no content note earlier in its section",
                        "put a markdown cell tagged 'content-note' before it in the section",
                    )
                )
        previous = cell
    return problems


def _notebook_text(nb: _Notebook, raw: str) -> list[Problem]:
    from ._prose import markdown_words

    problems: list[Problem] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        for words in unsafe_phrases(line):
            problems.append(
                Problem(
                    nb.file, number, f'"{words}" goes against safe messaging', SAFE_MESSAGING_FIX
                )
            )
    authored = list(nb.authored())
    for position, problem in text_problems(cell for _, cell in authored):
        problems.append(nb.problem(authored[position][0], problem, "correct the text in the cell"))
    for index, cell in authored:
        source = _cells.source_of(cell)
        if PHONE.search(source):
            problems.append(
                nb.problem(
                    index,
                    f"a phone number ({PHONE.search(source)[0]}) is written into the notebook",
                    "show crisis lines with peerkit.crisis_resources(): they come from"
                    " data/crisis_resources.yaml, kept current for every region",
                )
            )
        if cell.get("cell_type") == "markdown":
            for label in labels_outside_quotes(markdown_words(source)):
                problems.append(nb.problem(index, f"'{label}' is not person-first", LABEL_FIX))
    return problems
