"""Course-wide rules of peerkit validate: content notes, safe messaging, clean text, person-first
language, notebooks in step with the curriculum, session plans.

The rules live in peerkit/content/_course_rules.py and run in ``peerkit validate`` (the
shipped course passes them: tests/test_content_data.py). Each test here breaks a copy of the
course in one way and checks that validate names the file, the line and the problem, so
every rule can fail. The scope statement stays a test of the real course (which lessons
must show it is a choice of the course, not a rule of every course).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from peerkit.content import validate
from peerkit.content._prose import cell_source, notebook_cells, shown_in
from peerkit.content._wording import (
    ALLOWED_WITHOUT_NOTE,
    labels_outside_quotes,
    text_problems,
    unsafe_phrases,
)
from tests.conftest import NOTEBOOKS, course_notebooks

NOTEBOOK_FILES = course_notebooks()
LESSON = "01-building-trust"


def problems_of(course: Path) -> list[str]:
    """validate's lines for the copy, with the copy's folder left out of each file name."""
    return [str(p).replace(f"{course}/", "") for p in validate(course / "data")]


def edit_notebook(course: Path, lesson: str, change) -> Path:
    path = course / "notebooks" / f"{lesson}.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    change(nb["cells"])
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    return path


def line_of(path: Path, problem: str) -> str:
    """The line of ``path`` a validate line points at."""
    number = int(problem.split(":")[1])
    return path.read_text(encoding="utf-8").splitlines()[number - 1]


def index_of(cells, start: str) -> int:
    return next(i for i, c in enumerate(cells) if cell_source(c).startswith(start))


def test_the_course_passes_every_course_rule(course_copy):
    """Does the unbroken copy pass (so each test below fails only for what it breaks)?"""
    assert problems_of(course_copy) == []


# --- content notes before sensitive material ------------------------------------------


def test_a_section_about_relapse_needs_a_content_note(course_copy):
    """Would a section naming relapse with no content note be caught, at its cell, and pass
    once a note is added before it?"""
    section = [
        {"cell_type": "markdown", "metadata": {}, "source": "## After a setback"},
        {"cell_type": "markdown", "metadata": {}, "source": "A relapse can feel like an end."},
    ]
    path = edit_notebook(
        course_copy, LESSON, lambda cells: cells.__setitem__(slice(-1, -1), section)
    )
    [problem] = problems_of(course_copy)
    assert problem.startswith(f"notebooks/{LESSON}.ipynb:")
    assert "mentions 'relapse' with no content note earlier in its section" in problem
    assert "A relapse can feel" in line_of(path, problem)

    def add_note(cells):
        at = index_of(cells, "A relapse")
        cells.insert(
            at, {"cell_type": "markdown", "metadata": {"tags": ["content-note"]}, "source": "Note."}
        )

    edit_notebook(course_copy, LESSON, add_note)
    assert problems_of(course_copy) == []


def test_a_case_with_a_content_note_must_follow_one_and_be_tagged(course_copy):
    """Would a case with a content note, shown untagged and with no note just before it, be
    caught twice at its cell?"""

    def strip(cells):
        at = next(i for i, c in enumerate(cells) if "cs02-drank-again" in shown_in(c))
        cells[at]["metadata"]["tags"] = []
        cells[at - 2]["metadata"]["tags"] = []  # the note (a generated cell sits between)

    edit_notebook(course_copy, LESSON, strip)
    found = problems_of(course_copy)
    assert any(
        "shows 'cs02-drank-again', which has a content note, but is not tagged" in p for p in found
    )
    assert any("sensitive content with no content note straight before it" in p for p in found)


def test_allow_list_entries_still_exist():
    """Does every allow-list entry still name a real cell (so the list cannot silently go stale)?"""
    firsts = {
        (p.stem, cell_source(c).splitlines()[0])
        for p in NOTEBOOK_FILES
        for c in notebook_cells(p)
        if cell_source(c).strip()
    }
    assert set(ALLOWED_WITHOUT_NOTE) <= firsts


# --- scope of practice: peers are not clinicians ----------------------------------------

SCOPE_LESSONS = (
    "00-welcome",
    "04-conversation-structure",
    "05-difficult-conversations",
    "06-crisis-and-suicide-response",
    "07-confidentiality-boundaries-and-records",
)


@pytest.mark.parametrize("lesson", SCOPE_LESSONS)
def test_scope_statement_is_shown(lesson, library):
    """Do lessons 00, 04, 05, 06 and 07 show the one shared scope-of-practice snippet?"""
    path = NOTEBOOKS / f"{lesson}.ipynb"
    if library.curriculum.lesson(lesson) is None or not path.is_file():
        pytest.skip(f"lesson {lesson} has not landed yet")
    shown = [i for c in notebook_cells(path) for i in shown_in(c)]
    assert "scope-of-practice" in shown


# --- safe messaging (SRC-22) ------------------------------------------------------------


def test_the_safe_messaging_phrases():
    """Does the lint catch the phrasings and method words it is meant to (and leave safe wording alone)?"""
    assert unsafe_phrases("He committed suicide last year.") == ["committed suicide"]
    assert unsafe_phrases("a successful suicide") == ["successful suicide"]
    assert unsafe_phrases("She left a suicide note.") == ["suicide note"]
    assert unsafe_phrases("He had been stockpiling tablets.") == ["stockpiling"]
    assert unsafe_phrases("Her brother died by suicide. Ask about access to lethal means.") == []


def test_safe_messaging_is_checked_in_content_files_and_notebooks(course_copy):
    """Would 'committed suicide' in a case file and method detail in a notebook be named at
    their lines?"""
    case = course_copy / "data" / "lessons" / LESSON / "cs01-sent-not-chosen.yaml"
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("title: ", "title: Her uncle committed suicide; ", 1))

    def add(cells):
        cells[index_of(cells, "## Key points")]["source"] += "\n\nHe had been stockpiling tablets."

    path = edit_notebook(course_copy, LESSON, add)
    found = problems_of(course_copy)
    assert any(
        p.startswith(f"data/lessons/{LESSON}/cs01-sent-not-chosen.yaml:")
        and '"committed suicide" goes against safe messaging' in p
        for p in found
    ), found
    [in_notebook] = [p for p in found if p.startswith("notebooks/") and "safe messaging" in p]
    assert '"stockpiling" goes against safe messaging' in in_notebook
    # the case now names suicide, so the cell that shows it needs a content note too
    assert any("mentions 'suicide' with no content note" in p for p in found)
    assert "stockpiling" in line_of(path, in_notebook)


# --- clean text: no damaged characters, platform leftovers or emoji bullets -------------


def test_the_text_check_can_fail():
    """Would the check catch mojibake, 'Click Next', an emoji bullet and an empty 'How to Respond' heading?"""
    cells = [
        {
            "cell_type": "markdown",
            "source": "## Learning Objectives \u0111\u017a\u201c\u2013\n\n\u2705 Understand trust",
        },
        {
            "cell_type": "markdown",
            "source": "### How to Respond:\n\n## Next part\n\nClick Next to go on.",
        },
    ]
    found = [problem for _, problem in text_problems(cells)]
    assert any("encoding damage" in p for p in found)
    assert any("emoji" in p for p in found)
    assert any("'Click Next'" in p for p in found)
    assert any("empty heading" in p for p in found)
    assert (
        text_problems([{"cell_type": "markdown", "source": "### How to respond\n\nStay calm."}])
        == []
    )


def test_damaged_text_and_phone_numbers_in_a_notebook_are_named(course_copy):
    """Would mojibake and a hand-written crisis number in a notebook be named at their cell?"""

    def add(cells):
        cells[index_of(cells, "## Key points")]["source"] += (
            "\n\nWhat\u00e2\u20ac\u2122s next? Call 988."
        )

    edit_notebook(course_copy, LESSON, add)
    found = problems_of(course_copy)
    assert any("encoding damage" in p for p in found), found
    assert any("a phone number (988) is written into the notebook" in p for p in found), found


def test_damaged_text_in_a_content_file_is_named(course_copy):
    """Would mojibake and a platform leftover in a content file be named at their line?"""
    case = course_copy / "data" / "lessons" / LESSON / "cs01-sent-not-chosen.yaml"
    case.write_text(
        case.read_text(encoding="utf-8").replace("title: ", "title: Click Next \u00e2\u20ac ", 1)
    )
    found = problems_of(course_copy)
    assert any("encoding damage" in p and "cs01-sent-not-chosen.yaml" in p for p in found)
    assert any("leftover" in p and "'Click Next'" in p for p in found)


# --- person-first language ---------------------------------------------------------------


def test_the_language_lint():
    """Does the lint flag the labels in the course's own voice, but not in a character's quoted words?"""
    assert labels_outside_quotes("Each client is different; non-compliant people need care.") == [
        "client",
        "non-compliant",
    ]
    assert labels_outside_quotes('Jo says: "I\'m an addict, and I own that."') == []
    assert labels_outside_quotes("See https://www.fcc.gov/consumer-information") == []


def test_labels_in_the_courses_own_voice_are_named(course_copy):
    """Would 'client' in a right reply and 'addicts' in lesson markdown be named, while a reply
    taught as a mistake may say it?"""
    case = course_copy / "data" / "lessons" / LESSON / "cs01-sent-not-chosen.yaml"
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("title: ", "title: A client who ", 1))

    def add(cells):
        cells[index_of(cells, "## Key points")]["source"] += "\n\nSome addicts are slow to trust."

    edit_notebook(course_copy, LESSON, add)
    found = problems_of(course_copy)
    assert any(
        "cs01-sent-not-chosen.yaml" in p and "'client' is not person-first" in p for p in found
    )
    assert any(p.startswith("notebooks/") and "'addicts' is not person-first" in p for p in found)


# --- notebooks and the curriculum -------------------------------------------------------


def test_a_notebook_out_of_step_with_the_curriculum_is_named(course_copy):
    """Would a wrong title, an unknown item, an unlisted citation and a stray notebook be named?"""

    def break_it(cells):
        cells[0]["source"] = re.sub(r"^# .*", "# Trust", cell_source(cells[0]), count=1)
        at = index_of(cells, "## Key points")
        cells.insert(
            at,
            {
                "cell_type": "code",
                "metadata": {},
                "source": '# A case\npeerkit.show("cs01-sent-not-chosn")',
                "execution_count": None,
                "outputs": [],
            },
        )
        cells[at + 1]["source"] += " See [SRC-00]."

    edit_notebook(course_copy, LESSON, break_it)
    (course_copy / "notebooks" / "scratch.ipynb").write_text('{"cells": []}')
    found = problems_of(course_copy)
    assert any("starts with '# Trust', not the lesson's title" in p for p in found), found
    assert any(
        "shows 'cs01-sent-not-chosn', which is not a content item - did you mean 'cs01-sent-not-chosen'?"
        in p
        for p in found
    ), found
    assert any("[SRC-00] is not in references.yaml" in p for p in found), found
    assert (
        "notebooks/scratch.ipynb:1: this notebook is not a lesson in curriculum.yaml"
        in " ".join(found)
    )


def test_a_session_plan_out_of_step_is_named(course_copy):
    """Would a part whose budget misses its minutes be named; and, once that is fixed, a plan
    naming an item that does not exist and leaving out one of the lesson's exercises?"""
    plan = course_copy / "data" / "facilitator" / f"{LESSON}.yaml"
    original = plan.read_text(encoding="utf-8")
    plan.write_text(original.replace("    minutes: 2\n", "    minutes: 3\n", 1), encoding="utf-8")
    found = problems_of(course_copy)
    assert any("part 'opening' has 3 minutes but its budget adds up to 2" in p for p in found), (
        found
    )
    text = original.replace("items: [trust-sort, rewrite-stay-positive]", "items: [trust-sorts]")
    text = text.replace("{activity: sort, item: trust-sort,", "{activity: sort, item: trust-sorts,")
    text = text.replace(
        "{activity: rewrite, item: rewrite-stay-positive, mode: alone, minutes: 5}",
        "{activity: practice, mode: alone, minutes: 5, what: a reply of their own}",
    )
    plan.write_text(text, encoding="utf-8")
    found = problems_of(course_copy)
    assert any("names 'trust-sorts', which is not a content item" in p for p in found), found
    assert any(
        p.startswith(f"data/lessons/{LESSON}/")
        and "'rewrite-stay-positive' is not in any part of lesson" in p
        for p in found
    ), found
