"""What the skills-day files say about the rest of the course, checked by ``peerkit validate``.

A triad names its lesson, the sections of that lesson its observer sheet is tied to, the
rubric items it is a place to score, its set of practice rules and the printables each
group needs; the skills rubric names lesson sections and triads. Each of these must
exist. A triad's speaker has a name used nowhere else in the course (the character-name
rule of CONTRIBUTING.md).

These checks run in ``peerkit validate`` only, never when a lesson loads: a facilitator's
print material must never take a lesson, or its crisis panel, away from a learner. When
one file is validated on its own, the rest comes from the course's data folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._models import Curriculum, Document
from ._problems import Problem, closest, display_path, known_list
from ._skills_checks import SKILLS_FILE_CHECKS  # noqa: F401 - registers each file's own checks
from ._skills_models import Printables, RealPlayRules, SkillsRubric, Triad
from ._yaml import YamlDocument

SKILLS_DAY_TYPES = (Triad, SkillsRubric, RealPlayRules, Printables)

TRIADS_DIR = "triads"
FACILITATOR_DIR = "facilitator"
RULES_FILE = "real-play-rules.yaml"
RUBRIC_FILE = "skills-check.yaml"
PRINTABLES_FILE = "printables.yaml"

_HEADING = re.compile(r"^(#{2,3})\s+(.+?)\s*#*\s*$")


# --- the sections of a lesson ----------------------------------------------------------


@dataclass(frozen=True)
class Sections:
    """The H2 and H3 headings of one lesson notebook, each H3 with the H2 above it."""

    headings: tuple[tuple[str, str | None], ...]
    """(H2, None) for an H2; (H2, H3) for an H3 under it."""

    @classmethod
    def of_notebook(cls, path: Path) -> Sections | None:
        """The headings of the notebook at ``path``; None when it cannot be read."""
        try:
            cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError, AttributeError):
            return None
        found: list[tuple[str, str | None]] = []
        h2 = ""
        for cell in cells:
            if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
                continue
            source = cell.get("source", "")
            text = "".join(source) if isinstance(source, list) else str(source)
            fenced = False
            for line in text.splitlines():
                if line.lstrip().startswith("```"):
                    fenced = not fenced
                match = None if fenced else _HEADING.match(line)
                if match is None:
                    continue
                title = " ".join(match.group(2).split())
                if len(match.group(1)) == 2:
                    h2 = title
                    found.append((h2, None))
                else:
                    found.append((h2, title))
        return cls(tuple(found))

    def names(self) -> list[str]:
        """Every way to name a section: each H2, each H3 alone, and ``H2 > H3``."""
        names = []
        for h2, h3 in self.headings:
            names.append(h2 if h3 is None else h3)
            if h3 is not None:
                names.append(f"{h2} > {h3}")
        return names

    def problem(self, name: str) -> tuple[str, str] | None:
        """Why ``name`` does not name exactly one section (problem, fix), or None when it does."""
        name = " ".join(name.split())
        if " > " in name:
            h2, h3 = (part.strip() for part in name.split(" > ", 1))
            if (h2, h3) in self.headings:
                return None
        else:
            matches = [
                (h2, h3) for h2, h3 in self.headings if (h3 is None and h2 == name) or h3 == name
            ]
            if len(matches) == 1 or any(h3 is None for _, h3 in matches):
                return None
            if matches:
                first = f"{matches[0][0]} > {name}"
                return (
                    f"has {len(matches)} sections called '{name}'",
                    f"name the one you mean with the heading above it, e.g. '{first}'",
                )
        guess = closest(name, self.names())
        h2s = known_list([h2 for h2, h3 in self.headings if h3 is None], 12)
        return (
            "does not have it",
            f"copy the heading exactly: did you mean '{guess}'?"
            if guess
            else f"copy one of its headings exactly (known: {h2s})",
        )


# --- gathering the course's skills-day files ----------------------------------------


@dataclass
class _Found:
    doc: YamlDocument
    model: Document


@dataclass
class SkillsDay:
    """The skills-day files being checked, and the course around them."""

    triads: list[_Found] = field(default_factory=list)
    rubric: _Found | None = None
    rules: _Found | None = None
    printables: _Found | None = None
    curriculum: Curriculum | None = None
    project: Path | None = None
    """The folder that holds notebooks/ (the data folder's parent)."""
    _sections: dict[str, Sections | None] = field(default_factory=dict)

    def sections(self, lesson_id: str) -> Sections | None:
        """The headings of a lesson's notebook; None when there is no such notebook."""
        if lesson_id not in self._sections:
            entry = self.curriculum.lesson(lesson_id) if self.curriculum else None
            if entry is None or self.project is None:
                self._sections[lesson_id] = None
            else:
                self._sections[lesson_id] = Sections.of_notebook(self.project / entry.notebook)
        return self._sections[lesson_id]


Loader = Callable[[Path], tuple[Any, list[Problem]]]
"""``_load.load_file``, passed in so that this module does not import the loader."""


def gather(
    loaded: Iterable[Any], checked: Iterable[Path], context_root: Path | None, load: Loader
) -> SkillsDay:
    """The skills-day files among ``loaded`` and, for what is not among them, the course's own."""
    day = SkillsDay()
    for entry in loaded:
        model = entry.model
        if isinstance(model, Triad):
            day.triads.append(_Found(entry.doc, model))
        elif isinstance(model, SkillsRubric):
            day.rubric = day.rubric or _Found(entry.doc, model)
        elif isinstance(model, RealPlayRules):
            day.rules = day.rules or _Found(entry.doc, model)
        elif isinstance(model, Printables):
            day.printables = day.printables or _Found(entry.doc, model)
        elif isinstance(model, Curriculum):
            day.curriculum = day.curriculum or model
    if context_root is None:
        return day
    day.project = context_root.resolve().parent
    seen = {Path(p).resolve() for p in checked}

    def from_course(path: Path) -> _Found | None:
        if path.resolve() in seen or not path.is_file():
            return None
        result, _ = load(path)
        return None if result is None else _Found(result.doc, result.model)

    if day.curriculum is None:
        found = from_course(context_root / "curriculum.yaml")
        if found is not None and isinstance(found.model, Curriculum):
            day.curriculum = found.model
    for attr, name, kind in (
        ("rubric", RUBRIC_FILE, SkillsRubric),
        ("rules", RULES_FILE, RealPlayRules),
        ("printables", PRINTABLES_FILE, Printables),
    ):
        if getattr(day, attr) is None:
            found = from_course(context_root / FACILITATOR_DIR / name)
            if found is not None and isinstance(found.model, kind):
                setattr(day, attr, found)
    folder = context_root / TRIADS_DIR
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            found = from_course(path)
            if found is not None and isinstance(found.model, Triad):
                day.triads.append(found)
    return day


# --- the checks ---------------------------------------------------------------------


def skills_day_problems(
    loaded: Iterable[Any],
    checked: Iterable[Path],
    context_root: Path | None,
    load: Loader,
) -> list[Problem]:
    """Every problem in what the checked skills-day files say about the rest of the course.

    ``loaded`` holds the files that passed their own checks, ``checked`` every file that
    was read, and ``context_root`` the course's data folder. Only problems in checked
    files are reported: the course's own files fill in what a single file refers to.
    """
    loaded = list(loaded)
    if not any(isinstance(entry.model, SKILLS_DAY_TYPES) for entry in loaded):
        return []  # nothing of the skills day was checked: nothing here to report
    checked = list(checked)
    day = gather(loaded, checked, context_root, load)
    mine = {Path(p).resolve() for p in checked}
    problems: list[Problem] = []
    problems += _triad_problems(day)
    problems += _rubric_problems(day)
    problems += _name_problems(day, context_root)
    return sorted(p for p in set(problems) if _resolved(p.file) in mine)


def _resolved(file: str) -> Path:
    return Path(file).resolve()


def _lesson_problem(day: SkillsDay, doc: YamlDocument, path: tuple[Any, ...], lesson: str):
    if day.curriculum is None:
        return None
    entry = day.curriculum.lesson(lesson)
    if entry is not None and entry.kind == "lesson":
        return None
    known = [e.id for e in day.curriculum.lessons if e.kind == "lesson"]
    guess = closest(lesson, known)
    return Problem(
        doc.file,
        doc.line_of(path),
        f"'{lesson}' is not a lesson in curriculum.yaml",
        f"did you mean '{guess}'?" if guess else f"use one of: {known_list(known)}",
    )


def _section_problem(
    day: SkillsDay, doc: YamlDocument, path: tuple[Any, ...], subject: str, lesson: str, name: str
) -> Problem | None:
    sections = day.sections(lesson)
    if sections is None:
        return None
    found = sections.problem(name)
    if found is None:
        return None
    what, fix = found
    return Problem(
        doc.file,
        doc.line_of(path),
        f"{subject} points to section '{name}', and lesson {lesson} {what}",
        fix,
    )


def _triad_problems(day: SkillsDay) -> list[Problem]:
    problems: list[Problem] = []
    rubric_ids = (
        [item.id for item in day.rubric.model.items]  # type: ignore[attr-defined]
        if day.rubric
        else None
    )
    rule_ids = [s.id for s in day.rules.model.sets] if day.rules else None  # type: ignore[attr-defined]
    printable_ids = (
        [p.id for p in day.printables.model.items]  # type: ignore[attr-defined]
        if day.printables
        else None
    )
    first: dict[str, _Found] = {}
    for found in day.triads:
        doc, triad = found.doc, found.model
        assert isinstance(triad, Triad)
        if triad.id in first:
            other = first[triad.id].doc
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("id",)),
                    f"triad id '{triad.id}' is already used by {other.file}:{other.line_of(('id',))}",
                    "give this triad an id of its own",
                )
            )
        first.setdefault(triad.id, found)
        path = Path(doc.file)
        if path.parent.name == TRIADS_DIR and path.stem != triad.id:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("id",)),
                    f"the file is called '{path.name}', but the triad's id is '{triad.id}'",
                    f"rename the file to '{triad.id}.yaml', or change the id",
                )
            )
        lesson_problem = _lesson_problem(day, doc, ("lesson",), triad.lesson)
        if lesson_problem is not None:
            problems.append(lesson_problem)
        else:
            for i, behavior in enumerate(triad.observer_sheet.behaviors):
                problem = _section_problem(
                    day,
                    doc,
                    ("observer_sheet", "behaviors", i, "lesson_section"),
                    f"behavior '{behavior.id}'",
                    triad.lesson,
                    behavior.lesson_section,
                )
                if problem is not None:
                    problems.append(problem)
        for key, values, known, noun, where in (
            ("practices", triad.practices, rubric_ids, "skill", RUBRIC_FILE),
            ("materials", triad.materials, printable_ids, "printable", PRINTABLES_FILE),
        ):
            for j, value in enumerate(values):
                if known is not None and value not in known:
                    guess = closest(value, known)
                    problems.append(
                        Problem(
                            doc.file,
                            doc.line_of((key, j)),
                            f"'{value}' is not a {noun} in {FACILITATOR_DIR}/{where}",
                            f"did you mean '{guess}'?"
                            if guess
                            else f"use one of: {known_list(known)}",
                        )
                    )
        if rule_ids is not None and triad.rules not in rule_ids:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("rules",)),
                    f"'{triad.rules}' is not a set of practice rules in {FACILITATOR_DIR}/{RULES_FILE}",
                    f"use one of: {known_list(rule_ids)}",
                )
            )
    return problems


