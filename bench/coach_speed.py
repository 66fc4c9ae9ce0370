"""Time the response coach: per reply, and on large inputs to show the cost grows linearly.

    python bench/coach_speed.py [CSV]

CSV defaults to ../shared/evaldata/dev.csv beside the repository (any CSV with a
``text`` column works; without one, a built-in set of sample replies is used). Prints
the median time per reply (target under 0.2 ms), then the time to analyse 0.25, 0.5
and 1 MB of text (target under 0.5 s for 1 MB) with the ratio between steps: a ratio
near 2 means the cost doubles when the text doubles, i.e. grows linearly.
Figures only; this is not a test.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from peerkit.coach import analyze, crisis_signs  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "evaldata" / "dev.csv"
SAMPLES = (
    "It sounds like you've been carrying a lot on your own. What has helped, even a little?",
    "You should just call your sister and tell her how you feel.",
    "I had it way worse when I was your age, so I know exactly how you feel.",
    "Would it help to hear what worked for me? When I was in early recovery I used a journal.",
    "You kept going to group even on the hard days. That took real commitment.",
)


def replies(path: Path) -> list[str]:
    """Texts from the CSV, or the built-in samples when it is missing."""
    if not path.exists():
        print(f"({path} not found; using {len(SAMPLES)} built-in sample replies)")
        return list(SAMPLES) * 200
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def per_reply(texts: list[str]) -> None:
    """Median and 99th-percentile time per reply."""
    for text in texts[:50]:
        analyze(text)  # warm up
    times = []
    for text in texts:
        start = time.perf_counter()
        analyze(text)
        times.append(time.perf_counter() - start)
    times.sort()
    p99 = times[int(len(times) * 0.99) - 1]
    print(
        f"replies: {len(texts)}  median {statistics.median(times) * 1000:.3f} ms  "
        f"p99 {p99 * 1000:.3f} ms  max {times[-1] * 1000:.3f} ms per reply"
    )


def big_inputs(texts: list[str]) -> None:
    """Time analyze() and crisis_signs() on 0.25, 0.5 and 1 MB built from the replies."""
    corpus = " ".join(texts)
    while len(corpus) < 1_000_000:
        corpus += " " + corpus
    previous = None
    for size in (250_000, 500_000, 1_000_000):
        text = corpus[:size]
        start = time.perf_counter()
        result = analyze(text)
        took = time.perf_counter() - start
        start = time.perf_counter()
        crisis_signs(text)
        crisis = time.perf_counter() - start
        ratio = f"  x{took / previous:.2f} vs previous" if previous else ""
        print(
            f"{size / 1_000_000:.2f} MB: analyze {took:.3f} s ({len(result.findings)} findings)"
            f"{ratio}; crisis_signs {crisis:.3f} s"
        )
        previous = took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    analyze("warm up")
    took = time.perf_counter() - start
    print(f"first call (compiles the rules once) {took:.4f} s")
    texts = replies(args.csv)
    per_reply(texts)
    big_inputs(texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
