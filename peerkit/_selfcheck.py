"""Drive every exercise a notebook has shown through fresh widget views, in the live kernel.

A notebook's last code cell calls :func:`self_check`. It prints nothing when all
is well and raises :class:`SelfCheckError` (failing the nbval run) when a view
does not lead where its content says. It never touches the widgets the learner
is using: it builds new, undisplayed views of the same content.
"""

from __future__ import annotations

from html import escape

from markupsafe import escape as jinja_escape

from ._display import _session, new_view
from .content import Case, Item, Quiz, Sort
from .practice import VERDICT_LABELS, all_paths
from .static import render_item


class SelfCheckError(AssertionError):
    """An exercise did not behave as its content says."""


def _expect(condition: bool, item: Item, message: str) -> None:
    if not condition:
        raise SelfCheckError(f"{item.type} '{item.id}': {message}")


def _check_case(case: Case) -> int:
    paths = all_paths(case)
    _expect(bool(paths), case, "no path reaches an ending")
    for steps, ending_id in paths:
        view = new_view(case)
        for step in steps:
            outcome = view.choose(step.choice)
            feedback = view.feedback.value
            _expect('role="status"' in feedback, case, "feedback is not in a status region")
            _expect(VERDICT_LABELS[outcome.verdict] in feedback, case, "the verdict is not written out")
            _expect(escape(outcome.feedback) in feedback, case, f"feedback for '{step.choice}' is not shown")
        _expect(view.play.ending is not None and view.play.ending.id == ending_id, case,
                f"path {[s.choice for s in steps]} did not end at '{ending_id}'")
        if case.allow_back and steps:
            view.back_button.click()
            _expect(len(view.play.path) == len(steps) - 1, case, "'Go back' did not undo one step")
        if case.allow_restart:
            view.restart_button.click()
            _expect(not view.play.path and view.play.current_id == case.start_id, case, "'Start again' did not reset")
    return len(paths)


def _check_sort(sort: Sort) -> int:
    view = new_view(sort)
    for card in sort.cards:
        view.place(card.id, card.bins[0])
    result = view.check()
    _expect(result.score == result.total, sort, "the lesson's own answers do not score full marks")
    _expect(escape(result.summary) in view.feedback.value, sort, "the result is not shown")
    return len(sort.cards)


def _check_quiz(quiz: Quiz) -> int:
    view = new_view(quiz)
    for question in quiz.questions:
        right = [o.id for o in question.options if o.correct]
        result = view.answer(question.id, right)
        _expect(result.correct, quiz, f"the right answer to '{question.id}' is not accepted")
        _expect("Correct." in view.questions[question.id].feedback.value, quiz, "the result is not shown")
    return len(quiz.questions)


_CHECKS = {"case": _check_case, "sort": _check_sort, "quiz": _check_quiz}


def self_check() -> None:
    """Check every exercise shown so far in this kernel; silent when all work."""
    for shown in _session["shown"]:
        item = shown.item
        for edition in ("learner", "facilitator"):
            html = render_item(item, edition)
            _expect(str(jinja_escape(item.title)) in html, item, f"the {edition} static view has no title")
        check = _CHECKS.get(item.type)
        if check is not None:
            check(item)
