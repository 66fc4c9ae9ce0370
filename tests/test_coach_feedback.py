"""peerkit.coach.feedback: the notes a written exercise shows, following that exercise's rubric."""

from __future__ import annotations

import re
from unittest import mock

import pytest

from peerkit import coach
from peerkit.coach import HARMFUL, SKILLS, Note, _thresholds, feedback
from peerkit.content import Disclosure, Rewrite, load_library
from peerkit.content._teaching_models import FEEDBACK_NOTE_KEYS

EXERCISES = (
    "rewrite-stay-positive",
    "rewrite-happened-to-me",
    "disclosure-back-to-work",
    "rewrite-praise-to-affirmation",
    "rewrite-stop-thinking-that-way",
    "rewrite-you-should",
    "rewrite-strengths-based-note",
)


def shown(text: str, exercise: str | None = None) -> set[tuple[str, str]]:
    """(label, tone) of every coach note shown (checklist points left out)."""
    return {(n.label, n.tone) for n in feedback(text, exercise) if not n.check}


def labels(text: str, exercise: str | None = None) -> set[str]:
    return {label for label, _ in shown(text, exercise)}


def test_every_written_exercise_in_the_course_is_covered_here():
    """Are these tests looking at every rewrite and disclosure item the course has?"""
    items = load_library().items.values()
    assert {i.id for i in items if isinstance(i, Rewrite | Disclosure)} == set(EXERCISES)


# --- the contract ------------------------------------------------------------------------------


def test_each_note_has_a_label_a_tone_and_a_message():
    """Does every note carry label, tone and message, plus the heading, quotes and confidence views use?"""
    text = "That sounds really hard. You should get out more. What has it been like for you?"
    notes = feedback(text, "rewrite-stay-positive")
    assert notes and all(isinstance(n, Note) for n in notes)
    for note in notes:
        assert note.label and note.message and note.heading
        assert note.tone in ("strength", "reconsider", "note")
        assert 0.0 < note.confidence <= 1.0
        for (start, end), quote in zip(note.spans, note.quotes, strict=True):
            assert " ".join(text[start:end].split()) == quote
    tones = [n.tone for n in notes]
    assert tones == sorted(tones, key=["strength", "reconsider", "note"].index)


def test_an_exercise_can_be_named_by_id_or_given_as_its_item():
    """Does an exercise id give the same notes as the loaded exercise itself?"""
    item = load_library().item("rewrite-you-should")
    text = "I was worried when you didn't come. Could we agree to text? What would work for you?"
    assert feedback(text, "rewrite-you-should") == feedback(text, item)


@pytest.mark.parametrize(
    ("exercise", "problem", "error"),
    [
        ("rewrite-stay-postive", "'rewrite-stay-postive' is not in the course", ValueError),
        ("cs01-sent-not-chosen", "is a case, not a written exercise", ValueError),
        (42, "not int", TypeError),
    ],
)
def test_an_unknown_exercise_is_named_in_plain_words(exercise, problem, error):
    """Is an id that is not a written exercise refused with a plain message listing the real ones?"""
    with pytest.raises(error, match=problem) as raised:
        feedback("What happened?", exercise)  # type: ignore[arg-type]
    if error is ValueError:
        assert "rewrite-you-should" in str(raised.value)


def test_empty_text_and_crisis_words_give_no_notes():
    """Do blank text and the learner's own crisis words give no notes (the exercise shows support)?"""
    assert feedback("   ", "rewrite-stay-positive") == ()
    assert feedback("Honestly I can't go on like this anymore.", "rewrite-stay-positive") == ()
    with pytest.raises(TypeError, match="needs text"):
        feedback(None)  # type: ignore[arg-type]


# --- what the issue asks for ----------------------------------------------------------------------


SUICIDE_QUESTIONS = (
    "Are you thinking about killing yourself?",
    "Are you thinking about suicide?",
    "Have you had thoughts of ending your life?",
    "Have you thought about hurting yourself?",
    "When you feel this low, do you ever think about harming yourself?",
    "Sometimes people who feel this low think about suicide. Is that something on your mind?",
    "What thoughts have you had about suicide?",
)


@pytest.mark.parametrize("exercise", (None, *EXERCISES))
@pytest.mark.parametrize("text", SUICIDE_QUESTIONS)
def test_a_direct_question_about_suicide_is_never_to_reconsider(text, exercise):
    """In every exercise, is asking directly about suicide or self-harm a strength and never 'reconsider'?"""
    notes = [n for n in feedback(text, exercise) if not n.check]
    asked = [n for n in notes if n.kind == "suicide"]
    assert [(n.heading, n.tone) for n in asked] == [("Asking directly about suicide", "strength")]
    assert not [n for n in notes if n.tone == "reconsider"], notes


