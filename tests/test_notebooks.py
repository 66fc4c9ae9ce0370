"""Notebooks: clean, hidden code, and in step with curriculum.yaml and the content."""

from __future__ import annotations

import json
import re

import pytest

from peerkit._notebooks import cell_problems, code_lines, notebook_problems
from peerkit.content._prose import notebook_cells
from tests.conftest import course_notebooks

NOTEBOOK_FILES = course_notebooks()
CALL = re.compile(r'peerkit\.(?:show|lesson)\("([^"]+)"\)')
CITATION = re.compile(r"\[(SRC-\d\d)\]")


def _load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _code_cells(nb):
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def test_notebooks_exist():
    assert NOTEBOOK_FILES, "no notebooks found"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebook_is_clean(path):
    """Is the notebook saved with no outputs, no widget state and no volatile metadata, code hidden and locked?"""
    assert notebook_problems(_load(path), path.name) == []


def test_a_notebook_with_outputs_or_widget_state_fails():
    """Would the cleanliness check catch outputs and saved widget state (so the test above can fail)?"""
    nb = _load(NOTEBOOK_FILES[0])
    nb["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    _code_cells(nb)[0]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "hi"}]
    problems = notebook_problems(nb, "x")
    assert any("saved outputs" in p for p in problems)
    assert any("widgets" in p for p in problems)


def test_notebooks_and_curriculum_agree(library):
    """Is every notebook listed in curriculum.yaml, in order, and does every lesson have its notebook?"""
    listed = [entry.id for entry in library.curriculum.lessons]
    assert sorted(p.stem for p in NOTEBOOK_FILES) == sorted(listed)
    numbered = [lesson for lesson in listed if lesson[:2].isdigit()]
    assert numbered == sorted(numbered)


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebook_starts_its_own_lesson_with_the_listed_title(path, library):
    """Does the notebook's first code cell start its own lesson, under a heading with the lesson's title?"""
    nb = _load(path)
    first_code = "".join(_code_cells(nb)[0]["source"])
    assert f'peerkit.lesson("{path.stem}")' in first_code
    heading = "".join(nb["cells"][0]["source"]).splitlines()[0]
    assert heading == f"# {library.curriculum.lesson(path.stem).title}"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebook_shows_only_existing_items_and_all_of_its_own(path, library):
    """Does every show() name an existing item, and is every item of the lesson's folder shown?"""
    sources = "\n".join("".join(c["source"]) for c in _code_cells(_load(path)))
    shown = [name for name in CALL.findall(sources) if name != path.stem]
    assert set(shown) <= set(library.items)
    assert set(library.lesson_items.get(path.stem, ())) <= set(shown)


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_code_cells_read_as_words_first(path):
    """Does each hidden code cell start with a label in words (JupyterLab shows the first line) and hold one call?"""
    for cell in _code_cells(_load(path)):
        source = "".join(cell["source"])
        label = source.splitlines()[0]
        assert re.match(r"^# [A-Z“\"]", label), label
        assert len(code_lines(source)) == 1


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_citations_resolve_to_the_lessons_references(path, library):
    """Does every [SRC-nn] cited in the notebook exist, and appear in the lesson's reference list?"""
    text = "\n".join(
        "".join(c["source"]) for c in _load(path)["cells"] if c["cell_type"] == "markdown"
    )
    cited = set(CITATION.findall(text))
    known = {r.id for r in library.references.references}
    assert cited <= known
    assert cited <= set(library.curriculum.lesson(path.stem).references)


# Content notes and safe messaging are checked in tests/test_curriculum_quality.py,
# together with the other curriculum-wide checks.


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_no_learner_notebook_runs_test_code(path):
    """Does every code cell call a notebook function, and none run checks in the learner's kernel?
    (What each exercise's view does is checked in tests/test_registry.py.)"""
    from peerkit.api import FUNCTIONS
    from peerkit.content._cells import call_of

    for cell in _code_cells(_load(path)):
        call = call_of(cell)
        assert call is not None and call.name in FUNCTIONS, "".join(cell["source"])
    assert "self-check" not in json.dumps(_load(path))


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_no_phone_numbers_in_notebooks(path):
    """Are crisis numbers only ever rendered from data (no phone number written into a notebook by
    hand; the crisis panel peerkit writes from data before a call runs is checked against the data)?"""
    text = "\n".join("".join(c["source"]) for c in notebook_cells(path))
    assert not re.search(r"\b(988|911|999|112|000|116 123|13 11 14)\b", text)


def test_clean_notebooks_names_a_cell_that_is_not_one_peerkit_call():
    """Does the notebook check read each code cell with the one cell parser, and say what is wrong?"""
    cell = {
        "cell_type": "code",
        "metadata": {"jupyter": {"source_hidden": True}, "editable": False, "deletable": False},
        "source": '# A greeting\nprint("hello")',
        "outputs": [],
        "execution_count": None,
    }
    assert cell_problems(cell, "x.ipynb: cell 3") == [
        "x.ipynb: cell 3: 'print' is not a peerkit function - call a peerkit function,"
        ' such as peerkit.show("item-id")'
    ]
