"""What the facilitator files say about the rest of the course, checked by ``peerkit validate``.

The schema and :mod:`._workshop` check each file alone. Here the session plans, agendas,
guide sections and adaptations are checked against the course: the lesson notebooks
(their headings, and the items they show), the items, the triads and the other plans.

Session plans (errors unless marked):

- the plan names a lesson of the curriculum, once;
- every ``covers`` heading is a heading of the lesson's notebook, written ``H2`` or
  ``H2 > H3`` (an H3 title that repeats needs its H2); ``(top)`` is the text before the
  first heading;
- every item exists and is shown by the lesson's notebook (that every exercise of the
  lesson is run in some part is a course rule: :mod:`._course_rules`);
- a role-play line lasts exactly its triad's total (setup, rounds of play and feedback,
  rotations, debrief), the triad belongs to this lesson, and a crisis triad sits in a
  heavy part with a break after it;
- *warning*: a budget line gives an exercise or a reading less time than its content
  needs (:func:`floor`), or a notebook section of more than 30 words is read in no part.

Agendas: every rule of :mod:`._schedule` (R1-R9). Guide sections and adaptations: every
citation resolves, every case and triad named exists.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

from ._guide_models import (
    Adaptations,
    Agenda,
    BudgetLine,
    GuideSections,
    SessionPlan,
)
from ._models import Case, Curriculum, Item, Quiz, References, Sort
from ._problems import ContentError, Problem, did_you_mean, known_list
from ._schedule import TOP, TriadInfo, build
from ._workshop_checks import CITATION
from ._yaml import YamlDocument

READING_RATE = 150
"""Words a minute when a group reads together: below the average rate of reading aloud
(183) and far below silent reading (238), to leave room for slower and second-language
readers [SRC-88]."""
UNREAD_WORDS = 30
"""A notebook section with more prose than this should be read in some part of the plan."""
SHOW_CALL = re.compile(r'peerkit\.show\(\s*"([^"]+)"')
GENERATED_TAGS = {"before-run", "lesson-nav", "lesson-nav-top"}
"""Markdown cells made from data (placeholders, navigation): not prose a group reads."""
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


# --- notebook sections ----------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    level: int
    title: str
    key: str
    """How a plan names it: the H2 title, or 'H2 > H3' for an H3."""
    words: int
    """Words of its own prose (up to the next heading of any level)."""
    parent: str | None = None


def markdown_word_count(markdown: str) -> int:
    """Words a reader reads: no code, no markup, links keep their text, no citation keys."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[SRC-\d\d\]", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class NotebookSections:
    """A lesson notebook's headings and the words under each."""

    sections: tuple[Section, ...]

    @classmethod
    def from_markdown(cls, cells: Iterable[str]) -> NotebookSections:
        found: list[Section] = []
        title, level, parent, words = TOP, 2, None, 0
        current_h2: str | None = None
        pending: list[tuple[int, str, str | None, int]] = []
        for source in cells:
            fenced = False
            for line in source.splitlines():
                if line.strip().startswith("```"):
                    fenced = not fenced
                    continue
                if fenced:  # code is not prose
                    continue
                match = _HEADING.match(line)
                if match is None:
                    words += markdown_word_count(line)
                    continue
                depth = len(match[1])
                if depth == 1:  # the lesson's title: its intro belongs to the top
                    continue
                pending.append((level, title, parent, words))
                words = 0
                heading = match[2].strip()
                if depth <= 2:
                    current_h2, level, title, parent = heading, 2, heading, None
                else:
                    level, title, parent = depth, heading, current_h2
        pending.append((level, title, parent, words))
        for level, title, parent, count in pending:
            key = f"{parent} > {title}" if parent and level > 2 else title
            found.append(Section(level, title, key, count, parent))
        return cls(tuple(found))

    @classmethod
    def from_notebook(cls, path: Path) -> NotebookSections:
        nb = json.loads(path.read_text(encoding="utf-8"))
        return cls.from_markdown(
            "".join(cell.get("source", ""))
            for cell in nb.get("cells", [])
            if cell.get("cell_type") == "markdown"
            and not GENERATED_TAGS & set(cell.get("metadata", {}).get("tags", []))
        )

    @cached_property
    def _repeated(self) -> set[str]:
        titles = [s.title for s in self.sections if s.level > 2]
        return {t for t in titles if titles.count(t) > 1}

    def find(self, heading: str) -> list[int]:
        """Indices of the sections a plan's heading covers (a heading and what lies under it)."""
        for n, section in enumerate(self.sections):
            plain = section.level > 2 and section.title == heading and heading not in self._repeated
            if section.key == heading or plain:
                covered = [n]
                for later in range(n + 1, len(self.sections)):
                    if self.sections[later].level <= section.level:
                        break
                    covered.append(later)
                return covered
        return []

    def ambiguous(self, heading: str) -> list[str]:
        """The full names of a repeated H3 title ('H2 > H3'), when ``heading`` is one."""
        if heading not in self._repeated:
            return []
        return [s.key for s in self.sections if s.title == heading and s.level > 2]

    @property
    def keys(self) -> list[str]:
        return [s.key for s in self.sections if s.key != TOP or s.words]

    def words(self, headings: Sequence[str]) -> int:
        covered: set[int] = set()
        for heading in headings:
            covered.update(self.find(heading))
        return sum(self.sections[n].words for n in covered)


