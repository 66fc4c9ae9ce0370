"""A region for every learner: the picker, where its choice is kept, and the crisis panels that follow it.

Precedence: a facilitator's settings.yaml region, then $PEERKIT_REGION, then the
learner's choice (kept in their private store); with none, every panel lists the
main line of every configured region. The panel never depends on anything else
working: broken content files, a broken crisis file or an unreadable store still
leave at least "call your local emergency number".
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from markupsafe import escape

import peerkit
from peerkit.content import load_library
from peerkit.journal import HOME_ENV, Store
from peerkit.journal._choices import COURSE, saved_region
from peerkit.widgets import _crisis_panel as panel_module
from peerkit.widgets._written import crisis_panel as crisis_signs_panel
from tests.conftest import DATA, ROOT


@pytest.fixture
def home(home, monkeypatch):
    """The shared fresh store (tests/conftest.py), made already, and no region set by the
    environment or left unsaved by an earlier test."""
    folder = home
    folder.mkdir()
    monkeypatch.delenv("PEERKIT_REGION", raising=False)
    panel_module._UNSAVED.clear()
    yield folder
    panel_module._UNSAVED.clear()


@pytest.fixture
def course(tmp_path, monkeypatch):
    """A copy of the course data that a test may break."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    monkeypatch.setenv("PEERKIT_DATA", str(copy))
    return copy


def _regions():
    return load_library(DATA).crisis.regions


def lists_every_region(html: str) -> bool:
    """Whether ``html`` is the all-regions panel: every region's main line and emergency number."""
    return "call your local emergency number" in html and all(
        f"<strong>{escape(r.name)}</strong>: {escape(r.main_line.name)}," in html
        and f"In immediate danger, call {r.emergency_number}." in html
        for r in _regions()
    )


def shows_region(html: str, region_id: str) -> bool:
    """Whether ``html`` is the panel of one region, with every one of its lines."""
    region = load_library(DATA).crisis.region(region_id)
    return f"Crisis lines for <strong>{escape(region.name)}</strong>" in html and all(
        escape(s.name) in html for s in region.services
    )


def live(panel) -> str:
    return panel.widget.value


def static(panel) -> str:
    return panel._repr_mimebundle_()["text/html"]


# --- with no region chosen, no country is the default -----------------------------------


def test_with_no_region_every_panel_lists_every_region(home):
    """With nobody choosing, do the live panel, the static panel and the crisis-signs panel all list every region's main line?"""
    panel = peerkit.crisis_resources()
    assert lists_every_region(live(panel))
    assert lists_every_region(static(panel))
    assert lists_every_region(crisis_signs_panel())
    assert "choose your region in the welcome lesson" in live(panel)
    assert "choose your region" not in static(panel)  # handouts and saved notebooks: no hint
    bundle = panel._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    for region in _regions():
        assert region.main_line.name in bundle["text/plain"]


def test_handouts_print_the_all_regions_panel(tmp_path):
    """Does the learner handout of lesson 00 list every region's main line, and --region uk only the UK's lines?"""
    from peerkit.handouts import build

    build(tmp_path / "all", ("learner",), None)
    page = (tmp_path / "all" / "learner" / "00-welcome.html").read_text(encoding="utf-8")
    assert lists_every_region(page)
    assert "a list here lets each learner choose their country" in page
    build(tmp_path / "uk", ("learner",), "uk")
    page = (tmp_path / "uk" / "learner" / "05-difficult-conversations.html").read_text(
        encoding="utf-8"
    )
    assert shows_region(page, "uk") and not lists_every_region(page)


# --- the learner's choice ------------------------------------------------------------


def test_choosing_a_region_saves_it_and_every_live_panel_follows(home):
    """Does choosing a region save it in the private store, redraw open panels, and can it be changed and unset?"""
    panel = peerkit.crisis_resources()
    picker = peerkit.region_picker()
    assert picker.dropdown.value == "" and not picker.dropdown.disabled
    assert picker.dropdown.description == "Show crisis lines for:"
    message = picker.choose("uk")
    assert (
        "Saved. The crisis panel in every lesson now shows the lines for United Kingdom." in message
    )
    assert saved_region() == "uk"
    assert shows_region(live(panel), "uk")
    assert shows_region(crisis_signs_panel(), "uk")
    assert lists_every_region(static(panel))  # the saved notebook never learns the choice
    assert shows_region(live(peerkit.crisis_resources()), "uk")
    picker.choose("au")
    assert saved_region() == "au" and shows_region(live(panel), "au")
    message = picker.choose(None)
    assert "no region chosen" in message and saved_region() is None
    assert lists_every_region(live(panel))
    records = Store.open().progress(COURSE)
    assert [(r.item_id, r.state) for r in records] == [("region", {"value": None})]
    assert Store.open().entries() == []  # a choice is not a journal entry


