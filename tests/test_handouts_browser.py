"""Handouts in a real browser: offline with every request blocked, accessible, complete in print."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

from tests.browser_support import chromium
from tests.test_handouts import built_handouts, handout_pages

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def handouts(tmp_path_factory):
    return built_handouts(tmp_path_factory)


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


def _all_pages(handouts):
    return [handouts / name for name in handout_pages()]


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


@pytest.fixture(scope="module")
def offline_page(browser):
    """One offline page for the module's axe checks, each of which loads its own handout."""
    context = browser.new_context(offline=True)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.mark.parametrize("name", handout_pages())
def test_every_handout_passes_axe(handouts, offline_page, name):
    """Does axe find no violation (language, title, landmarks, headings, contrast, labels)?

    A test per page: axe takes up to 9 s on the longest (the facilitator guide), and as one
    test the 20 pages took 38 s in a single test process at the end of the browser tests,
    while the others had nothing left to do."""
    from axe_playwright_python.sync_playwright import Axe

    offline_page.goto((handouts / name).as_uri())
    results = Axe().run(offline_page)
    assert results.response["passes"], "axe ran no check"
    violations = [
        f"{v['id']} ({len(v['nodes'])}): {v['nodes'][0]['target']}"
        for v in results.response["violations"]
    ]
    assert violations == []


HEADING_MARKS = (
    ":is(h1, h2, h3, h4, h5, dt)::before { content: '[[ ' }"
    " :is(h1, h2, h3, h4, h5, dt)::after { content: ' ]]' }"
)
"""Printed around every heading (and every term of a list of terms), so the PDF's text shows
where each one is: a page whose text ends with ' ]]' ends with a heading."""
APPENDIX = "The feedback for every exercise in this lesson"


def _pdf_pages(pdf: bytes, reader: str = "") -> list[str]:
    """The text of each page of a PDF, with spaces evened out and ligatures spelled out.

    Read with poppler's ``pdftotext`` where it is installed (.ci/run installs it), else with
    pypdf; ``reader`` ("pdftotext" or "pypdf") asks for one. pypdf took about 30 s for the
    five hundred pages the heading check reads, pdftotext about one. Both end every page with
    the same text, which is what the checks here read (a test below holds them to it); pypdf
    puts a page's footer after its running title, pdftotext at its end."""
    pdftotext = shutil.which("pdftotext") if reader != "pypdf" else None
    if reader == "pdftotext" and pdftotext is None:
        pytest.skip("poppler's pdftotext is not installed (apt-get install poppler-utils)")
    if pdftotext:
        printed = subprocess.run(
            [pdftotext, "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode("utf-8")
        texts = printed.split("\f")[:-1]  # every page ends with a form feed
    else:
        from io import BytesIO

        from pypdf import PdfReader

        texts = [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]
    return [" ".join(unicodedata.normalize("NFKC", text).split()) for text in texts]


def _print(page, path) -> list[str]:
    page.goto(path.as_uri())
    return _pdf_pages(page.pdf(format="A4", prefer_css_page_size=True))


def _words(text: str, count: int = 10) -> str:
    return " ".join(text.split()[:count])


def _sort_and_case(library):
    sort = library.item("trust-sort")
    case = library.item("cs02-drank-again")
    answers = [card.explanation for card in sort.cards]
    answers += [choice.feedback for node in case.nodes for choice in node.choices]
    return sort, case, answers


def test_a_printed_learner_handout_is_a_worksheet_with_the_answers_at_the_end(
    handouts, browser, library
):
    """Printed, does a learner handout show no answer under its question, every answer in the
    appendix at the end, a page number and the lesson's title on every page, and its web
    addresses written out? On screen, do answers stay folded and the appendix hidden?"""
    sort, _case, answers = _sort_and_case(library)
    lesson = library.curriculum.lesson("01-building-trust")
    context = browser.new_context(offline=True)
    try:
        page = context.new_page()
        pages = _print(page, handouts / "learner" / "01-building-trust.html")
        assert not page.get_by_text(_words(answers[0], 6)).first.is_visible()
        assert not page.get_by_text(APPENDIX).is_visible(), "the appendix is for paper only"
    finally:
        context.close()
    text = " ".join(pages)
    appendix = text.index(APPENDIX)
    for card in sort.cards:
        assert text.index(_words(card.text)) < appendix, "every question is on the worksheet"
    for answer in answers:
        where = text.find(_words(answer))
        assert where > appendix, f"this answer is not (only) in the appendix: {_words(answer)}"
    for number, page_text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page_text, number
        assert page_text.startswith(lesson.title), f"page {number} has no running title"
    reference = next(r for r in library.references.references if r.id == "SRC-01")
    assert f"({reference.url.split('://')[0]}://" in text


def test_a_printed_facilitator_handout_has_every_answer_in_place(handouts, browser, library):
    """Printed, does the facilitator edition show each answer right under its question, with no
    appendix, and page numbers?"""
    sort, _case, _answers = _sort_and_case(library)
    context = browser.new_context(offline=True)
    try:
        pages = _print(context.new_page(), handouts / "facilitator" / "01-building-trust.html")
    finally:
        context.close()
    text = " ".join(pages)
    assert APPENDIX not in text
    cards = list(sort.cards)
    for card, after in zip(cards, [*cards[1:], None], strict=True):
        question = text.index(_words(card.text))
        answer = text.index(_words(card.explanation), question)
        assert after is None or answer < text.index(_words(after.text), question), card.id
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))


