"""Checks of one facilitator file on its own: session plans, agendas, guide sections, adaptations.

Each check takes the parsed file and its model (the schema has already passed) and
returns problems written as ``file:line: problem - fix``. Checks that need the rest
of the course (notebook headings, items, triads, the other plans) are in
:mod:`._facilitator`.
"""

from __future__ import annotations

import re
from typing import Any

from ._checks import check_jurisdiction, duplicate_ids
from ._guide_models import (
    ROOM_ACTIVITIES,
    Adaptations,
    Agenda,
    GuideSections,
    SessionPlan,
)
from ._lints import unconditional_promise
from ._models import Jurisdiction
from ._problems import Problem, did_you_mean, known_list
from ._types import ITEM_TYPES
from ._yaml import YamlDocument

LESSON_ID = re.compile(r"^\d\d-[a-z0-9-]+$")
CITATION = re.compile(r"\[(SRC-\d\d)\]")
PHONE = re.compile(r"(?<![\w-])(?:\+?\d[\d ().-]{6,}\d)(?![\w-])")
"""Something written like a phone number: crisis lines come only from crisis_resources.yaml."""
SUICIDE_WORDS = re.compile(
    r"\b(?:suicid\w*|self-harm\w*|kill (?:myself|themselves|yourself))\b", re.I
)


def _problem(doc: YamlDocument, path: tuple[Any, ...], problem: str, fix: str) -> Problem:
    return Problem(doc.file, doc.line_of(path), problem, fix)


# --- session plan -------------------------------------------------------------------


def _budget_line_problems(doc: YamlDocument, plan: SessionPlan) -> list[Problem]:
    problems: list[Problem] = []
    for i, part in enumerate(plan.parts):
        for j, line in enumerate(part.budget):
            path = ("parts", i, "budget", j)
            where = f"part '{part.id}': a '{line.activity}' line"
            if line.activity not in ITEM_TYPES and line.activity not in ROOM_ACTIVITIES:
                known = [*ROOM_ACTIVITIES, *ITEM_TYPES]
                fix = did_you_mean(line.activity, known)
                problems.append(
                    _problem(
                        doc,
                        (*path, "activity"),
                        f"part '{part.id}': '{line.activity}' is not an activity",
                        fix
                        if fix.startswith("did you mean")
                        else f"use one of: {', '.join(known)}",
                    )
                )
                continue
            if line.activity == "reading" and not line.covers:
                problems.append(
                    _problem(
                        doc,
                        (*path, "activity"),
                        f"{where} says what it reads nowhere",
                        "add 'covers:' with the notebook headings read, e.g. covers: [\"Key points\"]",
                    )
                )
            if line.activity != "reading" and line.covers:
                problems.append(
                    _problem(
                        doc,
                        (*path, "covers"),
                        f"{where} has 'covers:', which only reading lines have",
                        "make it a 'reading' line, or move the headings to a reading line of its own",
                    )
                )
            if line.activity in ITEM_TYPES and line.item is None:
                problems.append(
                    _problem(
                        doc,
                        (*path, "activity"),
                        f"{where} names no exercise",
                        "add 'item:' with the id of the exercise the lesson shows",
                    )
                )
            if line.activity == "role-play" and line.triad is None:
                problems.append(
                    _problem(
                        doc,
                        (*path, "activity"),
                        f"{where} names no triad",
                        "add 'triad:' with the id of the role-play (data/triads/)",
                    )
                )
            if line.activity != "role-play" and line.triad is not None:
                problems.append(
                    _problem(
                        doc,
                        (*path, "triad"),
                        f"{where} names a triad, which only role-play lines do",
                        "write 'activity: role-play', or remove 'triad:'",
                    )
                )
            if line.activity in ("reading", "role-play", "discussion", "talk") and line.item:
                problems.append(
                    _problem(
                        doc,
                        (*path, "item"),
                        f"{where} names the exercise '{line.item}'",
                        "give the exercise its own line, with its kind as the activity (e.g. 'activity: case')",
                    )
                )
            if line.activity in ("discussion", "talk", "practice") and not (line.what or line.item):
                problems.append(
                    _problem(
                        doc,
                        (*path, "activity"),
                        f"{where} does not say what its minutes are for",
                        "add 'what:' in a few words, e.g. what: the two cards about a hard week",
                    )
                )
    return problems


