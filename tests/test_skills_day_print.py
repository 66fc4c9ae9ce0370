"""The facilitator pack on paper: every role card and sheet is exactly one printed page.

The pack page (``facilitator/pack.html``) is printed to PDF by Chromium, as a browser's
Print > Save as PDF does, on US Letter and on A4. The page count must equal the number of
cards and sheets, and each page's text must start with its own sheet's title: a card that
runs onto a second page, or two sheets sharing one, fails.
"""

from __future__ import annotations

import html
import re
import unicodedata
from io import BytesIO

import pytest

from peerkit.content import load_library
from peerkit.handouts._build import render_pack
from tests.browser_support import chromium
from tests.conftest import DATA

pytestmark = pytest.mark.browser

_TITLE = re.compile(r'<h[1-6] class="pk-sheet-title"[^>]*>(.*?)</h[1-6]>', re.S)


def _words(text: str) -> str:
    """Text as compared: ligatures undone, spacing and hyphen breaks ignored."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\W+", " ", text).strip().lower()


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    library = load_library(DATA)
    folder = tmp_path_factory.mktemp("pack")
    page = folder / "pack.html"
    page.write_text(render_pack(library, None), encoding="utf-8")
    return page


@pytest.fixture(scope="module")
def printed(pack):
    pdfs = {}
    with chromium() as browser:
        context = browser.new_context(offline=True)
        page = context.new_page()
        page.goto(pack.as_uri())
        for paper in ("Letter", "A4"):
            pdfs[paper] = page.pdf(format=paper, prefer_css_page_size=True)
        context.close()
    return pdfs


@pytest.mark.parametrize("paper", ["Letter", "A4"])
def test_every_card_and_sheet_is_one_printed_page(pack, printed, paper):
    """Does the pack print to exactly one page per card or sheet, each page starting with its
    own title (so nothing runs over, and no two sheets share a page)?"""
    from pypdf import PdfReader

    source = pack.read_text(encoding="utf-8")
    titles = [_words(html.unescape(re.sub(r"<[^>]+>", "", t))) for t in _TITLE.findall(source)]
    assert len(titles) == source.count('class="pk-item pk-sheet')
    pages = PdfReader(BytesIO(printed[paper])).pages
    assert len(pages) == len(titles), f"{len(pages)} pages for {len(titles)} cards and sheets"
    for number, (pdf_page, title) in enumerate(zip(pages, titles, strict=True), start=1):
        text = _words(pdf_page.extract_text())
        assert text.startswith(title[:40]), f"page {number} starts {text[:60]!r}, not {title!r}"


def test_the_print_check_sees_a_card_that_runs_over(pack, tmp_path):
    """Would the check above fail for a card too long for its page (so it can fail)?"""
    from pypdf import PdfReader

    source = pack.read_text(encoding="utf-8")
    longer = re.sub(r"(How to play</h\d>)", r"\1" + "<p>More words.</p>" * 80, source, count=1)
    assert longer != source
    page_file = tmp_path / "long.html"
    page_file.write_text(longer, encoding="utf-8")
    with chromium() as browser:
        page = browser.new_page()
        page.goto(page_file.as_uri())
        pdf = page.pdf(format="Letter", prefer_css_page_size=True)
    assert len(PdfReader(BytesIO(pdf)).pages) > source.count('class="pk-item pk-sheet')
