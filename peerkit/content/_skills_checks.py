"""Checks of one skills-day file that a schema alone cannot make (see :mod:`._skills_models`).

Each check takes the parsed document and its model and returns problems with the line
to fix. What a file says about other files (a lesson's sections, the rubric's items, a
speaker's name used elsewhere) is checked in :mod:`._skills_course`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ._checks import FILE_CHECKS, Check
from ._lints import PROMISE_FIX, PROMISE_PROBLEM, unconditional_promise
from ._models import Document
from ._problems import Problem, did_you_mean, known_list
from ._skills_models import (
    CORE_SKILLS,
    CRISIS_RULES,
    SECOND_FACILITATOR,
    STANDARD_RULES,
    DayEvaluation,
    Printables,
    RealPlayRules,
    SkillsRubric,
    Triad,
)
from ._yaml import YamlDocument

TRIAD_ID = re.compile(r"^triad-(\d\d)-[a-z0-9]+(?:-[a-z0-9]+)*$")
MIN_BEHAVIORS, MAX_BEHAVIORS = 4, 8
"""An observer sheet lists 4 to 8 behaviors: fewer is not worth a sheet, more will not fit
on one printed page with room for notes."""
MAX_QUESTIONS = 12
"""Most questions the day's evaluation may ask and still print on one page."""

PHONE = re.compile(
    r"(?<![\d,.])(?:988|911|999|112|000|116\s?123|13\s?11\s?14|111)(?!\d|[,.]\d)"
    r"|(?<!\d)(?:\+?\d[\d\s().-]{6,}\d)(?!\d)"
)
"""Crisis and emergency numbers, and anything that looks like a phone number (seven or
more digits in one run): crisis lines come only from data/crisis_resources.yaml."""
PHONE_FIX = (
    "take the number out: crisis lines are printed from data/crisis_resources.yaml,"
    " for the region in data/settings.yaml"
)

_NOT_WORDS = frozenset(
    {
        "id",
        "type",
        "schema_version",
        "lesson",
        "rules",
        "practices",
        "materials",
        "references",
        "best_seen_in",
        "needs",
        "kind",
        "scale",
        "options_from",
        "from",
    }
)
"""Keys whose values are ids or settings, never words someone reads."""


def text_fields(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every piece of text a reader sees in a skills-day file, with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in _NOT_WORDS:
                yield from text_fields(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from text_fields(value, (*path, index))
    elif isinstance(data, str) and data.strip():
        yield path, data


def _is_script(path: tuple[Any, ...]) -> bool:
    """A speaker's script line: the words a supporter's mistake is met with, and the
    mistakes an observer watches for, may quote a promise of secrecy."""
    return "script" in path


def wording_problems(doc: YamlDocument) -> list[Problem]:
    """No phone number anywhere, and no unconditional promise of confidentiality outside
    a speaker's script (the lints every learner-facing text gets)."""
    problems = []
    for path, text in text_fields(doc.data):
        found = PHONE.search(text)
        if found:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(path),
                    f"'{found.group(0).strip()}' looks like a phone number",
                    PHONE_FIX,
                )
            )
        if _is_script(path):
            continue
        words = unconditional_promise(text)
        if words:
            problems.append(
                Problem(
                    doc.file, doc.line_of(path), PROMISE_PROBLEM.format(words=words), PROMISE_FIX
                )
            )
    return problems


def _repeats(
    doc: YamlDocument, values: list[tuple[str, tuple[Any, ...]]], noun: str
) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for value, path in values:
        line = doc.line_of(path)
        if value in seen:
            problems.append(
                Problem(
                    doc.file,
                    line,
                    f"{noun} '{value}' is listed twice (first on line {seen[value]})",
                    "keep one of them",
                )
            )
        else:
            seen.setdefault(value, line)
    return problems


# --- triad ----------------------------------------------------------------------


