"""Courses built from agendas: times computed from the session plans, and every rule checked.

The builder is pure (peerkit/content/_schedule.py): these tests make small plans and
agendas in Python, so each rule has a case that breaks it. The last tests print the two
shipped courses as ``peerkit agenda`` does.
"""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import pytest

from peerkit.content._guide_models import Agenda, SessionPlan
from peerkit.content._schedule import (
    RULES,
    TriadInfo,
    as_text,
    build,
    part_minutes,
)

LESSONS = [
    ("00-welcome", "Welcome"),
    ("01-light", "A light lesson"),
    ("02-heavy", "A heavy lesson"),
    ("03-after", "A lighter lesson after"),
]


def part(part_id: str, minutes: int, **extra: Any) -> dict[str, Any]:
    """A part whose budget is one discussion line (or the lines given)."""
    budget = extra.pop("budget", [{"activity": "discussion", "minutes": minutes, "what": "it"}])
    return {
        "id": part_id,
        "title": part_id.title(),
        "minutes": minutes,
        "how": "Run it.",
        "budget": budget,
        **extra,
    }


def plan(
    lesson: str, parts: list[dict[str, Any]], weight: str = "medium", warm: int = 5, out: int = 5
) -> SessionPlan:
    total = warm + sum(p["minutes"] for p in parts) + out
    return SessionPlan.model_validate(
        {
            "schema_version": 2,
            "type": "session-plan",
            "lesson": lesson,
            "minutes": total,
            "weight": weight,
            "warm_up": {"minutes": warm, "how": "Hello."},
            "parts": parts,
            "misconceptions": [{"belief": "A.", "response": "B."}],
            "debrief": ["Why?"],
            "check_out": {"minutes": out, "how": "Bye."},
        }
    )


PLANS = {
    "00-welcome": plan("00-welcome", [part("agreement", 20)], weight="light"),
    "01-light": plan(
        "01-light",
        [
            part(
                "read",
                20,
                budget=[
                    {"activity": "reading", "minutes": 8, "covers": ["A"]},
                    {"activity": "rewrite", "item": "rw", "mode": "alone", "minutes": 5},
                    {"activity": "discussion", "minutes": 7, "what": "it"},
                ],
            ),
            part("cases", 30),
            part(
                "role-play",
                32,
                optional=True,
                if_skipped="Pairs say it aloud.",
                triad="triad-01-x",
                budget=[{"activity": "role-play", "triad": "triad-01-x", "minutes": 32}],
            ),
            part("extra-case", 15, optional=True, if_skipped="Play it at home.", items=[]),
        ],
    ),
    "02-heavy": plan(
        "02-heavy",
        [
            part("signs", 40, heavy=True),
            part(
                "role-play",
                47,
                heavy=True,
                optional=True,
                break_after=True,
                if_skipped="Demonstrate it.",
                triad="triad-02-crisis",
                budget=[{"activity": "role-play", "triad": "triad-02-crisis", "minutes": 47}],
            ),
            part("plan", 30, heavy=True),
        ],
        weight="heavy",
    ),
    "03-after": plan(
        "03-after",
        [
            part("limits", 30),
            part("records", 30),
            part(
                "first-look",
                10,
                optional=True,
                if_skipped="Lesson 02 covers it.",
                skip_requires="02-heavy",
            ),
        ],
    ),
}
TRIADS = {
    "triad-01-x": TriadInfo("triad-01-x", "01-light", 32),
    "triad-02-crisis": TriadInfo(
        "triad-02-crisis", "02-heavy", 47, crisis=True, materials=("blank-plan",)
    ),
}


def agenda(days: list[dict[str, Any]], **extra: Any) -> Agenda:
    return Agenda.model_validate(
        {
            "schema_version": 1,
            "type": "agenda",
            "id": "test",
            "title": "A test course",
            "summary": "For tests.",
            "group_size": {"min": 6, "max": 12},
            "support": extra.pop("support", "second-facilitator-or-on-call"),
            **extra,
            "days": days,
        }
    )


