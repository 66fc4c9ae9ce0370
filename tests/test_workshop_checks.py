"""Each rule of a facilitator file checked on its own names the line and the fix.

peerkit/content/_workshop_checks.py: session plans (every line says what it is, optional parts
say what replaces them), agendas (each block has what its kind needs), guide sections and
adaptations. Each case below breaks one rule of a small, valid file.
"""

from __future__ import annotations

import pytest

from peerkit.content import load_file

PLAN = """\
schema_version: 2
type: session-plan
lesson: 00-welcome
minutes: 40
weight: light
warm_up: {minutes: 5, how: Hello.}
parts:
  - id: read
    title: Reading
    minutes: 10
    budget:
      - {activity: reading, minutes: 4, covers: ["Key points"]}
      - {activity: quiz, item: try-the-controls, mode: group, minutes: 6}
    how: Read it.
    items: [try-the-controls]
  - id: talk
    title: Talk
    minutes: 10
    budget:
      - {activity: discussion, minutes: 10, what: the key points}
    how: Talk.
  - id: extra
    title: Extra
    minutes: 10
    optional: true
    if_skipped: Read it at home.
    budget:
      - {activity: practice, minutes: 10, what: the controls again}
    how: Practise.
misconceptions:
  - belief: A.
    response: B.
debrief: [Why?]
check_out: {minutes: 5, how: Bye.}
"""


def _problems(write_yaml, text: str) -> list[str]:
    _, problems = load_file(write_yaml(text, "plan.yaml"))
    return [f"{p.line}: {p.problem} - {p.fix}" for p in problems]


def test_the_small_plan_is_valid(write_yaml):
    assert _problems(write_yaml, PLAN) == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            '{activity: reading, minutes: 4, covers: ["Key points"]}',
            "{activity: reading, minutes: 4}",
            "12: part 'read': a 'reading' line says what it reads nowhere",
        ),
        (
            "{activity: discussion, minutes: 10, what: the key points}",
            '{activity: discussion, minutes: 10, covers: ["Key points"], what: it}',
            "20: part 'talk': a 'discussion' line has 'covers:', which only reading lines have",
        ),
        (
            "{activity: quiz, item: try-the-controls, mode: group, minutes: 6}",
            "{activity: quiz, mode: group, minutes: 6}",
            "13: part 'read': a 'quiz' line names no exercise",
        ),
        (
            "{activity: discussion, minutes: 10, what: the key points}",
            "{activity: role-play, minutes: 10}",
            "20: part 'talk': a 'role-play' line names no triad",
        ),
        (
            "{activity: discussion, minutes: 10, what: the key points}",
            "{activity: discussion, minutes: 10, triad: triad-00-x, what: it}",
            "20: part 'talk': a 'discussion' line names a triad, which only role-play lines do",
        ),
        (
            "{activity: discussion, minutes: 10, what: the key points}",
            "{activity: talk, minutes: 10, item: try-the-controls}",
            "20: part 'talk': a 'talk' line names the exercise 'try-the-controls'",
        ),
        (
            "{activity: discussion, minutes: 10, what: the key points}",
            "{activity: discussion, minutes: 10}",
            "20: part 'talk': a 'discussion' line does not say what its minutes are for",
        ),
        (
            "{activity: discussion, minutes: 10, what: the key points}",
            "{activity: discusion, minutes: 10, what: it}",
            "20: part 'talk': 'discusion' is not an activity - did you mean 'discussion'?",
        ),
        (
            "    how: Talk.\n",
            "    how: Talk.\n    items: [try-the-controls]\n",
            "22: part 'talk' runs 'try-the-controls' but gives it no minutes",
        ),
        (
            "    items: [try-the-controls]\n",
            "",
            "13: part 'read' gives 'try-the-controls' minutes but does not list it under 'items:'",
        ),
        (
            "    if_skipped: Read it at home.\n",
            "",
            "25: optional part 'extra' does not say what to do when it is left out",
        ),
        (
            "    how: Talk.\n",
            "    how: Talk.\n    if_skipped: Nothing.\n",
            "22: part 'talk' says what to do if it is skipped, but it is not optional",
        ),
        (
            "    how: Talk.\n",
            "    how: Talk.\n    skip_requires: 06-crisis-and-suicide-response\n",
            "22: part 'talk' has 'skip_requires:' but it is not optional",
        ),
        (
            "    if_skipped: Read it at home.\n",
            "    if_skipped: Read it at home.\n    skip_requires: triad-00-none\n",
            "27: part 'extra' may be skipped only with 'triad-00-none', which is neither a lesson id"
            " nor a triad this plan runs",
        ),
        (
            "    how: Talk.\n",
            "    how: Talk.\n    needs: [reed]\n",
            "22: part 'talk' needs 'reed', which is not a part of this plan - did you mean 'read'?",
        ),
        (
            "    how: Talk.\n",
            "    how: Talk.\n    needs: [talk]\n",
            "22: part 'talk' needs 'talk', which is itself",
        ),
        (
            "    how: Talk.\n",
            "    how: Talk.\n    triad: triad-00-x\n",
            "22: part 'talk' runs the triad 'triad-00-x' but its budget has no role-play line for it",
        ),
        (
            "{activity: discussion, minutes: 10, what: the key points}",
            "{activity: role-play, minutes: 10, triad: triad-00-x}",
            "16: part 'talk' has a role-play line but no 'triad:'",
        ),
    ],
)
def test_a_broken_line_is_named_at_its_line(write_yaml, old, new, expected):
    assert old in PLAN
    found = _problems(write_yaml, PLAN.replace(old, new, 1))
    assert any(f.startswith(expected) for f in found), found