# --- what a budget line needs -------------------------------------------------------------


def case_decisions(case: Case) -> int:
    """Decisions along the path of first 'follows' replies from the start to an ending."""
    steps, seen = 0, set()
    node = case.node(case.start_id)
    while node is not None and node.id not in seen:
        seen.add(node.id)
        steps += 1
        choice = next((c for c in node.choices if c.verdict == "follows"), node.choices[0])
        node = case.node(choice.next)
    return steps


def reading_floor(words: int) -> int:
    return max(1, math.floor(words / READING_RATE + 0.5))


def floor(line: BudgetLine, item: Item | None, words: int | None) -> tuple[int, str] | None:
    """The fewest minutes a budget line's content needs, and why (None: judgment, no floor)."""
    if line.activity == "reading" and words is not None:
        return reading_floor(words), f"its {words} words need at least {reading_floor(words)}"
    mode = line.mode or "group"
    if line.activity == "case" and isinstance(item, Case):
        decisions = case_decisions(item)
        per_decision = 2 if mode == "group" else 1.5
        need = 1 + math.ceil(per_decision * decisions) + 2
        plural = "s" if decisions != 1 else ""
        return need, f"its {decisions} decision{plural} need at least {need}"
    if line.activity == "sort" and isinstance(item, Sort):
        need = math.ceil(0.4 * len(item.cards)) + 2
        return need, f"its {len(item.cards)} cards need at least {need}"
    if line.activity == "quiz" and isinstance(item, Quiz):
        count = len(item.questions)
        need = count + 1 if mode == "group" else math.ceil(0.75 * count) + 1
        return need, f"its {count} questions need at least {need}"
    need = type(item).room_minutes if item is not None and item.type == line.activity else None
    if need is not None:
        return need, f"a {line.activity} needs at least {need}"
    return None


def triad_info(model: Any) -> TriadInfo | None:
    """What the agenda and the plans need from a triad model (data/triads/)."""
    timing = getattr(model, "timing", None)
    if timing is None:
        return None
    total = getattr(timing, "total", None)
    if not isinstance(total, int):
        total = (
            timing.setup
            + timing.rounds * (timing.play + timing.feedback)
            + (timing.rounds - 1) * timing.rotate
            + timing.debrief
        )
    return TriadInfo(
        model.id,
        model.lesson,
        total,
        bool(getattr(model, "crisis", False)),
        timing.rounds,
        tuple(getattr(model, "materials", ()) or ()),
        str(getattr(model, "title", "") or ""),
    )


# --- the course, as the checks see it -----------------------------------------------------


