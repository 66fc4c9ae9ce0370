"""The "say it out loud" practice (lesson 06): its steps, its feedback, and what it keeps."""

from __future__ import annotations

import json

import pytest

from peerkit.content import SayAloud, load_library
from peerkit.practice import SayAloudPlay
from peerkit.practice._say_aloud import TONES, rules_found, step_feedback


@pytest.fixture(scope="module")
def item() -> SayAloud:
    found = load_library().items["say-it-out-loud-cora"]
    assert isinstance(found, SayAloud)
    return found


def _step(item: SayAloud, step_id: str):
    return next(s for s in item.steps if s.id == step_id)


def shown(item, step_id, text):
    return {(n.label, n.tone) for n in step_feedback(item, _step(item, step_id), text).items}


@pytest.mark.parametrize("step_id", ["ask", "next"])
def test_the_model_answers_earn_no_note_to_reconsider(item, step_id):
    """Do each step's model answers earn strengths and nothing to reconsider?

    (An "also noticed" note may come and go as the coach is tuned; none may say to reconsider.)
    """
    for answer in _step(item, step_id).model_answers:
        feedback = step_feedback(item, _step(item, step_id), answer.text)
        assert feedback.strengths, answer.text
        assert not feedback.reconsider, (answer.text, feedback.items)
        assert not [n for n in feedback.notes if n.kind == "say-aloud"], feedback.notes


DIRECT = (
    "Are you thinking about suicide?",
    "Are you thinking of killing yourself?",
    "Have you had thoughts of ending your life?",
    "Cora, are you having thoughts of suicide?",
    "Sometimes people who feel this low think about suicide. Is that on your mind?",
)


@pytest.mark.parametrize("step_id", ["ask", "next"])
@pytest.mark.parametrize("text", DIRECT)
def test_a_plain_question_about_suicide_is_a_strength_and_never_to_reconsider(item, step_id, text):
    """In both steps, is asking directly about suicide a strength, with nothing to reconsider?"""
    feedback = step_feedback(item, _step(item, step_id), text)
    assert any(n.kind == "suicide" and n.tone == "strength" for n in feedback.items), feedback.items
    assert not feedback.reconsider


METHOD = (
    "How would you do it?",
    "Have you thought about how you would do it?",
    "What would you use?",
    "How would you kill yourself?",
    "Where would you do it?",
)


@pytest.mark.parametrize("step_id", ["ask", "next"])
@pytest.mark.parametrize("text", METHOD)
def test_a_question_about_method_is_always_to_reconsider(item, step_id, text):
    """Is asking how she would do it 'reconsider' in every step, and never praised as an open question?"""
    feedback = step_feedback(item, _step(item, step_id), text)
    assert ("asks-for-method", "reconsider") in {(n.label, n.tone) for n in feedback.items}
    assert not feedback.strengths, feedback.strengths
    [note] = [n for n in feedback.items if n.label == "asks-for-method"]
    assert "do not need those details" in note.message


@pytest.mark.parametrize(
    "text",
    [
        "How will you keep yourself safe tonight?",
        "Can you tell me how you would like me to help?",
        "How do you do it, keeping going every day?",
        "What's been helping you hold on?",
    ],
)
def test_questions_about_safety_and_help_are_not_taken_for_method(item, text):
    """Are questions about keeping safe or about help left alone by the method rule?"""
    assert "asks-for-method" not in rules_found(text)


def test_a_question_about_hurting_herself_is_noticed_as_not_naming_suicide(item):
    """In the 'ask' step, does 'hurting yourself' get a note suggesting the word (never 'reconsider')?"""
    assert shown(item, "ask", "Are you thinking of hurting yourself?") == {
        ("vague-about-suicide", "note")
    }


def test_a_question_that_leads_to_no_keeps_the_word_and_names_the_form(item):
    """Is "You're not thinking about suicide, are you?" praised for the word and asked to change its form?"""
    got = shown(item, "ask", "You're not thinking about suicide, are you?")
    assert ("closed_question", "strength") in got and ("leading-to-no", "reconsider") in got
    assert ("judging", "reconsider") in shown(
        item, "ask", "You're not thinking of doing anything silly, are you?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Do you have a plan?",
        "Have you thought about when?",
        "Is there a plan, or a time you've thought about?",
    ],
)
def test_asking_about_a_plan_and_how_soon_is_a_strength_in_the_next_step(item, text):
    """In step 'next', is a closed question about a plan or timing a strength, without the closed-question note?"""
    got = shown(item, "next", text)
    assert ("asks-about-plan-and-timing", "strength") in got
    assert not {label for label, tone in got if tone != "strength"}, got


def test_harmful_habits_are_still_named(item):
    """Does the coach still mark minimizing and a promise of secrecy to reconsider?"""
    assert ("minimizing", "reconsider") in shown(item, "ask", "Everyone feels like that sometimes.")
    assert ("promising_secrecy", "reconsider") in shown(
        item, "ask", "Don't worry, I won't tell anyone. Are you thinking about suicide?"
    )
    assert ("minimizing", "reconsider") in shown(
        item,
        "ask",
        "You said nobody would notice. That's not true, everyone feels that way sometimes.",
    )


def test_every_rule_has_a_fixed_tone_and_method_is_never_a_strength():
    """Are the rules' tones set in code, with method and leading questions to reconsider?"""
    assert TONES["asks-for-method"] == "reconsider"
    assert TONES["leading-to-no"] == "reconsider"
    assert TONES["vague-about-suicide"] == "note"


def test_the_learner_s_own_crisis_words_show_support_not_coaching(item):
    """If what the learner types shows signs of their own crisis, is there support instead of notes?"""
    feedback = step_feedback(item, _step(item, "ask"), "Honestly I can't go on like this anymore.")
    assert feedback.crisis and not feedback.items


def test_going_on_without_saying_it_finishes_the_exercise(item):
    """Does 'Go on without saying it' move through every step just as 'I said it out loud' does?"""
    for say in (True, False):
        play = SayAloudPlay(item)
        for i, step in enumerate(item.steps):
            play.write(step.model_answers[0].text if say else "")
            play.done_typing()
            result = play.go_on()
            assert result.step.id == step.id
            if i + 1 < len(item.steps):
                play.next_step()
        assert play.finished


def test_the_steps_go_in_order(item):
    """Are the stages write, aloud, feedback enforced, with plain errors when skipped?"""
    play = SayAloudPlay(item)
    with pytest.raises(ValueError, match="not saying it out loud"):
        play.go_on()
    with pytest.raises(ValueError, match="feedback first"):
        play.next_step()
    play.write("Are you thinking about suicide?")
    play.done_typing()
    with pytest.raises(ValueError, match="already typed"):
        play.write("changed")
    play.go_on()
    play.retry()
    assert play.stage == "write" and play.text() == ""


def test_nothing_the_learner_types_is_in_the_saved_state(item):
    """Does the progress state say only whether feedback was seen, never the words?"""
    play = SayAloudPlay(item)
    play.write("Cora, 4417, are you thinking about suicide?")
    play.done_typing()
    play.go_on()
    state = play.to_state()
    assert state == {"tried": True} and "4417" not in json.dumps(state)
    assert SayAloudPlay.from_state(item, state).text("ask") == ""
    assert "4417" in play.journal_text()  # only if the learner saves it
    play.restart()
    assert "4417" not in play.journal_text()
