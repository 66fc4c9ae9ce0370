"""The self-disclosure check: automatic reading, self-rating, the live view, the handout, privacy."""

from __future__ import annotations

import logging
import re

import pytest
from markupsafe import escape  # as the templates and feedback macros escape

import peerkit
from peerkit.api import new_view, render_item
from peerkit.coach._checklist import RULES, _manual
from peerkit.coach._notes import WORDS
from peerkit.content import load_file, validate
from peerkit.content._models import DISCLOSURE_CHECKS
from peerkit.content._teaching_models import MANUAL_CHECKS
from peerkit.journal import HOME_ENV, Store, default_path
from peerkit.practice import CHECKS, DisclosurePlay, PlayError
from peerkit.widgets._written import CHECKER_CAVEAT
from tests.conftest import DATA, course_wide_files

ALL_CHECKS = ", ".join(DISCLOSURE_CHECKS)
ITEM = f"""\
schema_version: 1
type: disclosure
id: sd-feeling-alone
title: Nobody gets it
scenario: |
  Sam, who stopped using two months ago, says: "Nobody who hasn't been through it
  could understand how alone I feel."
checks: [{ALL_CHECKS}]
coach:
  does: [{{behaviour: ask-permission}}, {{behaviour: focus-back}}]
  avoids: [{{behaviour: comparing}}, {{behaviour: unasked-advice}}]
  sharing: {{sentences: 2, words: 30}}
model_answers:
  - text: >-
      Would it help to hear a little of my own experience? I felt very alone early on
      too, and it did get easier. What has it been like for you?
    notes: Asks first, shares briefly with hope, and hands the focus back.
  - text: It makes sense to feel that way. What would help you feel less alone this week?
    notes: Sharing nothing is a fair choice too.
sources: [S004-27, S004-28]
facilitator:
  minutes: 6
  debrief:
    - When would you choose not to share at all?
"""
GOOD = "Would it help to hear a little of what that was like for me? I felt alone too, and it got easier. What helps you?"
POOR = (
    "I went through the exact same thing, only I had it much worse than you, because I overdosed twice and"
    " nobody came. You should do exactly what I did and cut everyone off, like I did. That is the only"
    " thing that works, and I have told lots of people the same thing over and over for years now."
)
SECRET = "Zebra-quilt-7731 happened to me in my first year"
PAYLOADS = ("<script>alert('x')</script>", '<img src=x onerror="alert(1)">', "<b>bold</b> & co")


@pytest.fixture
def item(write_yaml):
    loaded, problems = load_file(
        write_yaml(ITEM, "lessons/01-building-trust/sd-feeling-alone.yaml")
    )
    assert problems == []
    return loaded.model


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    monkeypatch.delenv("PEERKIT_REGION", raising=False)


@pytest.fixture(autouse=True)
def course(tmp_path, monkeypatch):
    """The course-wide files only, plus the test item in lesson 01."""
    data = tmp_path / "data"
    (data / "lessons" / "01-building-trust").mkdir(parents=True)
    course_wide_files(data)
    (data / "lessons" / "01-building-trust" / "sd-feeling-alone.yaml").write_text(
        ITEM, encoding="utf-8"
    )
    monkeypatch.setenv("PEERKIT_DATA", str(data))
    return data


def _statuses(play: DisclosurePlay, text: str) -> dict[str, str]:
    play.write(text)
    return {r.check.name: r.status for r in play.check().results}


# --- the state object -----------------------------------------------------------------------


def test_good_sharing_reads_well_and_marks_what_only_the_learner_can_judge(item):
    """Does brief, hopeful sharing that asks first and hands back meet every automatic point, with two left to the learner?"""
    assert _statuses(DisclosurePlay(item), GOOD) == {
        "helps-peer": "check-yourself",
        "brief": "met",
        "focus-back": "met",
        "hope": "met",
        "no-trauma-detail": "met",
        "no-comparing": "met",
        "no-assuming": "met",
        "timing": "check-yourself",
        "permission": "met",
    }


