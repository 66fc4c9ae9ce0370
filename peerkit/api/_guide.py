"""The facilitator guide's material: agenda, session plans, answer keys, time-sensitive facts.

Everything here is generated from the content in data/ and is for facilitators
only. Learner notebooks never call these functions (``peerkit validate`` checks), and
learner handouts leave them out without calling them.

- ``agenda(start="09:30", break_every=90)``: the timed agenda of the whole course;
- ``session_plan(lesson)``: data/facilitator/<lesson>.yaml laid out with clock times;
- ``answer_key(lesson)``: the facilitator edition of every exercise the lesson shows,
  with every path through each case (a handout prints the short form);
- ``time_sensitive_facts()``: facts to re-check before each course, with dates.
"""

from __future__ import annotations

from markupsafe import Markup

from .. import _workshop_agenda
from ..content import ContentError, LessonEntry, Library
from ..content._course import (
    FACILITATOR_DIR,
    FACTS_FILE,
    course_of,
    facts,
    plan_problems,
    plans,
    shown_ids,
)
from ..content._guide_models import BudgetLine
from ..static import environment
from ._blocks import Block, StaticBlock, guide_content_problem, guide_problem
from ._context import RenderContext, current
from ._registry import REGISTRY, row_for


def agenda(
    start: str | None = None,
    break_every: int = 90,
    break_minutes: int = 15,
    lunch_after: str | None = None,
    lunch_minutes: int = 45,
    course: str | None = None,
) -> Block:
    """A course's timed days (``course="one-day"`` or ``"two-day"``), or without ``course`` the
    whole course at self-paced times from ``start`` (default 09:30); facilitators only."""
    try:
        lib = current().library
    except ContentError as err:
        return guide_content_problem(err)
    if course is not None:
        from ._workshop import course_agenda

        try:
            first = _workshop_agenda.parse_clock(start, "start time") if start is not None else None
        except _workshop_agenda.AgendaError as err:
            problem, _, fix = str(err).partition(" - ")
            return guide_problem(problem, fix)
        return course_agenda(lib, course, first)
    start = "09:30" if start is None else start
    try:
        rows = _workshop_agenda.plan(
            _workshop_agenda.sessions(lib),
            _workshop_agenda.parse_clock(start, "start time"),
            break_every,
            break_minutes,
            _workshop_agenda.parse_clock(lunch_after, "lunch time")
            if lunch_after is not None
            else None,
            lunch_minutes,
        )
    except _workshop_agenda.AgendaError as err:
        problem, _, fix = str(err).partition(" - ")
        return guide_problem(problem, fix)
    html = (
        environment()
        .get_template("agenda.html.j2")
        .render(
            rows=rows,
            clock=_workshop_agenda.clock,
            title=lib.curriculum.title,
            break_every=break_every,
        )
    )
    return StaticBlock(html.strip(), _workshop_agenda.as_text(rows, lib.curriculum.title))


def session_plan(lesson_id: str) -> Block:
    """A lesson's session plan, with clock times from the start of the session (facilitators only)."""
    try:
        lib = current().library
        entry = lib.lesson(lesson_id)
    except ContentError as err:
        return guide_content_problem(err)
    plan = plans(lib).get(lesson_id)
    if plan is None:
        return guide_problem(
            f"lesson '{lesson_id}' has no session plan yet",
            f"write data/{FACILITATOR_DIR}/{lesson_id}.yaml (copy another lesson's plan)",
        )
    problems = [p for p in plan_problems(lib) if p.file == plan.file]
    if problems:
        return guide_problem(
            f"{problems[0].file}:{problems[0].line}: {problems[0].problem}", problems[0].fix
        )
    triad_titles = course_of(lib).triad_titles()
    starts, total = [], plan.model.warm_up.minutes
    for part in plan.model.parts:
        starts.append(total)
        total += part.minutes
    html = (
        environment()
        .get_template("session_plan.html.j2")
        .render(
            entry=entry,
            plan=plan.model,
            starts=starts,
            check_out_start=total,
            budget_words=lambda line: budget_words(line, lib, triad_titles),
            items=lib.items,
            sensitive=[
                lib.items[i]
                for i in shown_ids(lib, lesson_id)
                if getattr(lib.items[i], "content_note", None)
            ],
        )
    )
    total += plan.model.check_out.minutes
    return StaticBlock(
        html.strip(),
        f"Session plan for {entry.title}: {len(plan.model.parts)} parts, {total} minutes.",
    )


