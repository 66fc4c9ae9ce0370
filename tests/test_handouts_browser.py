"""Handouts in a real browser: offline with every request blocked, accessible, complete in print."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.browser_support import chromium
from tests.test_handouts import built_handouts

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def handouts(tmp_path_factory):
    return built_handouts(tmp_path_factory)


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


def _all_pages(handouts):
    return sorted(handouts.glob("*/*.html"))


class Blocker:
    """Blocks and counts every request except loading the page itself; records policy violations."""

    def __init__(self, context):
        self.page_url = ""
        self.blocked: list[str] = []
        self.console: list[str] = []
        context.route("**/*", self._route)

    def _route(self, route):
        if route.request.url == self.page_url and route.request.resource_type == "document":
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def open(self, page, url: str) -> list[str]:
        self.page_url, self.blocked = url, []
        page.goto(url, wait_until="load")
        page.wait_for_timeout(50)
        return self.blocked


def test_opening_a_handout_makes_no_request(handouts, browser):
    """With the network blocked, does opening each page of both editions request nothing at all?"""
    context = browser.new_context(offline=True)
    try:
        blocker = Blocker(context)
        page = context.new_page()
        page.on("console", lambda message: blocker.console.append(message.text))
        requests = {
            path.relative_to(handouts).as_posix(): blocker.open(page, path.as_uri())
            for path in _all_pages(handouts)
        }
    finally:
        context.close()
    assert len(requests) >= 6
    assert {name: urls for name, urls in requests.items() if urls} == {}
    assert blocker.console == []


def test_the_request_counter_would_see_a_web_image(handouts, browser, tmp_path):
    """Would the counter above notice a page that fetches something (so that test can fail)?"""
    html = (handouts / "learner" / "index.html").read_text(encoding="utf-8")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    html = html.replace("</main>", '<img alt="" src="https://example.org/pixel.png"></main>')
    bad = tmp_path / "bad.html"
    bad.write_text(html, encoding="utf-8")
    context = browser.new_context(offline=True)
    try:
        blocked = Blocker(context).open(context.new_page(), bad.as_uri())
    finally:
        context.close()
    assert blocked == ["https://example.org/pixel.png"]


def test_every_handout_passes_axe(handouts, browser):
    """Does axe find no violation (language, title, landmarks, headings, contrast, labels)?"""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context(offline=True)
    try:
        page = context.new_page()
        found = {}
        for path in _all_pages(handouts):
            page.goto(path.as_uri())
            results = axe.run(page)
            found[path.relative_to(handouts).as_posix()] = [
                f"{v['id']} ({len(v['nodes'])}): {v['nodes'][0]['target']}"
                for v in results.response["violations"]
            ]
            assert results.response["passes"], "axe ran no check"
    finally:
        context.close()
    assert {name: rules for name, rules in found.items() if rules} == {}


def _pdf_text(pdf: bytes) -> tuple[int, str]:
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))
    text = " ".join(p.extract_text() for p in reader.pages)
    return len(reader.pages), " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures


def test_a_printed_handout_has_its_folded_answers_and_link_targets(handouts, browser, library):
    """Printed to PDF, does a handout have pages, its folded answers and its web addresses?"""
    sort = library.item("trust-sort")
    case = library.item("cs02-drank-again")
    folded = [card.explanation for card in sort.cards]
    folded += [choice.feedback for node in case.nodes for choice in node.choices]
    context = browser.new_context(offline=True)
    try:
        page = context.new_page()
        page.goto((handouts / "learner" / "01-building-trust.html").as_uri())
        assert not page.get_by_text(folded[0]).is_visible(), "the answer should be folded on screen"
        pages, text = _pdf_text(page.pdf(format="A4"))
        page.add_style_tag(
            content="@media print { .pk-handout details::details-content"
            " { content-visibility: hidden !important; } }"
        )
        _, without_rule = _pdf_text(page.pdf(format="A4"))
    finally:
        context.close()
    assert pages >= 3
    for answer in folded:
        words = " ".join(answer.split()[:10])
        assert words in text, words
        assert words not in without_rule, "the check cannot tell folded from open answers"
    reference = next(r for r in library.references.references if r.id == "SRC-01")
    assert f"({reference.url.split('://')[0]}://" in text