def check_triad(doc: YamlDocument, triad: Triad) -> list[Problem]:
    problems: list[Problem] = []
    match = TRIAD_ID.match(triad.id)
    number = triad.lesson[:2]
    if match is None or match.group(1) != number:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("id",)),
                f"triad id '{triad.id}' should start with 'triad-{number}-', the number of its lesson",
                f"name it 'triad-{number}-' and a few words, e.g. 'triad-{number}-first-contact'",
            )
        )
    behaviors = triad.observer_sheet.behaviors
    if not MIN_BEHAVIORS <= len(behaviors) <= MAX_BEHAVIORS:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("observer_sheet", "behaviors")),
                f"the observer sheet lists {len(behaviors)} behaviors, and a sheet needs"
                f" {MIN_BEHAVIORS} to {MAX_BEHAVIORS} to be useful and fit on one page",
                "add or merge behaviors"
                if len(behaviors) < MIN_BEHAVIORS
                else "keep the ones that matter most for this skill",
            )
        )
    problems += _repeats(
        doc,
        [(b.id, ("observer_sheet", "behaviors", i, "id")) for i, b in enumerate(behaviors)],
        "behavior id",
    )
    problems += _repeats(
        doc, [(p, ("practices", i)) for i, p in enumerate(triad.practices)], "skill"
    )
    problems += _repeats(
        doc, [(m, ("materials", i)) for i, m in enumerate(triad.materials)], "printable"
    )
    if triad.crisis:
        problems += _crisis_triad_problems(doc, triad)
    elif triad.rules == CRISIS_RULES:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("rules",)),
                "this triad uses the crisis practice rules but is not marked 'crisis: true'",
                "add 'crisis: true' and a 'content_note:', or use 'rules: standard'",
            )
        )
    problems += wording_problems(doc)
    return problems


def _crisis_triad_problems(doc: YamlDocument, triad: Triad) -> list[Problem]:
    """A role-play about suicide is opt-in, scripted, with the crisis rules, a content note
    and a second facilitator or on-call person in reach."""
    problems = []
    line = doc.line_of(("crisis",))
    if triad.rules != CRISIS_RULES:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("rules",)),
                f"a crisis triad must use the crisis practice rules, not '{triad.rules}'",
                f"write 'rules: {CRISIS_RULES}'",
            )
        )
    if triad.content_note is None:
        problems.append(
            Problem(
                doc.file,
                line,
                "a crisis triad needs a 'content_note' (it is printed before the cards)",
                "add 'content_note:' saying what the practice is about, that the person is"
                " fictional and that taking part is a choice",
            )
        )
    if SECOND_FACILITATOR not in triad.facilitator.needs:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("facilitator", "needs"))
                if ("facilitator", "needs") in doc.lines
                else doc.line_of(("facilitator",)),
                f"a crisis triad needs '{SECOND_FACILITATOR}' under the facilitator's 'needs'",
                f"add 'needs: [{SECOND_FACILITATOR}, quiet-room, crisis-panel]' under 'facilitator:'",
            )
        )
    if not triad.cards.speaker.script:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("cards", "speaker")),
                "a crisis triad's speaker says only scripted lines, and this card has no 'script'",
                "add a 'script:' list of 'when:' and 'say:' lines to the speaker's card",
            )
        )
    if triad.cards.speaker.you_may_bring:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("cards", "speaker", "you_may_bring")),
                "in a crisis triad the speaker brings nothing of their own",
                "leave 'you_may_bring' empty: 'you_may_bring: []'",
            )
        )
    return problems


# --- real-play rules ------------------------------------------------------------------

_OWN_SITUATION = re.compile(r"\b(?:your|my|their) own\b|\breal situation\b", re.I)


