"""Widget views, driven by their own buttons, with no kernel and no browser."""

from __future__ import annotations

import ipywidgets as W
from markupsafe import escape  # the feedback macros escape as Jinja does

from peerkit.api import new_view
from tests.conftest import widget_types

SCRIPT = "<script>alert('x')</script>"


def test_case_view_shows_feedback_in_a_status_region(small_case):
    """After choosing, is the feedback written out in a role=status region, with the verdict in words?"""
    view = new_view(small_case)
    view.choose("open")
    html = view.feedback.value
    assert 'role="status"' in html
    assert "Follows the principle." in html
    assert "An open question hands the lead back to them." in html
    assert view.play.node.id == "middle"
    assert [label for label, _ in view.replies.options] == [
        "A. What would help most with housing?",
        "B. Apply for the new scheme.",
    ]


def test_case_view_consequence_and_ending(small_case):
    """Does a choice's consequence appear, and does an ending hide the replies?"""
    view = new_view(small_case)
    view.choose("push")
    assert "They fold their arms." in view.feedback.value
    assert "Ending: A poor start" in view.narrative.value
    assert "An unhelpful ending" in view.narrative.value
    assert view.replies.layout.display == "none"
    assert view.choose_button.disabled


def test_case_view_back_and_restart_buttons(small_case):
    """Do the Go back and Start again buttons drive the same state?"""
    view = new_view(small_case)
    assert view.back_button.disabled
    view.choose("open")
    view.back_button.click()
    assert view.play.path == ()
    view.choose("open")
    view.choose("ask")
    view.restart_button.click()
    assert view.play.node.id == "start"
    assert "You are back at the start." in view.feedback.value


def test_choosing_nothing_asks_for_a_reply(small_case):
    """Does pressing the button with no reply selected explain what to do?"""
    view = new_view(small_case)
    view.choose_button.click()
    assert "Pick one of the replies first" in view.feedback.value
    assert view.play.path == ()


def test_on_change_hook_sees_every_move(small_case):
    """Is the on_change hook (for saving progress) called after each move?"""
    seen = []
    view = new_view(small_case, on_change=lambda play: seen.append(play.to_state()["path"]))
    view.choose("open")
    view.back_button.click()
    assert seen == [[["start", "open"]], []]


def test_only_stock_widgets_are_used(small_case, library):
    """Are the views built from stock ipywidgets only (no custom JavaScript models)?"""
    views = [
        new_view(small_case),
        new_view(library.item("trust-sort")),
        new_view(library.item("opening-questions-quiz")),
    ]
    seen = widget_types(*(view.widget for view in views))
    assert all(cls.__module__.startswith("ipywidgets.") for cls in seen)
    assert {W.RadioButtons, W.Button, W.HTML, W.Dropdown, W.Checkbox} <= seen


def test_sort_view_dropdowns_are_labelled_and_checked(library):
    """Does each card have a labelled dropdown, and does checking explain each card?"""
    view = new_view(library.item("trust-sort"))
    first = view.dropdowns["no-lecture"]
    assert first.description == "Card 1 goes in:"
    view.place("no-lecture", "builds")
    view.place("cancel-late", "builds")
    result = view.check()
    assert result.score == 1
    html = view.feedback.value
    assert 'role="status"' in html
    assert "Matches the lesson: Builds trust." in html
    assert "You chose Builds trust; the lesson puts it in: Breaks trust." in html
    assert "Not sorted yet." in html
    view.reset_button.click()
    assert view.play.placements == {}


def test_quiz_view_explains_an_answer_and_shows_the_right_one_only_after_a_second_try(library):
    """Does a first wrong answer get its own explanation and an invitation to try again (not the
    right answer), does a second one get the answer the lesson gives, and does no line read as if
    the learner were right when they were not?"""
    quiz = library.item("opening-questions-quiz")
    view = new_view(quiz)
    question = quiz.questions[0]
    right = next(o for o in question.options if o.correct)
    wrong = [o for o in question.options if not o.correct]
    result = view.answer(question.id, wrong[0].id)
    assert not result.correct
    html = view.questions[question.id].feedback.value
    assert "Not quite. Read why, then try another answer." in html
    assert f"Your answer: “{escape(wrong[0].text)}”. <strong>Not correct.</strong>" in html
    assert escape(right.text) not in html and escape(right.explanation) not in html
    assert "did not choose" not in html and "<strong>Correct.</strong>" not in html
    view.answer(question.id, wrong[1].id)
    html = view.questions[question.id].feedback.value
    assert f"The answer the lesson gives: “{escape(right.text)}”." in html
    assert escape(right.explanation) in html
    assert escape(wrong[0].text) not in html  # only the answer just checked
    view.answer(question.id, right.id)
    html = view.questions[question.id].feedback.value
    assert html.count("<li>") == 1 and "<strong>Correct.</strong>" in html
    multiple = view.answer("first-meeting", ["their-pace", "listen-more", "privacy-limits"])
    assert multiple.correct


def test_content_text_is_escaped_in_live_views(write_yaml):
    """Is content text shown as text, never as markup, in the live views?"""
    from peerkit.content import load_file

    text = f"""\
schema_version: 1
type: case
id: escaped
title: "Title {SCRIPT}"
setting: "Setting {SCRIPT}"
nodes:
  - id: start
    text: "Node {SCRIPT}"
    choices:
      - {{id: a, text: "Reply {SCRIPT}", verdict: follows, feedback: "Feedback {SCRIPT}", sources: [S003-30], next: end}}
      - {{id: b, text: Other, verdict: breaks, feedback: Other, sources: [S003-30], next: end}}
endings:
  - {{id: end, title: "End {SCRIPT}", outcome: mixed, text: "End text {SCRIPT}"}}
"""
    loaded, problems = load_file(write_yaml(text))
    assert problems == []
    view = new_view(loaded.model)
    view.choose("a")
    for widget in (view.title, view.setting, view.narrative, view.feedback):
        assert "<script>" not in widget.value


def test_unsorted_cards_show_not_sorted_yet(library):
    """Does an unsorted card's dropdown show 'Not sorted yet' rather than a blank box?"""
    view = new_view(library.item("trust-sort"))
    dropdown = view.dropdowns["on-time"]
    assert dropdown.label == "Not sorted yet"
    view.place("on-time", "builds")
    view.place("on-time", None)
    assert dropdown.label == "Not sorted yet"
    assert view.play.placements == {}


def test_case_feedback_reads_before_what_happens_next(small_case):
    """Is the feedback on the last reply laid out before the next part of the story?"""
    view = new_view(small_case)
    children = list(view.widget.children)
    assert (
        children.index(view.feedback)
        < children.index(view.narrative)
        < children.index(view.replies)
    )