OPEN = {
    "kind": "opening-round",
    "title": "Opening",
    "minutes": 20,
    "includes": [
        "names-and-hopes",
        "group-agreement",
        "pause-signal",
        "parking-lot",
        "crisis-panel",
    ],
}
CLOSE = {
    "kind": "closing",
    "title": "Closing",
    "minutes": 20,
    "includes": ["parking-lot-review", "evaluation"],
}


def day(
    blocks: list[dict[str, Any]], start: str = "09:00", end_by: str = "17:00", number: int = 1
) -> dict[str, Any]:
    return {"day": number, "start": start, "end_by": end_by, "blocks": blocks}


GOOD_DAY = [
    OPEN,
    {
        "kind": "lesson",
        "lesson": "01-light",
        "triads": ["triad-01-x"],
        "skip": ["extra-case"],
        "pauses": [{"after": "cases", "kind": "break", "minutes": 15}],
    },
    {
        "kind": "lesson",
        "lesson": "02-heavy",
        "triads": ["triad-02-crisis"],
        "pauses": [
            {"after": "signs", "kind": "lunch", "minutes": 45},
            {"after": "role-play", "kind": "break", "minutes": 10},
        ],
    },
    {"kind": "break", "minutes": 10},
    {"kind": "lesson", "lesson": "03-after", "skip": ["first-look"]},
    CLOSE,
]


def schedule(days: list[dict[str, Any]], **extra: Any):
    return build(agenda(days, **extra), PLANS, LESSONS, triads=TRIADS)


def rules_broken(days: list[dict[str, Any]], **extra: Any) -> list[str]:
    return [f"{p.rule}: {p.problem}" for p in schedule(days, **extra).problems]


def rows(result) -> list[tuple[str, str, int]]:
    from peerkit.content._schedule import clock

    return [(clock(r.start), r.title, r.minutes) for d in result.days for r in d.rows]


# --- times are computed ----------------------------------------------------------------


def test_a_good_day_breaks_no_rule_and_its_times_come_from_the_plans():
    """Does a day that keeps every rule get its times from the plans' minutes, split at its pauses?"""
    result = schedule([day(GOOD_DAY)])
    assert result.problems == ()
    assert rows(result) == [
        ("09:00", "Opening", 20),
        ("09:20", "01 A light lesson", 55),  # warm-up 5 + read 20 + cases 30
        ("10:15", "Break", 15),
        ("10:30", "01 A light lesson (cont.)", 37),  # role-play 32 + check-out 5
        ("11:07", "02 A heavy lesson", 45),  # warm-up 5 + signs 40
        ("11:52", "Lunch", 45),
        ("12:37", "02 A heavy lesson (cont.)", 47),
        ("13:24", "Break", 10),
        ("13:34", "02 A heavy lesson (cont.)", 35),
        ("14:09", "Break", 10),
        ("14:19", "03 A lighter lesson after", 70),
        ("15:29", "Closing", 20),
    ]
    assert result.days[0].rows[3].notes == (
        "role-play triad-01-x",
        "“Extra-Case” left for self-study",
    )


def test_a_lesson_lasts_its_warm_up_included_parts_and_check_out():
    """Is a part left out when skipped, or when it is a role-play whose triad is not chosen?"""

    def lesson_minutes(block: dict[str, Any]) -> int:
        rows = schedule([day([OPEN, block, CLOSE])]).days[0].rows
        return sum(r.minutes for r in rows if r.kind == "lesson")  # breaks it adds do not count

    plain = {"kind": "lesson", "lesson": "01-light"}
    assert lesson_minutes(plain) == 5 + 20 + 30 + 15 + 5
    chosen = {**plain, "triads": ["triad-01-x"], "skip": ["extra-case"]}
    assert lesson_minutes(chosen) == 5 + 20 + 30 + 32 + 5


