"""Throw broken and hostile input at every surface of peerkit; print cases tried and failed.

    .venv/bin/python bench/robustness.py [--only validate,notebooks,cli,journal,svg] [--verbose]

Five categories, each a list of cases that either hold or fail:

- validate: malformed content files (control characters, impossible dates, tags,
  huge numbers, aliases, deep nesting, null documents, links and pipes, misleading
  messages...). Each runs ``python -m peerkit validate FILE`` in its own process and
  holds only with exit 1, every line ``file:line: problem - fix`` (right line, the
  words that make sense), no traceback, within 10 s and under 200 MB. Two valid
  but huge cases (2^26 paths, 1,500 nodes) must validate (exit 0) within 10 s.
- notebooks: each content file broken in turn (one mutation per file, eleven kinds),
  then every notebook's code cells executed in a fresh process against that content,
  as a learner's kernel would (PEERKIT_STRICT off). A case (mutation x notebook) holds
  when no cell raises, the crisis panel still shows wherever the notebook shows it,
  and the content problem is spelt out once, not in every cell. Plus the two huge
  cases: show, the case check (every path through a fresh view) and the answer key
  each within 10 s.
- cli: bad paths and flags. Holds with a sentence (no traceback, no "something went
  wrong"), the expected exit status, and nothing destroyed that peerkit did not write.
- journal: faults in the learner store: races, kills, a full disk, damaged pages,
  unreadable and unsafe places, loose permissions, odd files where the store should be.
- svg: hostile figure SVG. Holds when validation refuses it or what is shown is
  harmless (both are reported), and handout pages forbid form posts and refreshes.

Everything runs in temporary folders with PEERKIT_HOME and PEERKIT_DATA pointing at
copies, never at the learner's own journal or the project's content. Exit status 0
when no case failed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PYTHON = sys.executable
SECONDS = 10.0
"""Longest a content check may take (the issue's bound)."""
MEGABYTES = 200
"""Most memory a content check may use (the issue's bound), as peak resident size."""
PROBLEM_LINE = re.compile(r"^[^\s].*?:\d+: .+ - .+$")
NOBODY = 65534
"""The user id that unreadable-folder cases run as when this script runs as root."""

CATEGORIES = ("validate", "notebooks", "cli", "journal", "svg")


@dataclass
class Result:
    name: str
    ok: bool
    detail: str = ""


@dataclass
class Run:
    """One command run in its own process."""

    code: int | None
    out: str
    err: str
    seconds: float
    megabytes: float
    timed_out: bool = False

    @property
    def text(self) -> str:
        return self.out + self.err


def run_process(
    argv: list[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60.0,
    user: int | None = None,
    memory_cap: int = 2 << 30,
) -> Run:
    """Run ``argv``; return its exit status, output, time and peak memory (killed at ``timeout``).

    The address space is capped at ``memory_cap`` so that a runaway case fails instead of
    taking the machine down; ``user`` runs it as another user id (only as root).
    """

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_cap, memory_cap))
        if user is not None:
            os.setgid(user)
            os.setuid(user)

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            preexec_fn=limit,
        )
        timed_out = False
        usage = None
        status = 0
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                timed_out = True
                process.kill()
                _, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.01)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return Run(
            None if timed_out else process.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            usage.ru_maxrss / 1024 if usage else 0.0,
            timed_out,
        )


def base_env(home: Path, data: Path | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERKIT_")}
    env["PEERKIT_HOME"] = str(home)
    env["PEERKIT_DATA"] = str(data or ROOT / "data")
    env.update(extra)
    return env


def in_child(work: Callable[[], Any], timeout: float = 60.0) -> tuple[str, Any, float]:
    """Run ``work()`` in a forked process: ("ok", its JSON result, seconds), or ("timeout"|"crash", why, s).

    Forking gives each case a fresh kernel's module state and lets a hang be stopped.
    """
    read, write = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        try:
            payload = json.dumps({"ok": work()})
        except BaseException:
            payload = json.dumps({"crash": traceback.format_exc()[-2000:]})
        with os.fdopen(write, "w") as pipe:
            pipe.write(payload)
        os._exit(0)
    os.close(write)
    chunks = []
    deadline = start + timeout
    os.set_blocking(read, False)
    finished = False
    while True:
        try:
            chunk = os.read(read, 65536)
            if chunk:
                chunks.append(chunk)
            else:
                break
        except BlockingIOError:
            if time.perf_counter() > deadline:
                os.kill(pid, signal.SIGKILL)
                break
            time.sleep(0.01)
    os.close(read)
    os.waitpid(pid, 0)
    seconds = time.perf_counter() - start
    if not chunks:
        return "timeout", f"no answer within {timeout:.0f} s", seconds
    finished = True
    try:
        answer = json.loads(b"".join(chunks))
    except ValueError:
        return "crash", "the child's answer was cut off", seconds
    if "crash" in answer:
        return "crash", answer["crash"], seconds
    assert finished
    return "ok", answer["ok"], seconds


# ====================================================================================
# Content used by several categories
# ====================================================================================

NOTE = """schema_version: 1
type: note
id: a-note
title: A note
text: Some words for the learner.
"""

CASE_HEAD = """schema_version: 1
type: case
id: {id}
title: {title}
setting: Someone arrives for a first meeting.
sources: [S003-28]
"""

CRISIS = """schema_version: 1
type: crisis-resources
generic: Call your local emergency number.
directory:
  name: A directory
  url: https://example.org
  description: Lists helplines.
  source_url: https://example.org/about
  last_verified: 2026-11-01
regions:
  - id: xx
    name: Example
    emergency_number: "112"
    emergency_source_url: https://example.org/emergency
    last_verified: 2026-11-01
    services:
      - name: Helpline
        phone: {phone}
        source_url: https://example.org/helpline
        last_verified: 2026-11-01
"""

CURRICULUM = """schema_version: 1
type: curriculum
title: A course
lessons:
  - id: 01-trust
    title: Trust
    summary: About trust.
    minutes: {minutes}
    objectives: [Explain why trust matters]
"""


def _choice(cid: str, verdict: str, target: str) -> str:
    return (
        f"      - id: {cid}\n"
        f"        text: Reply {cid} to this moment.\n"
        f"        verdict: {verdict}\n"
        f"        feedback: What reply {cid} does, and why.\n"
        f"        next: {target}\n"
    )


def wide_case(decisions: int = 26, case_id: str = "wide-case") -> str:
    """A valid case with 2**decisions paths: ``decisions`` steps in a row, two replies each."""
    parts = [CASE_HEAD.format(id=case_id, title="Many ways through"), "nodes:\n"]
    for index in range(decisions):
        here = f"step-{index}"
        after = f"step-{index + 1}" if index + 1 < decisions else "done"
        parts.append(f"  - id: {here}\n    text: Moment {index}.\n    choices:\n")
        parts.append(_choice("a", "follows", after) + _choice("b", "partial", after))
    parts.append("endings:\n  - id: done\n    title: The end\n    outcome: helpful\n")
    parts.append("    text: The meeting ends well.\n")
    return "".join(parts)


def long_case(length: int = 1500, case_id: str = "long-case") -> str:
    """A valid case of ``length`` nodes in a chain: each offers going on or going back."""
    parts = [CASE_HEAD.format(id=case_id, title="A long road"), "nodes:\n"]
    for index in range(length):
        here = f"step-{index}"
        after = f"step-{index + 1}" if index + 1 < length else "done"
        before = f"step-{index - 1}" if index else "done"
        parts.append(f"  - id: {here}\n    text: Moment {index}.\n    choices:\n")
        parts.append(_choice("ahead", "follows", after) + _choice("back", "breaks", before))
    parts.append("endings:\n  - id: done\n    title: The end\n    outcome: mixed\n")
    parts.append("    text: The meeting ends.\n")
    return "".join(parts)


def _svg_figure(inner: str, root_attrs: str = "") -> str:
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"{root_attrs}>'
        "<title>Two boxes</title><desc>Two boxes joined by an arrow.</desc>"
        f"{inner}</svg>"
    )
    body = "\n".join("  " + line for line in svg.splitlines())
    return (
        "schema_version: 1\ntype: figure\nid: hostile-figure\ntitle: A figure\n"
        "description: Two boxes joined by an arrow.\nsvg: |\n" + body + "\n"
    )


# ====================================================================================
# validate
# ====================================================================================


@dataclass
class ContentCase:
    """A broken file: what ``validate`` must say about it."""

    name: str
    make: Callable[[Path], Path]
    line: int | None = None
    says: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    exit: int = 1


def _file(data: bytes | str, name: str = "item.yaml") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path

    return make


def _note_lines(**replace: str | bytes) -> bytes:
    lines = NOTE.splitlines()
    out = []
    for line in lines:
        key = line.split(":", 1)[0]
        value = replace.get(key)
        if value is None:
            out.append(line.encode())
        else:
            out.append(value.encode() if isinstance(value, str) else value)
    return b"\n".join(out) + b"\n"


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.yaml"
    os.mkfifo(path)
    return path


def _dangling(folder: Path) -> Path:
    course = folder / "course"
    course.mkdir()
    (course / "item.yaml").write_text(NOTE)
    (course / "gone.yaml").symlink_to(folder / "nowhere.yaml")
    return course


def _fifo_in_folder(folder: Path) -> Path:
    course = folder / "course"
    course.mkdir()
    (course / "item.yaml").write_text(NOTE)
    os.mkfifo(course / "pipe.yaml")
    return course


def _link_loop(folder: Path) -> Path:
    course = folder / "course"
    course.mkdir()
    (course / "item.yaml").write_text(NOTE)
    (course / "loop.yaml").symlink_to(course / "loop.yaml")
    return course