def _run(code: str, home: Path, **env: str) -> str:
    """Run ``code`` in a new Python process (a kernel after a restart) with this store."""
    environ = {**os.environ, HOME_ENV: str(home), **env}
    environ.pop("PEERKIT_REGION", None)
    environ.update(env)
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def test_the_choice_survives_a_restart_and_follows_the_learner_to_lesson_05(home):
    """Is the choice read back by a new process, in another lesson, and does the picker there show it?"""
    peerkit.region_picker().choose("ie")
    out = _run(
        "import json, peerkit\n"
        "peerkit.lesson('05-difficult-conversations')\n"
        "panel = peerkit.crisis_resources()\n"
        "picker = peerkit.region_picker()\n"
        "print(json.dumps([panel.widget.value, picker.dropdown.value]))\n",
        home,
    )
    html, chosen = json.loads(out)
    assert shows_region(html, "ie") and chosen == "ie"
    peerkit.region_picker().choose("ca")  # changed in one kernel, seen by the next
    html, chosen = json.loads(
        _run(
            "import json, peerkit\n"
            "print(json.dumps([peerkit.crisis_resources().widget.value,"
            " peerkit.region_picker().dropdown.value]))\n",
            home,
        )
    )
    assert shows_region(html, "ca") and chosen == "ca"


def test_the_choice_never_lands_in_a_notebook_or_the_repository(home):
    """Is the choice kept only in the private store, and absent from everything a saved notebook or handout keeps?"""
    picker = peerkit.region_picker()
    picker.choose("uk")
    store = Store.open().location
    assert store.is_relative_to(home) and not store.is_relative_to(ROOT)
    kept = [
        peerkit.crisis_resources()._repr_mimebundle_()["text/html"],
        peerkit.crisis_resources()._repr_mimebundle_()["text/plain"],
        picker._repr_mimebundle_()["text/html"],
        repr(picker),
    ]
    for text in kept:  # what JupyterLab saves into a notebook, and what handouts print
        assert "Crisis lines for" not in text and "Shout" not in text


# --- who wins --------------------------------------------------------------------------


def test_the_facilitators_region_wins_and_the_picker_says_so(home, course):
    """With region: uk in settings.yaml, do panels show the UK whatever the learner chose, and is the picker locked with a plain reason?"""
    peerkit.region_picker().choose("au")
    (course / "settings.yaml").write_text("schema_version: 1\ntype: settings\nregion: uk\n")
    assert shows_region(live(peerkit.crisis_resources()), "uk")
    assert shows_region(static(peerkit.crisis_resources()), "uk")
    assert shows_region(crisis_signs_panel(), "uk")
    picker = peerkit.region_picker()
    assert picker.dropdown.disabled and picker.dropdown.value == "uk"
    assert "Your facilitator has chosen the crisis lines for <strong>United Kingdom</strong>" in (
        picker.intro.value
    )
    assert saved_region() == "au"  # the learner's own choice is kept for when it applies again


def test_the_environment_variable_still_works_after_settings_and_before_the_learner(
    home, course, monkeypatch
):
    """Does $PEERKIT_REGION beat the learner's choice, and settings.yaml beat $PEERKIT_REGION?"""
    peerkit.region_picker().choose("au")
    monkeypatch.setenv("PEERKIT_REGION", "ie")
    assert shows_region(live(peerkit.crisis_resources()), "ie")
    assert "Whoever set up this course" in peerkit.region_picker().intro.value
    (course / "settings.yaml").write_text("schema_version: 1\ntype: settings\nregion: ca\n")
    assert shows_region(live(peerkit.crisis_resources()), "ca")
    assert shows_region(live(peerkit.crisis_resources("us")), "us")  # a facilitator's own cell


# --- the panel never depends on anything else working ----------------------------------


