"""Crash and concurrency checks for the store: kill writers, race writers.

Each round forks a child that opens the store and saves entries in a loop,
telling the parent each entry's id through a pipe only after ``add_entry``
returned, that is after the entry was reported saved. The parent kills the
child with SIGKILL after a short random delay, reopens the store, runs SQLite's
integrity check, and looks for every entry the child reported.
:func:`kill_loop_in_fresh_process` runs the loop from a new Python process, for callers
that hold much memory (``fork()`` copies the caller's memory map). Used by
``bench/store_crash.py`` and tests/test_store_crash.py (a bench harness, not part of the
package learners install); POSIX only (``os.fork``).

:func:`race` starts several writers at the same moment and checks that every
entry each of them saved is there afterwards.
"""

from __future__ import annotations

import json
import os
import random
import signal
import struct
import subprocess
import sys
import time
import warnings
from dataclasses import asdict, dataclass
from itertools import pairwise
from pathlib import Path

from peerkit.journal._store import Store

_RECORD = struct.Struct("<qq")  # entry id, sequence number within the round
_PROMPT = "Crash check prompt"


@dataclass
class CrashReport:
    """What a run of :func:`kill_loop` found."""

    kills: int = 0
    reported: int = 0  # entries the children reported saved
    found: int = 0  # of those, how many were there after the kill, with the right text
    unreported: int = 0  # committed, but the child died before it could say so
    mid_write: int = 0  # kills that left a hot rollback journal: killed inside a transaction
    missing_at_end: int = 0  # reported entries absent from the final, whole-store check
    integrity_failures: int = 0
    set_aside: int = 0  # reopenings that found the file unreadable
    child_errors: int = 0  # children that stopped on their own instead of being killed
    elapsed: float = 0.0

    @property
    def lost(self) -> int:
        return self.reported - self.found

    @property
    def ok(self) -> bool:
        problems = (self.lost, self.missing_at_end, self.integrity_failures, self.set_aside)
        return not (any(problems) or self.child_errors)

    def lines(self) -> list[str]:
        return [
            f"kills                   {self.kills}",
            f"entries reported saved  {self.reported}",
            f"entries found           {self.found}",
            f"entries lost            {self.lost}",
            f"saved but unreported    {self.unreported}",
            f"kills inside a write    {self.mid_write}",
            f"missing at final check  {self.missing_at_end}",
            f"integrity failures      {self.integrity_failures}",
            f"files set aside         {self.set_aside}",
            f"child errors            {self.child_errors}",
            f"elapsed                 {self.elapsed:.1f} s",
        ]


def _text(round_no: int, seq: int) -> str:
    return f"round {round_no} entry {seq}"


def _child(location: Path, pipe: int, round_no: int) -> None:
    """Save entries until killed; never returns."""
    code = 70
    try:
        store = Store.open(location)
        seq = 0
        while True:
            entry = store.add_entry(f"crash-{round_no}", "crash", _PROMPT, _text(round_no, seq))
            os.write(pipe, _RECORD.pack(entry.id, seq))
            seq += 1
    except BaseException:
        code = 71
    finally:
        os._exit(code)


