"""Static HTML: every exercise readable with no kernel, no script and no network."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markupsafe import escape

from peerkit.api import render_item
from peerkit.static import render_crisis, render_lesson


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


def test_crisis_panel_without_region_lists_every_region(library):
    """With no region chosen, does the panel list every region's main line, the emergency advice and the directory, picking no country?"""
    html = render_crisis(library.crisis, None)
    assert "call your local emergency number" in html
    for region in library.crisis.regions:
        main = region.main_line
        assert f"<strong>{escape(region.name)}</strong>: {escape(main.name)}," in html
        assert f"In immediate danger, call {region.emergency_number}." in html
        for other in region.services[1:]:  # only the main line: the rest need a chosen region
            assert str(escape(other.name)) not in html
    assert "findahelpline.com" in html
    assert "Crisis lines for" not in html  # no country is presented as the reader's own


def test_crisis_panel_for_each_region_shows_source_without_claiming_a_live_check(library):
    """Does each region's panel show its emergency number and every line with its source, claiming a check only when the live page was checked?"""
    for region in library.crisis.regions:
        html = render_crisis(library.crisis, region)
        assert region.emergency_number in html
        for service in region.services:
            assert str(escape(service.name)) in html
            assert f'href="{service.source_url}"' in html
            claim = (
                f"checked against it on {service.last_verified}" if service.last_verified else None
            )
            assert (
                (claim in html)
                if claim
                else "checked against it"
                not in html.split(str(escape(service.name)))[1].split("</li>")[0]
            )
        assert "verified" not in html


def test_a_live_check_is_shown_when_there_is_one(library):
    """When an entry has last_verified (a check of the live page), does the panel say so with its date?"""
    import datetime as dt

    region = library.crisis.regions[0]
    checked = region.main_line.model_copy(update={"last_verified": dt.date(2026, 11, 30)})
    region = region.model_copy(update={"services": [checked, *region.services[1:]]})
    assert "checked against it on 2026-11-30" in render_crisis(library.crisis, region)


def test_lesson_intro_lists_minutes_and_objectives(library):
    """Does the lesson intro give the time and every objective, and its content notes?"""
    entry = library.curriculum.lesson("01-building-trust")
    html = render_lesson(entry)
    assert f"About {entry.minutes} minutes." in html
    for objective in entry.objectives:
        assert str(escape(objective)) in html
    assert "Content note:" in html
