"""How long the handouts take to build, and how big they are next to nbconvert HTML.

    .venv/bin/python bench/handouts.py [--executed]

Prints the wall time of `peerkit handouts` (both editions, every notebook in
data/curriculum.yaml, as a person runs it: a fresh process), the median time of
the build itself in this process, and for each notebook the size of its learner
and facilitator handout next to `jupyter nbconvert --to html` of the same
notebook (nbconvert's HTMLExporter with its default settings, run in this
process; it writes the same file the command does). Targets: 20 s or less to
build; a handout half the size of the nbconvert page or less.

Plain nbconvert of a clean notebook shows no exercise at all (there are no
outputs), so ``--executed`` adds the size of `jupyter nbconvert --to html
--execute` too: what nbconvert needs to show anything (a kernel runs every
notebook, with the learner store in a temporary folder; about a minute).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_TARGET_S = 20.0
SIZE_TARGET = 0.5


def _executed_size(notebook: Path, exporter) -> int:
    import nbformat
    from nbconvert.preprocessors import ExecutePreprocessor

    nb = nbformat.read(notebook, as_version=4)
    ExecutePreprocessor(timeout=300).preprocess(nb, {"metadata": {"path": str(notebook.parent)}})
    html, _ = exporter.from_notebook_node(nb)
    return len(html.encode("utf-8"))


def _ratio(size: int | None, base: int) -> str:
    return f"{size / base:>6.2f}" if size is not None else f"{'-':>6}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--executed", action="store_true", help="also compare with nbconvert --execute"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from nbconvert import HTMLExporter

    from peerkit.content import load_library
    from peerkit.handouts import build

    library = load_library(ROOT / "data")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        os.environ["PEERKIT_HOME"] = str(out / "home")  # executed notebooks open the learner store
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
        header = f"{'notebook':34} {'learner':>9} {'facilit.':>9} {'nbconvert':>10}"
        header += f" {'L/nbc':>6} {'F/nbc':>6}"
        if args.executed:
            header += f" {'nbc --execute':>14} {'L/exe':>6} {'F/exe':>6}"
        print(header)
        exporter = HTMLExporter()
        worst: dict[str, float] = {}
        for entry in library.curriculum.lessons:
            notebook = ROOT / entry.notebook
            plain, _ = exporter.from_filename(str(notebook))
            plain_size = len(plain.encode("utf-8"))
            sizes: list[int | None] = []
            for edition in ("learner", "facilitator"):
                page = out / "lib" / edition / f"{entry.id}.html"
                sizes.append(page.stat().st_size if page.exists() else None)
            for size in sizes:
                if size is not None:
                    worst[entry.id] = max(worst.get(entry.id, 0.0), size / plain_size)
            cells = [f"{s:>9,}" if s is not None else f"{'-':>9}" for s in sizes]
            line = (
                f"{entry.id:34} {cells[0]} {cells[1]} {plain_size:>10,}"
                f" {_ratio(sizes[0], plain_size)} {_ratio(sizes[1], plain_size)}"
            )
            if args.executed:
                executed = _executed_size(notebook, exporter)
                line += (
                    f" {executed:>14,} {_ratio(sizes[0], executed)} {_ratio(sizes[1], executed)}"
                )
            print(line, flush=True)
        missed = sorted(name for name, ratio in worst.items() if ratio > SIZE_TARGET)
        print(
            f"largest handout/nbconvert ratio {max(worst.values()):.2f}   target <= {SIZE_TARGET}:"
            f" {'met' if not missed else 'MISSED for ' + ', '.join(missed)}"
        )


if __name__ == "__main__":
    main()
