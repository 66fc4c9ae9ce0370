"""Cells made from data: safety and orientation before anything runs, words that fit the mode,
and links between lessons at the top and the bottom.

In JupyterLab nothing runs until the learner starts the exercises. These tests check,
without a browser, that every lesson notebook already holds (as markdown peerkit writes
from data) the crisis panel, the lesson's introduction with its content note, each
exercise's title and instructions, and the links to the previous and next lesson; that
these match the data today; and that the app and the handouts each show their own
instructions and nobody else's. tests/test_browser_lab.py looks at the same in a browser.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from peerkit._app_build import build
from peerkit._generated import (
    BEFORE_RUN,
    before_run_html,
    for_mode,
    sync,
    sync_file,
)
from peerkit._modes import MODE_TEXT_TAG, MODES, TEXTS
from peerkit._navigation import NAV_TAG, TOP_TAG
from peerkit._notebooks import clean
from peerkit.api import row_for
from peerkit.content._cells import shown_in
from peerkit.static import stylesheet
from peerkit.widgets._common import WIDGET_CSS
from tests.conftest import NOTEBOOKS
from tests.learner_text import FOREIGN, foreign_phrases

LESSON_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))


def _load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _source(cell) -> str:
    return "".join(cell["source"])


def _tags(cell) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def _text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _before(cells, index):
    """The before-run cell just before the code cell at ``index`` (None if there is none)."""
    previous = cells[index - 1] if index > 0 else None
    return previous if previous is not None and BEFORE_RUN in _tags(previous) else None


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_the_cells_made_from_data_match_the_data(path, library):
    """Are the lesson's crisis panel, introduction, exercise titles and links exactly what the
    data makes today (so a change to crisis_resources.yaml or a lesson shows up)?"""
    nb = _load(path)
    assert sync(nb, library) == nb, (
        f"{path.name}: the cells made from data are out of date - run 'peerkit clean-notebooks'"
    )


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_safety_and_orientation_are_readable_before_anything_runs(path, library):
    """Before anything runs, does the lesson show its introduction (time, aims, content note), the
    crisis lines, and each exercise's title and instructions, but never an answer?"""
    cells = _load(path)["cells"]
    entry = library.curriculum.lesson(path.stem)
    for index, cell in enumerate(cells):
        if cell["cell_type"] != "code":
            continue
        source = _source(cell)
        stand_in = _before(cells, index)
        shown = _text(_source(stand_in)) if stand_in else ""
        if "peerkit.lesson(" in source:
            assert f"About {entry.minutes} minutes." in shown
            for note in entry.content_notes:
                assert _text(note) in shown
        elif "peerkit.crisis_resources(" in source:
            for region in library.crisis.regions:
                assert region.name in shown and region.emergency_number in shown
                assert _text(region.main_line.name) in shown
            assert "findahelpline.com" in shown
        for item_id in shown_in(cell):
            item = library.items[item_id]
            if row_for(item).exercise:
                assert _text(item.title) in shown, (
                    f"{path.name}: {item_id} has no title before it runs"
                )
                assert "Start the exercises" in shown
                answers = [c.feedback for n in getattr(item, "nodes", []) for c in n.choices]
                answers += [c.explanation for c in getattr(item, "cards", [])]
                answers += [
                    o.explanation for q in getattr(item, "questions", []) for o in q.options
                ]
                assert not [a for a in answers if _text(a) in shown], (
                    "an answer shows before it runs"
                )
            elif item.type == "note":
                assert _text(item.text.split("\n\n")[0]) in shown


def test_the_crisis_panel_before_run_is_the_one_the_handouts_print(library):
    """Is the welcome lesson's crisis panel, before anything runs, the panel every learner
    handout prints (the facilitator's region, or the main line of every region)?"""
    from peerkit.handouts._build import resolve_region
    from peerkit.static import render_crisis

    cells = _load(NOTEBOOKS / "00-welcome.ipynb")["cells"]
    at = next(i for i, c in enumerate(cells) if "peerkit.crisis_resources(" in _source(c))
    printed = render_crisis(library.crisis, resolve_region(library, None))
    assert _text(_source(cells[at - 1])) == _text(printed)


