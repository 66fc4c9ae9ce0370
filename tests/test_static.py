"""Static HTML: every exercise readable with no kernel, no script and no network."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markupsafe import escape

from peerkit.static import render_crisis, render_item, render_lesson


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.tags = set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.links.append(attrs.get("href", ""))


def _parse(html: str) -> _Collect:
    collector = _Collect()
    collector.feed(html)
    return collector


def test_case_static_view_lays_out_every_choice(library):
    """Does the static case show every reply, its verdict, its feedback folded in <details>, and where it leads?"""
    case = library.item("cs02-drank-again")
    html = render_item(case)
    for node in case.nodes:
        for choice in node.choices:
            assert str(escape(choice.text)) in html
            assert str(escape(choice.feedback)) in html
    for ending in case.endings:
        assert str(escape(ending.text.split()[0])) in html
    assert html.count("<details>") == sum(len(n.choices) for n in case.nodes)
    assert "Breaks the principle." in html and "Follows the principle." in html


def test_case_static_links_walk_like_a_gamebook(library):
    """Does every 'leads to' link point at a step or ending on the same page?"""
    html = render_item(library.item("cs01-sent-not-chosen"))
    page = _parse(html)
    internal = [href for href in page.links if href.startswith("#")]
    assert internal, "no in-page links"
    assert all(href[1:] in page.ids for href in internal)
    assert "script" not in page.tags


def test_facilitator_edition_opens_answers_and_adds_notes(library):
    """Does the facilitator edition open every answer and add debrief questions, unlike the learner edition?"""
    case = library.item("cs02-drank-again")
    learner, facilitator = render_item(case, "learner"), render_item(case, "facilitator")
    assert "<details open>" not in learner
    assert "For the facilitator" not in learner
    assert "<details open>" in facilitator
    assert str(escape(case.facilitator.debrief[0])) in facilitator


def test_sort_and_quiz_fold_their_answers(library):
    """Are sort answers and quiz explanations folded in the learner edition?"""
    sort_html = render_item(library.item("trust-sort"))
    assert sort_html.count("<summary>Answer</summary>") == 13
    assert "<strong>Builds trust or Breaks trust.</strong>" in sort_html
    quiz_html = render_item(library.item("opening-questions-quiz"))
    assert quiz_html.count("<summary>Explanation</summary>") == 12
    assert "(choose all that apply)" in quiz_html


def test_static_views_make_no_network_requests(library):
    """Is there no script, stylesheet link, image or font from a web address in any static view?"""
    for item in library.items.values():
        for edition in ("learner", "facilitator"):
            html = render_item(item, edition)
            assert not re.search(r"<(script|link|img|iframe)\b", html)
            assert "@import" not in html and "url(" not in html


def test_crisis_panel_without_region_has_no_country_numbers(library):
    """With no region set, is the general message shown with no country's phone numbers?"""
    html = render_crisis(library.crisis, None)
    assert "call your local emergency number" in html
    for region in library.crisis.regions:
        assert region.emergency_number not in html
        for service in region.services:
            assert service.name not in html
    assert "findahelpline.com" in html


def test_crisis_panel_for_each_region_shows_source_and_date(library):
    """Does each region's panel show its emergency number, and each line its source and check date?"""
    for region in library.crisis.regions:
        html = render_crisis(library.crisis, region)
        assert region.emergency_number in html
        for service in region.services:
            assert str(escape(service.name)) in html
            assert f"checked {service.last_verified.isoformat()}" in html


def test_lesson_intro_lists_minutes_and_objectives(library):
    """Does the lesson intro give the time and every objective, and its content notes?"""
    entry = library.curriculum.lesson("01-building-trust")
    html = render_lesson(entry)
    assert f"About {entry.minutes} minutes." in html
    for objective in entry.objectives:
        assert str(escape(objective)) in html
    assert "Content note:" in html
