"""No authoring text in learner views: codes, source-lesson notes and config paths stay with facilitators.

The executed lessons are scanned in a real browser, in JupyterLab and in the app
(tests/test_browser_lab.py, tests/test_browser_app.py, with the same check); here, every
learner handout page and the text of every lesson notebook, as JupyterLab shows it before
anything runs and as the app's pages are written. The facilitator edition keeps the codes.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from peerkit._app_build import build
from tests.conftest import DATA, NOTEBOOKS
from tests.learner_text import authoring_text, without_references
from tests.test_handouts import built_handouts


@pytest.fixture(scope="module")
def handouts(tmp_path_factory):
    return built_handouts(tmp_path_factory)


def _text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _markdown(path) -> str:
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = [c for c in nb["cells"] if c["cell_type"] == "markdown"]
    text = "\n".join("".join(c["source"]) for c in cells)
    return re.sub(r"^## References.*", "", text, flags=re.S | re.M)


def test_no_learner_handout_shows_authoring_text(handouts):
    """Does every page of the learner edition (its reference list aside) show no code, no note
    about the source lessons and no config path?"""
    found = {
        page.name: authoring_text(_text(without_references(page.read_text(encoding="utf-8"))))
        for page in sorted((handouts / "learner").glob("*.html"))
    }
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_the_facilitator_edition_keeps_the_codes(handouts):
    """Do facilitators still see where each exercise comes from (so the scan above can fail)?"""
    page = (handouts / "facilitator" / "01-building-trust.html").read_text(encoding="utf-8")
    assert authoring_text(_text(page))


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_no_lesson_text_shows_authoring_text(path):
    """Does a lesson's text, as JupyterLab shows it before anything runs (the cells peerkit makes
    from data included), show no code, no note about the source lessons and no config path?"""
    assert authoring_text(_text(_markdown(path))) == []


def test_no_app_page_shows_authoring_text_in_its_text(tmp_path):
    """Are the app's pages, as written, free of authoring text (their live views are checked in
    a browser)?"""
    pages, _ = build(tmp_path, NOTEBOOKS)
    found = {p.name: authoring_text(_text(_markdown(p))) for p in pages}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_the_scan_finds_each_kind_of_authoring_text():
    """Would the scan catch each kind, and leave a citation and ordinary words alone?"""
    for text in (
        "Listen first (S003-15).",
        "Teaches: listening",
        "as SRC-07 says",
        "The source lesson promised a list.",
        "The source this lesson grew from said so.",
        "Set the region in data/settings.yaml first.",
        "Fill in jurisdiction.yaml.",
    ):
        assert authoring_text(text), text
    assert authoring_text("Ask open questions [SRC-07]. Find the source of the problem.") == []
    assert DATA.name == "data"
