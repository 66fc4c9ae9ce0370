"""The skills day in a real browser: the facilitators' app shows the role-play cards, the learners'
app never does, and the learner's self-assessment works by keyboard alone.

Screenshots go to build/screenshots/skills-day-*.png.
"""

from __future__ import annotations

import shutil
import urllib.error
import urllib.request

import pytest

from peerkit._app_build import build
from tests.browser_pages import (
    SHOTS,
    Notebook,
    choose_key,
    focus_info,
    new_page,
    open_in_app,
    press,
    press_until,
    screenshot_whole,
    wait_for_text,
)
from tests.conftest import NOTEBOOKS
from tests.servers import running

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SELF_CHECK = ".pk-self-check"


@pytest.fixture(scope="module")
def facilitator_app(tmp_path_factory):
    out = tmp_path_factory.mktemp("app-facilitator")
    pages, _ = build(out, NOTEBOOKS, facilitator=True)
    assert pages
    with running("voila", out, tmp_path_factory.mktemp("voila-facilitator")) as server:
        yield server, out


@pytest.fixture(scope="module")
def learner_app(tmp_path_factory):
    out = tmp_path_factory.mktemp("app")
    pages, _ = build(out, NOTEBOOKS)
    assert pages
    with running("voila", out, tmp_path_factory.mktemp("voila")) as server:
        yield server, out


def test_the_facilitators_app_shows_the_cards_and_the_learners_app_cannot(
    facilitator_app, learner_app, library
):
    """Does the guide in the facilitators' app show every role-play's cards and sheets, while no
    page of the learners' app calls them and the guide's address is refused there?"""
    server, out = facilitator_app
    guide = next(e for e in library.curriculum.lessons if e.kind == "guide")
    notebook = Notebook.read(out / f"{guide.id}.ipynb", out)
    with new_page() as page:
        open_in_app(page, server.url, notebook, timeout=240_000)
        cells = page.locator("#rendered_cells")
        wait_for_text(cells, "Speaker's card:", "the guide in the facilitators' app")
        text = cells.inner_text()
        assert text.count("Observer's card:") >= 10 and "Tally sheet:" in text
        page.set_viewport_size({"width": 1280, "height": 2600})  # a whole card, painted
        page.locator("#pk-triad-03-oars-speaker").scroll_into_view_if_needed()
        page.locator("#pk-triad-03-oars-speaker").screenshot(
            path=str(SHOTS / "skills-day-app-speaker-card.png")
        )
        page.locator("#pk-triad-03-oars-sheet").screenshot(
            path=str(SHOTS / "skills-day-app-observer-sheet.png")
        )
    learner_server, learner_out = learner_app
    for page_file in learner_out.glob("*.ipynb"):
        source = page_file.read_text(encoding="utf-8")
        assert "peerkit.triad(" not in source and "peerkit.facilitator_pack(" not in source
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{learner_server.url}voila/render/{guide.id}.ipynb", timeout=30)
    assert refused.value.code == 404


def test_the_self_assessment_works_by_keyboard_and_saves_only_on_request(learner_app):
    """With the keyboard alone, can a learner rate a skill, write under a prompt and save, and is
    the form then empty, with a confirmation that does not repeat their words?"""
    server, out = learner_app
    home = server.log.parent / "peerkit-home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    notebook = Notebook.read(out / "00-welcome.ipynb", out)
    with new_page() as page:
        open_in_app(page, server.url, notebook)
        form = page.locator(SELF_CHECK)
        form.scroll_into_view_if_needed()
        page.locator(f"{SELF_CHECK} input[type=radio]").first.focus()
        info = focus_info(page, SELF_CHECK)
        assert info is not None and info["radio"] == 0
        choose_key(page, "ArrowDown", 2)  # the first skill: level 3
        info = focus_info(page, SELF_CHECK)
        assert info is not None and info["checked"] == 2
        press_until(
            page, "Tab", SELF_CHECK, lambda i: i["tag"] == "TEXTAREA", "the first prompt's box"
        )
        page.keyboard.type("Reflecting before I ask.")
        page.wait_for_timeout(300)
        screenshot_whole(page, SHOTS / "skills-day-self-assessment.png")
        press(page, form.get_by_role("button", name="Save to my journal"))
        said = wait_for_text(
            form.locator("[role=status]"), "Saved to your private journal", "the save"
        )
        assert "Reflecting" not in said
        assert form.locator("textarea").first.input_value() == ""
        assert form.locator("input[type=radio]:checked").count() == 0
        page.set_viewport_size({"width": 1280, "height": 2600})  # the whole form, painted
        form.screenshot(path=str(SHOTS / "skills-day-self-assessment-saved.png"))
