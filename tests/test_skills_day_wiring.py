"""The skills day wired in: notebook calls, the facilitator pack, the self-assessment, the command.

Questions about what each edition shows (the learner edition never the facilitator's
sheets), what the pack holds, what "Save to my journal" keeps, and what
``peerkit evaluation`` prints, answered without a kernel.
"""

from __future__ import annotations

import re

import pytest

import peerkit
from peerkit.api import FACILITATOR_FUNCTIONS, RenderContext, render_call, using
from peerkit.api._skills_day import SelfAssessment, read_skills_day
from peerkit.cli._main import main
from peerkit.content import load_library
from peerkit.content._cells import CellProblem, parse_cell
from peerkit.handouts._build import render_pack
from peerkit.journal import Keeper
from peerkit.widgets._self_check import SelfCheckView
from tests.conftest import DATA

SOURCE_CODE = re.compile(r"\b(?:SRC-\d\d|S00\d-\d\d)\b")


@pytest.fixture(scope="module")
def library():
    return load_library(DATA)


@pytest.fixture(scope="module")
def day(library):
    return read_skills_day(library)


def _html(library, call: str, edition: str) -> str:
    ctx = RenderContext(library, edition=edition, mode="handout", strict=True)
    return render_call(ctx, parse_cell(call))


def _sheets(html: str) -> list[str]:
    """Each printed sheet of ``html``, from its opening tag to the next one."""
    return re.split(r'(?=<section class="pk-item pk-sheet)', html)[1:]


def test_the_facilitators_sheets_are_facilitator_only(library, day):
    """Does every skills-day call but the self-assessment give nothing in the learner edition?"""
    calls = [
        f'peerkit.triad("{day.triads[0].id}")',
        "peerkit.skills_check()",
        "peerkit.day_evaluation()",
        "peerkit.printables()",
        "peerkit.facilitator_pack()",
    ]
    for call in calls:
        assert parse_cell(call).name in FACILITATOR_FUNCTIONS
        assert _html(library, call, "learner") == ""
        assert 'class="pk-item pk-sheet' in _html(library, call, "facilitator")
    assert "self_assessment" not in FACILITATOR_FUNCTIONS


def test_a_triad_shows_a_cover_then_three_cards_and_the_observer_sheet(library, day):
    """Is a triad five sheets, the cover first with the timing, debrief and notes, and are the
    sheets handed to learners free of facilitator notes and source codes?"""
    triad = next(t for t in day.triads if t.crisis)
    sheets = _sheets(_html(library, f'peerkit.triad("{triad.id}")', "facilitator"))
    assert [
        re.search(r'id="pk-[a-z0-9-]+-(cover|speaker|supporter|observer|sheet)"', s)[1]
        for s in sheets
    ] == [
        "cover",
        "speaker",
        "supporter",
        "observer",
        "sheet",
    ]
    cover, *handed_out = sheets
    assert f"{triad.timing.total} minutes" in cover
    assert all(q.replace("'", "&#39;") in cover for q in triad.debrief)
    for sheet in handed_out:
        assert not SOURCE_CODE.search(sheet)
        assert "Debrief questions" not in sheet
    speaker = handed_out[0]
    assert triad.content_note and "Content note:" in speaker
    rules = day.rules.set(triad.rules)
    assert rules.title in speaker and "Your lines" in speaker
    observer_sheet = handed_out[3]
    assert observer_sheet.count('<td class="pk-tick">') == len(triad.observer_sheet.behaviors)
    assert observer_sheet.count("<span></span>") >= 4 * len(triad.observer_sheet.behaviors)


def test_an_unknown_triad_is_named_with_a_fix(library):
    """Does a misspelt triad id give the guide's plain message, naming the closest id?"""
    with pytest.raises(CellProblem) as raised:
        _html(library, 'peerkit.triad("triad-03-oar")', "facilitator")
    assert "there is no triad 'triad-03-oar'" in raised.value.problem
    assert raised.value.fix == "did you mean 'triad-03-oars'?"