def test_pre_work_leaves_a_recap_of_the_reading_and_a_minute_for_solo_writing():
    """With pre-work, does an 8-minute reading count 3, a 5-minute solo rewrite 1, and a heavy part all?"""
    assert part_minutes(PLANS["01-light"].parts[0], pre_work=True) == 3 + 1 + 7
    assert part_minutes(PLANS["01-light"].parts[0], pre_work=False) == 20
    assert part_minutes(PLANS["02-heavy"].parts[0], pre_work=True) == 40
    days = [
        day(
            [OPEN, {"kind": "lesson", "lesson": "01-light", "pre_work": True}, CLOSE],
            end_by="12:00",
        )
    ]
    result = build(
        agenda(days), PLANS, LESSONS, triads=TRIADS, reading_words=lambda lesson, covers: 450
    )
    (entry,) = result.pre_work
    assert (entry.read, entry.do, entry.minutes) == (("A",), ("rw",), 3 + 5)
    assert "reading done before the day" in result.days[0].rows[1].notes


def test_without_pauses_a_break_goes_in_before_ninety_minutes_of_work():
    """With no pauses named, does a long lesson get a 15-minute break at a part boundary?"""
    result = schedule(
        [
            day(
                [OPEN, {"kind": "lesson", "lesson": "01-light", "triads": ["triad-01-x"]}, CLOSE],
                end_by="12:30",
            )
        ]
    )
    assert [r.kind for r in result.days[0].rows] == [
        "opening-round",
        "lesson",
        "break",
        "lesson",
        "closing",
    ]
    assert all(r.minutes <= 90 for r in result.days[0].rows)
    assert result.problems == ()


def test_start_moves_every_day():
    """Does --start move the start of each day?"""
    result = build(agenda([day(GOOD_DAY)]), PLANS, LESSONS, triads=TRIADS, start=9 * 60 + 30)
    assert rows(result)[0] == ("09:30", "Opening", 20)


# --- each rule has a case that breaks it -----------------------------------------------------


def test_r1_a_day_opens_and_closes_with_what_it_needs():
    without_opening = [b for b in GOOD_DAY if b is not OPEN]
    assert "R1: day 1 does not start with an opening round" in rules_broken([day(without_opening)])
    thin_open = {**OPEN, "includes": ["names-and-hopes"]}
    assert (
        "R1: the opening of day 1 leaves out parking-lot, group-agreement, pause-signal"
        " (lesson 00, which brings them, is not taught today)"
    ) in rules_broken([day([thin_open, *GOOD_DAY[1:]])])
    no_evaluation = {**CLOSE, "includes": ["parking-lot-review"]}
    assert "R1: the closing of day 1 leaves out evaluation" in rules_broken(
        [day([*GOOD_DAY[:-1], no_evaluation])]
    )


def test_r1_lesson_00_brings_the_group_agreement_and_the_pause_signal():
    """Is an opening without the group agreement fine on the day lesson 00 is taught?"""
    opening = {**OPEN, "includes": ["names-and-hopes", "parking-lot"]}
    days = [
        day(
            [
                opening,
                {"kind": "lesson", "lesson": "00-welcome"},
                {
                    "kind": "lesson",
                    "lesson": "01-light",
                    "pauses": [{"after": "read", "kind": "break", "minutes": 15}],
                },
                CLOSE,
            ],
            end_by="12:30",
        )
    ]
    assert rules_broken(days) == []


def test_r2_no_more_than_ninety_minutes_of_work_between_pauses():
    days = [
        day(
            [
                OPEN,
                {
                    "kind": "lesson",
                    "lesson": "01-light",
                    "triads": ["triad-01-x"],
                    "pauses": [{"after": "role-play", "kind": "break", "minutes": 10}],
                },
                CLOSE,
            ],
            end_by="13:00",
        )
    ]
    assert "R2: day 1 has 107 minutes of work from 09:00 to 10:47 without a pause" in rules_broken(
        days
    )


def test_r3_one_lunch_at_a_sensible_time_and_length():
    early = [dict(b) for b in GOOD_DAY]
    early[2] = {
        **early[2],
        "pauses": [
            {"after": "signs", "kind": "break", "minutes": 10},
            {"after": "role-play", "kind": "lunch", "minutes": 45},
        ],
    }
    early[1] = {**early[1], "pauses": [{"after": "read", "kind": "lunch", "minutes": 20}]}
    broken = rules_broken([day(early)])
    assert "R3: lunch on day 1 starts at 09:45" in broken
    assert "R3: lunch on day 1 is 20 minutes long" in broken
    assert "R3: day 1 has a second lunch, at 12:54" in broken
    no_lunch = [dict(b) for b in GOOD_DAY]
    no_lunch[2] = {
        **no_lunch[2],
        "pauses": [
            {"after": "signs", "kind": "break", "minutes": 15},
            {"after": "role-play", "kind": "break", "minutes": 10},
        ],
    }
    assert "R3: day 1 has no lunch" in rules_broken([day(no_lunch)])


