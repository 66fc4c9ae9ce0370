"""The three timings of issue 16: every notebook executed, `make check` and `make test`.

    .venv/bin/python bench/timings.py                  # this tree
    .venv/bin/python bench/timings.py --before REV     # REV (e.g. a commit on main) too, same run
    .venv/bin/python bench/timings.py --only notebooks,check

- ``notebooks``: every notebook under ``notebooks/`` run top to bottom in a fresh kernel,
  one after another, kernel start included (nbclient, as nbval runs them), with
  ``PEERKIT_STRICT=1`` and a throw-away learner store.
- ``check``: ``make check`` (the quick loop: no browser and no slow tests). A tree from before
  ``make check`` existed runs the same steps: ruff, ``peerkit validate --strict`` and pytest
  without browser, slow or notebook tests.
- ``test``: ``make test`` (everything).

``--before REV`` unpacks REV with ``git archive`` into a temporary folder (no git state
changes) and runs the same measurements there with this tree's environment, in the same
run, alternating the trees so that load affects both alike. The machine is shared, so each
figure comes with what else it needs to be read:

- the load average at the start and the end, and the whole machine's busy, idle and
  stolen CPU seconds during the step (from /proc/stat);
- for ``check`` and ``test``, each pytest pass's own summary line (passed, in how long);
- a reference loop (a fixed piece of pure-Python work, in CPU seconds) at the start and
  the end: one core's speed, not how busy the machine was. The same code on the same
  2-core machine has taken a fifth longer in one hour than in another. On 2026-12-08 the
  loop read 0.36-0.40 CPU-s in two runs and 0.52 in a third, started in the hour when a
  fresh clone's browser tests took 301 s against 253 s half an hour before.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
KINDS = ("notebooks", "check", "test")
TARGETS = {"notebooks": 30.0, "check": 90.0, "test": 360.0}
"""The issue's targets, in seconds, on a quiet 2-core machine."""


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f}/{five:.2f}"


def reference() -> float:
    """CPU seconds for a fixed piece of pure-Python work, the best of three: one core's speed."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        total = 0
        for i in range(5_000_000):
            total += i * i % 7
        best = min(best, time.process_time() - start)
    return best


class Usage(NamedTuple):
    """The whole machine's busy, idle and stolen CPU seconds since it booted (/proc/stat).

    Whole-machine figures, not the step's own: the CPU time of a step's processes reaches this
    script only for those each parent waited for, which in one ``make test`` left out a third
    of the machine's busy time (435 of 652 CPU-s). On an otherwise quiet machine the step is
    most of "busy", and "idle" is what it left unused.
    """

    busy: float
    idle: float
    stolen: float


def usage() -> Usage | None:
    """This machine's CPU time so far, or None where there is no /proc/stat."""
    try:
        text = Path("/proc/stat").read_text(encoding="ascii")
    except OSError:
        return None
    return parse_stat(text, os.sysconf("SC_CLK_TCK"))


def parse_stat(text: str, hertz: int) -> Usage | None:
    """The machine's busy, idle and stolen seconds from /proc/stat's first line ("cpu ...":
    user nice system idle iowait irq softirq steal, then guest time, already inside user)."""
    fields = text.splitlines()[0].split() if text else []
    if len(fields) < 9 or fields[0] != "cpu":
        return None
    user, nice, system, idle, iowait, irq, softirq, steal = (int(f) / hertz for f in fields[1:9])
    return Usage(user + nice + system + irq + softirq, idle + iowait, steal)


def cpu_used(before: Usage | None, after: Usage | None) -> str:
    if before is None or after is None:
        return "machine CPU not known here"
    busy, idle, stolen = (a - b for a, b in zip(after, before, strict=True))
    return f"machine busy {busy:.0f}, idle {idle:.0f}, stolen {stolen:.0f} CPU-s"


PASS_LINE = re.compile(r"^=*\s*((?:no tests ran|\d+ \w+(?:, \d+ \w+)*) in [\d.]+s)\b", re.M)


def passes(output: str) -> list[str]:
    """Each pytest pass's summary ("2064 passed in 45.45s"), in the order the passes ran."""
    return PASS_LINE.findall(output)


def environment(tree: Path, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(tree),
        PEERKIT_STRICT="1",
        PEERKIT_HOME=str(home),
        PEERKIT_DATA=str(tree / "data"),
        PATH=f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}",
    )
    env.pop("PEERKIT_REGION", None)
    return env


def run_notebooks(tree: Path) -> float:
    """Every notebook run in a fresh kernel, one after another; raises if a cell fails."""
    code = """
import sys, time, pathlib, nbformat
from nbclient import NotebookClient
tree = pathlib.Path(sys.argv[1])
paths = sorted(p for p in (tree / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
start = time.perf_counter()
for path in paths:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
print(len(paths), time.perf_counter() - start)
"""
    with tempfile.TemporaryDirectory(prefix="peerkit-bench-home-") as home:
        out = subprocess.run(
            [str(PYTHON), "-c", code, str(tree)],
            cwd=tree,
            env=environment(tree, Path(home)),
            capture_output=True,
            text=True,
        )
    if out.returncode:
        raise SystemExit(f"the notebooks failed in {tree}:\n{out.stderr[-3000:]}")
    count, seconds = out.stdout.split()[-2:]
    print(f"    ({count} notebooks)")
    return float(seconds)


