"""The live views of the safety plan, say it out loud and the agreement builder: what they show,
what they save (only when asked, only to the journal) and what they escape."""

from __future__ import annotations

import logging

import pytest

from peerkit.api import new_view
from peerkit.content import load_library
from peerkit.journal import HOME_ENV, Store, default_path

SECRET = "Zebra-quilt-7731 <b>bold</b>"


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Any journal save in these tests goes to a temporary folder, never the real one."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    monkeypatch.delenv("PEERKIT_REGION", raising=False)
    return tmp_path / "home"


@pytest.fixture(scope="module")
def items():
    library = load_library()
    return {
        name: library.items[name]
        for name in ("safety-plan-eli", "say-it-out-loud-cora", "first-meeting-agreement")
    }


def test_the_safety_plan_saves_only_when_asked_marked_as_practice(items, capsys, caplog):
    """Is nothing stored by feedback, and does 'Save to my journal' store one entry marked as a
    practice plan for a fictional person, with the words escaped on screen and never printed?"""
    caplog.set_level(logging.DEBUG)
    view = new_view(items["safety-plan-eli"])
    view.write("warning-signs", SECRET)
    view.get_feedback()
    assert not default_path().exists()
    assert "Zebra-quilt-7731 &lt;b&gt;bold&lt;/b&gt;" in view.feedback.value
    assert "<b>bold</b>" not in view.feedback.value
    view.save()
    [entry] = Store.open().entries()
    assert entry.text.startswith("Practice safety plan for Eli, a fictional person")
    assert SECRET in entry.text and "This is not my own plan." in entry.text
    assert entry.prompt_id == "safety-plan-eli"
    assert entry.prompt_text.startswith("Practice safety plan for Eli")
    assert "Saved to your private journal." in view.saved.value
    assert "7731" not in view.saved.value
    out, err = capsys.readouterr()
    assert "7731" not in out + err + caplog.text


def test_an_empty_plan_saves_nothing(items):
    """Does pressing Save with every part empty explain instead of saving an empty entry?"""
    view = new_view(items["safety-plan-eli"])
    view.save()
    assert "nothing to save yet" in view.saved.value
    assert not default_path().exists()


def test_say_it_out_loud_shows_one_stage_at_a_time(items):
    """Are the 'say it' buttons out of the page until the words are typed, and the feedback and
    'Next step' out until the learner has gone on; does a button of another stage do nothing?"""
    view = new_view(items["say-it-out-loud-cora"])

    def visible(widget):
        return widget.layout.display != "none"

    assert visible(view.typed_row) and not visible(view.aloud)
    view.said_button.click()  # pressed out of turn (a script could): nothing happens
    assert view.play.stage == "write"
    view.write("Are you thinking about suicide?")
    view.typed()
    assert visible(view.aloud) and not visible(view.typed_row) and view.box.disabled
    view.go_on_without()
    assert visible(view.next_button) and visible(view.again_button)
    assert "Two ways to say it" in view.answers.value
    view.next_step()
    assert view.play.index == 1 and view.box.value == "" and not view.answers.value


def test_the_agreement_shows_the_agency_wording_when_filled_in(items, monkeypatch):
    """Does the builder show the agency's own wording beside the learner's words, or say that it
    is not yet localised?"""
    from peerkit.widgets import _agreement

    view = new_view(items["first-meeting-agreement"])
    view.pick("notes", "short-notes-you-can-read")
    view.build()
    assert "Not yet localised: ask your facilitator." in view.answers.value
    monkeypatch.setattr(_agreement, "agency_wording", lambda: "Our agency's words <i>here</i>.")
    view.build()
    assert "Our agency&#39;s words &lt;i&gt;here&lt;/i&gt;." in view.answers.value


def test_the_agreement_saves_the_script_only_when_asked(items):
    """Does the builder store nothing until Save, and then the learner's words as one script?"""
    view = new_view(items["first-meeting-agreement"])
    view.write("notes", "I write short notes, and you can read them.")
    view.build()
    assert not default_path().exists()
    view.save()
    [entry] = Store.open().entries()
    assert entry.text.endswith("I write short notes, and you can read them.")
