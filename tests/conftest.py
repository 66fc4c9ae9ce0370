"""Shared fixtures. Notebook kernels inherit PEERKIT_STRICT, so bad content fails them.

They also inherit PEERKIT_HOME, set here to a fresh temporary folder before any
kernel starts: no test and no notebook run ever reads or writes the learner
store in the real user's folder.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"

os.environ.setdefault("PEERKIT_STRICT", "1")
# Journal times are shown in the computer's own time zone; tests read them in UTC wherever
# they run (tests/test_interaction_details.py checks another zone on purpose).
os.environ["TZ"] = "UTC"
time.tzset()
os.environ.pop("PEERKIT_REGION", None)
os.environ["PEERKIT_DATA"] = str(DATA)
SESSION_HOME = Path(tempfile.mkdtemp(prefix="peerkit-test-home-"))
os.environ["PEERKIT_HOME"] = str(SESSION_HOME)


def course_notebooks() -> list[Path]:
    """Every notebook of the course: the lessons, and the facilitator guide a folder down."""
    return sorted(p for p in NOTEBOOKS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def widget_types(*widgets) -> set[type]:
    """The classes of these widgets and of every widget inside them."""
    seen: set[type] = set()
    stack = list(widgets)
    while stack:
        widget = stack.pop()
        seen.add(type(widget))
        stack.extend(getattr(widget, "children", ()))
    return seen


FAILED = pytest.StashKey[bool]()
"""Set on a test item whose setup or call failed (for fixtures that must not reuse what it left)."""
SERVERS_BEFORE = pytest.StashKey[int]()
"""How many servers this process had started when the test's setup began (tests/servers.py)."""


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    servers = sys.modules.get("tests.servers")
    item.stash[SERVERS_BEFORE] = len(servers.STARTED) if servers is not None else 0


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed and report.when in ("setup", "call"):
        item.stash[FAILED] = True
        _add_server_logs(item, report)
    return report


def _add_server_logs(item, report) -> None:
    """End a failed browser test's report with the logs of the servers it used: those its
    fixtures gave it and those started since its setup began (a server removes its log when
    it stops, so the report is where the log is kept)."""
    servers = sys.modules.get("tests.servers")
    if servers is None:
        return
    used = [
        (f"fixture {name}", value)
        for name, value in getattr(item, "funcargs", {}).items()
        if isinstance(value, servers.Server)
    ]
    for server in servers.STARTED[item.stash.get(SERVERS_BEFORE, 0) :]:
        if all(server is not seen for _, seen in used):
            used.append(("started in the test", server))
    for how, server in used:
        report.sections.append(
            (f"{server.kind} log ({how}, port {server.port})", server.log_tail(servers.KEPT_LINES))
        )


def pytest_sessionfinish(session, exitstatus):
    from tests.browser_support import close_shared_browser

    close_shared_browser()
    shutil.rmtree(SESSION_HOME, ignore_errors=True)


@pytest.fixture
def library():
    from peerkit import load_library

    return load_library(DATA)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A learner alone on a machine of their own, in a new kernel: a temporary PEERKIT_HOME
    (not created yet) and user home, no hosting variables (Binder, JupyterHub), a fresh
    keeper and nothing shown yet. Never the real user's store. Pending saves finish at the end.
    """
    from peerkit.api import reset_live_context
    from peerkit.journal import HOME_ENV, Keeper
    from peerkit.journal import _keeper as keeper_module
    from peerkit.journal._hosting import HOSTING_VARIABLES

    for name in HOSTING_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    user = tmp_path / "user"
    user.mkdir()
    monkeypatch.setenv("HOME", str(user))  # platformdirs on macOS ignores XDG
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    monkeypatch.setattr(keeper_module, "_DEFAULT", Keeper())
    reset_live_context()
    yield tmp_path / "home"
    keeper_module._DEFAULT.flush()
    reset_live_context()


def course_wide_files(data: Path) -> Path:
    """Copy into ``data`` the files every course needs whatever its lessons: the course-wide
    files (curriculum, crisis lines, references...) and the teaching text of the coach and
    the journal (data/coach/, data/shared/journal-texts.yaml)."""
    from peerkit.content._teaching_models import TEACHING_FILES

    data.mkdir(parents=True, exist_ok=True)
    for path in DATA.glob("*.yaml"):
        shutil.copy(path, data / path.name)
    for relative in TEACHING_FILES.values():
        (data / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(DATA / relative, data / relative)
    return data


@pytest.fixture
def course_copy(tmp_path) -> Path:
    """A copy of the course (data/ and notebooks/) to break on purpose; validate its data/."""
    shutil.copytree(DATA, tmp_path / "data")
    shutil.copytree(NOTEBOOKS, tmp_path / "notebooks")
    return tmp_path


@pytest.fixture
def write_yaml(tmp_path):
    """Write a content file into a temporary folder and return its path."""

    def write(text: str, name: str = "item.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


SMALL_CASE = """\
schema_version: 1
type: case
id: small-case
title: A small case
setting: Someone arrives for a first meeting.
nodes:
  - id: start
    text: "I don't see the point of this."
    choices:
      - id: open
        text: "That's fair. What would make it worth your time?"
        verdict: follows
        feedback: An open question hands the lead back to them.
        sources: [S003-30]
        next: middle
      - id: push
        text: "You have to be here."
        verdict: breaks
        feedback: Pressure turns support into control.
        consequence: They fold their arms.
        sources: [S003-14]
        next: bad-end
  - id: middle
    text: "Maybe some help with housing."
    choices:
      - id: ask
        text: "What would help most with housing?"
        verdict: follows
        feedback: Curiosity keeps it theirs.
        sources: [S003-30]
        next: good-end
      - id: tell
        text: "Apply for the new scheme."
        verdict: partial
        feedback: Information helps, but ask first.
        sources: [S003-23]
        next: middle
endings:
  - id: good-end
    title: A good start
    outcome: helpful
    text: They agree to meet again.
  - id: bad-end
    title: A poor start
    outcome: unhelpful
    text: They leave early.
"""


@pytest.fixture
def small_case(write_yaml):
    from peerkit.content import load_file

    loaded, problems = load_file(write_yaml(SMALL_CASE))
    assert problems == []
    return loaded.model


def pytest_report_header(config):
    from tests.browser_support import INSTALL, REQUIRE_ENV, browser_required, chromium_path

    path = chromium_path()
    if path:
        return f"browser tests: run with {path}"
    if browser_required():
        return (
            f"browser tests: Chromium is NOT installed and {REQUIRE_ENV} is set, so they will fail"
        )
    return f"browser tests: SKIPPED, Chromium is not installed ({INSTALL} to run them)"


def pytest_collection_modifyitems(config, items):
    """Without Chromium, browser tests skip, unless PEERKIT_REQUIRE_BROWSER is set (then they fail)."""
    from tests.browser_support import INSTALL, browser_required, chromium_path

    if chromium_path() is not None or browser_required():
        return
    reason = f"Chromium is not installed ({INSTALL}); browser tests skipped"
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))