def test_a_judging_question_about_suicide_is_named_without_discouraging_asking():
    """Is "not thinking of doing anything stupid, are you?" judging, with advice to ask plainly instead?"""
    [note] = [
        n for n in feedback("You're not thinking of doing anything stupid, are you?") if n.harmful
    ]
    assert note.label == "judging" and note.kind == "suicide"
    assert "Asking about suicide is right" in note.message
    assert "Are you thinking about suicide?" in note.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Don't worry, I won't tell anyone, it stays between us.",
        "Your secret's safe with me.",
        "Whatever you tell me stays with me, I won't tell a soul.",
        "Anything you say here is completely confidential.",
        "I won't mention it to my supervisor, it'll stay between us.",
        "This is just between you and me.",
        "I promise I'll never repeat any of it.",
    ],
)
def test_promising_secrecy_is_found(text):
    """Is a promise of unconditional confidentiality a 'reconsider' note, and nothing in it praised?"""
    notes = shown(text, "rewrite-stay-positive")
    assert ("promising_secrecy", "reconsider") in notes
    assert not {tone for _, tone in notes} & {"strength"}


@pytest.mark.parametrize(
    "text",
    [
        "What you say stays with me and my supervisor unless someone's safety is at risk.",
        "I keep what you tell me private, but if I'm worried about your safety I'd have to involve"
        " someone, and I'd tell you first.",
        "I can't promise to keep everything to myself, but I'll always tell you first.",
        "Our chats stay between us, with a few exceptions, like if you were in danger.",
    ],
)
def test_honest_limits_are_not_a_promise_of_secrecy(text):
    """Do the honest limits of confidentiality stay clear of promising_secrecy (they are information)?"""
    assert "promising_secrecy" not in labels(text, "rewrite-stay-positive")
    assert "promising_secrecy" not in coach.analyze(text).labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Everyone feels low sometimes, it will pass.", "minimizing"),
        ("Cheer up, it's nearly the weekend!", "minimizing"),
        ("You're overthinking it.", "minimizing"),
        ("You'll be fine, honestly.", "minimizing"),
        ("That's a bit of an overreaction, isn't it?", "judging"),
        ("Isn't it a bit early to call yourself a failure?", "judging"),
        ("Why didn't you just call someone?", "judging"),
        ("Others have it much worse than you.", "comparing"),
        ("I know exactly how you feel.", "comparing"),
    ],
)
def test_harm_dressed_as_comfort_or_a_question_is_found(text, label):
    """Is minimising put as reassurance, and judging put as a question, still named?"""
    assert (label, "reconsider") in shown(text, "rewrite-stop-thinking-that-way")


@pytest.mark.parametrize(
    "text",
    [
        "Everyone feels low sometimes, it will pass.",
        "Don't worry, I won't tell anyone, it stays between us.",
        "That sounds hard, but at least you still have your job.",
        "You've kept going all week, unlike most people.",
        "That's a bit of an overreaction, isn't it?",
    ],
)
def test_a_hurtful_sentence_never_earns_a_strength(text):
    """Does a sentence that minimises, judges, compares or promises secrecy earn no strength note?"""
    for exercise in (None, *EXERCISES):
        notes = [n for n in feedback(text, exercise) if not n.check]
        assert not [n for n in notes if n.tone == "strength"], (exercise, notes)
    assert any(n.harmful for n in feedback(text))
    assert any(n.harmful for n in feedback(text, "rewrite-stay-positive"))


def test_reassurance_counts_as_minimising_where_a_feeling_was_shared():
    """Is "it happens to everyone" minimising about Marcus's low mood, but not about a missed meeting?"""
    text = "Honestly it happens to everyone, don't worry about it."
    assert ("minimizing", "reconsider") in shown(text, "rewrite-stay-positive")
    assert "minimizing" not in labels(text, "rewrite-you-should")
    avoids = {a.behaviour for a in load_library().item("rewrite-you-should").coach.avoids}
    assert "minimizing" not in avoids


def test_sharing_that_centres_the_supporter_is_not_asking_permission():
    """Is "here's what worked for me" found as sharing that turns the talk to you, never as asking first?"""
    text = "I've been there too, when I was using I lost my job, and here's what worked for me..."
    notes = feedback(text, "rewrite-happened-to-me")
    assert [(n.heading, n.tone) for n in notes] == [
        ("Sharing that turns the talk to you", "reconsider")
    ]
    assert notes[0].point == "about-her"
    assert not any(n.kind == "permission" for n in feedback(text))
    checklist = {n.check: n.status for n in feedback(text, "disclosure-back-to-work")}
    assert checklist["permission"] == "not-met" and checklist["no-assuming"] == "not-met"


def test_the_i_statement_exercise_recognises_an_i_statement():
    """Is "I was annoyed" an "I" statement in the exercise that asks for one, not self-disclosure?"""
    notes = feedback("I was annoyed.", "rewrite-you-should")
    assert [(n.label, n.tone, n.point) for n in notes] == [
        ("i_statement", "strength", "i-statement")
    ]
    assert "self_disclosure" not in labels(
        "I was worried when you didn't come.", "rewrite-you-should"
    )
    blaming = shown("I feel like you always do this.", "rewrite-you-should")
    assert ("judging", "reconsider") in blaming and ("i_statement", "strength") not in blaming


