"""JupyterLab in a real browser: every lesson runs, shows no error and no code, and works by keyboard.

One JupyterLab (tests/servers.py) serves the whole module, over a temporary copy of
the notebooks made into a git repository, so that a test can ask ``git status``
whether anything a learner did reached a lesson file. Debian's Chromium is driven
with Playwright, in one page for the module (so one browser context: cookies and storage
are shared): JupyterLab loads once, and each test opens its lesson there as the file browser
would. A failed test's page is thrown away. After each test its lesson is closed and every
kernel is shut down, so the tests do not slow each other down. What "no code visible" and
"an error" mean is written at the top of tests/browser_pages.py. Screenshots go to
build/screenshots/lab-<lesson>.png for a reviewer to look at.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest

from peerkit._notebooks import clean, dumps
from tests.browser_pages import (
    DIRTY_TABS,
    LESSONS,
    SHOTS,
    Notebook,
    SharedPage,
    do_by_keyboard,
    download_journal,
    first_exercise,
    open_in_lab,
    page_problems,
    press,
    run_all_in_lab,
    screenshot_whole,
    start_exercises,
    wait_for_kernel,
    wait_for_text,
)
from tests.conftest import FAILED, NOTEBOOKS, ROOT
from tests.learner_text import WITHOUT_REFERENCES_JS, authoring_text, foreign_phrases
from tests.servers import copy_notebooks, running

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPEN_NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook"


def _git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    """A copy of the course notebooks, committed to a fresh git repository (with the project's
    .gitignore), as a learner's or a hub's clone would be."""
    root = copy_notebooks(NOTEBOOKS, tmp_path_factory.mktemp("course") / "notebooks")
    shutil.copy2(ROOT / ".gitignore", root / ".gitignore")
    with (root / ".gitignore").open("a", encoding="utf-8") as ignore:
        ignore.write("\n# test notebooks that are not lessons\nscratch/\n")
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(
        root,
        "-c",
        "user.name=peerkit",
        "-c",
        "user.email=tests@peerkit.invalid",
        "commit",
        "-qm",
        "course",
    )
    return root


@pytest.fixture(scope="module")
def lab(course, tmp_path_factory):
    """One JupyterLab over the course for the whole module."""
    with running("lab", course, tmp_path_factory.mktemp("lab")) as server:
        yield server


def _api(server, path: str, method: str = "GET"):
    # A token-less server still checks XSRF on changes: send a matching cookie and header.
    headers = {"Cookie": "_xsrf=peerkit-tests", "X-XSRFToken": "peerkit-tests"}
    request = urllib.request.Request(f"{server.url}api/{path}", method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
    return json.loads(body) if body else None


def _shut_down_everything(server) -> None:
    for session in _api(server, "sessions"):
        _api(server, f"sessions/{session['id']}", "DELETE")
    for kernel in _api(server, "kernels"):
        _api(server, f"kernels/{kernel['id']}", "DELETE")


@pytest.fixture(scope="module")
def shared_page():
    """The module's page: JupyterLab loads in it once, and each test opens its lesson there."""
    shared = SharedPage()
    yield shared
    shared.discard()


@pytest.fixture
def page(lab, shared_page, request):
    """The module's page with no document open, and a learner who has done nothing yet (the
    module's server keeps one learner store); afterwards the test's lesson is closed (a failed
    test's page is thrown away instead) and every kernel is shut down."""
    _empty_journal(lab)
    yield shared_page.get()
    try:
        shared_page.after_test(failed=request.node.stash.get(FAILED, False))
    finally:
        _shut_down_everything(lab)


