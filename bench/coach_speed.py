"""Time the response coach: per reply, and on large inputs to show the cost grows linearly.

    python bench/coach_speed.py [CSV]

CSV defaults to bench/data/coach_replies.csv, the project's own learner-style replies
(any CSV with a ``text`` column works; without one, a built-in set of sample replies is
used). Prints
the median time per reply (target under 0.2 ms) of ``analyze`` and of ``feedback`` for
a written exercise, then the time to analyse 0.25, 0.5 and 1 MB of text (target under
0.5 s for 1 MB; best and median of --repeat calls) with the ratio between steps: a
ratio near 2 means the cost doubles when the text doubles, i.e. grows linearly, and the
best time of ``feedback`` on the same text. Last, the memory the compiled rules hold.
Figures only; this is not a test.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from peerkit.coach import analyze, crisis_signs, feedback  # noqa: E402
from peerkit.coach._phrases import build  # noqa: E402

DEFAULT = ROOT / "bench" / "data" / "coach_replies.csv"
SAMPLES = (
    "It sounds like you've been carrying a lot on your own. What has helped, even a little?",
    "You should just call your sister and tell her how you feel.",
    "I had it way worse when I was your age, so I know exactly how you feel.",
    "Would it help to hear what worked for me? When I was in early recovery I used a journal.",
    "You kept going to group even on the hard days. That took real commitment.",
)


SIZES = (250_000, 500_000, 1_000_000)
"""The large inputs timed by default (characters): the target is under 0.5 s for 1 MB."""


def replies(path: Path) -> list[str]:
    """Texts from the CSV, or the built-in samples when it is missing."""
    if not path.exists():
        print(f"({path} not found; using {len(SAMPLES)} built-in sample replies)")
        return list(SAMPLES) * 200
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


EXERCISE = "rewrite-stay-positive"


def per_reply(texts: list[str]) -> None:
    """Median and 99th-percentile time per reply, for analyze() and for feedback()."""
    for name, function in (
        ("analyze", analyze),
        ("feedback", lambda text: feedback(text, EXERCISE)),
    ):
        for text in texts[:50]:
            function(text)  # warm up
        times = []
        for text in texts:
            start = time.perf_counter()
            function(text)
            times.append(time.perf_counter() - start)
        times.sort()
        p99 = times[int(len(times) * 0.99) - 1]
        print(
            f"replies: {len(texts)}  {name} median {statistics.median(times) * 1000:.3f} ms  "
            f"p99 {p99 * 1000:.3f} ms  max {times[-1] * 1000:.3f} ms per reply"
        )


def _best(function, text: str, repeat: int) -> tuple[float, float, object]:
    """Best and median wall time of ``repeat`` calls, and the last result.

    The best is the figure to compare: on a shared machine, other work can only add
    time, never take it away (the same reasoning as the timeit module's).
    """
    times = []
    result = None
    for _ in range(repeat):
        result = None  # let the previous result go before timing the next call
        start = time.perf_counter()
        result = function(text)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def big_inputs(texts: list[str], repeat: int, sizes: tuple[int, ...] = SIZES) -> None:
    """Time analyze() and crisis_signs() on large texts (0.25, 0.5 and 1 MB) built from the replies."""
    corpus = " ".join(texts)
    while len(corpus) < max(sizes):
        corpus += " " + corpus
    previous = None
    for size in sizes:
        text = corpus[:size]
        took, median, result = _best(analyze, text, repeat)
        crisis, _, _ = _best(crisis_signs, text, repeat)
        notes, _, _ = _best(lambda t: feedback(t, EXERCISE), text, repeat)
        ratio = f"  x{took / previous:.2f} vs previous" if previous else ""
        print(
            f"{size / 1_000_000:.2f} MB: analyze best {took:.3f} s, median {median:.3f} s"
            f" ({len(result.findings)} findings){ratio}; crisis_signs best {crisis:.3f} s;"
            f" feedback best {notes:.3f} s"
        )
        previous = took


def rules_memory() -> None:
    """Memory held by the compiled rules, compacted (as shipped) and not."""
    for compact in (True, False):
        tracemalloc.start()
        rules = build(compact=compact)
        held = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        print(
            f"compiled rules{'' if compact else ' (not compacted)'}: "
            f"{rules.node_count():,} nodes, {held / 1_000_000:.1f} MB"
        )
        del rules


def megabytes(text: str) -> tuple[int, ...]:
    """``--sizes 0.25,0.5,1``: sizes in MB, as characters."""
    try:
        sizes = tuple(int(float(part) * 1_000_000) for part in text.split(","))
    except ValueError as err:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a list of sizes in MB, such as 0.25,0.5,1"
        ) from err
    if not sizes or min(sizes) <= 0:
        raise argparse.ArgumentTypeError("sizes must be above 0 MB")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument(
        "--repeat", type=int, default=3, help="calls per large input (best is shown)"
    )
    parser.add_argument(
        "--sizes",
        type=megabytes,
        default=SIZES,
        help="large inputs to time, in MB (default 0.25,0.5,1: the target is for 1 MB)",
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    analyze("warm up")
    took = time.perf_counter() - start
    feedback("warm up", EXERCISE)  # reads the exercise once
    print(f"first call (compiles the rules once) {took:.4f} s")
    texts = replies(args.csv)
    per_reply(texts)
    big_inputs(texts, args.repeat, args.sizes)
    rules_memory()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
