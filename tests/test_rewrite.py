"""Rewrite the response: the coach's feedback, the live view, the handout, and the learner's privacy."""

from __future__ import annotations

import logging
import shutil

import ipywidgets as W
import pytest
from markupsafe import escape  # as the templates and feedback macros escape

import peerkit
from peerkit.api import new_view, render_item
from peerkit.content import load_file
from peerkit.journal import HOME_ENV, Store, default_path
from peerkit.practice import RewritePlay
from peerkit.widgets._written import CHECKER_CAVEAT
from tests.conftest import DATA, course_wide_files, widget_types

LESSON_ITEM = DATA / "lessons" / "01-building-trust" / "rewrite-stay-positive.yaml"
PAYLOADS = (
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "<b>bold</b> & <i>more</i>",
    '</div><div role="alert">',
)
SECRET = "Zebra-quilt-7731 is my own private story"


@pytest.fixture
def stay_positive():
    loaded, problems = load_file(LESSON_ITEM)
    assert problems == []
    return loaded.model


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Any journal save in these tests goes to a temporary folder, never the real one."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    monkeypatch.delenv("PEERKIT_REGION", raising=False)
    return tmp_path / "home"


@pytest.fixture(autouse=True)
def course(tmp_path, monkeypatch):
    """The course-wide files and this lesson's rewrite only, so these tests do not depend on other lessons."""
    data = tmp_path / "data"
    (data / "lessons" / "01-building-trust").mkdir(parents=True)
    course_wide_files(data)
    shutil.copy(LESSON_ITEM, data / "lessons" / "01-building-trust" / LESSON_ITEM.name)
    monkeypatch.setenv("PEERKIT_DATA", str(data))
    return data


# --- the state object, without a kernel ------------------------------------------------


def test_good_reply_earns_strengths_tied_to_principles(stay_positive):
    """Does a reflection with an open question come back as strengths, each tied to a principle and its sources?"""
    play = RewritePlay(stay_positive)
    play.write(
        "It sounds like everything has felt heavy lately. What has been the hardest part for you?"
    )
    result = play.feedback()
    assert {item.heading for item in result.strengths} == {
        "Hearing them before you ask",
        "An open question",
    }
    assert result.reconsider == ()
    reflection = next(i for i in result.strengths if i.label == "reflection")
    assert reflection.quotes == ("It sounds like everything has felt heavy lately.",)
    assert reflection.principle.name == "Listening so the person feels heard"
    assert "S003-15" in reflection.principle.sources
    assert reflection.point == "heard-first"
    assert reflection.point_question == stay_positive.rubric[0].question
    assert result.summary == "Your reply uses helpful skills."


def test_poor_reply_gets_each_habit_to_reconsider(stay_positive):
    """Are blame put as a why-question, directive advice and minimising each named, with the principle they break?"""
    play = RewritePlay(stay_positive)
    play.write("Why haven't you called anyone? You should get out more. It's not that bad.")
    result = play.feedback()
    found = {(item.heading, item.principle.name) for item in result.reconsider}
    assert found == {
        ("Judging", "No judgment"),
        ("Telling them what to do", "No unasked-for advice"),
        ("Minimizing", "Don't minimize"),
    }
    advice = next(i for i in result.reconsider if i.label == "advice")
    assert advice.point == "no-advice"
    assert "The exercise asks you to leave this out." in advice.message
    assert result.summary == "Your reply has something worth reconsidering."


def test_closed_question_is_noticed_but_not_marked_down_here(stay_positive):
    """In an exercise that does not ask to avoid closed questions, is one only "also noticed"?"""
    play = RewritePlay(stay_positive)
    play.write("Is it bad?")
    result = play.feedback()
    assert result.reconsider == ()
    assert [(i.heading, i.tone) for i in result.items] == [("A closed question", "note")]


