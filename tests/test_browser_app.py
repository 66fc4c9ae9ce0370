"""The course as a code-free app (Voila, ``peerkit app``) in a real browser.

Each test builds nothing itself: the pages are written once per module by the
same function ``peerkit app`` uses, and every test starts its own Voila over
them, with the same command line as ``peerkit app``. For every lesson: no code
and no error on the page, its first case (or quiz) and its first sort completed
by keyboard, axe-core finds no serious or critical problem in peerkit's own
markup, and a screenshot goes to build/screenshots/app-<lesson>.png.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path

import pytest

from peerkit._app_build import build
from peerkit._notebooks import clean, dumps
from tests.browser_pages import (
    LESSONS,
    POLL_MS,
    SHOTS,
    Notebook,
    do_by_keyboard,
    download_journal,
    first_exercise,
    new_page,
    open_in_app,
    page_problems,
    screenshot_whole,
    sort_by_keyboard,
    wait_for_text,
)
from tests.conftest import NOTEBOOKS
from tests.learner_text import WITHOUT_REFERENCES_JS, authoring_text, foreign_phrases
from tests.servers import running

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SERIOUS = ("serious", "critical")
OURS = ".jp-Cell"
"""Everything inside a notebook cell is peerkit's: the lesson text and the exercise widgets
(stock ipywidgets, but chosen and labelled by peerkit's views, so problems there are ours to fix)."""

THIRD_PARTY: dict[str, str] = {}
"""Serious or critical axe findings outside the cells (Voila's page chrome), by rule id, with the
reason each one cannot be fixed from this project. Currently none: Voila 0.5's page has a title,
a language and readable colours. Its 'region' finding (content outside landmarks) is only
'moderate', so it is not listed here. A new finding outside the cells fails the test until it is
either fixed or added here with its reason."""

AXE_OWNER = """(targets) => targets.map(t => {
  const el = document.querySelector(t);
  return el ? !!el.closest('OURS') : false;
})""".replace("OURS", OURS)


@pytest.fixture(scope="module")
def app_pages(tmp_path_factory):
    """The learners' app's pages, written by the function behind ``peerkit app``."""
    out = tmp_path_factory.mktemp("app")
    pages, _notes = build(out, NOTEBOOKS)
    assert pages, "peerkit app wrote no pages"
    return out


@pytest.fixture(scope="module")
def facilitator_pages(tmp_path_factory):
    """The facilitators' app's pages, written by the function behind ``peerkit app --facilitator``."""
    out = tmp_path_factory.mktemp("app-facilitator")
    pages, _notes = build(out, NOTEBOOKS, facilitator=True)
    assert pages, "peerkit app --facilitator wrote no pages"
    return out


@pytest.fixture(scope="module")
def app(app_pages, tmp_path_factory):
    """One Voila over the learners' app for the whole module, started as ``peerkit app`` starts it."""
    with running("voila", app_pages, tmp_path_factory.mktemp("voila")) as server:
        yield server


@pytest.fixture
def page(app):
    """A fresh page, and a learner who has done nothing yet (the module's server keeps one
    learner store: an exercise finished in one test would reopen finished in the next)."""
    home = app.log.parent / "peerkit-home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    with new_page() as page:
        yield page


def axe_problems(page, when: str) -> list[str]:
    """Serious and critical axe-core findings: ours always count; outside the cells, unless allow-listed."""
    from axe_playwright_python.sync_playwright import Axe

    problems = []
    for violation in Axe().run(page).response["violations"]:
        nodes = [
            n for n in violation["nodes"] if (n.get("impact") or violation["impact"]) in SERIOUS
        ]
        if not nodes:
            continue
        owned = page.evaluate(AXE_OWNER, [n["target"][0] for n in nodes])
        for node, ours in zip(nodes, owned, strict=True):
            if ours or violation["id"] not in THIRD_PARTY:
                where = "peerkit's markup" if ours else "page chrome, not allow-listed"
                problems.append(
                    f"{when}: {violation['id']} ({violation['impact']}, {where}): {violation['help']}"
                    f" at {node['target'][0]}: {node['html'][:160]}"
                )
    return problems


def _check_page(page, server, path, library, lesson) -> tuple[list[str], list[str]]:
    notebook = Notebook.read(path)
    shown = [library.items[i] for _, i in notebook.shown() if i in library.items]
    sorts = [item for item in shown if item.type == "sort"]
    exercise = first_exercise(notebook, library)
    found: list[str] = []
    problems: list[str] = []
    try:
        open_in_app(page, server.url, notebook)
        problems = page_problems(page, notebook, "app")
        found += axe_problems(page, "as loaded")
        if not problems and (exercise is not None or sorts):
            if exercise is not None and exercise.type != "sort":
                assert do_by_keyboard(page, exercise).strip()
            if sorts:
                assert sort_by_keyboard(page, sorts[0]).strip()
            # Feedback is new markup: check again (a page with no exercise, such as the
            # guide, has nothing new to check, and axe on its whole length takes seconds).
            found += axe_problems(page, "after the exercises")
        if library.curriculum.lesson(lesson).kind == "lesson":  # the guide is for facilitators
            text = page.evaluate(WITHOUT_REFERENCES_JS, "#rendered_cells")
            problems += [f"shows authoring text: {hit}" for hit in authoring_text(text)]
            problems += [
                f"shows words meant for elsewhere: {w!r}" for w in foreign_phrases("app", text)
            ]
    finally:  # also when it fails: the screenshot shows what went wrong
        screenshot_whole(page, SHOTS / f"app-{lesson}.png", failing=bool(problems or found))
    return problems, found


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_in_the_app_shows_no_code_or_error_works_by_keyboard_and_passes_axe(
    lesson, app, app_pages, facilitator_pages, tmp_path, page, library
):
    """In the app, does the lesson show no code or error, can its case and sort be done by keyboard, and does axe pass?

    Lessons are checked in the learners' app; the facilitator guide in the facilitators' app.
    """
    if library.curriculum.lesson(lesson).kind == "lesson":
        path = app_pages / f"{lesson}.ipynb"
        assert path.is_file(), (
            f"the app has no page for {lesson} (is notebooks/{lesson}.ipynb missing?)"
        )
        problems, found = _check_page(page, app, path, library, lesson)
    else:
        path = facilitator_pages / f"{lesson}.ipynb"
        assert path.is_file(), f"the facilitators' app has no page for {lesson}"
        with running("voila", facilitator_pages, tmp_path / "server") as server:
            problems, found = _check_page(page, server, path, library, lesson)
            # the guide's courses and running-the-day sections are there, made from data
            for anchor in ("#pk-course-one-day", "#pk-course-two-day", "#pk-guide-working-alone"):
                if page.locator(anchor).count() != 1:
                    problems.append(f"the facilitators' app shows no {anchor}")
            if page.locator("#pk-course-two-day table.pk-course-day").count() != 2:
                problems.append("the two-day course does not show a table for each day")
    assert problems == [], "\n".join(problems)
    assert found == [], "\n".join(found)


def test_the_learners_app_lists_and_serves_lessons_only(app, app_pages, page, library):
    """Does the learners' app list only lessons at its root, and refuse the facilitator guide's address?"""
    import urllib.error
    import urllib.request

    lessons = [e for e in library.curriculum.lessons if e.kind == "lesson"]
    guides = [e for e in library.curriculum.lessons if e.kind != "lesson"]
    assert guides, "the course should have a facilitator guide"
    page.goto(app.url)
    # peerkit's own list (tree.html): written by the server, so there is nothing to wait for.
    listing = page.locator("main").inner_text()
    for entry in lessons:
        link = page.get_by_role("link", name=f"{entry.id}.ipynb", exact=True)
        assert link.get_attribute("href") == f"/voila/render/{entry.id}.ipynb", entry.id
        assert link.get_attribute("target") is None  # opens in the same tab, as lessons link
    assert "facilitator" not in listing.lower()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert axe_problems(page, "the list of lessons") == []
    # An address the app does not have: peerkit's error page, with the way back to the list.
    assert page.goto(f"{app.url}voila/render/{guides[0].id}.ipynb").status == 404
    assert page.get_by_role("heading", name="Not Found").is_visible()
    assert page.get_by_role("link", name="See the list of lessons").get_attribute("href") == "/"
    assert axe_problems(page, "an error page") == []
    for entry in guides:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{app.url}voila/render/{entry.id}.ipynb", timeout=30)
        assert refused.value.code == 404


ONE_LOOK = """() => {
  const seen = {prose: {sizes: new Set(), lefts: new Set(), widths: new Set()},
                exercise: {sizes: new Set(), lefts: new Set(), widths: new Set()}};
  const text = '.jp-RenderedMarkdown p, .jp-RenderedMarkdown li, .widget-html-content p,'
    + ' .widget-radio-box label, .widget-checkbox label, .pk-item p';
  for (const el of document.querySelectorAll(text)) {
    if (!el.getBoundingClientRect().width) continue;
    const kind = el.closest('.jupyter-widgets, .pk-item') ? 'exercise' : 'prose';
    seen[kind].sizes.add(getComputedStyle(el).fontSize);
    seen[kind].widths.add(Math.round(el.closest('.jp-Cell').getBoundingClientRect().width));
  }
  // Where each block starts: a paragraph of reading, an exercise, a box (its rule, not its text).
  for (const el of document.querySelectorAll('.jp-RenderedMarkdown > p')) {
    if (el.closest('.jupyter-widgets, .pk-item')) continue;
    seen.prose.lefts.add(Math.round(el.getBoundingClientRect().left));
  }
  for (const el of document.querySelectorAll('.pk-widget, .jp-OutputArea-output > .pk-item')) {
    if (el.getBoundingClientRect().width) seen.exercise.lefts.add(Math.round(el.getBoundingClientRect().left));
  }
  return Object.fromEntries(Object.entries(seen).map(([k, v]) =>
    [k, {sizes: [...v.sizes], lefts: [...v.lefts], widths: [...v.widths]}]));
}"""


def test_prose_and_exercises_share_one_font_size_width_and_left_edge(app, app_pages, page, library):
    """In the app, do the readings and the exercises use the same font size, the same column
    width and the same left edge, so the page reads as one product?"""
    lesson = next(e.id for e in library.curriculum.lessons if e.id.startswith("01-"))
    open_in_app(page, app.url, Notebook.read(app_pages / f"{lesson}.ipynb"))
    look = page.evaluate(ONE_LOOK)
    prose, exercise = look["prose"], look["exercise"]
    assert prose["sizes"] == exercise["sizes"] and len(prose["sizes"]) == 1, look
    assert set(prose["widths"]) == set(exercise["widths"]) and len(prose["widths"]) == 1, look
    # Reading and exercises start at one left edge (list items and options are indented from it).
    assert set(prose["lefts"]) == set(exercise["lefts"]) and len(prose["lefts"]) == 1, look


def test_the_app_requests_nothing_from_outside_this_machine(app, app_pages, page, library):
    """With every request off this machine blocked and counted, do the list of lessons, an error
    page and a lesson with every kind of exercise load and work while asking for nothing outside
    (no font, no script, no style)?"""
    outside: list[str] = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith(app.url) or url.startswith(("data:", "blob:")):
            request_route.continue_()
        else:
            outside.append(url)
            request_route.abort()

    page.context.route("**/*", route)
    # The list of lessons and an error page have peerkit's frame, not Voila's (which links a CDN).
    page.goto(app.url)
    page.get_by_role("link", name=f"{LESSONS[0]}.ipynb").wait_for()
    assert page.goto(f"{app.url}voila/render/no-such-lesson.ipynb").status == 404
    lesson = next(e.id for e in library.curriculum.lessons if e.id.startswith("01-"))
    notebook = Notebook.read(app_pages / f"{lesson}.ipynb")
    open_in_app(page, app.url, notebook)
    exercise = first_exercise(notebook, library)
    if exercise is not None:
        assert do_by_keyboard(page, exercise).strip()
    page.wait_for_timeout(500)
    assert outside == []
    # The counter sees a request to the web when there is one (so this test can fail).
    page.evaluate(
        "() => { const i = new Image(); i.src = 'https://example.org/pixel.png';"
        " document.body.appendChild(i); }"
    )
    page.wait_for_timeout(500)
    assert outside == ["https://example.org/pixel.png"]


def test_the_app_links_each_lesson_to_the_next_and_back(app, app_pages, page, library):
    """Can a learner go from the first lesson to the next with its link, and back again?"""
    lessons = [
        e
        for e in library.curriculum.lessons
        if e.kind == "lesson" and (app_pages / f"{e.id}.ipynb").is_file()
    ]
    if len(lessons) < 2:
        pytest.skip("the course has only one lesson so far")
    first, second = lessons[0], lessons[1]
    open_in_app(page, app.url, Notebook.read(app_pages / f"{first.id}.ipynb"))
    nav = page.locator(".jp-Cell").filter(has_text="Where next").last
    nav.get_by_role("listitem").filter(has_text="Next lesson").get_by_role(
        "link", name=second.title
    ).click()
    page.wait_for_url(f"**/voila/render/{second.id}.ipynb", timeout=60_000)
    page.locator("#rendered_cells").wait_for(state="visible", timeout=90_000)
    assert page.locator("h1").first.inner_text().startswith(second.title)
    nav = page.locator(".jp-Cell").filter(has_text="Where next").last
    nav.get_by_role("listitem").filter(has_text="Previous lesson").get_by_role(
        "link", name=first.title
    ).click()
    page.wait_for_url(f"**/voila/render/{first.id}.ipynb", timeout=60_000)
    page.locator("#rendered_cells").wait_for(state="visible", timeout=90_000)
    assert page.locator("h1").first.inner_text().startswith(first.title)


def test_a_broken_page_in_the_app_fails_naming_the_notebook_the_cell_and_the_markup(
    app_pages, tmp_path, page
):
    """As learners run it (not strict), are a cell that cannot load its content (named by notebook
    and cell) and lesson markup that axe finds serious (an image with no text alternative) caught?"""
    source = json.loads((app_pages / f"{LESSONS[0]}.ipynb").read_text(encoding="utf-8"))
    # Straight after the cell that starts the lesson (and imports peerkit).
    at = 1 + next(i for i, c in enumerate(source["cells"]) if c["cell_type"] == "code")
    source["cells"].insert(
        at,
        {
            "cell_type": "code",
            "metadata": {},
            "outputs": [],
            "execution_count": None,
            "source": '# Broken on purpose\npeerkit.show("no-such-item")',
        },
    )
    source["cells"].insert(
        at + 1,
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": '<img src="no-such-picture.png" class="pk-test-no-alt">',
        },
    )
    root = tmp_path / "pages"
    root.mkdir()
    (root / "broken.ipynb").write_text(dumps(clean(source)), encoding="utf-8")
    notebook = Notebook.read(root / "broken.ipynb")
    with running("voila", root, tmp_path / "server", env={"PEERKIT_STRICT": "0"}) as app:
        open_in_app(page, app.url, notebook)
        problems = page_problems(page, notebook, "app")
        found = axe_problems(page, "as loaded")
    named = [
        p
        for p in problems
        if p.startswith(f"broken.ipynb: cell {at + 1} (# Broken on purpose): shows an error:")
    ]
    assert named, problems
    assert "no-such-item" in named[0]
    assert len(problems) == 1, problems
    assert [
        f for f in found if "image-alt" in f and "peerkit's markup" in f and "pk-test-no-alt" in f
    ], found