def _big_value(folder: Path) -> Path:
    path = folder / "item.yaml"
    path.write_bytes(_note_lines(title=b"title: " + b"x" * 10_000_000))
    return path


def _big_file(folder: Path) -> Path:
    path = folder / "item.yaml"
    path.write_bytes(NOTE.encode() + b"# padding\n" * 300_000)
    return path


def _valid(text: str, name: str) -> Callable[[Path], Path]:
    return _file(text, name)


def alias_bomb() -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        prev = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([prev] * 9)}]")
    return (
        "schema_version: 1\ntype: note\nid: a-note\ntitle: A\ntext: B\n" + "\n".join(lines) + "\n"
    )


def validate_cases() -> list[ContentCase]:
    c = ContentCase
    n = _note_lines
    cases = [
        # control characters
        c("vertical tab", _file(n(title="title: A\x0bnote")), 4, ("U+000B", "word processor")),
        c("NUL byte", _file(n(title="title: A\x00note")), 4, ("U+0000",)),
        c("form feed", _file(n(text="text: One\x0cTwo")), 5, ("U+000C",)),
        c("escape character", _file(n(title="title: \x1b[31mRed")), 4, ("U+001B",)),
        c("backspace", _file(n(title="title: A\x08B")), 4, ("U+0008",)),
        c("delete character", _file(n(title="title: A\x7fB")), 4, ("U+007F",)),
        c("C1 control (U+0093)", _file(n(title="title: A\u0093B\u0094")), 4, ("U+0093",)),
        c("next line U+0085", _file(n(title="title: A\u0085B")), 4, ("U+0085",)),
        c("line separator U+2028", _file(n(title="title: A\u2028B")), 4, ("U+2028",)),
        c("paragraph separator U+2029", _file(n(text="text: A\u2029B")), 5, ("U+2029",)),
        c("non-character U+FFFF", _file(n(title="title: A\uffffB")), 4, ("U+FFFF",)),
        c(
            "BOM inside a key",
            _file(n(id="\ufeffid: a-note")),
            3,
            ("U+FEFF",),
            ("did you mean 'id'",),
        ),
        c("BOM inside a value", _file(n(title="title: A\ufeffB")), 4, ("U+FEFF",)),
        c(
            "non-breaking space before a key",
            _file(n(title="\u00a0title: A note")),
            4,
            ("U+00A0",),
            ("did you mean 'title'",),
        ),
        c(
            "zero-width space in a key",
            _file(n(title="ti\u200btle: A note")),
            4,
            ("U+200B",),
            ("did you mean 'title'",),
        ),
        # dates
        c(
            "impossible date",
            _file(CRISIS.format(phone='"123"').replace("2026-11-01", "2026-02-30", 1)),
            9,
            ("2026-02-30",),
        ),
        c(
            "month 13",
            _file(CRISIS.format(phone='"123"').replace("2026-11-01", "2026-13-01", 1)),
            9,
            ("2026-13-01",),
        ),
        c(
            "year zero",
            _file(CRISIS.format(phone='"123"').replace("2026-11-01", "0000-01-01", 1)),
            9,
            ("0000-01-01",),
        ),
        c(
            "impossible time",
            _file(CRISIS.format(phone='"123"').replace("2026-11-01", "2026-11-01 25:61:00", 1)),
            9,
            ("25:61",),
        ),
        # tags
        c("!!int on a word", _file(n(title="title: !!int abc")), 4, ("!!int",)),
        c("!!float on a word", _file(n(title="title: !!float abc")), 4, ("!!float",)),
        c("!!bool on a word", _file(n(title="title: !!bool abc")), 4, ("!!bool",)),
        c("!!timestamp on a word", _file(n(title="title: !!timestamp abc")), 4, ("!!timestamp",)),
        c(
            "!!python/object on a mapping",
            _file(n(title="title: !!python/object:os.system {a: 1}")),
            4,
            ("!!python/object",),
        ),
        c(
            "!!python/name on a scalar",
            _file(n(title="title: !!python/name:os.system")),
            4,
            ("!!python/name",),
        ),
        c("!!binary", _file(n(title="title: !!binary aGVsbG8=")), 4, ("!!binary",)),
        c("!!set on a mapping", _file(n(title="title: !!set {a, b}")), 4, ("!!set",)),
        c("local tag on a list", _file(n(title="title: !mine [a, b]")), 4, ("!mine",)),
        c("!!map on the whole file", _file("--- !!map\n" + NOTE), 1, ("!!map",)),
        # numbers
        c("integer of 5,000 digits", _file(n(title="title: " + "9" * 5000)), 4, ("digits",)),
        c(
            "schema version of 4,301 digits",
            _file(n(schema_version="schema_version: " + "1" * 4301)),
            1,
            ("digits",),
        ),
        c("float that overflows", _file(n(title="title: 1e999999")), 4, ("title",)),
        c(
            "octal-looking minutes",
            _file(CURRICULUM.format(minutes="010")),
            8,
            ("010",),
            ("not '8'",),
            0,
        ),
        c("phone 0117", _file(CRISIS.format(phone="0117")), 18, ("0117",), ("'79'",)),
        # YAML 1.2: 1:30 is text, as written (YAML 1.1 made it 90)
        c("phone as a sexagesimal", _file(CRISIS.format(phone="1:30")), 18, (), ("'90'",), 0),
        # aliases and merge keys
        c("alias", _file(n(text="text: *name")), 5, ("alias",)),
        c("anchor and alias", _file(n(title="title: &t A note", text="text: *t")), 4, ("&t",)),
        c("merge key", _file(NOTE + "base: &b {x: 1}\n<<: *b\n"), 6, ("merge",), ("constructor",)),
        c("alias bomb", _file(alias_bomb()), 6, ("alias",)),
        c(
            "recursive alias",
            _file(NOTE + "loop: &loop [*loop]\n"),
            6,
            ("alias",),
        ),
        c("text starting with *", _file(n(title="title: *important* note")), 4, ("double quotes",)),
        c("text starting with &", _file(n(title="title: & friends")), 4, ("double quotes",)),
        # nesting
        c("5,000 nested lists", _file(n(text="text: " + "[" * 5000 + "]" * 5000)), 5, ("deep",)),
        c(
            "1,000 nested blocks",
            _file(NOTE + "".join(" " * i + "k:\n" for i in range(1000))),
            None,
            ("deep",),
        ),
        c(
            "200,000 nested lists",
            _file(n(text="text: " + "[" * 200_000 + "]" * 200_000)),
            5,
            ("deep",),
        ),
        # null and empty documents
        c("only ~", _file("~\n"), 1, ("~",)),
        c("only ---", _file("---\n"), 1, ("---",)),
        c("only null", _file("null\n"), 1, ("null",)),
        c("two documents", _file(NOTE + "---\n" + NOTE), 6, ("---",)),
        c("document end marker then more", _file(NOTE + "...\nmore: x\n"), 6, ("...",)),
        # files that are not plain files
        c("FIFO named .yaml", _fifo, 1, ("pipe",)),
        c("dangling symlink in a folder", _dangling, 1, ("does not exist",)),
        c("FIFO in a folder", _fifo_in_folder, 1, ("pipe",)),
        c("symlink loop in a folder", _link_loop, 1, ("link",)),
        # sizes
        c("10 MB value", _big_value, 1, ("MB",)),
        c("3 MB of comments", _big_file, 1, ("MB",)),
        # keys
        c(
            "key of 1,100 characters",
            _file(NOTE + "k" * 1100 + ": x\n"),
            6,
            ("1,100 characters",),
            ("colon",),
        ),
        c(
            "key of 1,100 characters first",
            _file("k" * 1100 + ": x\n" + NOTE),
            1,
            ("1,100 characters",),
            ("colon",),
        ),
        c("complex key", _file(NOTE + "? [a, b]\n: x\n"), 6, ("key",)),
        c(
            "key written twice after a BOM",
            _file(n(title="title: A\ntit\ufeffle: B")),
            5,
            ("U+FEFF",),
        ),
        # encodings
        c("UTF-16 file", _file(NOTE.encode("utf-16")), 1, ("UTF-16",)),
        c("Latin-1 file", _file(n(title="title: Caf\xe9".encode("latin-1"))), 4, ("UTF-8",)),
        # syntax that used to get a misleading fix
        c("no space after a colon", _file(n(title="title:A note")), 4, ("space",)),
        c(
            "second colon in a value",
            _file(n(title="title: Note: read this")),
            4,
            ("double quotes",),
        ),
        c("text after a closing quote", _file(n(title='title: "A" note')), 4, ("quote",)),
        # a tab after a colon separates like a space in YAML 1.2: harmless, so accepted
        c("tab after a colon", _file(n(title="title:\tA note")), 4, (), (), 0),
        c("@ at the start", _file(n(title="title: @someone")), 4, ("'@'",)),
        c("backtick at the start", _file(n(title="title: `code`")), 4, ("'`'",)),
        c(
            "unknown escape in double quotes",
            _file(n(title='title: "C:\\new\\q"')),
            4,
            ("backslash",),
        ),
        c("unclosed [", _file(n(title="title: [draft")), 4, ("'['",)),
        c("unclosed {", _file(n(title="title: {draft")), 4, ("'{'",)),
        c("stray ]", _file(n(title="title: ]")), 4, ("double quotes",)),
        c("| with text after it", _file(n(text="text: |x")), 5, ("|",)),
        c(
            "line less indented than its block",
            _file("schema_version: 1\ntype: note\nid: a\ntitle: A\ntext: |\n    one\n  two\n"),
            7,
            ("indent",),
        ),
        c("list entry after keys", _file(NOTE + "- stray\n"), 6, ("list",)),
        c("key after list entries", _file("- a\n- b\nkey: c\n"), 3, ("key",)),
        c("a line of plain words", _file(NOTE + "just some words\nmore: x\n"), 6, ("colon",)),
        c("% directive at the start", _file("%YAML 1.1\n" + NOTE), 1, ("%",)),
        # a megabyte of many small things: checking must stay bounded, not just reading
        c(
            "95,000 one-line keys",
            _file(NOTE + "".join(f"k{i}: v\n" for i in range(95_000))),
            None,
            ("values",),
        ),
        c(
            "a list of 160,000 entries",
            _file(NOTE + "extra:\n" + "  - x\n" * 160_000),
            None,
            ("values",),
        ),
        c(
            "9,000 wrong source ids",
            _file(NOTE + "sources:\n" + "".join(f"  - bad{i}\n" for i in range(9_000))),
            7,
            ("more problems",),
        ),
        # valid, but large enough to hang a careless walk
        c("valid case with 2^26 paths", _valid(wide_case(), "wide-case.yaml"), exit=0),
        c("valid case of 1,500 nodes", _valid(long_case(), "long-case.yaml"), exit=0),
    ]
    return cases


