"""The skills day (issue 18) as notebook calls: role-play triads, the skills check, the day's
evaluation, the printables, the facilitator pack, and the learner's self-assessment.

The first five are facilitator material (the guide calls them; a learner notebook never
does, and learner handouts leave them out without calling them). Each is static HTML laid
out as printed sheets, one page each (``skills_day.html.j2``): the guide shows them on
screen, and ``facilitator_pack()`` gathers all of them into the page that
``peerkit handouts --edition facilitator`` writes as ``pack.html``.

``self_assessment()`` is the learner's: the skills check in their own words, live, with
"Save to my journal"; on paper it is the self-assessment sheet to fill in by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as W
from markupsafe import Markup

from ..content import ContentError, Library, load_file
from ..content._problems import Problem, display_path
from ..content._skills_course import (
    FACILITATOR_DIR,
    PRINTABLES_FILE,
    RUBRIC_FILE,
    RULES_FILE,
    TRIADS_DIR,
)
from ..content._skills_models import (
    DayEvaluation,
    EvaluationQuestion,
    Printables,
    RealPlayRules,
    SkillsRubric,
    Triad,
)
from ..static import environment, render_crisis
from ._blocks import Block, StaticBlock, fail, guide_content_problem, guide_problem
from ._context import RenderContext, current

EVALUATION_FILE = "evaluation.yaml"


# --- reading the files ----------------------------------------------------------------


@dataclass(frozen=True)
class SkillsDay:
    """The skills day's files of one data folder."""

    triads: tuple[Triad, ...]
    """In lesson order, then by id."""
    rules: RealPlayRules
    rubric: SkillsRubric
    evaluation: DayEvaluation
    printables: Printables

    def triad(self, triad_id: str) -> Triad | None:
        return next((t for t in self.triads if t.id == triad_id), None)


_CACHE: dict[tuple[Any, ...], SkillsDay] = {}


def _files(root: Path) -> list[Path]:
    folder = root / FACILITATOR_DIR
    triads = sorted((root / TRIADS_DIR).glob("*.yaml")) if (root / TRIADS_DIR).is_dir() else []
    return [
        *triads,
        *(folder / name for name in (RULES_FILE, RUBRIC_FILE, EVALUATION_FILE, PRINTABLES_FILE)),
    ]


def read_skills_day(library: Library) -> SkillsDay:
    """The skills day's files, checked one by one; raises :class:`ContentError` naming each
    problem (``peerkit validate`` also checks them against the rest of the course)."""
    root = Path(library.root)
    files = _files(root)
    stamps = []
    for path in files:
        try:
            info = path.stat()
            stamps.append((str(path), info.st_mtime_ns, info.st_size))
        except OSError:
            stamps.append((str(path), -1, -1))
    key = (str(root.resolve()), tuple(stamps))
    if key in _CACHE:
        return _CACHE[key]
    problems: list[Problem] = []
    models: list[Any] = []
    for path in files:
        if not path.is_file():
            problems.append(
                Problem(
                    display_path(path), 1, "this file is missing", "restore it from the project"
                )
            )
            continue
        loaded, found = load_file(path)
        problems += found
        if loaded is not None:
            models.append(loaded.model)
    if problems:
        raise ContentError(problems)
    triads = [m for m in models if isinstance(m, Triad)]
    order = {entry.id: i for i, entry in enumerate(library.curriculum.lessons)}
    triads.sort(key=lambda t: (order.get(t.lesson, len(order)), t.id))

    def one(kind: type) -> Any:
        found = next((m for m in models if isinstance(m, kind)), None)
        if found is None:
            raise ContentError(
                [
                    Problem(
                        display_path(root / FACILITATOR_DIR),
                        1,
                        f"no {kind.__name__} file",
                        "restore it",
                    )
                ]
            )
        return found

    day = SkillsDay(
        tuple(triads), one(RealPlayRules), one(SkillsRubric), one(DayEvaluation), one(Printables)
    )
    _CACHE.clear()
    _CACHE[key] = day
    return day


# --- laying them out --------------------------------------------------------------------


def _macros() -> Any:
    return environment().get_template("skills_day.html.j2").module


def question_runs(evaluation: DayEvaluation) -> list[list[EvaluationQuestion]]:
    """The questions in runs of one kind (and one scale): each run prints as one grid."""
    runs: list[list[EvaluationQuestion]] = []
    for question in evaluation.questions:
        last = runs[-1][0] if runs else None
        if last is not None and last.kind == question.kind and last.scale == question.scale:
            runs[-1].append(question)
        else:
            runs.append([question])
    return runs


def day_parts(library: Library, day: SkillsDay) -> list[str]:
    """The parts of the whole course a learner may tick as most useful: each lesson, then each
    role-play (an agenda's own day lists its own blocks)."""
    lessons = [
        f"{entry.id[:2]} {entry.title}"
        for entry in library.curriculum.lessons
        if entry.kind == "lesson"
    ]
    return lessons + [f"Role-play: {t.title}" for t in day.triads]