def _rubric_problems(day: SkillsDay) -> list[Problem]:
    if day.rubric is None:
        return []
    doc, rubric = day.rubric.doc, day.rubric.model
    assert isinstance(rubric, SkillsRubric)
    triads = {f.model.id: f.model for f in day.triads}  # type: ignore[attr-defined]
    problems: list[Problem] = []
    for i, item in enumerate(rubric.items):
        for j, ref in enumerate(item.lesson_sections):
            path = ("items", i, "lesson_sections", j)
            lesson_problem = _lesson_problem(day, doc, (*path, "lesson"), ref.lesson)
            if lesson_problem is not None:
                problems.append(lesson_problem)
                continue
            problem = _section_problem(
                day, doc, (*path, "section"), f"skill '{item.id}'", ref.lesson, ref.section
            )
            if problem is not None:
                problems.append(problem)
        if not triads:
            continue
        for j, triad_id in enumerate(item.best_seen_in):
            triad = triads.get(triad_id)
            if triad is None:
                guess = closest(triad_id, triads)
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("items", i, "best_seen_in", j)),
                        f"skill '{item.id}' is best seen in '{triad_id}', which is not a triad",
                        f"did you mean '{guess}'?"
                        if guess
                        else f"use one of: {known_list(triads)}",
                    )
                )
            elif item.id not in triad.practices:  # type: ignore[attr-defined]
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("items", i, "best_seen_in", j)),
                        f"skill '{item.id}' is best seen in '{triad_id}', which does not practise it",
                        f"add '{item.id}' to the triad's 'practices', or name another triad",
                    )
                )
    return problems


