"""Warnings that help authors: choices whose length or position gives the answer away.

The fixtures in tests/content/warnings are valid content with one cue each (and a
lesson folder with none). ``peerkit validate`` prints warnings on stderr and still
exits 0; ``--strict`` makes them problems (stdout, exit 1), as ``make test`` runs it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from peerkit.cli import main
from peerkit.content import check_content, validate
from peerkit.content._cues import (
    LENGTH_LIMIT,
    Decision,
    lesson_of,
    position_cues,
)

WARNINGS = Path(__file__).parent / "content" / "warnings"
ROOT = Path(__file__).resolve().parent.parent

EXPECTED: dict[str, tuple[int, str]] = {
    "right-reply-much-longer.yaml": (
        12,
        "the right reply 'sent' at step 'start' is 2.95 times as long as the median wrong reply"
        " (84 characters against 28.5), so a learner can pick it by its length (the limit is 1.3)"
        " - shorten it, or give the wrong replies as much to say (aim for 0.8-1.2 times)",
    ),
    "right-option-much-longer.yaml": (
        14,
        "the right option 'how' at question 'open' is 2.93 times as long as the median wrong"
        " option (44 characters against 15), so a learner can pick it by its length (the limit"
        " is 1.3) - shorten it, or give the wrong options as much to say (aim for 0.8-1.2 times)",
    ),
    "lessons/08-one-position/first-case.yaml": (
        13,
        "option 1 is a right answer at 3 of the 4 scored decisions checked in lesson"
        " 08-one-position (75%; more than half, where a blind guess gets 33%); by file:"
        " first-case.yaml 2, first-quiz.yaml 1 - move some of these right answers to other"
        " positions so that no position holds more than half (handouts print the file order)",
    ),
}


def test_is_each_warning_fixture_in_the_table():
    """Does every fixture with a cue have its expected warning here (and vice versa)?"""
    found = {
        p.relative_to(WARNINGS).as_posix()
        for p in WARNINGS.rglob("*.yaml")
        if "09-no-cues" not in p.parts
    }
    assert found == set(EXPECTED) | {"lessons/08-one-position/first-quiz.yaml"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_does_the_fixture_get_its_one_warning_and_no_problem(name):
    """Is the cue one warning, on the right line, in plain words, and not a problem?"""
    target = WARNINGS / name
    if name.startswith("lessons/"):
        target = target.parent  # a position cue is about the whole lesson
    problems, warnings = check_content(target)
    assert problems == []
    assert validate(target) == []
    assert len(warnings) == 1, [str(w) for w in warnings]
    warning = warnings[0]
    line, message = EXPECTED[name]
    assert warning.file.endswith(f"tests/content/warnings/{name}")
    assert warning.line == line
    assert f"{warning.problem} - {warning.fix}" == message


def test_does_a_lesson_without_cues_get_no_warning():
    """Do right answers in varied places, no longer than the wrong ones, pass without a word?"""
    assert check_content(WARNINGS / "lessons" / "09-no-cues") == ([], [])


def test_does_one_file_of_a_lesson_count_only_its_own_decisions():
    """Checking one file alone, are the lesson's other files left out of the position count?"""
    problems, warnings = check_content(WARNINGS / "lessons/08-one-position/first-quiz.yaml")
    assert (problems, warnings) == ([], [])


# peerkit validate and --strict