def test_hurtful_sentence_earns_no_praise(stay_positive):
    """Is "stay positive" minimising and unasked advice, not warmth, and recognised as the original?

    A command to feel differently is both (bench/data/LABELLING.md, hard case 6).
    """
    play = RewritePlay(stay_positive)
    play.write("you just need to stay positive")
    result = play.feedback()
    assert result.strengths == ()
    assert [i.label for i in result.reconsider] == ["minimizing", "advice"]
    assert result.same_as_original
    assert result.summary.startswith("This is the original reply.")


def test_repeated_behaviour_is_one_item_quoting_each_sentence(stay_positive):
    """Does a habit shown in two sentences give one feedback item that quotes both?"""
    play = RewritePlay(stay_positive)
    play.write("You should rest more. You need to call your doctor.")
    result = play.feedback()
    assert len(result.reconsider) == 1
    assert result.reconsider[0].quotes == ("You should rest more.", "You need to call your doctor.")


def test_empty_reply_asks_for_one_and_keeps_answers_hidden(stay_positive):
    """Does asking for feedback with nothing written explain what to do, and keep the model answers back?"""
    play = RewritePlay(stay_positive)
    play.write("   ")
    result = play.feedback()
    assert result.empty and not result.coached
    assert result.summary == "Write your reply in the box first, then ask for feedback."
    assert not play.answers_shown


def test_answers_appear_after_trying_and_stay_until_start_again(stay_positive):
    """Do the model answers unlock with the first real attempt, stay when the text changes, and hide on clear?"""
    play = RewritePlay(stay_positive)
    play.write("That sounds hard. What has helped before?")
    play.feedback()
    assert play.answers_shown
    play.write("Something else")
    assert play.last is None and play.answers_shown
    play.clear()
    assert not play.answers_shown and play.text == ""


def test_crisis_words_bring_support_instead_of_coaching(stay_positive):
    """When the learner's own words show crisis, is there no coaching and no answer reveal?"""
    play = RewritePlay(stay_positive)
    play.write("Honestly I can't go on like this anymore.")
    result = play.feedback()
    assert result.crisis and result.items == ()
    assert not play.answers_shown
    play.write("If a peer says 'I can't go on', I would stay with them and ask what is happening.")
    assert not play.feedback().crisis


def test_progress_state_holds_no_learner_text(stay_positive):
    """Does the progress record say only whether the learner tried, never what they wrote?"""
    play = RewritePlay(stay_positive)
    play.write(SECRET + ". What has that been like?")
    play.feedback()
    state = play.to_state()
    assert state == {"tried": True}
    assert RewritePlay.from_state(stay_positive, state).text == ""


def test_lesson_model_answers_earn_only_strengths(stay_positive):
    """Do the lesson's own model answers get strengths and nothing to reconsider?"""
    play = RewritePlay(stay_positive)
    for answer in stay_positive.model_answers:
        play.write(answer.text)
        result = play.feedback()
        assert result.strengths and not result.reconsider, answer.text


# --- the live view, through its buttons ---------------------------------------------------


def test_view_gives_feedback_rubric_then_answers(stay_positive):
    """Does "Get feedback" write strengths and the rubric in a role=status region, then show answers and why?"""
    view = new_view(stay_positive)
    assert view.answers.value == ""
    view.write("That sounds like a heavy few weeks. What has it been like for you?")
    view.feedback_button.click()
    html = view.feedback.value
    assert html.startswith('<div role="status" aria-live="polite">')
    assert "<h4>What your reply does well</h4>" in html and "What to reconsider" not in html
    for point in stay_positive.rubric:
        assert point.question in html
    assert "Open questions" in html  # the principle by name; its source codes are not for learners
    assert "S003-30" not in html and "SRC-07" not in html
    answers = view.answers.value
    assert "Why the original reply did not help" in answers
    assert "However kindly it is meant" in answers
    for answer in stay_positive.model_answers:
        assert escape(answer.text) in answers
        assert escape(answer.notes) in answers