@dataclass
class Course:
    """The rest of the course, for checking facilitator files against it."""

    root: Path | None
    curriculum: Curriculum | None
    items: Mapping[str, Item]
    triads: Mapping[str, TriadInfo] | None
    """None when this peerkit has no triad type: role-play lines are then not checked."""
    plans: dict[str, tuple[SessionPlan, YamlDocument]] = field(default_factory=dict)
    references: set[str] | None = None
    _sections: dict[str, NotebookSections | None] = field(default_factory=dict)
    _shown: dict[str, list[str] | None] = field(default_factory=dict)

    def guide(self) -> Any:
        """The facilitator guide's entry in curriculum.yaml (None when there is none)."""
        if self.curriculum is None:
            return None
        return next((e for e in self.curriculum.lessons if e.kind == "guide"), None)

    def triad_titles(self) -> dict[str, str]:
        """Each known triad's title (none when this peerkit has no triad type)."""
        return {t.id: t.title for t in (self.triads or {}).values() if t.title}

    def lesson_ids(self) -> list[str]:
        if self.curriculum is None:
            return []
        return [e.id for e in self.curriculum.lessons if e.kind == "lesson"]

    def lessons(self) -> list[tuple[str, str]]:
        if self.curriculum is None:
            return []
        return [(e.id, e.title) for e in self.curriculum.lessons if e.kind == "lesson"]

    def notebook(self, lesson: str) -> Path | None:
        if self.root is None or self.curriculum is None:
            return None
        entry = self.curriculum.lesson(lesson)
        if entry is None:
            return None
        path = self.root.resolve().parent / entry.notebook
        return path if path.is_file() else None

    def sections(self, lesson: str) -> NotebookSections | None:
        if lesson not in self._sections:
            path = self.notebook(lesson)
            try:
                self._sections[lesson] = NotebookSections.from_notebook(path) if path else None
            except (OSError, ValueError):
                self._sections[lesson] = None
        return self._sections[lesson]

    def shown(self, lesson: str) -> list[str] | None:
        """The ids the lesson's notebook shows, in order (None: no notebook to read)."""
        if lesson not in self._shown:
            path = self.notebook(lesson)
            ids: list[str] | None = None
            if path is not None:
                try:
                    nb = json.loads(path.read_text(encoding="utf-8"))
                    ids = []
                    for cell in nb.get("cells", []):
                        if cell.get("cell_type") == "code":
                            ids += SHOW_CALL.findall("".join(cell.get("source", "")))
                except (OSError, ValueError):
                    ids = None
            self._shown[lesson] = ids
        return self._shown[lesson]

    def reading_words(self, lesson: str, headings: Sequence[str]) -> int | None:
        sections = self.sections(lesson)
        return sections.words(headings) if sections is not None else None


def triads_known() -> bool:
    """Whether this peerkit reads role-play triads (the ``triad`` content type)."""
    from ._types import DOCUMENT_TYPES

    return "triad" in DOCUMENT_TYPES


class Loader(Protocol):
    """How to read the rest of the course (peerkit.content's load_file and load_library:
    passed in, since loading is the layer above this module)."""

    def load_file(self, path: Path) -> tuple[Any, list[Problem]]: ...

    def load_library(self, root: Path) -> Any: ...


def course_from(loaded: Iterable[Any], context_root: Path | None, loader: Loader) -> Course:
    """The course around the files that loaded: from those files, else from the data folder."""
    load_file, load_library = loader.load_file, loader.load_library
    loaded = list(loaded)
    curriculum = next((f.model for f in loaded if isinstance(f.model, Curriculum)), None)
    items: dict[str, Item] = {f.model.id: f.model for f in loaded if isinstance(f.model, Item)}
    references = next((f.model for f in loaded if isinstance(f.model, References)), None)
    whole = curriculum is not None
    if not whole and context_root is not None:
        try:
            lib = load_library(context_root)
        except ContentError:
            lib = None
        if lib is not None:
            curriculum = lib.curriculum
            items = {**lib.items, **items}
            references = references or lib.references
    triads: dict[str, TriadInfo] | None = {} if triads_known() else None
    plans: dict[str, tuple[SessionPlan, YamlDocument]] = {}
    for f in loaded:
        if triads is not None and getattr(f.model, "type", None) == "triad":
            info = triad_info(f.model)
            if info is not None:
                triads.setdefault(info.id, info)
        if isinstance(f.model, SessionPlan):
            plans.setdefault(f.model.lesson, (f.model, f.doc))
    root = context_root
    if not whole and root is not None:
        folders = [("triads", "*.yaml"), ("facilitator", "*.yaml")]
        for folder, pattern in folders:
            if folder == "triads" and triads is None:
                continue
            for path in sorted((root / folder).glob(pattern)):
                result, _ = load_file(path)
                if result is None:
                    continue
                if isinstance(result.model, SessionPlan):
                    plans.setdefault(result.model.lesson, (result.model, result.doc))
                elif triads is not None and getattr(result.model, "type", None) == "triad":
                    info = triad_info(result.model)
                    if info is not None:
                        triads.setdefault(info.id, info)
    ids = {r.id for r in references.references} if references is not None else None
    return Course(root, curriculum, items, triads, plans, ids)