def _check_validate(case: ContentCase, folder: Path) -> Result:
    target = case.make(folder)
    run = run_process(
        [PYTHON, "-m", "peerkit", "validate", str(target)],
        cwd=folder,
        env=base_env(folder / "home"),
        timeout=30,
    )
    why = []
    if run.timed_out:
        why.append(f"still running after {run.seconds:.0f} s")
    if run.seconds > SECONDS:
        why.append(f"took {run.seconds:.1f} s")
    if run.megabytes > MEGABYTES:
        why.append(f"used {run.megabytes:.0f} MB")
    if "Traceback" in run.text or "something went wrong" in run.text:
        why.append("traceback or 'something went wrong'")
    if run.code is not None and run.code != case.exit:
        why.append(f"exit {run.code}, not {case.exit}")
    lines = [line for line in run.out.splitlines() if line.strip()]
    if case.exit == 1 and run.code == 1:
        bad = [line for line in lines if not PROBLEM_LINE.match(line)]
        if bad or not lines:
            why.append(f"not 'file:line: problem - fix': {(bad or ['(nothing)'])[0][:120]!r}")
        if case.line is not None and lines:
            found = re.match(r"^.*?:(\d+): ", lines[0])
            if found and int(found.group(1)) != case.line:
                why.append(f"line {found.group(1)}, not {case.line}")
        said = "\n".join(re.sub(r"^.*?:\d+: ", "", line) for line in lines).lower()
        for words in case.says:
            if words.lower() not in said:
                why.append(f"does not say {words!r}")
        if len(run.out) > 20_000:
            why.append(f"printed {len(run.out):,} characters")
    for words in case.never:
        if words.lower() in run.text.lower():
            why.append(f"says {words!r}")
    first = lines[0][:160] if lines else run.err.strip()[:160]
    return Result(case.name, not why, "; ".join(why) + (f" | {first}" if first else ""))


def category_validate(verbose: bool) -> list[Result]:
    results = []
    for case in validate_cases():
        with tempfile.TemporaryDirectory(prefix="peerkit-robust-") as folder:
            results.append(_check_validate(case, Path(folder)))
        if verbose:
            _show(results[-1])
    return results


# ====================================================================================
# notebooks
# ====================================================================================

MUTATIONS = (
    "vertical tab",
    "impossible date",
    "mistyped tag",
    "recursive alias",
    "null document",
    "deep nesting",
    "huge number",
    "not UTF-8",
    "tab indentation",
    "named pipe",
    "dangling link",
)


def mutate(path: Path, kind: str) -> None:
    """Break the content file at ``path`` in one way a facilitator (or a bad paste) might."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    value_lines = [i for i, line in enumerate(lines) if re.match(r"^[a-z_]+: \S", line)]
    first = value_lines[0] if value_lines else 0
    key = lines[first].split(":", 1)[0] if value_lines else "x"
    if kind == "vertical tab":
        lines[first] = lines[first] + "\x0b"
    elif kind == "impossible date":
        lines[first] = f"{key}: 2026-02-30"
    elif kind == "mistyped tag":
        lines[first] = f"{key}: !!int twelve"
    elif kind == "recursive alias":
        lines.append("loop: &loop [*loop]")
    elif kind == "null document":
        lines = ["~"]
    elif kind == "deep nesting":
        lines[first] = f"{key}: " + "[" * 3000 + "]" * 3000
    elif kind == "huge number":
        lines[first] = f"{key}: " + "7" * 5000
    elif kind == "not UTF-8":
        path.write_bytes(text.encode("utf-8") + b"\nnote: caf\xe9\n")
        return
    elif kind == "tab indentation":
        lines.append("extra:\n\tkey: value")
    elif kind == "named pipe":
        path.unlink()
        os.mkfifo(path)
        return
    elif kind == "dangling link":
        path.unlink()
        path.symlink_to(path.parent / "moved-away.yaml")
        return
    else:  # pragma: no cover
        raise ValueError(kind)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def content_paths(data: Path) -> list[Path]:
    return sorted(p.relative_to(data) for p in data.rglob("*.yaml"))


def mutation_plan(data: Path = ROOT / "data") -> list[tuple[Path, str]]:
    """One mutation per content file, the kinds taken in turn."""
    return [(rel, MUTATIONS[i % len(MUTATIONS)]) for i, rel in enumerate(content_paths(data))]


def sandbox(folder: Path) -> Path:
    """A copy of the project's content and notebooks, laid out like the project."""
    shutil.copytree(ROOT / "data", folder / "data")
    shutil.copytree(ROOT / "notebooks", folder / "notebooks")
    return folder


def notebook_calls(path: Path) -> list[str]:
    """The one-line calls of a notebook's code cells, in order (labels dropped)."""
    from peerkit._notebooks import code_lines

    nb = json.loads(path.read_text(encoding="utf-8"))
    return [
        "\n".join(code_lines("".join(cell.get("source", ""))))
        for cell in nb["cells"]
        if cell.get("cell_type") == "code"
    ]


def fresh_kernel() -> None:
    """Forget what an earlier notebook showed, as a new kernel would (the content cache stays:
    every kernel would read the same files)."""
    from peerkit.api import reset_live_context

    reset_live_context()


def run_cell(source: str, namespace: dict[str, Any]) -> Any:
    """Run one code cell as IPython would and return what it displays (its last expression)."""
    import ast

    tree = ast.parse(source)
    last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    body = tree.body[:-1] if last is not None else tree.body
    exec(compile(ast.Module(body=body, type_ignores=[]), "<cell>", "exec"), namespace)
    if last is None:
        return None
    return eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)


def displayed(value: Any) -> dict[str, Any]:
    """What a notebook shows for ``value``: the mime bundle IPython's display formatter asks for."""
    if value is None:
        return {}
    if hasattr(value, "_repr_mimebundle_"):
        bundle = value._repr_mimebundle_() or {}
        if isinstance(bundle, tuple):
            bundle = bundle[0]
        return dict(bundle)
    return {"text/plain": repr(value)}


def run_notebook(path: Path) -> dict[str, Any]:
    """Execute a notebook's cells in this process; what went wrong and what was shown."""
    import peerkit

    fresh_kernel()
    namespace: dict[str, Any] = {"peerkit": peerkit}
    errors: list[str] = []
    crisis_shown = False
    full_notices = 0
    calls = notebook_calls(path)
    for source in calls:
        try:
            bundle = displayed(run_cell(source, namespace))
        except BaseException as err:  # a traceback in the learner's notebook
            errors.append(f"{source.strip()[:60]}: {type(err).__name__}: {str(err)[:200]}")
            continue
        html = str(bundle.get("text/html", ""))
        if "pk-crisis" in html and "emergency" in html.lower():
            crisis_shown = True
        if "pk-notice" in html and "<li>" in html:
            full_notices += 1
    return {
        "errors": errors,
        "crisis_expected": any("crisis_resources" in c for c in calls),
        "crisis_shown": crisis_shown,
        "full_notices": full_notices,
    }


def notebook_verdict(name: str, report: dict[str, Any]) -> Result:
    why = []
    if report["errors"]:
        why.append(f"{len(report['errors'])} cells raised: {report['errors'][0]}")
    if report["crisis_expected"] and not report["crisis_shown"]:
        why.append("no crisis panel")
    if report["full_notices"] > 1:
        why.append(f"the problem list was shown {report['full_notices']} times")
    return Result(name, not why, "; ".join(why))


def _run_all_notebooks(project: Path) -> dict[str, dict[str, Any]]:
    os.environ["PEERKIT_DATA"] = str(project / "data")
    os.environ["PEERKIT_STRICT"] = "0"
    os.environ.pop("PEERKIT_REGION", None)
    reports = {}
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        for notebook in sorted((project / "notebooks").glob("*.ipynb")):
            start = time.perf_counter()
            report = run_notebook(notebook)
            report["seconds"] = time.perf_counter() - start
            reports[notebook.stem] = report
    return reports


def big_case_project(folder: Path, text: str, case_id: str) -> Path:
    """A sandbox whose lesson 04 also shows ``text`` (a huge but valid case)."""
    project = sandbox(folder)
    (project / "data" / "lessons" / "04-conversation-structure" / f"{case_id}.yaml").write_text(
        text
    )
    notebook = project / "notebooks" / "04-conversation-structure.ipynb"
    nb = json.loads(notebook.read_text())
    cell = {
        "cell_type": "code",
        "id": "bigcase",
        "metadata": {},
        "source": f'# A huge case\npeerkit.show("{case_id}")',
        "execution_count": None,
        "outputs": [],
    }
    nb["cells"].insert(2, cell)
    notebook.write_text(json.dumps(nb))
    return project


