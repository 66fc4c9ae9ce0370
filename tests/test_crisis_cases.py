"""Crisis cases (crisis: true): every path ends with the person connected to support, never on secrecy.

SPEC 4.2 and R-01: in a crisis branch no path may end with the person left alone
or with the peer supporter promising to keep it secret. These tests walk the
graph of every crisis case in data/ themselves, and check that validation
refuses a crisis case that breaks either rule.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest

from peerkit.content import Case, load_library, validate
from peerkit.content._crisis import promises_secrecy
from peerkit.practice import all_paths
from tests.conftest import DATA

CRISIS_CASES = sorted(
    item.id for item in load_library(DATA).items.values() if isinstance(item, Case) and item.crisis
)


def walk(case: Case) -> tuple[set[str], list[tuple[str, str, str]]]:
    """The endings reachable from the start, and every (node, choice, ending) step that enters one."""
    endings = {e.id for e in case.endings}
    seen, queue = {case.start_id}, deque([case.start_id])
    reached: set[str] = set()
    entering: list[tuple[str, str, str]] = []
    while queue:
        node = case.node(queue.popleft())
        assert node is not None
        for choice in node.choices:
            if choice.next in endings:
                reached.add(choice.next)
                entering.append((node.id, choice.id, choice.next))
            elif choice.next not in seen:
                seen.add(choice.next)
                queue.append(choice.next)
    return reached, entering


def crisis_problems(case: Case) -> list[str]:
    """Everything that would make ``case`` unsafe as a crisis case, found by walking its graph."""
    problems = []
    reached, entering = walk(case)
    for ending_id in sorted(reached):
        ending = case.ending(ending_id)
        if not ending.connected_to_support:
            problems.append(f"ending '{ending_id}' leaves the person without support")
        if promises_secrecy(ending.text):
            problems.append(f"ending '{ending_id}' promises secrecy")
    for node_id, choice_id, ending_id in entering:
        choice = next(c for c in case.node(node_id).choices if c.id == choice_id)
        if promises_secrecy(choice.text):
            problems.append(
                f"choice '{choice_id}' in '{node_id}' promises secrecy and ends the case at '{ending_id}'"
            )
    return problems


def test_the_course_has_crisis_cases(library):
    """Are the suicide-crisis cases of lesson 05 (CS-03, CS-04) marked crisis: true, so the rules apply to them?"""
    assert {"cs03-better-off-without-me", "cs04-plan-and-secrecy"} <= set(CRISIS_CASES)
    assert all(library.items[case_id].content_note for case_id in CRISIS_CASES)


@pytest.mark.parametrize("case_id", CRISIS_CASES)
def test_every_path_ends_connected_and_never_on_secrecy(case_id, library):
    """Walking the case from its start, is every reachable ending connected to support, with no secrecy on the way in?"""
    case = library.items[case_id]
    reached, _ = walk(case)
    assert reached == {e.id for e in case.endings}
    assert crisis_problems(case) == []


@pytest.mark.parametrize("case_id", CRISIS_CASES)
def test_every_complete_path_agrees_with_the_walk(case_id, library):
    """Does every full path a learner can take (as the widgets play it) finish at a connected ending?"""
    case = library.items[case_id]
    paths = all_paths(case)
    assert paths
    for steps, ending_id in paths:
        assert case.ending(ending_id).connected_to_support, [s.choice for s in steps]
        last = steps[-1]
        last_choice = next(c for c in case.node(last.node).choices if c.id == last.choice)
        assert promises_secrecy(last_choice.text) is None


@pytest.mark.parametrize("case_id", CRISIS_CASES)
def test_a_promise_of_secrecy_is_always_marked_as_breaking(case_id, library):
    """Is every reply that promises secrecy in a crisis case given the verdict 'breaks', with feedback saying why?"""
    case = library.items[case_id]
    promising = [c for n in case.nodes for c in n.choices if promises_secrecy(c.text)]
    for choice in promising:
        assert choice.verdict == "breaks", choice.id
        assert "secre" in choice.feedback.lower() or "promise" in choice.feedback.lower(), choice.id


def test_the_plan_case_calls_emergency_services_when_danger_is_immediate(library):
    """Does CS-04 show calling local emergency services, per protocol, when the danger is immediate?"""
    case = library.items["cs04-plan-and-secrecy"]
    immediate = [n for n in case.nodes if "immediate danger" in n.prompt.lower()]
    assert immediate
    right = [c for n in immediate for c in n.choices if c.verdict == "follows"]
    assert any("emergency services" in c.text and "procedure" in c.text for c in right)
    assert any("SRC-13" in c.references for n in case.nodes for c in n.choices)
    assert any(
        promises_secrecy(c.text) for n in case.nodes for c in n.choices
    )  # the brief's reply (A) is there


def test_the_walk_can_fail(library):
    """Would the walk catch an ending left without support, and a promise of secrecy that leads into an ending?"""
    case = library.items["cs03-better-off-without-me"]
    data = case.model_dump(mode="json")
    data["endings"][0]["connected_to_support"] = False
    data["nodes"][0]["choices"][0]["text"] = "Don't worry, I won't tell anyone."
    data["nodes"][0]["choices"][0]["next"] = data["endings"][1]["id"]
    broken = Case.model_validate(data)
    first, second = data["endings"][0]["id"], data["endings"][1]["id"]
    node, choice = data["nodes"][0]["id"], data["nodes"][0]["choices"][0]["id"]
    assert crisis_problems(broken) == [
        f"ending '{first}' leaves the person without support",
        f"choice '{choice}' in '{node}' promises secrecy and ends the case at '{second}'",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I promise I won't tell anyone. Let's talk it through.",
        "Don't worry, I won't tell anyone.",
        "Whatever you tell me stays here.",
        "No, nothing you tell me ever leaves this room.",
        "Okay. I'll keep it between us for now.",
        "It'll stay between us.",
        "Your secret is safe with me.",
        "I promise not to say anything.",
    ],
)
def test_promises_of_secrecy_are_recognised(text):
    """Are the usual wordings of a promise of secrecy recognised?"""
    assert promises_secrecy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Because your life matters, I can't keep it between us.",
        "I can't promise I won't tell anyone, but I will always tell you first.",
        "I won't be able to keep that between us.",
        "I'm not going to keep this from you, or act behind your back.",
        "Let's stay here together while we call.",
        "I'm going to stay with you while we contact the crisis line together.",
        "I care about what happens to you too much to keep this to myself.",
    ],
)
def test_honest_refusals_are_not_mistaken_for_promises(text):
    """Are honest refusals to keep a secret (what a good reply says) left alone?"""
    assert promises_secrecy(text) is None


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            (
                "    connected_to_support: true\n    text: |\n      You and Alex call",
                "    text: |\n      You and Alex call",
            ),
            "ending 'call-together' of this crisis case does not connect the person to support",
        ),
        (
            (
                "      - id: same-time\n        text: Okay. Same time next week, then?",
                "      - id: same-time\n        text: Okay. It stays between us. Same time next week, then?",
            ),
            "choice 'same-time' in node 'promised' ends this crisis case on a promise of secrecy (\"stays between us\")",
        ),
    ],
)
def test_a_crisis_case_breaking_the_rules_is_not_valid(edit, message, tmp_path):
    """Does validation refuse the real CS-04 once one ending is left unconnected, or a secret leads into an ending?"""
    source = DATA / "lessons" / "05-difficult-conversations" / "cs04-plan-and-secrecy.yaml"
    old, new = edit
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1
    broken = tmp_path / "cs04-broken.yaml"
    broken.write_text(text.replace(old, new), encoding="utf-8")
    assert validate(source) == []
    problems = validate(broken)
    assert [p.problem for p in problems] == [message]
    assert Path(problems[0].file).name == "cs04-broken.yaml"
