"""Ordinary cases that touch suicide on some paths keep the crisis rules from that point on.

Issue 12 plants risk signals in ordinary cases (for example Dev's "that's when it gets
bad" in cs02, Priya's "what's the point of any of it" in cs05): noticing the signal is
one of the choices, and the path that follows may reach a direct question about
suicide. Such a case is not ``crisis: true`` (its other paths end in ordinary ways), so
these tests hold the part that touches suicide to the crisis rules: a content note that
names it; no promise of secrecy that is not marked as breaking, nor one that leads into
an ending; a right reply that links the person to support only after one that listened
(``moves:``, as validation checks for crisis cases); and every ending reachable from
there either connected to support or saying that the supervisor is told, so that
nobody is left alone with it.
"""

from __future__ import annotations

import re
from collections import deque

import pytest

from peerkit.content import Case, load_library
from peerkit.content._crisis import links_before_listening, promises_secrecy
from tests.conftest import DATA

SUICIDE = re.compile(r"\bsuicid", re.I)


def touching_nodes(case: Case) -> list[str]:
    """Ids of the steps whose text or replies mention suicide."""
    return [
        node.id
        for node in case.nodes
        if SUICIDE.search(node.text) or any(SUICIDE.search(c.text) for c in node.choices)
    ]


def reachable_from(case: Case, starts: list[str]) -> tuple[set[str], set[str]]:
    """The steps and the endings that can be reached from ``starts``."""
    endings = {e.id for e in case.endings}
    seen, queue = set(starts), deque(starts)
    reached: set[str] = set()
    while queue:
        node = case.node(queue.popleft())
        for choice in node.choices:
            if choice.next in endings:
                reached.add(choice.next)
            elif choice.next not in seen:
                seen.add(choice.next)
                queue.append(choice.next)
    return seen, reached


ORDINARY_TOUCHING = sorted(
    item.id
    for item in load_library(DATA).items.values()
    if isinstance(item, Case) and not item.crisis and touching_nodes(item)
)


def test_the_course_has_a_planted_risk_signal():
    """Does at least one ordinary case (cs02) reach a question about suicide from a planted signal?"""
    assert "cs02-drank-again" in ORDINARY_TOUCHING


@pytest.mark.parametrize("case_id", ORDINARY_TOUCHING)
def test_the_content_note_names_suicide(case_id, library):
    """Does the case's content note say that it touches suicide, so learners can choose to skip it?"""
    note = library.items[case_id].content_note
    assert note and SUICIDE.search(note)


def unsafe_after_suicide(case: Case) -> list[str]:
    """What breaks the crisis rules once a path has touched suicide: unconnected endings, secrecy."""
    problems = []
    steps, endings = reachable_from(case, touching_nodes(case))
    for ending_id in sorted(endings):
        ending = case.ending(ending_id)
        if not ending.connected_to_support and "supervisor" not in ending.text:
            problems.append(
                f"ending '{ending_id}' leaves the person without support and the supervisor untold"
            )
        if promises_secrecy(ending.text):
            problems.append(f"ending '{ending_id}' promises secrecy")
    for node_id in sorted(steps):
        for choice in case.node(node_id).choices:
            if choice.next in endings and promises_secrecy(choice.text):
                problems.append(
                    f"'{choice.id}' in '{node_id}' ends the case on a promise of secrecy"
                )
    return problems


@pytest.mark.parametrize("case_id", ORDINARY_TOUCHING)
def test_every_ending_after_suicide_is_raised_is_connected(case_id, library):
    """From the first mention of suicide on, is every reachable ending connected to support, never on secrecy?"""
    case = library.items[case_id]
    assert reachable_from(case, touching_nodes(case))[1]
    assert unsafe_after_suicide(case) == []


@pytest.mark.parametrize("case_id", ORDINARY_TOUCHING)
def test_support_is_linked_only_after_listening(case_id, library):
    """Is every right reply tagged 'links' reached, on every path, only after a right reply that 'listens'?"""
    case = library.items[case_id]
    assert any("links" in c.moves for n in case.nodes for c in n.choices if c.verdict == "follows")
    assert links_before_listening(case) == []


@pytest.mark.parametrize("case_id", ORDINARY_TOUCHING)
def test_a_promise_of_secrecy_is_marked_as_breaking(case_id, library):
    """Is every reply that promises secrecy marked 'breaks', with feedback that names the promise?"""
    case = library.items[case_id]
    for node in case.nodes:
        for choice in node.choices:
            if promises_secrecy(choice.text):
                assert choice.verdict == "breaks", choice.id
                assert "promise" in choice.feedback.lower() or "secre" in choice.feedback.lower()


def test_the_planted_signal_can_be_noticed(library):
    """In cs02, is asking about 'that's when it gets bad' a right reply that leads to the direct question?"""
    case = library.items["cs02-drank-again"]
    signal = next(n for n in case.nodes if "when it gets bad" in n.text)
    noticing = [c for c in signal.choices if c.verdict == "follows"]
    assert noticing and all("night" in c.text.lower() for c in noticing)
    next_steps = {c.next for c in noticing}
    assert any(
        any(SUICIDE.search(c.text) and c.verdict == "follows" for c in case.node(n).choices)
        for n in next_steps
    )


def test_the_check_can_fail(library):
    """Would an unconnected ending, or a promise of secrecy leading into an ending, be caught?"""
    case = library.items["cs02-drank-again"]
    data = case.model_dump(mode="json")
    data["endings"] = [
        {**e, "connected_to_support": False, "text": "Dev leaves, and nobody hears of it."}
        if e["id"] == "reached-later"
        else e
        for e in data["endings"]
    ]
    brushed = next(n for n in data["nodes"] if n["id"] == "brushed")
    leaving = next(c for c in brushed["choices"] if c["next"] == "reached-later")
    leaving["text"] = "Okay. I won't tell anyone. Get some rest."
    found = unsafe_after_suicide(Case.model_validate(data))
    assert (
        "ending 'reached-later' leaves the person without support and the supervisor untold"
        in found
    )
    assert any("promise of secrecy" in problem for problem in found)
