"""What each view must do for its content, walked as a learner would walk it.

Each content type's row in the registry names one of these checks. A check builds fresh
views of an item (never one a learner is using), presses their buttons through their
programmatic triggers, and raises :class:`CheckFailed` when a view does not lead where
its content says: a case path that does not end where the file says, a sort whose own
answers do not score full marks, feedback that is not announced, words of crisis that
do not bring up support. The tests run them over every item of the course; learner
notebooks never do.
"""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape
from typing import Any, Protocol

from markupsafe import escape as jinja_escape

from ..content import (
    AgreementBuilder,
    Case,
    Disclosure,
    Figure,
    Item,
    Journal,
    Quiz,
    Rewrite,
    SafetyPlan,
    SayAloud,
    Sort,
)
from ..journal import Entry, Keeper
from ..practice import VERDICT_LABELS, JournalPlay, Step, covering_walks, list_paths


class Row(Protocol):
    """What a check needs of its type's row in the registry."""

    def new_view(self, item: Any, **options: Any) -> Any: ...

    def render(self, item: Any, edition: Any = "learner") -> str: ...


def feedback_escape(text: str) -> str:
    """``text`` as the feedback macros (peerkit/static/templates/_feedback.html.j2) escape it:
    every piece of live feedback, and the model answers below it, is made by them."""
    return str(jinja_escape(text))


class CheckFailed(AssertionError):
    """An exercise did not behave as its content says."""


def _expect(condition: bool, item: Item, message: str) -> None:
    if not condition:
        raise CheckFailed(f"{item.type} '{item.id}': {message}")


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


