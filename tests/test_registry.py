"""The registry: one complete row per content type, and nothing about a type kept elsewhere."""

from __future__ import annotations

import inspect

import pytest
from markupsafe import escape

from peerkit.api._registry import REGISTRY, ROWS, ContentType, new_view, render_item, row_for
from peerkit.content import ITEM_TYPES
from peerkit.static import environment, macro

ROW_IDS = [row.type for row in ROWS]


def test_every_item_model_has_exactly_one_row():
    """Does every kind of item a file can be have one row, under the type its files give?"""
    assert len(ROW_IDS) == len(set(ROW_IDS))
    assert {row.type: row.model for row in ROWS} == ITEM_TYPES


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_is_the_row_complete(row: ContentType):
    """Does the row name its model, a kind name, a template with the macros it needs, and,
    for an exercise, a play and a view that take what the registry passes?"""
    assert row.model.model_fields["type"].annotation.__args__ == (row.type,)
    assert row.kind_name and row.kind_name[0].isupper()
    assert row.model.exercise == row.exercise, "the model and the row disagree on 'exercise'"
    environment().get_template(row.template)  # it exists and compiles
    assert macro(row.template, "view") is not None
    assert macro(row.template, "summary") is not None
    if row.exercise:
        assert macro(row.template, "key") is not None, "an exercise needs a short answer key"
        assert row.view is not None, "an exercise needs a live view"
        assert callable(row.check), "an exercise needs a check that walks its view"
        parameters = inspect.signature(row.view).parameters
        for name in ("play", "on_change", "order", "kind", "journal"):
            assert name in parameters, f"{row.view.__name__} does not take {name}"
    if row.progress:
        for method in ("to_state", "from_state", "is_finished", "resume_line"):
            assert callable(getattr(row.play, method, None)), f"{row.play} has no {method}"


def test_plain_content_shows_itself_and_is_no_exercise():
    """Is content without a play (a note, a figure) shown as its static HTML, live too?"""
    still = [row for row in ROWS if not row.exercise]
    assert still, "the course has notes and figures"
    for row in still:
        assert row.view is None and not row.progress


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_every_row_renders_and_walks_the_courses_own_items(row: ContentType, library):
    """Does each item of the course render in both editions, stand in before running, and pass
    its type's check through a fresh view?"""
    items = [item for item in library.items.values() if item.type == row.type]
    if not items:
        pytest.skip(f"the course has no {row.type} items")
    for item in items:
        assert row_for(item) is row
        for edition in ("learner", "facilitator"):
            assert str(escape(item.title)) in render_item(item, edition)
        assert row.summary(item, "START")
        if row.check is not None:
            assert row.check(item, row) >= 1
        assert new_view(item).widget is not None


def test_no_other_module_keeps_a_table_of_types():
    """Does no module of the package spell out the content types again (a dict or tuple of type
    names), so nothing can fall out of step with the rows?"""
    import ast
    from pathlib import Path

    import peerkit

    names = set(REGISTRY)
    found = []
    for path in Path(peerkit.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict | ast.Tuple | ast.Set | ast.List):
                values = node.keys if isinstance(node, ast.Dict) else node.elts
                words = {v.value for v in values if isinstance(v, ast.Constant)}
                if len(words & names) >= 3:
                    found.append(f"{path.name}:{node.lineno}")
    assert found == []
