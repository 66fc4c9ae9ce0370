"""The notebook API: every function returns one kind of object, shown live and for any context."""

from __future__ import annotations

import pytest

import peerkit
from peerkit.api import FUNCTIONS, Block, RenderContext, render_call, using
from peerkit.content._cells import Call

ARGUMENTS = {
    "lesson": ("01-building-trust",),
    "show": ("cs01-sent-not-chosen",),
    "session_plan": ("01-building-trust",),
    "answer_key": ("01-building-trust",),
    "guide_section": ("room-and-materials",),
}


def _call(name: str) -> Block:
    return FUNCTIONS[name].function(*ARGUMENTS.get(name, ()))


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_every_notebook_function_returns_a_block_with_static_html_for_each_context(name, library):
    """Does every function a notebook may call return a Block that gives static HTML in the live
    context and in both handout editions (the same object, no scraping)?"""
    peerkit.lesson("01-building-trust")
    block = _call(name)
    assert isinstance(block, Block)
    bundle = block._repr_mimebundle_()
    assert "text/plain" in bundle
    for edition in ("learner", "facilitator"):
        ctx = RenderContext(
            library, edition=edition, mode="handout", strict=True, fixed_region=None
        )
        with using(ctx):
            ctx.lesson = library.lesson("01-building-trust")
            assert isinstance(_call(name).static_html(ctx), str)


def test_a_handout_calls_the_same_function_a_notebook_does(library):
    """Is a handout's show() the notebook's show(), with the edition taken from the context?"""
    learner = RenderContext(library, mode="handout", strict=True, fixed_region=None)
    facilitator = RenderContext(
        library, edition="facilitator", mode="handout", strict=True, fixed_region=None
    )
    call = Call("show", ("cs02-drank-again",))
    assert FUNCTIONS["show"].function is peerkit.show
    assert "For the facilitator" not in render_call(learner, call)
    assert "For the facilitator" in render_call(facilitator, call)


def test_a_content_problem_in_a_handout_is_raised_not_shown_as_a_notice(library):
    """Does a strict context (a handout) raise a content problem instead of drawing a notice
    that someone would have to spot in the HTML?"""
    from peerkit.content._cells import CellProblem

    ctx = RenderContext(library, mode="handout", strict=True, fixed_region=None)
    with pytest.raises(CellProblem, match="there is no content with id 'no-such-item'"):
        render_call(ctx, Call("show", ("no-such-item",)))
