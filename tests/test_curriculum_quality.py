"""Curriculum-wide checks: content notes, the scope statement, safe messaging, clean text, person-first language.

These read every notebook and every data file, so they cover each lesson as it lands.
The data files' own mojibake check lives in tests/test_content_data.py; the checks here
cover the notebooks and what they show.
"""

from __future__ import annotations

import re

import pytest

from peerkit._guide import shown_ids
from peerkit._prose import (
    cell_source,
    cell_tags,
    learner_strings,
    markdown_words,
    notebook_cells,
    shown_in,
)
from peerkit.content._safe_messaging import unsafe_phrases
from tests.conftest import DATA, NOTEBOOKS, course_notebooks
from tests.test_content_data import MOJIBAKE

NOTEBOOK_FILES = course_notebooks()
DATA_FILES = sorted(DATA.rglob("*.yaml"))
ANSWER_KEY = re.compile(r'peerkit\.answer_key\("([^"]+)"\)')

# --- content notes (SPEC R-01) --------------------------------------------------------

SENSITIVE_TOPIC = re.compile(
    r"\b(suicid\w*|self[- ]harm\w*|self[- ]injur\w*|abus(?:e|ed|es|ive)|violen\w*|relaps\w*|overdos\w*)\b",
    re.I,
)
NOT_A_TOPIC = re.compile(r"Substance Abuse and Mental Health Services Administration", re.I)
"""SAMHSA's full name mentions abuse but is not about it."""

ALLOWED_WITHOUT_NOTE: dict[tuple[str, str], str] = {
    ("00-welcome", "## Looking after yourself while you learn"): (
        "explains what a content note is and names the topics that get one; it describes no sensitive material"
    ),
    ("06-crisis-and-suicide-response", "# Crisis and suicide response"): (
        "the lesson's title names its topic; the lesson card straight after it gives the content note,"
        " and the title cell describes no sensitive material"
    ),
}
"""Cells that name a sensitive topic without a content note before them, each with the reason."""


def _sensitive_text(cell, library, lesson_id: str) -> str:
    """The learner-facing words of a cell: its markdown, or the items it shows (answer keys show a lesson's items)."""
    if cell["cell_type"] == "markdown":
        text = markdown_words(cell_source(cell))
    else:
        ids = [i for i in shown_in(cell) if i in library.items]
        for key_lesson in ANSWER_KEY.findall(cell_source(cell)):
            ids += shown_ids(library, key_lesson)
        text = "\n".join(t for i in ids for _, t in learner_strings(library.items[i]))
    return NOT_A_TOPIC.sub("", text)


def unannounced_sensitive_cells(path, library) -> list[str]:
    """Cells that touch a sensitive topic with no content note earlier in their section and no allow-list entry."""
    found = []
    noted = False
    for index, cell in enumerate(notebook_cells(path), start=1):
        source = cell_source(cell)
        first = source.splitlines()[0] if source.strip() else ""
        if cell["cell_type"] == "markdown" and first.startswith("#"):
            noted = False  # a new section needs its own note
        if "content-note" in cell_tags(cell):
            noted = True
            continue
        match = SENSITIVE_TOPIC.search(_sensitive_text(cell, library, path.stem))
        if match and not noted and (path.stem, first) not in ALLOWED_WITHOUT_NOTE:
            found.append(
                f"{path.name}: cell {index} ({first[:50]!r}) mentions '{match[0]}' with no content note before it"
            )
    return found


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_sensitive_cells_follow_a_content_note(path, library):
    """Is every cell tagged 'sensitive' (and every case with a content note) straight after a 'content-note' cell?"""
    cells = notebook_cells(path)
    for index, cell in enumerate(cells):
        shown = shown_in(cell)
        needs_note = "sensitive" in cell_tags(cell) or any(
            getattr(library.items.get(name), "content_note", None) for name in shown
        )
        if needs_note:
            assert "sensitive" in cell_tags(cell), (
                f"cell {index + 1} shows sensitive content but is not tagged"
            )
            assert index > 0 and "content-note" in cell_tags(cells[index - 1]), (
                f"cell {index + 1} has no content note just before it"
            )


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_sensitive_topics_in_the_text_come_after_a_content_note(path, library):
    """Does any mention of suicide, self-harm, abuse, violence or relapse (in markdown or shown items) follow a content note in its section?"""
    assert unannounced_sensitive_cells(path, library) == []


def test_the_topic_scan_can_fail(library, tmp_path):
    """Would a section about relapse with no content note be caught, and pass once a note is added?"""
    import json

    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": "## After a setback"},
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": "A relapse can feel like the end of the road.",
        },
    ]
    path = tmp_path / "x.ipynb"
    path.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    assert len(unannounced_sensitive_cells(path, library)) == 1
    cells.insert(
        1,
        {
            "cell_type": "markdown",
            "metadata": {"tags": ["content-note"]},
            "source": "Content note.",
        },
    )
    path.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    assert unannounced_sensitive_cells(path, library) == []


def test_allow_list_entries_still_exist():
    """Does every allow-list entry still name a real cell (so the list cannot silently go stale)?"""
    firsts = {
        (p.stem, cell_source(c).splitlines()[0])
        for p in NOTEBOOK_FILES
        for c in notebook_cells(p)
        if cell_source(c).strip()
    }
    assert set(ALLOWED_WITHOUT_NOTE) <= firsts


# --- scope of practice (SPEC R-04) ------------------------------------------------------

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


# --- safe messaging (SPEC R-01, SRC-22) -------------------------------------------------

# The patterns (peerkit/content/_safe_messaging.py) are shared with validate and the
# safety-plan practice's feedback.


