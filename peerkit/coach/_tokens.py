"""Split a reply into sentences and normalised word tokens, keeping character offsets.

Everything here is a single left-to-right pass: one regular expression with no nested
or overlapping quantifiers finds the words and punctuation, and plain Python groups
them. Contractions are expanded ("you're" -> "you are") so that the phrase lists only
need to spell each phrase one way; every expanded word keeps the offsets of the word
it came from, so findings can point back at the learner's own text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# A sentence is a run of anything but terminators, then any terminators; a word is
# letters/digits, optionally joined by apostrophes ("you're", "o'clock"). Each
# alternative starts with a different kind of character, so matching is linear.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*|[.!?]+")
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_PUNCT_AS_COMMA = frozenset(",;:")
# Longest piece of a sentence scored at once; longer run-ons are cut into pieces.
MAX_WORDS = 80
_END = frozenset(".!?\n")

# Contractions and chat spellings, written out in full.
_EXPAND: dict[str, tuple[str, ...]] = {
    "i'm": ("i", "am"),
    "im": ("i", "am"),
    "i've": ("i", "have"),
    "ive": ("i", "have"),
    "i'll": ("i", "will"),
    "i'd": ("i", "would"),
    "you're": ("you", "are"),
    "youre": ("you", "are"),
    "you've": ("you", "have"),
    "youve": ("you", "have"),
    "you'll": ("you", "will"),
    "youll": ("you", "will"),
    "you'd": ("you", "would"),
    "youd": ("you", "would"),
    "we're": ("we", "are"),
    "we've": ("we", "have"),
    "we'll": ("we", "will"),
    "we'd": ("we", "would"),
    "they're": ("they", "are"),
    "they've": ("they", "have"),
    "they'll": ("they", "will"),
    "they'd": ("they", "would"),
    "it's": ("it", "is"),
    "its": ("it", "is"),
    "that's": ("that", "is"),
    "thats": ("that", "is"),
    "there's": ("there", "is"),
    "theres": ("there", "is"),
    "what's": ("what", "is"),
    "whats": ("what", "is"),
    "how's": ("how", "is"),
    "who's": ("who", "is"),
    "where's": ("where", "is"),
    "here's": ("here", "is"),
    "he's": ("he", "is"),
    "she's": ("she", "is"),
    "let's": ("let", "us"),
    "lets": ("let", "us"),
    "don't": ("do", "not"),
    "dont": ("do", "not"),
    "doesn't": ("does", "not"),
    "doesnt": ("does", "not"),
    "didn't": ("did", "not"),
    "didnt": ("did", "not"),
    "isn't": ("is", "not"),
    "isnt": ("is", "not"),
    "aren't": ("are", "not"),
    "arent": ("are", "not"),
    "wasn't": ("was", "not"),
    "wasnt": ("was", "not"),
    "weren't": ("were", "not"),
    "werent": ("were", "not"),
    "haven't": ("have", "not"),
    "havent": ("have", "not"),
    "hasn't": ("has", "not"),
    "hasnt": ("has", "not"),
    "hadn't": ("had", "not"),
    "hadnt": ("had", "not"),
    "can't": ("can", "not"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "couldn't": ("could", "not"),
    "couldnt": ("could", "not"),
    "won't": ("will", "not"),
    "wont": ("will", "not"),
    "wouldn't": ("would", "not"),
    "wouldnt": ("would", "not"),
    "shouldn't": ("should", "not"),
    "shouldnt": ("should", "not"),
    "mustn't": ("must", "not"),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "u": ("you",),
    "ur": ("your",),
    "ya": ("you",),
    "y'all": ("you",),
    "cuz": ("because",),
    "bc": ("because",),
    "okay": ("ok",),
    "k": ("ok",),
    "alright": ("all", "right"),
    "thx": ("thanks",),
    "ty": ("thank", "you"),
    "tho": ("though",),
    "prob": ("probably",),
    "pls": ("please",),
    "plz": ("please",),
}


# Any other word with a contraction ending: "where're", "who've", "it'll", "why'd".
_SUFFIX = {"re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}
_WH = frozenset({"why", "how", "what", "where", "who", "when"})


class Sentence(NamedTuple):
    """A sentence: its character span, its normalised tokens and whether it asks."""

    start: int
    end: int
    words: tuple[str, ...]
    question: bool


@lru_cache(maxsize=50_000)
def _norm(raw: str) -> tuple[str, ...]:
    """The normalised word(s) for one raw token; punctuation ",;:" all become ","."""
    if not (raw[0].isalnum() or raw[0] == "_"):
        return ("," if raw in _PUNCT_AS_COMMA else raw,)
    low = raw.lower().replace("’", "'")
    hit = _EXPAND.get(low)
    if hit is not None:
        return hit
    if low.endswith("'s"):
        return (low[:-2],)
    if low.endswith("n't"):
        return (low[:-3], "not")
    stem, mark, tail = low.rpartition("'")
    if mark and stem and tail in _SUFFIX:
        # "why'd" -> "why did", "how'd" -> "how did"; otherwise "'d" is "would".
        if tail == "d" and stem in _WH:
            return (stem, "did")
        return (stem, _SUFFIX[tail])
    return (low,)


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences of normalised tokens.

    Sentences end at '.', '!', '?' and line breaks. A comma or other punctuation is
    kept as a token of its own (norm ','), because some phrases care about it.
    """
    out: list[Sentence] = []
    findall = _TOKEN.findall
    for match in _SENTENCE.finditer(text):
        chunk = match.group()
        raw = findall(chunk)
        if not raw or not any(t[0].isalnum() for t in raw):
            continue
        words: list[str] = []
        for token in raw:
            if token[0] in _END:
                continue
            words.extend(_norm(token))
        if not words:
            continue
        body = chunk.rstrip()
        start = match.start() + len(chunk) - len(chunk.lstrip())
        end = match.start() + len(body)
        asks = "?" in body[-4:]
        # A run-on "sentence" is cut into pieces so the cost per piece stays bounded.
        for first in range(0, len(words), MAX_WORDS):
            piece = tuple(words[first : first + MAX_WORDS])
            out.append(Sentence(start, end, piece, asks and first + MAX_WORDS >= len(words)))
    return out
