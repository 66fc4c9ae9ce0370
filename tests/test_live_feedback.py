"""Live feedback and the handouts say the same thing the same way: both are made by the
feedback macros (peerkit/static/templates/_feedback.html.j2), with Jinja's autoescape.

Each view is driven by its own buttons, with no kernel, and what it shows is compared with
what the macro makes of the same play state. Items are taken from the course by type (the
first of each), never by id.
"""

from __future__ import annotations

import pytest
from jinja2.runtime import Macro

from peerkit.api import new_view, render_item
from peerkit.journal import StoreProblem, hosting, hosting_note
from peerkit.practice._quiz_feedback import quiz_feedback
from peerkit.practice._replay import replay
from peerkit.static import FEEDBACK_TEMPLATE, environment, render_macro
from peerkit.widgets import _case, _rewrite
from peerkit.widgets._common import status
from peerkit.widgets._written import CHECKER_CAVEAT

PIECES = {
    "message": "a fixed note in a status area ('You are back at the start.')",
    "verdict": "a verdict in words with its feedback",
    "choice_feedback": "a case reply's verdict, feedback and consequence",
    "case_outcome": "what a live case shows after a choice ('You said: ...')",
    "replay": "the path reread at a case's ending",
    "ending": "a case's ending",
    "path_so_far": "the one-line path under a live case",
    "answer_verdict": "a quiz option's verdict and explanation",
    "quiz_result": "a checked quiz question",
    "sort_result": "a checked sort",
    "coach_notes": "the checker's notes grouped by tone",
    "caveat": "the reminder that automatic feedback is a rough guide",
    "model_answers": "model answers, each with what makes it work",
    "rewrite_feedback": "feedback on a rewrite",
    "rewrite_answers": "why the original did not help, and the model answers",
    "disclosure_check": "the self-disclosure checklist, checked automatically",
    "disclosure_rating": "the self-disclosure checklist, self-rated",
    "say_aloud_feedback": "feedback on a 'say it out loud' step",
    "say_aloud_answers": "what to check, and two ways to say it",
    "plan_check": "a safety-plan part's questions and why",
    "safety_plan_feedback": "feedback on a practice safety plan",
    "agreement_part": "feedback on one part of the agreement builder",
    "agreement_script": "the agreement's words put together",
    "agreement_answers": "the agency's wording and a model script",
    "saved": "'Save to my journal' saved",
    "not_saved": "'Save to my journal' could not save",
    "quotation": "learner or content text quoted, its line breaks kept",
}

NASTY = "<script>alert('x')</script> & <b>bold</b> \"quoted\""
"""Learner text that must come back escaped, never as markup."""


def macro(name: str, *args: object, **kwargs: object) -> str:
    return render_macro(FEEDBACK_TEMPLATE, name, *args, **kwargs)


def first(library, kind: str):
    return next(item for item in library.items.values() if item.type == kind)


@pytest.fixture(autouse=True)
def private(home):
    """Any journal save goes to a temporary home, never the real one."""
    return home


def test_autoescape_is_on_for_the_feedback_and_every_type_template():
    """Does Jinja escape every value in the feedback macros and the types' templates?"""
    env = environment()
    for name in (FEEDBACK_TEMPLATE, "case.html.j2", "quiz.html.j2", "rewrite.html.j2"):
        assert env.autoescape(name) is True, name
    assert macro("message", NASTY) == (
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; &#34;quoted&#34;"
    )


def test_the_feedback_file_has_a_macro_for_each_piece_a_learner_is_shown():
    """Is every piece of live feedback a macro of the feedback file, and every macro a piece?"""
    module = environment().get_template(FEEDBACK_TEMPLATE).module
    defined = [name for name, value in vars(module).items() if isinstance(value, Macro)]
    assert sorted(defined) == sorted(PIECES)