def test_the_pack_holds_every_sheet_in_lesson_order(library, day):
    """Is the pack a contents page, five sheets a triad in lesson order, two for the skills
    check, two for the evaluation and one per printable?"""
    page = render_pack(library, None)
    sheets = _sheets(page)
    expected = 1 + 5 * len(day.triads) + 2 + 2 + len(day.printables.items)
    assert len(sheets) == expected
    lessons = [t.lesson for t in day.triads]
    assert lessons == sorted(lessons)
    covers = re.findall(r'id="pk-(triad-[a-z0-9-]+)-cover"', page)
    assert covers == [t.id for t in day.triads]
    assert (
        "Facilitator edition" in page
        and '<meta name="generator" content="peerkit handouts">' in page
    )


def test_the_evaluation_form_lists_the_days_parts_and_asks_nothing_personal(library, day):
    """Does the form tick-list hold each lesson and each role-play, and carry no name line?"""
    html = _html(library, "peerkit.day_evaluation()", "facilitator")
    form = _sheets(html)[0]
    for triad in day.triads:
        assert f"Role-play: {triad.title}".replace("'", "&#39;") in form
    assert not re.search(r"Name:|Initials:|Signature:", form)
    assert "peerkit evaluation --blank" in html


# --- the learner's self-assessment --------------------------------------------------------------


def test_the_self_assessment_is_a_sheet_on_paper(library):
    """Does a learner handout show the self-assessment as a sheet to fill in by hand?"""
    html = _html(library, "peerkit.self_assessment()", "learner")
    assert "my self-assessment" in html and "fill in this sheet by hand" in html
    assert html.count('class="pk-rubric-row"') == 6


def test_saving_the_self_assessment_keeps_one_private_entry_and_empties_the_form(home, day):
    """Does "Save to my journal" keep one entry (levels in the learner's words, the answers),
    say so without repeating them, and empty every choice and box?"""
    keeper = Keeper()
    view = SelfCheckView(day.rubric, lesson_id="00-welcome", keeper_=keeper)
    assert not view.save().ok  # nothing chosen or written: nothing saved
    assert keeper.store(create=False) is None
    view.rate("reflect", 3)
    view.rate("ask-about-suicide", None)
    view.write(0, "Reflecting before I ask.")
    message = view.save()
    assert message.ok and "Reflecting" not in message
    (entry,) = keeper.store().entries()
    assert entry.lesson_id == "00-welcome" and entry.prompt_id == "skills-self-check"
    assert f"Reflect: 3 of 4, Solid. {day.rubric.item('reflect').self_[3]}" in entry.text
    assert "Reflecting before I ask." in entry.text
    assert all(radios.value is None for radios in view.levels.values())
    assert all(box.value == "" for box in view.answers)
    assert view.play.is_empty


def test_the_self_assessment_block_is_live_in_a_kernel(home, library):
    """Does peerkit.self_assessment() give the live form in a kernel, and the sheet as its HTML?"""
    ctx = RenderContext(library, edition="learner", mode="lab", strict=True)
    with using(ctx):
        block = peerkit.self_assessment()
    assert isinstance(block, SelfAssessment)
    assert block.live_widget(ctx) is block.view.widget
    assert "my self-assessment" in block.static_html(ctx)


# --- peerkit evaluation ---------------------------------------------------------------------


def test_the_command_writes_a_blank_sheet_then_sums_it_up(tmp_path, capsys):
    """Does --blank write the header row (and refuse to overwrite), and does the summary count
    the typed forms?"""
    sheet = tmp_path / "forms.csv"
    assert main(["evaluation", "--blank", str(sheet)]) == 0
    assert sheet.read_text(encoding="utf-8").startswith("form,expected,")
    assert main(["evaluation", "--blank", str(sheet)]) == 1
    assert "already exists" in capsys.readouterr().err
    with sheet.open("a", encoding="utf-8") as handle:
        handle.write("1,4,4,4,4,4,4,3,Lesson 01\n2,2,4,4,4,4,4,3,Lesson 01;Lesson 03\n")
    assert main(["evaluation", str(sheet), "--course", "One-day introduction"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('Summary of "How was today?": 2 forms (One-day introduction)')
    assert (
        "The day was what I expected from its description. 1 of 2 said mostly or completely" in out
    )
    assert "Most useful parts: Lesson 01 (2, everyone); Lesson 03 (1, about half)." in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["evaluation"], "give the CSV file of typed forms"),
        (["evaluation", "nowhere.csv"], "there is no file nowhere.csv"),
    ],
)
def test_the_command_says_what_is_wrong_in_one_sentence(
    args, message, capsys, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