def test_poor_sharing_misses_every_automatic_point_and_says_why(item):
    """Is long, comparing, assuming, detailed sharing with no question back marked on each point, quoting the words?"""
    play = DisclosurePlay(item)
    play.write(POOR)
    feedback = play.check()
    results = {r.check.name: r for r in feedback.results}
    assert {name for name, r in results.items() if r.status == "not-met"} == {
        "brief",
        "focus-back",
        "hope",
        "no-trauma-detail",
        "no-comparing",
        "no-assuming",
        "permission",
    }
    assert results["brief"].reason.startswith(
        "Your own story takes 3 sentences of 59 words in all."
    )
    assert "a sentence or two: for this exercise, about 30 words at most" in results["brief"].reason
    assert "“overdosed”" in results["no-trauma-detail"].reason
    assert results["no-comparing"].quote.startswith("I went through the exact same thing")
    assert results["no-assuming"].reason.startswith("This assumes your way will suit them.")
    assert [n.heading for n in feedback.coach_notes] == ["Comparing", "Telling them what to do"]
    assert all(n.tone == "reconsider" for n in feedback.coach_notes)
    assert results["helps-peer"].label == "Check this yourself"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I went back to work too. It was hard, and it got easier. What helps you?", "met"),
        ("I went back too. It was hard. It got easier in the end. What helps you?", "not-met"),
        (
            "I went back to work after treatment too and the first weeks were hard but then it got"
            " easier and easier until one day I noticed nobody was looking at me any more. What helps you?",
            "not-met",
        ),
        ("It makes sense to dread it. What would help this week?", "met"),
    ],
)
def test_brevity_follows_the_lessons_sentence_or_two(item, text, status):
    """Is sharing brief by the exercise's limits (two sentences, about 30 words), not a fixed count?"""
    assert _statuses(DisclosurePlay(item), text)["brief"] == status


def test_brevity_limits_come_from_the_exercise_file(write_yaml):
    """Does an exercise that allows one sentence of sharing mark two sentences as not brief?"""
    text = ITEM.replace("sharing: {sentences: 2, words: 30}", "sharing: {sentences: 1, words: 20}")
    loaded, problems = load_file(write_yaml(text))
    assert problems == []
    play = DisclosurePlay(loaded.model)
    statuses = _statuses(
        play, "I went back to work too. It was hard, and it got easier. What helps you?"
    )
    assert statuses["brief"] == "not-met"
    assert _statuses(play, "I went back to work too. What helps you?")["brief"] == "met"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I felt that too. What helps you?", "met"),
        ("I felt that too. What would make this week easier?", "met"),
        ("What helps you? I felt that too.", "not-met"),
        ("I felt that too. Would it help if I told you more?", "not-met"),
        ("I felt that too. Can you believe how hard it was for me?", "met"),
        ("I felt that too. Was I wrong to feel it?", "not-met"),
    ],
)
def test_focus_back_needs_a_closing_question_to_the_peer(item, text, status):
    """Does the focus count as handed back only when the last sentence is a question to the peer?"""
    assert _statuses(DisclosurePlay(item), text)["focus-back"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("What worked for me will work for you.", "not-met"),
        ("I know exactly how you feel.", "not-met"),
        ("Here's what I did: I moved away.", "not-met"),
        ("You need to stop seeing them.", "not-met"),
        ("This helped me, and it may not be what suits you.", "met"),
    ],
)
def test_assuming_phrases_and_telling_them_what_to_do(item, text, status):
    """Is assuming your way will suit them noticed, in set phrases and in directive advice?"""
    assert _statuses(DisclosurePlay(item), text)["no-assuming"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("It got better for me, slowly.", "met"),
        ("Bit by bit I found my feet.", "met"),
        ("It never got better.", "not-met"),
        ("I was lonely for a long time.", "not-met"),
    ],
)
def test_hope_words_count_unless_negated(item, text, status):
    """Do words about change carry hope, except when 'not' or 'never' comes just before them?"""
    assert _statuses(DisclosurePlay(item), text)["hope"] == status


def test_permission_and_sharing_nothing(item):
    """Is asking first recognised, and is sharing nothing of oneself treated as a fair choice that needs no asking?"""
    play = DisclosurePlay(item)
    assert (
        _statuses(play, "Do you mind if I share something? It got easier for me.")["permission"]
        == "met"
    )
    assert _statuses(play, "I had a hard time too. What helps you?")["permission"] == "not-met"
    play.write("It makes sense to feel that way. What would help you this week?")
    feedback = play.check()
    assert not feedback.shares
    assert {r.check.name: r.status for r in feedback.results}["permission"] == "met"
    assert "that is a fair choice" in feedback.summary


def test_only_the_items_checks_are_shown_in_its_order(write_yaml):
    """Does an item that lists three checks get exactly those three, in the order written?"""
    text = ITEM.replace(f"checks: [{ALL_CHECKS}]", "checks: [timing, brief, hope]")
    loaded, problems = load_file(write_yaml(text))
    assert problems == []
    play = DisclosurePlay(loaded.model)
    play.write(GOOD)
    assert [r.check.name for r in play.check().results] == ["timing", "brief", "hope"]