def _name_problems(day: SkillsDay, context_root: Path | None) -> list[Problem]:
    """A speaker's name is used nowhere else: not by another triad, a lesson item or a
    lesson notebook (each person in the course has a name of their own)."""
    if not day.triads:
        return []
    elsewhere: list[tuple[str, str]] = []
    if context_root is not None:
        lessons = context_root / "lessons"
        for path in sorted(lessons.rglob("*.yaml")) if lessons.is_dir() else []:
            try:
                elsewhere.append((display_path(path), path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
        if day.curriculum is not None and day.project is not None:
            for entry in day.curriculum.lessons:
                notebook = day.project / entry.notebook
                if entry.kind == "lesson" and notebook.is_file():
                    try:
                        elsewhere.append(
                            (display_path(notebook), notebook.read_text(encoding="utf-8"))
                        )
                    except (OSError, UnicodeDecodeError):
                        continue
    triad_texts = [(f.doc.file, "\n".join(f.doc.text_lines)) for f in day.triads]
    problems = []
    for found in day.triads:
        name = found.model.cards.speaker.name  # type: ignore[attr-defined]
        word = re.compile(rf"\b{re.escape(name)}\b")
        for file, text in [*triad_texts, *elsewhere]:
            # ``in`` first: it is far quicker than the word search on a whole notebook, and
            # a name is rarely anywhere else
            if file == found.doc.file or name not in text or not word.search(text):
                continue
            problems.append(
                Problem(
                    found.doc.file,
                    found.doc.line_of(("cards", "speaker", "name")),
                    f"the speaker's name '{name}' is also used in {file}",
                    "give the speaker a name used nowhere else in the course",
                )
            )
            break
    return problems