def _big_case_steps(project: Path, case_id: str) -> dict[str, float | str]:
    import peerkit

    os.environ["PEERKIT_DATA"] = str(project / "data")
    os.environ["PEERKIT_STRICT"] = "1"
    timings: dict[str, float | str] = {}
    start = time.perf_counter()
    shown = peerkit.show(case_id)
    displayed(shown)
    timings["show"] = time.perf_counter() - start
    from peerkit.api import row_for

    start = time.perf_counter()
    case = shown.item
    row_for(case).check(case, row_for(case))
    timings["check"] = time.perf_counter() - start
    start = time.perf_counter()
    key = peerkit.answer_key("04-conversation-structure")
    html = displayed(key).get("text/html", "")
    timings["answer_key"] = time.perf_counter() - start
    timings["answer_key_kb"] = len(html) / 1024
    return timings


def category_notebooks(verbose: bool) -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="peerkit-robust-") as folder:
        base = sandbox(Path(folder) / "clean")
        status, clean, _ = in_child(lambda: _run_all_notebooks(base), timeout=300)
        if status != "ok":
            return [Result("unbroken content", False, f"{status}: {str(clean)[-300:]}")]
        for rel, kind in mutation_plan():
            project = Path(folder) / f"m-{len(results)}"
            shutil.copytree(base, project, symlinks=True)
            mutate(project / "data" / rel, kind)
            status, reports, seconds = in_child(
                lambda project=project: _run_all_notebooks(project), timeout=120
            )
            label = f"{rel} ({kind})"
            if status != "ok":
                for notebook in clean:
                    results.append(
                        Result(f"{label} / {notebook}", False, f"{status}: {str(reports)[-200:]}")
                    )
            else:
                for notebook, report in reports.items():
                    result = notebook_verdict(f"{label} / {notebook}", report)
                    results.append(result)
            if verbose:
                failed = [r for r in results[-len(clean) :] if not r.ok]
                print(
                    f"  {label}: {seconds:.1f} s, {len(failed)} of {len(clean)} notebooks failed"
                    + (f" ({failed[0].detail[:150]})" if failed else ""),
                    flush=True,
                )
            shutil.rmtree(project, ignore_errors=True)
        for text, case_id, title in (
            (wide_case(), "wide-case", "2^26-path case"),
            (long_case(), "long-case", "1,500-node case"),
        ):
            project = big_case_project(Path(folder) / case_id, text, case_id)
            status, timings, seconds = in_child(
                lambda project=project, case_id=case_id: _big_case_steps(project, case_id),
                timeout=90,
            )
            if status != "ok":
                for step in ("show", "check", "answer_key"):
                    results.append(
                        Result(f"{title}: {step}", False, f"{status}: {str(timings)[-300:]}")
                    )
            else:
                for step in ("show", "check", "answer_key"):
                    took = float(timings[step])
                    results.append(
                        Result(
                            f"{title}: {step}",
                            took <= SECONDS,
                            f"{took:.1f} s"
                            + (
                                f", {timings['answer_key_kb']:.0f} KB"
                                if step == "answer_key"
                                else ""
                            ),
                        )
                    )
            if verbose:
                for result in results[-3:]:
                    _show(result)
    return results


# ====================================================================================
# cli
# ====================================================================================


@dataclass
class CliCase:
    name: str
    argv: list[str]
    exit: tuple[int, ...] = (1,)
    says: str = ""
    setup: Callable[[Path], None] | None = None
    keeps: Callable[[Path], str | None] | None = None
    env: dict[str, str] = field(default_factory=dict)
    timeout: float = 120.0


def _write(rel: str, text: str) -> Callable[[Path], None]:
    def setup(project: Path) -> None:
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)

    return setup


def _unchanged(*rels: str) -> tuple[Callable[[Path], None], Callable[[Path], str | None]]:
    """A setup that records the files, and a check that they are still there, unchanged."""
    saved: dict[str, bytes] = {}

    def record(project: Path) -> None:
        saved.clear()
        for rel in rels:
            for path in sorted(project.glob(rel)):
                saved[str(path.relative_to(project))] = path.read_bytes()

    def check(project: Path) -> str | None:
        if not saved:
            return "nothing was recorded"
        for rel, data in saved.items():
            path = project / rel
            if not path.is_file():
                return f"{rel} was deleted"
            if path.read_bytes() != data:
                return f"{rel} was changed"
        return None

    return record, check


def _combine(*steps: Callable[[Path], None] | None) -> Callable[[Path], None]:
    def setup(project: Path) -> None:
        for step in steps:
            if step is not None:
                step(project)

    return setup


def cli_cases() -> list[CliCase]:
    keep_notebooks = _unchanged("notebooks/*.ipynb")
    keep_package = _unchanged("package.json")
    keep_site = _unchanged("site/learner/index.html", "site/notes.txt")
    keep_foreign = _unchanged("out/notes.txt")
    keep_readme = _unchanged("README.md")
    keep_export = _unchanged("exports/old.md")
    keep_fake = _unchanged("fake.ipynb")
    usage = (2,)
    return [
        CliCase("validate an empty path", ["validate", ""], says="empty"),
        CliCase("validate /", ["validate", "/"], says="course"),
        CliCase("validate /proc", ["validate", "/proc"], says="course"),
        CliCase("validate a missing path", ["validate", "nowhere/else"], says="does not exist"),
        CliCase("validate /etc/passwd", ["validate", "/etc/passwd"], says=".yaml"),
        CliCase("validate /dev/zero", ["validate", "/dev/zero"], says="yaml"),
        CliCase(
            "validate a FIFO",
            ["validate", "pipe.yaml"],
            setup=lambda p: os.mkfifo(p / "pipe.yaml"),
            says="pipe",
        ),
        CliCase(
            "validate two paths", ["validate", "data", "notebooks"], exit=usage, says="unrecognized"
        ),
        CliCase("validate --bogus", ["validate", "--bogus"], exit=usage, says="unrecognized"),
        CliCase(
            "validate with PEERKIT_DATA missing",
            ["validate"],
            env={"PEERKIT_DATA": "/nowhere/data"},
            says="does not exist",
        ),
        CliCase("unknown command", ["bogus"], exit=usage, says="invalid choice"),
        CliCase(
            "app --out notebooks",
            ["app", "--build-only", "--out", "notebooks"],
            setup=keep_notebooks[0],
            keeps=keep_notebooks[1],
            says="notebooks",
        ),
        CliCase(
            "app --out a folder with other files",
            ["app", "--build-only", "--out", "out"],
            setup=_combine(
                _write("out/notes.txt", "mine"), _write("out/mine.ipynb", "{}"), keep_foreign[0]
            ),
            keeps=keep_foreign[1],
            says="out",
        ),
        CliCase(
            "app --out a file",
            ["app", "--build-only", "--out", "README.md"],
            setup=keep_readme[0],
            keeps=keep_readme[1],
            says="README.md",
        ),
        CliCase(
            "app --out under a file",
            ["app", "--build-only", "--out", "README.md/app"],
            says="README.md",
        ),
        CliCase(
            "app --out unwritable",
            ["app", "--build-only", "--out", "/proc/peerkit-app"],
            says="/proc/peerkit-app",
        ),
        CliCase("app --out empty", ["app", "--build-only", "--out", ""], says="empty"),
        CliCase(
            "app --notebooks missing",
            ["app", "--build-only", "--notebooks", "nowhere"],
            says="nowhere",
        ),
        CliCase("app --port abc", ["app", "--port", "abc"], exit=usage, says="port"),
        CliCase(
            "app --port 99999", ["app", "--build-only", "--port", "99999"], exit=usage, says="port"
        ),
        CliCase(
            "handouts --out a file",
            ["handouts", "--out", "README.md", "--quiet"],
            setup=keep_readme[0],
            keeps=keep_readme[1],
            says="README.md",
        ),
        CliCase(
            "handouts --out unwritable",
            ["handouts", "--out", "/proc/peerkit-handouts", "--quiet"],
            says="/proc/peerkit-handouts",
        ),
        CliCase(
            "handouts --out a site with its own pages",
            ["handouts", "--out", "site", "--quiet"],
            setup=_combine(
                _write("site/learner/index.html", "<p>my own page</p>"),
                _write("site/notes.txt", "mine"),
                keep_site[0],
            ),
            keeps=keep_site[1],
            says="site",
        ),
        CliCase("handouts --out empty", ["handouts", "--out", "", "--quiet"], says="empty"),
        CliCase(
            "handouts --edition bogus",
            ["handouts", "--edition", "bogus"],
            exit=usage,
            says="invalid choice",
        ),
        CliCase(
            "handouts --region xx",
            ["handouts", "--region", "xx", "--out", "h", "--quiet"],
            says="region",
        ),
        CliCase(
            "clean-notebooks a missing file",
            ["clean-notebooks", "missing.ipynb"],
            says="does not exist",
        ),
        CliCase(
            "clean-notebooks package.json",
            ["clean-notebooks", "package.json"],
            setup=_combine(
                _write("package.json", '{"name": "site", "version": "1.0.0"}\n'), keep_package[0]
            ),
            keeps=keep_package[1],
            says="notebook",
        ),
        CliCase(
            "clean-notebooks JSON that is not a notebook",
            ["clean-notebooks", "fake.ipynb"],
            setup=_combine(_write("fake.ipynb", '{"name": "x"}\n'), keep_fake[0]),
            keeps=keep_fake[1],
            says="notebook",
        ),
        CliCase(
            "clean-notebooks a damaged notebook",
            ["clean-notebooks", "broken.ipynb"],
            setup=_write("broken.ipynb", '{"cells": ['),
            says="broken.ipynb",
        ),
        CliCase(
            "clean-notebooks a binary file",
            ["clean-notebooks", "blob.ipynb"],
            setup=lambda p: (p / "blob.ipynb").write_bytes(b"\xff\xfe\x00garbage"),
            says="blob.ipynb",
        ),
        CliCase("clean-notebooks an empty path", ["clean-notebooks", ""], says="empty"),
        CliCase(
            "clean-notebooks a FIFO",
            ["clean-notebooks", "pipe.ipynb"],
            setup=lambda p: os.mkfifo(p / "pipe.ipynb"),
            says="pipe.ipynb",
        ),
        CliCase("badges --readme missing", ["badges", "--readme", "MISSING.md"], says="MISSING.md"),
        CliCase("badges --readme a folder", ["badges", "--readme", "data"], says="data"),
        CliCase(
            "badges --write --readme missing",
            ["badges", "--write", "--readme", "MISSING.md"],
            says="MISSING.md",
        ),
        CliCase("journal export an empty path", ["journal", "export", ""], says="export"),
        CliCase(
            "journal export onto a file without --overwrite",
            ["journal", "export", "exports/old.md"],
            setup=_combine(_write("exports/old.md", "my old export"), keep_export[0]),
            keeps=keep_export[1],
            says="",
        ),
        CliCase(
            "journal export into /proc",
            ["journal", "export", "/proc/peerkit.md"],
            says="/proc/peerkit.md",
        ),
        CliCase(
            "journal export --format bogus",
            ["journal", "export", "x.md", "--format", "bogus"],
            exit=usage,
            says="invalid choice",
        ),
        CliCase(
            "journal delete --entry abc",
            ["journal", "delete", "--entry", "abc", "--yes"],
            exit=usage,
            says="entry number",
        ),
        CliCase(
            "journal delete --entry huge",
            ["journal", "delete", "--entry", "9" * 30, "--yes"],
            exit=(0, 1),
            says="entry",
        ),
        CliCase(
            "journal where with PEERKIT_HOME=/etc",
            ["journal", "where"],
            env={"PEERKIT_HOME": "/etc"},
            says="/etc",
        ),
        CliCase(
            "journal list with PEERKIT_HOME=/etc",
            ["journal", "list"],
            env={"PEERKIT_HOME": "/etc"},
            says="/etc",
        ),
        CliCase(
            "journal where with PEERKIT_HOME a file",
            ["journal", "where"],
            env={"PEERKIT_HOME": "README.md"},
            says="README.md",
        ),
        CliCase(
            "agenda --start 25:00", ["agenda", "--start", "25:00"], exit=usage, says="start time"
        ),
        CliCase("agenda without --start", ["agenda"], exit=usage, says="--start"),
        CliCase(
            "agenda --break-every 0",
            ["agenda", "--start", "09:00", "--break-every", "0"],
            exit=(1, 2),
            says="break",
        ),
        CliCase(
            "agenda --break-every -5",
            ["agenda", "--start", "09:00", "--break-every", "-5"],
            exit=(1, 2),
            says="break",
        ),
    ]