GIVE_UP = """(selector) => {
  // Exactly what jupyterlab_widgets' renderer does when it stops waiting for a model whose
  // state came in during its last 100 ms (renderer.ts, renderModel: the manager is restored).
  const node = document.querySelector(selector).closest('.jp-OutputArea-output');
  node.textContent = 'Error displaying widget: model not found';
  node.classList.add('jupyter-widgets');
}"""

NO_WIDGET_ERROR = "() => !/Error displaying widget/.test(document.body.innerText)"


def _cell_output(notebook: Notebook, index: int) -> str:
    return f'[id="cell-id={notebook.cells[index]["id"]}"] .jp-OutputArea-output'


def _wait_or_say(page, notebook: Notebook, script: str, what: str, timeout: float, arg=None):
    """Wait for ``script`` to return true; else fail saying ``what`` did not happen, and what
    the page shows instead."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(script, arg=arg, timeout=timeout, polling=POLL_MS)
    except PlaywrightTimeout:
        problems = page_problems(page, notebook, "app")
        raise AssertionError(
            f"{what} within {timeout / 1000:.0f} s; the page shows: {'; '.join(problems)}"
        ) from None


def test_a_widget_the_page_gave_up_on_is_drawn_again_and_still_works(app, app_pages, page, library):
    """When the renderer gives up on a widget whose model is there (ipywidgets' 2 s race, which
    left the guide's crisis panels showing 'Error displaying widget' on a busy machine), does the
    app's template draw the live widget again, so the crisis lines show and the exercise works?"""
    lesson = next(e.id for e in library.curriculum.lessons if e.id.startswith("01-"))
    notebook = Notebook.read(app_pages / f"{lesson}.ipynb")
    exercise = first_exercise(notebook, library)
    assert exercise is not None and exercise.type == "case", "lesson 01 should start with a case"
    at = next(index for index, item_id in notebook.shown() if item_id == exercise.id)
    open_in_app(page, app.url, notebook)
    assert page_problems(page, notebook, "app") == []
    page.evaluate(GIVE_UP, ".pk-crisis-live")
    page.evaluate(GIVE_UP, _cell_output(notebook, at))
    _wait_or_say(page, notebook, NO_WIDGET_ERROR, "the widgets were not drawn again", 10_000)
    page.locator(".pk-crisis-live").first.wait_for(state="visible", timeout=10_000)
    page.locator(f"{_cell_output(notebook, at)} .pk-case").wait_for(timeout=10_000)
    assert page_problems(page, notebook, "app") == []
    assert page.locator(".pk-widget-fallback").count() == 0
    assert "If you need support now" in page.locator(".pk-crisis-live").first.inner_text()
    assert do_by_keyboard(page, exercise).strip()  # the widget drawn again is live


def _children(pid: int) -> set[int]:
    """The processes ``pid`` started (a server's kernels), from /proc."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return {int(n) for n in path.read_text().split()} if path.exists() else set()


def test_when_the_kernel_loses_its_widgets_the_app_shows_their_content_not_an_error(
    app, app_pages, page, library
):
    """If the page's kernel dies after running the lesson (it is restarted empty, so no widget
    model is left), do the crisis lines and every exercise still show, as their static HTML,
    with no 'Error displaying widget', and do the tests' checks still report it?"""
    lesson = next(e.id for e in library.curriculum.lessons if e.id.startswith("01-"))
    notebook = Notebook.read(app_pages / f"{lesson}.ipynb")
    before = _children(app.process.pid)
    killed: list[int] = []

    def kill_the_lesson_kernel(_page) -> None:  # the lesson has run; its widgets are not drawn yet
        for pid in _children(app.process.pid) - before:
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    page.once("domcontentloaded", kill_the_lesson_kernel)
    page.goto(f"{app.url}voila/render/{notebook.url}", timeout=120_000)
    assert killed, "the lesson's kernel was not found"
    shown = {index for index, _ in notebook.shown()}
    _wait_or_say(
        page,
        notebook,
        "(n) => document.querySelectorAll('.pk-widget-fallback').length >= n",
        "the exercises and the crisis panel did not show their static HTML",
        60_000,
        arg=len(shown) + 1,  # every exercise and the crisis panel
    )
    assert page.evaluate(NO_WIDGET_ERROR)
    crisis = page.locator(".pk-widget-fallback .pk-crisis").first
    assert crisis.is_visible()
    assert "If you need support now" in crisis.inner_text()
    problems = page_problems(page, notebook, "app")
    for index in shown:
        assert f"{notebook.where(index)}: the exercise did not appear as a live widget" in problems
    assert any("shows the static copy of a widget" in p for p in problems), problems
    screenshot_whole(page, SHOTS / "app-kernel-lost.png")


