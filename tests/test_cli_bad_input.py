"""Every bad path or flag on the command line gets a sentence, and nothing peerkit did not write is touched.

Each row is one command a facilitator or learner could type by mistake: the exit
status it must give, a sentence its output must hold, and the files that must be
exactly as they were afterwards. No row may print a traceback or "something went
wrong" (exit 2 stays for real bugs and for argparse's usage errors).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from peerkit.cli import main
from peerkit.journal import Store
from tests.conftest import DATA, NOTEBOOKS, ROOT


@dataclass(frozen=True)
class Row:
    argv: tuple[str, ...]
    status: int
    says: str
    files: dict[str, str] = field(default_factory=dict)
    """Files to write before the command (path: text); each must be unchanged afterwards."""
    env: dict[str, str] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None
    keeps: tuple[str, ...] = ()
    """More files (globs) that must be unchanged afterwards."""


def _fifo(name: str) -> Callable[[Path], None]:
    return lambda project: os.mkfifo(project / name)


USAGE = 2
ROWS: dict[str, Row] = {
    "validate an empty path": Row(
        ("validate", ""),
        1,
        "'':1: the path is empty - leave it out to check the course's data folder, or give a content file or folder",
    ),
    "validate the top of the disk": Row(
        ("validate", "/"),
        1,
        "/:1: this is the top of the disk, not a course folder - give the course's data folder (data/), a lesson folder, or one content file",
    ),
    "validate a folder that is not a course": Row(
        ("validate", "/proc"),
        1,
        "/proc:1: this folder is not part of a course: it holds no curriculum.yaml and no .yaml files of its own",
    ),
    "validate a missing path": Row(
        ("validate", "nowhere/else"),
        1,
        "nowhere/else:1: this file or folder does not exist - check the path",
    ),
    "validate a file that is not YAML": Row(
        ("validate", "README.md"),
        1,
        "README.md:1: this is not a content file: peerkit validate reads files ending in .yaml or .yml",
    ),
    "validate a device": Row(
        ("validate", "/dev/zero"),
        1,
        "/dev/zero:1: this is not a content file",
    ),
    "validate a named pipe": Row(
        ("validate", "pipe.yaml"),
        1,
        "pipe.yaml:1: this is a named pipe (FIFO), not an ordinary file - content files are plain text files",
        setup=_fifo("pipe.yaml"),
    ),
    "validate the project folder": Row(
        ("validate", "."),
        0,
        "",
    ),
    "validate two paths": Row(
        ("validate", "data", "notebooks"), USAGE, "unrecognized arguments: notebooks"
    ),
    "validate an unknown flag": Row(
        ("validate", "--bogus"), USAGE, "unrecognized arguments: --bogus"
    ),
    "validate with PEERKIT_DATA missing": Row(
        ("validate",),
        1,
        "/nowhere/data:1: this file or folder does not exist",
        env={"PEERKIT_DATA": "/nowhere/data"},
    ),
    "an unknown command": Row(("bogus",), USAGE, "invalid choice: 'bogus'"),
    "app --out the lesson folder": Row(
        ("app", "--build-only", "--out", "notebooks"),
        1,
        "peerkit app: --out notebooks is the folder the lessons are read from, so the app would replace them",
        keeps=("notebooks/*.ipynb",),
    ),
    "app --out a folder with other files": Row(
        ("app", "--build-only", "--out", "out"),
        1,
        "peerkit app: out already holds files that peerkit app did not write (for example mine.ipynb), so nothing was written there",
        files={"out/mine.ipynb": "{}", "out/notes.txt": "mine"},
    ),
    "app --out a file": Row(
        ("app", "--build-only", "--out", "README.md"),
        1,
        "peerkit app: README.md is a file, not a folder, so peerkit app wrote nothing - give a folder with --out",
        keeps=("README.md",),
    ),
    "app --out inside a file": Row(
        ("app", "--build-only", "--out", "README.md/app"),
        1,
        "peerkit app: could not write to README.md/app (Not a directory) - choose a folder you can write to",
        keeps=("README.md",),
    ),
    "app --out where nothing can be written": Row(
        ("app", "--build-only", "--out", "/proc/peerkit-app"),
        1,
        "peerkit app: could not write to /proc/peerkit-app",
    ),
    "app --out empty": Row(
        ("app", "--build-only", "--out", ""),
        1,
        "peerkit app: --out is empty - give a folder, e.g. --out build/app",
    ),
    "app --notebooks missing": Row(
        ("app", "--build-only", "--notebooks", "nowhere"),
        1,
        "peerkit app: there is no folder nowhere holding the lesson notebooks - give it with --notebooks",
    ),
    "app --port that is not a number": Row(
        ("app", "--port", "abc"),
        USAGE,
        "argument --port: “abc” is not a port number - use a whole number from 1 to 65535",
    ),
    "app --port out of range": Row(
        ("app", "--build-only", "--port", "99999"),
        USAGE,
        "“99999” is not a port number",
    ),
    "handouts --out a file": Row(
        ("handouts", "--out", "README.md", "--quiet"),
        1,
        "README.md is a file, not a folder, so peerkit handouts wrote nothing - give a folder with --out",
        keeps=("README.md",),
    ),
    "handouts --out where nothing can be written": Row(
        ("handouts", "--out", "/proc/peerkit-handouts", "--quiet"),
        1,
        "peerkit handouts: could not write to /proc/peerkit-handouts",
    ),
    "handouts --out a site with its own pages": Row(
        ("handouts", "--out", "site", "--quiet"),
        1,
        "site already holds files that peerkit handouts did not write (for example learner/index.html), so nothing was written there",
        files={"site/learner/index.html": "<p>my own page</p>", "site/notes.txt": "mine"},
    ),
    "handouts --out empty": Row(
        ("handouts", "--out", "", "--quiet"),
        1,
        "peerkit handouts: --out is empty - give a folder, e.g. --out handouts",
    ),
    "handouts --edition unknown": Row(
        ("handouts", "--edition", "bogus"), USAGE, "argument --edition: invalid choice: 'bogus'"
    ),
    "handouts --region unknown": Row(
        ("handouts", "--region", "xx", "--out", "h", "--quiet"),
        1,
        "there is no region 'xx' in data/crisis_resources.yaml - use one of: au, ca, ie, uk, us",
    ),
    "clean-notebooks a missing file": Row(
        ("clean-notebooks", "missing.ipynb"), 1, "missing.ipynb does not exist - check the name"
    ),
    "clean-notebooks a file that is not a notebook": Row(
        ("clean-notebooks", "package.json"),
        1,
        "package.json is not a notebook (.ipynb), so it was left as it is",
        files={"package.json": '{"name": "site", "version": "1.0.0"}\n'},
    ),
    "clean-notebooks JSON that is not a notebook": Row(
        ("clean-notebooks", "fake.ipynb"),
        1,
        "fake.ipynb is not a notebook (it has no list of cells), so it was left as it is",
        files={"fake.ipynb": '{"name": "x"}\n'},
    ),
    "clean-notebooks a damaged notebook": Row(
        ("clean-notebooks", "broken.ipynb"),
        1,
        "broken.ipynb cannot be read as a notebook (Expecting value, line 1) - open it in JupyterLab and save it again; it was left as it is",
        files={"broken.ipynb": '{"cells": ['},
    ),
    "clean-notebooks an old notebook format": Row(
        ("clean-notebooks", "old.ipynb"),
        1,
        "old.ipynb is in an old notebook format (3) - open it in JupyterLab and save it, then run this again",
        files={"old.ipynb": '{"cells": [], "nbformat": 3}\n'},
    ),
    "clean-notebooks a binary file": Row(
        ("clean-notebooks", "blob.ipynb"),
        1,
        "blob.ipynb is not a notebook (it is not UTF-8 text), so it was left as it is",
        setup=lambda project: (project / "blob.ipynb").write_bytes(b"\xff\xfe\x00garbage"),
        keeps=("blob.ipynb",),
    ),
    "clean-notebooks an empty path": Row(
        ("clean-notebooks", ""),
        1,
        "an empty path names no notebook - leave it out to clean notebooks/",
    ),
    "clean-notebooks a named pipe": Row(
        ("clean-notebooks", "pipe.ipynb"),
        1,
        "pipe.ipynb is not an ordinary file, so it was left as it is",
        setup=_fifo("pipe.ipynb"),
    ),
    "clean-notebooks a folder without notebooks": Row(
        ("clean-notebooks", "data"), 1, "data holds no notebooks (.ipynb)"
    ),
    "badges --readme missing": Row(
        ("badges", "--readme", "MISSING.md"),
        1,
        "peerkit badges: MISSING.md does not exist - give the README with --readme",
    ),
    "badges --readme a folder": Row(
        ("badges", "--readme", "data"),
        1,
        "peerkit badges: data is not a file - give the README with --readme",
    ),
    "badges --write --readme missing": Row(
        ("badges", "--write", "--readme", "MISSING.md"),
        1,
        "peerkit badges: MISSING.md does not exist - give the README with --readme",
    ),
    "journal export an empty path": Row(
        ("journal", "export", ""),
        1,
        "No file name was given for the export, so nothing was written. Give one, like ~/my-journal.md.",
    ),
    "journal export onto a file without --overwrite": Row(
        ("journal", "export", "exports/old.md"),
        1,
        "exports/old.md already exists, so nothing was written. Choose another name, or say that it may be replaced (overwrite).",
        files={"exports/old.md": "my old export"},
    ),
    "journal export into a folder that does not exist": Row(
        ("journal", "export", "no/such/place.md"),
        1,
        "no/such does not exist. Create it first, or choose another folder.",
    ),
    "journal export where no file can be made": Row(
        ("journal", "export", "/proc/peerkit.md"),
        1,
        "peerkit could not write /proc/peerkit.md",
    ),
    "journal export --format unknown": Row(
        ("journal", "export", "x.md", "--format", "bogus"),
        USAGE,
        "argument --format: invalid choice: 'bogus'",
    ),
    "journal delete --entry that is not a number": Row(
        ("journal", "delete", "--entry", "abc", "--yes"), USAGE, "“abc” is not an entry number"
    ),
    "journal delete --entry beyond any number": Row(
        ("journal", "delete", "--entry", "9" * 30, "--yes"),
        1,
        f"There is no entry number {'9' * 30} in your journal, so nothing was deleted.",
    ),
    "journal where with PEERKIT_HOME=/etc": Row(
        ("journal", "where"),
        1,
        "Your journal cannot be kept at /etc/journal/journal.db: /etc is a system folder, shared by every account on this computer, not a private one.",
        env={"PEERKIT_HOME": "/etc"},
    ),
    "journal list with PEERKIT_HOME=/etc": Row(
        ("journal", "list"),
        1,
        "/etc is a system folder",
        env={"PEERKIT_HOME": "/etc"},
    ),
    "journal export with PEERKIT_HOME=/usr": Row(
        ("journal", "export", "mine.md"),
        1,
        "/usr is a system folder",
        env={"PEERKIT_HOME": "/usr/local"},
    ),
    "journal where with PEERKIT_HOME a file": Row(
        ("journal", "where"),
        1,
        "README.md is a file, not a folder.",
        env={"PEERKIT_HOME": "{project}/README.md"},
    ),
    "agenda --start out of the day": Row(
        ("agenda", "--start", "25:00"), USAGE, "the start time '25:00' is not a time of day"
    ),
    "agenda without --course or --start": Row(
        ("agenda",), USAGE, "choose a course with --course (for example --course one-day"
    ),
    "agenda --course that does not exist": Row(
        ("agenda", "--course", "three-day"),
        USAGE,
        "there is no course 'three-day' - choose one of: one-day, two-day",
    ),
    "agenda --course with --break-every": Row(
        ("agenda", "--course", "one-day", "--break-every", "60"),
        USAGE,
        "--break-every works only without --course",
    ),
}


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the course to run commands in, with a journal of two entries beside it."""
    folder = tmp_path / "course"
    folder.mkdir()
    shutil.copytree(DATA, folder / "data")
    shutil.copytree(NOTEBOOKS, folder / "notebooks")
    for name in ("README.md", "pyproject.toml"):
        shutil.copy(ROOT / name, folder / name)
    home = tmp_path / "home"
    store = Store.open(home / "journal" / "journal.db", allow_inside_project=True)
    for number in range(2):
        store.add_entry("01-building-trust", "p", "A prompt", f"entry {number}")
    monkeypatch.setenv("PEERKIT_HOME", str(home))
    monkeypatch.setenv("PEERKIT_DATA", str(folder / "data"))
    monkeypatch.setenv("PEERKIT_STRICT", "0")
    monkeypatch.delenv("PEERKIT_DEBUG", raising=False)
    monkeypatch.chdir(folder)
    return folder


