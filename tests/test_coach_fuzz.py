"""The coach never crashes and stays fast, whatever text it is given."""

from __future__ import annotations

import gc
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerkit.coach import analyze, crisis_signs, feedback
from peerkit.coach._phrases import phrases


@pytest.fixture(scope="module", autouse=True)
def compiled_rules() -> None:
    """Compile the rules once before any timed call.

    The first call of a session compiles the phrase rules (about a second) and the first
    call for an exercise reads the course content; those are one-off costs, not the
    per-reply speed these tests are about, and without this the first example alone
    would break the deadline when the file runs on its own.
    """
    phrases()
    for exercise in EXERCISES:
        feedback("warm up", exercise)


WORDS = st.sampled_from(
    [
        "you",
        "I",
        "should",
        "maybe",
        "what",
        "how",
        "at",
        "least",
        "not",
        "bad",
        "worse",
        "sorry",
        "?",
        ".",
        ",",
        "!",
        "-",
        "'",
        "’",
        "🙂",
        "é\n",
        "kill",
        "myself",
        "want",
        "to",
        "die",
        "so",
        "sounds",
        "like",
        "feel",
        "really",
        "try",
        "have",
        "tried",
        "never",
    ]
)
EXERCISES = (None, "rewrite-you-should", "disclosure-back-to-work")
TEXT = st.one_of(
    st.text(max_size=5000),
    st.lists(WORDS, max_size=800).map(" ".join),
)


def cpu_time(function, *args):
    """Call ``function(*args)``; return its result and the CPU seconds it took.

    CPU time of this process, not wall-clock time, with garbage collection off during the
    call (as the timeit module times): on a busy machine the wall clock also counts the time
    other processes had the core, and a collection of the test process's heap is not the
    coach's cost. The fuzz tests' bounds are ten to fifteen times the slowest calls seen (3 ms
    and 10 ms of CPU on 5 kB), so only runaway matching breaks them, such as a pattern that
    backtracks without end, which takes seconds on 5 kB. The per-reply times themselves are
    bench/coach_speed.py's to print."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        start = time.process_time()
        result = function(*args)
        return result, time.process_time() - start
    finally:
        if collecting:
            gc.enable()


def analyze_and_screen(text: str):
    """What the coach does with a reply: its reading, and the screen for crisis signs."""
    result = analyze(text)
    crisis_signs(text)
    return result


# deadline=None: Hypothesis's deadline is wall-clock time; cpu_time() above is the check.
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_does_any_text_give_a_valid_result_quickly(text: str) -> None:
    """Does any text up to 5 kB (unicode, run-ons, phrase soup) analyse in under 50 ms of CPU?"""
    text = text[:5000]
    result, took = cpu_time(analyze_and_screen, text)
    assert took < 0.05
    for f in result.findings:
        assert 0 <= f.span[0] < f.span[1] <= len(text)
        assert f.message and f.suggestion
        assert 0.0 < f.confidence <= 1.0
    assert result.primary is None or isinstance(result.primary, str)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(EXERCISES))
def test_does_any_text_give_valid_notes_quickly(text: str, exercise: str | None) -> None:
    """Does feedback() on any text up to 5 kB give well-formed notes in under 100 ms of CPU?"""
    text = text[:5000]
    notes, took = cpu_time(feedback, text, exercise)
    assert took < 0.1
    for note in notes:
        assert note.tone in ("strength", "reconsider", "note")
        assert note.message and note.heading
        for a, b in note.spans:
            assert 0 <= a < b <= len(text)
        assert not (note.tone == "reconsider" and note.kind == "suicide" and not note.harmful)


@pytest.mark.slow  # reads 1.25 MB of text (about 10 s)
def test_does_a_huge_input_finish() -> None:
    """Does a 1 MB reply finish, with cost growing linearly rather than faster?

    CPU time, not wall-clock time, so other work on a shared machine does not
    count; and a ratio within one run, not an absolute figure (bench/coach_speed.py
    prints the absolute times).
    """
    quarter = "You should try. " * 16_250
    _, small = cpu_time(analyze, quarter)
    _, large = cpu_time(analyze, quarter * 4)
    assert large < 30
    assert large < 8 * max(small, 0.01), (small, large)