@pytest.mark.parametrize(
    "path", NOTEBOOK_FILES + DATA_FILES, ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_safe_messaging(path):
    """Is every notebook and data file free of 'committed suicide', 'successful suicide' and method detail?"""
    assert unsafe_phrases(path.read_text(encoding="utf-8")) == []


def test_the_safe_messaging_lint_can_fail():
    """Would the lint catch the phrasings and method words it is meant to (and leave safe wording alone)?"""
    assert unsafe_phrases("He committed suicide last year.") == ["committed suicide"]
    assert unsafe_phrases("a successful suicide") == ["successful suicide"]
    assert unsafe_phrases("She left a suicide note.") == ["suicide note"]
    assert unsafe_phrases("He had been stockpiling tablets.") == ["stockpiling"]
    assert unsafe_phrases("Her brother died by suicide. Ask about access to lethal means.") == []


# --- clean text (SPEC R-09, AT-09) ------------------------------------------------------

LEFTOVERS = ("en_GBEnglish", "Click Next")
EMOJI_BULLET = re.compile(
    r"^\s*(?:[-*+]\s*)?[\u2705\u2714\u274c\U0001f539\U0001f6ab\U0001f4d6\U0001f4da\U0001f50d\U0001f5e3\U0001f4cc]",
    re.M,
)


def text_problems(cells) -> list[str]:
    """Mojibake, platform leftovers, emoji bullets and empty 'How to Respond' headings in notebook cells."""
    problems = []
    blocks: list[str] = []  # every markdown line, and one marker per code cell, in order
    for index, cell in enumerate(cells, start=1):
        source = cell_source(cell)
        if MOJIBAKE.search(source):
            problems.append(f"cell {index}: mojibake {MOJIBAKE.search(source)[0]!r}")
        problems += [
            f"cell {index}: platform leftover {word!r}" for word in LEFTOVERS if word in source
        ]
        if re.search(r"^\u00a0+$", source, re.M):
            problems.append(f"cell {index}: a line holding only no-break spaces")
        if cell["cell_type"] == "markdown":
            if EMOJI_BULLET.search(source):
                problems.append(f"cell {index}: an emoji used as a bullet or status marker")
            if re.search(r"^#+ .*\sCopy\s*$", source, re.M):
                problems.append(f"cell {index}: a title ending in 'Copy'")
            blocks += [line for line in source.splitlines() if line.strip()]
        else:
            blocks.append("[code]")
    for position, line in enumerate(blocks):
        if re.match(r"^#+\s.*how to respond", line, re.I):
            following = blocks[position + 1] if position + 1 < len(blocks) else None
            if following is None or following.startswith("#"):
                problems.append(f"an empty heading {line!r}")
    return problems


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_no_mojibake_leftovers_or_empty_headings(path):
    """Is the notebook free of the source lessons' encoding damage, platform leftovers, emoji bullets and empty 'How to Respond' headings?"""
    assert text_problems(notebook_cells(path)) == []


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
    found = text_problems(cells)
    assert any("mojibake" in p for p in found)
    assert any("emoji" in p for p in found)
    assert any("'Click Next'" in p for p in found)
    assert any("empty heading" in p for p in found)
    assert (
        text_problems([{"cell_type": "markdown", "source": "### How to respond\n\nStay calm."}])
        == []
    )


# --- person-first language (SPEC R-10) --------------------------------------------------

LABELS = re.compile(r"\b(clients?|consumers?|manipulative|non-?compliant|addicts?)\b", re.I)
QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|^\s*>.*$", re.M)
URL = re.compile(r"https?://\S+")


def labels_outside_quotes(text: str) -> list[str]:
    """Labels R-10 rules out, ignoring quoted speech (a character may name themself) and web addresses."""
    return [m[0] for m in LABELS.finditer(QUOTED.sub(" ", URL.sub(" ", text)))]


def _course_voice(item) -> str:
    """The item's text in the course's own voice: replies that model what not to say are quoted speech."""
    parts = []
    for path, text in learner_strings(item):
        if path and path[-1] == "unhelpful":
            continue
        if len(path) >= 4 and path[-3] == "choices" and path[-1] == "text":
            choice = item.nodes[path[1]].choices[path[3]]
            if choice.verdict != "follows":
                continue
        parts.append(text)
    if item.facilitator:
        parts += [item.facilitator.notes or "", *item.facilitator.debrief]
    return "\n".join(parts)


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_person_first_language_in_notebooks(path):
    """Are the notebooks free of 'client', 'consumer', 'manipulative', 'non-compliant' and 'addict' outside quotes?"""
    text = "\n".join(
        markdown_words(cell_source(c)) for c in notebook_cells(path) if c["cell_type"] == "markdown"
    )
    assert labels_outside_quotes(text) == []


def test_person_first_language_in_content(library):
    """Is every item's learner and facilitator text, and the curriculum, free of those labels outside quotes?"""
    found = {item.id: labels_outside_quotes(_course_voice(item)) for item in library.items.values()}
    for entry in library.curriculum.lessons:
        found[entry.id] = labels_outside_quotes(
            " ".join([entry.title, entry.summary, *entry.objectives])
        )
    assert {k: v for k, v in found.items() if v} == {}


def test_the_language_lint_can_fail():
    """Would the lint flag the labels in the course's own voice, but not in a character's quoted words?"""
    assert labels_outside_quotes("Each client is different; non-compliant people need care.") == [
        "client",
        "non-compliant",
    ]
    assert labels_outside_quotes('Jo says: "I\'m an addict, and I own that."') == []
    assert labels_outside_quotes("See https://www.fcc.gov/consumer-information") == []
