"""Safety teaching in ordinary (non-crisis) cases: planted risk signals, medication, domestic violence.

Issue 11 asks that every fix be held by a test where one can be written, and issue 12
plants quiet signs of risk in ordinary cases. These tests ask the questions a
supervising trainer would: can the learner notice the sign, is suicide asked about
directly on the path that follows, does every path on which a person speaks of suicide
end with them connected to support and never on a promise of secrecy, and do the
medication and domestic violence cases offer the reply the issue asks for?
"""

from __future__ import annotations

import re

import pytest

from peerkit.content import Case
from peerkit.content._crisis_cases import promises_secrecy
from peerkit.practice import list_paths

SUICIDE = re.compile(r"\bsuicid\w*", re.I)

PLANTED_SIGNALS = [
    # (case, step where the sign is planted, words of the sign in the step's text)
    ("cs12-agenda-meets-loss", "signal", "I don't know what I'm"),
    ("cs13-two-sessions-left", "tenth-meeting", "I won't be needing it after next month"),
    ("cs13-two-sessions-left", "open-door", "That's when it gets bad"),
]
"""Quiet signs of risk planted in ordinary moments, as listed in the issue 12 report."""

DISCLOSURES = [("cs13-two-sessions-left", "owen-answers")]
"""Steps at which a person says they have had thoughts of suicide."""


def _case(library, case_id: str) -> Case:
    case = library.items[case_id]
    assert isinstance(case, Case)
    return case


def _endings_after(case: Case, node_id: str) -> dict[str, list[str]]:
    """Every ending reachable from ``node_id``, with the choice texts that enter it."""
    found: dict[str, list[str]] = {}
    endings = {e.id for e in case.endings}
    seen, stack = {node_id}, [node_id]
    while stack:
        node = case.node(stack.pop())
        for choice in node.choices:
            if choice.next in endings:
                found.setdefault(choice.next, []).append(choice.text)
            elif choice.next not in seen:
                seen.add(choice.next)
                stack.append(choice.next)
    return found


@pytest.mark.parametrize(("case_id", "node_id", "words"), PLANTED_SIGNALS)
def test_a_planted_sign_can_be_noticed_or_missed(library, case_id, node_id, words):
    """Is the sign in the step's text, with a right reply that asks about it and at least one kind-sounding miss?"""
    node = _case(library, case_id).node(node_id)
    assert node is not None and words in node.text
    verdicts = [c.verdict for c in node.choices]
    assert "follows" in verdicts
    assert {"breaks", "partial"} & set(verdicts)
    noticing = [c for c in node.choices if c.verdict == "follows"]
    assert all("?" in c.text for c in noticing), "noticing the sign means asking about it"


@pytest.mark.parametrize("case_id", sorted({c for c, _, _ in PLANTED_SIGNALS}))
def test_a_case_that_touches_suicide_says_so_and_asks_directly(library, case_id):
    """Does the case's content note name suicide, and does some right reply ask about it in plain words?"""
    case = _case(library, case_id)
    assert case.content_note and SUICIDE.search(case.content_note)
    direct = [
        c
        for n in case.nodes
        for c in n.choices
        if c.verdict == "follows"
        and re.search(r"thinking about suicide|thoughts of suicide", c.text)
    ]
    assert direct, "the path after a planted sign needs a reply that asks about suicide directly"


@pytest.mark.parametrize(("case_id", "node_id"), DISCLOSURES)
def test_after_a_disclosure_every_path_ends_connected_and_never_on_secrecy(
    library, case_id, node_id
):
    """Once the person has spoken of suicide, is every ending connected to support, with no secret kept?"""
    case = _case(library, case_id)
    after = _endings_after(case, node_id)
    assert after
    for ending_id, entering in after.items():
        ending = case.ending(ending_id)
        assert ending.connected_to_support, f"{ending_id} leaves the person without support"
        assert promises_secrecy(ending.text) is None
        assert all(promises_secrecy(text) is None for text in entering), ending_id


def test_the_promise_of_secrecy_in_cs13_is_a_mistake_that_can_be_taken_back(library):
    """Is agreeing to keep Owen's thoughts secret marked as breaking, and followed by a step that takes it back?"""
    case = _case(library, "cs13-two-sessions-left")
    secret = [c for n in case.nodes for c in n.choices if promises_secrecy(c.text)]
    assert secret and all(c.verdict == "breaks" for c in secret)
    for choice in secret:
        following = case.node(choice.next)
        assert following is not None, "a promise of secrecy must not end the case"
        assert any(c.verdict == "follows" for c in following.choices)


def test_the_medication_case_says_stopping_suddenly_is_risky_in_role(library):
    """Does cs08 have a right reply that says stopping suddenly can be risky and points to the prescriber?"""
    case = _case(library, "cs08-should-i-stop")
    lines = [
        c.text
        for n in case.nodes
        for c in n.choices
        if c.verdict == "follows" and re.search(r"\bsuddenly\b.*\brisky\b", c.text)
    ]
    assert lines and all("prescriber" in text for text in lines)
    kind_mistakes = {"trust-yourself", "best-thing"}
    first = case.node(case.start_id)
    assert {c.id for c in first.choices if c.verdict == "breaks"} >= kind_mistakes


def test_every_path_through_the_medication_case_is_free_of_dose_advice_marked_right(library):
    """Is no reply that tells Sam how to stop (cut down, taper, go slowly) ever marked as right?"""
    case = _case(library, "cs08-should-i-stop")
    for steps, _ending in list_paths(case).paths:
        for step in steps:
            choice = next(c for c in case.node(step.node).choices if c.id == step.choice)
            if re.search(r"cut down|taper|slowly|dose", choice.text, re.I):
                assert choice.verdict == "breaks", choice.id


def test_tomas_is_asked_whether_he_feels_safe_and_offered_services_for_men(library):
    """Does cs11 check, as a question, whether Tomás feels safe now, and say domestic violence services help men too?"""
    case = _case(library, "cs11-near-the-door")
    right = [c.text for n in case.nodes for c in n.choices if c.verdict == "follows"]
    assert any(re.search(r"feel safe", t) and t.rstrip().endswith("?") for t in right)
    assert any(re.search(r"help men too", t) for t in right)
    assert not re.search(r"\d{3}", " ".join(right)), "no phone numbers in case content"
