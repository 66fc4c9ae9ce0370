"""How far a learner could get by guessing from the shape of the choices, not their sense.

.venv/bin/python bench/item_cues.py [DATA_DIR]

Scored decisions are every case-study step (a right reply is one marked ``follows``),
every single-answer quiz question (the correct option) and every part of an agreement
builder (its sentence marked ``follows``). For each it asks:

- chance: the share of options that are right, i.e. what a blind pick scores;
- longest: always pick the longest option (in characters);
- position k: always pick the k-th option as the file lists it (and handouts print
  it), guessing blindly where a step has fewer than k options. The best k is reported.

Sort cards are asked the same question of their file order: a blind guesser who
deals the cards into the bins in a repeating cycle (every order of the bins, every
starting point) and keeps the best cycle for each sort.

A cue is a problem when a strategy beats chance by more than the margin below:
0.10 for choices, 0.15 for sort cards (the item-design rules in CONTRIBUTING.md).
The last lines are the summary the stop hook shows.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The definitions (what a scored decision is, its lengths, the length ratio, positions)
# are the package's, so that peerkit validate warns about exactly what this prints.
from peerkit.content._cues import Decision  # noqa: E402
from peerkit.content._cues import decisions as _decisions  # noqa: E402

CHOICE_MARGIN = 0.10
SORT_MARGIN = 0.15


def decisions(library) -> tuple[list[Decision], int]:
    """Every scored decision in the library, and how many multi-answer questions were left out."""
    return _decisions(library.items.values())


def best_cycle(bin_ids: list[str], cards: list[frozenset[str]]) -> int:
    """The most cards a repeating deal through the bins gets right, over every cycle."""
    best = 0
    for order in itertools.permutations(bin_ids):
        hits = sum(order[i % len(order)] in bins for i, bins in enumerate(cards))
        best = max(best, hits)
    return best


def sort_figures(library) -> tuple[int, float, int, list[tuple[str, int, int]]]:
    """Cards in all, their chance total, the best-cycle total, and the figures per sort."""
    total = 0
    chance = 0.0
    cyclic = 0
    per_sort = []
    for item in library.items.values():
        if item.type != "sort":
            continue
        bin_ids = [b.id for b in item.bins]
        cards = [frozenset(c.bins) for c in item.cards]
        hits = best_cycle(bin_ids, cards)
        total += len(cards)
        chance += sum(len(c) / len(bin_ids) for c in cards)
        cyclic += hits
        per_sort.append((item.id, hits, len(cards)))
    return total, chance, cyclic, per_sort


def verdict(rate: float, chance: float, margin: float) -> str:
    return "ok" if rate <= chance + margin + 1e-9 else f"TOO HIGH (limit {chance + margin:.2f})"


def report(data: Path, verbose: bool = False) -> list[str]:
    """The printed report, as lines; the last three are the summary."""
    from peerkit.content import load_library

    library = load_library(data)
    found, skipped = decisions(library)
    lines: list[str] = []
    if not found:
        return ["no scored decisions found"]
    n = len(found)
    chance = sum(d.chance for d in found) / n
    longest = sum(d.longest() for d in found) / n
    widest = max(len(d.texts) for d in found)
    positions = [sum(d.position(k) for d in found) / n for k in range(widest)]
    best_k = max(range(widest), key=lambda k: positions[k])
    steps = sum(1 for d in found if d.kind == "case")
    parts = sum(1 for d in found if d.kind == "agreement")
    lines.append(
        f"{n} scored decisions: {steps} case steps, {n - steps - parts} single-answer questions"
        f" and {parts} agreement-builder parts ({skipped} multi-answer questions left out)"
    )
    for k, rate in enumerate(positions):
        lines.append(f"  always option {k + 1}: {rate:.2f}")
    if verbose:
        for d in found:
            lines.append(f"  {d.where}: {d.describe()}")
    total, sort_chance, cyclic, per_sort = sort_figures(library)
    for sort_id, hits, cards in per_sort:
        lines.append(f"  sort {sort_id}: best cycle {hits} of {cards}")
    lines.append(
        f"choices: chance {chance:.2f}, longest {longest:.2f} ({verdict(longest, chance, CHOICE_MARGIN)}),"
        f" best position (option {best_k + 1}) {positions[best_k]:.2f}"
        f" ({verdict(positions[best_k], chance, CHOICE_MARGIN)})"
    )
    if total:
        lines.append(
            f"sort cards: {total} cards, chance {sort_chance / total:.2f}, best cyclic guess"
            f" {cyclic / total:.2f} ({verdict(cyclic / total, sort_chance / total, SORT_MARGIN)})"
        )
    else:
        lines.append("sort cards: none")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT / "data")
    parser.add_argument("--verbose", action="store_true", help="list every step's option lengths")
    args = parser.parse_args(argv)
    print("\n".join(report(args.data, args.verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
