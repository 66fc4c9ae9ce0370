"""The first-meeting agreement builder (lesson 07): picks, own words, the script, and privacy."""

from __future__ import annotations

import json

import pytest

from peerkit.content import AgreementBuilder, load_library
from peerkit.practice import AgreementPlay


@pytest.fixture(scope="module")
def item() -> AgreementBuilder:
    found = load_library().items["first-meeting-agreement"]
    assert isinstance(found, AgreementBuilder)
    return found


def _right(item):
    return {p.id: next(o.id for o in p.options if o.verdict == "follows") for p in item.parts}


def test_the_right_sentences_make_a_script_of_about_a_minute_with_no_note(item):
    """Do the honest sentences, put together, take under a minute and earn no note?"""
    play = AgreementPlay(item)
    for part_id, option_id in _right(item).items():
        assert play.pick(part_id, option_id).option.verdict == "follows"
    script = play.build()
    assert script.notes == () and script.skipped == ()
    assert 80 <= script.words <= 150
    assert script.spoken_time == "about 40 seconds"


@pytest.mark.parametrize(
    ("words", "said"),
    [(10, "about 5 seconds"), (150, "about a minute"), (200, "about 1 minute 20 seconds")],
)
def test_the_spoken_time_is_said_in_words(item, words, said):
    """Is the time to say the script given as people would say it, at 150 words a minute?"""
    play = AgreementPlay(item)
    play.write(item.parts[0].id, " ".join(["private"] * words))
    assert play.build().spoken_time == said


def test_each_right_sentence_written_as_own_words_earns_no_note(item):
    """Would a learner who types the honest sentences themselves get no note and no coach warning?"""
    for part in item.parts:
        for option in part.options:
            if option.verdict == "follows":
                result = AgreementPlay(item).write(part.id, option.text)
                assert result.notes == () and result.coach == (), (part.id, result)


def test_the_model_script_earns_no_note(item):
    """Does the model script, sentence by sentence as own words, earn no promise or coach note?"""
    play = AgreementPlay(item)
    play.write(item.parts[0].id, item.model_script.text)
    result = play.result(item.parts[0].id)
    assert result.notes == () and result.coach == ()


def test_a_promise_of_secrecy_in_own_words_is_to_reconsider_and_quoted(item):
    """Is "it stays between us" in the learner's own words named, with their words quoted back?"""
    result = AgreementPlay(item).write(
        "what-stays-private", "Whatever you say here stays between us."
    )
    [note] = [n for n in result.notes if n.name == "promise"]
    assert note.tone == "reconsider" and '"stays between us"' in note.message


def test_a_sentence_that_misses_its_part_gets_a_gentle_prompt_never_a_verdict(item):
    """Does a sentence with none of a part's key words get a question, not 'reconsider'?"""
    result = AgreementPlay(item).write("exceptions", "We can talk about anything you like.")
    assert [(n.name, n.tone) for n in result.notes] == [("not-covered", "note")]
    assert "What will you say about safety and the law?" in result.notes[0].message


def test_the_coach_names_minimizing_in_own_words(item):
    """Does the response coach's minimizing note reach an own-words sentence?"""
    result = AgreementPlay(item).write("check-in", "Don't worry, it's no big deal, any questions?")
    assert [n.label for n in result.coach] == ["minimizing"]


def test_a_long_script_and_skipped_parts_are_noticed(item):
    """Are a script past 150 words and parts left out named in the notes?"""
    play = AgreementPlay(item)
    play.write("notes", "I write notes for our records. " * 30)
    names = {n.name: n.message for n in play.build().notes}
    assert set(names) == {"long", "skipped"}
    assert (
        "what stays private" in names["skipped"] and "checking that it landed" in names["skipped"]
    )


def test_a_silent_pick_says_nothing_for_its_part(item):
    """Does picking 'leave this part out' add no words to the script, and show its feedback?"""
    play = AgreementPlay(item)
    result = play.pick("exceptions", "no-exceptions-mentioned")
    assert result.said == "" and result.option.verdict == "breaks"
    assert "(Leave" not in play.build().text


def test_a_pick_and_own_words_replace_each_other(item):
    """Does writing own words replace a pick for that part, and picking replace own words?"""
    play = AgreementPlay(item)
    play.pick("notes", "no-notes")
    assert play.write("notes", "I write short notes.").option is None
    assert play.pick("notes", "short-notes-you-can-read").own == ""
    with pytest.raises(ValueError, match="not an option of part 'notes'"):
        play.pick("notes", "no-such-option")
    with pytest.raises(ValueError, match="not a part of this exercise"):
        play.write("note", "x")


def test_nothing_picked_or_written_is_in_the_saved_state(item):
    """Does the progress state hold only whether a script was built, never words or picks?"""
    play = AgreementPlay(item)
    play.write("notes", "My notes 9921 are short.")
    play.pick("who-else", "nobody-else")
    play.build()
    state = play.to_state()
    assert state == {"tried": True}
    assert "9921" not in json.dumps(state) and "nobody-else" not in json.dumps(state)
    assert AgreementPlay.from_state(item, state).build().text == ""
    assert "9921" in play.journal_text()


def test_each_part_is_a_scored_decision_for_the_cue_checks(item):
    """Are the agreement's parts counted by item_cues and validate's length and position checks?"""
    from peerkit.content._cues import item_decisions

    found, _ = item_decisions(item)
    assert [d.where for d in found] == [f"{item.id}/{p.id}" for p in item.parts]
    assert all(d.kind == "agreement" and sum(d.right) == 1 and not d.too_long() for d in found)


def test_the_learner_s_own_crisis_words_get_support_not_notes(item):
    """If own words show signs of the learner's own crisis, is there no coaching (a view shows support)?"""
    result = AgreementPlay(item).write("notes", "Honestly I can't go on like this anymore.")
    assert result.crisis and result.notes == () and result.coach == ()
    assert not AgreementPlay(item).write("exceptions", item.parts[4].options[1].text).crisis