def check_session_plan(doc: YamlDocument, plan: SessionPlan) -> list[Problem]:
    """Minutes add up, every line says what it is, optional parts say what replaces them."""
    problems = _budget_line_problems(doc, plan)
    part_ids = [part.id for part in plan.parts]
    triads = {part.triad for part in plan.parts if part.triad}
    seen_items: dict[str, str] = {}
    first_triad: dict[str, str] = {}
    for i, part in enumerate(plan.parts):
        if part.triad and part.triad in first_triad:
            problems.append(
                _problem(
                    doc,
                    ("parts", i, "triad"),
                    f"triad '{part.triad}' is played in part '{first_triad[part.triad]}' and again in part '{part.id}'",
                    "play each triad in one part; its rounds already give everyone every role",
                )
            )
        if part.triad:
            first_triad.setdefault(part.triad, part.id)
        budget = sum(line.minutes for line in part.budget)
        if budget != part.minutes:
            problems.append(
                _problem(
                    doc,
                    ("parts", i, "minutes"),
                    f"part '{part.id}' has {part.minutes} minutes but its budget adds up to {budget}",
                    "make them agree: change the part's 'minutes:' or its budget lines",
                )
            )
        budget_items = [line.item for line in part.budget if line.item]
        for j, item_id in enumerate(part.items):
            if item_id not in budget_items:
                problems.append(
                    _problem(
                        doc,
                        ("parts", i, "items", j),
                        f"part '{part.id}' runs '{item_id}' but gives it no minutes",
                        f"add a budget line for it, e.g. {{activity: case, item: {item_id}, mode: group, minutes: 11}}",
                    )
                )
            if item_id in seen_items:
                problems.append(
                    _problem(
                        doc,
                        ("parts", i, "items", j),
                        f"'{item_id}' is run in part '{seen_items[item_id]}' and again in part '{part.id}'",
                        "run each exercise in one part only",
                    )
                )
            seen_items.setdefault(item_id, part.id)
        for j, line in enumerate(part.budget):
            if line.item and line.item not in part.items:
                problems.append(
                    _problem(
                        doc,
                        ("parts", i, "budget", j, "item"),
                        f"part '{part.id}' gives '{line.item}' minutes but does not list it under 'items:'",
                        f"add '{line.item}' to the part's 'items:'",
                    )
                )
        played = [line.triad for line in part.budget if line.activity == "role-play" and line.triad]
        if part.triad and played != [part.triad]:
            problems.append(
                _problem(
                    doc,
                    ("parts", i, "triad"),
                    f"part '{part.id}' runs the triad '{part.triad}' but its budget has "
                    + (
                        "no role-play line for it"
                        if not played
                        else f"role-play lines for {known_list(played)}"
                    ),
                    f"give it one line: {{activity: role-play, triad: {part.triad}, minutes: ...}}",
                )
            )
        elif played and not part.triad:
            problems.append(
                _problem(
                    doc,
                    ("parts", i, "id"),
                    f"part '{part.id}' has a role-play line but no 'triad:'",
                    f"add 'triad: {played[0]}' to the part (a role-play has a part of its own)",
                )
            )
        if part.optional and not part.if_skipped:
            problems.append(
                _problem(
                    doc,
                    ("parts", i, "optional"),
                    f"optional part '{part.id}' does not say what to do when it is left out",
                    "add 'if_skipped:' with what to do instead (or point learners to it for self-study)",
                )
            )
        if part.if_skipped and not part.optional:
            problems.append(
                _problem(
                    doc,
                    ("parts", i, "if_skipped"),
                    f"part '{part.id}' says what to do if it is skipped, but it is not optional",
                    "add 'optional: true', or remove 'if_skipped:'",
                )
            )
        if part.skip_requires and not part.optional:
            problems.append(
                _problem(
                    doc,
                    ("parts", i, "skip_requires"),
                    f"part '{part.id}' has 'skip_requires:' but it is not optional",
                    "add 'optional: true', or remove 'skip_requires:'",
                )
            )
        if (
            part.skip_requires
            and not LESSON_ID.match(part.skip_requires)
            and part.skip_requires not in triads
        ):
            problems.append(
                _problem(
                    doc,
                    ("parts", i, "skip_requires"),
                    f"part '{part.id}' may be skipped only with '{part.skip_requires}', which is"
                    " neither a lesson id nor a triad this plan runs",
                    "name a lesson (e.g. 06-crisis-and-suicide-response) or a triad of one of this plan's parts",
                )
            )
        for j, needed in enumerate(part.needs):
            if needed == part.id or needed not in part_ids:
                problems.append(
                    _problem(
                        doc,
                        ("parts", i, "needs", j),
                        f"part '{part.id}' needs '{needed}', which is "
                        + ("itself" if needed == part.id else "not a part of this plan"),
                        did_you_mean(needed, [p for p in part_ids if p != part.id]),
                    )
                )
        if part.break_after and not (part.triad or part.heavy):
            problems.append(
                _problem(
                    doc,
                    ("parts", i, "break_after"),
                    f"part '{part.id}' asks for a break after it, but it is neither a role-play nor heavy",
                    "keep 'break_after: true' for role-plays and heavy parts; put other breaks in the agenda",
                )
            )
    total = plan.warm_up.minutes + sum(p.minutes for p in plan.parts) + plan.check_out.minutes
    if total != plan.minutes:
        problems.append(
            _problem(
                doc,
                ("minutes",),
                f"the session has {plan.minutes} minutes but the warm-up, parts and check-out add up to {total}",
                "make them agree: change 'minutes:' at the top, or the parts' minutes",
            )
        )
    return problems


