"""How long the handouts take to build, and how big they are next to plain nbconvert HTML.

    .venv/bin/python bench/handouts.py

Prints the wall time of `peerkit handouts` (both editions, every notebook in
data/curriculum.yaml, as a person runs it: a fresh process), the median time of
the build itself in this process, and for each notebook the size of its learner
and facilitator handout next to `jupyter nbconvert --to html` of the same
notebook (nbconvert's HTMLExporter with its default settings, run in this
process; it writes the same file the command does). Targets: 20 s or less to
build; a handout half the size of the nbconvert page or less.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_TARGET_S = 20.0
SIZE_TARGET = 0.5


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from nbconvert import HTMLExporter

    from peerkit.content import load_library
    from peerkit.handouts import build

    library = load_library(ROOT / "data")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "peerkit", "handouts", "--quiet", "--out", str(out / "cli")],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        command = time.perf_counter() - start
        runs = []
        for _ in range(5):
            result = build(out / "lib", library=library)
            runs.append(result.seconds)
        notebooks = len({p.name for pages in result.pages.values() for p in pages} - {"index.html"})
        print(f"build, both editions ({notebooks} notebooks, {result.count} pages)")
        print(
            f"  peerkit handouts (fresh process)  {command:6.2f} s"
            f"   target <= {BUILD_TARGET_S:.0f} s:"
            f" {'met' if command <= BUILD_TARGET_S else 'MISSED'}"
        )
        print(f"  build() in process, median of 5   {statistics.median(runs):6.2f} s")
        print()
        print(
            f"{'notebook':34} {'learner':>9} {'facilitator':>12} {'nbconvert':>10}"
            f" {'learner/nbc':>12}"
            f" {'facil./nbc':>11}"
        )
        exporter = HTMLExporter()
        worst = 0.0
        for entry in library.curriculum.lessons:
            notebook = ROOT / entry.notebook
            plain, _ = exporter.from_filename(str(notebook))
            plain_size = len(plain.encode("utf-8"))
            sizes = []
            for edition in ("learner", "facilitator"):
                page = out / "lib" / edition / f"{entry.id}.html"
                sizes.append(page.stat().st_size if page.exists() else None)
            ratios = [s / plain_size if s is not None else None for s in sizes]
            worst = max([worst, *(r for r in ratios if r is not None)])
            cells = [f"{s:>9,}" if s is not None else f"{'-':>9}" for s in sizes]
            shares = [f"{r:>11.2f}" if r is not None else f"{'-':>11}" for r in ratios]
            print(
                f"{entry.id:34} {cells[0]} {cells[1]:>12} {plain_size:>10,}"
                f" {shares[0]:>12} {shares[1]:>11}"
            )
        print(
            f"largest handout/nbconvert ratio {worst:.2f}   target <= {SIZE_TARGET}:"
            f" {'met' if worst <= SIZE_TARGET else 'MISSED'}"
        )


if __name__ == "__main__":
    main()