def check_case(case: Case, row: Row) -> int:
    paths = _case_walks(case)
    _expect(bool(paths), case, "no path reaches an ending")
    # One view walks every path, starting again between paths (which is checked below):
    # a fresh view per path opened thousands of widgets in a long case and stalled Voila.
    view = None
    for steps, ending_id in paths:
        if view is None or not case.allow_restart:
            view = row.new_view(case)
        for step in steps:
            outcome = view.choose(step.choice)
            feedback = view.feedback.value
            _expect('role="status"' in feedback, case, "feedback is not in a status region")
            _expect(
                VERDICT_LABELS[outcome.verdict] in feedback, case, "the verdict is not written out"
            )
            _expect(
                feedback_escape(outcome.feedback) in feedback,
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


def check_sort(sort: Sort, row: Row) -> int:
    view = row.new_view(sort)
    for card in sort.cards:
        view.place(card.id, card.bins[0])
    result = view.check()
    _expect(result.score == result.total, sort, "the lesson's own answers do not score full marks")
    _expect(feedback_escape(result.summary) in view.feedback.value, sort, "the result is not shown")
    return len(sort.cards)


def check_quiz(quiz: Quiz, row: Row) -> int:
    view = row.new_view(quiz)
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


def check_rewrite(rewrite: Rewrite, row: Row) -> int:
    for answer in rewrite.model_answers:
        view = row.new_view(rewrite)
        result = view.get_feedback(answer.text)
        feedback = view.feedback.value
        _expect('role="status"' in feedback, rewrite, "feedback is not in a status region")
        _expect(
            result.coached and feedback_escape(result.summary) in feedback,
            rewrite,
            "a model answer gets no feedback",
        )
        for shown in rewrite.model_answers:
            _expect(
                feedback_escape(shown.text) in view.answers.value,
                rewrite,
                "the model answers do not appear after trying",
            )
        _expect(
            f"Why the original {rewrite.writing} did not help" in view.answers.value,
            rewrite,
            "the reason is not shown",
        )
    view = row.new_view(rewrite)
    # A note for the record is judged by note rules: its own hurried original is the poor one.
    result = view.get_feedback(rewrite.unhelpful if rewrite.writing == "note" else POOR_REPLY)
    _expect(
        bool(result.reconsider) and "What to reconsider" in view.feedback.value,
        rewrite,
        "a poor reply gets nothing to reconsider",
    )
    view = row.new_view(rewrite)
    result = view.get_feedback(CRISIS_TEXT)
    _expect(
        result.crisis and "pk-crisis" in view.feedback.value and not view.answers.value,
        rewrite,
        "words of crisis do not bring up the support panel",
    )
    return len(rewrite.model_answers) + 2


def check_disclosure(disclosure: Disclosure, row: Row) -> int:
    questions = [feedback_escape(info.question) for info in row.new_view(disclosure).play.checks]
    for answer in disclosure.model_answers:
        view = row.new_view(disclosure)
        view.check(answer.text)
        feedback = view.feedback.value
        _expect('role="status"' in feedback, disclosure, "feedback is not in a status region")
        _expect(
            all(q in feedback for q in questions),
            disclosure,
            "a checklist point is missing from the feedback",
        )
        _expect(
            feedback_escape(answer.text) in view.answers.value,
            disclosure,
            "the examples do not appear after checking",
        )
    view = row.new_view(disclosure)
    result = view.check(POOR_SHARING)
    missed = [r.check.name for r in result.results if r.check.automatic and r.status == "met"]
    _expect(
        not missed, disclosure, f"poor sharing passes the automatic check for {', '.join(missed)}"
    )
    _expect(
        all(feedback_escape(r.label) in view.feedback.value for r in result.results),
        disclosure,
        "a result is not written out",
    )
    for ticked in ([], [info.name for info in view.play.checks]):
        rating = view.rate(ticked)
        _expect(
            all(feedback_escape(r.guidance) in view.feedback.value for r in rating.ratings),
            disclosure,
            "the self-rated mode gives no guidance",
        )
    view = row.new_view(disclosure)
    _expect(
        view.check(CRISIS_TEXT).crisis and "pk-crisis" in view.feedback.value,
        disclosure,
        "words of crisis do not bring up the support panel",
    )
    return len(disclosure.model_answers) + 4


def check_figure(figure: Figure, row: Row) -> int:
    """The picture is inline, with its text alternative and its description in words, live and static."""
    live = row.new_view(figure).widget.value
    static = row.render(figure)
    for where, html in (("live", live), ("static", static)):
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


def check_journal(journal: Journal, row: Row) -> int:
    view = row.new_view(journal, play=JournalPlay(journal, "view-check", _Unsaved()))
    _expect(escape(journal.prompt) in view.prompt.value, journal, "the prompt is not shown")
    view.save()
    _expect(
        'role="status"' in view.feedback.value and "nothing to save" in view.feedback.value,
        journal,
        "saving an empty box does not say what to do",
    )
    sample = "A sample entry written by the view check <b>"
    view.write(sample)
    saved = view.save()
    _expect(
        bool(saved and saved.ok) and view.text.value == "", journal, "saving does not empty the box"
    )
    _expect(
        "sample entry" not in view.feedback.value, journal, "the confirmation repeats the entry"
    )
    return 2


# --- the practice types of lessons 06 and 07 ------------------------------------------------

METHOD_QUESTION = "How would you do it?"
"""A question about method: every say-aloud step must mark it to reconsider, never praise it."""


def check_safety_plan(plan: SafetyPlan, row: Row) -> int:
    view = row.new_view(plan)
    for section in plan.sections:
        view.write(section.id, section.model)
    result = view.get_feedback()
    feedback = view.feedback.value
    _expect('role="status"' in feedback, plan, "feedback is not in a status region")
    _expect(
        not any(part.notes for part in result.sections),
        plan,
        "the model plan earns an automatic note",
    )
    for section in plan.sections:
        _expect(
            feedback_escape(section.model) in feedback
            and feedback_escape(section.principle) in feedback,
            plan,
            f"section '{section.id}' does not show the model and its principle",
        )
    view = row.new_view(plan)
    view.write(plan.sections[0].id, "He calls 555-0100 and promises to stay safe.")
    view.get_feedback()
    for name in ("third-person", "phone-number", "promise"):
        _expect(
            feedback_escape(plan.auto_notes[name]) in view.feedback.value,
            plan,
            f"the '{name}' note does not appear when it applies",
        )
    _expect(
        feedback_escape(plan.auto_notes["empty"]) in view.feedback.value,
        plan,
        "an empty part gets no note",
    )
    view.restart()
    _expect(
        all(not box.value for box in view.boxes.values()) and not view.play.tried,
        plan,
        "starting again leaves words behind",
    )
    return len(plan.sections) + 2


def check_say_aloud(item: SayAloud, row: Row) -> int:
    checked = 0
    view = row.new_view(item)
    for i, step in enumerate(item.steps):
        view.write(step.model_answers[0].text)
        view.typed()
        result = view.said_it() if i % 2 == 0 else view.go_on_without()
        feedback = view.feedback.value
        _expect('role="status"' in feedback, item, "feedback is not in a status region")
        _expect(
            bool(result.strengths) and not result.reconsider,
            item,
            f"the model answer of step '{step.id}' is not a strength, or is marked to reconsider",
        )
        _expect(
            all(feedback_escape(a.text) in view.answers.value for a in step.model_answers),
            item,
            f"step '{step.id}' does not show its model answers",
        )
        if i + 1 < len(item.steps):
            view.next_step()
        checked += 1
    _expect(view.play.finished, item, "the steps do not lead to the end")
    if item.after:
        _expect(escape(" ".join(item.after.split())) in view.after.value, item, "no closing words")
    for step in item.steps:
        view = row.new_view(item)
        while view.play.step.id != step.id:
            view.typed()
            view.go_on_without()
            view.next_step()
        view.write(METHOD_QUESTION)
        view.typed()
        result = view.go_on_without()
        _expect(
            any(n.label == "asks-for-method" and n.tone == "reconsider" for n in result.items)
            and not result.strengths,
            item,
            f"a question about method is not marked to reconsider in step '{step.id}'",
        )
        checked += 1
    view = row.new_view(item)
    view.write(CRISIS_TEXT)
    view.typed()
    _expect(
        view.said_it().crisis and "pk-crisis" in view.feedback.value and not view.answers.value,
        item,
        "words of crisis do not bring up the support panel",
    )
    return checked + 1


def check_agreement(item: AgreementBuilder, row: Row) -> int:
    view = row.new_view(item)
    for part in item.parts:
        right = next(o for o in part.options if o.verdict == "follows")
        view.pick(part.id, right.id)
        shown = view.part_feedback[part.id].value
        _expect('role="status"' in shown, item, "a part's feedback is not in a status region")
        _expect(
            feedback_escape(right.feedback) in shown and VERDICT_LABELS["follows"] in shown,
            item,
            f"the feedback on part '{part.id}' is not shown",
        )
    script = view.build()
    _expect(not script.notes, item, "the honest sentences together earn a note")
    _expect(
        feedback_escape(script.spoken_time) in view.feedback.value
        and feedback_escape(" ".join(item.model_script.text.split())) in view.answers.value,
        item,
        "the script, its time or the model script is not shown",
    )
    view = row.new_view(item)
    view.write(item.parts[0].id, "Whatever you tell me stays between us.")
    _expect(
        "stays between us" in view.part_feedback[item.parts[0].id].value,
        item,
        "a promise of secrecy in own words is not named",
    )
    view.write(item.parts[0].id, CRISIS_TEXT)
    view.build()
    _expect("pk-crisis" in view.feedback.value, item, "words of crisis do not bring up support")
    return len(item.parts) + 2