# --- agenda -----------------------------------------------------------------------------


def check_agenda(doc: YamlDocument, agenda: Agenda) -> list[Problem]:
    """Each block has what its kind needs, and nothing else; days in order; sizes that make sense."""
    problems: list[Problem] = []
    stem = doc.file.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if stem != agenda.id:
        problems.append(
            _problem(
                doc,
                ("id",),
                f"this course's id is '{agenda.id}' but its file is named '{stem}'",
                f"give them the same name (peerkit agenda --course finds a course by its id):"
                f" write 'id: {stem}', or rename the file to {agenda.id}.yaml",
            )
        )
    if agenda.group_size.min > agenda.group_size.max:
        problems.append(
            _problem(
                doc,
                ("group_size",),
                f"the group size runs from {agenda.group_size.min} to {agenda.group_size.max}",
                "write the smaller number as 'min' and the larger as 'max'",
            )
        )
    for d, day in enumerate(agenda.days):
        if day.day != d + 1:
            problems.append(
                _problem(
                    doc,
                    ("days", d, "day"),
                    f"day {day.day} is day {d + 1} of this agenda",
                    f"number the days in order from 1: write 'day: {d + 1}'",
                )
            )
        if day.end_by <= day.start:
            problems.append(
                _problem(
                    doc,
                    ("days", d, "end_by"),
                    f"day {day.day} ends by {day.end_by}, before it starts at {day.start}",
                    "give an 'end_by' later than 'start' on a 24-hour clock, e.g. \"16:30\"",
                )
            )
        for b, block in enumerate(day.blocks):
            problems += _block_problems(doc, ("days", d, "blocks", b), block)
    return problems


_BLOCK_FIELDS: dict[str, tuple[set[str], set[str]]] = {
    # kind: (required, allowed)
    "opening-round": ({"title", "minutes", "includes"}, {"title", "minutes", "includes"}),
    "closing": ({"title", "minutes", "includes"}, {"title", "minutes", "includes"}),
    "lesson": ({"lesson"}, {"lesson", "triads", "skip", "pre_work", "pauses"}),
    "break": ({"minutes"}, {"minutes", "title"}),
    "lunch": ({"minutes"}, {"minutes", "title"}),
}


def _block_problems(doc: YamlDocument, path: tuple[Any, ...], block: Any) -> list[Problem]:
    required, allowed = _BLOCK_FIELDS[block.kind]
    written = {name for name in block.model_fields_set if name != "kind"}
    problems = []
    for name in sorted(required - written):
        problems.append(
            _problem(
                doc,
                (*path, "kind"),
                f"a '{block.kind}' block needs '{name}'",
                f"add '{name}:' to this block",
            )
        )
    for name in sorted(written - allowed):
        fix = (
            "a lesson's minutes come from its session plan: remove 'minutes:' and choose parts with"
            " 'skip:' and 'triads:'"
            if block.kind == "lesson" and name == "minutes"
            else f"remove '{name}:' (a '{block.kind}' block has {', '.join(sorted(allowed))})"
        )
        problems.append(
            _problem(doc, (*path, name), f"a '{block.kind}' block cannot have '{name}'", fix)
        )
    return problems


# --- guide sections and adaptations ---------------------------------------------------------


