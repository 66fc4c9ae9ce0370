"""``peerkit app``: build the course as Voila pages and serve them on this machine."""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import webbrowser
from pathlib import Path

from .._app_build import (
    DEFAULT_OUT,
    FACILITATOR_OUT,
    NOTEBOOKS,
    build,
    voila_command,
    voila_environment,
)
from .._outdir import OutputRefused, describe_os_error

PORT_RETRIES = 50
"""How many more ports Voila tries when the one it is given is taken (Jupyter's default): the
next four, then others at random up to ``2 * (PORT_RETRIES + 1)`` either side of it."""
RUNNING_AT = "running at"
ADDRESS = re.compile(r"http://127\.0\.0\.1:(\d+)/")
"""The address Voila prints on the line after "Voilà is running at:" once it listens (followed
by ``?token=...`` when a Voila config file asks for a token)."""
START_TIMEOUT = 60.0
DRAIN_TIMEOUT = 5.0
"""Seconds to wait, once Voila has stopped, for its last messages to reach the terminal."""


def _free_port(preferred: int) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", preferred))
        except OSError:
            sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _retries(port: int) -> int:
    """Port retries for Voila started on ``port``: none where a try could pass 65535 (Python
    refuses such a port with OverflowError, which Voila does not catch)."""
    reach = max(4, 2 * (PORT_RETRIES + 1))
    return PORT_RETRIES if port + reach <= 65535 else 0


class _Voila:
    """Voila, started for ``peerkit app``. Its messages pass through to this terminal as they
    come, and the address it listens on is read from them.

    The port is found free a moment before Voila starts, and something else (a second
    ``peerkit app``, say the facilitators' one started at the same time) can take it in
    between. Voila then moves on to another port and says which, so the address given to the
    learner is always the one this Voila serves, never another server's on the port first
    found free.
    """

    def __init__(self, folder: Path, preferred: int):
        port = _free_port(preferred)
        self.process = subprocess.Popen(
            voila_command(folder, port, port_retries=_retries(port)),
            env=voila_environment(),
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        self.port: int | None = None
        self._said = threading.Event()
        self.ended = threading.Event()
        """Set when Voila's messages end: it stopped (or is stopping)."""
        self._messages = threading.Thread(target=self._pass_through, daemon=True)
        self._messages.start()

    def _pass_through(self) -> None:
        assert self.process.stderr is not None
        announced = False
        for line in self.process.stderr:
            sys.stderr.write(line)
            sys.stderr.flush()
            if self.port is None:
                announced = announced or RUNNING_AT in line
                found = ADDRESS.search(line) if announced else None
                if found:
                    self.port = int(found[1])
                    self._said.set()
        self.ended.set()
        self._said.set()  # Voila stopped (or closed its messages) before saying where it runs

    def wait_until_up(self) -> int | None:
        """The port Voila serves on, once its list of lessons answers; None if it stops first
        or does not answer within START_TIMEOUT seconds."""
        deadline = time.monotonic() + START_TIMEOUT
        if not self._said.wait(START_TIMEOUT) or self.port is None:
            return None
        while time.monotonic() < deadline and self.process.poll() is None:
            try:  # the list of lessons: no kernel needed
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/", timeout=2):
                    return self.port
            except (urllib.error.URLError, OSError):
                time.sleep(0.3)
        return None

    def stop(self) -> None:
        """Stop Voila if it still runs, and let its last messages reach the terminal."""
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self._messages.join(DRAIN_TIMEOUT)


def run(args: argparse.Namespace) -> int:
    from ..content import ContentError

    facilitator = bool(getattr(args, "facilitator", False))
    default_out = FACILITATOR_OUT if facilitator else DEFAULT_OUT
    given_out = default_out.as_posix() if args.out is None else args.out
    if not given_out.strip() or not args.notebooks.strip():
        flag = "--out" if not given_out.strip() else "--notebooks"
        print(
            f"peerkit app: {flag} is empty - give a folder, e.g. {flag} {default_out if flag == '--out' else NOTEBOOKS}"
        )
        return 1
    out = Path(given_out)
    try:
        pages, notes = build(out, Path(args.notebooks), facilitator=facilitator)
    except OutputRefused as refused:
        print(f"peerkit app: {refused.message}")
        return 1
    except OSError as exc:
        print(f"peerkit app: {describe_os_error(out, exc)}")
        return 1
    except ContentError as err:
        for problem in err.problems:
            print(problem)
        print(
            "The course content has problems (listed above), so the app was not built. Fix them and"
            " run this again; 'peerkit validate' lists them too."
        )
        return 1
    for note in notes:
        print(note)
    if not pages:
        print(f"No lesson notebooks found in {args.notebooks}/, so there is nothing to show.")
        return 1
    print(f"Wrote {len(pages)} page{'s' if len(pages) != 1 else ''} to {out}/.")
    if args.build_only:
        return 0
    voila = _Voila(out, args.port)
    try:
        port = voila.wait_until_up()
        if port is None:
            silent = not voila.ended.is_set()  # still running, without having said where
            voila.stop()
            if silent:
                print(
                    f"The app did not start within {START_TIMEOUT:.0f} seconds, so it was"
                    " stopped; the messages above may say why."
                )
            else:
                print("The app did not start; the messages above say why.")
            return 1
        start = f"http://127.0.0.1:{port}/voila/render/{pages[0].name}"
        if facilitator:
            print(f"\nThe facilitator guide and the lessons are open at {start}")
            print("This app holds the answer keys: do not share its address with learners.")
        else:
            print(f"\nThe course is open at {start}")
            print(
                "The facilitator guide is not part of this app; 'peerkit app --facilitator'"
                " opens it separately."
            )
        print("Keep this window open while you use it; press Ctrl+C to stop.\n")
        if not args.no_browser:
            webbrowser.open(start)
        return voila.process.wait()
    except KeyboardInterrupt:
        print("Stopping the app.")
        return 0
    finally:
        voila.stop()


def _port(text: str) -> int:
    """A port number as typed after --port: a whole number from 1 to 65535."""
    if not text.strip().isdecimal() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a port number - use a whole number from 1 to 65535, e.g. 8866"
        )
    return int(text)


def register(commands: argparse._SubParsersAction) -> None:
    app = commands.add_parser(
        "app",
        help="show the course as a web app with no code in sight (Voila)",
        description="Write one page per lesson into a folder, with links between lessons, and serve it"
        " with Voila on this machine. Learners see the readings and exercises, never code.",
    )
    app.add_argument(
        "--out",
        default=None,
        help="where to write the pages (default: build/app, or build/app-facilitator)",
    )
    app.add_argument(
        "--facilitator",
        action="store_true",
        help="the facilitators' app: the facilitator guide (with the answer keys) and the lessons,"
        " served apart from the learners' app",
    )
    app.add_argument(
        "--notebooks", default=str(NOTEBOOKS), help="the lesson notebooks (default: notebooks)"
    )
    app.add_argument(
        "--port",
        type=_port,
        default=8866,
        help="the port to use if it is free, else another free one (default: 8866)",
    )
    app.add_argument(
        "--build-only", action="store_true", help="write the pages, do not start the app"
    )
    app.add_argument("--no-browser", action="store_true", help="do not open a web browser")
    app.set_defaults(run=run)
