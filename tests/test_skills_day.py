"""The skills day (issue 18): role-play triads, practice rules, the skills check, the evaluation.

Questions about the content types and their rules, the evaluation's tally and the learner's
self-assessment, answered without a kernel. Each message's exact wording is pinned by its
fixture in tests/content/invalid (tests/test_validate_invalid.py).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from peerkit._evaluation_tally import TallyError, blank_sheet, in_words, summary, tally
from peerkit.content import load_file, validate
from peerkit.content._skills_checks import PHONE, personal_words
from peerkit.content._skills_course import Sections
from peerkit.content._skills_models import (
    CORE_SKILLS,
    DayEvaluation,
    SkillsRubric,
    Triad,
    TriadTiming,
)
from peerkit.practice._self_check import SelfCheckPlay

from .conftest import DATA

TRIADS = sorted((DATA / "triads").glob("*.yaml"))
INVALID = Path(__file__).parent / "content" / "invalid"


def _model(path: Path):
    loaded, problems = load_file(path)
    assert loaded is not None, [str(p) for p in problems]
    return loaded.model


def _triads() -> list[Triad]:
    return [_model(path) for path in TRIADS]


def _rubric() -> SkillsRubric:
    return _model(DATA / "facilitator" / "skills-check.yaml")


def _evaluation() -> DayEvaluation:
    return _model(DATA / "facilitator" / "evaluation.yaml")


# --- the shipped content ------------------------------------------------------------


def test_every_lesson_from_01_on_has_a_triad(library):
    """Does each lesson after the welcome have at least one role-play?"""
    lessons = [e.id for e in library.curriculum.lessons if e.kind == "lesson"][1:]
    covered = {t.lesson for t in _triads()}
    assert set(lessons) <= covered


def test_the_skills_day_files_are_valid():
    """Does validate find nothing wrong in the triads and the facilitator's skills-day files?"""
    for path in [*TRIADS, *(DATA / "facilitator").glob("*.yaml")]:
        assert validate(path) == [], path.name


def test_every_core_skill_is_practised_and_best_seen_in_a_triad_that_practises_it():
    """Can every skill of the rubric be scored in some role-play, and do the rubric and the
    triads agree where?"""
    triads = {t.id: t for t in _triads()}
    rubric = _rubric()
    assert set(CORE_SKILLS) <= {item.id for item in rubric.items}
    for item in rubric.items:
        assert item.best_seen_in
        for triad_id in item.best_seen_in:
            assert item.id in triads[triad_id].practices, (item.id, triad_id)


def test_crisis_triads_are_opt_in_scripted_and_supported():
    """Does every role-play about suicide use the crisis rules, open with a content note,
    follow a script, and need a second facilitator or on-call person?"""
    crisis = [t for t in _triads() if t.crisis]
    assert crisis
    for triad in crisis:
        assert triad.rules == "crisis" and triad.content_note
        assert triad.cards.speaker.script
        assert "second-facilitator-or-on-call" in triad.facilitator.needs
        assert not triad.cards.speaker.you_may_bring


def test_timing_adds_up_as_the_session_plans_count_it():
    """Is a triad's length its set-up, every round of play and feedback, the rotations
    between rounds and the debrief?"""
    timing = TriadTiming(setup=4, rounds=3, play=5, feedback=3, rotate=1, debrief=5)
    assert timing.total == 4 + 3 * (5 + 3) + 2 * 1 + 5 == 35


# --- the rules, on made-up content ------------------------------------------------------


def test_a_section_is_a_heading_or_a_heading_under_a_heading():
    """Is a section named by an H2, a unique H3, or 'H2 > H3' when an H3 repeats?"""
    sections = Sections(
        (
            ("Starting well", None),
            ("Starting well", "What stays private"),
            ("1. Distress", None),
            ("1. Distress", "How to respond"),
            ("2. Resistance", None),
            ("2. Resistance", "How to respond"),
        )
    )
    assert sections.problem("Starting well") is None
    assert sections.problem("What stays private") is None
    assert sections.problem("Starting well > What stays private") is None
    assert sections.problem("2. Resistance > How to respond") is None
    assert sections.problem("How to respond")[0] == "has 2 sections called 'How to respond'"
    assert sections.problem("1. Distress > What stays private")[0] == "does not have it"
    assert "did you mean 'Starting well'?" in sections.problem("Starting wel")[1]