def triad_html(library: Library, day: SkillsDay, triad: Triad, edition: str, h: int = 3) -> str:
    """One triad's sheets: the facilitator's cover page (facilitator edition), the three cards
    and the observer sheet."""
    lesson = library.curriculum.lesson(triad.lesson)
    rule_set = day.rules.set(triad.rules)
    skills = [day.rubric.item(s).skill for s in triad.practices if day.rubric.item(s)]
    materials = [p.title for m in triad.materials if (p := day.printables.item(m)) is not None]
    return str(
        _macros().triad(
            triad, lesson, rule_set, day.rules.feedback_order, skills, materials, edition, h
        )
    )


def skills_check_html(day: SkillsDay, h: int = 3) -> str:
    macros = _macros()
    return str(macros.rubric_sheet(day.rubric, False, h)) + str(
        macros.rubric_sheet(day.rubric, True, h)
    )


def evaluation_html(library: Library, day: SkillsDay, h: int = 3) -> str:
    macros = _macros()
    runs, parts = question_runs(day.evaluation), day_parts(library, day)
    return str(macros.evaluation_form(day.evaluation, runs, parts, h)) + str(
        macros.tally_sheet(day.evaluation, runs, parts, h)
    )


def printables_html(library: Library, day: SkillsDay, region: Any, h: int = 3) -> str:
    crisis = Markup(render_crisis(library.crisis, region))
    return "".join(str(_macros().printable(p, crisis, h)) for p in day.printables.items)


def _region(ctx: RenderContext, library: Library) -> Any:
    """The region of a shared output (a handout), else the course's own setting."""
    if ctx.fixed:
        return ctx.fixed_region
    return library.crisis.region(library.settings.region)


def _load() -> tuple[Library, SkillsDay] | Block:
    try:
        library = current().library
        return library, read_skills_day(library)
    except ContentError as err:
        return guide_content_problem(err)


# --- the facilitator's calls --------------------------------------------------------------


def triad(triad_id: str) -> Block:
    """One role-play: the cover page with timing, debrief and notes, the speaker's, supporter's
    and observer's cards, and the observer sheet, each one printed page (facilitators only)."""
    found = _load()
    if isinstance(found, Block):
        return found
    library, day = found
    chosen = day.triad(triad_id)
    if chosen is None:
        from ..content._problems import did_you_mean

        return guide_problem(
            f"there is no triad '{triad_id}' in data/{TRIADS_DIR}/",
            did_you_mean(triad_id, [t.id for t in day.triads]),
        )
    html = triad_html(library, day, chosen, "facilitator")
    return StaticBlock(
        html,
        f"Role-play: {chosen.title} ({chosen.minutes} minutes): cover page, three role cards,"
        " observer sheet.",
    )


def skills_check() -> Block:
    """The skills check: the facilitator's scoring sheet and the learner's self-assessment sheet."""
    found = _load()
    if isinstance(found, Block):
        return found
    _, day = found
    return StaticBlock(
        skills_check_html(day),
        f"{day.rubric.title}: a scoring sheet and a self-assessment sheet, {len(day.rubric.items)} skills.",
    )


def day_evaluation() -> Block:
    """The evaluation of the day (one page, no personal data) and its tally sheet."""
    found = _load()
    if isinstance(found, Block):
        return found
    library, day = found
    how = (
        '<aside class="pk-item pk-facilitator" aria-label="Summing up the forms"><p><strong>Summing up'
        " the forms.</strong> Use the tally sheet by hand, or type the ticked boxes of each form into"
        " a spreadsheet (one row per form; <code>peerkit evaluation --blank evaluation.csv</code>"
        " writes the header row), save it as CSV and run <code>peerkit evaluation evaluation.csv</code>"
        " for the summary. Written answers stay on paper.</p><p>"
        f"{escape(day.evaluation.tally.summary_template)}</p></aside>"
    )
    return StaticBlock(
        evaluation_html(library, day) + how,
        f"{day.evaluation.title}: the form ({len(day.evaluation.questions)} questions) and its tally sheet.",
    )


def printables() -> Block:
    """The signs, slips and blank practice sheets for the room, one page each."""
    found = _load()
    if isinstance(found, Block):
        return found
    library, day = found
    html = printables_html(library, day, _region(current(), library))
    return StaticBlock(html, f"{len(day.printables.items)} printables for the room.")


PACK_TITLE = "Facilitator pack: role-play cards, observer sheets, skills check and evaluation"
"""The pack page's title (its first printed page, the contents, starts with it)."""

PACK_INTRO = (
    "Print this page with your browser's Print button: every card and sheet is one page. For each"
    " group of three, print one set of the three role cards and one observer sheet per round. The"
    " cover page of each role-play is for you; the cards, observer sheets, self-assessment sheet,"
    " evaluation form and printables may be handed out. Crisis role-plays are opt-in: read their"
    " cover pages before you print."
)


