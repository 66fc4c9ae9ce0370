"""The teaching text of the coach and the journal lives in data/, where validate checks it.

The words are read the first time they are needed, from the data folder in use, so the
coach still runs on its own (bench scripts, ``peerkit.coach.analyze``); a missing file
is named in one plain line, and an edit shows without a restart. tests/content/invalid/
holds one file per mistake the file checks catch (completeness, codes, promises...).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from peerkit.coach import analyze, feedback
from peerkit.content import ContentError, validate
from peerkit.content._teaching import teaching_text
from peerkit.content._teaching_models import TEACHING_FILES, JournalTexts
from peerkit.practice import CHECKS
from peerkit.practice._note_feedback import RULES
from tests.conftest import ROOT, course_wide_files


def test_importing_the_coach_reads_no_teaching_file():
    """Do the coach, the practice rules and the views read their words only when first used?"""
    code = (
        "import peerkit, peerkit.coach, peerkit.practice, peerkit.static, peerkit.widgets\n"
        "from peerkit.content import _teaching\n"
        "print(_teaching._read.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "0"


def test_the_words_come_from_the_data_folder_in_use(tmp_path, monkeypatch):
    """Does an edit to a copied data folder show in the coach, the record notes and the journal?"""
    data = course_wide_files(tmp_path / "data")
    monkeypatch.setenv("PEERKIT_DATA", str(data))
    reply = data / "coach" / "reply-messages.yaml"
    reply.write_text(
        reply.read_text(encoding="utf-8").replace(
            "You asked an open question.", "You asked a wide-open question."
        ),
        encoding="utf-8",
    )
    notes = data / "coach" / "feedback-notes.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8").replace("The person's own words", "In their words"),
        encoding="utf-8",
    )
    journal = data / "shared" / "journal-texts.yaml"
    journal.write_text(
        journal.read_text(encoding="utf-8").replace("Leave out names", "Please leave out names"),
        encoding="utf-8",
    )
    asked = next(f for f in analyze("What has this week been like?").findings)
    assert asked.message.startswith("You asked a wide-open question.")
    assert next(r for r in RULES if r.behaviour == "quotes-person").heading == "In their words"
    assert teaching_text(JournalTexts).journal_reminder.startswith("Please leave out names")


USES = {
    "coach/reply-messages.yaml": lambda: analyze("What has this week been like?"),
    "coach/feedback-notes.yaml": lambda: feedback("What has this week been like?"),
    "coach/disclosure-checklist.yaml": lambda: CHECKS["brief"],
    "shared/journal-texts.yaml": lambda: teaching_text(JournalTexts).journal_on_paper,
}
"""Something that needs the words of each file."""


@pytest.mark.parametrize("relative", sorted(TEACHING_FILES.values()))
def test_a_data_folder_without_the_file_gets_one_plain_line(tmp_path, monkeypatch, relative):
    """Does an older data folder without a teaching-text file name that file, with the fix, rather than crash?"""
    data = course_wide_files(tmp_path / "data")
    (data / relative).unlink()
    monkeypatch.setenv("PEERKIT_DATA", str(data))
    with pytest.raises(ContentError) as raised:
        USES[relative]()
    [problem] = raised.value.problems
    assert problem.file.endswith(f"data/{relative}") and problem.line == 1
    assert str(problem).endswith(
        "this file is missing, and the coach and journal take their words from it - copy"
        f" data/{relative} from the peerkit project into your data folder"
    )


def test_the_course_wide_wording_rules_apply_to_the_teaching_text(course_copy):
    """Do safe messaging and clean text, checked line by line in the course, cover these files too?"""
    data = course_copy / "data"
    notes = data / "coach" / "feedback-notes.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8").replace(
            "Asking plainly, with the word,", "Asking whether someone plans to commit suicide,"
        ),
        encoding="utf-8",
    )
    journal = data / "shared" / "journal-texts.yaml"
    journal.write_text(
        journal.read_text(encoding="utf-8").replace("somewhere private", "somewhere privateâ€"),
        encoding="utf-8",
    )
    found = [f"{p.file.split('data/')[-1]}: {p.problem}" for p in validate(data)]
    assert found == [
        'coach/feedback-notes.yaml: "commit suicide" goes against safe messaging',
        "shared/journal-texts.yaml: the text has encoding damage ('â€')",
    ]
