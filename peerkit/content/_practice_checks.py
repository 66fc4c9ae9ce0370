"""Checks of the practice types of lessons 06 and 07, and of a rewrite that is a note.

Like every file check (:mod:`._checks`) they run after the schema and return
``file:line: problem - fix`` problems. Beyond ids and links, they hold the safety rules
these exercises depend on: a safety plan has the six sections of the published model in
order and no phone number or method detail anywhere; a say-aloud step never lists a
closed question to avoid (the direct question about suicide is one) and always listens
for a question about method; the agreement builder has a right sentence in every part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ._checks import _behaviour_problem, check_coaching, check_rewrite, duplicate_ids
from ._models import COACH_BEHAVIOURS, Rewrite
from ._practice_models import (
    AGREEMENT_NOTES,
    NOTE_AVOIDS,
    NOTE_DOES,
    NOTE_SHARED,
    SAFETY_PLAN_NOTES,
    SAFETY_PLAN_SECTIONS,
    SAY_ALOUD_RULES,
    AgreementBuilder,
    SafetyPlan,
    SayAloud,
)
from ._problems import Problem, did_you_mean, known_list
from ._wording import PHONE
from ._yaml import YamlDocument

_NOT_WORDS = frozenset({"id", "type", "schema_version", "sources", "references", "rule", "point"})


def _strings(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every piece of text in a dumped model (facilitator material included), with its path."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key not in _NOT_WORDS:
                yield from _strings(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _strings(inner, (*path, index))
    elif isinstance(value, str):
        yield path, value


_PHONE = re.compile(
    PHONE.pattern
    + r"|(?<![\w/])\(?\d{3}\)?[-. ]\d{3}[-. ]\d{3,4}\b"  # 555-010-4477, (555) 010 4477
    + r"|(?<![\w/])\+?\d[\d -]{6,}\d\b"  # +44 20 7946 0000, 0800 111222
    + r"|\b\d{5,}\b"  # 741741
)


def phone_numbers(text: str) -> list[str]:
    """The phone numbers written into ``text`` (emergency and crisis numbers included)."""
    return [" ".join(m[0].split()) for m in _PHONE.finditer(text)]


def no_numbers(doc: YamlDocument, model: Any) -> list[Problem]:
    """A phone number in any text of ``model`` (facilitator material included).

    Safe messaging is checked course-wide, line by line of every data file
    (:mod:`._course_rules`); numbers only in notebooks, so the exercises that could invite
    one (a safety plan's services, a script) are checked here.
    """
    problems = []
    for path, text in _strings(model.model_dump(mode="json")):
        for number in phone_numbers(text):
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(path),
                    f"'{number}' is a phone number written into the exercise",
                    "name the service instead: the crisis panel shows the numbers for the"
                    " learner's region, from data/crisis_resources.yaml",
                )
            )
    return problems


def _note_names(
    doc: YamlDocument, notes: dict[str, str], known: tuple[str, ...], key: str
) -> list[Problem]:
    """Every note name known, and every known note given its words."""
    problems = []
    for name in notes:
        if name not in known:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of((key, name)),
                    f"'{name}' is not a note this exercise can show (known: {known_list(known)})",
                    did_you_mean(name, known) + ", or delete the line",
                )
            )
    missing = [name for name in known if name not in notes]
    if missing:
        problems.append(
            Problem(
                doc.file,
                doc.line_of((key,)),
                f"'{key}' has no words for {', '.join(repr(n) for n in missing)}",
                f"add a line for {'it' if len(missing) == 1 else 'each'} under '{key}:', e.g."
                f" '{missing[0]}: >-' and the sentence to show",
            )
        )
    return problems


# --- safety plan --------------------------------------------------------------------------


def check_safety_plan(doc: YamlDocument, plan: SafetyPlan) -> list[Problem]:
    problems = duplicate_ids(
        doc, [(s.id, ("sections", i, "id")) for i, s in enumerate(plan.sections)], "section"
    )
    ids = [s.id for s in plan.sections]
    missing = [name for name in SAFETY_PLAN_SECTIONS if name not in ids]
    order = "keep the six sections in this order: " + ", ".join(SAFETY_PLAN_SECTIONS)
    if missing:
        guess = _guess(missing[0], [i for i in ids if i not in SAFETY_PLAN_SECTIONS])
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("sections",)),
                f"the plan has no section '{missing[0]}'",
                f"did you mean '{guess}'?" if guess else "add it; " + order,
            )
        )
    else:
        standard = [(i, s.id) for i, s in enumerate(plan.sections) if s.id in SAFETY_PLAN_SECTIONS]
        for (i, name), wanted in zip(standard, SAFETY_PLAN_SECTIONS, strict=True):
            if name != wanted:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("sections", i, "id")),
                        f"section '{name}' is out of place: section '{wanted}' comes here",
                        order,
                    )
                )
                break
        last = standard[-1][0]
        for i, section in enumerate(plan.sections):
            if section.id in SAFETY_PLAN_SECTIONS:
                continue
            if not section.optional:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("sections", i, "id")),
                        f"section '{section.id}' is not one of the six every plan has",
                        "add 'optional: true' to it, or rename it to one of: "
                        + ", ".join(SAFETY_PLAN_SECTIONS),
                    )
                )
            elif i < last:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("sections", i, "id")),
                        f"section '{section.id}' comes before the six standard sections end",
                        "move it after section 'safer-surroundings'",
                    )
                )
    for i, section in enumerate(plan.sections):
        if section.optional and section.id in SAFETY_PLAN_SECTIONS:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("sections", i, "optional")),
                    f"section '{section.id}' is one of the six every plan needs, so it cannot be optional",
                    "delete 'optional: true'",
                )
            )
    problems += _note_names(doc, plan.auto_notes, SAFETY_PLAN_NOTES, "auto_notes")
    return problems + no_numbers(doc, plan)


def _guess(name: str, known: list[str]) -> str | None:
    fix = did_you_mean(name, known)
    return fix.split("'")[1] if fix.startswith("did you mean") else None


# --- say it out loud ----------------------------------------------------------------------


def check_say_aloud(doc: YamlDocument, item: SayAloud) -> list[Problem]:
    problems = duplicate_ids(
        doc, [(s.id, ("steps", i, "id")) for i, s in enumerate(item.steps)], "step"
    )
    for i, step in enumerate(item.steps):
        at = ("steps", i)
        problems += duplicate_ids(
            doc,
            [(p.id, (*at, "rubric", j, "id")) for j, p in enumerate(step.rubric)],
            "rubric point",
            f" in step '{step.id}'",
        )
        points = [p.id for p in step.rubric]
        problems += check_coaching(doc, step.coach, points, "rubric point", at)
        for j, entry in enumerate(step.coach.avoids):
            if entry.behaviour == "closed-question":
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of((*at, "coach", "avoids", j, "behaviour")),
                        "a say-aloud step cannot list 'closed-question' to avoid: the direct"
                        " question about suicide is a closed question, and the right one",
                        "delete it; list 'leading-to-no' under 'extra_notes:' for questions that"
                        " make 'no' the easy answer",
                    )
                )
        seen: dict[str, int] = {}
        for j, note in enumerate(step.extra_notes):
            line = doc.line_of((*at, "extra_notes", j, "rule"))
            if note.rule not in SAY_ALOUD_RULES:
                problems.append(
                    Problem(
                        doc.file,
                        line,
                        f"'{note.rule}' is not a rule a say-aloud step knows"
                        f" (known: {known_list(SAY_ALOUD_RULES)})",
                        did_you_mean(note.rule, SAY_ALOUD_RULES),
                    )
                )
            elif note.rule in seen:
                problems.append(
                    Problem(
                        doc.file,
                        line,
                        f"rule '{note.rule}' is listed twice in step '{step.id}'"
                        f" (first on line {seen[note.rule]})",
                        "list each rule once",
                    )
                )
            seen.setdefault(note.rule, line)
            if note.point is not None and note.point not in points:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of((*at, "extra_notes", j, "point")),
                        f"'{note.point}' is not a rubric point of step '{step.id}'"
                        f" (known: {known_list(points)})",
                        did_you_mean(note.point, points),
                    )
                )
        if "asks-for-method" not in seen:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of((*at, "extra_notes") if step.extra_notes else (*at, "id")),
                    f"step '{step.id}' does not say what to tell a learner who asks how the"
                    " person would do it",
                    "add under 'extra_notes:' a '- rule: asks-for-method' entry with a"
                    " 'message:' saying that those details are not needed and what to ask instead",
                )
            )
    if not any(
        "ask-directly-about-suicide" in [e.behaviour for e in s.coach.does] for s in item.steps
    ):
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("steps",)),
                "no step asks for 'ask-directly-about-suicide'",
                "add '- {behaviour: ask-directly-about-suicide, point: ...}' under the 'coach:"
                " does:' of the step where the learner asks the question",
            )
        )
    return problems + no_numbers(doc, item)


# --- agreement builder --------------------------------------------------------------------


def check_agreement(doc: YamlDocument, item: AgreementBuilder) -> list[Problem]:
    problems = duplicate_ids(
        doc, [(p.id, ("parts", i, "id")) for i, p in enumerate(item.parts)], "part"
    )
    for i, part in enumerate(item.parts):
        problems += duplicate_ids(
            doc,
            [(o.id, ("parts", i, "options", j, "id")) for j, o in enumerate(part.options)],
            "option",
            f" in part '{part.id}'",
        )
        if not any(o.verdict == "follows" for o in part.options):
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("parts", i, "id")),
                    f"part '{part.id}' has no option marked 'verdict: follows'",
                    "mark the sentence a peer supporter could honestly say with 'verdict: follows'",
                )
            )
    problems += _note_names(doc, item.auto_notes, AGREEMENT_NOTES, "auto_notes")
    for name, field, what in (
        ("promise", "{words}", "the learner's words"),
        ("not-covered", "{question}", "the part's question"),
        ("skipped", "{parts}", "the parts left out"),
    ):
        text = item.auto_notes.get(name)
        if text is not None and field not in text:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("auto_notes", name)),
                    f"the '{name}' note has no {field}",
                    f"write {field} where {what} should appear",
                )
            )
    return problems + no_numbers(doc, item)


# --- a rewrite that is a note for the record ---------------------------------------------

_NOTE_KNOWN = NOTE_DOES + NOTE_AVOIDS + NOTE_SHARED


def check_written_rewrite(doc: YamlDocument, rewrite: Rewrite) -> list[Problem]:
    """A reply rewrite as :func:`._checks.check_rewrite` sees it; a note rewrite by the note rules."""
    if rewrite.writing == "reply":
        problems = []
        for problem in check_rewrite(doc, rewrite):
            name = problem.problem.split("'")[1] if problem.problem.startswith("'") else ""
            if name in NOTE_DOES + NOTE_AVOIDS and "response coach knows" in problem.problem:
                problem = Problem(
                    problem.file,
                    problem.line,
                    f"'{name}' reads a note for the record, not a reply",
                    "add 'writing: note' if the learner writes a note, or use a behaviour of replies",
                )
            problems.append(problem)
        if rewrite.coach.length is not None:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("coach", "length")),
                    "'length' is for notes for the record",
                    "add 'writing: note', or use 'sharing:' to limit how much of their story a"
                    " learner shares",
                )
            )
        return problems
    problems = duplicate_ids(
        doc, [(p.id, ("rubric", i, "id")) for i, p in enumerate(rewrite.rubric)], "rubric point"
    )
    points = [p.id for p in rewrite.rubric]
    first_line: dict[str, dict[str, int]] = {"does": {}, "avoids": {}}
    for section, other, own in (("does", "avoids", NOTE_DOES), ("avoids", "does", NOTE_AVOIDS)):
        for i, entry in enumerate(getattr(rewrite.coach, section)):
            line = doc.line_of(("coach", section, i, "behaviour"))
            name = entry.behaviour
            problem: tuple[str, str] | None = None
            if name in NOTE_DOES + NOTE_AVOIDS and name not in own:
                problem = (
                    f"'{name}' belongs under '{other}:' in a note",
                    f"move it under '{other}:'",
                )
            elif name in COACH_BEHAVIOURS and name not in NOTE_SHARED:
                problem = (
                    f"'{name}' is about a reply said to a person, not a note for the record",
                    "for a note use one of: "
                    + ", ".join(own if section == "does" else own + NOTE_SHARED),
                )
            elif name not in _NOTE_KNOWN:
                problem = (
                    f"'{name}' is not something the note feedback can look for",
                    did_you_mean(name, _NOTE_KNOWN),
                )
            elif name in NOTE_SHARED:
                problem = _behaviour_problem(name, section, other, first_line)
            elif name in first_line[section]:
                problem = (
                    f"behaviour '{name}' is listed twice under '{section}:' (first on line {{line}})",
                    "list each behaviour once",
                )
            if problem is not None:
                text = problem[0].replace("{line}", str(first_line[section].get(name, "")))
                problems.append(Problem(doc.file, line, text, problem[1]))
            first_line[section].setdefault(name, line)
            if entry.point is not None and entry.point not in points:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("coach", section, i, "point")),
                        f"'{entry.point}' is not a rubric point of this exercise"
                        f" (known: {known_list(points)})",
                        did_you_mean(entry.point, points),
                    )
                )
    return problems


PRACTICE_CHECKS = {
    SafetyPlan: check_safety_plan,
    SayAloud: check_say_aloud,
    AgreementBuilder: check_agreement,
    Rewrite: check_written_rewrite,
}
"""Checks of one file, by model class, for the types above (peerkit/content/_load.py uses
them before :data:`._checks.FILE_CHECKS`: the note rewrite's check covers a reply rewrite
by calling :func:`._checks.check_rewrite`)."""
