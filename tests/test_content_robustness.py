"""Content that cannot be committed as a fixture, and how loading fails: once, cleanly, cached.

The fixtures in tests/content/invalid pin one message per kind of mistake. What is
here cannot live in a fixture (pipes, links to nothing, files over the size limit)
or is about how validation behaves as a whole: what it refuses to walk, what it
skips, how YAML numbers are read, and that a failed load is reported once.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from peerkit.content import ContentError, _load, load_file, load_library, validate
from peerkit.content._yaml import MAX_FILE_BYTES, read_yaml_bytes
from tests.conftest import DATA

NOTE = "schema_version: 1\ntype: note\nid: a-note\ntitle: A note\ntext: Some words.\n"


def _only(problems) -> str:
    assert len(problems) == 1, [str(p) for p in problems]
    return f"{problems[0].line}: {problems[0].problem} - {problems[0].fix}"


def test_a_named_pipe_is_named_not_read(tmp_path):
    """Is a pipe called .yaml reported without being opened for reading (which would hang)?"""
    os.mkfifo(tmp_path / "pipe.yaml")
    assert _only(validate(tmp_path / "pipe.yaml")) == (
        "1: this is a named pipe (FIFO), not an ordinary file - content files are plain text files:"
        " delete it, or replace it with the .yaml file it stands for"
    )


def test_a_pipe_among_content_files_is_reported(tmp_path):
    """In a folder, is a pipe reported as a problem instead of being skipped in silence?"""
    (tmp_path / "item.yaml").write_text(NOTE)
    os.mkfifo(tmp_path / "pipe.yaml")
    problems = validate(tmp_path)
    assert [Path(p.file).name for p in problems] == ["pipe.yaml"]


def test_a_link_to_nothing_is_reported(tmp_path):
    """Is a dangling link in a content folder a problem naming where it points, not 'all valid'?"""
    (tmp_path / "item.yaml").write_text(NOTE)
    (tmp_path / "gone.yaml").symlink_to("moved-away.yaml")
    problems = validate(tmp_path)
    assert [Path(p.file).name for p in problems] == ["gone.yaml"]
    assert _only(problems) == (
        "1: this is a link to 'moved-away.yaml', which does not exist"
        " - restore the file it points to, or delete the link"
    )


def test_a_link_that_loops_is_reported(tmp_path):
    (tmp_path / "item.yaml").write_text(NOTE)
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    assert _only(validate(tmp_path)) == (
        "1: this link cannot be followed (it leads round in a circle, or through a file)"
        " - delete the link, or point it at a real file"
    )


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    """Is a 10 MB content file refused by its size, with a message of normal length?"""
    path = tmp_path / "item.yaml"
    path.write_bytes(NOTE.encode() + b"text: " + b"x" * 10_000_000 + b"\n")
    message = _only(validate(path))
    assert message == (
        "1: this file is 10.0 MB; a content file can be at most 1.0 MB - check that nothing was"
        " pasted in by mistake, or split it into smaller files (one case, sort or quiz per file)"
    )
    assert MAX_FILE_BYTES == 1_000_000


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "",
            "1: the path is empty - leave it out to check the course's data folder, or give a content file or folder",
        ),
        (
            "/",
            "1: this is the top of the disk, not a course folder - give the course's data folder (data/), a lesson folder, or one content file",
        ),
    ],
)
def test_validate_refuses_to_walk_outside_a_course(path, message):
    """Are an empty path and the top of the disk refused before anything is walked?"""
    assert _only(validate(path)) == message


def test_a_folder_with_no_content_of_its_own_is_refused(tmp_path):
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "item.yaml").write_text(NOTE)
    assert _only(validate(tmp_path)) == (
        "1: this folder is not part of a course: it holds no curriculum.yaml and no .yaml files of"
        " its own - give the course's data folder (data/), a lesson folder, or one content file"
    )


def test_the_project_folder_means_its_data_folder():
    """Does 'validate .' at the project's top check data/, not everything below (.venv included)?"""
    assert validate(DATA.parent) == []
    assert _load.content_files_count(DATA.parent) == _load.content_files_count(DATA)


def test_a_lesson_folder_inside_a_course_is_walked():
    assert validate(DATA / "lessons" / "01-building-trust") == []


def test_hidden_folders_are_skipped(tmp_path):
    """Are JupyterLab's .ipynb_checkpoints copies left out, instead of reported as duplicate ids?"""
    (tmp_path / "item.yaml").write_text(NOTE)
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "item-checkpoint.yaml").write_text(NOTE)
    assert validate(tmp_path) == []


def test_many_problems_in_one_file_are_summed_up(tmp_path):
    """Does a file with 80 unknown keys give 50 lines and one line for the rest?"""
    path = tmp_path / "item.yaml"
    path.write_text(NOTE + "".join(f"extra{i}: x\n" for i in range(80)))
    problems = validate(path)
    assert len(problems) == 51
    assert problems[-1].problem == "and 30 more problems in this file"