def _check_cli(case: CliCase, project: Path, home: Path) -> Result:
    if case.setup is not None:
        case.setup(project)
    env = base_env(home, project / "data", **case.env)
    if env.get("PEERKIT_HOME") == "README.md":
        env["PEERKIT_HOME"] = str(project / "README.md")
    etc_journal = Path("/etc/journal")
    existed = etc_journal.exists()
    run = run_process(
        [PYTHON, "-m", "peerkit", *case.argv], cwd=project, env=env, timeout=case.timeout
    )
    if not existed and etc_journal.exists():
        shutil.rmtree(etc_journal, ignore_errors=True)
        created = True
    else:
        created = False
    why = []
    if run.timed_out:
        why.append(f"still running after {run.seconds:.0f} s")
    if "Traceback" in run.text or "something went wrong" in run.text:
        why.append("traceback or 'something went wrong'")
    if run.code not in case.exit:
        why.append(f"exit {run.code}, not {' or '.join(map(str, case.exit))}")
    if case.says and case.says.lower() not in run.text.lower():
        why.append(f"does not say {case.says!r}")
    if not run.text.strip():
        why.append("said nothing")
    if case.keeps is not None:
        lost = case.keeps(project)
        if lost:
            why.append(lost)
    if created:
        why.append("created /etc/journal")
    said = " ".join(run.text.split())[:160]
    return Result(case.name, not why, "; ".join(why) + f" | {said}")


def category_cli(verbose: bool) -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory(prefix="peerkit-robust-") as folder:
        clean = sandbox(Path(folder) / "clean")
        for name in ("README.md", "pyproject.toml"):
            shutil.copy(ROOT / name, clean / name)
        for number, case in enumerate(cli_cases()):
            project = Path(folder) / f"p{number}"
            shutil.copytree(clean, project)
            home = Path(folder) / f"home{number}"
            home.mkdir()
            _store(home / "journal" / "journal.db", 2, 20)  # a journal to list and export
            results.append(_check_cli(case, project, home))
            if verbose:
                _show(results[-1])
            shutil.rmtree(project, ignore_errors=True)
    return results


# ====================================================================================
# journal faults
# ====================================================================================


def _store(path: Path, entries: int = 0, size: int = 200):
    """A store of ``entries`` entries, written in one transaction (a save per entry would sync
    the disk each time, which is slow for hundreds of entries and changes nothing here)."""
    from peerkit.journal import Store

    store = Store.open(path, allow_inside_project=True)
    created = "2026-11-23T10:15:00.000000+00:00"
    rows = [
        (created, "01-building-trust", "prompt", "A prompt", f"entry {number} " + "w" * size)
        for number in range(entries)
    ]
    with contextlib.closing(sqlite3.connect(path)) as con, con:
        con.executemany(
            "INSERT INTO entries (created, lesson, prompt_id, prompt_text, text) VALUES (?, ?, ?, ?, ?)",
            rows,
        )
    return store


def _delete_all_race_cli(folder: Path) -> tuple[bool, str]:
    from peerkit.journal import cli_delete

    path = folder / "journal" / "journal.db"
    store = _store(path, 3)

    def confirm(question: str) -> bool:
        for number in range(2):  # another notebook saves while the learner reads the question
            store.add_entry("02", "p", "P", f"new {number}")
        return True

    message = cli_delete(confirm, location=path)
    left = len(store.entries())
    return left == 2, f"{left} entries left of the 2 saved meanwhile; said: {message}"


def _delete_all_race_widget(folder: Path) -> tuple[bool, str]:
    from peerkit.journal import JournalDesk, Keeper

    path = folder / "journal" / "journal.db"
    store = _store(path, 3)
    desk = JournalDesk(Keeper(path), titles={})
    question = desk.delete_question()
    store.add_entry("02", "p", "P", "saved from another notebook")
    store.add_entry("02", "p", "P", "and another")
    message = desk.delete_all()
    left = len(store.entries())
    return left == 2, f"asked: {question[:40]}...; {left} entries left of 2; said: {message}"


def _export_child(path: Path, target: Path, overwrite: bool, fsize: int | None = None) -> None:
    from peerkit.journal import cli_export

    if fsize is not None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    message = cli_export(target, overwrite=overwrite, location=path)
    print(json.dumps({"ok": message.ok, "message": str(message)}))


