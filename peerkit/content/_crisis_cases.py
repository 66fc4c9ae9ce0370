"""Rules for crisis cases (``crisis: true``): every path ends with the person connected to support.

The course's safety rule: in a crisis branch no path may end with the person left
alone or with the peer supporter promising to keep it secret, and the case
opens with a content note. A learner may still pick a harmful reply, and see
why it harms, but the case must carry on to a step where support is reached.

:func:`promises_secrecy` recognises the usual wordings of a promise of secrecy
("I won't tell anyone", "whatever you say stays here") and leaves alone the
honest refusals a good reply makes ("I can't keep this between us").

Listening before linking: a reply marked right for connecting the
person with support (``moves: [links]``) must never be the first thing a
learner is taught to do. On every path from the start that reaches it, an
earlier right reply must have heard the person out (``moves: [listens]``).
:func:`links_before_listening` walks the case to find any path that does not.
Calling emergency help when the danger is immediate is tagged ``emergency``
instead, and waits for nothing.
"""

from __future__ import annotations

import re
from collections import deque

from ._models import Case
from ._problems import Problem
from ._yaml import YamlDocument

_PROMISES = re.compile(
    r"""
      \b(?:won'?t|will\s+not|never|not\s+going\s+to)\s+(?:ever\s+)?(?:tell|say\s+anything\s+to|repeat\s+(?:it|this|that)\s+to)\s+(?:anyone|anybody|a\s+soul|them|your|my|the)\b
    | \b(?:keep|keeping)\s+(?:it|this|that|what\s+you\S*\s+(?:told|tell|said|say)\s+me)
        \s+(?:a\s+)?(?:secret|quiet|private|to\s+myself
                       |between\s+(?:us|you\s+and\s+me|the\s+two\s+of\s+us))\b
    | (?:\b(?:stays|remains)|\b(?:it|this|that)(?:'ll|\s+will)\s+(?:stay|remain))
        \s+(?:here|in\s+this\s+room|with\s+me
             |between\s+(?:us|you\s+and\s+me|the\s+two\s+of\s+us)|our\s+secret)\b
    | \b(?:leaves?|leaving|goes|go)\s+(?:this\s+room|beyond\s+(?:me|us|this\s+room))\b
    | \bour\s+(?:little\s+)?secret\b
    | \bsecret\s+is\s+safe\b
    | \bpromise\s+(?:not\s+to|to\s+keep|I\s+won'?t|I\s+will\s+not)(?:\s+(?!and\b|but\b)[\w']+){0,2}
    """,
    re.I | re.X,
)
_REFUSALS = re.compile(
    r"\b(?:can'?t|cannot|can\s+not|couldn'?t|won'?t\s+be\s+able\s+to|not\s+able\s+to|unable\s+to|"
    r"am\s+not\s+allowed\s+to|never\s+promise|don'?t|do\s+not|not\s+promise|won'?t|will\s+not|not\s+going\s+to|"
    r"too\s+(?:much|important|serious|big)\s+to)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[.,;:!?\u2014\u2013]|\s-\s")


def promises_secrecy(text: str) -> str | None:
    """The words of ``text`` that promise to keep something secret, or None.

    A match counts only when its clause does not refuse the promise first
    ("I can't keep this between us" is honest, not a promise).
    """
    plain = text.replace("\u2019", "'").replace("\u2018", "'")
    for match in _PROMISES.finditer(plain):
        before = plain[: match.start()]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        clause = before[breaks[-1].end() :] if breaks else before
        if _REFUSALS.search(clause):
            continue
        return " ".join(match.group(0).split())
    return None