def test_a_triad_played_in_two_parts_is_named(write_yaml):
    role_play = (
        "    triad: triad-00-x\n    budget:\n"
        "      - {activity: role-play, triad: triad-00-x, minutes: 10}\n"
    )
    text = PLAN.replace(
        "    budget:\n      - {activity: discussion, minutes: 10, what: the key points}\n",
        role_play,
    ).replace(
        "    budget:\n      - {activity: practice, minutes: 10, what: the controls again}\n",
        role_play,
    )
    found = _problems(write_yaml, text)
    assert any(
        "triad 'triad-00-x' is played in part 'talk' and again in part 'extra'" in f for f in found
    ), found


AGENDA = """\
schema_version: 1
type: agenda
id: course
title: A course
summary: For tests.
group_size: {min: 6, max: 12}
support: co-facilitator-recommended
days:
  - day: 1
    start: "09:00"
    end_by: "12:00"
    blocks:
      - kind: opening-round
        title: Opening
        minutes: 20
        includes: [parking-lot, group-agreement, pause-signal]
      - kind: lesson
        lesson: 00-welcome
      - kind: closing
        title: Closing
        minutes: 10
        includes: [parking-lot-review, evaluation]
"""


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "group_size: {min: 6, max: 12}",
            "group_size: {min: 12, max: 6}",
            "6: the group size runs from 12 to 6",
        ),
        (
            "  - day: 1\n",
            "  - day: 2\n",
            "9: day 2 is day 1 of this agenda - number the days in order from 1",
        ),
        (
            '    end_by: "12:00"',
            '    end_by: "08:00"',
            "11: day 1 ends by 08:00, before it starts at 09:00",
        ),
        (
            "        title: Closing\n",
            "",
            "19: a 'closing' block needs 'title' - add 'title:' to this block",
        ),
        (
            "        lesson: 00-welcome\n",
            "        lesson: 00-welcome\n        includes: [housekeeping]\n",
            "19: a 'lesson' block cannot have 'includes'",
        ),
        ('    start: "09:00"', '    start: "9am"', "10: "),
    ],
)
def test_an_agenda_block_without_what_its_kind_needs_is_named(write_yaml, old, new, expected):
    assert old in AGENDA
    _, problems = load_file(write_yaml(AGENDA.replace(old, new, 1), "course.yaml"))
    found = [f"{p.line}: {p.problem} - {p.fix}" for p in problems]
    assert any(f.startswith(expected) for f in found), found


def test_guide_sections_and_adaptations_keep_their_ids_apart(write_yaml):
    sections = (
        "schema_version: 1\ntype: guide-sections\nid: guide\nsections:\n"
        "  - id: room\n    title: Room\n    body: A room.\n"
        "  - id: room\n    title: Room again\n    body: Another room.\n"
    )
    _, problems = load_file(write_yaml(sections, "guide.yaml"))
    assert [p.problem for p in problems] == ["section id 'room' is used twice (first on line 5)"]
    settings = (
        "schema_version: 1\ntype: adaptations\nid: adaptations\nintro: How.\nsettings:\n"
        "  - id: virtual\n    title: Online\n    what_changes: [Smaller groups.]\n    fits_best: {}\n"
        "  - id: virtual\n    title: Online again\n    what_changes: [It stays between us.]\n    fits_best: {}\n"
    )
    _, problems = load_file(write_yaml(settings, "adaptations.yaml"))
    assert sorted(p.problem for p in problems) == [
        "'stays between us' promises confidentiality without its limits",
        "setting id 'virtual' is used twice (first on line 6)",
    ]