def test_export_in_the_app_is_a_real_browser_download(app, app_pages, page, library):
    """In the app, does "Export…" give the learner real browser downloads of what they wrote,
    with no file left in the app's folder?"""
    before = sorted(p.name for p in app_pages.rglob("*"))
    welcome = library.curriculum.lessons[0].id
    open_in_app(page, app.url, Notebook.read(app_pages / f"{welcome}.ipynb"))
    words = "A note from the app: the crisis panel is at the top"
    files = download_journal(page, words)
    screenshot_whole(page, SHOTS / "app-journal-export.png")
    assert sorted(Path(n).suffix for n in files) == [".html", ".md"]
    assert all(words in text for text in files.values())
    assert sorted(p.name for p in app_pages.rglob("*")) == before


def test_quiz_feedback_case_letters_and_the_path_replayed_at_an_ending(
    app, app_pages, page, library
):
    """In the app: does a first wrong quiz answer get its explanation and no right answer, and a
    second one the answer the lesson gives; do a case's replies carry letters; and at an ending, is
    the whole path listed and the 'Choose this reply' button gone?"""
    from peerkit.practice import list_paths
    from tests.browser_pages import complete_case_by_keyboard

    lesson = next(e.id for e in library.curriculum.lessons if e.id.startswith("01-"))
    notebook = Notebook.read(app_pages / f"{lesson}.ipynb")
    shown = [library.items[i] for _, i in notebook.shown() if i in library.items]
    quiz = next(item for item in shown if item.type == "quiz")
    case = next(item for item in shown if item.type == "case")
    open_in_app(page, app.url, notebook)

    box = page.locator(".pk-quiz").first
    question = next(q for q in quiz.questions if not q.multiple and len(q.options) >= 3)
    right = next(o for o in question.options if o.correct)
    wrong = [o for o in question.options if not o.correct]
    block = box.locator(".widget-vbox").filter(has=page.get_by_text(question.prompt)).last
    status = block.locator("[role=status]")
    for attempt, option in enumerate(wrong[:2], start=1):
        block.get_by_text(option.text, exact=True).click()
        block.get_by_role("button", name="Check answer").click()
        text = wait_for_text(status, option.text[:30], f"feedback on wrong answer {attempt}")
        if attempt == 1:
            assert "try another answer" in text and right.text not in text
        else:
            assert f"The answer the lesson gives: “{right.text}”" in text
    page.screenshot(path=str(SHOTS / "app-quiz-second-try.png"))

    case_box = page.locator(".pk-case").first
    labels = case_box.locator(".widget-radio-box label").all_inner_texts()
    assert [label[:3] for label in labels] == [f"{chr(65 + i)}. " for i in range(len(labels))]
    complete_case_by_keyboard(page, case)
    steps, _ending = max(list_paths(case).paths, key=lambda path: len(path[0]))
    replay = case_box.locator("ol.pk-replay > li")
    assert replay.count() == len(steps)
    for item, step in zip(replay.all_inner_texts(), steps, strict=True):
        choice = next(c for c in case.node(step.node).choices if c.id == step.choice)
        assert " ".join(choice.text.split()) in " ".join(item.split())
    assert not case_box.get_by_role("button", name="Choose this reply").is_visible()
    case_box.screenshot(path=str(SHOTS / "app-case-ending-replay.png"))