def test_r4_the_day_ends_by_its_end_time():
    assert "R4: day 1 ends at 15:49, after 15:30" in rules_broken([day(GOOD_DAY, end_by="15:30")])


def test_r5_the_day_never_ends_on_the_heaviest_material():
    """Is a day refused when its last lesson is heavy, or too little lighter work follows a heavy part?"""
    ends_heavy = [b for b in GOOD_DAY if b.get("lesson") != "03-after" and b.get("kind") != "break"]
    assert "R5: day 1 ends on lesson 02-heavy, one of the heaviest" in rules_broken(
        [day(ends_heavy)]
    )
    short_tail = [dict(b) for b in GOOD_DAY]
    short_tail[4] = {**short_tail[4], "lesson": "03-after", "skip": ["first-look", "records"]}
    plans = {
        **PLANS,
        "03-after": plan(
            "03-after",
            [
                part("limits", 10),
                part("records", 30, optional=True, if_skipped="Later."),
                part("first-look", 10, optional=True, if_skipped="x", skip_requires="02-heavy"),
            ],
        ),
    }
    result = build(agenda([day(short_tail)]), plans, LESSONS, triads=TRIADS)
    assert [p.problem for p in result.problems if p.rule == "R5"] == [
        "day 1 has only 25 minutes of lighter work between its last heavy part and the closing"
    ]


def test_r6_a_role_play_about_suicide_is_followed_by_a_break():
    no_break = [dict(b) for b in GOOD_DAY]
    no_break[2] = {**no_break[2], "pauses": [{"after": "signs", "kind": "lunch", "minutes": 45}]}
    assert (
        "R6: part 'role-play' of lesson 02-heavy needs a break straight after it"
        in rules_broken([day(no_break)])
    )


def test_r7_a_role_play_about_suicide_needs_a_second_person():
    assert (
        "R7: the role-play 'triad-02-crisis' runs on day 1 without a second facilitator or on-call person"
        in rules_broken([day(GOOD_DAY)], support="co-facilitator-recommended")
    )
    two_days = [
        day(
            GOOD_DAY[:1] + GOOD_DAY[1:2] + [CLOSE | {"includes": ["parking-lot-review"]}],
            number=1,
            end_by="12:30",
        ),
        day([{**OPEN, "includes": ["check-in-round"]}, *GOOD_DAY[2:]], number=2, start="11:00"),
    ]
    assert rules_broken(two_days, support="second-facilitator-or-on-call-on-day-2") == []
    assert "R7" in " ".join(
        rules_broken(two_days, support="second-facilitator-or-on-call-on-day-1")
    )


def test_r8_lessons_in_order_once_and_triads_in_their_own_lesson():
    swapped = [OPEN, GOOD_DAY[4], GOOD_DAY[2], GOOD_DAY[3], CLOSE]
    assert "R8: lesson 02-heavy comes after a later lesson" in rules_broken([day(swapped)])
    twice = [*GOOD_DAY[:5], GOOD_DAY[4], CLOSE]
    assert "R8: lesson 03-after is taught twice" in rules_broken([day(twice)])
    borrowed = [dict(b) for b in GOOD_DAY]
    borrowed[1] = {**borrowed[1], "triads": ["triad-01-x", "triad-02-crisis"]}
    assert (
        "R8: triad 'triad-02-crisis' is not played in lesson 01-light (it belongs to lesson 02-heavy)"
        in rules_broken([day(borrowed)])
    )
    bad_pause = [dict(b) for b in GOOD_DAY]
    bad_pause[1] = {
        **bad_pause[1],
        "pauses": [{"after": "extra-case", "kind": "break", "minutes": 15}],
    }
    assert (
        "R8: the pause after 'extra-case' cannot be placed: that part is skipped in this block"
        in rules_broken([day(bad_pause)])
    )


