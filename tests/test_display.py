"""What a notebook gets back from peerkit.show and friends."""

from __future__ import annotations

import pytest

import peerkit
from peerkit.api import Notice


def test_show_bundle_has_widget_static_html_and_fixed_plain_text():
    """Does a shown item carry the widget view, a static text/html fallback and a short fixed text/plain?"""
    shown = peerkit.show("cs02-drank-again")
    bundle = shown._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "<details>" in bundle["text/html"]
    assert bundle["text/plain"] == (
        "Case study: “You'll be done with me” (interactive: open this notebook in JupyterLab to practise)"
    )
    assert (
        peerkit.show("cs02-drank-again")._repr_mimebundle_()["text/plain"] == bundle["text/plain"]
    )


def test_unknown_id_raises_in_strict_mode_and_shows_a_notice_otherwise(monkeypatch):
    """Is a misspelt id a clear notice for learners, but an error under PEERKIT_STRICT (tests)?"""
    with pytest.raises(peerkit.ContentError, match="did you mean 'trust-sort'"):
        peerkit.show("trust-srot")
    monkeypatch.setenv("PEERKIT_STRICT", "0")
    notice = peerkit.show("trust-srot")
    assert isinstance(notice, Notice)
    bundle = notice._repr_mimebundle_()
    assert "could not be loaded" in bundle["text/html"]
    assert "Traceback" not in bundle["text/plain"]


def test_lesson_intro_and_references(monkeypatch):
    """Does lesson() remember the lesson so references() lists its references?"""
    intro = peerkit.lesson("01-building-trust")
    assert repr(intro) == "Lesson 01-building-trust: Building trust (about 45 minutes)"
    refs = peerkit.references()._repr_mimebundle_()["text/html"]
    assert "[SRC-01]" in refs and "[SRC-34]" in refs
    assert "[SRC-12]" not in refs  # de-escalation is lesson 05's, not this one's


def test_crisis_resources_follow_the_region_setting(monkeypatch):
    """Does the panel use PEERKIT_REGION when set, and the general message when nothing is set?"""
    generic = peerkit.crisis_resources()._repr_mimebundle_()
    assert "local emergency number" in generic["text/plain"]
    monkeypatch.setenv("PEERKIT_REGION", "uk")
    uk = peerkit.crisis_resources()._repr_mimebundle_()
    assert "116 123" in uk["text/html"]
    assert "999" in uk["text/plain"]


def test_the_case_check_walks_a_long_case_with_one_view(library):
    """Does the case check play every path of a case through one view (starting again between
    paths), so a case with many paths does not open a set of widgets per path?"""
    from ipywidgets.widgets.widget import _instances

    from peerkit.api import REGISTRY, new_view

    case = library.item("cs03-better-off-without-me")
    before = len(_instances)
    new_view(case)
    one_view = len(_instances) - before
    before = len(_instances)
    paths = REGISTRY["case"].check(case, REGISTRY["case"])
    assert paths > 10
    assert len(_instances) - before <= one_view


def test_crisis_panel_survives_broken_lesson_content(tmp_path, monkeypatch):
    """If a lesson file is broken, do the crisis lines still show (read on their own)?"""
    import shutil

    from tests.conftest import DATA

    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    (copy / "lessons" / "01-building-trust" / "broken.yaml").write_text(
        "schema_version: 1\ntype: cas\n"
    )
    (copy / "settings.yaml").write_text("schema_version: 1\ntype: settings\nregion: au\n")
    monkeypatch.setenv("PEERKIT_DATA", str(copy))
    bundle = peerkit.crisis_resources()._repr_mimebundle_()
    assert "13 11 14" in bundle["text/html"]
    (copy / "crisis_resources.yaml").write_text("not: [valid")
    monkeypatch.setenv("PEERKIT_STRICT", "0")
    fallback = peerkit.crisis_resources()._repr_mimebundle_()
    assert "call your local emergency number" in fallback["text/plain"]