def _has_target(tree: Path, target: str) -> bool:
    makefile = (tree / "Makefile").read_text(encoding="utf-8")
    return any(line.startswith(f"{target}:") for line in makefile.splitlines())


def _make(tree: Path, target: str) -> list[str]:
    # This tree's environment, never remade (-o): a tree's pyproject.toml may be newer.
    stamp = VENV / ".installed"
    command = ["make", "--no-print-directory", f"VENV={VENV}", "-o", str(stamp)]
    if tree.resolve() != ROOT:
        command.append(f"BIN={_commands_for(tree)}")
    return [*command, target]


def _commands_for(tree: Path) -> Path:
    """A bin folder for an older tree's Makefile: this environment's python and ruff, and a
    ``peerkit`` that runs the tree's own package (``python -m peerkit``), not the entry point
    installed for this tree (which may name a module the older tree does not have)."""
    folder = tree / ".bench-bin"
    folder.mkdir(exist_ok=True)
    python = VENV / "bin" / "python"
    # Scripts, not links: a linked python would not find its virtual environment.
    for name, line in (
        ("python", f'exec "{python}" "$@"'),
        ("ruff", f'exec "{VENV / "bin" / "ruff"}" "$@"'),
        ("peerkit", f'exec "{python}" -m peerkit "$@"'),
    ):
        script = folder / name
        script.write_text(f"#!/bin/sh\n{line}\n")
        script.chmod(0o755)
    return folder


OLD_CHECK = [
    ["ruff", "check", "peerkit", "tests", "bench"],
    ["ruff", "format", "--check", "peerkit", "tests", "bench"],
    ["python", "-m", "peerkit", "validate", "--strict"],
    [
        "python",
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:randomly",
        "-m",
        "not browser and not slow and not notebook",
        "tests",
    ],
]
"""What `make check` does, for a tree from before it existed."""


def run_steps(tree: Path, kind: str) -> float | None:
    """Seconds the steps took, or None when one failed (its output is printed)."""
    if _has_target(tree, kind):
        steps = [_make(tree, kind)]
    elif kind == "check":
        steps = OLD_CHECK
    else:
        raise SystemExit(f"{tree} has no 'make {kind}'")
    with tempfile.TemporaryDirectory(prefix="peerkit-bench-home-") as home:
        env = environment(tree, Path(home))
        env.pop("PEERKIT_HOME")  # make test sets up its own
        env.pop("PEERKIT_DATA")
        if not _has_target(tree, "check"):  # an older tree: keep plugins it never knew out
            env["PYTEST_ADDOPTS"] = "-p no:randomly"
        start = time.perf_counter()
        summaries = []
        for step in steps:
            out = subprocess.run(step, cwd=tree, env=env, capture_output=True, text=True)
            if out.returncode:
                print(
                    f"    {' '.join(step)} failed in {tree}:\n{failure(out.stdout + out.stderr, kind)}"
                )
                return None
            summaries += passes(out.stdout)
        seconds = time.perf_counter() - start
        print(f"    ({' | '.join(summaries) or 'no pytest summary'})")
        return seconds


FAILED_LOGS = ROOT / "build"
"""Where the whole output of a step that failed is kept, as timings-<kind>.log (git ignores build/)."""


def failure(output: str, kind: str) -> str:
    """What to print of a failed step: pytest's FAILED and ERROR lines, the end of its output,
    and where the whole output was written (a flaky failure seen once must not be lost)."""
    log = FAILED_LOGS / f"timings-{kind}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(output, encoding="utf-8")
    failed = [line for line in output.splitlines() if line.startswith(("FAILED ", "ERROR "))]
    return "\n".join([*failed, output[-3000:], f"    (all of its output: {log})"])


def measure(tree: Path, kind: str) -> float | None:
    return run_notebooks(tree) if kind == "notebooks" else run_steps(tree, kind)


def shown(seconds: float | None) -> str:
    return "failed" if seconds is None else f"{seconds:.1f} s"


def unpack(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", metavar="REV", help="also measure this git revision")
    parser.add_argument("--only", default=",".join(KINDS), help="notebooks,check,test")
    args = parser.parse_args(argv)
    kinds = [k for k in args.only.split(",") if k]
    if unknown := set(kinds) - set(KINDS):
        parser.error(
            f"unknown timing {', '.join(sorted(unknown))} - choose from {', '.join(KINDS)}"
        )
    trees = {"after": ROOT}
    scratch = None
    if args.before:
        scratch = Path(tempfile.mkdtemp(prefix="peerkit-before-"))
        trees = {f"before ({args.before})": unpack(args.before, scratch), "after": ROOT}
    print(f"{os.cpu_count()} cores, {load()} at the start")
    print(f"reference loop: {reference():.3f} CPU-s at the start", flush=True)
    results: dict[tuple[str, str], float | None] = {}
    try:
        for kind in kinds:
            for name, tree in trees.items():
                print(f"  {kind:9s} {name} ... ({load()})", flush=True)
                before = usage()
                results[kind, name] = measure(tree, kind)
                used = cpu_used(before, usage())
                print(
                    f"  {kind:9s} {name}: {shown(results[kind, name])} ({load()}; {used})",
                    flush=True,
                )
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"reference loop: {reference():.3f} CPU-s at the end")
    print()
    for kind in kinds:
        figures = ", ".join(f"{name} {shown(results[kind, name])}" for name in trees)
        print(f"{kind}: {figures} (target {TARGETS[kind]:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