def _prose_problems(doc: YamlDocument, path: tuple[Any, ...], text: str) -> list[Problem]:
    """Phone numbers and unconditional promises of confidentiality in guide prose."""
    problems = []
    plain = re.sub(r"\b\d{4}-\d\d-\d\d\b|\b\d{1,2}:\d\d\b", " ", CITATION.sub("", text))
    phone = PHONE.search(plain)
    if phone and sum(ch.isdigit() for ch in phone.group()) >= 7:
        problems.append(
            _problem(
                doc,
                path,
                f"'{phone.group().strip()}' looks like a phone number",
                "crisis lines come only from data/crisis_resources.yaml: point to the crisis panel instead",
            )
        )
    promise = unconditional_promise(text)
    if promise:
        problems.append(
            _problem(
                doc,
                path,
                f"'{promise}' promises confidentiality without its limits",
                "name the limits (records, supervision, safety, the law), or quote it as the mistake it is",
            )
        )
    return problems


def check_guide_sections(doc: YamlDocument, guide: GuideSections) -> list[Problem]:
    problems = duplicate_ids(
        doc, [(s.id, ("sections", i, "id")) for i, s in enumerate(guide.sections)], "section"
    )
    for i, section in enumerate(guide.sections):
        problems += _prose_problems(doc, ("sections", i, "body"), section.body)
        if SUICIDE_WORDS.search(section.body) and not section.content_note:
            problems.append(
                _problem(
                    doc,
                    ("sections", i, "id"),
                    f"section '{section.id}' talks about suicide or self-harm but has no content note",
                    "add 'content_note:' saying in a sentence what the section covers",
                )
            )
    return problems


def check_adaptations(doc: YamlDocument, adaptations: Adaptations) -> list[Problem]:
    problems = duplicate_ids(
        doc,
        [(s.id, ("settings", i, "id")) for i, s in enumerate(adaptations.settings)],
        "setting",
    )
    problems += _prose_problems(doc, ("intro",), adaptations.intro)
    for i, setting in enumerate(adaptations.settings):
        for j, text in enumerate(setting.what_changes):
            problems += _prose_problems(doc, ("settings", i, "what_changes", j), text)
            for key in CITATION.findall(text):
                if key not in setting.references:
                    problems.append(
                        _problem(
                            doc,
                            ("settings", i, "what_changes", j),
                            f"setting '{setting.id}' cites {key} but does not list it under 'references:'",
                            f"add {key} to the setting's 'references:'",
                        )
                    )
    return problems


# --- the fictional jurisdiction example -------------------------------------------------

EXAMPLE_PLACES: tuple[str, ...] = ("Lowmoor", "Brightwater", "Tarn County")
"""The made-up places of data/examples/jurisdiction-fictional.yaml: real local rules never
name them (a test checks the example still does)."""

EXAMPLE_FIX = (
    "write your own rules with your supervisor or agency (the facilitator guide's"
    " 'Filling in your local rules' shows how, beside the fictional example)"
)


def check_jurisdiction_example(doc: YamlDocument, rules: Jurisdiction) -> list[Problem]:
    """The fictional example stays an example: never the course's rules, never copied as them."""
    if rules.example:
        if doc.file.replace("\\", "/").rsplit("/", 1)[-1] == "jurisdiction.yaml":
            return [
                _problem(
                    doc,
                    ("example",),
                    "this is the fictional example, not your local rules",
                    EXAMPLE_FIX,
                )
            ]
        return []
    for place in EXAMPLE_PLACES:
        for number, line in enumerate(doc.text_lines, start=1):
            if place in line and not line.lstrip().startswith("#"):
                return [
                    Problem(
                        doc.file,
                        number,
                        f"these rules still name {place}, a made-up place of the fictional example",
                        EXAMPLE_FIX,
                    )
                ]
    return []


def _jurisdiction(doc: YamlDocument, rules: Jurisdiction) -> list[Problem]:
    return check_jurisdiction(doc, rules) + check_jurisdiction_example(doc, rules)


WORKSHOP_CHECKS: dict[type, Any] = {
    SessionPlan: check_session_plan,
    Agenda: check_agenda,
    GuideSections: check_guide_sections,
    Adaptations: check_adaptations,
    Jurisdiction: _jurisdiction,
}
"""Checks of one facilitator file, by model class (merged into ``_checks.FILE_CHECKS``)."""
