"""Crisis cases (crisis: true): every path ends with the person connected to support, never on secrecy.

In a crisis branch no path may end with the person left alone or with the peer
supporter promising to keep it secret. These tests walk the
graph of every crisis case in data/ themselves, and check that validation
refuses a crisis case that breaks either rule.
"""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path

import pytest

from peerkit.content import Case, load_library, validate
from peerkit.content._crisis_cases import links_before_listening, promises_secrecy
from peerkit.practice import list_paths
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
    paths = list_paths(case).paths
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
                "      - id: same-time\n        text: >-\n          Thank you for telling me all this.",
                "      - id: same-time\n        text: >-\n          Okay. It stays between us. Thank you for telling me all this.",
            ),
            [
                "choice 'same-time' in node 'promised' ends this crisis case on a promise of secrecy (\"stays between us\")",
                "the feedback on choice 'same-time' in node 'promised' does not say why the promise of"
                " secrecy is a mistake",
            ],
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
    assert [p.problem for p in problems] == (message if isinstance(message, list) else [message])
    assert Path(problems[0].file).name == "cs04-broken.yaml"


# --- listening before linking (issue 11, point 9) ---------------------------------------


def _case(nodes: list[dict], endings: list[str]) -> Case:
    """A small crisis case from (node id, [(choice id, verdict, moves, next)]) entries."""
    return Case.model_validate(
        {
            "schema_version": 1,
            "type": "case",
            "id": "walk",
            "title": "Walk",
            "crisis": True,
            "content_note": "Thoughts of suicide.",
            "setting": "A meeting.",
            "nodes": [
                {
                    "id": node_id,
                    "text": "They speak.",
                    "choices": [
                        {
                            "id": choice_id,
                            "text": "A reply.",
                            "verdict": verdict,
                            "feedback": "Why.",
                            "moves": moves,
                            "next": target,
                        }
                        for choice_id, verdict, moves, target in choices
                    ],
                }
                for node_id, choices in nodes
            ],
            "endings": [
                {
                    "id": e,
                    "title": e,
                    "text": "Connected.",
                    "outcome": "helpful",
                    "connected_to_support": True,
                }
                for e in endings
            ],
        }
    )


@pytest.mark.parametrize("case_id", CRISIS_CASES)
def test_every_crisis_case_listens_before_it_links(case_id, library):
    """Does every crisis case tag its right replies, and does every path hear the person out before a right reply links them to support?"""
    case = library.items[case_id]
    right = [c for n in case.nodes for c in n.choices if c.verdict == "follows"]
    assert any({"links", "emergency"} & set(c.moves) for c in right), (
        "no right reply is tagged links"
    )
    assert any("listens" in c.moves for c in right), "no right reply is tagged listens"
    assert links_before_listening(case) == []


def test_the_listening_walk_finds_a_path_that_links_first():
    """Is a right reply that links, reached with no listening on the way, found with its path, even when only a mistaken reply takes that way?"""
    straight = _case(
        [
            (
                "start",
                [
                    ("ask", "follows", ["asks-directly"], "answer"),
                    ("cheer", "breaks", [], "answer"),
                ],
            ),
            ("answer", [("call", "follows", ["links"], "done"), ("wait", "breaks", [], "done")]),
        ],
        ["done"],
    )
    assert links_before_listening(straight) == [(1, 0, ["start", "answer"])]
    heard = _case(
        [
            (
                "start",
                [("hear", "follows", ["listens"], "answer"), ("cheer", "breaks", [], "answer")],
            ),
            ("answer", [("call", "follows", ["links"], "done"), ("wait", "breaks", [], "done")]),
        ],
        ["done"],
    )
    # The breaking reply also reaches 'answer' without listening: that path is the one reported.
    assert links_before_listening(heard) == [(1, 0, ["start", "answer"])]


