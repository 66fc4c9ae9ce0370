"""The region picker in a real browser: chosen by keyboard in lesson 00, followed by lesson 05's crisis panel.

In JupyterLab and in the app (Voila), a learner tabs to the labelled list under
"If you need support now", picks a country with the arrow keys, sees the panel
below change and hears the confirmation (a status region); then lesson 05,
another notebook with its own kernel, shows that country's lines. The servers
share one private store (PEERKIT_HOME), as a learner's own machine does.
Screenshots: build/screenshots/{lab,app}-region-*.png.
"""

from __future__ import annotations

import pytest

from peerkit._app_build import build
from tests.browser_pages import (
    SHOTS,
    Notebook,
    choose_key,
    focus_info,
    new_page,
    open_in_app,
    page_problems,
    press_until,
    run_all_in_lab,
    screenshot_whole,
    wait_for_text,
)
from tests.conftest import NOTEBOOKS
from tests.servers import copy_notebooks, running

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PICKER = ".pk-region-picker"
LABEL = "Show crisis lines for:"


@pytest.fixture
def page():
    with new_page() as page:
        yield page


def _choose_by_keyboard(page, times: int) -> None:
    """Tab from the heading above to the picker's list, then press the down arrow ``times`` times."""
    heading = page.get_by_role("heading", name="If you need support now")
    heading.click()  # start where a reader of that section would be
    press_until(
        page,
        "Tab",
        PICKER,
        lambda info: info["tag"] == "SELECT",
        "the region list",
    )
    assert page.get_by_label(LABEL).count() == 1  # the list has a plain, programmatic label
    choose_key(page, "ArrowDown", times)
    assert focus_info(page, PICKER)["selectedIndex"] == times


PANEL = {
    "lab": ".jp-NotebookPanel:not(.lm-mod-hidden) .pk-crisis-live",  # the open tab's, not another's
    "app": ".pk-crisis-live",
}


def _check_welcome(page, mode: str) -> None:
    picker = page.locator(PICKER)
    panel = page.locator(PANEL[mode]).first
    wait_for_text(panel, "The main crisis line of each country", "the panel before choosing")
    _choose_by_keyboard(page, 3)  # Not chosen, United States, Canada, United Kingdom
    wait_for_text(
        picker.locator("[role=status]"),
        "now shows the lines for United Kingdom",
        "the confirmation after choosing",
    )
    wait_for_text(panel, "Crisis lines for United Kingdom", "the panel after choosing")
    text = panel.text_content() or ""
    assert "Shout" in text and "call 999" in text
    picker.screenshot(path=str(SHOTS / f"{mode}-region-picker-closeup.png"))
    panel.screenshot(path=str(SHOTS / f"{mode}-region-panel-closeup.png"))


def _check_lesson_05(page, mode: str) -> None:
    panel = page.locator(PANEL[mode]).first
    wait_for_text(panel, "Crisis lines for United Kingdom", "lesson 05's crisis panel")
    panel.scroll_into_view_if_needed()  # JupyterLab skips rendering cells far off screen
    text = panel.text_content() or ""
    assert "116 123" in text and "Shout" in text and "988 Suicide" not in text
    panel.screenshot(path=str(SHOTS / f"{mode}-region-05-closeup.png"))


def test_the_region_chosen_by_keyboard_in_lab_shows_in_lesson_05(tmp_path, page):
    """In JupyterLab, is the region chosen by keyboard in lesson 00 saved and shown by lesson 05's panel?"""
    root = copy_notebooks(NOTEBOOKS, tmp_path / "notebooks")
    welcome = Notebook.read(root / "00-welcome.ipynb")
    lesson = Notebook.read(root / "05-difficult-conversations.ipynb")
    with running("lab", root, tmp_path / "server") as lab:
        try:
            run_all_in_lab(page, lab.url, welcome)
            assert page_problems(page, welcome, "lab") == []
            _check_welcome(page, "lab")
        finally:
            screenshot_whole(page, SHOTS / "lab-region-picker.png")
        try:
            run_all_in_lab(page, lab.url, lesson)
            _check_lesson_05(page, "lab")
        finally:
            screenshot_whole(page, SHOTS / "lab-region-05.png")


def test_the_region_chosen_by_keyboard_in_the_app_shows_in_lesson_05(tmp_path, page):
    """In the app, is the region chosen by keyboard in lesson 00 saved and shown by lesson 05's panel?"""
    pages, _notes = build(tmp_path / "app", NOTEBOOKS)
    assert pages
    root = tmp_path / "app"
    welcome = Notebook.read(root / "00-welcome.ipynb")
    lesson = Notebook.read(root / "05-difficult-conversations.ipynb")
    with running("voila", root, tmp_path / "server") as app:
        try:
            open_in_app(page, app.url, welcome)
            assert page_problems(page, welcome, "app") == []
            _check_welcome(page, "app")
        finally:
            screenshot_whole(page, SHOTS / "app-region-picker.png")
        try:
            open_in_app(page, app.url, lesson)
            _check_lesson_05(page, "app")
        finally:
            screenshot_whole(page, SHOTS / "app-region-05.png")
