"""Behaviour of the response coach, peerkit.coach.analyze, on replies written for these tests."""

from __future__ import annotations

import pytest

from peerkit import coach
from peerkit.coach import LABELS, Analysis, analyze
from peerkit.content._lints import unconditional_promise
from peerkit.content._teaching_models import REPLY_MESSAGE_KEYS


def labels_of(text: str) -> frozenset[str]:
    return analyze(text).labels


def finding(text: str, label: str) -> coach.Finding:
    return next(f for f in analyze(text).findings if f.label == label)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("What was that like for you?", "open_question"),
        ("How have the last few weeks been?", "open_question"),
        ("Tell me more about your brother.", "open_question"),
        ("Do you have somewhere to stay tonight?", "closed_question"),
        ("Is your sponsor still around?", "closed_question"),
        ("Sounds like you feel stuck between two bad choices.", "reflection"),
        ("So you've been carrying this on your own for months.", "reflection"),
        ("You kept going to group even when it was hard, that took real courage.", "affirmation"),
        ("You're not alone in this.", "affirmation"),
        ("When I was in early recovery, I went through something similar.", "self_disclosure"),
        ("I used to hide my drinking from everyone.", "self_disclosure"),
        ("You should call your sister tonight.", "advice"),
        ("Maybe you could try writing it down.", "advice"),
        ("Research shows that regular sleep helps mood.", "information"),
        ("There are free support groups in most cities.", "information"),
        ("It's not that bad, honestly.", "minimizing"),
        ("At least you still have your job.", "minimizing"),
        ("I had it way worse when I was your age.", "comparing"),
        ("I know exactly how you feel.", "comparing"),
        ("That was a stupid thing to do.", "judging"),
        ("If you really wanted to quit, you would have.", "judging"),
    ],
)
def test_does_a_clear_example_get_its_label(text: str, label: str) -> None:
    """Does each label show up on a clear example of it?"""
    assert label in labels_of(text)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("What was that like for you?", "open_question"),
        ("Do you have a job at the moment?", "closed_question"),
        ("It sounds like you're exhausted.", "reflection"),
        ("I went through a divorce too, a few years back.", "self_disclosure"),
        ("You should really think about leaving him.", "advice"),
        ("Many people find the first month the hardest.", "information"),
    ],
)
def test_is_the_primary_label_the_obvious_one(text: str, primary: str) -> None:
    """For a one-sentence reply doing one thing, is that thing the primary label?"""
    assert analyze(text).primary == primary


def test_does_a_you_should_reply_count_as_directive_advice() -> None:
    """Does a 'you should' reply count as directive advice?"""
    found = finding("You should go to a meeting tonight.", "advice")
    assert found.kind == "directive"
    assert "choice" in found.message
    assert "Would it help to hear what worked for me?" in found.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Would it help to hear what worked for me?",
        "Would you like some ideas, or would you rather just talk?",
        "Can I share something that helped me?",
    ],
)
def test_is_advice_that_asks_permission_told_apart_from_directive_advice(text: str) -> None:
    """Is advice that asks permission first labelled advice, but not directive?"""
    found = finding(text, "advice")
    assert found.kind == "permission"


def test_is_an_unasked_suggestion_neither_directive_nor_permission() -> None:
    """Is "maybe you could..." a suggestion: advice offered without asking?"""
    found = finding("Maybe you could try a walk after dinner.", "advice")
    assert found.kind == "suggestion"


def test_is_praise_told_apart_from_an_affirmation() -> None:
    """Does "Great job!" get the praise message that explains affirmation vs praise?"""
    found = finding("Great job!", "affirmation")
    assert found.kind == "praise"
    assert "praise" in found.message.lower()


def test_does_a_why_question_get_a_gentle_note() -> None:
    """Does a 'why' question get a note that 'why' can sound like blame?"""
    found = finding("Why did you stop going?", "open_question")
    assert "why" in found.message.lower()


def test_do_spans_point_at_the_sentence_that_earned_the_finding() -> None:
    """Do finding spans point at the right text in the original reply?"""
    text = "That sounds really hard.   You should call your sister. What do you think?"
    result = analyze(text)
    advice = next(f for f in result.findings if f.label == "advice")
    question = next(f for f in result.findings if f.label == "open_question")
    assert text[advice.span[0] : advice.span[1]] == "You should call your sister."
    assert text[question.span[0] : question.span[1]] == "What do you think?"


def test_are_spans_offsets_into_the_original_text_even_with_unicode() -> None:
    """Are spans still right when the text has emoji and curly quotes before them?"""
    text = "🙂 Thanks for telling me. You’re not alone — it’s okay to feel this."
    for f in analyze(text).findings:
        start, end = f.span
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]


