"""The workshop agenda: times, where breaks and lunch go, and plain messages for bad settings."""

from __future__ import annotations

import subprocess
import sys

import pytest

from peerkit._workshop_agenda import AgendaError, Session, as_text, clock, parse_clock, plan
from peerkit.cli import main

NINE_THIRTY = 9 * 60 + 30


def _times(rows):
    return [(clock(r.start), clock(r.end), r.kind, r.label) for r in rows]


def test_lessons_follow_each_other_from_the_start_time():
    """Does each lesson start when the one before it ends, from the given start time?"""
    rows = plan([Session("00-a", "A", 20), Session("01-b", "B", 35)], NINE_THIRTY, 90)
    assert _times(rows) == [("09:30", "09:50", "session", "A"), ("09:50", "10:25", "session", "B")]


def test_a_break_goes_in_before_work_would_run_past_the_limit():
    """Is a break inserted at the lesson boundary where carrying on would exceed the limit, and the count reset?"""
    lessons = [
        Session("00-a", "A", 40),
        Session("01-b", "B", 40),
        Session("02-c", "C", 40),
        Session("03-d", "D", 10),
    ]
    rows = plan(lessons, NINE_THIRTY, 90, break_minutes=15)
    assert _times(rows) == [
        ("09:30", "10:10", "session", "A"),
        ("10:10", "10:50", "session", "B"),
        ("10:50", "11:05", "break", "Break"),
        ("11:05", "11:45", "session", "C"),
        ("11:45", "11:55", "session", "D"),
    ]


def test_no_stretch_of_work_is_longer_than_the_limit():
    """Over a long day of mixed lessons, is every stretch between pauses at most break_every minutes?"""
    lessons = [
        Session(f"{i:02d}-x", f"L{i}", m) for i, m in enumerate([20, 35, 50, 45, 40, 50, 95, 30])
    ]
    for limit in (30, 45, 60, 90, 120):
        rows = plan(lessons, 8 * 60, limit)
        stretch = 0
        for row in rows:
            stretch = stretch + row.minutes if row.kind == "session" else 0
            assert stretch <= limit, (limit, _times(rows))
        assert sum(r.minutes for r in rows if r.kind == "session") == sum(
            s.minutes for s in lessons
        )


def test_a_lesson_longer_than_the_limit_is_split_at_its_own_part_boundaries():
    """Is a lesson longer than the break interval split where its session plan's parts meet, as evenly as they allow?"""
    rows = plan([Session("05-long", "Long", 120, pauses=(25, 55, 80, 100))], NINE_THIRTY, 60)
    assert _times(rows) == [
        ("09:30", "09:55", "session", "Long (part 1 of 3)"),
        ("09:55", "10:10", "break", "Break"),
        ("10:10", "11:05", "session", "Long (part 2 of 3)"),
        ("11:05", "11:20", "break", "Break"),
        ("11:20", "12:00", "session", "Long (part 3 of 3)"),
    ]


def test_a_long_lesson_without_a_plan_splits_into_equal_blocks():
    """Without part boundaries, is a long lesson split into even blocks rather than leaving a short tail?"""
    rows = plan([Session("05-long", "Long", 100)], NINE_THIRTY, 90)
    assert [r.minutes for r in rows] == [50, 15, 50]


def test_lunch_goes_at_the_first_boundary_after_the_lunch_time_instead_of_a_break():
    """Does lunch replace the pause due at the first boundary at or after --lunch-after, and reset the count?"""
    lessons = [
        Session("00-a", "A", 60),
        Session("01-b", "B", 60),
        Session("02-c", "C", 60),
        Session("03-d", "D", 60),
    ]
    rows = plan(lessons, 10 * 60, 90, lunch_after=12 * 60, lunch_minutes=45)
    assert _times(rows) == [
        ("10:00", "11:00", "session", "A"),
        ("11:00", "11:15", "break", "Break"),
        ("11:15", "12:15", "session", "B"),
        ("12:15", "13:00", "lunch", "Lunch"),
        ("13:00", "14:00", "session", "C"),
        ("14:00", "14:15", "break", "Break"),
        ("14:15", "15:15", "session", "D"),
    ]
    assert sum(r.kind == "lunch" for r in rows) == 1


def test_times_are_read_in_the_ways_people_write_them():
    """Are 09:30, 9:30 and 9.30 all half past nine, and midnight and 23:59 accepted?"""
    assert parse_clock("09:30") == parse_clock("9:30") == parse_clock("9.30") == NINE_THIRTY
    assert parse_clock("00:00") == 0 and parse_clock("23:59") == 23 * 60 + 59