def test_a_live_case_shows_what_the_macros_make(small_case):
    """Are a case's outcome, its path so far and its ending each exactly their macro's HTML?"""
    view = new_view(small_case)
    outcome = view.choose("open")
    assert view.feedback.value == status(macro("case_outcome", outcome, ""))
    steps = replay(view.play, view._shown_ids)
    assert view.path_summary.value == macro("path_so_far", steps, _case.PATH_SHOWN)
    assert "decision 1: reply A (follows the principle)" in view.path_summary.value
    view.choose("ask")
    ending = view.play.ending
    assert ending is not None
    steps = replay(view.play, view._shown_ids)
    assert view.narrative.value == macro("ending", steps, _case.PATH_SHOWN, ending)
    assert "<h4>Your path</h4>" in view.narrative.value
    view.back_button.click()
    note = "You went back one step. Choose again."
    assert view.feedback.value == status(macro("case_outcome", view.play.last, note))


def test_a_long_walk_is_replayed_from_its_last_decisions(small_case):
    """Does a walk longer than the replay shows say how many earlier decisions it leaves out?"""
    view = new_view(small_case)
    view.choose("open")
    for _ in range(_case.PATH_SHOWN + 3):  # 35 decisions in all, with "open" and "ask"
        view.choose("tell")  # "tell" leads back to the same step
    view.choose("ask")
    narrative = view.narrative.value
    assert "5 earlier decisions, then:" in narrative
    assert "start='6'" in narrative
    assert narrative.count("<li>") == _case.PATH_SHOWN
    assert "5 earlier decisions, then decision 6" in view.path_summary.value
    # The view replays only the decisions it shows; the whole walk gives the same HTML.
    whole = replay(view.play, view._shown_ids)
    tail = replay(view.play, view._shown_ids, last=_case.PATH_SHOWN)
    assert len(whole) == 35 and tail == whole[-_case.PATH_SHOWN :]
    assert narrative == macro("ending", whole, _case.PATH_SHOWN, view.play.ending)
    assert view.path_summary.value == macro("path_so_far", whole, _case.PATH_SHOWN)
    assert replay(view.play, view._shown_ids, last=100) == whole


def test_a_live_quiz_and_sort_show_what_the_macros_make(library):
    """Is a checked quiz question, and a checked sort, exactly their macro's HTML?"""
    quiz = first(library, "quiz")
    question = next(q for q in quiz.questions if not q.multiple)
    wrong = next(o for o in question.options if not o.correct)
    view = new_view(quiz)
    result = view.answer(question.id, wrong.id)
    shown = [o.id for o in view.questions[question.id].shown]
    expected = macro("quiz_result", quiz_feedback(result, 1, shown))
    assert view.questions[question.id].feedback.value == status(expected)
    assert "<strong>Not correct.</strong>" in expected

    sort = first(library, "sort")
    view = new_view(sort)
    view.place(sort.cards[0].id, sort.cards[0].bins[0])
    view.check()
    expected = macro("sort_result", view.play.result(), view.cards, sort)
    assert view.feedback.value == status(expected)
    assert "Matches the lesson" in expected and "Not sorted yet." in expected


def test_the_written_exercises_show_what_the_macros_make(library):
    """Are a rewrite's and a self-disclosure check's feedback and answers their macros' HTML?"""
    rewrite = first(library, "rewrite")
    view = new_view(rewrite)
    result = view.get_feedback(rewrite.model_answers[0].text)
    expected = macro("rewrite_feedback", result, rewrite.writing, CHECKER_CAVEAT)
    assert view.feedback.value == status(expected)
    assert view.answers.value == macro("rewrite_answers", rewrite, rewrite.writing)
    view.save()
    assert view.saved.value == status(macro("saved", None, hosting_note(hosting())))

    disclosure = first(library, "disclosure")
    view = new_view(disclosure)
    feedback = view.check(disclosure.model_answers[0].text)
    assert view.feedback.value == status(macro("disclosure_check", feedback, CHECKER_CAVEAT))
    heading = "Examples of sharing that fits the checklist"
    assert view.answers.value == macro("model_answers", disclosure.model_answers, heading)
    rating = view.rate([])
    assert view.feedback.value == status(macro("disclosure_rating", rating))


