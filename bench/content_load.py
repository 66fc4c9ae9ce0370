"""How long the content takes to load and validate, and how long `import peerkit` takes.

.venv/bin/python bench/content_load.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    python = sys.executable
    baseline = timed([python, "-c", "pass"])
    imported = timed([python, "-c", "import peerkit"])
    validate = timed([python, "-m", "peerkit", "validate"])
    sys.path.insert(0, str(ROOT))
    from peerkit.content import _load
    from peerkit.content import validate as validate_in_process

    start = time.perf_counter()
    for _ in range(20):
        validate_in_process(ROOT / "data")
    per_validate = (time.perf_counter() - start) / 20
    _load._CACHE.clear()
    start = time.perf_counter()
    _load.load_library(ROOT / "data")
    first_load = time.perf_counter() - start
    start = time.perf_counter()
    _load.load_library(ROOT / "data")
    cached_load = time.perf_counter() - start
    files = len(list((ROOT / "data").rglob("*.yaml")))
    print(f"python startup           {baseline * 1000:8.1f} ms")
    print(
        f"import peerkit           {imported * 1000:8.1f} ms  ({(imported - baseline) * 1000:.1f} ms over startup)"
    )
    print(f"peerkit validate (CLI)   {validate * 1000:8.1f} ms  ({files} files)")
    print(f"validate, in process     {per_validate * 1000:8.1f} ms")
    print(f"load_library, first      {first_load * 1000:8.1f} ms")
    print(f"load_library, cached     {cached_load * 1000:8.3f} ms")


if __name__ == "__main__":
    main()
