"""Ordinary cases that touch suicide on some paths keep the crisis rules from that point on.

Issue 12 plants risk signals in ordinary cases (for example Dev's "that's when it gets
bad" in cs02, Priya's "what's the point of any of it" in cs05): noticing the signal is
one of the choices, and the path that follows may reach a direct question about
suicide. Such a case is not ``crisis: true`` (its other paths end in ordinary ways), so
``peerkit validate`` holds the part that touches suicide to the crisis rules
(``peerkit/content/_crisis_cases.py``, :func:`check_touching_case`): a content note that names
it; no promise of secrecy that is not marked as breaking, nor one that leads into an
ending; a right reply that links the person to support only after one that listened
(``moves:``); and every ending reachable from there either connected to support or saying
that the supervisor is told, so that nobody is left alone with it. These tests check the
course's own cases against the same walk, and that validate names each broken rule.
"""

from __future__ import annotations

import pytest
import yaml

from peerkit.content import Case, load_library, validate
from peerkit.content._crisis_cases import (
    SUICIDE,
    check_touching_case,
    links_before_listening,
    promises_secrecy,
    reachable_from,
    touching_nodes,
)
from tests.conftest import DATA

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
    """What validate finds wrong with ``case`` from where it touches suicide."""
    from peerkit.content._yaml import YamlDocument

    return [p.problem for p in check_touching_case(YamlDocument("case.yaml", None), case)]


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
        "ending 'reached-later' can be reached after suicide is raised, but leaves the person"
        " without support and the supervisor untold" in found
    )
    assert any("promise of secrecy" in problem for problem in found)


def test_validate_names_each_broken_rule_with_its_line(tmp_path):
    """Would validate refuse a copy of cs02 whose content note leaves out suicide, whose secrecy
    reply is marked right, and whose support reply comes before any listening, each at its line?"""
    source = DATA / "lessons" / "01-building-trust" / "cs02-drank-again.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["content_note"] = "This case involves a return to drinking."
    start = next(n for n in data["nodes"] if n["id"] == data.get("start", data["nodes"][0]["id"]))
    start["choices"][0]["text"] = (
        "Whatever you tell me, I won't tell anyone. Are you thinking about suicide?"
    )
    start["choices"][0]["verdict"] = "follows"
    start["choices"][0]["moves"] = ["links"]
    broken = tmp_path / "cs02-broken.yaml"
    broken.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    problems = validate(broken)
    text = [p.problem for p in problems]
    assert any("mentions suicide, but the case's content note does not" in t for t in text), text
    assert any("promises secrecy" in t and "but is marked 'follows'" in t for t in text), text
    assert any("links the person to support before anyone has listened" in t for t in text), text
    lines = broken.read_text(encoding="utf-8").splitlines()
    for problem in problems:
        assert 1 <= problem.line <= len(lines) and problem.file.endswith("cs02-broken.yaml")