def test_a_broken_lesson_file_leaves_the_learners_lines(home, course):
    """With another content file broken, does every panel still show the learner's region (live) or every region (static)?"""
    peerkit.region_picker().choose("au")
    (course / "lessons" / "01-building-trust" / "broken.yaml").write_text(
        "schema_version: 1\ntype: cas\n"
    )
    with pytest.raises(peerkit.ContentError):
        peerkit.load_library()
    panel = peerkit.crisis_resources()
    assert shows_region(live(panel), "au") and shows_region(crisis_signs_panel(), "au")
    assert lists_every_region(static(panel))
    assert peerkit.region_picker().dropdown.value == "au"


@pytest.mark.parametrize(
    "damage",
    [
        "not: [valid",
        "schema_version: 1\ntype: crisis-resources\ngeneric: Call.\n",
        "schema_version: 1\ntype: crisis-resources\x0b\n",
        "",
    ],
    ids=["yaml-syntax", "missing-fields", "control-character", "empty"],
)
def test_a_broken_crisis_file_still_says_call_your_local_emergency_number(home, course, damage):
    """With crisis_resources.yaml broken, even under PEERKIT_STRICT, does every panel still give the emergency advice, without raising?"""
    assert os.environ.get("PEERKIT_STRICT") == "1"
    (course / "crisis_resources.yaml").write_text(damage, encoding="utf-8")
    panel = peerkit.crisis_resources()
    for html in (live(panel), static(panel), crisis_signs_panel()):
        assert "call your local emergency number" in html
        assert "please tell your facilitator" in html
    assert "call your local emergency number" in repr(panel)
    picker = peerkit.region_picker()
    assert picker.dropdown.disabled and "call your local emergency number" in picker.intro.value


def test_an_unexpected_error_in_the_loader_still_leaves_a_panel(home, monkeypatch):
    """If reading content raises something that is not a content error, does the panel still show?"""

    def explode(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("peerkit.content.load_library", explode)
    monkeypatch.setattr("peerkit.content.load_file", explode)
    panel = peerkit.crisis_resources()
    assert "call your local emergency number" in live(panel)
    assert "call your local emergency number" in static(panel)
    assert "call your local emergency number" in crisis_signs_panel()


def test_an_unreadable_store_reads_as_not_chosen_and_a_choice_still_applies_here(home):
    """When the store cannot be opened, do panels list every region, and does a choice still show in this kernel, with a plain message?"""
    (home / "journal" / "journal.db").mkdir(parents=True)  # a folder where the file should be
    panel = peerkit.crisis_resources()
    assert lists_every_region(live(panel))
    picker = peerkit.region_picker()
    message = picker.choose("uk")
    assert "could not be saved" in message and "Traceback" not in message
    assert shows_region(live(panel), "uk") and shows_region(crisis_signs_panel(), "uk")


def test_a_store_that_raises_while_reading_reads_as_not_chosen(home, monkeypatch):
    """If reading the store raises anything, is the learner's region simply "not chosen"?"""
    peerkit.region_picker().choose("uk")

    def broken(self, lesson_id=None):
        raise OSError("disk gone")

    monkeypatch.setattr(Store, "progress", broken)
    assert saved_region() is None
    assert lists_every_region(live(peerkit.crisis_resources()))


def test_the_shipped_settings_choose_no_region():
    """Is the shipped data/settings.yaml region null (DESIGN stable contract 8)?"""
    assert load_library(DATA).settings.region is None
    text = (DATA / "settings.yaml").read_text(encoding="utf-8")
    assert "\nregion: null\n" in text


def test_facilitators_see_every_entrys_source_and_checks():
    """Does peerkit.crisis_checks() list every crisis entry with its source, 'not yet' for a live check, and the stored copy it was checked against?"""
    crisis = load_library(DATA).crisis
    block = peerkit.crisis_checks()
    html = block._repr_mimebundle_()["text/html"]
    entries = 1 + sum(1 + len(r.services) for r in crisis.regions)
    assert html.count("<tr><td>") == entries
    for region in crisis.regions:
        for service in region.services:
            assert f'href="{service.source_url}"' in html
            if service.copy_checked:
                assert f'href="{escape(service.copy_checked.url)}"' in html
    live = sum(
        1
        for entry in [
            crisis.directory,
            *crisis.regions,
            *(s for r in crisis.regions for s in r.services),
        ]
        if entry.last_verified
    )
    assert html.count(">not yet<") == entries - live
    assert repr(block) == (
        f"{entries} crisis entries: {live} checked against the live service,"
        f" {entries - live} only against stored copies."
    )