# --- the practice exercises of lessons 06 and 07, by keyboard -----------------------------------


def _tab_to(page, selector: str, wanted, what: str) -> dict:
    """Tab forward until the focus, inside the first ``selector``, is what ``wanted`` accepts."""
    from tests.browser_pages import press_until

    return press_until(page, "Tab", selector, lambda f: f["widget"] == 0 and wanted(f), what)


def _button(text: str):
    return lambda f: f["tag"] == "BUTTON" and f["text"] == text


def _box(f) -> bool:
    return f["tag"] == "TEXTAREA"


def _shot(page, locator, name: str) -> None:
    """A screenshot of one exercise, whole: the window grows to hold it, then is restored."""
    before = page.viewport_size or {"width": 1280, "height": 900}
    height = int(locator.evaluate("el => el.getBoundingClientRect().height")) + 200
    page.set_viewport_size({"width": before["width"], "height": max(height, before["height"])})
    page.wait_for_timeout(300)
    locator.scroll_into_view_if_needed()
    locator.screenshot(path=str(SHOTS / name))
    page.set_viewport_size(before)


def _lesson(library, prefix: str) -> str:
    return next(e.id for e in library.curriculum.lessons if e.id.startswith(prefix))


def test_say_it_out_loud_and_the_safety_plan_by_keyboard_in_the_app(app, app_pages, page, library):
    """In lesson 06, can both steps of "say it out loud" be done by keyboard (one said, one gone on
    without), with the direct question praised and a question about method to reconsider, and the
    safety plan filled in and compared with the model plan, all by keyboard?"""
    notebook = Notebook.read(app_pages / f"{_lesson(library, '06-')}.ipynb")
    open_in_app(page, app.url, notebook)
    aloud = ".pk-say-aloud"
    box = page.locator(aloud).first
    status = box.locator("[role=status]").first
    _tab_to(page, aloud, _box, "the say-aloud box")
    page.keyboard.type("Cora, are you thinking about suicide?")
    _tab_to(page, aloud, _button("Done: now say it out loud"), "the 'Done' button")
    page.keyboard.press("Enter")
    _tab_to(page, aloud, _button("I said it out loud"), "'I said it out loud'")
    page.keyboard.press("Enter")
    text = wait_for_text(status, "What your question does well", "feedback on the direct question")
    assert "Asking directly about suicide" in text and "What to reconsider" not in text
    _tab_to(page, aloud, _button("Next step"), "'Next step'")
    page.keyboard.press("Enter")
    wait_for_text(box, "Step 2 of 2", "the second step")
    page.keyboard.press("Shift+Tab")
    from tests.browser_pages import press_until

    press_until(page, "Shift+Tab", aloud, lambda f: f["widget"] == 0 and _box(f), "the box again")
    page.keyboard.type("How would you do it?")
    _tab_to(page, aloud, _button("Done: now say it out loud"), "the 'Done' button")
    page.keyboard.press("Enter")
    _tab_to(page, aloud, _button("Go on without saying it"), "'Go on without saying it'")
    page.keyboard.press("Enter")
    text = wait_for_text(status, "What to reconsider", "feedback on a question about method")
    assert "You do not need those details" in text
    wait_for_text(box, "you have now said the hardest question once", "the closing words")
    _shot(page, box, "app-06-say-it-out-loud.png")

    plan = ".pk-safety-plan"
    plan_box = page.locator(plan).first
    _tab_to(page, plan, _box, "the first part of the safety plan")
    page.keyboard.type("When I stop answering texts.")
    page.keyboard.press("Tab")
    page.keyboard.type("He takes the dog out.")
    _tab_to(page, plan, _button("Show me the feedback"), "'Show me the feedback'")
    page.keyboard.press("Enter")
    text = wait_for_text(
        plan_box.locator("[role=status]").first, "The model plan", "feedback on the plan"
    )
    assert "You wrote 2 of 7 parts" in text and "This reads as your description of Eli" in text
    _shot(page, plan_box, "app-06-safety-plan.png")


