"""The guide's workshop material: both courses, running the day, adaptations, the local-rules example.

Each is a notebook function (facilitators only) made from data/facilitator/ and shown in the
facilitator guide; these tests drive the functions without a kernel.
"""

from __future__ import annotations

import json
import re

import pytest
from markupsafe import escape

import peerkit
from peerkit.api import FACILITATOR_FUNCTIONS, RenderContext, using
from peerkit.content._course import adaptations, guide_sections
from tests.conftest import NOTEBOOKS

GUIDE = NOTEBOOKS / "facilitator" / "facilitator-guide.ipynb"


def _html(block) -> str:
    return block._repr_mimebundle_()["text/html"]


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _guide_calls() -> list[str]:
    cells = json.loads(GUIDE.read_text(encoding="utf-8"))["cells"]
    source = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    return re.findall(r"peerkit\.(\w+\([^)]*\))", source)


def test_the_new_functions_are_for_facilitators_only():
    assert {
        "guide_section",
        "adaptations",
        "local_rules_example",
        "agenda",
    } <= FACILITATOR_FUNCTIONS


def test_the_guide_shows_every_section_both_courses_the_adaptations_and_the_example(library):
    """Does the guide call each running-the-day section once, both agendas, the adaptations and the example?"""
    calls = _guide_calls()
    sections = guide_sections(library)
    assert sections is not None
    shown = [c for c in calls if c.startswith("guide_section(")]
    assert sorted(shown) == sorted(f'guide_section("{s.id}")' for s in sections.sections)
    assert 'agenda(course="one-day")' in calls and 'agenda(course="two-day")' in calls
    assert calls.count("adaptations()") == 1 and calls.count("local_rules_example()") == 1
    order = [c for c in calls if c.startswith(("guide_section(", "agenda(", "adaptations("))]
    assert order.index('guide_section("facilitator-prerequisites")') < order.index(
        'agenda(course="one-day")'
    )
    assert order.index('agenda(course="two-day")') < order.index('guide_section("opening-round")')
    assert order.index("adaptations()") < order.index('guide_section("learner-disclosure")')


def test_a_section_shows_its_content_note_before_its_words(library):
    sections = guide_sections(library)
    section = sections.section("crisis-role-plays")
    html = _html(peerkit.guide_section("crisis-role-plays"))
    note = html.index("Content note:")
    assert note < html.index(str(escape(section.title))) + 400
    assert str(escape(section.content_note)) in html
    assert "<strong>Never alone.</strong>" in html  # markdown becomes HTML
    assert html.index("Content note:") < html.index("Never alone.")


def test_markdown_in_a_section_cannot_smuggle_html():
    """Is raw HTML in a guide section escaped, not run?"""
    from peerkit.static._render import markdown_html

    assert "<script>" not in markdown_html("Hello <script>alert(1)</script> **there**")
    assert "&lt;script&gt;" in markdown_html("Hello <script>alert(1)</script>")


def test_an_unknown_section_is_a_plain_notice_outside_tests(monkeypatch):
    monkeypatch.setenv("PEERKIT_STRICT", "0")
    with using(RenderContext(edition="facilitator", strict=False)):
        block = peerkit.guide_section("room-and-materails")
        assert "could not be made" in _html(block)
        assert "did you mean 'room-and-materials'?" in block._repr_mimebundle_()["text/plain"]


def test_each_course_shows_its_days_pre_work_what_to_print_and_the_rules(library):
    html = _html(peerkit.agenda(course="two-day"))
    text = _text(html)
    assert "Day 1: 09:00 to 16:52" in text and "Day 2: 09:00 to 16:58" in text
    assert "Pre-work for day 1" in text and "Before the course" in text
    assert "What to print (for up to 15 people)" in text
    assert "Rules check: 9 of 9 rules met" in text
    assert (
        "11:36 to 12:23 06 Crisis and suicide response (cont.) 47 role-play triad-06-ask-and-what-next"
        in text
    )
    one_day = _text(_html(peerkit.agenda(course="one-day")))
    assert "The day: 09:00 to 16:28" in one_day
    assert "06 Crisis" not in one_day


def test_a_course_that_does_not_exist_is_named_with_the_ones_that_do(monkeypatch):
    monkeypatch.setenv("PEERKIT_STRICT", "0")
    block = peerkit.agenda(course="three-day")
    assert "there is no course 'three-day'" in block._repr_mimebundle_()["text/plain"]
    assert "one-day, two-day" in block._repr_mimebundle_()["text/plain"]


def test_the_adaptations_list_each_setting_with_what_fits_it(library):
    found = adaptations(library)
    assert found is not None and len(found.settings) == 7
    html = _html(peerkit.adaptations())
    for setting in found.settings:
        assert str(escape(setting.title)) in html
        for case_id in setting.fits_best.cases:
            assert str(escape(library.items[case_id].title)) in html
    assert "42 CFR Part 2" in _text(html)


def test_the_local_rules_example_is_headed_fictional_and_shows_the_file(library):
    html = _html(peerkit.local_rules_example())
    text = _text(html)
    assert "Example (fictional): a finished local-rules file" in text
    assert "Example (fictional): local rules on reporting and confidentiality" in text
    assert "data/examples/jurisdiction-fictional.yaml" in text and "example: true" in text
    assert "Filled in for this course" not in text


@pytest.mark.parametrize("name", ["guide_section", "adaptations", "local_rules_example", "agenda"])
def test_the_learner_edition_never_shows_them(name, library):
    """Would a learner's handout of a notebook calling them show nothing (the calls are facilitator-only)?"""
    from peerkit.api import render_call
    from peerkit.content._cells import parse_cell

    args = {"guide_section": '"room-and-materials"', "agenda": 'course="one-day"'}.get(name, "")
    call = parse_cell(f"# A call\npeerkit.{name}({args})")
    assert render_call(RenderContext(library, edition="learner", mode="handout"), call) == ""
    assert render_call(RenderContext(library, edition="facilitator", mode="handout"), call) != ""
