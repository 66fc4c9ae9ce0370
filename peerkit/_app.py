"""The course as a code-free web app: Voila over copies of the lesson notebooks.

``peerkit app`` writes ``build/app/``: a copy of each notebook listed in
``data/curriculum.yaml``, in order, each ending with a generated "Where next"
cell that links to the next and previous lesson and lists every lesson. The
facilitator guide is a page of the app too, but no lesson links to it: it holds
the answer keys (``peerkit app`` prints its address for facilitators).
Then it serves that folder with Voila, which runs each page in its own kernel
and strips every code cell (its default), so learners see only text and
exercises.

Why generated copies instead of editing the notebooks: the links come from the
one list of lessons, so a new lesson appears everywhere without anyone editing
another author's notebook, and the lesson notebooks stay exactly as their
authors wrote them. Relative links (``02-....ipynb``) work in the app, in Voila
on Binder (``voila/render/build/app/...``) and in JupyterLab alike.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import webbrowser
from pathlib import Path
from typing import TYPE_CHECKING

from ._notebooks import clean, dumps
from ._outdir import OutputRefused, claim, describe_os_error, mark

if TYPE_CHECKING:
    from .content import LessonEntry

DEFAULT_OUT = Path("build/app")
NOTEBOOKS = Path("notebooks")
NAV_TAG = "app-navigation"
"""The tag on the generated last cell of each page (tests and tools can find it)."""
MARKER = ".peerkit-app"
"""The file that marks a folder as the app's own and lists the pages it wrote there."""


def is_app_page(path: Path) -> bool:
    """True for a page an earlier ``peerkit app`` wrote (its last cell is the navigation)."""
    if path.suffix != ".ipynb" or not path.is_file():
        return False
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        return NAV_TAG in cells[-1].get("metadata", {}).get("tags", [])
    except (OSError, ValueError, AttributeError, IndexError, TypeError):
        return False


def _link(entry: LessonEntry) -> str:
    return f"[{entry.title}]({entry.id}.ipynb)"


def navigation(entries: list[LessonEntry], index: int) -> str:
    """Markdown for the end of page ``index``: next, previous, and every page of the course."""
    here = entries[index]
    lines = ["---", "", "## Where next", ""]
    previous = None
    if here.kind == "lesson":
        later = [e for e in entries[index + 1 :] if e.kind == "lesson"]
        earlier = [e for e in entries[:index] if e.kind == "lesson"]
        if later:
            lines.append(f"- Next lesson: {_link(later[0])}")
        else:
            lines.append("- This is the last lesson. Well done for working through the course.")
        if earlier:
            previous = earlier[-1]
            lines.append(f"- Previous lesson: {_link(previous)}")
    if index != 0 and previous is not entries[0]:
        lines.append(f"- Back to the start: {_link(entries[0])}")
    lines += ["", "### All lessons", ""]
    for number, entry in enumerate((e for e in entries if e.kind == "lesson"), start=1):
        lines.append(_contents_line(number, entry, entry is here))
    if here.kind != "lesson":  # learners' pages do not point at the answer keys
        guides = [e for e in entries if e.kind != "lesson"]
        lines += ["", "### For facilitators", ""]
        for number, entry in enumerate(guides, start=1):
            lines.append(_contents_line(number, entry, entry is here))
    return "\n".join(lines)


def _contents_line(number: int, entry: LessonEntry, current: bool) -> str:
    if current:
        return f"{number}. **{entry.title}** (this page, about {entry.minutes} minutes)"
    return f"{number}. {_link(entry)} (about {entry.minutes} minutes)"