def test_empty_and_crisis_text_get_no_checking(item):
    """Does an empty box ask for writing, and do words of crisis stop the checking?"""
    play = DisclosurePlay(item)
    assert play.check().empty and play.check().results == ()
    play.write("I want to end it all.")
    feedback = play.check()
    assert feedback.crisis and feedback.results == ()
    play.write("Years ago I wanted to end my life; what helped was talking. What helps you?")
    assert not play.check().crisis


def test_self_rating_gives_guidance_not_a_score(item):
    """Does ticking points give guidance on each (encouragement when ticked, how to meet it when not), never a count?"""
    play = DisclosurePlay(item)
    rating = play.rate(["brief", "hope"])
    by_name = {r.check.name: r for r in rating.ratings}
    assert [r.check.name for r in rating.ratings] == list(DISCLOSURE_CHECKS)
    assert by_name["brief"].ticked and by_name["brief"].guidance == CHECKS["brief"].affirm
    assert (
        not by_name["permission"].ticked
        and by_name["permission"].guidance == CHECKS["permission"].guidance
    )
    assert not re.search(r"\d", rating.summary)
    assert play.rate(DISCLOSURE_CHECKS).summary.startswith("You ticked every point.")
    with pytest.raises(PlayError, match="no check 'brif'"):
        play.rate(["brif"])
    play.write("I can't go on anymore.")
    assert play.rate([]).crisis


def test_progress_state_is_empty(item):
    """Does the exercise keep no record at all of what was written or ticked?"""
    play = DisclosurePlay(item)
    play.write(SECRET)
    play.check()
    assert play.to_state() == {}


def test_every_check_and_principle_cites_known_sources():
    """Does every checklist point and coaching principle cite source items and references that exist?"""
    assert list(CHECKS) == list(DISCLOSURE_CHECKS)
    sources = {s.id for s in load_file(DATA / "source_items.yaml")[0].model.items}
    references = {r.id for r in load_file(DATA / "references.yaml")[0].model.references}
    cited = [(c.sources, c.references) for c in CHECKS.values()]
    cited += [(w.principle.sources, w.principle.references) for w in WORDS.values()]
    for item_sources, item_references in cited:
        assert set(item_sources) <= sources and set(item_references) <= references
        assert item_sources or item_references


def test_every_point_has_its_rule_and_only_the_learners_points_are_manual():
    """Has every checklist point a rule, automatic exactly where its words say what is checked?"""
    assert set(RULES) == set(DISCLOSURE_CHECKS)
    manual = {name for name, rule in RULES.items() if rule is _manual}
    assert manual == set(MANUAL_CHECKS)
    assert {name for name, info in CHECKS.items() if not info.automatic} == manual


# --- validation ---------------------------------------------------------------------------------


def test_a_check_name_far_from_any_lists_them_all(write_yaml):
    """Is a check name that resembles none of the points answered with the full list of names?"""
    problems = validate(write_yaml(ITEM.replace(f"checks: [{ALL_CHECKS}]", "checks: [honesty]")))
    assert [f"{p.problem} - {p.fix}" for p in problems] == [
        "'honesty' is not a point of the self-disclosure checklist - use one of: brief, focus-back, helps-peer,"
        " hope, no-assuming, no-comparing, no-trauma-detail, permission, timing"
    ]


# --- the live view ---------------------------------------------------------------------------------


def test_view_check_writes_every_point_in_a_status_region(item):
    """Does "Check what I would share" write each point, its result in words and the reason, then show examples?"""
    view = new_view(item)
    assert view.answers.value == ""
    view.check(GOOD)
    html = view.feedback.value
    assert html.startswith('<div role="status" aria-live="polite">')
    for info in CHECKS.values():
        assert escape(info.question) in html
    assert (
        html.count("<em>Looks met.</em>") == 7 and html.count("<em>Check this yourself.</em>") == 2
    )
    assert "There is no pass mark" in html
    for answer in item.model_answers:
        assert escape(answer.text) in view.answers.value


def test_only_the_automatic_check_says_the_checker_is_a_rough_guide(item):
    """Is the checker's reminder under the automatic check, and not under the learner's own ticks?"""
    view = new_view(item)
    view.check(GOOD)
    assert view.feedback.value.count(escape(CHECKER_CAVEAT)) == 1
    view.mode.value = "self"
    view.rate(["brief"])
    assert escape(CHECKER_CAVEAT) not in view.feedback.value
    view.mode.value = "auto"
    view.check("Nobody would miss me if I was gone.")
    assert escape(CHECKER_CAVEAT) not in view.feedback.value


