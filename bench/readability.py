"""Print the Flesch-Kincaid grade of each lesson's learner prose, against the target of grade 9.

Learner prose is what a learner reads: the notebook's markdown cells (without code,
markup or citation keys) and the learner-facing text of every item the notebook shows
(facilitator notes, ids and source keys left out). The facilitator guide is not
counted. Run it with the project's environment and the bench extra installed:

    .venv/bin/python bench/readability.py

Flesch-Kincaid grade = 0.39 * words per sentence + 11.8 * syllables per word - 15.59.
Words and sentences are counted by textstat; syllables come from pyphen's English
hyphenation dictionary (which textstat itself falls back on), raised to the number of
vowel groups where hyphenation counts short. textstat's own English syllable counter
downloads NLTK's CMU dictionary at run time, which offline machines and CI cannot do.
Treat the grades as a guide, not a verdict.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 9.0

try:
    import pyphen
    import textstat
except ImportError:  # pragma: no cover - a message, not a traceback
    sys.exit("bench/readability.py needs the bench extra: .venv/bin/pip install -e '.[bench]'")

from peerkit import load_library  # noqa: E402
from peerkit.content._prose import (  # noqa: E402
    cell_source,
    learner_strings,
    markdown_words,
    notebook_cells,
    shown_in,
)

_HYPHENATOR = pyphen.Pyphen(lang="en_US")


def syllables(word: str) -> int:
    """The larger of pyphen's count and a vowel-group count (hyphenation never splits
    one or two letters off a word's edge, so 'area' or 'being' would count short)."""
    hyphenated = len(_HYPHENATOR.positions(word)) + 1
    groups = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1  # a silent final e
    return max(hyphenated, groups, 1)


def grade(text: str) -> tuple[float, int, int]:
    """Flesch-Kincaid grade, words and sentences of ``text``."""
    words = re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)?", text)
    n_words = textstat.lexicon_count(text, removepunct=True)
    n_sentences = max(1, textstat.sentence_count(text))
    n_syllables = sum(syllables(w.lower()) for w in words)
    if not n_words:
        return 0.0, 0, 0
    score = 0.39 * n_words / n_sentences + 11.8 * n_syllables / max(1, len(words)) - 15.59
    return round(score, 1), n_words, n_sentences


def lesson_prose(lesson_id: str, library) -> str:
    """The learner prose of one lesson, one paragraph per piece, each ending as a sentence."""
    pieces: list[str] = []
    for cell in notebook_cells(ROOT / "notebooks" / f"{lesson_id}.ipynb"):
        if cell["cell_type"] == "markdown":
            pieces += [
                p for p in re.split(r"\n\s*\n", markdown_words(cell_source(cell))) if p.strip()
            ]
        for item_id in shown_in(cell):
            if item_id in library.items:
                pieces += [text for _, text in learner_strings(library.items[item_id])]
    # headings, list entries and labels often lack a full stop; end each piece as a sentence
    return "\n".join(p.strip() if p.strip()[-1:] in ".!?:" else p.strip() + "." for p in pieces)


def main() -> int:
    library = load_library(ROOT / "data")
    print(f"Flesch-Kincaid grade of learner prose (target: {TARGET:g} or lower)")
    print(f"{'lesson':38} {'grade':>5} {'words':>6} {'sentences':>9}  verdict")
    for entry in library.curriculum.lessons:
        if entry.kind != "lesson" or not (ROOT / "notebooks" / f"{entry.id}.ipynb").is_file():
            continue
        score, words, sentences = grade(lesson_prose(entry.id, library))
        verdict = "ok" if score <= TARGET else f"above target by {score - TARGET:.1f}"
        print(f"{entry.id:38} {score:5.1f} {words:6d} {sentences:9d}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