def test_do_warnings_print_on_stderr_and_leave_exit_0(capsys):
    """Without --strict, are warnings file:line lines on stderr, with exit 0 and stdout empty?"""
    assert main(["validate", str(WARNINGS)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = [line for line in captured.err.splitlines() if ": warning: " in line]
    assert len(lines) == len(EXPECTED)
    for line in lines:
        assert re.match(r"^\S+\.yaml:\d+: warning: .+ - .+$", line), line
    assert "All content is valid (6 files checked), with 3 warnings" in captured.err


def test_does_strict_make_each_warning_a_problem_line_and_exit_1(capsys):
    """With --strict, is each warning one 'file:line: problem - fix' line on stdout, exit 1?"""
    assert main(["validate", "--strict", str(WARNINGS)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == len(EXPECTED)
    for name, (line, message) in EXPECTED.items():
        assert any(out.endswith(f"{name}:{line}: {message}") for out in lines), name
    assert "3 problems found." in captured.err


def test_does_strict_pass_content_without_cues(capsys):
    """Does --strict still exit 0, saying all is valid, when there is nothing to warn about?"""
    assert main(["validate", "--strict", str(WARNINGS / "lessons" / "09-no-cues")]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "All content is valid (2 files checked)." in captured.err


def test_do_problems_and_warnings_both_print_without_strict(tmp_path, capsys):
    """With a broken file beside a cue, is exit 1 with only the problem on stdout?"""
    (tmp_path / "longer.yaml").write_bytes((WARNINGS / "right-reply-much-longer.yaml").read_bytes())
    broken = ROOT / "tests" / "content" / "invalid" / "missing-feedback.yaml"
    (tmp_path / "broken.yaml").write_bytes(broken.read_bytes())
    assert main(["validate", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert [Path(line.split(":")[0]).name for line in captured.out.splitlines()] == ["broken.yaml"]
    assert "longer.yaml:12: warning: " in captured.err
    assert "1 problem found, with 1 warning" in captured.err


def test_does_make_test_validate_strictly_before_pytest():
    """Does the Makefile's test target run 'peerkit validate --strict' before the tests?"""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    strict = recipe.find("peerkit validate --strict")
    assert strict != -1, recipe
    assert strict < recipe.find("-m pytest")


# The definitions, shared with bench/item_cues.py


def test_is_a_right_option_at_exactly_the_limit_not_flagged():
    """Is 1.3 times the median wrong length allowed, and a little more flagged?"""
    at_limit = Decision("case", "c/n", ("x" * 13, "y" * 10, "z" * 10), (True, False, False))
    over = Decision("case", "c/n", ("x" * 14, "y" * 10, "z" * 10), (True, False, False))
    assert at_limit.ratio(0) == pytest.approx(LENGTH_LIMIT)
    assert at_limit.too_long() == []
    assert over.too_long() == [0]


def test_is_the_ratio_against_the_median_of_the_wrong_options():
    """Is a right option compared with the middle wrong length, not the shortest?"""
    step = Decision(
        "quiz", "q/1", ("a" * 12, "b" * 2, "c" * 10, "d" * 40), (True, False, False, False)
    )
    assert step.median_wrong() == 10
    assert step.too_long() == []
    assert Decision("case", "c/n", ("a", "b"), (True, True)).too_long() == []


def test_is_a_position_flagged_only_with_enough_decisions():
    """Do three decisions, all right at option 1, say nothing, while four of five do?"""
    first = Decision("case", "c/n", ("a", "b", "c"), (True, False, False))
    other = Decision("case", "c/m", ("a", "b", "c"), (False, True, False))
    assert position_cues([first] * 3) == []
    cues = position_cues([first] * 4 + [other])
    assert [(c.k, c.hits, c.total) for c in cues] == [(0, 4, 5)]


def test_is_half_of_the_decisions_not_most():
    """Is a position right at exactly half the decisions left alone ('most' is more than half)?"""
    first = Decision("case", "c/n", ("a", "b", "c"), (True, False, False))
    second = Decision("case", "c/m", ("a", "b", "c"), (False, True, False))
    third = Decision("case", "c/o", ("a", "b", "c"), (False, False, True))
    assert position_cues([first, first, second, third]) == []


def test_are_fair_steps_with_two_right_replies_not_flagged():
    """With two right replies of three at every step, spread evenly, is no position flagged?"""
    steps = [
        Decision("case", "c/1", ("a", "b", "c"), (True, True, False)),
        Decision("case", "c/2", ("a", "b", "c"), (False, True, True)),
        Decision("case", "c/3", ("a", "b", "c"), (True, False, True)),
    ] * 2
    assert position_cues(steps) == []
    always_first = [Decision("case", "c/1", ("a", "b", "c"), (True, True, False))] * 4
    assert [c.k for c in position_cues(always_first)] == [0, 1]


def test_is_the_lesson_found_from_the_path():
    """Is a file's lesson the folder under 'lessons', and none for files outside lessons?"""
    assert lesson_of("data/lessons/01-building-trust/cs01.yaml") == "01-building-trust"
    assert lesson_of("data/shared/scope.yaml") is None
    assert lesson_of("data/lessons/loose.yaml") is None
