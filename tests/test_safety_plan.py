"""The safety-plan practice (lesson 06): its feedback, what it keeps, and what it never says."""

from __future__ import annotations

import itertools
import json

import pytest

from peerkit.content import SafetyPlan, load_library
from peerkit.content._practice_models import SAFETY_PLAN_NOTES, SAFETY_PLAN_SECTIONS
from peerkit.practice import SafetyPlanPlay
from peerkit.practice._safety_plan import notes_for


@pytest.fixture(scope="module")
def plan() -> SafetyPlan:
    item = load_library().items["safety-plan-eli"]
    assert isinstance(item, SafetyPlan)
    return item


def _section(plan: SafetyPlan, section_id: str):
    return next(s for s in plan.sections if s.id == section_id)


def test_the_plan_has_the_six_sections_of_the_published_model_in_order(plan):
    """Does Eli's plan follow the Safety Planning Intervention's six sections, in order?"""
    required = [s.id for s in plan.sections if not s.optional]
    assert required == list(SAFETY_PLAN_SECTIONS)
    assert set(plan.auto_notes) == set(SAFETY_PLAN_NOTES)


def test_the_model_plan_raises_no_note(plan):
    """Does the model plan itself, written in, earn no automatic note at all?"""
    play = SafetyPlanPlay(plan)
    for section in plan.sections:
        play.write(section.id, section.model)
    feedback = play.feedback()
    assert {s.section.id: [n.name for n in s.notes] for s in feedback.sections} == {
        s.id: [] for s in plan.sections
    }
    assert feedback.written == len(plan.sections)


SAMPLES = [
    ("warning-signs", "   ", "empty"),
    ("warning-signs", "He stops answering texts and lies on the sofa.", "third-person"),
    ("on-my-own", "Eli could take the dog out.", "third-person"),
    ("professionals", "The crisis line, 988, and my doctor.", "phone-number"),
    ("ask-for-help", "My cousin on 555 0142.", "phone-number"),
    ("on-my-own", "I promise I won't do anything.", "promise"),
    ("on-my-own", "I agree not to hurt myself.", "promise"),
    ("safer-surroundings", "Give my pills to my cousin.", "method-detail"),
    ("safer-surroundings", "My cousin keeps the things I've been stockpiling.", "method-detail"),
    ("professionals", "My doctor, in the daytime.", "missing-crisis-line"),
    ("ask-for-help", "My cousin. You, any time, day or night.", "round-the-clock"),
    (
        "professionals",
        "My crisis line, and my peer supporter whenever I need her.",
        "round-the-clock",
    ),
]


@pytest.mark.parametrize(("section_id", "text", "note"), SAMPLES)
def test_each_automatic_note_fires_on_a_sample(plan, section_id, text, note):
    """Does each automatic note appear on a section that shows its slip?"""
    assert note in notes_for(_section(plan, section_id), text, plan.person)


QUIET = [
    ("warning-signs", "When I stop answering texts. When I think everyone would be better off."),
    ("people-and-places", "Hang out at the diner. My cousin's on Sundays."),
    ("what-matters", "Being there when my niece graduates in 2027."),
    ("professionals", "The crisis line, by text first, any time. My doctor in the daytime."),
    ("ask-for-help", "My cousin, any time. My old manager."),
    ("safer-surroundings", "Ask my cousin to keep the things I've thought about at her place."),
    ("what-matters", ""),
]


@pytest.mark.parametrize(("section_id", "text"), QUIET)
def test_good_sections_get_no_note(plan, section_id, text):
    """Do ordinary, good answers (a year, the crisis line any time, 'hang out') stay free of notes?"""
    assert notes_for(_section(plan, section_id), text, plan.person) == ()


def test_a_warning_sign_in_eli_s_own_words_is_not_taken_for_the_learner_s_crisis(plan):
    """Is the coach's crisis check left out, so Eli's words ('better off without me') get normal feedback?"""
    play = SafetyPlanPlay(plan)
    play.write("warning-signs", "I think everyone would be better off without me.")
    [first] = [s for s in play.feedback().sections if s.section.id == "warning-signs"]
    assert first.notes == () and first.text.startswith("I think everyone")


def test_feedback_is_the_same_whatever_order_the_sections_are_filled_in(plan):
    """Does filling the sections in another order give exactly the same feedback?"""
    texts = {s.id: f"My words for {s.label}, he said." for s in plan.sections}
    results = set()
    for order in itertools.islice(itertools.permutations(texts), 0, 720, 97):
        play = SafetyPlanPlay(plan)
        for section_id in order:
            play.write(section_id, texts[section_id])
        results.add(
            tuple(
                (s.section.id, s.text, tuple(n.name for n in s.notes))
                for s in play.feedback().sections
            )
        )
    assert len(results) == 1


def test_feedback_can_be_asked_for_with_every_section_empty(plan):
    """Can the learner ask for feedback at once, and see every section's model and checks?"""
    feedback = SafetyPlanPlay(plan).feedback()
    assert feedback.written == 0
    assert "model plan" in feedback.summary
    assert all(s.section.model and s.section.check for s in feedback.sections)
    empty = [s.section.id for s in feedback.sections if [n.name for n in s.notes] == ["empty"]]
    assert empty == list(SAFETY_PLAN_SECTIONS)


def test_nothing_the_learner_writes_is_in_the_saved_state(plan):
    """Does the progress state say only whether feedback was asked for, never the words?"""
    play = SafetyPlanPlay(plan)
    play.write("warning-signs", "A secret sentence 7731")
    assert play.to_state() == {"tried": False}
    play.feedback()
    state = play.to_state()
    assert state == {"tried": True}
    assert "7731" not in json.dumps(state)
    again = SafetyPlanPlay.from_state(plan, state)
    assert again.text("warning-signs") == ""


def test_the_journal_entry_is_marked_as_practice_for_a_fictional_person(plan):
    """Does a saved plan say it is practice for Eli, not the learner's own plan, with their words?"""
    play = SafetyPlanPlay(plan)
    play.write("on-my-own", "A hot shower.")
    text = play.journal_text()
    assert text.startswith("Practice safety plan for Eli, a fictional person")
    assert "This is not my own plan." in text
    assert "2. Things I can do on my own\nA hot shower." in text
    assert "My warning signs" not in text  # empty sections are left out


def test_an_unknown_section_is_refused_in_plain_words(plan):
    """Is writing to a section the plan does not have refused, naming the real ones?"""
    with pytest.raises(ValueError, match="'warning-sign' is not a section of this plan"):
        SafetyPlanPlay(plan).write("warning-sign", "x")
    with pytest.raises(TypeError):
        SafetyPlanPlay(plan).write("warning-signs", None)  # type: ignore[arg-type]


def test_no_automatic_note_contradicts_the_teaching(plan):
    """Do the notes' words keep to the teaching: no number, no method, no promise asked for?"""
    from peerkit.content._practice_checks import phone_numbers
    from peerkit.content._wording import unsafe_phrases

    for text in plan.auto_notes.values():
        assert not phone_numbers(text) and not unsafe_phrases(text)
    assert "not a promise" in plan.auto_notes["promise"]
    assert "hours" in plan.auto_notes["round-the-clock"]
