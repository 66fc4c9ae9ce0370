"""Checks that a schema alone cannot make: ids, links between parts, reachable endings.

Each check takes a parsed document and its model and returns problems. They run
only after the file has passed the schema, so they can trust the shapes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from ._crisis_cases import check_crisis_case
from ._models import (
    ASKABLE_ONLY,
    AVOIDABLE_ONLY,
    COACH_BEHAVIOURS,
    DISCLOSURE_CHECKS,
    Case,
    Coaching,
    Curriculum,
    Disclosure,
    Document,
    Jurisdiction,
    Quiz,
    Rewrite,
    Sort,
)
from ._problems import Problem, did_you_mean, known_list
from ._yaml import YamlDocument

Check = Callable[[YamlDocument, Any], list[Problem]]


def duplicate_ids(
    doc: YamlDocument, ids: Iterable[tuple[str, tuple[Any, ...]]], noun: str, scope: str = ""
) -> list[Problem]:
    """Problems for every id that appears twice among ``ids`` (id, path-of-the-id pairs)."""
    seen: dict[str, int] = {}
    problems = []
    label = f"{noun} id" if noun else "id"
    for value, path in ids:
        line = doc.line_of(path)
        if value in seen:
            problems.append(
                Problem(
                    doc.file,
                    line,
                    f"{label} '{value}' is used twice{scope} (first on line {seen[value]})",
                    "give each one its own id",
                )
            )
        else:
            seen[value] = line
    return problems


def check_case(doc: YamlDocument, case: Case) -> list[Problem]:
    problems: list[Problem] = []
    problems += duplicate_ids(
        doc,
        [(n.id, ("nodes", i, "id")) for i, n in enumerate(case.nodes)]
        + [(e.id, ("endings", i, "id")) for i, e in enumerate(case.endings)],
        "",
        " among the nodes and endings",
    )
    for i, node in enumerate(case.nodes):
        problems += duplicate_ids(
            doc,
            [(c.id, ("nodes", i, "choices", j, "id")) for j, c in enumerate(node.choices)],
            "choice",
            f" in node '{node.id}'",
        )
    if not case.endings:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("endings",)) if ("endings",) in doc.lines else doc.line_of(("nodes",)),
                "this case has no endings",
                "add an 'endings:' list with at least one ending, and point a choice to it with 'next:'",
            )
        )
        return problems

    targets = {n.id for n in case.nodes} | {e.id for e in case.endings}
    if case.start is not None and case.node(case.start) is None:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("start",)),
                f"'start' names '{case.start}', which is not a node",
                did_you_mean(case.start, [n.id for n in case.nodes]),
            )
        )
        return problems

    for i, node in enumerate(case.nodes):
        for j, choice in enumerate(node.choices):
            if choice.next not in targets:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("nodes", i, "choices", j, "next")),
                        f"choice '{choice.id}' in node '{node.id}' leads to '{choice.next}',"
                        f" which does not exist (known: {known_list(targets)})",
                        _next_fix(choice.next, targets),
                    )
                )
    if problems:
        return problems

    edges = {n.id: [c.next for c in n.choices] for n in case.nodes}
    reachable = _reach(case.start_id, edges)
    for i, node in enumerate(case.nodes):
        if node.id not in reachable:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("nodes", i, "id")),
                    f"node '{node.id}' cannot be reached: no choice leads to it",
                    f"point a choice to it with 'next: {node.id}', or remove the node",
                )
            )
    for i, ending in enumerate(case.endings):
        if ending.id not in reachable:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("endings", i, "id")),
                    f"ending '{ending.id}' cannot be reached: no choice leads to it",
                    f"point a choice to it with 'next: {ending.id}', or remove the ending",
                )
            )
    ending_ids = {e.id for e in case.endings}
    reverse: dict[str, set[str]] = {}
    for source, nexts in edges.items():
        for target in nexts:
            reverse.setdefault(target, set()).add(source)
    can_finish: set[str] = set()
    queue = deque(ending_ids)
    while queue:
        step = queue.popleft()
        for source in reverse.get(step, ()):
            if source not in can_finish:
                can_finish.add(source)
                queue.append(source)
    for i, node in enumerate(case.nodes):
        if node.id in reachable and node.id not in can_finish:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("nodes", i, "id")),
                    f"from node '{node.id}' no path reaches an ending: its choices only loop back",
                    "point at least one choice on this loop to an ending",
                )
            )
    return problems + check_crisis_case(doc, case)


def _next_fix(name: str, targets: set[str]) -> str:
    fix = did_you_mean(name, targets)
    return (
        fix if fix.startswith("did you mean") else f"'next:' must name a node or an ending; {fix}"
    )


def _reach(start: str, edges: dict[str, list[str]]) -> set[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        for target in edges.get(queue.popleft(), ()):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def check_sort(doc: YamlDocument, sort: Sort) -> list[Problem]:
    problems = duplicate_ids(
        doc, [(b.id, ("bins", i, "id")) for i, b in enumerate(sort.bins)], "bin"
    )
    problems += duplicate_ids(
        doc, [(c.id, ("cards", i, "id")) for i, c in enumerate(sort.cards)], "card"
    )
    bins = [b.id for b in sort.bins]
    for i, card in enumerate(sort.cards):
        for j, name in enumerate(card.bins):
            if name not in bins:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("cards", i, "bins", j)),
                        f"card '{card.id}' names bin '{name}', which does not exist (known: {known_list(bins)})",
                        _bin_fix(name, bins),
                    )
                )
    return problems


def _bin_fix(name: str, bins: list[str]) -> str:
    fix = did_you_mean(name, bins)
    return fix if fix.startswith("did you mean") else f"use a bin id from 'bins:'; {fix}"


def check_quiz(doc: YamlDocument, quiz: Quiz) -> list[Problem]:
    problems = duplicate_ids(
        doc, [(q.id, ("questions", i, "id")) for i, q in enumerate(quiz.questions)], "question"
    )
    for i, question in enumerate(quiz.questions):
        problems += duplicate_ids(
            doc,
            [(o.id, ("questions", i, "options", j, "id")) for j, o in enumerate(question.options)],
            "option",
            f" in question '{question.id}'",
        )
        correct = [o for o in question.options if o.correct]
        line = doc.line_of(("questions", i, "id"))
        if not correct:
            problems.append(
                Problem(
                    doc.file,
                    line,
                    f"question '{question.id}' has no correct option",
                    "mark at least one option with 'correct: true'",
                )
            )
        elif len(correct) > 1 and not question.multiple:
            problems.append(
                Problem(
                    doc.file,
                    line,
                    f"question '{question.id}' is single choice but {len(correct)} options are marked correct",
                    "add 'multiple: true' to the question, or keep one option correct",
                )
            )
    return problems


def check_rewrite(doc: YamlDocument, rewrite: Rewrite) -> list[Problem]:
    problems = duplicate_ids(
        doc, [(p.id, ("rubric", i, "id")) for i, p in enumerate(rewrite.rubric)], "rubric point"
    )
    return problems + check_coaching(
        doc, rewrite.coach, [p.id for p in rewrite.rubric], "rubric point"
    )


def check_coaching(
    doc: YamlDocument,
    coaching: Coaching,
    points: list[str],
    point_noun: str,
    at: tuple[Any, ...] = (),
) -> list[Problem]:
    """The ``coach:`` block of a written exercise: known behaviours, each in the right list.

    A behaviour the lessons teach (an open question, asking directly about suicide) can
    only be asked for; a habit they teach against (minimizing, praise) can only be
    avoided; nothing may be both. Each ``point`` must name one of the exercise's own
    rubric or checklist points. ``at`` is where the ``coach:`` block sits in the file
    (a say-aloud item has one per step).
    """
    problems: list[Problem] = []
    first_line: dict[str, dict[str, int]] = {"does": {}, "avoids": {}}
    for section, other in (("does", "avoids"), ("avoids", "does")):
        for i, entry in enumerate(getattr(coaching, section)):
            line = doc.line_of((*at, "coach", section, i, "behaviour"))
            name = entry.behaviour
            problem = _behaviour_problem(name, section, other, first_line)
            if problem is not None:
                text = problem[0].replace("{line}", str(first_line[section].get(name, "")))
                problems.append(Problem(doc.file, line, text, problem[1]))
            first_line[section].setdefault(name, line)
            if entry.point is not None and entry.point not in points:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of((*at, "coach", section, i, "point")),
                        f"'{entry.point}' is not a {point_noun} of this exercise"
                        f" (known: {known_list(points)})",
                        did_you_mean(entry.point, points),
                    )
                )
    return problems


def _behaviour_problem(
    name: str, section: str, other: str, first_line: dict[str, dict[str, int]]
) -> tuple[str, str] | None:
    if name not in COACH_BEHAVIOURS:
        fix = did_you_mean(name, COACH_BEHAVIOURS)
        if not fix.startswith("did you mean"):
            fix = "use one of: " + ", ".join(sorted(COACH_BEHAVIOURS))
        return f"'{name}' is not a behaviour the response coach knows", fix
    if section == "avoids" and name == "ask-directly-about-suicide":
        return (
            "a direct question about suicide can never be something to avoid",
            "move it under 'does:' or remove it: lesson 05 teaches asking directly",
        )
    if section == "avoids" and name in ASKABLE_ONLY:
        return (
            f"'{name}' is a skill the lessons teach, so an exercise cannot list it to avoid",
            "move it under 'does:'",
        )
    if section == "does" and name in AVOIDABLE_ONLY:
        return (
            f"'{name}' is a habit the lessons teach against, so an exercise cannot ask for it",
            "move it under 'avoids:'",
        )
    if name in first_line[section]:
        return (
            f"behaviour '{name}' is listed twice under '{section}:' (first on line {{line}})",
            "list each behaviour once",
        )
    if section == "avoids" and name in first_line[other]:
        return (
            f"'{name}' is listed under both 'does:' and 'avoids:'",
            "keep it in the one list that says what the exercise wants",
        )
    return None


def check_disclosure(doc: YamlDocument, disclosure: Disclosure) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for i, name in enumerate(disclosure.checks):
        line = doc.line_of(("checks", i))
        if name not in DISCLOSURE_CHECKS:
            fix = did_you_mean(name, DISCLOSURE_CHECKS)
            if not fix.startswith("did you mean"):
                fix = "use one of: " + ", ".join(sorted(DISCLOSURE_CHECKS))
            problems.append(
                Problem(
                    doc.file, line, f"'{name}' is not a point of the self-disclosure checklist", fix
                )
            )
        elif name in seen:
            problems.append(
                Problem(
                    doc.file,
                    line,
                    f"check '{name}' is listed twice (first on line {seen[name]})",
                    "list each check once",
                )
            )
        else:
            seen[name] = line
    problems += check_coaching(doc, disclosure.coach, list(disclosure.checks), "checklist point")
    if "brief" in disclosure.checks and disclosure.coach.sharing is None:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("coach",)),
                "the 'brief' check needs limits for how much to share",
                "add 'sharing: {sentences: 2, words: 30}' under 'coach:', taken from the lesson"
                " (lesson 02: a sentence or two is usually enough)",
            )
        )
    return problems


def check_curriculum(doc: YamlDocument, curriculum: Curriculum) -> list[Problem]:
    return duplicate_ids(
        doc,
        [(entry.id, ("lessons", i, "id")) for i, entry in enumerate(curriculum.lessons)],
        "lesson",
    )


def check_jurisdiction(doc: YamlDocument, rules: Jurisdiction) -> list[Problem]:
    """Filled-in local rules must say when they were last checked."""
    if not rules.localised or rules.last_reviewed is not None:
        return []
    line = doc.line_of(("last_reviewed",)) if ("last_reviewed",) in doc.lines else 1
    return [
        Problem(
            doc.file,
            line,
            "these local rules are filled in but have no 'last_reviewed' date",
            "write the day you last checked them with your supervisor or agency, e.g. 'last_reviewed: 2026-11-01'",
        )
    ]


FILE_CHECKS: dict[type[Document], Check] = {
    Case: check_case,
    Sort: check_sort,
    Quiz: check_quiz,
    Rewrite: check_rewrite,
    Disclosure: check_disclosure,
    Curriculum: check_curriculum,
    Jurisdiction: check_jurisdiction,
}
"""Checks of one file, by model class. Types without an entry need none."""