def test_the_agreement_builder_and_the_note_rewrite_by_keyboard_in_the_app(
    app, app_pages, page, library
):
    """In lesson 07, can a learner pick a sentence with the arrow keys, write their own for another
    part, put their words together and see the time they take, and rewrite the note, all by keyboard?"""
    from tests.browser_pages import _pick_radio

    notebook = Notebook.read(app_pages / f"{_lesson(library, '07-')}.ipynb")
    open_in_app(page, app.url, notebook)
    item = library.items["first-meeting-agreement"]
    builder = ".pk-agreement"
    box = page.locator(builder).first
    _tab_to(page, builder, lambda f: f["radio"] >= 0, "the first part's sentences")
    labels = box.locator(".widget-radio-box").first.locator("label").all_inner_texts()
    right = next(o for o in item.parts[0].options if o.verdict == "follows")
    _pick_radio(page, builder, 0, [" ".join(t.split()) for t in labels].index(right.text))
    wait_for_text(box.locator("[role=status]").first, "Follows the principle", "a pick's feedback")
    _tab_to(page, builder, _box, "the first part's own-words box")
    page.keyboard.press("Tab")  # on to the second part
    _tab_to(page, builder, _box, "the second part's own-words box")
    page.keyboard.type("I write short notes, and you can read them.")
    _tab_to(page, builder, _button("Put my words together"), "'Put my words together'")
    page.keyboard.press("Enter")
    text = wait_for_text(box, "Now read them out loud", "the script")
    assert right.text in text and "I write short notes, and you can read them." in text
    assert "You left out" in text
    _shot(page, box, "app-07-agreement-builder.png")

    rewrite = ".pk-rewrite"
    note = page.locator(rewrite).filter(has_text="Kai").first
    index = page.locator(rewrite).evaluate_all(
        "(els) => els.findIndex(e => e.textContent.includes('Kai'))"
    )
    from tests.browser_pages import press_until

    press_until(page, "Tab", rewrite, lambda f: f["widget"] == index and _box(f), "the note's box")
    page.keyboard.type(
        'Met Kai at the library, 45 minutes. He said: "I have an interview on Tuesday."'
        " Next meeting: Thursday."
    )
    press_until(
        page,
        "Tab",
        rewrite,
        lambda f: f["widget"] == index and f["text"] == "Get feedback",
        "'Get feedback'",
    )
    page.keyboard.press("Enter")
    text = wait_for_text(
        note.locator("[role=status]").first, "What your note does well", "note feedback"
    )
    assert "What to reconsider" not in text
    _shot(page, note, "app-07-note-rewrite.png")
