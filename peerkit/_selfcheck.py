"""Drive every exercise a notebook has shown through fresh widget views, in the live kernel.

A notebook's last code cell calls :func:`self_check`. It prints nothing when all
is well and raises :class:`SelfCheckError` (failing the nbval run) when a view
does not lead where its content says. It never touches the widgets the learner
is using: it builds new, undisplayed views of the same content.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from html import escape

from markupsafe import escape as jinja_escape

from ._display import _session, new_view
from .content import Case, Disclosure, Figure, Item, Journal, Quiz, Rewrite, Sort
from .journal import Entry, JournalPrompt, Keeper
from .practice import VERDICT_LABELS, Step, covering_walks, list_paths
from .static import render_item


class SelfCheckError(AssertionError):
    """An exercise did not behave as its content says."""


def _expect(condition: bool, item: Item, message: str) -> None:
    if not condition:
        raise SelfCheckError(f"{item.type} '{item.id}': {message}")


PATHS_CHECKED = 256
"""A case with at most this many paths has every path played; a larger one has walks that
take every reply at least once (a case can have millions of paths: 2**26 for 26 two-way
decisions)."""


def _case_walks(case: Case) -> list[tuple[tuple[Step, ...], str]]:
    """Every path, when there are few; else walks that between them take every reply."""
    listed = list_paths(case, limit=PATHS_CHECKED)
    if listed.complete:
        return list(listed.paths)
    return covering_walks(case)


def _check_case(case: Case) -> int:
    paths = _case_walks(case)
    _expect(bool(paths), case, "no path reaches an ending")
    # One view walks every path, starting again between paths (which is checked below):
    # a fresh view per path opened thousands of widgets in a long case and stalled Voila.
    view = None
    for steps, ending_id in paths:
        if view is None or not case.allow_restart:
            view = new_view(case)
        for step in steps:
            outcome = view.choose(step.choice)
            feedback = view.feedback.value
            _expect('role="status"' in feedback, case, "feedback is not in a status region")
            _expect(
                VERDICT_LABELS[outcome.verdict] in feedback, case, "the verdict is not written out"
            )
            _expect(
                escape(outcome.feedback) in feedback,
                case,
                f"feedback for '{step.choice}' is not shown",
            )
        _expect(
            view.play.ending is not None and view.play.ending.id == ending_id,
            case,
            f"path {[s.choice for s in steps]} did not end at '{ending_id}'",
        )
        if case.allow_back and steps:
            view.back_button.click()
            _expect(len(view.play.path) == len(steps) - 1, case, "'Go back' did not undo one step")
        if case.allow_restart:
            view.restart_button.click()
            _expect(
                not view.play.path and view.play.current_id == case.start_id,
                case,
                "'Start again' did not reset",
            )
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
        _expect(
            "Correct." in view.questions[question.id].feedback.value,
            quiz,
            "the result is not shown",
        )
    return len(quiz.questions)


POOR_REPLY = "Why did you let it get this bad? You should just cheer up. It's not that bad."
"""A reply that breaks several principles at once: the coach must find something to reconsider."""

POOR_SHARING = (
    "I went through the exact same thing, only I had it much worse than you, because I overdosed twice"
    " and nobody came. You should do exactly what I did and cut everyone off, like I did. That is the"
    " only thing that works, and I have told lots of people the same thing over and over for years now."
)
"""Sharing that misses every point the words can show: long, comparing, assuming, detailed, no
question back, no permission, no hope."""

CRISIS_TEXT = "Honestly I can't go on like this anymore."
"""Words that must bring up the crisis-resources panel instead of coaching."""


def _check_rewrite(rewrite: Rewrite) -> int:
    for answer in rewrite.model_answers:
        view = new_view(rewrite)
        result = view.get_feedback(answer.text)
        feedback = view.feedback.value
        _expect('role="status"' in feedback, rewrite, "feedback is not in a status region")
        _expect(
            result.coached and escape(result.summary) in feedback,
            rewrite,
            "a model answer gets no feedback",
        )
        for shown in rewrite.model_answers:
            _expect(
                escape(shown.text) in view.answers.value,
                rewrite,
                "the model answers do not appear after trying",
            )
        _expect(
            "Why the original reply did not help" in view.answers.value,
            rewrite,
            "the reason is not shown",
        )
    view = new_view(rewrite)
    result = view.get_feedback(POOR_REPLY)
    _expect(
        bool(result.reconsider) and "What to reconsider" in view.feedback.value,
        rewrite,
        "a poor reply gets nothing to reconsider",
    )
    view = new_view(rewrite)
    result = view.get_feedback(CRISIS_TEXT)
    _expect(
        result.crisis and "pk-crisis" in view.feedback.value and not view.answers.value,
        rewrite,
        "words of crisis do not bring up the support panel",
    )
    return len(rewrite.model_answers) + 2


def _check_disclosure(disclosure: Disclosure) -> int:
    questions = [escape(info.question) for info in new_view(disclosure).play.checks]
    for answer in disclosure.model_answers:
        view = new_view(disclosure)
        view.check(answer.text)
        feedback = view.feedback.value
        _expect('role="status"' in feedback, disclosure, "feedback is not in a status region")
        _expect(
            all(q in feedback for q in questions),
            disclosure,
            "a checklist point is missing from the feedback",
        )
        _expect(
            escape(answer.text) in view.answers.value,
            disclosure,
            "the examples do not appear after checking",
        )
    view = new_view(disclosure)
    result = view.check(POOR_SHARING)
    missed = [r.check.name for r in result.results if r.check.automatic and r.status == "met"]
    _expect(
        not missed, disclosure, f"poor sharing passes the automatic check for {', '.join(missed)}"
    )
    _expect(
        all(escape(r.label) in view.feedback.value for r in result.results),
        disclosure,
        "a result is not written out",
    )
    for ticked in ([], [info.name for info in view.play.checks]):
        rating = view.rate(ticked)
        _expect(
            all(escape(r.guidance) in view.feedback.value for r in rating.ratings),
            disclosure,
            "the self-rated mode gives no guidance",
        )
    view = new_view(disclosure)
    _expect(
        view.check(CRISIS_TEXT).crisis and "pk-crisis" in view.feedback.value,
        disclosure,
        "words of crisis do not bring up the support panel",
    )
    return len(disclosure.model_answers) + 4


def _check_figure(figure: Figure) -> int:
    """The picture is inline, with its text alternative and its description in words, live and static."""
    live = new_view(figure).widget.value
    for where, html in (("live", live), ("static", render_item(figure))):
        _expect(
            "<svg" in html and "<title>" in html and "<desc>" in html,
            figure,
            f"the {where} view has no inline SVG with a title and a description",
        )
        _expect(
            str(jinja_escape(figure.alt)) in html,
            figure,
            f"the {where} view has no text alternative",
        )
        first = " ".join(figure.description.split()).split(". ")[0]
        _expect(
            str(jinja_escape(first)) in " ".join(html.split()),
            figure,
            f"the {where} view does not describe the figure in words",
        )
    return 1


class _Unsaved(Keeper):
    """A keeper that writes nothing: checking a prompt must never touch the learner's journal."""

    def add_entry(self, lesson_id: str, prompt_id: str, prompt_text: str, text: str) -> Entry:
        return Entry(0, datetime.now(timezone.utc), lesson_id, prompt_id, prompt_text, text)