def links_before_listening(case: Case) -> list[tuple[int, int, list[str]]]:
    """Right replies tagged ``links`` that some path reaches before any right reply tagged ``listens``.

    Each is given as (node index, choice index, the node ids of the shortest such
    path, start first). A reply tagged both ``listens`` and ``links`` does not
    count as listening before itself: the person is heard first, then linked.
    """
    index = {node.id: i for i, node in enumerate(case.nodes)}
    start = (case.start_id, False)
    came_from: dict[tuple[str, bool], tuple[str, bool] | None] = {start: None}
    queue = deque([start])
    found: dict[tuple[int, int], list[str]] = {}
    while queue:
        state = queue.popleft()
        node_id, listened = state
        i = index[node_id]
        for j, choice in enumerate(case.nodes[i].choices):
            right = choice.verdict == "follows"
            if right and "links" in choice.moves and not listened and (i, j) not in found:
                path, at = [], state
                while at is not None:
                    path.append(at[0])
                    at = came_from[at]
                found[(i, j)] = path[::-1]
            if choice.next not in index:
                continue
            following = (choice.next, listened or (right and "listens" in choice.moves))
            if following not in came_from:
                came_from[following] = state
                queue.append(following)
    return [(i, j, path) for (i, j), path in sorted(found.items())]


SUICIDE = re.compile(r"\bsuicid", re.I)
"""A mention of suicide (suicide, suicidal)."""

FIGURE = re.compile(r"\d|\bin (?:a|every) hundred\b|\bper ?cent\b|%", re.I)
"""A population figure ("fewer than 2 in 100", "most calls"): never reassurance for a person at risk."""


def touching_nodes(case: Case) -> list[str]:
    """Ids of the steps whose text or replies mention suicide."""
    return [
        node.id
        for node in case.nodes
        if SUICIDE.search(node.text) or any(SUICIDE.search(c.text) for c in node.choices)
    ]


def reachable_from(case: Case, starts: list[str]) -> tuple[set[str], set[str]]:
    """The steps and the endings that can be reached from ``starts`` (the starts included)."""
    endings = {e.id for e in case.endings}
    nodes = {n.id: n for n in case.nodes}
    seen, queue = set(starts), deque(starts)
    reached: set[str] = set()
    while queue:
        node = nodes.get(queue.popleft())
        for choice in node.choices if node is not None else ():
            if choice.next in endings:
                reached.add(choice.next)
            elif choice.next not in seen:
                seen.add(choice.next)
                queue.append(choice.next)
    return seen, reached


def _secrecy_and_figures(doc: YamlDocument, case: Case, what: str) -> list[Problem]:
    """A reply that promises secrecy, or quotes a population figure, must be marked as the mistake
    (``verdict: breaks``); a secrecy reply's feedback must name the promise."""
    problems: list[Problem] = []
    for i, node in enumerate(case.nodes):
        for j, choice in enumerate(node.choices):
            words = promises_secrecy(choice.text)
            if words and choice.verdict != "breaks":
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("nodes", i, "choices", j, "verdict")),
                        f"choice '{choice.id}' in node '{node.id}' promises secrecy (\"{words}\") in"
                        f" {what}, but is marked '{choice.verdict}'",
                        "mark it 'verdict: breaks': a promise of secrecy about suicide is a promise"
                        " the supporter cannot keep",
                    )
                )
            elif words and not re.search(r"secre|promise", choice.feedback, re.I):
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("nodes", i, "choices", j, "feedback")),
                        f"the feedback on choice '{choice.id}' in node '{node.id}' does not say why"
                        " the promise of secrecy is a mistake",
                        'name the promise in the feedback ("promise" or "secret") and say why'
                        " it cannot be kept",
                    )
                )
            if case.crisis and FIGURE.search(choice.text) and choice.verdict != "breaks":
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("nodes", i, "choices", j, "verdict")),
                        f"choice '{choice.id}' in node '{node.id}' reassures with a figure in a"
                        f" crisis case, but is marked '{choice.verdict}'",
                        "mark it 'verdict: breaks' and say in the feedback why a figure about many"
                        " people says nothing about this person's risk",
                    )
                )
    return problems