def _fork() -> int:
    """``os.fork()``, without Python 3.12's warning about forking a threaded process.

    The children only open the store with fresh connections and leave with
    ``os._exit``; they take no lock another thread could hold, and the warning
    would otherwise fail a test run that has a Jupyter client thread alive.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _one_round(
    location: Path, round_no: int, rng: random.Random, max_delay: float
) -> dict[int, str]:
    """Fork, let the child write, kill it; return the entries it reported (id -> text)."""
    read_end, write_end = os.pipe()
    pid = _fork()
    if pid == 0:  # pragma: no cover - runs in the child, which never returns
        os.close(read_end)
        _child(location, write_end, round_no)
    os.close(write_end)
    try:
        # Mostly let the child start writing first, so the kill lands among saves;
        # sometimes kill it while it is still opening the store.
        first = b"" if rng.random() < 0.1 else os.read(read_end, _RECORD.size)
        time.sleep(rng.uniform(0.0, max_delay))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        data = first + _read_all(read_end)
    finally:
        os.close(read_end)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    reported = {}
    whole = len(data) - len(data) % _RECORD.size
    for entry_id, seq in _RECORD.iter_unpack(data[:whole]):
        reported[entry_id] = _text(round_no, seq)
    if not killed:
        reported[-1] = ""  # marks a child that stopped by itself
    return reported


MAX_DELAY = 0.004
"""The longest wait, in seconds, between a writer starting and its kill."""


def kill_loop(
    location: Path, kills: int, *, seed: int = 0, max_delay: float = MAX_DELAY
) -> CrashReport:
    """Kill ``kills`` writers at random moments; check after each and at the end."""
    rng = random.Random(seed)
    report = CrashReport()
    started = time.perf_counter()
    Store.open(location)
    everything: dict[int, str] = {}
    for round_no in range(kills):
        reported = _one_round(location, round_no, rng, max_delay)
        report.kills += 1
        if reported.pop(-1, None) is not None:
            report.child_errors += 1
        if Path(f"{location}-journal").exists():
            report.mid_write += 1
        store = Store.open(location)
        if store.recovered is not None:
            report.set_aside += 1
        if store.integrity_check() != "ok":
            report.integrity_failures += 1
        present = {e.id: e.text for e in store.entries(f"crash-{round_no}")}
        report.unreported += len(present.keys() - reported.keys())
        report.found += sum(present.get(i) == text for i, text in reported.items())
        report.reported += len(reported)
        everything.update(reported)
    final = {e.id: e.text for e in Store.open(location).entries()}
    report.missing_at_end = sum(final.get(i) != text for i, text in everything.items())
    report.elapsed = time.perf_counter() - started
    return report


def kill_loop_in_fresh_process(
    location: Path, kills: int, *, seed: int = 0, max_delay: float = MAX_DELAY
) -> CrashReport:
    """:func:`kill_loop` run by a new Python process (this file), which forks the writers.

    Each kill forks, and ``fork()`` copies the caller's memory map: from a test process that
    had run other tests first, 300 kills took 21 s of CPU, against 5 s from a fresh process.
    Raises RuntimeError, with the process's error output, if the loop could not run.
    """
    args = [str(location), str(kills), str(seed), str(max_delay)]
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0:
        raise RuntimeError(f"the kill loop stopped with status {done.returncode}:\n{done.stderr}")
    return CrashReport(**json.loads(done.stdout))


@dataclass
class RaceReport:
    """What a run of :func:`race` found."""

    writers: int
    saved: int  # entries the writers reported saved
    found: int  # of those, present afterwards with the right text
    failed_writers: int  # writers that gave up (for example, busy for too long)
    switches: int  # times the next saved entry came from another writer: proof they overlapped
    slowest_save: float  # seconds, the longest add_entry call (includes waiting for the lock)
    integrity: str
    elapsed: float

    @property
    def ok(self) -> bool:
        return self.saved == self.found and not self.failed_writers and self.integrity == "ok"

    def lines(self) -> list[str]:
        return [
            f"writers                 {self.writers}",
            f"entries reported saved  {self.saved}",
            f"entries found           {self.found}",
            f"writers that failed     {self.failed_writers}",
            f"writer switches         {self.switches}",
            f"slowest save            {self.slowest_save * 1000:.0f} ms",
            f"integrity check         {self.integrity}",
            f"elapsed                 {self.elapsed:.1f} s",
        ]


_RACE_RECORD = struct.Struct("<qqd")  # entry id, sequence number, seconds the save took


def _racer(location: Path, go: int, pipe: int, writer: int, count: int, pause: float) -> None:
    """Wait for the start signal, save ``count`` entries, exit; never returns."""
    code = 0
    try:
        os.read(go, 1)  # returns when the parent closes its end: everyone starts together
        store = Store.open(location)
        rng = random.Random(writer)
        for seq in range(count):
            began = time.perf_counter()
            entry = store.add_entry(f"race-{writer}", "race", _PROMPT, _text(writer, seq))
            took = time.perf_counter() - began
            os.write(pipe, _RACE_RECORD.pack(entry.id, seq, took))
            time.sleep(rng.uniform(0, pause))
    except BaseException:
        code = 72
    finally:
        os._exit(code)


def race(
    location: Path, writers: int = 2, entries: int = 200, *, pause: float = 0.002
) -> RaceReport:
    """Run ``writers`` processes that each save ``entries`` entries at the same time.

    Each writer pauses up to ``pause`` seconds between saves, as separate
    notebooks would; without any pause SQLite's busy handler lets one writer
    finish before the other gets a turn, which loses nothing but tests less.
    """
    started = time.perf_counter()
    Store.open(location)
    go_read, go_write = os.pipe()
    children: list[tuple[int, int, int]] = []
    for writer in range(writers):
        read_end, write_end = os.pipe()
        pid = _fork()
        if pid == 0:  # pragma: no cover - runs in the child, which never returns
            os.close(go_write)
            os.close(read_end)
            _racer(location, go_read, write_end, writer, entries, pause)
        os.close(write_end)
        children.append((writer, pid, read_end))
    os.close(go_read)
    os.close(go_write)
    expected: dict[int, str] = {}
    author: dict[int, int] = {}
    slowest = 0.0
    failed = 0
    for writer, pid, read_end in children:
        try:
            data = _read_all(read_end)
        finally:
            os.close(read_end)
        _, status = os.waitpid(pid, 0)
        failed += not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0)
        for entry_id, seq, took in _RACE_RECORD.iter_unpack(data):
            expected[entry_id] = _text(writer, seq)
            author[entry_id] = writer
            slowest = max(slowest, took)
    store = Store.open(location)
    present = {e.id: e.text for e in store.entries()}
    order = [author[i] for i in sorted(author)]
    return RaceReport(
        writers=writers,
        saved=len(expected),
        found=sum(present.get(i) == text for i, text in expected.items()),
        failed_writers=failed,
        switches=sum(a != b for a, b in pairwise(order)),
        slowest_save=slowest,
        integrity=store.integrity_check(),
        elapsed=time.perf_counter() - started,
    )


if __name__ == "__main__":  # kill_loop_in_fresh_process: LOCATION KILLS SEED MAX_DELAY
    where, count, seed, delay = sys.argv[1:5]
    found = kill_loop(Path(where), int(count), seed=int(seed), max_delay=float(delay))
    print(json.dumps(asdict(found)))