def test_no_printed_page_ends_with_a_heading(handouts, browser):
    """Does no printed page of either edition (the learner worksheets, the facilitator's lessons
    and guide, the index pages) end with a heading, or a term of a list of terms as in the guide,
    whose text is on the next page?"""
    orphans = []
    context = browser.new_context(offline=True)
    try:
        page = context.new_page()
        paths = _all_pages(handouts)
        assert len(paths) >= 6
        for path in paths:
            page.goto(path.as_uri())
            page.add_style_tag(content=HEADING_MARKS)
            pages = _pdf_pages(page.pdf(format="A4", prefer_css_page_size=True))
            for number, page_text in enumerate(pages[:-1], start=1):
                body = re.sub(r"Page \d+ of \d+$", "", page_text).rstrip()
                if body.endswith("]]"):
                    heading = body[body.rindex("[[") :]
                    orphans.append(
                        f"{path.relative_to(handouts)}: page {number} ends with {heading}"
                    )
    finally:
        context.close()
    assert orphans == []


def test_the_heading_check_sees_a_heading_left_at_the_foot_of_a_page(browser, tmp_path):
    """Would the check above notice a heading at the foot of a page (so it can fail)?"""
    filler = "<p>" + "A line of text that fills the page. " * 60 + "</p>"
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>t</title><style>p { margin: 0 0 1em }"
        " h2 { break-after: auto } .tall { height: 200mm; break-inside: avoid }</style></head>"
        f"<body>{filler * 2}<h2>Left behind</h2><div class='tall'>{filler}</div></body></html>"
    )
    path = tmp_path / "orphan.html"
    path.write_text(html, encoding="utf-8")
    context = browser.new_context(offline=True)
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        page.add_style_tag(content=HEADING_MARKS)
        pages = _pdf_pages(page.pdf(format="A4"))
    finally:
        context.close()
    assert any(p.rstrip().endswith("[[ Left behind ]]") for p in pages[:-1])


def test_both_pdf_readers_see_the_same_headings_on_each_page(handouts, browser):
    """Do pdftotext and pypdf read the same pages, with the same headings on each and the same
    pages ending with one (so the checks above read a printout alike with either)?"""
    context = browser.new_context(offline=True)
    try:
        page = context.new_page()
        page.goto((handouts / "learner" / "01-building-trust.html").as_uri())
        page.add_style_tag(content=HEADING_MARKS)
        pdf = page.pdf(format="A4", prefer_css_page_size=True)
    finally:
        context.close()

    def headings(reader: str) -> list[tuple[list[str], bool]]:
        pages = [re.sub(r"Page \d+ of \d+", "", p).strip() for p in _pdf_pages(pdf, reader)]
        return [(re.findall(r"\[\[ .*? \]\]", p), p.endswith("]]")) for p in pages]

    poppler, pypdf = headings("pdftotext"), headings("pypdf")
    assert len(poppler) > 3 and sum(len(found) for found, _ in poppler) > 10
    assert poppler == pypdf