# --- session plans --------------------------------------------------------------------------


def plan_problems(
    doc: YamlDocument, plan: SessionPlan, course: Course, seen: dict[str, str] | None = None
) -> tuple[list[Problem], list[Problem]]:
    """Problems and warnings in what one session plan says about the course."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    lessons = course.lesson_ids()
    if course.curriculum is not None and plan.lesson not in lessons:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("lesson",)),
                f"'{plan.lesson}' is not a lesson in curriculum.yaml",
                did_you_mean(plan.lesson, lessons),
            )
        )
        return problems, warnings
    if seen is not None:
        if plan.lesson in seen:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("lesson",)),
                    f"lesson '{plan.lesson}' already has a session plan ({seen[plan.lesson]})",
                    "keep one plan per lesson; merge the two",
                )
            )
            return problems, warnings
        seen[plan.lesson] = doc.file
    sections = course.sections(plan.lesson)
    shown = course.shown(plan.lesson)
    covered: set[int] = set()
    for i, part in enumerate(plan.parts):
        for j, item_id in enumerate(part.items):
            problems += _item_problems(
                doc, ("parts", i, "items", j), part.id, item_id, plan, course, shown
            )
        for j, line in enumerate(part.budget):
            path = ("parts", i, "budget", j)
            if line.item and line.item not in part.items:
                problems += _item_problems(
                    doc, (*path, "item"), part.id, line.item, plan, course, shown
                )
            words = None
            if line.activity == "reading" and sections is not None:
                missing = False
                for k, heading in enumerate(line.covers):
                    found = sections.find(heading)
                    if not found:
                        missing = True
                        problems.append(
                            _heading_problem(
                                doc, (*path, "covers", k), part.id, heading, plan.lesson, sections
                            )
                        )
                    covered.update(found)
                words = None if missing else sections.words(line.covers)
            if line.activity == "role-play" and line.triad and course.triads is not None:
                problems += _triad_problems(doc, path, part, line, plan, course.triads)
            item = course.items.get(line.item or "")
            if item is not None and line.activity != "practice" and item.type != line.activity:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of((*path, "activity")),
                        f"part '{part.id}': a '{line.activity}' line runs '{item.id}', which is a {item.type}",
                        f"write 'activity: {item.type}'",
                    )
                )
            need = floor(line, item, words)
            if need is not None and line.minutes < need[0]:
                warnings.append(_floor_warning(doc, (*path, "minutes"), part.id, line, need[1]))
        if (
            part.skip_requires
            and part.skip_requires[:2].isdigit()
            and course.curriculum is not None
        ) and part.skip_requires not in lessons:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("parts", i, "skip_requires")),
                    f"part '{part.id}' may be skipped only with lesson '{part.skip_requires}',"
                    " which is not in curriculum.yaml",
                    did_you_mean(part.skip_requires, lessons),
                )
            )
    if course.triads is not None:
        played = {part.triad for part in plan.parts if part.triad}
        for triad in course.triads.values():
            if triad.lesson == plan.lesson and triad.id not in played:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("parts",)),
                        f"triad '{triad.id}' of lesson {plan.lesson} is played in no part of its plan",
                        f"add an optional part with 'triad: {triad.id}' and a role-play line of"
                        f" {triad.minutes} minutes, with 'if_skipped:'",
                    )
                )
    if sections is not None:
        for n, section in enumerate(sections.sections):
            if n not in covered and section.words > UNREAD_WORDS:
                name = (
                    "the text before the first heading"
                    if section.key == TOP
                    else f"section '{section.key}'"
                )
                warnings.append(
                    Problem(
                        doc.file,
                        doc.line_of(("parts",)),
                        f"{name} of lesson {plan.lesson} ({section.words} words) is read in no part",
                        f"add it to a reading line's 'covers:' (e.g. covers: [\"{section.key}\"]),"
                        " or say in a part how learners meet it",
                    )
                )
    return problems, warnings


def _item_problems(
    doc: YamlDocument,
    path: tuple[Any, ...],
    part_id: str,
    item_id: str,
    plan: SessionPlan,
    course: Course,
    shown: list[str] | None,
) -> list[Problem]:
    if item_id not in course.items:
        return [
            Problem(
                doc.file,
                doc.line_of(path),
                f"part '{part_id}' names '{item_id}', which is not a content item",
                did_you_mean(item_id, list(course.items)),
            )
        ]
    if shown is not None and item_id not in shown:
        return [
            Problem(
                doc.file,
                doc.line_of(path),
                f"part '{part_id}' runs '{item_id}', which lesson {plan.lesson}'s notebook does not show",
                f'add a cell peerkit.show("{item_id}") to the lesson, or run an exercise it shows',
            )
        ]
    return []


def _heading_problem(
    doc: YamlDocument,
    path: tuple[Any, ...],
    part_id: str,
    heading: str,
    lesson: str,
    sections: NotebookSections,
) -> Problem:
    full = sections.ambiguous(heading)
    if full:
        return Problem(
            doc.file,
            doc.line_of(path),
            f"part '{part_id}' reads section '{heading}', a title lesson {lesson} uses {len(full)} times",
            f"name the one you mean with its section above it: {known_list(full)}",
        )
    fix = did_you_mean(heading, sections.keys)
    return Problem(
        doc.file,
        doc.line_of(path),
        f"part '{part_id}' reads section '{heading}', which lesson {lesson} does not have",
        fix
        if fix.startswith("did you mean")
        else "copy the heading exactly as the notebook writes it",
    )


def _triad_problems(
    doc: YamlDocument,
    path: tuple[Any, ...],
    part: Any,
    line: BudgetLine,
    plan: SessionPlan,
    triads: Mapping[str, TriadInfo],
) -> list[Problem]:
    triad = triads.get(line.triad or "")
    if triad is None:
        return [
            Problem(
                doc.file,
                doc.line_of((*path, "triad")),
                f"part '{part.id}' plays triad '{line.triad}', which does not exist",
                did_you_mean(line.triad or "", list(triads)),
            )
        ]
    problems = []
    if triad.lesson != plan.lesson:
        problems.append(
            Problem(
                doc.file,
                doc.line_of((*path, "triad")),
                f"triad '{triad.id}' belongs to lesson {triad.lesson}, not {plan.lesson}",
                "play it in its own lesson's plan",
            )
        )
    if line.minutes != triad.minutes:
        problems.append(
            Problem(
                doc.file,
                doc.line_of((*path, "minutes")),
                f"part '{part.id}' gives triad '{triad.id}' {line.minutes} minutes, but its timing adds up"
                f" to {triad.minutes}",
                f"write 'minutes: {triad.minutes}' (set-up, rounds of play and feedback, rotations and debrief)",
            )
        )
    if triad.crisis and not (part.heavy and part.break_after):
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("parts", path[1], "id")),
                f"part '{part.id}' runs the crisis role-play '{triad.id}' but is not marked heavy with a"
                " break after it",
                "add 'heavy: true' and 'break_after: true' to the part",
            )
        )
    return problems


_MODE_WORDS = {"group": "as a group", "pairs": "in pairs", "alone": "alone"}


def _floor_warning(
    doc: YamlDocument, path: tuple[Any, ...], part_id: str, line: BudgetLine, why: str
) -> Problem:
    if line.activity == "reading":
        what = "reading"
    else:
        mode = f" {_MODE_WORDS[line.mode]}" if line.mode else ""
        what = f"{line.item}{mode}"
    return Problem(
        doc.file,
        doc.line_of(path),
        f"part '{part_id}' gives {what} {line.minutes} minute{'s' if line.minutes != 1 else ''}, but {why}",
        "give it more time (and the part's other lines less), or make it an optional part",
    )


# --- agendas, guide sections, adaptations ----------------------------------------------------


def agenda_problems(doc: YamlDocument, agenda: Agenda, course: Course) -> list[Problem]:
    """Every rule the agenda breaks, at the line of the block that breaks it."""
    if course.curriculum is None:
        return []
    plans = {lesson: plan for lesson, (plan, _) in course.plans.items()}
    problems = []
    lessons = course.lesson_ids()
    for i, entry in enumerate(agenda.before_the_course):
        if entry.lesson not in lessons:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("before_the_course", i, "lesson")),
                    f"'{entry.lesson}' is not a lesson in curriculum.yaml",
                    did_you_mean(entry.lesson, lessons),
                )
            )
    schedule = build(agenda, plans, course.lessons(), triads=course.triads)
    for rule in schedule.problems:
        if rule.problem.endswith("has no session plan") and course.root is not None:
            lesson = rule.problem.split("'")[1]
            if (course.root / "facilitator" / f"{lesson}.yaml").is_file():
                continue  # the plan is there but broken: its own problems say why
        problems.append(Problem(doc.file, doc.line_of(rule.path), rule.problem, rule.fix))
    return problems


def citation_problems(
    doc: YamlDocument, path: tuple[Any, ...], text: str, known: set[str] | None
) -> list[Problem]:
    if known is None:
        return []
    return [
        Problem(
            doc.file,
            doc.line_of(path),
            f"unknown reference '{key}'",
            "use an id listed in data/references.yaml",
        )
        for key in dict.fromkeys(CITATION.findall(text))
        if key not in known
    ]


def guide_citation_problems(
    doc: YamlDocument, path: tuple[Any, ...], text: str, course: Course
) -> list[Problem]:
    """A citation in the guide's prose must resolve, and be in the guide's reference list."""
    problems = citation_problems(doc, path, text, course.references)
    guide = course.guide()
    if guide is None:
        return problems
    for key in dict.fromkeys(CITATION.findall(text)):
        if key not in guide.references and (course.references is None or key in course.references):
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(path),
                    f"{key} is cited here but is not in the facilitator guide's reference list",
                    f"add {key} to the 'references:' of '{guide.id}' in data/curriculum.yaml",
                )
            )
    return problems


def guide_problems(doc: YamlDocument, guide: GuideSections, course: Course) -> list[Problem]:
    problems = []
    for i, section in enumerate(guide.sections):
        problems += guide_citation_problems(doc, ("sections", i, "body"), section.body, course)
    return problems


def adaptation_problems(
    doc: YamlDocument, adaptations: Adaptations, course: Course
) -> list[Problem]:
    problems = []
    for i, setting in enumerate(adaptations.settings):
        for j, text in enumerate(setting.what_changes):
            problems += guide_citation_problems(
                doc, ("settings", i, "what_changes", j), text, course
            )
        for j, case_id in enumerate(setting.fits_best.cases):
            item = course.items.get(case_id)
            if course.items and not isinstance(item, Case):
                cases = [k for k, v in course.items.items() if isinstance(v, Case)]
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("settings", i, "fits_best", "cases", j)),
                        f"setting '{setting.id}' names '{case_id}', which is not a case"
                        + (" (it is a " + item.type + ")" if item is not None else ""),
                        did_you_mean(case_id, cases),
                    )
                )
        if course.triads is not None:
            for j, triad_id in enumerate(setting.fits_best.triads):
                if triad_id not in course.triads:
                    problems.append(
                        Problem(
                            doc.file,
                            doc.line_of(("settings", i, "fits_best", "triads", j)),
                            f"setting '{setting.id}' names triad '{triad_id}', which does not exist",
                            did_you_mean(triad_id, list(course.triads)),
                        )
                    )
    return problems


def facilitator_problems(
    loaded: Iterable[Any], context_root: Path | None, loader: Loader
) -> tuple[list[Problem], list[Problem]]:
    """Problems and warnings in every facilitator file that loaded, checked against the course."""
    loaded = list(loaded)
    kinds = (SessionPlan, Agenda, GuideSections, Adaptations)
    if not any(isinstance(f.model, kinds) for f in loaded):
        return [], []
    course = course_from(loaded, context_root, loader)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    seen_plans: dict[str, str] = {}
    seen_agendas: dict[str, str] = {}
    for f in loaded:
        model, doc = f.model, f.doc
        if isinstance(model, SessionPlan):
            found, warned = plan_problems(doc, model, course, seen_plans)
            problems += found
            warnings += warned
        elif isinstance(model, Agenda):
            if model.id in seen_agendas:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("id",)),
                        f"agenda id '{model.id}' is already used by {seen_agendas[model.id]}",
                        "give each course its own id",
                    )
                )
            seen_agendas.setdefault(model.id, doc.file)
            problems += agenda_problems(doc, model, course)
        elif isinstance(model, GuideSections):
            problems += guide_problems(doc, model, course)
        elif isinstance(model, Adaptations):
            problems += adaptation_problems(doc, model, course)
    return problems, warnings
