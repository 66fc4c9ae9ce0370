"""Rules for crisis cases (``crisis: true``): every path ends with the person connected to support.

SPEC 4.2 and R-01: in a crisis branch no path may end with the person left
alone or with the peer supporter promising to keep it secret, and the case
opens with a content note. A learner may still pick a harmful reply, and see
why it harms, but the case must carry on to a step where support is reached.

:func:`promises_secrecy` recognises the usual wordings of a promise of secrecy
("I won't tell anyone", "whatever you say stays here") and leaves alone the
honest refusals a good reply makes ("I can't keep this between us").

Listening before linking (issue 11): a reply marked right for connecting the
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


def check_crisis_case(doc: YamlDocument, case: Case) -> list[Problem]:
    """Problems that make a ``crisis: true`` case unsafe to show (none for other cases)."""
    if not case.crisis:
        return []
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
