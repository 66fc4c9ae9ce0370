"""The facilitator guide's workshop material: the courses, running the day, adaptations and the
fictional local-rules example (facilitators only, like the rest of :mod:`._guide`).

- ``course_agenda(lib, course_id, start)``: what ``peerkit.agenda(course="two-day")`` shows;
- ``guide_section(section_id)``: one section of data/facilitator/running-the-day.yaml;
- ``adaptations()``: data/facilitator/adaptations.yaml, one heading per setting;
- ``local_rules_example()``: data/examples/jurisdiction-fictional.yaml, as learners would see
  it and as the file a facilitator copies the shape of.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from ..content import ContentError, Library
from ..content._course import (
    ADAPTATIONS_FILE,
    FACILITATOR_DIR,
    GUIDE_SECTIONS_FILE,
    course_of,
    course_schedule,
    guide_sections,
)
from ..content._course import (
    adaptations as load_adaptations,
)
from ..content._problems import did_you_mean
from ..content._schedule import RULES, TOP, Schedule, clock, support_words
from ..static import environment, render_local_rules
from ._blocks import Block, StaticBlock, guide_content_problem, guide_problem
from ._context import current

EXAMPLE_FILE = "examples/jurisdiction-fictional.yaml"


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} minutes"
    hours_text = f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{hours_text} {rest} minutes" if rest else hours_text


def _quoted(title: str) -> str:
    """A title in quotation marks, unless it is a quotation already (“You'll be done with me”)."""
    return title if title.startswith(("“", '"')) else f"“{title}”"


def _label(lesson: str, title: str) -> str:
    return f"{lesson[:2]} {title}" if lesson[:2].isdigit() else title


def course_agenda(lib: Library, course_id: str, start: int | None = None) -> Block:
    """A course's days as tables, with its pre-work, self-study, what to print and rules check."""
    try:
        schedule = course_schedule(lib, course_id, start)
    except ValueError as err:
        problem, _, fix = str(err).partition(" - ")
        return guide_problem(problem, fix)
    if schedule.problems and current().strict:
        first = schedule.problems[0]
        return guide_problem(
            f"course '{course_id}' breaks {first.rule}: {first.problem}", first.fix
        )
    html = _course_html(schedule)
    days = len(schedule.days)
    text = (
        f"{schedule.agenda.title}: {days} day{'s' if days != 1 else ''},"
        f" {len(schedule.role_plays)} role-plays; {len(RULES) - len({p.rule for p in schedule.problems})}"
        f" of {len(RULES)} rules met."
    )
    return StaticBlock(html, text)


def _course_html(schedule: Schedule) -> str:
    env = environment()
    template = env.get_template("course_agenda.html.j2")
    return template.render(
        schedule=schedule,
        clock=clock,
        duration=_duration,
        label=_label,
        support=support_words(schedule.agenda.support),
        rules=RULES,
        broken={p.rule for p in schedule.problems},
        pre_work_days=sorted({p.day for p in schedule.pre_work if p.day}),
        heading=lambda h: "the opening" if h == TOP else f"“{h}”",
    ).strip()


def guide_section(section_id: str) -> Block:
    """One section of the guide's prose on running the day (facilitators only)."""
    try:
        lib = current().library
    except ContentError as err:
        return guide_content_problem(err)
    found = guide_sections(lib)
    if found is None:
        return guide_problem(
            f"data/{FACILITATOR_DIR}/{GUIDE_SECTIONS_FILE} is missing or has problems",
            "restore it from the project, or run peerkit validate to see what to fix",
        )
    section = found.section(section_id)
    if section is None:
        return guide_problem(
            f"there is no guide section '{section_id}'",
            did_you_mean(section_id, [s.id for s in found.sections]),
        )
    html = environment().get_template("guide_section.html.j2").render(section=section).strip()
    return StaticBlock(html, f"{section.title} (from the guide's sections on running the day).")


def adaptations() -> Block:
    """How to adapt the course to other settings, and which cases and role-plays fit each."""
    try:
        lib = current().library
    except ContentError as err:
        return guide_content_problem(err)
    found = load_adaptations(lib)
    if found is None:
        return guide_problem(
            f"data/{FACILITATOR_DIR}/{ADAPTATIONS_FILE} is missing or has problems",
            "restore it from the project, or run peerkit validate to see what to fix",
        )
    course = course_of(lib)
    titles = course.triad_titles()
    fits = {
        setting.id: (
            [_quoted(lib.items[c].title) if c in lib.items else c for c in setting.fits_best.cases],
            [_quoted(titles[t]) if t in titles else t for t in setting.fits_best.triads],
        )
        for setting in found.settings
    }
    html = (
        environment()
        .get_template("adaptations.html.j2")
        .render(adaptations=found, fits=fits)
        .strip()
    )
    names = ", ".join(s.title for s in found.settings)
    return StaticBlock(html, f"Adapting the course: {names}.")


def local_rules_example() -> Block:
    """The worked, fictional local-rules file beside the guide's walk-through (facilitators only)."""
    try:
        lib = current().library
    except ContentError as err:
        return guide_content_problem(err)
    example = lib.jurisdiction_example
    path = Path(lib.root) / EXAMPLE_FILE
    if example is None or not path.is_file():
        return guide_problem(
            "the fictional local-rules example is missing",
            f"restore data/{EXAMPLE_FILE} from the project",
        )
    source = path.read_text(encoding="utf-8")
    html = (
        environment()
        .get_template("jurisdiction_example.html.j2")
        .render(
            panel=Markup(render_local_rules(example, edition="facilitator")),
            path=f"data/{EXAMPLE_FILE}",
            source=source,
        )
        .strip()
    )
    return StaticBlock(html, f"Example (fictional): local rules for {example.region_name}.")