def test_r8_a_part_that_needs_another_needs_it_included():
    plans = {
        **PLANS,
        "01-light": plan(
            "01-light",
            [
                part("read", 20),
                part("case", 30, optional=True, if_skipped="x"),
                part("after-case", 10, needs=["case"]),
            ],
        ),
    }
    days = [
        day(
            [OPEN, {"kind": "lesson", "lesson": "01-light", "skip": ["case"]}, CLOSE],
            end_by="12:00",
        )
    ]
    result = build(agenda(days), plans, LESSONS, triads=TRIADS)
    assert [p.problem for p in result.problems] == [
        "part 'after-case' needs part 'case', which this block leaves out"
    ]


def test_r9_only_optional_parts_are_left_out_and_only_when_allowed():
    skip_core = [dict(b) for b in GOOD_DAY]
    skip_core[4] = {**skip_core[4], "skip": ["first-look", "limits"]}
    assert "R9: part 'limits' is not optional, so it cannot be left out" in rules_broken(
        [day(skip_core)]
    )
    without_02 = [
        OPEN,
        GOOD_DAY[1],
        {"kind": "lesson", "lesson": "03-after", "skip": ["first-look"]},
        CLOSE,
    ]
    assert "R9: part 'first-look' may be left out only when lesson '02-heavy' runs" in rules_broken(
        [day(without_02, end_by="13:00")]
    )


def test_every_rule_is_named_in_the_rules_check():
    """Does the printed rules check name all nine rules, and mark the broken one?"""
    text = as_text(schedule([day(GOOD_DAY, end_by="15:30")]))
    assert "Rules check: 8 of 9 rules met" in text
    for rule in RULES:
        assert f"- {rule} " in text
    assert "- R4 broken: the day ends by its 'end_by' time" in text


def test_what_to_print_counts_cards_and_sheets_for_the_largest_group():
    """For 12 people: four groups of three, so four card sets and twelve observer sheets per triad?"""
    materials = schedule([day(GOOD_DAY)]).materials
    assert (
        "triad-01-x: 4 sets of the three role cards (one per group of three), 12 observer sheets (3 rounds)"
        in materials
    )
    assert any(
        m.startswith("triad-02-crisis:") and m.endswith("and blank-plan (4)") for m in materials
    )
    assert "Evaluation forms: 12, and a box for them by the door" in materials


# --- the shipped courses -----------------------------------------------------------------------


def _agenda_table(course: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "peerkit", "agenda", "--course", course],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    table = []
    for line in result.stdout.splitlines():
        match = re.match(r"^(\d\d:\d\d-\d\d:\d\d)  (.+?)\s+(\d+)(?:  .*)?$", line)
        if match:
            table.append(" ".join(match.groups()))
    assert "Rules check: 9 of 9 rules met" in result.stdout
    return table


@pytest.mark.parametrize(
    ("course", "first", "last", "rows_count"),
    [
        (
            "one-day",
            "09:00-09:20 Opening round 20",
            "16:03-16:28 Closing, parking lot and evaluation 25",
            14,
        ),
        (
            "two-day",
            "09:00-09:25 Opening round and group agreement 25",
            "16:33-16:58 Closing, parking lot and evaluation 25",
            28,
        ),
    ],
)
def test_the_shipped_courses_print_as_planned(course, first, last, rows_count):
    """Do 'peerkit agenda --course one-day' and '--course two-day' print their days and meet every rule?"""
    table = _agenda_table(course)
    assert (table[0], table[-1], len(table)) == (first, last, rows_count)


def test_the_two_day_course_runs_lesson_06_before_lunch_and_ends_each_day_on_a_lighter_lesson():
    table = _agenda_table("two-day")
    assert "11:36-12:23 06 Crisis and suicide response (cont.) 47" in table
    assert "12:23-13:08 Lunch 45" in table
    assert table[table.index("16:42-16:52 Closing for today 10") - 1].startswith("15:26-16:42 04 ")
    assert table[-2].startswith("15:38-16:33 07 ")
