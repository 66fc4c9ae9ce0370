"""Valid cases of any size: walked without recursion, counted without listing, checked within bounds.

A case with 26 two-way decisions in a row has 2**26 paths; a case of 1,500 steps is
deeper than Python's recursion limit. Both are valid content, and neither may hang
the view checks or the answer key, or raise RecursionError.
"""

from __future__ import annotations

import pytest

from peerkit.api import REGISTRY
from peerkit.content import Case
from peerkit.content._yaml import YamlDocument, parse_yaml
from peerkit.practice import CasePlay, count_paths, covering_walks, list_paths
from peerkit.static._render import KEY_PATHS, case_paths
from tests.bench_scripts import load_bench

robustness = load_bench("robustness")


def _case(text: str) -> Case:
    doc, problems = parse_yaml(text, YamlDocument("case.yaml", None))
    assert problems == []
    return Case.model_validate(doc.data)


@pytest.fixture(scope="module")
def wide() -> Case:
    return _case(robustness.wide_case(26))


@pytest.fixture(scope="module")
def long() -> Case:
    return _case(robustness.long_case(1500))


def test_paths_are_counted_without_listing_them(wide):
    """Is a case with 26 two-way decisions counted exactly, at once?"""
    assert count_paths(wide) == 2**26


def test_listing_stops_at_its_limit_and_says_so(wide):
    listed = list_paths(wide, limit=100)
    assert len(listed.paths) == 100 and not listed.complete and listed.total == 2**26
    assert all(len(steps) == 26 and end == "done" for steps, end in listed.paths)


def test_a_very_long_case_is_walked_without_recursion(long):
    """Does a 1,500-step case give its two loop-free paths instead of RecursionError?"""
    listed = list_paths(long)
    assert listed.complete and listed.total == 2
    assert sorted(len(steps) for steps, _ in listed.paths) == [1, 1500]


def test_a_looping_case_is_counted_by_walking_within_a_budget(long):
    assert count_paths(long) == 2
    assert count_paths(long, budget=10) is None


def test_covering_walks_take_every_reply(wide, long):
    """Do the walks used for big cases take every reply of every step, and end at an ending?"""
    for case in (wide, long):
        taken = set()
        for steps, ending in covering_walks(case):
            play = CasePlay(case)
            for step in steps:
                play.choose(step.choice)
                taken.add((step.node, step.choice))
            assert play.ending is not None and play.ending.id == ending
        assert taken == {(n.id, c.id) for n in case.nodes for c in n.choices}


@pytest.mark.parametrize("name", ["wide", "long"])
def test_the_case_check_finishes_on_a_huge_case(name, request):
    """Does the check of a huge case play through the widget and pass? (Each choice costs the
    same on a path of any length: "long" took 14 s when the view replayed the whole path at
    every choice, and takes about 1 s now.)"""
    case = request.getfixturevalue(name)
    assert REGISTRY["case"].check(case, REGISTRY["case"]) >= 1


def test_the_answer_key_lists_the_first_paths_and_gives_the_total(wide):
    """Does the answer key list 200 paths of 67,108,864, and say so, instead of hanging?"""
    listed = case_paths(wide)
    assert len(listed.rows) == KEY_PATHS
    assert listed.note == (
        "This case has 67,108,864 different paths from the start to an ending, too many to list:"
        " the first 200 are listed here. The case above shows every reply with its verdict and"
        " feedback."
    )


def test_a_small_case_keeps_every_path_and_no_note(library):
    case = library.items["cs01-sent-not-chosen"]
    listed = case_paths(case)
    assert listed.note is None
    assert len(listed.rows) == count_paths(case) == len(list_paths(case).paths)


def test_a_step_with_more_than_ten_replies_shows_its_path(library):
    """Does the live view name the 11th reply of a step (it used to fail past the tenth)?"""
    from peerkit.api import new_view

    text = robustness.CASE_HEAD.format(id="many-replies", title="Many replies") + "nodes:\n"
    text += "  - id: start\n    text: A moment.\n    choices:\n"
    text += "".join(robustness._choice(f"r{i}", "partial", "done") for i in range(12))
    text += "endings:\n  - id: done\n    title: The end\n    outcome: mixed\n    text: Done.\n"
    view = new_view(_case(text))
    view.choose("r10")
    assert "decision 1: reply K (partly follows the principle)" in view.path_summary.value