def test_the_practice_views_show_what_the_macros_make(library):
    """Are say it out loud, the safety plan and the agreement builder's feedback their macros'?"""
    item = first(library, "say-aloud")
    view = new_view(item)
    view.write(item.steps[0].model_answers[0].text)
    view.typed()
    result = view.said_it()
    assert view.feedback.value == status(macro("say_aloud_feedback", result, CHECKER_CAVEAT))
    assert view.answers.value == macro("say_aloud_answers", item.steps[0])

    plan = first(library, "safety-plan")
    view = new_view(plan)
    view.write(plan.sections[0].id, "I stop answering texts.\nI stay in bed.")
    feedback = view.get_feedback()
    assert view.feedback.value == status(macro("safety_plan_feedback", feedback, plan))
    assert "<p>I stop answering texts.<br>I stay in bed.</p>" in view.feedback.value

    agreement = first(library, "agreement-builder")
    view = new_view(agreement)
    part = agreement.parts[0]
    picked = view.pick(part.id, part.options[0].id)
    assert view.part_feedback[part.id].value == status(macro("agreement_part", picked))
    own = view.write(part.id, "I keep short notes, and you can read them.")
    assert view.part_feedback[part.id].value == status(macro("agreement_part", own))
    script = view.build()
    assert view.feedback.value == status(macro("agreement_script", script, agreement))
    view.save()
    expected = macro("saved", None, hosting_note(hosting()), para=True)
    assert view.saved.value == status(expected)


def test_learner_text_stays_escaped_in_live_feedback(library):
    """Does learner text with <script>, & and quotes come back escaped in every view that
    quotes it, and a store problem's message too?"""
    escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
    shown = []

    item = first(library, "say-aloud")
    view = new_view(item)
    view.write(NASTY)
    view.typed()
    view.go_on_without()
    shown.append(view.feedback.value)

    plan = first(library, "safety-plan")
    view = new_view(plan)
    view.write(plan.sections[0].id, NASTY)
    view.get_feedback()
    shown.append(view.feedback.value)

    agreement = first(library, "agreement-builder")
    view = new_view(agreement)
    view.write(agreement.parts[0].id, NASTY)
    view.build()
    shown.append(view.feedback.value)

    rewrite = first(library, "rewrite")
    view = new_view(rewrite)
    view.get_feedback("You should " + NASTY)
    shown.append(view.feedback.value)

    def fails(text):
        raise StoreProblem("The store <is> busy & locked.", kind="busy")

    view.journal.add = fails
    view.write(NASTY)
    view.save()
    assert view.saved.value == status(macro("not_saved", "The store <is> busy & locked."))
    assert "The store &lt;is&gt; busy &amp; locked." in view.saved.value

    for html in shown:
        assert "<script>" not in html and "<b>bold</b>" not in html
    for html in shown[:3]:  # the views that quote the learner's words back
        assert escaped in html


def test_the_handouts_show_the_same_pieces_as_the_live_views(library):
    """Does each handout that shows a piece of live feedback make it with the same macro?"""
    case = first(library, "case")
    page = render_item(case, "facilitator")
    for node in case.nodes:
        for choice in node.choices:
            assert macro("choice_feedback", choice) in page

    quiz = first(library, "quiz")
    page = render_item(quiz, "learner")
    for question in quiz.questions:
        for option in question.options:
            verdict = "Correct" if option.correct else "Not correct"
            assert macro("answer_verdict", verdict, option.explanation) in page

    rewrite = first(library, "rewrite")
    assert macro("model_answers", rewrite.model_answers) in render_item(rewrite, "learner")

    plan = first(library, "safety-plan")
    page = render_item(plan, "learner")
    assert all(macro("plan_check", section) in page for section in plan.sections)

    agreement = first(library, "agreement-builder")
    page = render_item(agreement, "facilitator")
    for part in agreement.parts:
        for option in part.options:
            assert macro("verdict", option.verdict, option.feedback) in page


def test_the_crisis_answer_never_depends_on_the_feedback_macros(library, monkeypatch):
    """With the feedback macros broken, do words of crisis still bring up the crisis panel?"""

    def broken(*args, **kwargs):
        raise RuntimeError("the templates are missing")

    monkeypatch.setattr(_rewrite, "feedback_html", broken)
    view = new_view(first(library, "rewrite"))
    result = view.get_feedback("I want to die.")
    assert result.crisis
    assert "pk-crisis" in view.feedback.value and "This exercise can wait." in view.feedback.value