def _fork_export(
    path: Path,
    target: Path,
    overwrite: bool,
    *,
    fsize: int | None = None,
    kill_when_touched: float | None = None,
) -> dict[str, Any] | None:
    """Export in a forked child; with ``kill_when_touched``, SIGKILL it that many seconds after
    anything in the target's folder first changes (a well-timed kill: mid-write)."""
    read, write = os.pipe()
    folder = target.parent
    before = {
        p.name: (p.stat().st_ino, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()
    }
    pid = os.fork()
    if pid == 0:
        os.close(read)
        os.dup2(write, 1)
        try:
            _export_child(path, target, overwrite, fsize)
        except BaseException:
            print(
                json.dumps({"ok": False, "message": "EXCEPTION " + traceback.format_exc()[-300:]})
            )
        sys.stdout.flush()
        os._exit(0)
    os.close(write)
    if kill_when_touched is not None:
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            now = {}
            for p in folder.iterdir():
                with contextlib.suppress(OSError):
                    info = p.stat()
                    now[p.name] = (info.st_ino, info.st_size, info.st_mtime_ns)
            if now != before:
                time.sleep(kill_when_touched)
                break
            if os.waitpid(pid, os.WNOHANG)[0]:
                pid = 0
                break
        if pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    if pid:
        os.waitpid(pid, 0)
    with os.fdopen(read) as pipe:
        text = pipe.read().strip()
    return json.loads(text.splitlines()[-1]) if text else None


def _export_kills(folder: Path) -> tuple[bool, str]:
    path = folder / "store" / "journal.db"
    _store(path, 3000, 2000)
    target = folder / "out" / "journal.md"
    target.parent.mkdir()
    old = b"The old export, which must survive.\n"
    lost = 0
    rng = random.Random(0)
    for _ in range(10):
        for leftover in target.parent.iterdir():
            leftover.unlink()
        target.write_bytes(old)
        _fork_export(path, target, True, kill_when_touched=rng.uniform(0, 0.003))
        data = target.read_bytes() if target.exists() else b""
        complete = data.startswith(b"# My peerkit journal") and b"entry 2999 " in data
        if data != old and not complete:
            lost += 1
    return (
        lost == 0,
        f"old export lost or left partial in {lost} of 10 kills timed to land mid-write",
    )


def _export_disk_full(folder: Path) -> tuple[bool, str]:
    path = folder / "store" / "journal.db"
    _store(path, 50, 500)
    target = folder / "out" / "journal.md"
    target.parent.mkdir()
    first = _fork_export(path, target, False, fsize=4096) or {}
    partial = target.exists()
    leftovers = [p.name for p in target.parent.iterdir() if p.name != "journal.md"]
    second = _fork_export(path, target, False) or {}
    complete = target.exists() and b"entry 49" in target.read_bytes()
    ok = (
        not first.get("ok")
        and not partial
        and not leftovers
        and bool(second.get("ok"))
        and complete
    )
    return ok, (
        f"full disk: said {str(first.get('message'))[:90]!r}; partial file left: {partial}; "
        f"other files left: {leftovers}; retry: {str(second.get('message'))[:60]!r}"
    )


def _export_overwrite_disk_full(folder: Path) -> tuple[bool, str]:
    path = folder / "store" / "journal.db"
    _store(path, 50, 500)
    target = folder / "out" / "journal.md"
    target.parent.mkdir()
    target.write_bytes(b"old export\n")
    first = _fork_export(path, target, True, fsize=4096) or {}
    kept = target.read_bytes() == b"old export\n"
    return (
        not first.get("ok") and kept
    ), f"old export kept: {kept}; said {str(first.get('message'))[:90]!r}"


def _page_of(path: Path, name: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as con:
        return int(
            con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        )


def _child_pages(path: Path, page: int, page_size: int) -> list[int]:
    """The child page numbers of an interior table b-tree page."""
    data = path.read_bytes()
    start = (page - 1) * page_size
    header = start + (100 if page == 1 else 0)
    kind = data[header]
    if kind != 0x05:
        return []
    cells = int.from_bytes(data[header + 3 : header + 5], "big")
    pointers = [
        int.from_bytes(data[header + 12 + 2 * i : header + 14 + 2 * i], "big") for i in range(cells)
    ]
    children = [int.from_bytes(data[start + p : start + p + 4], "big") for p in pointers]
    children.append(int.from_bytes(data[header + 8 : header + 12], "big"))
    return children


def _damage_page(path: Path, page: int, page_size: int) -> None:
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def salvage_figures(folder: Path, entries: int = 500, which: str = "index") -> dict[str, Any]:
    """Damage one page of a journal of ``entries`` entries and open it; what was recovered."""
    from peerkit.journal import Store

    path = folder / "journal" / "journal.db"
    store = _store(path, entries)
    del store
    with contextlib.closing(sqlite3.connect(path)) as con:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        pages = con.execute("PRAGMA page_count").fetchone()[0]
    if which == "index":
        page = _page_of(path, "entries_by_lesson")
    else:
        children = _child_pages(path, _page_of(path, "entries"), page_size)
        page = children[len(children) // 2]
    _damage_page(path, page, page_size)
    start = time.perf_counter()
    reopened = Store.open(path, allow_inside_project=True)
    seconds = time.perf_counter() - start
    recovered = len(reopened.entries())
    notice = reopened.recovered.message if reopened.recovered else ""
    return {
        "entries": entries,
        "pages": pages,
        "damaged_page": page,
        "recovered": recovered,
        "seconds": seconds,
        "notice": notice,
        "integrity": reopened.integrity_check(),
    }


def _salvage_index(folder: Path) -> tuple[bool, str]:
    figures = salvage_figures(folder, 500, "index")
    ok = figures["recovered"] == 500 and "500" in figures["notice"]
    return ok, (
        f"{figures['recovered']} of 500 entries in the new store after damaging index page "
        f"{figures['damaged_page']} of {figures['pages']}, in {figures['seconds'] * 1000:.0f} ms; "
        f"told: {figures['notice'][:150]!r}"
    )


def _salvage_table(folder: Path) -> tuple[bool, str]:
    figures = salvage_figures(folder, 500, "table")
    said = re.search(r"\b(\d+) (?:of \d+ )?(?:journal )?entr", figures["notice"])
    ok = (
        figures["recovered"] >= 450
        and said is not None
        and int(said.group(1)) == figures["recovered"]
    )
    return ok, (
        f"{figures['recovered']} of 500 entries in the new store after damaging table page "
        f"{figures['damaged_page']} of {figures['pages']}; told: {figures['notice'][:150]!r}"
    )


def _garbage_file(folder: Path) -> tuple[bool, str]:
    from peerkit.journal import Store

    path = folder / "journal" / "journal.db"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    store = Store.open(path, allow_inside_project=True)
    aside = [p for p in path.parent.iterdir() if ".unreadable-" in p.name]
    return bool(store.recovered and aside), f"set aside: {[p.name for p in aside]}"


def _as_nobody(work: Callable[[], dict[str, Any]], timeout: float = 30) -> tuple[str, Any, float]:
    def child() -> dict[str, Any]:
        import encodings.utf_8_sig  # noqa: F401 - modules cannot be read once privileges are dropped

        import peerkit
        import peerkit.widgets._journal

        with contextlib.suppress(Exception):
            peerkit.content.load_library()
        if os.getuid() == 0:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
        return work()

    return in_child(child, timeout)


def _locked_folder(folder: Path) -> Path:
    locked = folder / "locked"
    (locked / "inner").mkdir(parents=True)
    folder.chmod(0o755)
    locked.chmod(0o000)
    return locked / "inner"


def _cli_in_child(argv: list[str], home: Path) -> dict[str, Any]:
    """``peerkit ARGV`` run in this process (as ``nobody`` when root): exit status and output.

    A new interpreter could not run as ``nobody`` here (the Python it uses may sit in a
    private folder), so the command runs in a fork that drops its privileges after the
    modules it needs are imported.
    """
    from peerkit import cli as _cli

    _cli.build_parser()  # imports every subcommand's module
    import encodings.utf_8_sig  # noqa: F401 - modules cannot be read once privileges are dropped

    import peerkit.content

    with contextlib.suppress(Exception):
        peerkit.content.load_library()  # lesson titles for list and export, read while we can

    os.environ["PEERKIT_HOME"] = str(home)
    if os.getuid() == 0:
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = _cli.main(argv)
        except SystemExit as exited:
            code = exited.code
        except BaseException:
            code = "raised"
            err.write(traceback.format_exc())
    return {"code": code, "text": out.getvalue() + err.getvalue()}


def _unreadable_cli(folder: Path) -> tuple[bool, str]:
    home = _locked_folder(folder)
    lines = []
    ok = True
    for action in (["where"], ["list"], ["export", str(folder / "x.md")]):
        status, found, _ = in_child(lambda action=action: _cli_in_child(["journal", *action], home))
        if status != "ok":
            ok = False
            lines.append(f"{action[0]}: {status}: {str(found)[-100:]}")
            continue
        text = found["text"]
        good = (
            found["code"] == 1
            and "Traceback" not in text
            and "went wrong" not in text
            and str(home.parent) in text
        )
        ok = ok and good
        lines.append(f"{action[0]}: exit {found['code']}, {' '.join(text.split())[:90]!r}")
    return ok, "; ".join(lines)


def _unreadable_notebook(folder: Path) -> tuple[bool, str]:
    home = _locked_folder(folder)

    def work() -> dict[str, Any]:
        os.environ["PEERKIT_HOME"] = str(home)
        from peerkit.api import new_view
        from peerkit.content import Journal
        from peerkit.journal import Keeper
        from peerkit.practice import JournalPlay

        item = Journal.model_construct(
            type="journal", id="j", title="J", prompt="Write.", guidance=None
        )
        found: dict[str, Any] = {}
        try:
            message = JournalPlay(item, "01", Keeper()).save("words")
            found["prompt"] = [message.ok, str(message)]
        except BaseException as err:
            found["prompt"] = [None, f"raised {type(err).__name__}: {err}"]
        try:
            view = new_view(item, play=JournalPlay(item, "01", Keeper()))
            view.write("words")
            view.save()
            found["button"] = view.feedback.value
        except BaseException as err:
            found["button"] = f"raised {type(err).__name__}: {err}"
        return found

    status, found, _ = _as_nobody(work)
    if status != "ok":
        return False, f"{status}: {str(found)[-200:]}"
    prompt_ok = found["prompt"][0] is False and str(home) in found["prompt"][1]
    button_ok = str(home) in str(found["button"])
    return (
        prompt_ok and button_ok,
        f"save said {found['prompt'][1][:90]!r}; button shows "
        + ("the reason" if button_ok else repr(str(found["button"])[:90])),
    )


def _etc_home(folder: Path) -> tuple[bool, str]:
    def work() -> dict[str, Any]:
        os.environ["PEERKIT_HOME"] = "/etc"
        from peerkit.content import Journal
        from peerkit.journal import Keeper, cli_where
        from peerkit.practice import JournalPlay

        item = Journal.model_construct(
            type="journal", id="j", title="J", prompt="Write.", guidance=None
        )
        try:
            message = JournalPlay(item, "01", Keeper()).save("words")
            saved = [message.ok, str(message)]
        except BaseException as err:
            saved = [None, f"raised {type(err).__name__}"]
        where = cli_where()
        return {"save": saved, "where": [where.ok, str(where)]}

    existed = Path("/etc/journal").exists()
    status, found, _ = in_child(work)
    created = not existed and Path("/etc/journal").exists()
    if created:
        shutil.rmtree("/etc/journal", ignore_errors=True)
    if status != "ok":
        return False, f"{status}: {str(found)[-200:]}"
    ok = found["save"][0] is False and found["where"][0] is False and not created
    return (
        ok,
        f"created /etc/journal: {created}; save said {found['save'][1][:80]!r}; where said {found['where'][1][:80]!r}",
    )


def _other_users_folder(folder: Path) -> tuple[bool, str]:
    if os.getuid() != 0:
        return True, "skipped: needs root to make a folder owned by another user"
    theirs = folder / "theirs"
    theirs.mkdir()
    os.chown(theirs, NOBODY, NOBODY)
    theirs.chmod(0o777)

    def work() -> dict[str, Any]:
        os.environ["PEERKIT_HOME"] = str(theirs)
        from peerkit.journal import cli_where, keeper

        where = cli_where()
        store = keeper().store()
        return {
            "where": [where.ok, str(where)],
            "opened": store is not None,
            "notice": keeper().take_notice(),
        }

    status, found, _ = in_child(work)
    if status != "ok":
        return False, f"{status}: {str(found)[-200:]}"
    ok = found["where"][0] is False and not found["opened"]
    return ok, f"where said {found['where'][1][:100]!r}; opened: {found['opened']}"


def _tighten_file(folder: Path) -> tuple[bool, str]:
    from peerkit.journal import Store

    path = folder / "journal" / "journal.db"
    _store(path, 1)
    path.chmod(0o644)
    Store.open(path, allow_inside_project=True).entries()
    mode = stat.S_IMODE(path.stat().st_mode)
    return mode == 0o600, f"mode after opening: {mode:o}"


def _tighten_folder(folder: Path) -> tuple[bool, str]:
    home = folder / "home"

    def work() -> dict[str, Any]:
        os.environ["PEERKIT_HOME"] = str(home)
        from peerkit.journal import Store, default_path

        location = default_path()
        location.parent.mkdir(parents=True)
        location.parent.chmod(0o755)
        Store.open().add_entry("01", "p", "P", "x")
        location.chmod(0o644)
        Store.open().entries()
        return {
            "folder": oct(stat.S_IMODE(location.parent.stat().st_mode)),
            "file": oct(stat.S_IMODE(location.stat().st_mode)),
        }

    status, found, _ = in_child(work)
    if status != "ok":
        return False, f"{status}: {str(found)[-200:]}"
    return found == {
        "folder": "0o700",
        "file": "0o600",
    }, f"folder {found['folder']}, file {found['file']}"


def _fifo_store(folder: Path) -> tuple[bool, str]:
    path = folder / "journal" / "journal.db"
    path.parent.mkdir()
    os.mkfifo(path)

    def work() -> dict[str, Any]:
        from peerkit.journal import Store, StoreProblem

        try:
            Store.open(path, allow_inside_project=True).entries()
            return {"said": None}
        except StoreProblem as problem:
            return {"said": problem.message}

    status, found, seconds = in_child(work, timeout=15)
    if status != "ok":
        return False, f"{status} after {seconds:.0f} s: {str(found)[-150:]}"
    return bool(found["said"]), f"said {str(found['said'])[:120]!r}"


def _dangling_store(folder: Path) -> tuple[bool, str]:
    path = folder / "journal" / "journal.db"
    path.parent.mkdir()
    path.symlink_to(folder / "elsewhere" / "journal.db")

    def work() -> dict[str, Any]:
        from peerkit.journal import Store, StoreProblem

        try:
            store = Store.open(path, allow_inside_project=True)
            store.add_entry("01", "p", "P", "x")
            return {"said": None, "entries": len(store.entries())}
        except StoreProblem as problem:
            return {"said": problem.message}

    status, found, _ = in_child(work)
    if status != "ok":
        return False, f"{status}: {str(found)[-150:]}"
    return bool(found.get("said")), f"said {str(found.get('said'))[:120]!r}"


def _folder_store(folder: Path) -> tuple[bool, str]:
    from peerkit.journal import Store, StoreProblem

    path = folder / "journal.db"
    path.mkdir()
    try:
        Store.open(path, allow_inside_project=True)
    except StoreProblem as problem:
        return True, problem.message[:120]
    return False, "opened a folder as a journal"


def _export_missing_folder(folder: Path) -> tuple[bool, str]:
    from peerkit.journal import cli_export

    path = folder / "journal" / "journal.db"
    _store(path, 2)
    message = cli_export(folder / "no" / "such" / "place.md", location=path)
    return (not message.ok and "no" in str(message)), str(message)[:120]


def _export_existing(folder: Path) -> tuple[bool, str]:
    from peerkit.journal import cli_export

    path = folder / "journal" / "journal.db"
    _store(path, 2)
    target = folder / "kept.md"
    target.write_text("mine")
    message = cli_export(target, location=path)
    return (not message.ok and target.read_text() == "mine"), str(message)[:120]


def _newer_version(folder: Path) -> tuple[bool, str]:
    from peerkit.journal import Store, StoreProblem

    path = folder / "journal" / "journal.db"
    _store(path, 1)
    with contextlib.closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    try:
        Store.open(path, allow_inside_project=True)
    except StoreProblem as problem:
        return path.read_bytes() == before, problem.message[:120]
    return False, "opened a newer journal"


JOURNAL_SCENARIOS: dict[str, Callable[[Path], tuple[bool, str]]] = {
    "delete all while another notebook saves (command line)": _delete_all_race_cli,
    "delete all while another notebook saves (Delete all button)": _delete_all_race_widget,
    "export --overwrite killed 10 times mid-write": _export_kills,
    "export to a full disk, then again": _export_disk_full,
    "export --overwrite to a full disk": _export_overwrite_disk_full,
    "one damaged index page, 500 entries": _salvage_index,
    "one damaged table page, 500 entries": _salvage_table,
    "journal file that is not a database": _garbage_file,
    "journal under an unreadable folder (command line)": _unreadable_cli,
    "journal under an unreadable folder (notebook and Save button)": _unreadable_notebook,
    "PEERKIT_HOME=/etc": _etc_home,
    "PEERKIT_HOME in another user's folder": _other_users_folder,
    "0644 journal file tightened": _tighten_file,
    "0755 journal folder tightened": _tighten_folder,
    "journal file is a named pipe": _fifo_store,
    "journal file is a dangling link": _dangling_store,
    "journal file is a folder": _folder_store,
    "export into a folder that does not exist": _export_missing_folder,
    "export onto an existing file": _export_existing,
    "journal from a newer peerkit": _newer_version,
}


def category_journal(verbose: bool) -> list[Result]:
    results = []
    for name, scenario in JOURNAL_SCENARIOS.items():
        with tempfile.TemporaryDirectory(prefix="peerkit-robust-") as folder:
            Path(folder).chmod(0o755)

            def work(scenario=scenario, folder=folder) -> list[Any]:
                os.environ["PEERKIT_HOME"] = str(Path(folder) / "peerkit-home")
                ok, detail = scenario(Path(folder))
                return [ok, detail]

            status, answer, _ = in_child(work, timeout=120)
            if status == "ok":
                results.append(Result(name, bool(answer[0]), str(answer[1])))
            else:
                results.append(Result(name, False, f"{status}: {str(answer)[-300:]}"))
            for path in Path(folder).rglob("*"):  # let the temporary folder be removed
                with contextlib.suppress(OSError):
                    if path.is_dir() and not path.is_symlink():
                        path.chmod(0o755)
        if verbose:
            _show(results[-1])
    return results


# ====================================================================================
# svg
# ====================================================================================

SVG_VECTORS: dict[str, tuple[str, str]] = {
    # name: (markup inside <svg>, extra attributes on <svg>)
    "meta refresh": ('<meta http-equiv="refresh" content="0;url=https://example.com/"/>', ""),
    "off-site form": ('<form action="https://example.com/steal"><input name="q"/></form>', ""),
    "embed with a data: URL": (
        '<embed src="data:text/html,&lt;script&gt;parent.alert(1)&lt;/script&gt;"/>',
        "",
    ),
    "CSS escape in a style attribute": (
        '<rect width="10" height="10" style="fill: u\\72l(https://example.com/p.svg#p)"/>',
        "",
    ),
    "CSS escape @import in <style>": ('<style>@\\69mport "https://example.com/x.css";</style>', ""),
    "CSS escape url in <style>": ("<style>rect { fill: \\75rl(//example.com/p) }</style>", ""),
    "remote url() in a presentation attribute": (
        '<rect width="10" height="10" fill="url(https://example.com/p.svg#g)"/>',
        "",
    ),
    "remote @font-face": (
        "<style>@font-face { font-family: x; src: url(https://example.com/f.woff) }</style>",
        "",
    ),
    "script": ("<script>alert(1)</script>", ""),
    "script with an svg: prefix": (
        '<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>',
        "",
    ),
    "script in the XHTML namespace": (
        '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>',
        "",
    ),
    "onload on the root": ("<rect width='1' height='1'/>", ' onload="alert(1)"'),
    "onclick in capitals": ('<rect width="10" height="10" ONCLICK="alert(1)"/>', ""),
    "foreignObject with an iframe": (
        '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.com"/></foreignObject>',
        "",
    ),
    "iframe": ('<iframe src="https://example.com"/>', ""),
    "link to javascript:": ('<a href="javascript:alert(1)"><text y="20">x</text></a>', ""),
    "xlink to javascript: as character references": (
        '<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="&#106;avascript:alert(1)"><text y="20">x</text></a>',
        "",
    ),
    "use of a remote file": ('<use href="https://example.com/s.svg#x"/>', ""),
    "use of a data: URL": ('<use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x"/>', ""),
    "remote image": ('<image href="https://example.com/x.png" width="10" height="10"/>', ""),
    "set href to javascript:": (
        '<a href="#x"><set attributeName="href" to="javascript:alert(1)"/><text y="20">x</text></a>',
        "",
    ),
    "animate href": (
        '<a href="#x"><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a>',
        "",
    ),
    "feImage from the web": (
        '<filter id="f"><feImage href="https://example.com/x.png"/></filter>',
        "",
    ),
    "escaped markup in text": (
        '<text y="20">&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text>',
        "",
    ),
    "CDATA holding markup": (
        '<text y="20"><![CDATA[</text></svg><img src=x onerror=alert(1)>]]></text>',
        "",
    ),
    "attribute value that closes its quote": (
        '<rect width="10" height="10" class="&quot; onmouseover=&quot;alert(1)"/>',
        "",
    ),
    "CSS expression()": ('<rect width="10" height="10" style="width: expression(alert(1))"/>', ""),
    "-moz-binding": (
        '<rect width="10" height="10" style="-moz-binding: url(https://example.com/x.xml#b)"/>',
        "",
    ),
    "base element": ('<base href="https://example.com/"/>', ""),
    "object": ('<object data="https://example.com/x.html"/>', ""),
    "link rel=stylesheet": ('<link rel="stylesheet" href="https://example.com/x.css"/>', ""),
    "img with onerror": ('<img src="x" onerror="alert(1)"/>', ""),
    "HTML breakout tag (p)": ("<p>text that leaves the SVG</p>", ""),
    "xml:base to the web": (
        '<g xml:base="https://example.com/"><rect width="1" height="1"/></g>',
        "",
    ),
    "remote mask": ('<rect mask="url(https://example.com/m.svg#m)" width="1" height="1"/>', ""),
    "xml-stylesheet instruction": (
        '<?xml-stylesheet href="https://example.com/x.css"?><rect width="1" height="1"/>',
        "",
    ),
    "style element with a remote url": (
        "<style>rect { fill: url(https://example.com/p.svg#g) }</style>",
        "",
    ),
}

_SAFE_TAGS = {
    "svg", "g", "title", "desc", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "path", "text", "tspan", "defs", "marker", "lineargradient", "radialgradient", "stop",
    "clippath", "symbol", "use",
}  # fmt: skip
_PAGE_TAGS = {
    "section",
    "h3",
    "figure",
    "div",
    "figcaption",
    "p",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "span",
    "details",
    "summary",
    "a",
    "aside",
    "br",
    "code",
}


def harmful(html: str) -> str | None:
    """What in ``html`` (a figure as shown) could run, load, post or navigate; None if nothing."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Scan(HTMLParser):
        in_svg = 0
        style = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "svg":
                self.in_svg += 1
            allowed = _SAFE_TAGS if self.in_svg else _PAGE_TAGS
            if tag not in allowed:
                found.append(f"<{tag}>")
            if tag == "style":
                self.style = True
            for name, value in attrs:
                value = value or ""
                low = value.lower().replace(" ", "")
                if name.startswith("on"):
                    found.append(f"{name}=")
                if name in (
                    "href",
                    "xlink:href",
                    "src",
                    "action",
                    "formaction",
                    "data",
                    "xml:base",
                ) and not value.startswith("#"):
                    found.append(f"{name}={value[:30]}")
                if (
                    "javascript:" in low
                    or "\\" in value
                    or "expression(" in low
                    or "binding" in low
                ):
                    found.append(f"{name}={value[:30]}")
                if re.search(r"url\((?!['\"]?#)", low):
                    found.append(f"{name}={value[:30]}")

        def handle_endtag(self, tag: str) -> None:
            if tag == "svg":
                self.in_svg -= 1
            if tag == "style":
                self.style = False

        def handle_data(self, data: str) -> None:
            if self.style and (
                "@import" in data or "\\" in data or re.search(r"url\((?!['\"]?#)", data)
            ):
                found.append(f"<style>{data[:30]}")

        def handle_pi(self, data: str) -> None:
            found.append(f"<?{data[:20]}")

    Scan().feed(html)
    return ", ".join(found) or None


def figure_html(markup: str) -> str:
    """The figure as a notebook and a handout show it, built without validation (as if it slipped past)."""
    from peerkit.api import render_item
    from peerkit.content import Figure

    figure = Figure.model_construct(
        type="figure",
        id="hostile-figure",
        title="A figure",
        description="Two boxes joined by an arrow.",
        svg=markup,
        caption=None,
        facilitator=None,
        sources=[],
        references=[],
        schema_version=1,
    )
    return render_item(figure)


def _svg_case(name: str, inner: str, attrs: str, folder: Path) -> Result:
    from peerkit.content import validate

    text = _svg_figure(inner, attrs)
    path = folder / "figure.yaml"
    path.write_text(text)
    try:
        problems = validate(path)
        rejected = bool(problems)
        said = str(problems[0]) if problems else "accepted"
    except Exception as err:
        return Result(name, False, f"validate raised {type(err).__name__}: {err}")
    markup = text.split("svg: |\n", 1)[1]
    markup = "\n".join(line[2:] for line in markup.splitlines())
    try:
        danger = harmful(figure_html(markup))
    except Exception as err:  # refusing to show it at all is also harmless
        danger = None
        said += f"; not shown ({type(err).__name__})"
    neutralised = danger is None
    detail = (
        f"rejected: {rejected}; shown harmless: {neutralised}"
        + (f" ({danger})" if danger else "")
        + f" | {said.split(': ', 1)[-1][:110]}"
    )
    return Result(name, rejected or neutralised, detail)


def _handout_policy() -> list[Result]:
    from peerkit.content import load_library
    from peerkit.handouts._build import HandoutError, render_notebook

    library = load_library(ROOT / "data")
    nb = {
        "cells": [{"cell_type": "markdown", "metadata": {}, "source": "# Page\n\nText."}],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    page = render_notebook(
        nb,
        library=library,
        edition="learner",
        region=None,
        where="x.ipynb",
        folder=ROOT / "notebooks",
    )
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    policy = csp.group(1) if csp else ""
    results = [Result("handout CSP forbids form posts", "form-action 'none'" in policy, policy)]
    for label, source in (
        (
            "handout refuses a meta refresh from a notebook",
            '<meta http-equiv="refresh" content="0;url=https://example.com">',
        ),
        (
            "handout refuses a form from a notebook",
            '<form action="https://example.com"><button>Go</button></form>',
        ),
    ):
        nb["cells"][0]["source"] = f"# Page\n\n{source}\n"
        try:
            page = render_notebook(
                nb,
                library=library,
                edition="learner",
                region=None,
                where="x.ipynb",
                folder=ROOT / "notebooks",
            )
            bad = 'http-equiv="refresh"' in page or "<form" in page
            results.append(Result(label, not bad, "written into the page" if bad else "left out"))
        except HandoutError as err:
            results.append(Result(label, True, f"refused: {str(err)[:100]}"))
    return results


def category_svg(verbose: bool) -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory(prefix="peerkit-robust-") as folder:
        os.environ["PEERKIT_DATA"] = str(ROOT / "data")
        for name, (inner, attrs) in SVG_VECTORS.items():
            results.append(_svg_case(name, inner, attrs, Path(folder)))
            if verbose:
                _show(results[-1])
    for result in _handout_policy():
        results.append(result)
        if verbose:
            _show(result)
    return results


# ====================================================================================


def _show(result: Result) -> None:
    mark = "ok  " if result.ok else "FAIL"
    print(f"  {mark} {result.name}: {result.detail}"[:400], flush=True)


RUNNERS: dict[str, Callable[[bool], list[Result]]] = {
    "validate": category_validate,
    "notebooks": category_notebooks,
    "cli": category_cli,
    "journal": category_journal,
    "svg": category_svg,
}
TITLES = {
    "validate": "validate",
    "notebooks": "notebooks",
    "cli": "CLI",
    "journal": "journal faults",
    "svg": "SVG vectors",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", default=",".join(CATEGORIES), help="categories to run, comma-separated"
    )
    parser.add_argument("--verbose", action="store_true", help="print every case")
    args = parser.parse_args(argv)
    os.environ["PEERKIT_HOME"] = tempfile.mkdtemp(prefix="peerkit-robust-home-")
    os.environ.pop("PEERKIT_REGION", None)
    chosen = [c.strip() for c in args.only.split(",") if c.strip()]
    unknown = [c for c in chosen if c not in RUNNERS]
    if unknown:
        parser.error(f"unknown category {unknown[0]!r}; choose from {', '.join(CATEGORIES)}")
    table = []
    for category in chosen:
        start = time.perf_counter()
        if args.verbose:
            print(f"{TITLES[category]}:", flush=True)
        results = RUNNERS[category](args.verbose)
        failed = [r for r in results if not r.ok]
        table.append((TITLES[category], len(results), len(failed), time.perf_counter() - start))
        if failed and not args.verbose:
            print(f"{TITLES[category]}: failed cases", flush=True)
            for result in failed:
                _show(result)
    print()
    print(f"{'category':<16}{'tried':>7}{'failed':>8}{'seconds':>9}")
    for title, tried, failed, seconds in table:
        print(f"{title:<16}{tried:>7}{failed:>8}{seconds:>9.0f}")
    total_failed = sum(row[2] for row in table)
    print(f"{'total':<16}{sum(row[1] for row in table):>7}{total_failed:>8}")
    return 0 if total_failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
