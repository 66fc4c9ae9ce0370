"""Kill writers of the learner store at random moments and race two writers; print figures.

    python bench/store_crash.py [--kills 1000] [--seed 0] [--writers 2] [--entries 200]

Each kill forks a child that saves journal entries in a loop and reports each
one only after ``add_entry`` returned; the parent kills it with SIGKILL after
a short random delay, reopens the store, runs SQLite's integrity check and
looks for every reported entry. Then several writers save entries at the same
time. The store lives in a fresh temporary folder, never the learner's own.
Exit status 0 when nothing was lost and the store always opened cleanly.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

try:
    import peerkit  # noqa: F401
except ImportError:  # run from a checkout without installing the package
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from crash_harness import MAX_DELAY, kill_loop, race  # beside this script


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000, help="writers to kill (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--max-delay", type=float, default=MAX_DELAY, help="longest wait before a kill, in seconds"
    )
    parser.add_argument("--writers", type=int, default=2, help="concurrent writers (default 2)")
    parser.add_argument("--entries", type=int, default=200, help="entries per concurrent writer")
    args = parser.parse_args(argv)
    if not hasattr(os, "fork"):
        print("This benchmark needs os.fork(), which this platform does not have.")
        return 2
    with tempfile.TemporaryDirectory(prefix="peerkit-crash-") as folder:
        print(f"kill loop: seed {args.seed}, up to {args.max_delay * 1000:.1f} ms before each kill")
        crash = kill_loop(
            Path(folder) / "crash.db", args.kills, seed=args.seed, max_delay=args.max_delay
        )
        print("\n".join(f"  {line}" for line in crash.lines()))
        print(f"concurrent writers: {args.writers} x {args.entries} entries")
        both = race(Path(folder) / "race.db", args.writers, args.entries)
        print("\n".join(f"  {line}" for line in both.lines()))
    ok = crash.ok and both.ok
    print("result: " + ("nothing lost, store always readable" if ok else "PROBLEMS FOUND"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
