"""Launching Debian's Chromium for browser tests (Playwright), and when to skip them.

Browser tests carry the ``browser`` marker, so ``pytest -m browser`` runs them alone.
They skip, with a clear reason, when Chromium is not installed, unless
``PEERKIT_REQUIRE_BROWSER=1`` is set: then a missing browser is a failure, so CI
can never pass by skipping (.ci/run sets it).

Debian ships Chromium in two packages, and the tests take the first one installed:
``chromium-headless-shell`` (Chromium's "old headless" mode as a browser of its own, without
windows, menus or profile; the build Playwright itself runs for headless tests since 1.49,
microsoft/playwright issue 33566), then ``chromium``. Both draw pages with the same
engine. On this project's 2-core machine the browser, notebook and slow tests took 227-237 s
with the headless shell and 239-242 s with the full browser, run in turn, and Chromium's own
processes used 186-198 s of CPU against 209-214 s.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

REQUIRE_ENV = "PEERKIT_REQUIRE_BROWSER"
CANDIDATES = (
    "/usr/lib/chromium/chromium-headless-shell",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
)
"""Where Debian (and Ubuntu) put the browser: the headless shell first (see above)."""
INSTALL = "apt-get install chromium-headless-shell, or chromium"
"""How to install a browser for the tests, said wherever one is missing."""
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-smooth-scrolling",
]
"""The flags that work on these machines (Chromium run by Playwright, without its own
sandbox or GPU, and with no background network traffic or first-run pages). Scrolling jumps
instead of gliding, as with Chrome's smooth scrolling switched off: JupyterLab scrolls the
focused cell into view at every Tab, and drawing each glide frame by frame in software cost
the nine lessons in JupyterLab about a sixth of their CPU time (105-108 s against 124-129 s).
What the tests check (what is on the page, where focus goes) is the same either way."""


def chromium_path() -> str | None:
    env = os.environ.get("PEERKIT_CHROMIUM")
    if env and Path(env).exists():
        return env
    for candidate in CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium-headless-shell") or shutil.which("chromium")


def browser_required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0", "false", "no")


def need_chromium() -> str:
    """The Chromium executable, or skip (fail when PEERKIT_REQUIRE_BROWSER is set)."""
    path = chromium_path()
    if path is None:
        message = f"Chromium is not installed ({INSTALL}); browser tests cannot run"
        if browser_required():
            pytest.fail(f"{message}, and {REQUIRE_ENV} is set")
        pytest.skip(message)
    return path


_SHARED: dict[str, object] = {}
"""This test process's Playwright and Chromium, started by the first test that needs them."""


@contextmanager
def chromium():
    """Debian's Chromium, driven by Playwright: one browser for every test in this process.

    Launching Playwright and Chromium costs about 1.8 s (1 s of CPU) and a new browser
    context about 0.25 s, so tests share the browser and each opens a context of its own
    (its own cookies, storage and downloads, closed after the test). A browser that has
    crashed or been closed is launched again for the next test. ``close_shared_browser()``
    ends it when the test session ends.

    While it is open, Playwright's sync API keeps its event loop marked as running in this
    thread, so ``asyncio.run`` raises here for every later test in the process: a test that
    runs coroutines does so in a thread of its own (tests/test_course_server.py's ``_run``).
    """
    browser = _SHARED.get("browser")
    if browser is None or not browser.is_connected():
        path = need_chromium()
        if "playwright" not in _SHARED:
            from playwright.sync_api import sync_playwright

            _SHARED["playwright"] = sync_playwright().start()
        browser = _SHARED["playwright"].chromium.launch(executable_path=path, args=LAUNCH_ARGS)
        _SHARED["browser"] = browser
    yield browser


def close_shared_browser() -> None:
    """Close this process's browser and stop Playwright, if a test started them."""
    browser = _SHARED.pop("browser", None)
    playwright = _SHARED.pop("playwright", None)
    try:
        if browser is not None and browser.is_connected():
            browser.close()
    finally:
        if playwright is not None:
            playwright.stop()