def test_automatic_feedback_says_the_checker_is_a_rough_guide(stay_positive):
    """Does coaching end with the reminder that the checker often misreads, and only coaching?"""
    view = new_view(stay_positive)
    view.write("Stay positive, it could be worse.")
    view.feedback_button.click()
    assert view.feedback.value.count(escape(CHECKER_CAVEAT)) == 1
    view.write("")
    view.feedback_button.click()
    assert escape(CHECKER_CAVEAT) not in view.feedback.value
    view.write("I want to die.")
    view.feedback_button.click()
    assert escape(CHECKER_CAVEAT) not in view.feedback.value


def test_view_start_again_and_empty_feedback(stay_positive):
    """Does an empty box ask for a reply, and does Start again clear the box, feedback and answers?"""
    view = new_view(stay_positive)
    result = view.get_feedback("")
    assert result.empty
    assert "Write your reply in the box first" in view.feedback.value
    view.get_feedback("That sounds hard. What would help?")
    view.restart_button.click()
    assert view.reply.value == "" and view.answers.value == ""
    assert "cleared" in view.feedback.value


def test_on_change_sees_progress_without_text(stay_positive):
    """Is the progress hook called after feedback with a state that holds no text?"""
    seen = []
    view = new_view(stay_positive, on_change=lambda play: seen.append(play.to_state()))
    view.get_feedback(SECRET + ". What has it been like?")
    assert seen == [{"tried": True}]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_learner_text_is_escaped_wherever_it_is_shown(stay_positive, payload):
    """Is markup in the learner's reply shown as text in the feedback, and never as markup anywhere?"""
    view = new_view(stay_positive)
    view.get_feedback(
        f"Why did you {payload} that? You should {payload} more. It sounds like {payload} hurts."
    )
    view.save()
    for widget in (view.feedback, view.answers, view.saved, view.situation, view.title):
        assert payload not in widget.value
    assert escape(payload) in view.feedback.value


def test_learner_text_is_not_in_the_displayed_static_html():
    """After the learner writes and gets feedback, is their text absent from the output's text/html and text/plain?"""
    shown = peerkit.show("rewrite-stay-positive")
    # A habit's note always quotes its sentence, so the learner's words are in the feedback.
    shown.view.get_feedback("I know exactly how you feel, " + SECRET + ". What has been hardest?")
    assert SECRET in shown.view.feedback.value  # it is in the live widget, for the learner
    bundle = shown._repr_mimebundle_()
    assert SECRET not in bundle["text/html"] and SECRET not in bundle["text/plain"]
    assert "Zebra" not in bundle["text/html"]
    assert bundle["text/plain"] == (
        "Rewrite the response: “You just need to stay positive” (interactive: open this notebook in"
        " JupyterLab to practise)"
    )
    for edition in ("learner", "facilitator"):
        assert "Zebra" not in render_item(shown.item, edition)


def test_crisis_panel_follows_the_region_setting(stay_positive, monkeypatch):
    """Does crisis wording bring up the same panel as peerkit.crisis_resources(), for the region that is set?"""
    view = new_view(stay_positive)
    view.get_feedback("I want to die.")
    html = view.feedback.value
    assert 'role="status"' in html and "pk-crisis" in html
    assert "local emergency number" in html and "Crisis lines for" not in html
    assert all(escape(r.main_line.name) in html for r in peerkit.load_library().crisis.regions)
    assert "What your reply does well" not in html and view.answers.value == ""
    monkeypatch.setenv("PEERKIT_REGION", "uk")
    view.get_feedback("I just can't go on.")
    panel = peerkit.crisis_resources()._repr_mimebundle_()["text/html"]
    assert panel in view.feedback.value
    assert "116 123" in view.feedback.value


def test_crisis_panel_survives_a_broken_lesson_file(stay_positive, course, monkeypatch):
    """With an unrelated content file broken, does the crisis answer still list the region's crisis lines?"""
    (course / "lessons" / "01-building-trust" / "broken.yaml").write_text(
        "schema_version: 1\ntype: cas\n"
    )
    with pytest.raises(peerkit.ContentError):
        peerkit.load_library()
    monkeypatch.setenv("PEERKIT_REGION", "uk")
    view = new_view(stay_positive)
    view.get_feedback("I want to die.")
    assert "116 123" in view.feedback.value
    assert "could not be loaded" not in view.feedback.value


