"""Source codes are for facilitators: learners see none, in handouts or live.

Every item's learner-edition HTML, and every string its live widgets show while
a learner works through it (every reply's feedback, every option's explanation,
every card's answer, coach feedback on a written reply), is scanned for source-item
codes (``S003-19``) and for reference keys outside an inline ``[SRC-07]`` citation.
The facilitator edition keeps its "Teaches: ..." lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import ipywidgets as W
import pytest

from peerkit.api import new_view, render_item
from peerkit.content import Case, Disclosure, Item, Quiz, Rewrite, Sort, load_library

SOURCE_CODE = re.compile(r"\bS00\d-\d\d\b")
LOOSE_REFERENCE = re.compile(r"(?<!\[)\bSRC-\d\d\b(?!\])")
"""A reference key that is not an inline citation in brackets (those link to the reading list)."""

REPLIES = (
    "That sounds hard. What has this week been like for you? You should try a walk, "
    "I had the same thing. Why did you stop? Don't worry, it'll be fine."
)
"""A written reply that sets off many coach notes (reflection, questions, advice, sharing)."""


def codes_in(text: str) -> list[str]:
    return SOURCE_CODE.findall(text) + LOOSE_REFERENCE.findall(text) + re.findall("Teaches:", text)


def items() -> list[Item]:
    return sorted(load_library().items.values(), key=lambda item: item.id)


def widget_strings(widget: W.Widget) -> Iterator[str]:
    """The synced state of a widget and all its children, as JSON text (what the browser gets)."""
    yield json.dumps(widget.get_state(), ensure_ascii=False, default=str)
    for child in getattr(widget, "children", ()):
        yield from widget_strings(child)


def _case_texts(case: Case) -> Iterator[str]:
    """Reach every step by some path, then take each of its replies in turn."""
    view = new_view(case)
    routes: dict[str, list[str]] = {case.start_id: []}
    queue = [case.start_id]
    while queue:
        node = case.node(queue.pop(0))
        assert node is not None
        for choice in node.choices:
            view.restart_button.click() if case.allow_restart else None
            view.play.restart()
            for step in routes[node.id]:
                view.choose(step)
            view.choose(choice.id)
            yield from widget_strings(view.widget)
            if case.node(choice.next) is not None and choice.next not in routes:
                routes[choice.next] = [*routes[node.id], choice.id]
                queue.append(choice.next)


def _quiz_texts(quiz: Quiz) -> Iterator[str]:
    view = new_view(quiz)
    for question in quiz.questions:
        if question.multiple:
            view.answer(question.id, [o.id for o in question.options])
            yield from widget_strings(view.widget)
        else:
            for option in question.options:
                view.answer(question.id, option.id)
                yield from widget_strings(view.widget)


def _sort_texts(sort: Sort) -> Iterator[str]:
    view = new_view(sort)
    for card in sort.cards:
        view.place(card.id, sort.bins[0].id)
    view.check()
    yield from widget_strings(view.widget)


def live_texts(item: Item) -> Iterator[str]:
    """What a learner can make the item's widgets show, by working through all of it."""
    if isinstance(item, Case):
        yield from _case_texts(item)
    elif isinstance(item, Quiz):
        yield from _quiz_texts(item)
    elif isinstance(item, Sort):
        yield from _sort_texts(item)
    elif isinstance(item, Rewrite):
        view = new_view(item)
        view.get_feedback(REPLIES)
        yield from widget_strings(view.widget)
    elif isinstance(item, Disclosure):
        view = new_view(item)
        view.check(REPLIES)
        yield from widget_strings(view.widget)
        view.rate([])
        yield from widget_strings(view.widget)
    else:
        yield from widget_strings(new_view(item).widget)


@pytest.mark.parametrize("item", items(), ids=lambda item: item.id)
def test_is_the_learner_handout_of_each_item_free_of_codes(item):
    """Does the learner edition of this item show no source codes and no 'Teaches:' line?"""
    assert codes_in(render_item(item, "learner")) == []


@pytest.mark.parametrize("item", items(), ids=lambda item: item.id)
def test_do_the_live_widgets_of_each_item_show_no_codes(item, tmp_path, monkeypatch):
    """Working through every reply, option and card of this item, does any widget show a code?"""
    monkeypatch.setenv("PEERKIT_HOME", str(tmp_path / "home"))
    found = {code for text in live_texts(item) for code in codes_in(text)}
    assert found == set()


def test_does_the_facilitator_edition_keep_the_codes():
    """Does every exercise that teaches from sources list them, 'Teaches: ...', for facilitators?

    Notes (the scope of practice, content notes) are the same in both editions.
    """
    traced = [item for item in items() if getattr(item, "sources", None) and item.type != "note"]
    assert traced, "the shipped content should trace its items to sources"
    for item in traced:
        html = render_item(item, "facilitator")
        assert "Teaches: " in html, item.id
        assert all(code in html for code in item.sources), item.id


def test_does_the_facilitator_edition_keep_each_replys_codes():
    """Are the source codes of each case reply still beside it in the facilitator edition?"""
    case = next(item for item in items() if isinstance(item, Case))
    html = render_item(case, "facilitator")
    for node in case.nodes:
        for choice in node.choices:
            if choice.sources:
                assert ", ".join([*choice.sources, *choice.references]) in html


def test_does_the_scan_find_a_code_where_there_is_one():
    """Would the scan catch a code, and leave an inline [SRC-07] citation alone?"""
    assert codes_in("Listen first (S003-15).") == ["S003-15"]
    assert codes_in("Teaches: SRC-07") == ["SRC-07", "Teaches:"]
    assert codes_in("Ask open questions [SRC-07].") == []