def test_numbers_follow_yaml_1_2(tmp_path):
    """Is 010 ten (not eight), 1:30 text (not ninety), and are yes and dates still read as before?"""
    path = tmp_path / "values.yaml"
    path.write_text("a: 010\nb: 1:30\nc: 0x10\nd: yes\ne: 2026-11-01\nf: 1_000\ng: '010'\nh: 1.5\n")
    doc, problems = read_yaml_bytes(path.read_bytes(), path.name)
    assert problems == []
    assert doc.data["a"] == 10 and doc.data["b"] == "1:30" and doc.data["c"] == 16
    assert doc.data["d"] is True and str(doc.data["e"]) == "2026-11-01"
    assert doc.data["f"] == "1_000" and doc.data["g"] == "010" and doc.data["h"] == 1.5
    assert doc.written(("a",)) == "010" and doc.written(("g",)) is None


def test_a_curriculum_minutes_with_a_leading_zero_means_what_it_says(tmp_path):
    path = tmp_path / "curriculum.yaml"
    path.write_text(
        "schema_version: 1\ntype: curriculum\ntitle: A course\nlessons:\n  - id: 01-trust\n"
        "    title: Trust\n    summary: About trust.\n    minutes: 010\n    objectives: [Explain]\n"
    )
    loaded, problems = load_file(path)
    assert problems == [] and loaded is not None
    assert loaded.model.lessons[0].minutes == 10


def test_a_failed_load_is_cached_and_not_read_again(tmp_path, monkeypatch):
    """Does a second load of the same broken content raise the same error without reading a file?"""
    data = tmp_path / "data"
    data.mkdir()
    (data / "curriculum.yaml").write_text("schema_version: 1\ntype: curriculum\ntitle: \x0b\n")
    reads = []
    real = _load.read_bytes
    monkeypatch.setattr(
        _load, "read_bytes", lambda path, name: reads.append(path) or real(path, name)
    )
    with pytest.raises(ContentError) as first:
        load_library(data)
    count = len(reads)
    assert count >= 1
    with pytest.raises(ContentError) as second:
        load_library(data)
    assert second.value is first.value and len(reads) == count
    (data / "curriculum.yaml").write_text("schema_version: 1\ntype: curriculum\n")
    with pytest.raises(ContentError) as third:  # changed, so read again
        load_library(data)
    assert third.value is not first.value and len(reads) > count


def test_a_broken_file_lists_its_problems_once_per_notebook(tmp_path, monkeypatch):
    """Outside strict mode, is the first cell's notice the full list, and later cells a short line?"""
    import peerkit
    from peerkit.api import reset_live_context
    from peerkit.api._blocks import BRIEF_NOTICE

    data = tmp_path / "data"
    import shutil

    shutil.copytree(DATA, data)
    (data / "settings.yaml").write_text("schema_version: 1\ntype: settings\nregion: !!str\x0b\n")
    monkeypatch.setenv("PEERKIT_DATA", str(data))
    monkeypatch.setenv("PEERKIT_STRICT", "0")
    reset_live_context()  # a new kernel: nothing reported yet
    first = peerkit.lesson("01-building-trust")._repr_mimebundle_()
    later = [peerkit.show(i)._repr_mimebundle_() for i in ("trust-sort", "cs01-sent-not-chosen")]
    assert "<li>" in first["text/html"] and "settings.yaml" in first["text/plain"]
    assert "U+000B" in first["text/plain"]
    for bundle in later:
        assert "<li>" not in bundle["text/html"]
        assert bundle["text/plain"] == BRIEF_NOTICE
    crisis = peerkit.crisis_resources()._repr_mimebundle_()
    assert "pk-crisis" in crisis["text/html"]


def test_a_file_of_many_small_values_is_refused_before_it_is_checked(tmp_path):
    """Are 95,000 one-line keys (under 1 MB) refused at once, instead of becoming 95,000 problems?"""
    path = tmp_path / "item.yaml"
    path.write_text(NOTE + "".join(f"k{i}: v\n" for i in range(95_000)))
    assert _only(validate(path)) == (
        "50000: this file holds more than 50,000 values (texts, numbers, blocks and list entries);"
        " the largest course file holds about a thousand - check that nothing was pasted in by"
        " mistake, or split it into smaller files (one case, sort or quiz per file)"
    )


def test_a_file_is_checked_once_per_content_and_an_edit_is_always_seen(tmp_path, monkeypatch):
    """Is a file read every time but parsed only when its bytes are new, even for an edit
    that keeps the size and the change time?"""
    from tests.conftest import SMALL_CASE

    path = tmp_path / "small-case.yaml"
    path.write_text(SMALL_CASE, encoding="utf-8")
    parsed = []
    real = _load.read_yaml_bytes
    monkeypatch.setattr(
        _load, "read_yaml_bytes", lambda raw, name: parsed.append(raw) or real(raw, name)
    )
    first, problems = load_file(path)
    assert problems == [] and first is not None
    again, _ = load_file(path)
    assert again is first and len(parsed) == 1
    stamp = path.stat().st_mtime_ns
    path.write_text(SMALL_CASE.replace("A small case", "A small tale"), encoding="utf-8")
    assert path.stat().st_size == len(SMALL_CASE.encode())  # the same size
    os.utime(path, ns=(stamp, stamp))  # and the same change time
    edited, _ = load_file(path)
    assert edited is not None and edited is not first and len(parsed) == 2
    assert edited.model.title == "A small tale"