def check_real_play_rules(doc: YamlDocument, rules: RealPlayRules) -> list[Problem]:
    problems = _repeats(
        doc, [(s.id, ("sets", i, "id")) for i, s in enumerate(rules.sets)], "set id"
    )
    ids = [s.id for s in rules.sets]
    for needed in (STANDARD_RULES, CRISIS_RULES):
        if needed not in ids:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("sets",)),
                    f"there is no '{needed}' set of practice rules",
                    f"add a set with 'id: {needed}' (known: {known_list(ids)})",
                )
            )
    for i, rule_set in enumerate(rules.sets):
        if rule_set.id != CRISIS_RULES:
            continue
        for j, text in enumerate(rule_set.may_bring):
            if _OWN_SITUATION.search(text):
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("sets", i, "may_bring", j)),
                        "the crisis rules may let a speaker bring only the lines on their card,"
                        " and this line allows something of their own",
                        "say that the speaker brings only the person and the lines on their card",
                    )
                )
    return problems + wording_problems(doc)


# --- skills rubric ----------------------------------------------------------------


def check_skills_rubric(doc: YamlDocument, rubric: SkillsRubric) -> list[Problem]:
    problems: list[Problem] = []
    levels = [lv.level for lv in rubric.levels]
    if levels != [1, 2, 3, 4]:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("levels",)),
                f"the levels are {', '.join(map(str, levels))}, and the rubric needs exactly 1, 2, 3 and 4, in order",
                "list four levels, 'level: 1' to 'level: 4', each with a 'label'",
            )
        )
    problems += _repeats(
        doc, [(it.id, ("items", i, "id")) for i, it in enumerate(rubric.items)], "skill"
    )
    ids = [it.id for it in rubric.items]
    missing = [core for core in CORE_SKILLS if core not in ids]
    if missing:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("items",)),
                f"the rubric has no item for {', '.join(repr(m) for m in missing)}",
                f"score every core skill: {', '.join(CORE_SKILLS)}",
            )
        )
    for i, item in enumerate(rubric.items):
        for key, anchors in (("anchors", item.anchors), ("self", item.self_)):
            if sorted(anchors) != [1, 2, 3, 4]:
                absent = [n for n in (1, 2, 3, 4) if n not in anchors]
                extra = [n for n in anchors if n not in (1, 2, 3, 4)]
                what = (
                    f"has no level {', '.join(map(str, absent))}"
                    if absent
                    else f"has a level {', '.join(map(str, extra))}, and levels run from 1 to 4"
                )
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("items", i, key)),
                        f"skill '{item.id}': '{key}' {what}",
                        f"write one line for each level, '1:' to '4:', under '{key}:'",
                    )
                )
        if item.id == "ask-about-suicide" and item.only_when is None:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("items", i, "id")),
                    "skill 'ask-about-suicide' must say when it may be scored ('only_when')",
                    "add 'only_when:' saying it is scored only in an opt-in crisis role-play,"
                    " for a learner who chose to play the supporter",
                )
            )
    return problems + wording_problems(doc)


# --- day evaluation -----------------------------------------------------------------

PERSONAL = re.compile(
    r"\b(?:names?|initials|e-?mail|signature|sign\s+here|age|how\s+old|born|birthday|date\s+of\s+birth"
    r"|gender|sex|race|ethnicity|job\s+title|job|role\s+at\s+work|employer|where\s+do\s+you\s+work"
    r"|team|site|phone|address|zip\s+code|postcode)\b",
    re.I,
)
"""Words of a question that asks for something that could point to a person."""
_NEGATED = re.compile(r"\b(?:leave\s+out|don'?t|do\s+not|never|without|no)\b", re.I)
_PARTS = re.compile(r"(?<=[.!?])\s+|[()]")


def personal_words(text: str) -> list[str]:
    """What ``text`` asks for that could identify someone (parts that say "leave out
    names" or "don't write your name" do not count)."""
    found = []
    for part in _PARTS.split(text):
        if part and not _NEGATED.search(part):
            found += [m.group(0) for m in PERSONAL.finditer(part)]
    return found


def _a(kind: str) -> str:
    return f"an '{kind}'" if kind[0] in "aeiou" else f"a '{kind}'"


