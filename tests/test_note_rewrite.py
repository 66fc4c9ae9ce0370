"""A rewrite whose answer is a note for the record (lesson 07): the note rules and the coach."""

from __future__ import annotations

import pytest

from peerkit.content import Rewrite, load_library
from peerkit.practice import RewritePlay
from peerkit.practice._note_feedback import RULES, note_notes


@pytest.fixture(scope="module")
def rewrite() -> Rewrite:
    found = load_library().items["rewrite-strengths-based-note"]
    assert isinstance(found, Rewrite) and found.writing == "note"
    return found


def shown(rewrite, text):
    return {(n.label, n.tone) for n in note_notes(text, rewrite)}


def test_the_model_notes_earn_strengths_and_nothing_to_reconsider(rewrite):
    """Do both model notes earn strengths, and neither a note to reconsider nor a speech-skill note?"""
    for answer in rewrite.model_answers:
        got = shown(rewrite, answer.text)
        assert {label for label, tone in got if tone == "strength"} >= {
            "names-strength",
            "says-next-step",
            "says-when-where",
        }
        assert not [pair for pair in got if pair[1] != "strength"], got
    assert ("quotes-person", "strength") in shown(rewrite, rewrite.model_answers[0].text)


def test_the_judgmental_note_is_named_for_every_habit(rewrite):
    """Does the hurried note get a note for its labels, verdicts, guesses and surveillance?"""
    got = shown(rewrite, rewrite.unhelpful)
    assert got == {
        ("clinical-label", "reconsider"),
        ("judging", "reconsider"),
        ("guessing-inner-state", "reconsider"),
        ("surveillance", "reconsider"),
    }


def test_the_coach_s_speech_reading_is_left_out_of_a_note(rewrite):
    """Is "I told him about the travel fund" not called self-disclosure in a note?"""
    got = shown(rewrite, "I told him about the center's travel fund. Next: Thursday.")
    assert "self_disclosure" not in {label for label, _ in got}
    assert ("says-next-step", "strength") in got


def test_the_coach_s_harmful_habits_still_apply(rewrite):
    """Does a promise of secrecy written into a note still get the coach's reconsider note?"""
    got = shown(rewrite, "Told Kai: don't worry, I won't tell anyone about the drinking.")
    assert ("promising_secrecy", "reconsider") in got


def test_the_person_s_own_words_in_quotes_are_not_judged(rewrite):
    """Is a label inside the person's quoted words theirs, not a verdict of the note's?"""
    got = shown(rewrite, 'Kai said: "I feel like such an addict." We met at the library.')
    assert ("judging", "reconsider") not in got
    assert ("quotes-person", "strength") in got


def test_a_long_note_is_asked_to_be_shorter_never_to_reconsider(rewrite):
    """Does a note past the rubric's length get a gentle 'could this be shorter?' note?"""
    text = "Met Kai at the library café for 45 minutes. " * 20
    [note] = [n for n in note_notes(text, rewrite) if n.label == "length"]
    assert note.tone == "note" and "could this be shorter" in note.message


def test_only_behaviours_the_exercise_declares_are_reported(rewrite):
    """Is a behaviour missing from the rubric never reported, and every rule's behaviour declared here?"""
    declared = {e.behaviour for e in rewrite.coach.does} | {
        e.behaviour for e in rewrite.coach.avoids
    }
    assert {rule.behaviour for rule in RULES} <= declared
    narrow = rewrite.model_copy(
        update={"coach": rewrite.coach.model_copy(update={"does": rewrite.coach.does[:1]})}
    )
    got = {label for label, _ in shown(narrow, rewrite.model_answers[0].text)}
    assert got == {"quotes-person"}


def test_the_play_says_note_not_reply(rewrite):
    """Do the summaries of a note rewrite speak of a note?"""
    play = RewritePlay(rewrite)
    assert "your note" in play.feedback().summary
    play.write(rewrite.unhelpful)
    assert play.feedback().summary.startswith("This is the original note.")
    play.write(rewrite.model_answers[1].text)
    assert play.feedback().summary == "Your note does what a strengths-based note does."
    assert play.to_state() == {"tried": True}