def test_does_every_finding_have_a_message_and_a_suggestion() -> None:
    """Does every kind of finding carry a non-empty message and suggestion?"""
    replies = [
        "What happened?",
        "Did you sleep?",
        "Sounds like you're worn out.",
        "Good job!",
        "You kept trying.",
        "I've been there too.",
        "You should rest.",
        "Would some ideas help?",
        "Studies show walking helps.",
        "It's not that bad.",
        "I had it worse.",
        "That was dumb.",
        "Don't worry, it stays between us.",
    ]
    seen = set()
    for text in replies:
        for f in analyze(text).findings:
            seen.add(f.label)
            assert f.message.strip() and f.suggestion.strip()
            assert f.label in LABELS
    assert seen == set(LABELS)


def test_do_messages_speak_to_the_learner_kindly_and_briefly() -> None:
    """Are all messages short, second person and free of programmer words?"""
    for (label, kind), (message, suggestion) in coach._note_texts.MESSAGES.items():
        assert "you" in message.lower(), (label, kind)
        assert len(message) < 200 and len(suggestion) < 200, (label, kind)
        for word in ("label", "regex", "token", "None", "score"):
            assert word not in message, (label, kind)


def test_has_every_label_and_kind_its_words_in_the_data() -> None:
    """Do the coach's words, read from data/coach/reply-messages.yaml, cover every label and kind it gives?"""
    assert list(coach._note_texts.MESSAGES) == list(REPLY_MESSAGE_KEYS)
    assert {label for label, _ in REPLY_MESSAGE_KEYS} == set(LABELS)


def test_does_the_secrecy_suggestion_name_the_limits_without_a_new_promise() -> None:
    """Does the suggestion after a promise of secrecy say what may be shared, as lessons 01, 03 and 07 teach, and promise nothing that could not be kept?"""
    for suggestion in (
        coach._note_texts.message_for("promising_secrecy")[1],
        coach._notes.words_for("promising_secrecy").suggestion,
    ):
        said = suggestion.split('"')[1]
        assert unconditional_promise(said) is None
        for limit in ("notes", "supervisor", "bring others in", "if I safely could"):
            assert limit in said, limit
        assert "stays with me" not in said and len(suggestion) < 200


@pytest.mark.parametrize("text", ["", " ", "\n\t  \n", "...", "?!"])
def test_does_empty_or_blank_input_give_no_findings(text: str) -> None:
    """Does empty or whitespace-only input give no findings and no primary label?"""
    result = analyze(text)
    assert result.findings == ()
    assert result.labels == frozenset()
    assert result.primary is None


@pytest.mark.parametrize("text", ["Hello!", "Thanks so much.", "Take care.", "Okay."])
def test_is_small_talk_left_alone(text: str) -> None:
    """Is a greeting or a thank-you left without a skill label?"""
    assert analyze(text).primary is None


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script> You should leave.",
        "<img src=x onerror=alert(1)> What happened?",
        "&lt;b&gt; {{ 7*7 }} ${jndi:ldap://x} '; DROP TABLE users; --",
        "\x00\x01\x02 null bytes \ufeff and a BOM",
    ],
)
def test_does_analyze_cope_with_html_and_script_payloads(text: str) -> None:
    """Does analyze cope with HTML/script payloads, returning plain text without echoing them?"""
    result = analyze(text)
    assert isinstance(result, Analysis)
    assert result.text == text
    for f in result.findings:
        assert "<" not in f.message and "<" not in f.suggestion


def test_is_analyze_deterministic() -> None:
    """Does the same reply always give the same result?"""
    text = "I hear you. When I was struggling, a walk helped. Would you like to try one?"
    assert analyze(text) == analyze(text)


def test_does_analyze_refuse_non_text_clearly() -> None:
    """Does passing something that is not text raise a clear TypeError?"""
    with pytest.raises(TypeError, match="needs text"):
        analyze(None)  # type: ignore[arg-type]


def test_does_the_public_api_list_what_it_exports() -> None:
    """Does peerkit.coach's __all__ name exactly its public objects?"""
    assert set(coach.__all__) == {
        "HARMFUL",
        "LABELS",
        "MEASURED",
        "SKILLS",
        "THRESHOLDS",
        "TONE_HEADINGS",
        "Analysis",
        "Finding",
        "Measured",
        "Note",
        "Principle",
        "analyze",
        "crisis_signs",
        "feedback",
    }
    for name in coach.__all__:
        assert hasattr(coach, name)


@pytest.mark.parametrize(
    "text",
    [
        "You're welcome, have a good night!",
        "Thanks again, and take care!",
        "Merry Christmas to you too!",
        "Mm-hmm. Yeah.",
        "No problem at all, glad I could help.",
    ],
)
def test_is_a_reply_made_only_of_small_talk_left_alone(text: str) -> None:
    """Is a reply that only thanks, wishes well or says goodbye given no skill label?"""
    assert analyze(text).primary is None