def check_touching_case(doc: YamlDocument, case: Case) -> list[Problem]:
    """The crisis rules for an ordinary case (not ``crisis: true``) from where it touches suicide.

    A planted risk signal may lead to a direct question about suicide on some paths only.
    From the first step that mentions suicide on: the content note names suicide; every
    ending that can be reached connects the person to support or says the supervisor is
    told; no ending, and no reply leading into an ending, promises secrecy; a reply that
    promises secrecy is marked ``breaks``; and support is linked only after listening.
    """
    touching = touching_nodes(case)
    if case.crisis or not touching:
        return []
    problems: list[Problem] = []
    if not (case.content_note and SUICIDE.search(case.content_note)):
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("content_note",)) if case.content_note else doc.line_of(("id",)),
                f"step '{touching[0]}' mentions suicide, but the case's content note does not",
                "name suicide in 'content_note:', so learners can choose to skip the case",
            )
        )
    steps, endings = reachable_from(case, touching)
    for i, ending in enumerate(case.endings):
        if ending.id not in endings:
            continue
        if not ending.connected_to_support and "supervisor" not in ending.text:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("endings", i, "id")),
                    f"ending '{ending.id}' can be reached after suicide is raised, but leaves the"
                    " person without support and the supervisor untold",
                    "say in the ending how the person is connected to support (and add"
                    " 'connected_to_support: true'), or that the supporter tells their supervisor",
                )
            )
        words = promises_secrecy(ending.text)
        if words:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("endings", i, "text")),
                    f"ending '{ending.id}' can be reached after suicide is raised, and closes on a"
                    f' promise of secrecy ("{words}")',
                    "rewrite the ending so that nothing is kept secret",
                )
            )
    for i, node in enumerate(case.nodes):
        if node.id not in steps:
            continue
        for j, choice in enumerate(node.choices):
            words = promises_secrecy(choice.text)
            if words and choice.next in endings:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("nodes", i, "choices", j, "next")),
                        f"choice '{choice.id}' in node '{node.id}' ends the case on a promise of"
                        f' secrecy ("{words}") after suicide is raised',
                        "lead it to a step where the supporter can take the promise back, never"
                        " straight to an ending",
                    )
                )
    problems += _secrecy_and_figures(doc, case, "a case that touches suicide")
    problems += _listening_problems(doc, case)
    return problems


def _listening_problems(doc: YamlDocument, case: Case) -> list[Problem]:
    problems = []
    for i, j, path in links_before_listening(case):
        node, choice = case.nodes[i], case.nodes[i].choices[j]
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("nodes", i, "choices", j, "moves")),
                f"choice '{choice.id}' in node '{node.id}' links the person to support before anyone has"
                f" listened: the path {' > '.join(path)} reaches it with no 'listens' reply marked"
                " 'follows' on the way",
                "put a step first where a 'follows' reply hears the person out, tagged 'moves:"
                " [listens]' (if the danger is immediate, tag the emergency call 'emergency' instead"
                " of 'links')",
            )
        )
    return problems


def check_crisis_case(doc: YamlDocument, case: Case) -> list[Problem]:
    """Problems that make a case unsafe to show: the rules of a ``crisis: true`` case, and
    those of an ordinary case from where it touches suicide (:func:`check_touching_case`)."""
    if not case.crisis:
        return check_touching_case(doc, case)
    problems: list[Problem] = []
    if case.content_note is None:
        problems.append(
            Problem(
                doc.file,
                doc.line_of(("crisis",)),
                "a crisis case needs a content note",
                "add a 'content_note:' line naming the topics, so learners can choose to skip it",
            )
        )
    endings = {e.id for e in case.endings}
    for i, node in enumerate(case.nodes):
        for j, choice in enumerate(node.choices):
            words = promises_secrecy(choice.text)
            if choice.next in endings and words:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(("nodes", i, "choices", j, "text")),
                        f"choice '{choice.id}' in node '{node.id}' ends this crisis case on a promise of"
                        f' secrecy ("{words}")',
                        "lead it to a step where the peer supporter can take the promise back and connect"
                        " the person to support, never straight to an ending",
                    )
                )
    problems += _listening_problems(doc, case)
    problems += _secrecy_and_figures(doc, case, "a crisis case")
    for i, ending in enumerate(case.endings):
        words = promises_secrecy(ending.text)
        if words:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("endings", i, "text")),
                    f"ending '{ending.id}' of this crisis case closes on a promise of secrecy (\"{words}\")",
                    "rewrite the ending so that nothing is kept secret and the person is connected to support",
                )
            )
        if not ending.connected_to_support:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("endings", i, "id")),
                    f"ending '{ending.id}' of this crisis case does not connect the person to support",
                    "in a crisis case every path ends with the person connected to support: say how in the"
                    " ending's text and add 'connected_to_support: true'",
                )
            )
    return problems