def test_a_triad_file_is_named_for_its_id_and_ids_differ(tmp_path):
    """Does validate name a triad file whose name is not its id, and a second triad with
    the same id, pointing to the first?"""
    folder = tmp_path / "triads"
    folder.mkdir()
    source = DATA / "triads" / "triad-03-oars.yaml"
    shutil.copy(source, folder / "triad-03-oars.yaml")
    text = source.read_text(encoding="utf-8").replace("name: Pilar", "name: Quill")
    (folder / "triad-03-oars-again.yaml").write_text(
        text.replace("Pilar", "Quill"), encoding="utf-8"
    )
    found = [p.problem for p in validate(folder)]
    assert (
        "the file is called 'triad-03-oars-again.yaml', but the triad's id is 'triad-03-oars'"
        in found
    )
    assert any(
        p.startswith("triad id 'triad-03-oars' is already used by") and p.endswith(".yaml:7")
        for p in found
    )


def test_the_phone_check_finds_numbers_and_leaves_words_and_counts_alone():
    """Does the phone check catch crisis numbers and phone numbers, but not ages, years or counts?"""
    for text in ("Call 988.", "call 911 now", "1-800-273-8255", "+44 20 7946 0958", "116 123"):
        assert PHONE.search(text), text
    for text in ("You are Pilar, 58.", "twenty-two years", "10,000 steps", "in 2026", "SRC-99"):
        assert not PHONE.search(text), text


def test_the_evaluation_asks_for_nothing_personal():
    """Does the word check flag a question asking for a name or a job, but not one asking
    people to leave names out?"""
    assert personal_words("Your name (optional):") == ["name"]
    assert personal_words("What is your job title?") == ["job title"]
    assert personal_words("Anything else? (Please leave out names.)") == []
    assert personal_words("Don't write your name.") == []
    for question in _evaluation().questions:
        assert personal_words(question.text) == [], question.id


# --- the evaluation's tally -------------------------------------------------------------


def _sheet(*rows: str) -> str:
    header = blank_sheet(_evaluation()).strip()
    return "\n".join([header, *rows]) + "\n"


def test_the_blank_sheet_has_a_column_per_question_with_boxes():
    """Does the blank sheet name every question with boxes, and leave out written answers?"""
    header = blank_sheet(_evaluation()).strip().split(",")
    assert header == [
        "form",
        "expected",
        "safe-to-take-part",
        "role-play-helped",
        "rules-clear",
        "can-use",
        "know-support",
        "pace",
        "most-useful",
    ]


def test_the_tally_counts_boxes_as_the_tally_sheet_does():
    """Are 'mostly' and 'completely' counted together, pace counted per box, parts ranked,
    numbers and words both read, two ticks 'unclear' and blank forms left out?"""
    result = tally(
        _evaluation(),
        _sheet(
            "1,Mostly,completely,4,3,Mostly,A little,About right,Role-play: OARS;Lesson 06",
            "2,3,4,4,4,4,4,3,role-play: oars",
            "3,unclear,2,1,2,2,2,a bit fast,Lesson 06;Closing",
            "4,,,,,,,,",
        ),
    )
    assert (result.forms, result.blank) == (3, 1)
    expected = next(t for t in result.questions if t.question.id == "expected")
    assert expected.counts == {"Mostly": 2} and expected.unclear == 1
    assert result.top_parts("most-useful") == [
        ("Role-play: OARS", 2),
        ("Lesson 06", 2),
        ("Closing", 1),
    ]
    text = summary(result, course="One-day introduction", date="7 December 2026")
    assert (
        text.splitlines()[0]
        == 'Summary of "How was today?": 3 forms (7 December 2026, One-day introduction)'
    )
    assert "(1 blank form left out.)" in text
    assert (
        "The day was what I expected from its description. 2 of 3 said mostly or completely [most people]."
        in text
    )
    assert (
        "The pace of the day was... Too slow 0 [nobody], A bit slow 0 [nobody], About right 2"
        in text
    )
    assert (
        "Most useful parts: Role-play: OARS (2, most people); Lesson 06 (2, most people); Closing (1, a few people)."
        in text
    )
    assert "Fewer than 10 forms" in text


def test_a_large_group_gets_numbers_only():
    """With ten forms or more, is the summary numbers only, with no words in brackets?"""
    rows = [f"{n},Completely,4,4,4,4,4,About right,Lesson 01" for n in range(12)]
    text = summary(tally(_evaluation(), _sheet(*rows)))
    assert "12 of 12 said mostly or completely." in text
    assert "[" not in text and "Fewer than" not in text


@pytest.mark.parametrize(
    ("sheet", "message"),
    [
        ("", "the sheet is empty"),
        ("form,expected,helped\n1,4,nice\n", "column 'helped' is a written answer"),
        ("form,expectd\n1,4\n", "column 'expectd' is not a question of the form"),
        ("form,expected\n1,4\n", "the sheet has no column for safe-to-take-part"),
    ],
)
def test_a_sheet_that_cannot_be_summed_up_says_why(sheet, message):
    """Does a wrong sheet get a plain sentence naming what to change?"""
    with pytest.raises(TallyError, match=message):
        tally(_evaluation(), sheet)