def test_does_a_goodbye_with_a_wish_count_as_closing_the_conversation() -> None:
    """Does "You're welcome. I hope it goes well. Take care!" read as a goodbye, not a skill?"""
    assert analyze("You're welcome. I hope the interview goes well. Take care!").primary is None


def test_does_small_talk_leave_the_rest_of_a_sentence_to_count() -> None:
    """Does "Thanks, that sounds really hard" still count, because not every word is small talk?"""
    assert analyze("Thanks, that sounds really hard.").primary is not None


def test_is_how_are_you_a_question_even_after_a_greeting() -> None:
    """Is "Hi, how are you?" an open question, not small talk to ignore?"""
    assert analyze("Hi, how are you?").primary == "open_question"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Any questions about that?", "open_question"),
        ("So, any other ideas about what might help?", "open_question"),
        ("I'm wondering if you could tell me a bit about your week.", "open_question"),
        ("Tell me something about that.", "open_question"),
        ("What about your brother, is he around much?", "open_question"),
        ("Is your sister around?", "closed_question"),
        ("You go on Fridays, which is a lot?", "closed_question"),
    ],
)
def test_is_the_kind_of_question_the_one_a_listener_would_hear(text: str, kind: str) -> None:
    """Is each question open or closed as a listener would hear it (one open part opens it)?"""
    assert kind in analyze(text).labels
    other = ({"open_question", "closed_question"} - {kind}).pop()
    assert other not in analyze(text).labels


def test_are_contractions_read_in_full() -> None:
    """Is "Why'd she leave?" read as "why did", an open 'why' question?"""
    found = finding("Why'd she leave?", "open_question")
    assert found.kind == "why"


@pytest.mark.parametrize("text", ["I take the bus to work.", "I see how hard this is."])
def test_does_a_sentence_starting_with_i_keep_its_subject(text: str) -> None:
    """Is "I take the bus" not read as "Take the bus!", nor "I see how..." as a question?"""
    labels = analyze(text).labels
    assert "advice" not in labels
    assert not labels & {"open_question", "closed_question"}


@pytest.mark.parametrize(
    "text",
    [
        "Why do you think you felt that way?",
        "It's hard to stay positive right now, I get that.",
        "How could you respond if she says that again?",
        "I don't think you are naive at all.",
    ],
)
def test_are_supportive_replies_with_harsh_looking_words_left_unflagged(text: str) -> None:
    """Are a curious 'why' question, an empathic 'hard to stay positive' and similar not harms?"""
    assert not analyze(text).harmful


@pytest.mark.parametrize(
    "text",
    ["I hope you feel better soon.", "I hope I was of some help!", "Wishing you all the best."],
)
def test_is_a_closing_wish_not_a_skill(text: str) -> None:
    """Is a good wish at the end of a talk left without a skill label (a wish, not a reflection)?"""
    assert analyze(text).primary is None


@pytest.mark.parametrize(
    "text", ["Don't beat yourself up about it.", "You shouldn't feel bad for asking for help."]
)
def test_is_reassurance_phrased_as_dont_an_affirmation_not_an_order(text: str) -> None:
    """Is "Don't beat yourself up" reassurance (affirmation), not directive advice?"""
    result = analyze(text)
    assert result.primary == "affirmation"
    assert not any(f.kind == "directive" for f in result.findings)


def test_is_a_statement_with_a_check_on_the_end_a_reflection() -> None:
    """Is "So you've been working two jobs, right?" a reflection that checks the guess?"""
    assert analyze("You've been working two jobs for months, right?").primary == "reflection"


def test_is_saying_it_happened_to_me_too_self_disclosure() -> None:
    """Is "I was laid off last year too" heard as the supporter sharing their own life?"""
    assert analyze("I was laid off last year too.").primary == "self_disclosure"


def test_does_a_request_keep_its_purpose_whatever_it_is_about() -> None:
    """Is "Find a job where you feel happy" advice, although it mentions a feeling?"""
    assert analyze("Find a job where you feel happy and valued.").primary == "advice"


def test_is_just_at_the_start_not_an_order_by_itself() -> None:
    """Is "Just from our talk I can see how tired you are" a reflection, not advice?"""
    result = analyze("Just from our talk today, I can see how tired you are.")
    assert result.primary == "reflection"
    assert "advice" not in result.labels


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Any time you feel low, it might help to go for a walk.", "advice"),
        ("Are you too tired to go tonight?", "closed_question"),
    ],
)
def test_do_goodbye_words_inside_other_sentences_leave_them_alone(text: str, primary: str) -> None:
    """Do "any time" and "you too" inside an ordinary sentence keep it from reading as a goodbye?"""
    assert analyze(text).primary == primary
