"""Split a reply into sentences and normalised word tokens, keeping character offsets.

Everything here is a single left-to-right pass: one regular expression with no nested
or overlapping quantifiers finds the words and punctuation, and plain Python groups
them. Contractions are expanded ("you're" -> "you are") so that the phrase lists only
need to spell each phrase one way; every expanded word keeps the offsets of the word
it came from, so findings can point back at the learner's own text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# A word is letters/digits, optionally joined by apostrophes ("you're", "o'clock").
# Each alternative starts with a different kind of character, so matching is linear.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[.!?]+|\n|[^\w\s]")

_END = frozenset(".!?\n")

# Contractions and chat spellings, written out in full.
_EXPAND: dict[str, tuple[str, ...]] = {
    "i'm": ("i", "am"), "im": ("i", "am"), "i've": ("i", "have"), "ive": ("i", "have"),
    "i'll": ("i", "will"), "i'd": ("i", "would"),
    "you're": ("you", "are"), "youre": ("you", "are"), "you've": ("you", "have"),
    "youve": ("you", "have"), "you'll": ("you", "will"), "youll": ("you", "will"),
    "you'd": ("you", "would"), "youd": ("you", "would"),
    "we're": ("we", "are"), "we've": ("we", "have"), "we'll": ("we", "will"),
    "we'd": ("we", "would"), "they're": ("they", "are"), "they've": ("they", "have"),
    "they'll": ("they", "will"), "they'd": ("they", "would"),
    "it's": ("it", "is"), "its": ("it", "is"), "that's": ("that", "is"),
    "thats": ("that", "is"), "there's": ("there", "is"), "theres": ("there", "is"),
    "what's": ("what", "is"), "whats": ("what", "is"), "how's": ("how", "is"),
    "who's": ("who", "is"), "where's": ("where", "is"), "here's": ("here", "is"),
    "he's": ("he", "is"), "she's": ("she", "is"), "let's": ("let", "us"), "lets": ("let", "us"),
    "don't": ("do", "not"), "dont": ("do", "not"), "doesn't": ("does", "not"),
    "doesnt": ("does", "not"), "didn't": ("did", "not"), "didnt": ("did", "not"),
    "isn't": ("is", "not"), "isnt": ("is", "not"), "aren't": ("are", "not"),
    "arent": ("are", "not"), "wasn't": ("was", "not"), "wasnt": ("was", "not"),
    "weren't": ("were", "not"), "werent": ("were", "not"), "haven't": ("have", "not"),
    "havent": ("have", "not"), "hasn't": ("has", "not"), "hasnt": ("has", "not"),
    "hadn't": ("had", "not"), "hadnt": ("had", "not"), "can't": ("can", "not"),
    "cant": ("can", "not"), "cannot": ("can", "not"), "couldn't": ("could", "not"),
    "couldnt": ("could", "not"), "won't": ("will", "not"), "wouldn't": ("would", "not"),
    "wouldnt": ("would", "not"), "shouldn't": ("should", "not"),
    "shouldnt": ("should", "not"), "mustn't": ("must", "not"),
    "gonna": ("going", "to"), "wanna": ("want", "to"), "gotta": ("got", "to"),
    "u": ("you",), "ur": ("your",), "ya": ("you",), "y'all": ("you",),
    "cuz": ("because",), "bc": ("because",),
    "okay": ("ok",), "k": ("ok",), "alright": ("all", "right"), "thx": ("thanks",),
    "ty": ("thank", "you"), "tho": ("though",), "prob": ("probably",), "pls": ("please",),
    "plz": ("please",),
}


class Token(NamedTuple):
    """One normalised word or punctuation mark and where it sits in the original text."""

    norm: str
    start: int
    end: int


class Sentence(NamedTuple):
    """A sentence: its character span, its tokens (words only) and how it ends."""

    start: int
    end: int
    words: tuple[Token, ...]
    question: bool


def _norm(raw: str) -> tuple[str, ...]:
    low = raw.lower().replace("’", "'")
    hit = _EXPAND.get(low)
    if hit is not None:
        return hit
    if low.endswith("'s"):
        return (low[:-2],)
    if low.endswith("n't"):
        return (low[:-3], "not")
    return (low,)


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences of normalised tokens.

    Sentences end at '.', '!', '?' and line breaks. A comma or other punctuation is
    kept as a token of its own (norm ','), because some phrases care about it.
    """
    out: list[Sentence] = []
    words: list[Token] = []
    first = -1
    last = 0
    for match in _TOKEN.finditer(text):
        raw = match.group()
        start, end = match.span()
        if raw[0] in _END:
            if words:
                out.append(Sentence(first, end if raw != "\n" else last, tuple(words), "?" in raw))
                words = []
            continue
        if first < 0 or not words:
            first = start
        last = end
        if raw[0].isalnum() or raw[0] == "_":
            for norm in _norm(raw):
                words.append(Token(norm, start, end))
        else:
            words.append(Token("," if raw in ",;:" else raw, start, end))
    if words:
        out.append(Sentence(first, last, tuple(words), False))
    return out
