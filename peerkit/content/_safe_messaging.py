"""Safe-messaging and phone-number patterns, in one place for validation, tests and feedback.

Safe-messaging guidance about suicide (SRC-22) rules out phrasing that treats suicide as a
crime, a success or a failure ("died by suicide" instead), and any detail of methods or
places. :data:`SAFE_MESSAGING` holds the patterns the course checks every notebook and
data file against; a safety plan's feedback uses them on the learner's words too.

Crisis numbers are shown only by the crisis panel, from ``data/crisis_resources.yaml``:
:func:`phone_numbers` finds numbers written into text by hand.
"""

from __future__ import annotations

import re

SAFE_MESSAGING: tuple[str, ...] = (
    # Phrasing that treats suicide as a crime or a success or failure; say "died by suicide".
    r"\bcommit(?:s|ted|ting)? suicide\b",
    r"\b(?:successful|unsuccessful|failed|completed) suicide\b",
    r"\bfailed (?:suicide )?attempt\b",
    # Method and location detail. Safe-messaging guidance rules out describing how or
    # where; these words and phrases name specific methods and have no other use in a
    # course about peer support. (Means-safety wording such as "lethal means" is allowed.)
    r"\bnoose\b",
    r"\bligature\b",
    r"\bhang(?:ed|ing)? (?:him|her|them|my|your)sel(?:f|ves)\b",
    r"\b(?:shot|shoot|shooting) (?:him|her|them|my|your)sel(?:f|ves)\b",
    r"\bslit(?:s|ting)? (?:his|her|their|my|your) wrists?\b",
    r"\bjump(?:ed|ing|s)? (?:off|from) (?:a|the) (?:bridge|building|roof|cliff)\b",
    r"\bstockpil\w*",
    r"\blethal dose\b",
    r"\bcarbon monoxide\b",
    r"\boverdos\w* on purpose\b",
    r"\bsuicide note\b",
    r"\bsuicide (?:epidemic|method)s?\b",
)
"""Patterns (case-insensitive) that safe messaging about suicide rules out."""

_SAFE = re.compile("|".join(SAFE_MESSAGING), re.I)


def unsafe_phrases(text: str) -> list[str]:
    """The phrases of ``text`` that safe-messaging guidance rules out, in order."""
    return [m[0] for m in _SAFE.finditer(text)]


CRISIS_NUMBERS = r"\b(?:988|911|999|112|000|116 123|13 11 14)\b"
"""Emergency and crisis numbers of the configured regions, as they are written."""

_PHONE = re.compile(
    CRISIS_NUMBERS
    + r"|(?<![\w/])\(?\d{3}\)?[-. ]\d{3}[-. ]\d{3,4}\b"  # 555-010-4477, (555) 010 4477
    + r"|(?<![\w/])\+?\d[\d -]{6,}\d\b"  # +44 20 7946 0000, 0800 111222
    + r"|\b\d{5,}\b"  # 741741
)


def phone_numbers(text: str) -> list[str]:
    """The phone numbers written into ``text`` (emergency and crisis numbers included)."""
    return [" ".join(m[0].split()) for m in _PHONE.finditer(text)]