def _notebook(course: Path, library, lesson: str) -> Notebook:
    entry = library.curriculum.lesson(lesson)
    relative = Path(entry.notebook).relative_to("notebooks")
    assert (course / relative).is_file(), (
        f"{lesson} is listed in curriculum.yaml but has no notebook"
    )
    return Notebook.read(course / relative, course)


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_runs_in_jupyterlab_without_errors_or_code_and_works_by_keyboard(
    lesson, lab, course, page, library
):
    """In JupyterLab, after "Start the exercises", is every cell free of errors and code, and can its first case be completed by keyboard?"""
    notebook = _notebook(course, library, lesson)
    exercise = first_exercise(notebook, library)
    feedback = ""
    problems: list[str] = []
    try:
        run_all_in_lab(page, lab.url, notebook)
        problems = page_problems(page, notebook, "lab")
        if not problems and exercise is not None:
            feedback = do_by_keyboard(page, exercise)
        shown = page.evaluate(WITHOUT_REFERENCES_JS, OPEN_NOTEBOOK)
    finally:  # also when it fails: the screenshot shows what went wrong
        screenshot_whole(page, SHOTS / f"lab-{lesson}.png", failing=bool(problems))
    assert problems == [], "\n".join(problems)
    if library.curriculum.lesson(lesson).kind == "lesson":  # the guide is for facilitators
        assert authoring_text(shown) == [], "the executed lesson shows authoring text"
        assert foreign_phrases("lab", shown) == []
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
    # Straight after the cell that starts the lesson (and imports peerkit).
    at = 1 + next(i for i, c in enumerate(source["cells"]) if c["cell_type"] == "code")
    source["cells"].insert(at, broken_cell)
    root = tmp_path / "notebooks"
    root.mkdir()
    (root / "broken.ipynb").write_text(dumps(clean(source)), encoding="utf-8")
    notebook = Notebook.read(root / "broken.ipynb")
    with running("lab", root, tmp_path / "server") as broken_lab:
        run_all_in_lab(page, broken_lab.url, notebook, menu=True)
        problems = page_problems(page, notebook, "lab")
    named = [
        p
        for p in problems
        if p.startswith(f"broken.ipynb: cell {at + 1} (# Broken on purpose): shows an error:")
    ]
    assert named, problems
    assert "no-such-item" in named[0]
    # The cells before it ran well and are not blamed.
    assert not any(f"cell {n} " in p for n in range(1, at + 1) for p in problems), problems


def test_privacy_tour_saves_lists_and_deletes_only_its_test_entry(lab, course, page, library):
    """In lesson 00's privacy tour, can a learner save a test entry, list it and delete just it, by keyboard?"""
    notebook = _notebook(course, library, LESSONS[0])
    _empty_journal(lab)
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


def _empty_journal(server) -> None:
    """Start from an empty learner store (tests share the server's PEERKIT_HOME)."""
    home = server.log.parent / "peerkit-home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()


def _wait_until(what: str, check, timeout: float = 30.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} (waited {timeout:.0f} s)")
        time.sleep(0.25)