def build(out: Path = DEFAULT_OUT, notebooks: Path = NOTEBOOKS) -> tuple[list[Path], list[str]]:
    """Write the app's pages into ``out``; return the pages written and a note for each lesson left out."""
    from .content import load_library

    entries = list(load_library().curriculum.lessons)
    if not notebooks.is_dir():
        raise OutputRefused(
            f"there is no folder {notebooks} holding the lesson notebooks - give it with --notebooks"
        )
    if out.resolve() == notebooks.resolve():
        raise OutputRefused(
            f"--out {out} is the folder the lessons are read from, so the app would replace"
            " them - give --out another folder, such as build/app"
        )
    present = [e for e in entries if (notebooks / f"{e.id}.ipynb").is_file()]
    notes = [
        f"{e.id}: no notebook yet ({notebooks / e.id}.ipynb), so the app leaves it out"
        for e in entries
        if e not in present
    ]
    listed = claim(out, marker=MARKER, command="peerkit app", is_ours=is_app_page)
    names = {f"{e.id}.ipynb" for e in present}
    for old in out.glob("*.ipynb"):  # pages of an earlier build (only those) are replaced
        if old.name in listed or is_app_page(old):
            old.unlink()
        elif old.name in names:
            raise OutputRefused(
                f"{old} was not written by peerkit app, so it was not replaced - move it away"
            )
    pages = []
    for index, entry in enumerate(present):
        nb = json.loads((notebooks / f"{entry.id}.ipynb").read_text(encoding="utf-8"))
        nb["cells"].append(
            {
                "cell_type": "markdown",
                "metadata": {"tags": [NAV_TAG]},
                "source": navigation(present, index),
            }
        )
        page = out / f"{entry.id}.ipynb"
        page.write_text(dumps(clean(nb)), encoding="utf-8")
        pages.append(page)
    mark(out, MARKER, "peerkit app", [p.name for p in pages])
    return pages, notes


def _free_port(preferred: int) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", preferred))
        except OSError:
            sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def voila_command(folder: Path, port: int) -> list[str]:
    """Voila over ``folder``, for this machine only.

    Code cells are stripped (Voila's default, written out so no config file can turn it
    off), and the page has margins, because full-width lines are hard to read.
    """
    return [
        sys.executable,
        "-m",
        "voila",
        str(folder),
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        f"--Voila.port={port}",
        "--Voila.port_retries=0",
        "--VoilaConfiguration.strip_sources=True",
        "--VoilaConfiguration.show_margins=True",
    ]


def _wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    return False


def run(args: argparse.Namespace) -> int:
    from .content import ContentError

    if not args.out.strip() or not args.notebooks.strip():
        flag = "--out" if not args.out.strip() else "--notebooks"
        print(
            f"peerkit app: {flag} is empty - give a folder, e.g. {flag} {DEFAULT_OUT if flag == '--out' else NOTEBOOKS}"
        )
        return 1
    out = Path(args.out)
    try:
        pages, notes = build(out, Path(args.notebooks))
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
    port = _free_port(args.port)
    start = f"http://127.0.0.1:{port}/voila/render/{pages[0].name}"
    process = subprocess.Popen(voila_command(out, port))
    try:
        if not _wait_until_up(
            f"http://127.0.0.1:{port}/", process
        ):  # the tree page: no kernel needed
            print("The app did not start; the messages above say why.")
            return 1
        from .content import load_library

        kinds = {e.id: e.kind for e in load_library().curriculum.lessons}
        guides = [p for p in pages if kinds.get(p.stem) != "lesson"]
        print(f"\nThe course is open at {start}")
        for guide in guides:
            print(f"For facilitators: http://127.0.0.1:{port}/voila/render/{guide.name}")
        print("Keep this window open while you use it; press Ctrl+C to stop.\n")
        if not args.no_browser:
            webbrowser.open(start)
        return process.wait()
    except KeyboardInterrupt:
        print("Stopping the app.")
        return 0
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)


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
        "--out", default=str(DEFAULT_OUT), help="where to write the pages (default: build/app)"
    )
    app.add_argument(
        "--notebooks", default=str(NOTEBOOKS), help="the lesson notebooks (default: notebooks)"
    )
    app.add_argument(
        "--port",
        type=_port,
        default=8866,
        help="the port to use if it is free (default: 8866)",
    )
    app.add_argument(
        "--build-only", action="store_true", help="write the pages, do not start the app"
    )
    app.add_argument("--no-browser", action="store_true", help="do not open a web browser")
    app.set_defaults(run=run)