HIDE_AFTER_RUN_CSS = (
    ".jp-Cell:has(.pk-before-run):has(+ .jp-CodeCell .jp-OutputArea-output) { display: none; }"
)
"""Hides a before-run cell once the cell after it shows output (its live view)."""


def test_a_stand_in_goes_once_the_live_view_shows():
    """Does every live view bring the rule that hides the stand-in above it, so nothing shows twice?"""
    assert HIDE_AFTER_RUN_CSS in stylesheet()
    assert HIDE_AFTER_RUN_CSS in WIDGET_CSS


def test_clean_notebooks_brings_the_cells_up_to_date_and_check_says_so(tmp_path, library):
    """If the data changes, does 'clean-notebooks --check' say so, and 'clean-notebooks' fix it?"""
    nb = _load(NOTEBOOKS / "05-difficult-conversations.ipynb")
    stand_in = next(c for c in nb["cells"] if BEFORE_RUN in _tags(c))
    stand_in["source"] = stand_in["source"].replace("About", "Roughly")
    path = tmp_path / "05-difficult-conversations.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    problems = sync_file(path, library, check_only=True)
    assert problems and "out of date" in problems[0] and "peerkit clean-notebooks" in problems[0]
    assert sync_file(path, library) == []
    assert sync(_load(path), library) == _load(path)


def test_the_guide_and_other_notebooks_get_no_stand_ins(tmp_path, library):
    """Are notebooks that are not learners' lessons (the facilitator guide) left alone?"""
    guide = NOTEBOOKS / "facilitator" / "facilitator-guide.ipynb"
    copy = tmp_path / guide.name
    copy.write_bytes(guide.read_bytes())
    assert sync_file(copy, library) == []
    assert copy.read_bytes() == guide.read_bytes()
    assert not any(BEFORE_RUN in _tags(c) for c in _load(guide)["cells"])


def test_a_call_that_needs_nothing_before_it_runs_gets_nothing(library):
    """Do the journal tools, progress, references and the region picker get no stand-in?"""
    for call in (
        "journal_tools()",
        "progress()",
        "references()",
        "region_picker()",
    ):
        assert before_run_html(f"# Label\npeerkit.{call}", library) is None


# --- words that fit the mode -------------------------------------------------------------


def _mode_cells(nb) -> list[tuple[str, str]]:
    return [
        (next(t for t in _tags(c) if t.startswith(MODE_TEXT_TAG))[len(MODE_TEXT_TAG) :], _source(c))
        for c in nb["cells"]
        if any(t.startswith(MODE_TEXT_TAG) for t in _tags(c))
    ]


def test_each_mode_has_its_own_words_for_every_instruction():
    """Is every instruction written for every mode, each different from the others'?"""
    for key, by_mode in TEXTS.items():
        assert set(by_mode) == set(MODES), key
    how = TEXTS["how-to-start"]
    assert len({how[m] for m in MODES}) == len(MODES)
    for mode in MODES:
        assert foreign_phrases(mode, how[mode]) == [], (mode, foreign_phrases(mode, how[mode]))


def test_the_welcome_lesson_says_how_to_start_in_each_mode(tmp_path, library):
    """Does lesson 00 tell JupyterLab learners about the Start button, app learners that it is
    ready, and handout readers where the answers are, each seeing only their own words?"""
    welcome = _load(NOTEBOOKS / "00-welcome.ipynb")
    assert _mode_cells(welcome) == [("how-to-start", TEXTS["how-to-start"]["lab"])]
    pages, _ = build(tmp_path / "app", NOTEBOOKS)
    app_page = _load(next(p for p in pages if p.stem == "00-welcome"))
    assert _mode_cells(app_page) == [("how-to-start", TEXTS["how-to-start"]["app"])]
    from peerkit.handouts import build as build_handouts

    build_handouts(tmp_path / "handouts", ("learner",))
    handout = (tmp_path / "handouts" / "learner" / "00-welcome.html").read_text(encoding="utf-8")
    handout_words = _text(handout)
    own = {"lab": "Start the exercises", "app": "as soon as the page has loaded"}
    own["handout"] = "This is the printed lesson"
    for mode, words in own.items():
        assert words in TEXTS["how-to-start"][mode]
        assert (words in handout_words) == (mode == "handout"), mode