def _check_journal(journal: Journal) -> int:
    view = new_view(journal, play=JournalPrompt(journal, "self-check", _Unsaved()))
    _expect(escape(journal.prompt) in view.prompt.value, journal, "the prompt is not shown")
    view.save()
    _expect(
        'role="status"' in view.feedback.value and "nothing to save" in view.feedback.value,
        journal,
        "saving an empty box does not say what to do",
    )
    sample = "A sample entry written by the self-check <b>"
    view.write(sample)
    saved = view.save()
    _expect(
        bool(saved and saved.ok) and view.text.value == "", journal, "saving does not empty the box"
    )
    _expect(
        "sample entry" not in view.feedback.value, journal, "the confirmation repeats the entry"
    )
    return 2


_CHECKS = {
    "case": _check_case,
    "sort": _check_sort,
    "quiz": _check_quiz,
    "rewrite": _check_rewrite,
    "disclosure": _check_disclosure,
    "figure": _check_figure,
}
_CHECKS["journal"] = _check_journal


@contextmanager
def _unsent_widgets() -> Iterator[None]:
    """Build widgets on comms that send nothing to the front end while the check runs.

    The check's views are never displayed, yet every widget a kernel builds is announced
    on the kernel's output channel. A lesson with many case paths builds thousands; the
    channel then drops messages, including the one that says the cell has finished, and
    nbval times out "waiting for output". The views work the same on a silent comm.
    """
    import comm

    real = comm.create_comm
    comm.create_comm = comm.DummyComm
    try:
        yield
    finally:
        comm.create_comm = real


def self_check() -> None:
    """Check every exercise shown so far in this kernel; silent when all work."""
    with _unsent_widgets():
        for shown in _session["shown"]:
            item = shown.item
            for edition in ("learner", "facilitator"):
                html = render_item(item, edition)
                _expect(
                    str(jinja_escape(item.title)) in html,
                    item,
                    f"the {edition} static view has no title",
                )
            check = _CHECKS.get(item.type)
            if check is not None:
                check(item)