def test_the_lessons_own_affirmation_and_reflection_are_recognised():
    """Are the lesson's model affirmation and a textbook reflection shown as strengths?"""
    affirmation = (
        "You got yourself to the allotment every week, even on the days you nearly stayed in bed."
    )
    assert shown(affirmation, "rewrite-praise-to-affirmation") == {("affirmation", "strength")}
    reflection = "Everything feels like an effort right now, and you've pulled away from people."
    assert shown(reflection, "rewrite-stay-positive") == {("reflection", "strength")}


def test_praise_is_named_where_the_exercise_asks_for_an_affirmation():
    """In the praise exercise, is "Great job! I'm proud of you" praise to reconsider, not an affirmation?"""
    notes = shown("Great job! I'm so proud of you.", "rewrite-praise-to-affirmation")
    assert ("praise", "reconsider") in notes and "affirmation" not in {label for label, _ in notes}


def test_what_an_exercise_asks_for_is_never_to_reconsider():
    """Is a behaviour listed under an exercise's 'does' a strength, even one usually only noticed?"""
    for exercise in EXERCISES:
        asked = set(load_library().item(exercise).coach.does)
        for text in (
            "So you've felt low for weeks. What has it been like?",
            "Would it help to hear how it went for me? What worries you most?",
            "I felt frustrated. I'd like us to agree how to let each other know. What would work?",
            "You kept going every week, even on the hard days. What helped?",
            "Are you thinking about suicide?",
        ):
            for note in feedback(text, exercise):
                if note.tone == "reconsider" and not note.harmful and not note.check:
                    assert note.point not in {a.point for a in asked}, (exercise, text, note)


def test_the_lessons_model_answers_earn_nothing_to_reconsider():
    """Does every written exercise's own model answer pass its rubric: no coach note to reconsider?"""
    for exercise in EXERCISES:
        for answer in load_library().item(exercise).model_answers:
            notes = feedback(answer.text, exercise)
            assert not [n for n in notes if n.tone == "reconsider"], (exercise, answer.text, notes)


# --- speaking only when sure ---------------------------------------------------------------------


def test_skills_below_their_threshold_are_left_unsaid_but_harm_is_not():
    """With every threshold out of reach, are skill notes gone while harmful and safety notes stay?"""
    text = "That sounds hard. Cheer up though. Are you thinking about suicide? What happened?"
    everything = shown(text, "rewrite-stay-positive")
    assert {"reflection", "open_question", "minimizing"} <= {label for label, _ in everything}
    with mock.patch.dict(_thresholds.THRESHOLDS, {label: 1.01 for label in SKILLS}):
        sure_only = feedback(text, "rewrite-stay-positive")
    assert {(n.label, n.kind) for n in sure_only} == {
        ("minimizing", ""),
        ("closed_question", "suicide"),
    }


def test_every_skill_has_a_threshold():
    """Does every skill label have a confidence threshold (and only skills)?"""
    assert set(_thresholds.THRESHOLDS) == set(SKILLS)
    assert not set(_thresholds.THRESHOLDS) & HARMFUL
    assert all(0.0 < value <= 1.01 for value in _thresholds.THRESHOLDS.values())


def test_no_declared_behaviour_is_ever_given_the_reconsider_tone():
    """For every exercise and every behaviour it asks for, whatever the finding, is its tone never 'reconsider'?"""
    from peerkit.coach._feedback import _tone
    from peerkit.coach._reading import Candidate
    from peerkit.coach._rubric import rubric_for

    labels = [*SKILLS, "praise", "i_statement", "request", "medication"]
    checked = 0
    for exercise in EXERCISES:
        rubric = rubric_for(exercise)
        for behaviour in rubric.does:
            for label in labels:
                for kind in ("", "closed", "open", "why", "directive", "suggestion", "centred"):
                    candidate = Candidate(label, kind, 0, 3.0, frozenset({behaviour}))
                    for has_open in (False, True):
                        assert _tone(candidate, rubric, has_open) != "reconsider"
                        checked += 1
    assert checked > 1000


def test_every_note_the_coach_can_show_has_its_words_in_the_data():
    """Does data/coach/feedback-notes.yaml give words to every note the coach can show, and to no other?"""
    shown = set(coach._notes.DEFAULT_TONES) | {(label, "") for label in HARMFUL}
    shown.add(("judging", "suicide"))  # a question about suicide that passes a verdict
    assert set(coach._notes.WORDS) == shown == set(FEEDBACK_NOTE_KEYS)


def test_do_the_notes_speak_to_the_learner_kindly_and_briefly():
    """Are the words of every note, read from the data, short and free of codes and programmer words?"""
    for key, words in coach._notes.WORDS.items():
        for word in ("label", "regex", "token", "None", "score"):
            assert word not in words.message + words.suggestion, key
        assert len(words.heading) < 60 and len(words.suggestion) < 200, key
        for text in (words.heading, words.message, words.suggestion, words.principle.text):
            assert not re.search(r"\bS00\d-\d\d\b|\bSRC-\d\d\b", text), key