def test_a_lesson_opens_unmodified_starts_at_the_top_and_leaves_no_trace(
    lab, course, page, library
):
    """Does a lesson open unmodified; does "Start the exercises" leave the learner at the top;
    and once they have answered, saved and closed it, is its kernel shut down and is the
    lesson file exactly as committed (``git status`` clean)?"""
    notebook = _notebook(course, library, LESSONS[1])
    exercise = first_exercise(notebook, library)
    assert exercise is not None
    page.goto(f"{lab.url}lab/tree/{notebook.url}?reset")
    wait_for_kernel(page, notebook)
    page.wait_for_timeout(1500)  # when the kernel connects, JupyterLab copies its details in
    assert page.evaluate(DIRTY_TABS) == [], "the lesson was marked modified just by opening it"

    start_exercises(page, notebook)
    page.wait_for_timeout(500)
    first_cell = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell").first
    box = first_cell.bounding_box()
    assert box is not None and 0 <= box["y"] < 250, f"the view left the top of the lesson: {box}"
    assert first_cell.get_by_role("heading", level=1).is_visible()
    assert do_by_keyboard(page, exercise).strip()
    screenshot_whole(page, SHOTS / "lab-course-behaviour.png")

    # Closing a lesson that was worked in asks whether to save it; the worst answer is "Save".
    page.get_by_role("menuitem", name="File", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Close Tab")).click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=10_000)
    dialog.get_by_role("button", name="Save", exact=True).click()
    _wait_until(
        "the lesson's kernel is still running after its tab was closed",
        lambda: _api(lab, "kernels") == [],
    )
    assert _git(course, "status", "--porcelain") == ""


def test_a_click_that_takes_a_while_shows_working_on_the_button(lab, course, page):
    """Does a button whose handler takes longer than half a second say "Working…" until it is done,
    and does a quick one never show it?"""
    scratch = course / "scratch"
    scratch.mkdir(exist_ok=True)
    code = (
        "import time, ipywidgets as W\n"
        "from peerkit.widgets._common import WIDGET_CSS, button\n"
        "slow, quick = button('Slow'), button('Quick')\n"
        "slow.on_click(lambda _: time.sleep(2.5))\n"
        "quick.on_click(lambda _: None)\n"
        "box = W.VBox([W.HTML(WIDGET_CSS), slow, quick])\n"
        "box.add_class('pk-widget')\n"
        "box"
    )
    nb = {
        "cells": [{"cell_type": "code", "metadata": {}, "source": code}],
        "metadata": {},
    }
    (scratch / "busy.ipynb").write_text(dumps(clean(nb)), encoding="utf-8")
    notebook = Notebook.read(scratch / "busy.ipynb", course)
    run_all_in_lab(page, lab.url, notebook, menu=True)
    after = """(name) => {
      const b = [...document.querySelectorAll('.pk-widget button')].find(x => x.title === name);
      const s = getComputedStyle(b, '::after');
      return {content: s.content, width: parseFloat(s.maxWidth) || 0, cursor: getComputedStyle(b).cursor};
    }"""
    page.locator(".pk-widget button[title=Quick]").click()
    page.wait_for_timeout(900)
    assert page.evaluate(after, "Quick")["width"] == 0
    page.locator(".pk-widget button[title=Slow]").click()
    page.wait_for_timeout(150)
    assert page.evaluate(after, "Slow")["width"] == 0, "it said 'Working…' straight away"
    page.wait_for_timeout(850)
    busy = page.evaluate(after, "Slow")
    assert busy["content"] == '"Working…"' and busy["width"] > 0 and busy["cursor"] == "progress"
    page.screenshot(path=str(SHOTS / "lab-busy-button.png"))
    _wait_until(
        "the button still says 'Working…' after its handler finished",
        lambda: page.evaluate(after, "Slow")["width"] == 0,
        timeout=15,
    )


def test_export_is_a_real_browser_download_of_the_learners_own_journal(lab, course, page, library):
    """In JupyterLab, does "Export…" give the learner real browser downloads (Markdown and a web
    page) of what they wrote, with nothing written into the course folder?"""
    notebook = _notebook(course, library, LESSONS[0])
    _empty_journal(lab)
    words = "What I want to remember: ask before I share <my story> & listen"
    run_all_in_lab(page, lab.url, notebook)
    files = download_journal(page, words)
    screenshot_whole(page, SHOTS / "lab-journal-export.png")
    names = sorted(files)
    assert [Path(n).suffix for n in names] == [".html", ".md"]
    assert all(n.startswith("peerkit-journal-") for n in names)
    markdown = next(text for name, text in files.items() if name.endswith(".md"))
    web_page = next(text for name, text in files.items() if name.endswith(".html"))
    assert markdown.startswith("# My peerkit journal") and words in markdown
    assert "&lt;my story&gt; &amp; listen" in web_page and "<my story>" not in web_page
    assert _git(course, "status", "--porcelain", "--untracked-files=all") == ""
    assert not [p for p in course.rglob("*") if "journal" in p.name.lower()]


VISIBLE_NOTES = """() => [...document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook strong')]
  .filter(s => s.textContent.trim().startsWith('Content note') && s.checkVisibility()).length"""
VISIBLE_STAND_INS = """() => [...document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .pk-before-run')].filter(e => e.checkVisibility()).length"""
NOTEBOOK_TEXT = """() => document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook').textContent"""


def test_before_anything_runs_the_crisis_lines_and_every_exercise_are_readable(
    lab, course, page, library
):
    """Before the exercises start, can a learner read the crisis lines, the lesson's content note
    and each exercise's title; once started, does everything show once (no stand-in left, one
    content note per case)?"""
    from peerkit.api._registry import row_for

    lesson = "05-difficult-conversations"
    notebook = _notebook(course, library, lesson)
    open_in_lab(page, lab.url, notebook)
    crisis = page.locator(".pk-before-run .pk-crisis").first
    crisis.scroll_into_view_if_needed()
    assert crisis.is_visible(), "the crisis lines are not readable before anything runs"
    page.wait_for_timeout(300)  # JupyterLab lays out a cell once it scrolls into view
    shown = crisis.text_content() or ""
    for region in library.crisis.regions:
        assert region.name in shown and region.main_line.name in shown
    page.screenshot(path=str(SHOTS / "lab-before-run-crisis.png"))
    text = page.evaluate(NOTEBOOK_TEXT)
    for note in library.curriculum.lesson(lesson).content_notes:
        assert note in text
    for _, item_id in notebook.shown():
        item = library.items[item_id]
        if row_for(item).exercise:
            assert item.title in text, f"{item_id}: its title is not readable before it runs"

    start_exercises(page, notebook)
    assert page.evaluate(VISIBLE_STAND_INS) == 0, "a stand-in is still showing after the start"
    authored = sum("**Content note:**" in notebook.source(i) for i in range(len(notebook.cells)))
    assert page.evaluate(VISIBLE_NOTES) == authored + 1  # each section's note, and the lesson's
    screenshot_whole(page, SHOTS / "lab-after-start.png")
