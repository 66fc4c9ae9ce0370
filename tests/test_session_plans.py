"""Session plans budget every minute: what a line needs, headings read, and the shipped plans.

peerkit/content/_workshop_checks.py checks a plan on its own (minutes add up); _facilitator.py
checks it against its lesson: the headings it reads, the exercises it runs, and whether
each line gives its content the minutes it needs (a warning, counted by --strict).
"""

from __future__ import annotations

import pytest

from peerkit.content import check_content, load_file
from peerkit.content._facilitator import (
    NotebookSections,
    case_decisions,
    floor,
    markdown_word_count,
    reading_floor,
)
from peerkit.content._guide_models import BudgetLine
from tests.conftest import DATA

PLAN_01 = DATA / "facilitator" / "01-building-trust.yaml"


def line(**fields) -> BudgetLine:
    return BudgetLine.model_validate(fields)


# --- what a line needs ---------------------------------------------------------------------


def test_reading_takes_a_minute_per_150_words_and_at_least_one():
    assert [reading_floor(w) for w in (10, 150, 224, 225, 600)] == [1, 1, 1, 2, 4]


def test_a_case_counts_the_decisions_on_its_path_of_first_good_replies(library):
    """Is cs02 counted along its first 'follows' replies, and timed 1 + 2 per decision + 2 as a group?"""
    case = library.item("cs02-drank-again")
    decisions = case_decisions(case)
    assert decisions >= 3
    group = floor(line(activity="case", item=case.id, mode="group", minutes=1), case, None)
    pairs = floor(line(activity="case", item=case.id, mode="pairs", minutes=1), case, None)
    assert group is not None and group[0] == 1 + 2 * decisions + 2
    assert pairs is not None and pairs[0] == 1 + -(-3 * decisions // 2) + 2


def test_sorts_quizzes_and_written_exercises_have_floors(library):
    sort = library.item("trust-sort")
    quiz = library.item("opening-questions-quiz")
    assert (
        floor(line(activity="sort", item=sort.id, minutes=1), sort, None)[0]
        == -(-2 * len(sort.cards) // 5) + 2
    )
    assert (
        floor(line(activity="quiz", item=quiz.id, mode="group", minutes=1), quiz, None)[0]
        == len(quiz.questions) + 1
    )
    rewrite = library.item("rewrite-stay-positive")
    assert floor(line(activity="rewrite", item=rewrite.id, minutes=1), rewrite, None)[0] == 5
    assert floor(line(activity="discussion", what="it", minutes=1), None, None) is None


def test_word_counts_leave_out_code_markup_links_and_citation_keys():
    text = "Read **this** [with a link](https://example.org) `code` [SRC-14] and <b>that</b>."
    assert markdown_word_count(text) == 7  # Read this with a link and that


# --- headings --------------------------------------------------------------------------------


NOTEBOOK = [
    "# Lesson title\n\nA short opening of six words.",
    "## First part\n\nOne two three.\n\n### How to respond\n\nFour five.",
    "## Second part\n\n### How to respond\n\nSix seven eight nine.\n\n```\n## not a heading\n```",
]


def test_sections_are_named_h2_or_h2_then_h3_and_cover_what_lies_under_them():
    sections = NotebookSections.from_markdown(NOTEBOOK)
    assert [s.key for s in sections.sections] == [
        "(top)",
        "First part",
        "First part > How to respond",
        "Second part",
        "Second part > How to respond",
    ]
    assert sections.words(["First part"]) == 3 + 2
    assert sections.words(["(top)", "Second part > How to respond"]) == 6 + 4
    assert sections.find("How to respond") == []  # repeated: it needs its H2
    assert sections.ambiguous("How to respond") == [
        "First part > How to respond",
        "Second part > How to respond",
    ]


def test_a_repeated_heading_gets_a_message_naming_both(tmp_path, write_yaml):
    """Does a plan that reads lesson 05's 'How to respond' learn which full names it can use?"""
    text = (DATA / "facilitator" / "05-difficult-conversations.yaml").read_text(encoding="utf-8")
    target = next(h for h in ('"2. Resistance to support or change"',) if h in text)
    path = write_yaml(
        text.replace(target, '"How to respond"', 1), "05-difficult-conversations.yaml"
    )
    problems, _ = check_content(path)
    (problem,) = problems
    assert (
        "reads section 'How to respond', a title lesson 05-difficult-conversations uses 4 times"
        in problem.problem
    )
    assert problem.fix.startswith("name the one you mean with its section above it: ")


# --- warnings ----------------------------------------------------------------------------------


def _plan_with(old: str, new: str, write_yaml):
    text = PLAN_01.read_text(encoding="utf-8")
    assert old in text
    return write_yaml(text.replace(old, new, 1), "01-building-trust.yaml")


def test_a_case_given_too_few_minutes_is_a_warning_that_names_the_line(write_yaml):
    """Does a case squeezed to 8 minutes (the discussion taking the rest) warn at its line, with the need?"""
    path = _plan_with(
        "      - {activity: case, item: cs01-sent-not-chosen, mode: group, minutes: 11}\n"
        "      - {activity: discussion, minutes: 1, what: one reply nobody picked}",
        "      - {activity: case, item: cs01-sent-not-chosen, mode: group, minutes: 8}\n"
        "      - {activity: discussion, minutes: 4, what: one reply nobody picked}",
        write_yaml,
    )
    problems, warnings = check_content(path)
    assert problems == []
    (warning,) = warnings
    line_number = (
        path.read_text(encoding="utf-8")
        .splitlines()
        .index("      - {activity: case, item: cs01-sent-not-chosen, mode: group, minutes: 8}")
        + 1
    )
    assert warning.line == line_number
    assert warning.problem.startswith(
        "part 'case-reluctant' gives cs01-sent-not-chosen as a group 8 minutes, but its "
    )
    assert warning.problem.endswith("decisions need at least 11")


def test_prose_read_in_no_part_is_a_warning(write_yaml):
    path = _plan_with(
        '      - {activity: reading, minutes: 1, covers: ["Key points"]}',
        "      - {activity: discussion, minutes: 1, what: the key points}",
        write_yaml,
    )
    _, warnings = check_content(path)
    assert [w.problem for w in warnings] == [
        f"section 'Key points' of lesson 01-building-trust ({_words('Key points')} words) is read in no part"
    ]


def _words(heading: str) -> int:
    return NotebookSections.from_notebook(
        DATA.parent / "notebooks" / "01-building-trust.ipynb"
    ).words([heading])


# --- the shipped plans ---------------------------------------------------------------------------


def test_every_shipped_plan_adds_up_meets_its_floors_and_reads_its_whole_lesson():
    """Does data/facilitator/ validate with no problem and no warning (as --strict runs it)?"""
    problems, warnings = check_content(DATA / "facilitator")
    assert [str(p) for p in problems + warnings] == []


@pytest.mark.parametrize(
    "path", sorted((DATA / "facilitator").glob("0*.yaml")), ids=lambda p: p.stem
)
def test_each_plan_s_workshop_minutes_are_its_warm_up_parts_and_check_out(path):
    loaded, problems = load_file(path)
    assert problems == [] and loaded is not None
    plan = loaded.model
    assert (
        plan.minutes
        == plan.warm_up.minutes + sum(p.minutes for p in plan.parts) + plan.check_out.minutes
    )
    for part in plan.parts:
        assert part.minutes == sum(line.minutes for line in part.budget), part.id
        assert not part.optional or part.if_skipped


# --- role-play lines and their triads ------------------------------------------------------------


def _course_with_triads(library, triads):
    from peerkit.content._course import course_of

    course = course_of(library)
    course.triads = triads
    return course


def test_a_role_play_lasts_its_triad_s_timing_in_its_own_lesson(library):
    """Are a wrong total, a triad of another lesson, an unknown triad and a crisis triad in a light part caught?"""
    from types import SimpleNamespace

    from peerkit.content._facilitator import plan_problems, triad_info

    timing = SimpleNamespace(setup=4, rounds=3, play=4, feedback=3, rotate=1, debrief=5)
    first_contact = triad_info(
        SimpleNamespace(id="triad-01-first-contact", lesson="01-building-trust", timing=timing)
    )
    assert first_contact is not None and first_contact.minutes == 4 + 3 * (4 + 3) + 2 * 1 + 5 == 32
    loaded, _ = load_file(PLAN_01)
    assert loaded is not None
    doc = loaded.doc

    def problems_with(triad):
        course = _course_with_triads(library, {triad.id: triad})
        return [p.problem for p in plan_problems(doc, loaded.model, course)[0]]

    assert problems_with(first_contact) == []
    longer = first_contact.__class__(first_contact.id, first_contact.lesson, 35)
    assert problems_with(longer) == [
        "part 'role-play' gives triad 'triad-01-first-contact' 32 minutes, but its timing adds up to 35"
    ]
    elsewhere = first_contact.__class__(first_contact.id, "02-mutuality-and-lived-experience", 32)
    assert problems_with(elsewhere) == [
        "triad 'triad-01-first-contact' belongs to lesson 02-mutuality-and-lived-experience, not 01-building-trust"
    ]
    crisis = first_contact.__class__(first_contact.id, first_contact.lesson, 32, crisis=True)
    assert problems_with(crisis) == [
        "part 'role-play' runs the crisis role-play 'triad-01-first-contact' but is not marked heavy"
        " with a break after it"
    ]
    other = first_contact.__class__("triad-01-other", first_contact.lesson, 32)
    assert problems_with(other) == [
        "part 'role-play' plays triad 'triad-01-first-contact', which does not exist",
        "triad 'triad-01-other' of lesson 01-building-trust is played in no part of its plan",
    ]
    unplayed = first_contact.__class__("triad-01-second", first_contact.lesson, 32)
    course = _course_with_triads(library, {t.id: t for t in (first_contact, unplayed)})
    assert [p.problem for p in plan_problems(doc, loaded.model, course)[0]] == [
        "triad 'triad-01-second' of lesson 01-building-trust is played in no part of its plan"
    ]


def test_guide_prose_cites_only_what_the_guide_lists(tmp_path):
    """Is a guide section citing a real work missing from the guide's reference list told where to add it?"""
    path = tmp_path / "running-the-day.yaml"
    path.write_text(
        "schema_version: 1\ntype: guide-sections\nid: running-the-day\nsections:\n"
        "  - id: reading-pace\n    title: Reading pace\n    body: |\n"
        "      Groups read together at about 150 words a minute [SRC-88].\n",
        encoding="utf-8",
    )
    problems, _ = check_content(path)
    assert [f"{p.line}: {p.problem} - {p.fix}" for p in problems] == [
        "7: SRC-88 is cited here but is not in the facilitator guide's reference list"
        " - add SRC-88 to the 'references:' of 'facilitator-guide' in data/curriculum.yaml"
    ]