def test_view_self_rated_mode(item):
    """Does the self-rated mode show one checkbox per point and give guidance on the ticks by its button?"""
    view = new_view(item)
    assert view.ratings.layout.display == "none"
    view.mode.value = "self"
    assert view.ratings.layout.display is None
    assert view.check_button.description == "Get guidance on my ratings"
    assert [box.description for box in view.boxes.values()] == [c.question for c in CHECKS.values()]
    view.rate(["helps-peer", "timing"])
    html = view.feedback.value
    assert 'role="status"' in html
    assert html.count("You ticked this.") == 2 and html.count("Not ticked yet.") == 7
    assert escape(CHECKS["brief"].guidance) in html
    assert view.answers.value != ""
    view.mode.value = "auto"
    assert view.check_button.description == "Check what I would share"


def test_view_start_again_clears_text_ticks_and_feedback(item):
    """Does Start again clear the box, the ticks, the feedback and the examples?"""
    view = new_view(item)
    view.rate(["brief"])
    view.check(GOOD)
    view.restart_button.click()
    assert view.sharing.value == "" and not any(b.value for b in view.boxes.values())
    assert view.answers.value == "" and "cleared" in view.feedback.value


def test_view_crisis_answer_in_both_modes(item, monkeypatch):
    """Do words of crisis bring up the region's crisis panel, in the automatic and the self-rated mode alike?"""
    monkeypatch.setenv("PEERKIT_REGION", "au")
    panel = peerkit.crisis_resources()._repr_mimebundle_()["text/html"]
    view = new_view(item)
    view.check("Nobody would miss me if I was gone.")
    assert panel in view.feedback.value and "Looks met" not in view.feedback.value
    assert view.answers.value == ""
    view.rate(["brief"])
    assert panel in view.feedback.value and "You ticked this." not in view.feedback.value


@pytest.mark.parametrize("payload", PAYLOADS)
def test_learner_text_is_escaped_wherever_it_is_shown(item, payload):
    """Is markup in the learner's sharing shown as text in every quote of the feedback, and never as markup?"""
    view = new_view(item)
    text = (
        f"I went through the exact same thing {payload}, I had it much worse than you. You should {payload}"
        f" too. What do you think about {payload}?"
    )
    feedback = view.check(text)
    assert any(r.quote for r in feedback.results)
    view.save()
    for widget in (view.feedback, view.answers, view.saved, view.scenario, view.title):
        assert payload not in widget.value
    assert escape(payload) in view.feedback.value


def test_learner_text_is_not_in_the_displayed_static_html():
    """After checking, is the learner's sharing absent from the output's text/html and text/plain?"""
    shown = peerkit.show("sd-feeling-alone")
    shown.view.check(SECRET + ". What helps you?")
    shown.view.rate(["brief"])
    bundle = shown._repr_mimebundle_()
    assert "Zebra" not in bundle["text/html"] and "Zebra" not in bundle["text/plain"]
    assert bundle["text/plain"].startswith("Self-disclosure check: Nobody gets it (interactive:")


def test_journal_saves_only_on_click(item, caplog, capsys):
    """Is the sharing stored in the private journal only when Save is pressed, with nothing logged or printed?"""
    caplog.set_level(logging.DEBUG)
    view = peerkit.show(item.id).view  # as a lesson shows it: entries are filed under the lesson
    view.check(SECRET + ". What helps you?")
    assert not default_path().exists()
    view.save()
    assert [(e.lesson_id, e.prompt_id, e.prompt_text) for e in Store.open().entries()] == [
        ("01-building-trust", "sd-feeling-alone", item.prompt)
    ]
    out, err = capsys.readouterr()
    assert "Zebra" not in out + err + caplog.text + view.saved.value


# --- the handout -------------------------------------------------------------------------------------


def test_static_disclosure_lays_out_scenario_checklist_and_folded_examples(item):
    """Does the handout show the scenario, prompt and checklist, with the examples folded (open for facilitators)?"""
    learner = render_item(item, "learner")
    assert "Self-disclosure check: Nobody gets it" in learner
    assert "could understand how alone I feel" in learner
    assert escape(item.prompt) in learner
    for info in CHECKS.values():
        assert escape(info.question) in learner
    assert "Teaches:" not in learner and "S004-27" not in learner  # codes: facilitators only
    assert learner.count("<details>") == 1
    assert "When would you choose not to share at all?" not in learner
    facilitator = render_item(item, "facilitator")
    assert facilitator.count("<details open>") == 1
    assert "When would you choose not to share at all?" in facilitator
    assert "Teaches: S004-27, S003-33, SRC-32" in facilitator
