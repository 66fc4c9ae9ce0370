"""JupyterLab in a real browser: every lesson runs, shows no error and no code, and works by keyboard.

Each test starts its own JupyterLab (tests/servers.py) over a temporary copy of
the notebooks, and drives Debian's Chromium with Playwright. What "no code
visible" and "an error" mean is written at the top of tests/browser_pages.py.
Screenshots go to build/screenshots/lab-<lesson>.png for a reviewer to look at.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerkit._notebooks import clean, dumps
from tests.browser_pages import (
    LESSONS,
    SHOTS,
    Notebook,
    do_by_keyboard,
    first_exercise,
    new_page,
    page_problems,
    press,
    run_all_in_lab,
    screenshot_whole,
    wait_for_text,
)
from tests.conftest import NOTEBOOKS
from tests.servers import copy_notebooks, running

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def page():
    with new_page() as page:
        yield page


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_runs_in_jupyterlab_without_errors_or_code_and_works_by_keyboard(
    lesson, tmp_path, page, library
):
    """In JupyterLab, after Run All, is every cell free of errors and code, and can its first case be completed by keyboard?"""
    entry = library.curriculum.lesson(lesson)
    relative = Path(entry.notebook).relative_to("notebooks")
    assert (NOTEBOOKS / relative).is_file(), (
        f"{lesson} is listed in curriculum.yaml but has no notebook"
    )
    root = copy_notebooks(NOTEBOOKS, tmp_path / "notebooks")
    notebook = Notebook.read(root / relative, root)
    exercise = first_exercise(notebook, library)
    feedback = ""
    with running("lab", root, tmp_path / "server") as lab:
        try:
            run_all_in_lab(page, lab.url, notebook)
            problems = page_problems(page, notebook, "lab")
            if not problems and exercise is not None:
                feedback = do_by_keyboard(page, exercise)
        finally:  # also when it fails: the screenshot shows what went wrong
            screenshot_whole(page, SHOTS / f"lab-{lesson}.png")
    assert problems == [], "\n".join(problems)
    if exercise is not None:
        assert feedback.strip(), "the feedback area stayed empty"


def test_a_broken_notebook_fails_naming_the_notebook_and_the_cell(tmp_path, page):
    """Does a notebook with a failing cell make the check fail with the notebook's name, the cell and the error?"""
    source = json.loads((NOTEBOOKS / f"{LESSONS[0]}.ipynb").read_text(encoding="utf-8"))
    broken_cell = {
        "cell_type": "code",
        "metadata": {},
        "outputs": [],
        "execution_count": None,
        "source": '# Broken on purpose\npeerkit.show("no-such-item")',
    }
    source["cells"].insert(2, broken_cell)
    root = tmp_path / "notebooks"
    root.mkdir()
    (root / "broken.ipynb").write_text(dumps(clean(source)), encoding="utf-8")
    notebook = Notebook.read(root / "broken.ipynb")
    with running("lab", root, tmp_path / "server") as lab:
        run_all_in_lab(page, lab.url, notebook)
        problems = page_problems(page, notebook, "lab")
    named = [
        p
        for p in problems
        if p.startswith("broken.ipynb: cell 3 (# Broken on purpose): shows an error:")
    ]
    assert named, problems
    assert "no-such-item" in named[0]
    # The cells before it ran well and are not blamed.
    assert not any("cell 1 " in p or "cell 2 " in p for p in problems), problems


def test_privacy_tour_saves_lists_and_deletes_only_its_test_entry(tmp_path, page):
    """In lesson 00's privacy tour, can a learner save a test entry, list it and delete just it, by keyboard?"""
    root = copy_notebooks(NOTEBOOKS, tmp_path / "notebooks")
    notebook = Notebook.read(root / f"{LESSONS[0]}.ipynb")
    with running("lab", root, tmp_path / "server") as lab:
        try:
            run_all_in_lab(page, lab.url, notebook)
            tour = page.locator(".pk-journal").first
            tour.locator("textarea").fill("Testing where my words go")
            press(page, tour.get_by_role("button", name="Save to my journal"))
            wait_for_text(tour.locator("[role=status]"), "Saved", "after saving")
            tools = tour.locator(".pk-journal-tools")
            press(page, tools.get_by_role("button", name="List my entries"))
            rows = tools.locator(".pk-entry-row")
            wait_for_text(rows, "Entry 1", "the list of entries")
            assert rows.count() == 1
            # The list shows what was written only on request.
            assert "Testing where my words go" not in rows.first.inner_text()
            press(page, rows.first.get_by_role("button", name="Delete entry 1…"))
            press(page, rows.first.get_by_role("button", name="Yes, delete this entry"))
            wait_for_text(tools.locator("[role=status]"), "Deleted entry 1", "after deleting")
            wait_for_text(tools, "You have no journal entries yet.", "the list after deleting")
            assert rows.count() == 0
        finally:
            screenshot_whole(page, SHOTS / "lab-privacy-tour.png")