class FacilitatorPack(Block):
    """Everything the skills day prints, in lesson order: the pack page of the handouts."""

    def __init__(self, library: Library, day: SkillsDay) -> None:
        self.library = library
        self.day = day

    def sheets(self, ctx: RenderContext) -> list[str]:
        """The HTML of each printed page, in order (the contents page first)."""
        library, day = self.library, self.day
        pages = [self._contents()]
        pages += [triad_html(library, day, t, "facilitator", 2) for t in day.triads]
        pages.append(skills_check_html(day, 2))
        pages.append(evaluation_html(library, day, 2))
        pages.append(printables_html(library, day, _region(ctx, library), 2))
        return pages

    def _contents(self) -> str:
        day = self.day
        rows = "".join(
            f"<li>Lesson {escape(t.lesson[:2])}: {escape(t.title)}{' (crisis, opt-in)' if t.crisis else ''},"
            f" {t.minutes} minutes</li>"
            for t in day.triads
        )
        return (
            '<section class="pk-item pk-sheet pk-sheet-contents" id="pk-pack-contents"'
            ' aria-labelledby="pk-pack-contents-title">'
            f'<h1 class="pk-sheet-title" id="pk-pack-contents-title">{escape(PACK_TITLE)}</h1>'
            f"<p>{escape(PACK_INTRO)}</p>"
            f"<h2>Role-plays ({len(day.triads)}), five pages each</h2><ol>{rows}</ol>"
            f"<h2>Then</h2><ul><li>{escape(day.rubric.title)}: scoring sheet and self-assessment sheet</li>"
            f"<li>{escape(day.evaluation.title)}: the form and its tally sheet</li>"
            + "".join(f"<li>{escape(p.title)}</li>" for p in day.printables.items)
            + "</ul></section>"
        )

    def static_html(self, ctx: RenderContext) -> str:
        return f'<div class="pk-pack">{"".join(self.sheets(ctx))}</div>'

    def plain(self, ctx: RenderContext) -> str:
        return f"The facilitator pack: {len(self.day.triads)} role-plays, the skills check, the evaluation, printables."


def facilitator_pack() -> Block:
    """Every card and sheet of the skills day, one printed page each (facilitators only)."""
    found = _load()
    if isinstance(found, Block):
        return found
    return FacilitatorPack(*found)


# --- the learner's self-assessment -------------------------------------------------------------

ON_PAPER_SELF = (
    "On paper, fill in this sheet by hand and keep it as private as you wish. In the live course,"
    ' the same checklist has buttons, and "Save to my journal" keeps it in your private journal'
    " only if you press it."
)


class SelfAssessment(Block):
    """``peerkit.self_assessment()``: the rubric in the learner's words, live with "Save to my
    journal"; as a sheet to fill in by hand on paper."""

    def __init__(self, rubric: SkillsRubric, lesson_id: str | None = None) -> None:
        self.rubric = rubric
        self.lesson_id = lesson_id
        self._view: Any = None

    @property
    def view(self) -> Any:
        if self._view is None:
            from ..widgets._self_check import SelfCheckView

            self._view = SelfCheckView(self.rubric, lesson_id=self.lesson_id)
        return self._view

    def static_html(self, ctx: RenderContext) -> str:
        sheet = str(_macros().rubric_sheet(self.rubric, True, 3))
        if ctx.live:
            return sheet
        return f'<p class="pk-item pk-note">{escape(ON_PAPER_SELF)}</p>{sheet}'

    def plain(self, ctx: RenderContext) -> str:
        return f"{self.rubric.title}: your self-assessment ({len(self.rubric.items)} skills)"

    def live_widget(self, ctx: RenderContext) -> W.Widget | None:
        return self.view.widget


def read_rubric(library: Library) -> SkillsRubric:
    """Only the skills check (a learner's lesson never depends on the triads or the printables)."""
    path = Path(library.root) / FACILITATOR_DIR / RUBRIC_FILE
    if not path.is_file():
        raise ContentError(
            [Problem(display_path(path), 1, "this file is missing", "restore it from the project")]
        )
    loaded, problems = load_file(path)
    if loaded is None or not isinstance(loaded.model, SkillsRubric):
        raise ContentError(
            problems
            or [
                Problem(
                    display_path(path),
                    1,
                    "this is not the skills check",
                    "restore it from the project",
                )
            ]
        )
    return loaded.model


def self_assessment() -> Block:
    """The skills check in the learner's own words; saved to their private journal only if they
    press "Save to my journal"."""
    ctx = current()
    try:
        rubric = read_rubric(ctx.library)
    except ContentError as err:
        return fail(err)
    return SelfAssessment(rubric, ctx.lesson.id if ctx.lesson else None)
