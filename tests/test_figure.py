"""Figures: an inline SVG with a real text alternative, the same live and in handouts."""

from __future__ import annotations

import re

import pytest

import peerkit
from peerkit.api import REGISTRY, new_view, render_item
from peerkit.api._view_checks import CheckFailed
from peerkit.content import Figure
from peerkit.content._prose import notebook_cells
from tests.conftest import NOTEBOOKS

SMALL_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>A square</title>'
    '<desc>One black square.</desc><rect width="10" height="10"/></svg>'
)


def _figure(**changes) -> Figure:
    data = {
        "schema_version": 1,
        "type": "figure",
        "id": "square",
        "title": "A <square>",
        "svg": SMALL_SVG,
        "description": "A single square, filled in black, fills the picture.",
    }
    data.update(changes)
    return Figure.model_validate(data)


def test_the_phase_diagram_has_a_text_alternative_and_a_description(library):
    """Does the four-phase diagram carry a <title>, a <desc> and a long description naming every part?"""
    figure = library.items["four-phases-diagram"]
    assert figure.alt.startswith("Diagram of the four-phase model")
    assert "<desc>" in figure.svg
    for part in (
        "Before the first meeting",
        "Phase 1",
        "Phase 2",
        "Phase 3",
        "Phase 4",
        "The last meeting",
        "A guide, not a timetable",
    ):
        assert part in figure.svg and part in " ".join(figure.description.split()), part


def test_static_view_inlines_the_svg_next_to_its_description(library):
    """Is the SVG inlined (no image file, no outside address) with the description in words beside it?"""
    figure = library.items["four-phases-diagram"]
    html = render_item(figure, "learner")
    assert html.count("<svg") == 1 and "<img" not in html
    assert not re.search(r'(?:src|href)="(?!#)', html.split("<svg", 1)[1].split("</svg>", 1)[0])
    assert "The figure in words" in html
    assert "The diagram shows a peer support relationship" in " ".join(html.split())
    assert 'aria-describedby="pk-four-phases-diagram-description"' in html
    assert 'id="pk-four-phases-diagram-description"' in html


def test_text_around_the_svg_is_escaped():
    """Are the title and caption escaped, while the checked SVG goes in as markup?"""
    html = render_item(_figure(caption="Squares & <circles>"), "learner")
    assert "Figure: A &lt;square&gt;" in html
    assert "Squares &amp; &lt;circles&gt;" in html
    assert "<rect" in html


def test_caption_falls_back_to_the_text_alternative():
    """With no caption, does the figure's caption repeat its text alternative?"""
    assert "<figcaption>A square</figcaption>" in render_item(_figure(), "learner")


def test_live_view_and_plain_text():
    """Does the live view show the same inline SVG, and the plain text name the figure without a call to practise?"""
    view = new_view(_figure())
    assert "<svg" in view.widget.value and "A single square, filled in black" in view.widget.value
    bundle = peerkit.show("four-phases-diagram")._repr_mimebundle_()
    assert bundle["text/plain"] == "Figure: The shape of a peer support relationship"


def test_unsafe_svg_is_refused_by_the_model():
    """Can a Figure never be built around SVG with script or without a title, whatever path it came from?"""
    with pytest.raises(ValueError, match="<script> element"):
        _figure(svg=SMALL_SVG.replace("<rect", "<script>x</script><rect"))
    with pytest.raises(ValueError, match="has no <title>"):
        _figure(svg=SMALL_SVG.replace("<title>A square</title>", ""))


def test_the_figure_check_notices_a_figure_shown_without_its_description(monkeypatch):
    """Would the figure check fail if a view dropped the description in words (so the check can fail)?"""
    figure = _figure()
    row = REGISTRY["figure"]
    row.check(figure, row)

    class Forgetful:
        """The figure's row, with a static view that drops the description in words."""

        new_view = row.new_view

        def render(self, item, edition="learner"):
            return item.svg

    with pytest.raises(CheckFailed, match="does not describe the figure in words"):
        row.check(figure, Forgetful())


def test_lesson_04_shows_the_diagram_after_the_phases_are_introduced():
    """Does lesson 04 show the diagram in its opening section on the shape of a conversation?"""
    cells = notebook_cells(NOTEBOOKS / "04-conversation-structure.ipynb")  # as authored
    sources = ["".join(c["source"]) for c in cells]
    at = next(i for i, s in enumerate(sources) if 'peerkit.show("four-phases-diagram")' in s)
    assert sources[at - 1].startswith("## A shape, not a script")