def test_journal_saves_only_on_click(stay_positive, private_home):
    """Is nothing stored by feedback, and is the reply stored in the private journal only when Save is pressed?"""
    view = peerkit.show(stay_positive.id).view  # as a lesson shows it: filed under the lesson
    view.get_feedback(SECRET + ". What has it been like?")
    assert not default_path().exists()
    view.save()
    entries = Store.open().entries()
    assert [(e.lesson_id, e.prompt_id, e.text) for e in entries] == [
        ("01-building-trust", "rewrite-stay-positive", SECRET + ". What has it been like?")
    ]
    assert default_path().is_relative_to(private_home)
    assert "Saved to your private journal." in view.saved.value
    assert SECRET not in view.saved.value


def test_saving_nothing_says_so(stay_positive):
    """Does pressing Save with an empty box explain instead of saving an empty entry?"""
    view = new_view(stay_positive)
    view.save()
    assert "nothing to save yet" in view.saved.value
    assert not default_path().exists()


def test_nothing_is_logged_or_printed(stay_positive, capsys, caplog):
    """Does working through the exercise, saving included, print or log none of the learner's words?"""
    caplog.set_level(logging.DEBUG)
    view = new_view(stay_positive)
    view.get_feedback(SECRET + ". You should rest.")
    view.save()
    out, err = capsys.readouterr()
    assert "Zebra" not in out + err + caplog.text


def test_view_uses_stock_widgets_only(stay_positive):
    """Is the view built from stock ipywidgets only, with a labelled text box?"""
    view = new_view(stay_positive)
    seen = widget_types(view.widget)
    assert all(cls.__module__.startswith("ipywidgets.") for cls in seen)
    assert W.Textarea in seen
    assert view.reply.description == "Your reply:"


# --- the handout ------------------------------------------------------------------------------


def test_static_rewrite_lays_out_prompt_reply_rubric_and_folded_answers(stay_positive):
    """Does the handout show the context, the unhelpful reply, the rubric, and fold why and the answers in <details>?"""
    learner = render_item(stay_positive, "learner")
    assert "Rewrite the response:" in learner
    assert "“You just need to stay positive!”" in learner
    assert "What might you say to Marcus instead?" in learner
    for point in stay_positive.rubric:
        assert point.question in learner
    assert learner.count("<details>") == 2
    assert "<summary>Why the original reply did not help</summary>" in learner
    assert "<summary>Model answers</summary>" in learner
    assert "<script" not in learner
    assert "For the facilitator" not in learner
    facilitator = render_item(stay_positive, "facilitator")
    assert facilitator.count("<details open>") == 2
    assert "What did you want Marcus to feel after your reply?" in facilitator


def test_content_text_is_escaped_in_view_and_handout(write_yaml):
    """Is markup in a rewrite's own content shown as text in the live view and the handout?"""
    script = "<script>alert('x')</script>"
    path = write_yaml(f"""\
schema_version: 1
type: rewrite
id: escaped
title: "Title {script}"
context: "Context {script}"
unhelpful: "Unhelpful {script}"
why_unhelpful: "Why {script}"
prompt: "Prompt {script}"
rubric:
  - {{id: one, question: "Question {script}"}}
coach:
  does: [{{behaviour: open-question, point: one}}]
  avoids: [{{behaviour: minimizing}}]
model_answers:
  - {{text: "Answer {script}", notes: "Notes {script}"}}
""")
    loaded, problems = load_file(path)
    assert problems == []
    view = new_view(loaded.model)
    view.get_feedback("That sounds hard. What would help?")
    for widget in (view.title, view.situation, view.feedback, view.answers):
        assert "<script>" not in widget.value
    for edition in ("learner", "facilitator"):
        assert "<script>" not in render_item(loaded.model, edition)
