"""A figure's SVG is a picture only: refused by validation, and harmless wherever it is shown.

The vectors are bench/robustness.py's (meta refresh, off-site form, embed with a
data: URL, CSS escapes that spell url(, scripts and event handlers in every
spelling...). Each must be refused by ``peerkit validate`` and, as a second layer,
come out harmless when a figure holding it is rendered anyway (as if validation had
been skipped): the template writes only the SVG rebuilt from the allow-list.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from peerkit.content import validate
from peerkit.content._svg import ATTRIBUTES, ELEMENTS, sanitize_svg, svg_problem
from peerkit.handouts._build import HandoutError, render_notebook
from tests.bench_scripts import load_bench

robustness = load_bench("robustness")


@pytest.mark.parametrize("name", sorted(robustness.SVG_VECTORS))
def test_every_hostile_svg_is_shown_harmless(name):
    """Rendered without validation, does the figure hold nothing that runs, loads, posts or navigates?"""
    inner, attrs = robustness.SVG_VECTORS[name]
    markup = robustness._svg_figure(inner, attrs).split("svg: |\n", 1)[1]
    markup = "\n".join(line[2:] for line in markup.splitlines())
    html = robustness.figure_html(markup)
    assert robustness.harmful(html) is None
    assert "<title>Two boxes</title>" in html and "<desc>" in html


HARMLESS_TEXT = {
    "escaped markup in text",
    "CDATA holding markup",
    "attribute value that closes its quote",
}
"""Vectors that are only text once parsed: validation may accept them, since they show as text."""


@pytest.mark.parametrize("name", sorted(set(robustness.SVG_VECTORS) - HARMLESS_TEXT))
def test_every_hostile_svg_is_refused_by_validation(name, tmp_path):
    """Does 'peerkit validate' refuse the figure, in one plain sentence on the svg line?"""
    inner, attrs = robustness.SVG_VECTORS[name]
    path = tmp_path / "figure.yaml"
    path.write_text(robustness._svg_figure(inner, attrs))
    problems = validate(path)
    assert len(problems) == 1 and problems[0].line == 6
    assert problems[0].problem.startswith("the SVG ")


def test_text_that_looks_like_markup_stays_text():
    markup = (
        '<svg xmlns="http://www.w3.org/2000/svg"><title>T</title><desc>D</desc>'
        '<text y="9">&lt;/svg&gt;&lt;script&gt;x&lt;/script&gt;</text></svg>'
    )
    shown = sanitize_svg(markup)
    assert "&lt;/svg&gt;&lt;script&gt;" in shown and "<script" not in shown


def test_the_course_figure_is_rebuilt_unchanged(library):
    """Is the shipped figure's drawing kept whole: same elements, attributes and text?"""
    figure = library.items["four-phases-diagram"]
    assert svg_problem(figure.svg) is None
    before, after = ET.fromstring(figure.svg), ET.fromstring(sanitize_svg(figure.svg))
    assert [(e.tag, e.attrib, e.text) for e in before.iter()] == [
        (e.tag, e.attrib, e.text) for e in after.iter()
    ]


def test_allowed_style_and_internal_references_are_kept():
    markup = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<title>T</title><desc>D</desc><defs><marker id="arrow"><path d="M0 0L5 5"/></marker>'
        '<linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>'
        '<line x2="5" marker-end="url(#arrow)" style="stroke: #333; stroke-width: 2"/>'
        '<rect width="5" height="5" fill="url(#g)"/><use xlink:href="#arrow"/></svg>'
    )
    assert svg_problem(markup) is None
    shown = sanitize_svg(markup)
    assert 'marker-end="url(#arrow)"' in shown and 'style="stroke: #333; stroke-width: 2"' in shown
    assert '<use href="#arrow">' in shown and 'fill="url(#g)"' in shown


def test_the_allow_list_is_small_and_holds_nothing_active():
    assert (
        not {"script", "foreignObject", "a", "image", "style", "set", "animate", "iframe"}
        & ELEMENTS
    )
    assert not {a for a in ATTRIBUTES if a.startswith("on")} and "href" not in ATTRIBUTES
    assert (
        "style" not in ATTRIBUTES
    )  # allowed only after its CSS is read, declaration by declaration


def test_handout_pages_forbid_form_posts_and_other_bases(library, tmp_path):
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "# Page"}], "metadata": {}}
    page = render_notebook(
        nb, library=library, edition="learner", region=None, where="x.ipynb", folder=tmp_path
    )
    assert (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none';"
        " base-uri 'none'" in page
    )


@pytest.mark.parametrize(
    "markdown",
    [
        '<meta http-equiv="refresh" content="0;url=https://example.com">',
        '<form action="https://example.com"><button>Go</button></form>',
        '<base href="https://example.com/">',
        '<a href="javascript:alert(1)">click</a>',
    ],
)
def test_a_handout_never_leaves_the_page_by_itself(markdown, library, tmp_path):
    """Is a notebook whose markdown would refresh, post or navigate away refused, in words?"""
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": f"# Page\n\n{markdown}\n"}]}
    with pytest.raises(HandoutError, match="the page would leave itself or send a form"):
        render_notebook(
            nb, library=library, edition="learner", region=None, where="x.ipynb", folder=tmp_path
        )