def check_day_evaluation(doc: YamlDocument, evaluation: DayEvaluation) -> list[Problem]:
    problems = _repeats(
        doc, [(s.id, ("scales", i, "id")) for i, s in enumerate(evaluation.scales)], "scale id"
    )
    problems += _repeats(
        doc,
        [(q.id, ("questions", i, "id")) for i, q in enumerate(evaluation.questions)],
        "question id",
    )
    if len(evaluation.questions) > MAX_QUESTIONS:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("questions",)),
                f"the form asks {len(evaluation.questions)} questions,"
                f" and only {MAX_QUESTIONS} fit on one printed page",
                "keep the questions that will change how you run the day",
            )
        )
    scales = [s.id for s in evaluation.scales]
    for i, scale in enumerate(evaluation.scales):
        for j, option in enumerate(scale.positive):
            if option not in scale.options:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("scales", i, "positive", j)),
                        f"scale '{scale.id}' counts '{option}' as positive, but it is not one of its options",
                        did_you_mean(option, scale.options),
                    )
                )
    needs = {"scale": ("scale",), "tick-up-to": ("limit", "options_from"), "open": ("lines",)}
    for i, question in enumerate(evaluation.questions):
        where = ("questions", i)
        for key in needs[question.kind]:
            if getattr(question, key) is None:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of((*where, "kind")),
                        f"question '{question.id}' is {_a(question.kind)} question and has no '{key}'",
                        f"add a '{key}:' line to it",
                    )
                )
        for key in ("scale", "limit", "options_from", "lines"):
            if key not in needs[question.kind] and getattr(question, key) is not None:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of((*where, key)),
                        f"question '{question.id}' is {_a(question.kind)} question, which has no '{key}'",
                        f"remove the '{key}:' line, or change its 'kind'",
                    )
                )
        if question.scale is not None and question.scale not in scales:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of((*where, "scale")),
                    f"question '{question.id}' uses the scale '{question.scale}', which the form does not have",
                    f"use one of: {known_list(scales)}, or add it under 'scales:'",
                )
            )
        asked = personal_words(question.text)
        if asked:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of((*where, "text")),
                    f"question '{question.id}' asks for '{asked[0]}', which could point to a person",
                    "ask nothing that identifies anyone: the form collects no personal data",
                )
            )
    return problems + wording_problems(doc)


# --- printables -------------------------------------------------------------------


def check_printables(doc: YamlDocument, printables: Printables) -> list[Problem]:
    problems = _repeats(
        doc, [(p.id, ("items", i, "id")) for i, p in enumerate(printables.items)], "printable id"
    )
    for i, item in enumerate(printables.items):
        shapes = [name for name in ("sections", "fields", "options") if getattr(item, name)]
        if item.from_:
            shapes.append("from")
        if len(shapes) > 1:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("items", i, shapes[1])),
                    f"printable '{item.id}' has both '{shapes[0]}' and '{shapes[1]}', and a page is one of them",
                    "keep one; make the other a printable of its own",
                )
            )
        if not shapes and item.text is None:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("items", i, "id")),
                    f"printable '{item.id}' has nothing to print",
                    "add 'text:', 'sections:', 'fields:' or 'options:'",
                )
            )
        if "lines_per_section" in (doc.data["items"][i] or {}) and not item.sections:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("items", i, "lines_per_section")),
                    f"printable '{item.id}' has 'lines_per_section' but no 'sections'",
                    "remove the line, or add 'sections:'",
                )
            )
    return problems + wording_problems(doc)


SKILLS_FILE_CHECKS: dict[type[Document], Check] = {
    Triad: check_triad,
    RealPlayRules: check_real_play_rules,
    SkillsRubric: check_skills_rubric,
    DayEvaluation: check_day_evaluation,
    Printables: check_printables,
}
"""Checks of one skills-day file, by model class."""

FILE_CHECKS.update(SKILLS_FILE_CHECKS)  # load_file runs them like every file's own checks
