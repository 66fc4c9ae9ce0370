"""The learner's journal under faults: races, stopped and failed exports, damage, unsafe places.

Nothing a learner wrote may be lost or deleted without being counted in the
question they answered, and every place the journal cannot be used gets a plain
message: on the command line, in the notebook and under the Save button.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

import pytest

from peerkit.api import new_view
from peerkit.content import Journal
from peerkit.journal import (
    HOME_ENV,
    JournalDesk,
    Keeper,
    Store,
    StoreProblem,
    cli_delete,
    cli_export,
    cli_where,
)
from peerkit.journal import _export as export_module
from peerkit.journal import _location as location_module
from peerkit.practice import JournalPlay
from peerkit.widgets import JournalPanel
from tests.bench_scripts import load_bench

robustness = load_bench("robustness")

PROMPT = Journal(
    schema_version=1, type="journal", id="what-helped", title="What helped", prompt="What helped?"
)

pytestmark = pytest.mark.usefixtures("home")  # tests/conftest.py: a fresh store and keeper


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "journal" / "journal.db"


def _store(path: Path, entries: int) -> Store:
    store = Store.open(path, allow_inside_project=True)
    for number in range(entries):
        store.add_entry("01-building-trust", "p", "A prompt", f"entry {number}")
    return store


# --- delete all: exactly what was counted ------------------------------------------------


def test_delete_all_keeps_entries_saved_while_the_question_was_read(path):
    """'Delete all 3 entries?' answered yes while another notebook saves 2: are exactly 3 deleted?"""
    store = _store(path, 3)
    asked = []

    def confirm(question: str) -> bool:
        asked.append(question)
        store.add_entry("02", "p", "P", "saved from another notebook")
        store.add_entry("02", "p", "P", "and another")
        return True

    message = cli_delete(confirm, location=path)
    assert asked == [f"Delete all 3 journal entries kept at {path}? This cannot be undone."]
    assert str(message) == (
        "Deleted 3 journal entries. 2 journal entries saved since you were asked were kept."
        " Your progress in the exercises was kept."
    )
    assert [e.text for e in store.entries()] == ["saved from another notebook", "and another"]


def test_the_delete_all_button_deletes_what_its_question_counted(path):
    store = _store(path, 3)
    desk = JournalDesk(Keeper(path), titles={})
    assert desk.delete_question().startswith("Delete all 3 journal entries")
    store.add_entry("02", "p", "P", "saved meanwhile")
    assert desk.delete_all().startswith("Deleted 3 journal entries. 1 journal entry saved since")
    assert [e.text for e in store.entries()] == ["saved meanwhile"]


def test_the_delete_all_button_never_deletes_without_a_question(path):
    store = _store(path, 2)
    message = JournalDesk(Keeper(path), titles={}).delete_all()
    assert not message.ok and len(store.entries()) == 2


# --- export: all or nothing -------------------------------------------------------------


def _left_over(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_an_export_that_runs_out_of_disk_leaves_the_old_file_and_no_part(
    path, tmp_path, monkeypatch
):
    """With the disk full mid-export, is the old export kept, nothing half-written left, and a retry fine?"""
    _store(path, 5)
    target = tmp_path / "out" / "journal.md"
    target.parent.mkdir()
    target.write_text("the old export")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module.os, "fsync", full)
    message = cli_export(target, overwrite=True, location=path)
    assert not message.ok
    assert str(message) == (
        f"peerkit could not write {target}: there is not enough space on the disk. The file that"
        " was there is unchanged. Free some space, or choose a place on another disk, then try again."
    )
    assert target.read_text() == "the old export" and _left_over(target.parent) == []
    monkeypatch.undo()
    assert cli_export(target, overwrite=True, location=path).ok
    assert "entry 4" in target.read_text()


def test_a_failed_new_export_leaves_no_file_so_a_retry_is_not_refused(path, tmp_path, monkeypatch):
    _store(path, 5)
    target = tmp_path / "journal.md"
    monkeypatch.setattr(
        export_module.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.EFBIG, "too big"))
    )
    assert "there is not enough space on the disk. No file was left behind." in str(
        cli_export(target, location=path)
    )
    assert not target.exists() and _left_over(tmp_path) == []
    monkeypatch.undo()
    assert cli_export(target, location=path).ok


def test_an_export_stopped_before_it_takes_its_name_changes_nothing(path, tmp_path, monkeypatch):
    """Stopped (Ctrl+C, a kill) after writing but before the rename: is the old file untouched?"""
    _store(path, 3)
    target = tmp_path / "journal.md"
    target.write_text("the old export")

    def stopped(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(export_module.os, "replace", stopped)
    with pytest.raises(KeyboardInterrupt):
        cli_export(target, overwrite=True, location=path)
    assert target.read_text() == "the old export" and _left_over(tmp_path) == []


def test_a_part_file_left_by_a_killed_export_is_cleaned_up_later(path, tmp_path):
    _store(path, 1)
    target = tmp_path / "journal.md"
    stale = tmp_path / ".journal.md.abc123.part"
    stale.write_text("half")
    os.utime(stale, (0, 0))
    assert cli_export(target, location=path).ok
    assert not stale.exists()


def test_an_export_without_overwrite_never_replaces_a_file(path, tmp_path):
    _store(path, 1)
    target = tmp_path / "journal.md"
    target.write_text("mine")
    assert not cli_export(target, location=path).ok
    assert target.read_text() == "mine"


# --- a damaged store is salvaged --------------------------------------------------------


def test_a_damaged_index_page_loses_nothing(tmp_path):
    """One damaged index page in a 500-entry journal: are all 500 entries in the new store, and is the learner told?"""
    figures = robustness.salvage_figures(tmp_path, 500, "index")
    assert figures["recovered"] == 500 and figures["integrity"] == "ok"
    assert (
        "a new journal was started with the 500 journal entries that could still be read."
        in figures["notice"]
    )


def test_a_damaged_table_page_loses_only_its_own_entries(tmp_path):
    figures = robustness.salvage_figures(tmp_path, 500, "table")
    recovered = figures["recovered"]
    assert 450 <= recovered < 500
    assert (
        f"with the {recovered} journal entries that could still be read ({500 - recovered} journal"
        " entries could not be read; the old file is kept as it was)" in figures["notice"]
    )


def test_salvaged_entries_keep_their_numbers_dates_and_progress(tmp_path):
    path = tmp_path / "journal" / "journal.db"
    store = _store(path, 3)
    store.save_progress("01", "quiz", "quiz", {"answers": [1]})
    before = store.entries()
    robustness._damage_page(path, robustness._page_of(path, "entries_by_lesson"), 4096)
    reopened = Store.open(path, allow_inside_project=True)
    assert reopened.entries() == before
    assert [r.state for r in reopened.progress()] == [{"answers": [1]}]
    assert "the 3 journal entries and 1 saved exercise answer that could still be read" in (
        reopened.recovered.message
    )


# --- places the journal cannot be kept ------------------------------------------------------


def test_a_loose_store_file_is_made_owner_only_on_open(path):
    _store(path, 1)
    path.chmod(0o644)
    Store.open(path, allow_inside_project=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_system_folder_is_refused_everywhere(monkeypatch):
    """With PEERKIT_HOME=/etc, do the command line, the notebook panel and Save all say why, creating nothing?"""
    monkeypatch.setenv(HOME_ENV, "/etc")
    existed = Path("/etc/journal").exists()
    why = (
        "Your journal cannot be kept at /etc/journal/journal.db: /etc is a system folder, shared by"
        " every account on this computer, not a private one."
    )
    assert not cli_where().ok and str(cli_where()).startswith(why)
    view = new_view(PROMPT, play=JournalPlay(PROMPT, "01"))
    view.write("words")
    assert not view.save().ok and why in view.feedback.value
    assert why in JournalPanel(JournalDesk(titles={})).notice_html()
    assert Path("/etc/journal").exists() == existed


def test_a_folder_this_account_cannot_open_is_said_everywhere(tmp_path, monkeypatch):
    """Behind a folder that cannot be opened, do where, Save and the panel give the reason, not a traceback?"""
    locked = tmp_path / "locked"
    (locked / "inner").mkdir(parents=True)
    monkeypatch.setenv(HOME_ENV, str(locked / "inner"))
    real = os.access
    monkeypatch.setattr(
        location_module.os, "access", lambda p, mode: False if Path(p) == locked else real(p, mode)
    )
    why = f"peerkit cannot reach your journal at {locked}/inner/journal/journal.db: this account may not open the folder {locked}."
    assert str(cli_where()).startswith(why)
    view = new_view(PROMPT, play=JournalPlay(PROMPT, "01"))
    view.write("words")
    message = view.save()
    assert (
        not message.ok and why in str(message) and "Your entry is still in the box." in str(message)
    )
    assert why in JournalPanel(JournalDesk(titles={})).notice_html()


@pytest.mark.skipif(
    not hasattr(os, "getuid") or os.getuid() != 0,
    reason="needs root to give a folder to another user",
)
def test_another_users_folder_is_refused(tmp_path, monkeypatch):
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    os.chown(theirs, 65534, 65534)
    theirs.chmod(0o777)
    monkeypatch.setenv(HOME_ENV, str(theirs))
    assert f"the folder {theirs} belongs to another user, who could read what you write." in str(
        cli_where()
    )
    with pytest.raises(StoreProblem, match="belongs to another user"):
        Store.open()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: os.mkfifo(p), "that is a named pipe (FIFO), not an ordinary file"),
        (lambda p: p.symlink_to(p.parent / "elsewhere.db"), "which does not exist"),
        (lambda p: p.mkdir(), "that is a folder, not a file"),
    ],
)
def test_something_else_where_the_store_should_be_is_named(path, make, says):
    """Is a pipe (which would hang), a link to nothing or a folder named instead of opened?"""
    path.parent.mkdir(parents=True)
    make(path)
    with pytest.raises(StoreProblem, match=re.escape(says)):
        Store.open(path, allow_inside_project=True)