def _snapshot(project: Path, row: Row) -> dict[str, bytes]:
    found = {}
    for pattern in (*row.files, *row.keeps):
        for path in sorted(project.glob(pattern)):
            if path.is_file():
                found[str(path.relative_to(project))] = path.read_bytes()
    return found


def test_the_table_is_large_enough():
    """Does the table hold at least forty bad command lines?"""
    assert len(ROWS) >= 40


@pytest.mark.parametrize("name", sorted(ROWS))
def test_bad_input_gets_a_sentence_and_destroys_nothing(name, project, monkeypatch, capsys):
    """Does this mistake give the right exit status and sentence, no traceback, and leave every file as it was?"""
    row = ROWS[name]
    for rel, text in row.files.items():
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if row.setup is not None:
        row.setup(project)
    for key, value in row.env.items():
        monkeypatch.setenv(key, value.replace("{project}", str(project)))
    before = _snapshot(project, row)
    assert before or not (row.files or row.keeps)
    etc_journal = Path("/etc/journal").exists()
    try:
        status = main(list(row.argv))
    except SystemExit as exited:
        status = exited.code
    out = capsys.readouterr()
    said = " ".join((out.out + out.err).split())
    assert status == row.status, said
    assert row.says in said
    assert "Traceback" not in said and "something went wrong" not in said
    assert said
    assert _snapshot(project, row) == before
    assert Path("/etc/journal").exists() == etc_journal


def test_a_reader_that_stops_early_is_not_a_bug(tmp_path):
    """'peerkit validate | head -1' on content with many problems: exit 1, not 'something went wrong'?"""
    import subprocess
    import sys

    for number in range(60):  # about 500 KB of problem lines: more than a pipe holds
        (tmp_path / f"item{number}.yaml").write_text(
            "schema_version: 1\ntype: note\nid: a-note\ntitle: A\ntext: B\n"
            + "".join(f"extra{i}: x\n" for i in range(60))
        )
    process = subprocess.Popen(
        [sys.executable, "-m", "peerkit", "validate", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1
    assert first.startswith(str(tmp_path).encode())
    assert "something went wrong" not in err and "Traceback" not in err