def test_a_cell_naming_no_box_names_its_row_and_column():
    """Is a typo in a cell reported with its row, its column and the boxes it may name?"""
    with pytest.raises(TallyError, match="row 2, column 'pace': 'quick' is not one of Too slow"):
        tally(_evaluation(), _sheet("1,4,4,4,4,4,4,quick,"))


def test_counts_in_words_point_to_nobody():
    """Are small counts said as words that cannot single anyone out?"""
    assert [in_words(n, 6) for n in (0, 1, 2, 3, 5, 6)] == [
        "nobody",
        "a few people",
        "a few people",
        "about half",
        "most people",
        "everyone",
    ]


# --- the learner's self-assessment --------------------------------------------------------


def test_the_self_assessment_entry_uses_the_learners_own_words():
    """Does a saved self-assessment hold the date, each level in the learner's words and
    the answers, and nothing once cleared?"""
    rubric = _rubric()
    play = SelfCheckPlay(rubric)
    assert play.is_empty
    play.rate("reflect", 3)
    play.rate("ask-about-suicide", None)
    play.answer(0, "Reflecting before asking.")
    text = play.entry_text(dt.date(2026, 12, 7))
    reflect = rubric.item("reflect")
    assert text.splitlines()[0] == "Self-assessment of 7 December 2026"
    assert f"- Reflect: 3 of 4, Solid. {reflect.self_[3]}" in text
    assert "- Ask directly about suicide: not rated this time" in text
    assert "The skill I want to practice next:\nReflecting before asking." in text
    play.clear()
    assert play.is_empty


def test_the_self_assessment_refuses_a_level_off_the_scale():
    play = SelfCheckPlay(_rubric())
    with pytest.raises(ValueError):
        play.rate("reflect", 5)
    with pytest.raises(KeyError):
        play.rate("summarize", 2)


# --- the figures script ------------------------------------------------------------


def test_the_figures_script_counts_what_the_files_hold(capsys):
    """Does bench/skills_day.py print the triads, sheets, behaviors and rubric items the
    files hold?"""
    from tests.bench_scripts import load_bench

    assert load_bench("skills_day").main() == 0
    out = capsys.readouterr().out
    triads = _triads()
    behaviors = sum(len(t.observer_sheet.behaviors) for t in triads)
    crisis = sum(1 for t in triads if t.crisis)
    assert f"{len(triads)} triads ({crisis} crisis)" in out
    assert f"{len(triads)} observer sheets, {behaviors} behaviors" in out
    rubric = _rubric()
    assert f"skills check: {len(rubric.items)} rubric items, 4 levels" in out


# --- more mistakes a facilitator can make, each named ---------------------------------------

OARS = DATA / "triads" / "triad-03-oars.yaml"
ASKING = DATA / "triads" / "triad-05-asking-directly.yaml"
FACILITATOR = DATA / "facilitator"


@pytest.mark.parametrize(
    ("source", "old", "new", "message"),
    [
        (
            OARS,
            "    - id: reflections\n",
            "    - id: open-questions\n",
            "behavior id 'open-questions' is listed twice",
        ),
        (
            OARS,
            "rules: standard",
            "rules: crisis",
            "uses the crisis practice rules but is not marked 'crisis: true'",
        ),
        (
            ASKING,
            "    you_may_bring: []",
            "    you_may_bring: [Something of your own.]",
            "the speaker brings nothing of their own",
        ),
        (
            FACILITATOR / "skills-check.yaml",
            "  - {level: 4, label: Strong}",
            "  - {level: 3, label: Strong}",
            "needs exactly 1, 2, 3 and 4",
        ),
        (
            FACILITATOR / "evaluation.yaml",
            "    kind: open\n    lines: 3\n    text: One thing we should change.",
            "    kind: open\n    lines: 3\n    limit: 2\n    text: One thing we should change.",
            "question 'change' is an 'open' question, which has no 'limit'",
        ),
        (
            FACILITATOR / "printables.yaml",
            "    text: >-\n      Take a break here",
            "    lines_per_section: 2\n    text: >-\n      Take a break here",
            "has 'lines_per_section' but no 'sections'",
        ),
    ],
)
def test_each_rule_names_its_mistake(tmp_path, source, old, new, message):
    """Does each of these mistakes, made in a copy of a shipped file, get its own message?"""
    text = source.read_text(encoding="utf-8")
    assert old in text
    copy = tmp_path / source.name
    copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    found = [f"{p.problem} - {p.fix}" for p in validate(copy)]
    assert any(message in p for p in found), found