@pytest.mark.parametrize("text", ["9am", "25:00", "09:75", "", "0930", "half nine"])
def test_a_time_that_is_not_a_time_is_explained(text):
    """Is a start time that cannot be read refused with what to write instead?"""
    with pytest.raises(AgendaError, match=r"is not a time of day - write it as HH:MM"):
        parse_clock(text, "start time")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"break_every": 0},
            "the time between breaks should be a whole number of minutes from 10 to 600",
        ),
        ({"break_every": 90, "break_minutes": -5}, "a break should be a whole number of minutes"),
        (
            {"break_every": 90, "lunch_after": 9 * 60},
            "lunch after 09:00 is not after the start at 09:30",
        ),
    ],
)
def test_settings_that_make_no_sense_are_explained(kwargs, message):
    """Are a zero break interval, a negative break and a lunch before the start refused in words?"""
    with pytest.raises(AgendaError, match=message):
        plan([Session("00-a", "A", 20)], NINE_THIRTY, **kwargs)


def test_an_agenda_past_midnight_is_refused():
    """Is a day that would run past midnight refused, rather than printing times that wrap round?"""
    with pytest.raises(AgendaError, match="past midnight"):
        plan([Session("00-a", "A", 300)], 22 * 60, 600)


def test_text_lists_each_row_and_the_end_of_the_day():
    """Does the printed agenda give each row's times, label and minutes, and when the day ends?"""
    text = as_text(
        plan([Session("00-a", "A", 20), Session("01-b", "B", 80)], NINE_THIRTY, 90), "Course"
    )
    assert text.splitlines() == [
        "Agenda: Course",
        "09:30-09:50  A (20 min)",
        "09:50-10:05  Break (15 min)",
        "10:05-11:25  B (80 min)",
        "2 lessons, 1 h 40 min of sessions; the day ends at 11:25.",
    ]


def test_cli_prints_the_course_agenda_without_the_guide(library, capsys):
    """Does 'peerkit agenda' list every lesson of curriculum.yaml once, in order, and leave out the guide?"""
    assert main(["agenda", "--start", "09:30", "--break-every", "90"]) == 0
    out = capsys.readouterr().out
    lessons = [e for e in library.curriculum.lessons if e.kind == "lesson"]
    positions = [out.index(e.title) for e in lessons]
    assert positions == sorted(positions)
    assert out.splitlines()[1].startswith("09:30-")
    for guide in (e for e in library.curriculum.lessons if e.kind == "guide"):
        assert guide.title not in out


def test_cli_bad_start_is_a_plain_message_and_exit_2():
    """Does a start time like '9am' give exit code 2 and one plain sentence, with no traceback?"""
    result = subprocess.run(
        [sys.executable, "-m", "peerkit", "agenda", "--start", "9am", "--break-every", "90"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "the start time '9am' is not a time of day - write it as HH:MM" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_notebook_call_returns_a_table_and_plain_text():
    """Does peerkit.agenda() give an HTML table with a caption and the same times as plain text?"""
    import peerkit

    block = peerkit.agenda(start="09:30", break_every=90)
    bundle = block._repr_mimebundle_()
    assert "<table" in bundle["text/html"] and "<caption>" in bundle["text/html"]
    assert bundle["text/plain"].splitlines()[1].startswith("09:30-")


def test_notebook_call_with_a_bad_time_shows_a_notice_outside_tests(monkeypatch):
    """Outside strict mode, does a bad start time show a notice instead of raising into the notebook?"""
    import peerkit

    monkeypatch.setenv("PEERKIT_STRICT", "0")
    bundle = peerkit.agenda(start="half nine")._repr_mimebundle_()
    assert "could not be made" in bundle["text/html"] and "HH:MM" in bundle["text/plain"]
    monkeypatch.setenv("PEERKIT_STRICT", "1")
    with pytest.raises(ValueError, match="HH:MM"):
        peerkit.agenda(start="half nine")


def test_a_split_prefers_even_blocks_to_a_long_one_and_a_short_tail():
    """Is a 95-minute lesson with parts ending at 30, 50, 60 and 80 cut at 50 rather than at 80?"""
    rows = plan([Session("05-x", "X", 95, pauses=(30, 50, 60, 80))], NINE_THIRTY, 90)
    assert [r.minutes for r in rows if r.kind == "session"] == [50, 45]