def test_app_pages_and_handouts_carry_no_other_modes_words(tmp_path, library):
    """Do the app's pages (as written) and every learner handout avoid words that only make sense
    elsewhere ("Run menu", "notebook", "toolbar" ...)?"""
    pages, _ = build(tmp_path / "app", NOTEBOOKS)
    found = {}
    for page in pages:
        nb = _load(page)
        text = "\n".join(_source(c) for c in nb["cells"] if c["cell_type"] == "markdown")
        found[f"app/{page.name}"] = foreign_phrases("app", text)
    from peerkit.handouts import build as build_handouts

    build_handouts(tmp_path / "handouts", ("learner",))
    for page in sorted((tmp_path / "handouts" / "learner").glob("*.html")):
        shown = page.read_text("utf-8")
        # A reference's own title and note are the source's words (a citation), not instructions.
        shown = re.sub(
            r'<section class="pk-item pk-references".*?</section>', "", shown, flags=re.S
        )
        found[f"handout/{page.name}"] = foreign_phrases("handout", _text(shown))
    assert {where: words for where, words in found.items() if words} == {}


def test_the_foreign_words_check_would_catch_one():
    """Would the check above see JupyterLab's instructions in the app?"""
    assert foreign_phrases("app", TEXTS["how-to-start"]["lab"]) != []
    assert "notebook" in FOREIGN["app"]


# --- links between lessons ------------------------------------------------------------------


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_every_lesson_links_to_the_next_and_previous_at_the_top_and_bottom(path, library):
    """Does each lesson say which lesson it is, numbered as the course numbers lessons (00 to 07:
    the lessons' own text says "in lesson 05"), and link to the previous and next lessons under
    its title and at its end?"""
    lessons = [e for e in library.curriculum.lessons if e.kind == "lesson"]
    here = next(i for i, e in enumerate(lessons) if e.id == path.stem)
    cells = _load(path)["cells"]
    assert _tags(cells[1]) == [TOP_TAG] and _tags(cells[-1]) == [NAV_TAG]
    top, bottom = _source(cells[1]), _source(cells[-1])
    assert top.startswith(f"**Lesson {path.stem[:2]} of {lessons[-1].id[:2]}**")
    for neighbour in (
        lessons[here - 1] if here else None,
        lessons[here + 1] if here + 1 < len(lessons) else None,
    ):
        if neighbour is not None:
            link = f"[{neighbour.title}]({neighbour.id}.ipynb)"
            assert link in top and link in bottom
    assert "Next:" not in "".join(_source(c) for c in cells[2:-1]), (
        "a 'Next:' line that is not a link"
    )


def test_handouts_link_to_the_next_and_previous_at_the_top_and_bottom(tmp_path, library):
    """Does every learner handout say which lesson it is and link both ways at its top and end?"""
    from peerkit.handouts import build as build_handouts

    build_handouts(tmp_path, ("learner",))
    lessons = [e for e in library.curriculum.lessons if e.kind == "lesson"]
    last = lessons[-1].id[:2]
    for number, entry in enumerate(lessons, start=1):
        page = (tmp_path / "learner" / f"{entry.id}.html").read_text(encoding="utf-8")
        pagers = re.findall(r'<nav class="pk-pager".*?</nav>', page, re.S)
        assert len(pagers) == 2, entry.id
        assert page.index(pagers[1]) > page.index("</main>")
        for pager in pagers:
            assert f"Lesson {entry.id[:2]} of {last}" in pager
            if number < len(lessons):
                assert f'href="{lessons[number].id}.html" rel="next"' in pager
            if number > 1:
                assert f'href="{lessons[number - 2].id}.html" rel="prev"' in pager


def test_the_app_and_the_handouts_drop_what_only_jupyterlab_needs(tmp_path):
    """Do the app's pages and the handouts leave out the stand-ins and JupyterLab's own links?"""
    nb = clean(_load(NOTEBOOKS / "01-building-trust.ipynb"))
    for mode in ("app", "handout"):
        shown = for_mode(nb, mode)["cells"]
        assert not [c for c in shown if {BEFORE_RUN, TOP_TAG, NAV_TAG} & set(_tags(c))]