def test_the_listening_walk_accepts_every_heard_path_and_emergency_calls():
    """Are links after a right 'listens' reply, partial replies that link, and emergency calls all left alone (and loops walked once)?"""
    case = _case(
        [
            (
                "start",
                [
                    ("hear", "follows", ["listens"], "middle"),
                    ("card", "partial", ["links"], "done"),
                ],
            ),
            ("middle", [("call", "follows", ["links"], "done"), ("back", "breaks", [], "start")]),
            (
                "door",
                [("emergency", "follows", ["emergency"], "done"), ("go", "breaks", [], "done")],
            ),
        ],
        ["done"],
    )
    # 'door' is unreachable here; give it a way in that has not listened, to show emergency calls wait for nothing.
    data = case.model_dump(mode="json")
    data["nodes"][0]["choices"][1]["next"] = "door"
    assert links_before_listening(Case.model_validate(data)) == []
    assert links_before_listening(case) == []


def test_a_reply_that_listens_and_links_at_once_does_not_count_as_listening_first():
    """Does one reply tagged both listens and links still need an earlier listening step?"""
    case = _case(
        [
            (
                "start",
                [("both", "follows", ["listens", "links"], "done"), ("no", "breaks", [], "done")],
            )
        ],
        ["done"],
    )
    assert links_before_listening(case) == [(0, 0, ["start"])]


def test_validation_refuses_the_real_plan_case_once_its_listening_is_untagged(tmp_path):
    """If CS-04's first right reply no longer listens, does validate name the right reply that now links first, with file:line?"""
    source = DATA / "lessons" / "05-difficult-conversations" / "cs04-plan-and-secrecy.yaml"
    text = source.read_text(encoding="utf-8")
    old = "        moves: [listens]\n        sources: [S000-23, S000-32, S003-18]"
    assert text.count(old) == 1
    broken = tmp_path / "cs04-broken.yaml"
    broken.write_text(
        text.replace(old, "        sources: [S000-23, S000-32, S003-18]"), encoding="utf-8"
    )
    problems = validate(broken)
    assert [p.problem.split(":")[0] for p in problems] == [
        "choice 'line-together' in node 'alex-talks' links the person to support before anyone has listened",
    ]
    assert "the path decided > alex-talks reaches it" in problems[0].problem
    lines = broken.read_text(encoding="utf-8").splitlines()
    assert lines[problems[0].line - 1].strip() == "moves: [links]"


# --- reassurance (issue 11, point 5) ------------------------------------------------------

FIGURE = re.compile(r"\d|\bin (?:a|every) hundred\b|\bper ?cent\b|%", re.I)


@pytest.mark.parametrize("case_id", CRISIS_CASES)
def test_no_right_reply_reassures_with_a_population_figure(case_id, library):
    """In a crisis case, is no reply that quotes a figure marked right or partial, and does its feedback say which region the figure is about?"""
    case = library.items[case_id]
    for node in case.nodes:
        for choice in node.choices:
            if FIGURE.search(choice.text):
                assert choice.verdict == "breaks", choice.id
                assert "United States" in choice.feedback, choice.id


def test_the_plan_case_shows_the_figure_as_the_mistake(library):
    """Does CS-04 offer the population figure as a kind-sounding mistake, to a person with a plan, and say why it misleads?"""
    case = library.items["cs04-plan-and-secrecy"]
    quoting = [c for n in case.nodes for c in n.choices if FIGURE.search(c.text)]
    assert [c.id for c in quoting] == ["rare-figure"]
    assert "SRC-13" in quoting[0].references
    assert "says nothing about Alex" in quoting[0].feedback


def test_validation_refuses_a_figure_or_a_secret_marked_right_in_a_crisis_case(tmp_path):
    """If CS-04's population figure were marked partial, would validate name it at its verdict?"""
    source = DATA / "lessons" / "05-difficult-conversations" / "cs04-plan-and-secrecy.yaml"
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if "- id: rare-figure" in line)
    verdict = next(i for i in range(at, len(lines)) if "verdict: breaks" in lines[i])
    lines[verdict] = lines[verdict].replace("breaks", "partial")
    broken = tmp_path / "cs04-broken.yaml"
    broken.write_text("".join(lines), encoding="utf-8")
    [problem] = validate(broken)
    assert problem.problem == (
        "choice 'rare-figure' in node 'fear-of-police' reassures with a figure in a crisis case,"
        " but is marked 'partial'"
    )
    assert problem.line == verdict + 1
