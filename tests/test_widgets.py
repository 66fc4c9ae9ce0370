"""Widget views, driven by their own buttons, with no kernel and no browser."""

from __future__ import annotations

import ipywidgets as W

from peerkit.widgets import CaseView, QuizView, SortView
from tests.conftest import widget_types

SCRIPT = "<script>alert('x')</script>"


def test_case_view_shows_feedback_in_a_status_region(small_case):
    """After choosing, is the feedback written out in a role=status region, with the verdict in words?"""
    view = CaseView(small_case)
    view.choose("open")
    html = view.feedback.value
    assert 'role="status"' in html
    assert "Follows the principle." in html
    assert "An open question hands the lead back to them." in html
    assert view.play.node.id == "middle"
    assert [label for label, _ in view.replies.options] == [
        "What would help most with housing?",
        "Apply for the new scheme.",
    ]


def test_case_view_consequence_and_ending(small_case):
    """Does a choice's consequence appear, and does an ending hide the replies?"""
    view = CaseView(small_case)
    view.choose("push")
    assert "They fold their arms." in view.feedback.value
    assert "Ending: A poor start" in view.narrative.value
    assert "An unhelpful ending" in view.narrative.value
    assert view.replies.layout.display == "none"
    assert view.choose_button.disabled


def test_case_view_back_and_restart_buttons(small_case):
    """Do the Go back and Start again buttons drive the same state?"""
    view = CaseView(small_case)
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
    view = CaseView(small_case)
    view.choose_button.click()
    assert "Pick one of the replies first" in view.feedback.value
    assert view.play.path == ()


def test_on_change_hook_sees_every_move(small_case):
    """Is the on_change hook (for saving progress) called after each move?"""
    seen = []
    view = CaseView(small_case, on_change=lambda play: seen.append(play.to_state()["path"]))
    view.choose("open")
    view.back_button.click()
    assert seen == [[["start", "open"]], []]


def test_only_stock_widgets_are_used(small_case, library):
    """Are the views built from stock ipywidgets only (no custom JavaScript models)?"""
    views = [
        CaseView(small_case),
        SortView(library.item("trust-sort")),
        QuizView(library.item("opening-questions-quiz")),
    ]
    seen = widget_types(*(view.widget for view in views))
    assert all(cls.__module__.startswith("ipywidgets.") for cls in seen)
    assert {W.RadioButtons, W.Button, W.HTML, W.Dropdown, W.Checkbox} <= seen


def test_sort_view_dropdowns_are_labelled_and_checked(library):
    """Does each card have a labelled dropdown, and does checking explain each card?"""
    view = SortView(library.item("trust-sort"))
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


def test_quiz_view_explains_chosen_and_right_options(library):
    """Does checking a quiz answer explain what was chosen and what was right?"""
    view = QuizView(library.item("opening-questions-quiz"))
    result = view.answer("missed-group", "getting-in-the-way")
    assert not result.correct
    html = view.questions["missed-group"].feedback.value
    assert (
        "You chose: “What&#x27;s been getting in the way of going to the group?”."
        " <strong>Not correct.</strong>" in html
    )
    assert "You did not choose: “What kind of support has felt most useful to you lately?”" in html
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
    view = CaseView(loaded.model)
    view.choose("a")
    for widget in (view.title, view.setting, view.narrative, view.feedback):
        assert "<script>" not in widget.value


def test_unsorted_cards_show_not_sorted_yet(library):
    """Does an unsorted card's dropdown show 'Not sorted yet' rather than a blank box?"""
    view = SortView(library.item("trust-sort"))
    dropdown = view.dropdowns["on-time"]
    assert dropdown.label == "Not sorted yet"
    view.place("on-time", "builds")
    view.place("on-time", None)
    assert dropdown.label == "Not sorted yet"
    assert view.play.placements == {}


def test_case_feedback_reads_before_what_happens_next(small_case):
    """Is the feedback on the last reply laid out before the next part of the story?"""
    view = CaseView(small_case)
    children = list(view.widget.children)
    assert (
        children.index(view.feedback)
        < children.index(view.narrative)
        < children.index(view.replies)
    )