_MODES = {"group": "as a group", "pairs": "in pairs", "alone": "each person alone"}
_ACTIVITY_WORDS = {
    "practice": "practice",
    "discussion": "discussion",
    "talk": "you tell the group",
}
"""Budget lines that run no exercise; an exercise's line is named by its type's row."""


def budget_words(line: BudgetLine, lib: Library, triad_titles: dict[str, str] | None = None) -> str:
    """One line of a part's budget in words, e.g. 'case study “Sent, not chosen”, as a group'."""
    mode = f", {_MODES[line.mode]}" if line.mode else ""
    if line.activity == "reading":
        read = ", ".join("the opening" if h == "(top)" else f"“{h}”" for h in line.covers)
        return f"read together: {read}"
    if line.activity == "role-play":
        title = (triad_titles or {}).get(line.triad or "")
        name = f"“{title}”" if title else line.triad
        return f"role-play {name}: set-up, rounds of play and feedback, debrief"
    name = _ACTIVITY_WORDS.get(line.activity) or (
        REGISTRY[line.activity].kind_name if line.activity in REGISTRY else line.activity
    )
    name = name[:1].lower() + name[1:]
    if line.item:
        item = lib.items.get(line.item)
        quoted = item is not None and item.title.startswith(("“", '"'))
        title = (
            f" {item.title}"
            if quoted
            else f" “{item.title}”"
            if item is not None
            else f" {line.item}"
        )
        return f"{name}{title}{mode}" + (f" ({line.what})" if line.what else "")
    return f"{name}{mode}: {line.what}" if line.what else f"{name}{mode}"


class AnswerKey(Block):
    """A lesson's answer key: in full live, the short form in a printed guide.

    The lesson's facilitator handout already shows every rationale and piece of
    feedback open; repeating all of it in the printed guide would make the guide the
    largest file of the set for no reader's benefit, so a handout keeps the answers,
    each linked to the lesson handout.
    """

    def __init__(self, library: Library, entry: LessonEntry):
        self.entry = entry
        self.items = [library.items[i] for i in shown_ids(library, entry.id)]

    def static_html(self, ctx: RenderContext) -> str:
        if not ctx.live:
            keys = [
                {
                    "item": item,
                    "kind": row_for(item).kind_name,
                    "html": Markup(row_for(item).key(item)),
                }
                for item in self.items
                if row_for(item).exercise
            ]
            template = "answer_key_compact.html.j2"
        else:
            keys = [
                {"item": item, "html": Markup(row_for(item).answer(item))}
                for item in self.items
                if row_for(item).exercise or item.facilitator
            ]
            template = "answer_key.html.j2"
        return environment().get_template(template).render(entry=self.entry, keys=keys).strip()

    def plain(self, ctx: RenderContext) -> str:
        count = sum(1 for item in self.items if row_for(item).exercise or item.facilitator)
        return f"Answer key for {self.entry.title}: {count} exercises."


def answer_key(lesson_id: str) -> Block:
    """The facilitator edition of every exercise a lesson shows, with every path through each case."""
    try:
        lib = current().library
        entry = lib.lesson(lesson_id)
    except ContentError as err:
        return guide_content_problem(err)
    return AnswerKey(lib, entry)


def time_sensitive_facts() -> Block:
    """Facts that go out of date, each with its sources and the date it was last checked."""
    try:
        lib = current().library
    except ContentError as err:
        return guide_content_problem(err)
    found = facts(lib)
    if found is None:
        return guide_problem(
            "there is no list of time-sensitive facts",
            f"restore data/{FACILITATOR_DIR}/{FACTS_FILE} from the project",
        )
    html = environment().get_template("facts.html.j2").render(facts=found.facts)
    oldest = min(f.last_checked for f in found.facts)
    return StaticBlock(
        html.strip(),
        f"{len(found.facts)} time-sensitive facts; the oldest check was on {oldest.isoformat()}.",
    )


def guide_intro(entry: LessonEntry) -> Block:
    """What peerkit.lesson() shows for the facilitator guide: its purpose and reading time."""
    html = environment().get_template("guide.html.j2").render(entry=entry)
    return StaticBlock(
        html.strip(), f"{entry.title} (about {entry.minutes} minutes to read)", before_run=True
    )
