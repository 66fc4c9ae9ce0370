"""The wording rules of ``peerkit validate``: safe messaging, person-first language, clean text.

The words and patterns the course-wide rules look for (:mod:`._course_rules` applies them to
notebooks), and the checks of one content file's text, line by line:

- **Safe messaging** (the guidance cited as SRC-22 in data/references.yaml): no "committed
  suicide" or "successful suicide", no method or location detail.
- **Person-first language**: no "client", "consumer", "addict", "manipulative" or
  "non-compliant" in the course's own voice (quoted speech and the replies a case teaches
  as mistakes are a character's words).
- **Clean text**: no mojibake, platform leftovers ("Click Next"), emoji bullets or empty
  "How to respond" headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from . import _cells
from ._models import Case, Item
from ._problems import Problem
from ._yaml import YamlDocument

# --- the words the rules look for ------------------------------------------------------

SENSITIVE_TOPIC = re.compile(
    r"\b(suicid\w*|self[- ]harm\w*|self[- ]injur\w*|abus(?:e|ed|es|ive)|violen\w*|relaps\w*|overdos\w*)\b",
    re.I,
)
NOT_A_TOPIC = re.compile(r"Substance Abuse and Mental Health Services Administration", re.I)
"""SAMHSA's full name mentions abuse but is not about it."""

ALLOWED_WITHOUT_NOTE: dict[tuple[str, str], str] = {
    ("00-welcome", "## Looking after yourself while you learn"): (
        "explains what a content note is and names the topics that get one; it describes no"
        " sensitive material"
    ),
    ("06-crisis-and-suicide-response", "# Crisis and suicide response"): (
        "the lesson's title names its topic; the lesson card straight after it gives the content"
        " note, and the title cell describes no sensitive material"
    ),
}
"""Cells (lesson, first line) that may name a sensitive topic with no content note before them,
each with the reason."""

SAFE_MESSAGING = re.compile(
    "|".join(
        [
            # Phrasing that treats suicide as a crime or a success or failure.
            r"\bcommit(?:s|ted|ting)? suicide\b",
            r"\b(?:successful|unsuccessful|failed|completed) suicide\b",
            r"\bfailed (?:suicide )?attempt\b",
            # Method and location detail, which safe-messaging guidance rules out. These
            # name specific methods and have no other use in a course about peer support
            # (means-safety wording such as "lethal means" is allowed).
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
        ]
    ),
    re.I,
)
SAFE_MESSAGING_FIX = (
    'say "died by suicide" or "attempted suicide", and leave out how or where (see the'
    " safe-messaging guidance in CONTRIBUTING.md)"
)

LABELS = re.compile(r"\b(clients?|consumers?|manipulative|non-?compliant|addicts?)\b", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|^\s*>.*$", re.M)
_URL = re.compile(r"https?://\S+")
LABEL_FIX = (
    'use person-first words: "the person", "a person with a substance use disorder", "people'
    ' who use the service" (a character may say it in quotation marks)'
)

MOJIBAKE = re.compile("âś|đź|â€|âœ|ðŸ|Ã©|Â |[\u0080-\u009f]")
LEFTOVERS = ("en_GBEnglish", "Click Next")
_EMOJI_BULLET = re.compile(
    r"^\s*(?:[-*+]\s*)?[\u2705\u2714\u274c\U0001f539\U0001f6ab\U0001f4d6\U0001f4da\U0001f50d"
    r"\U0001f5e3\U0001f4cc]",
    re.M,
)
PHONE = re.compile(r"\b(988|911|999|112|000|116 123|13 11 14)\b")
CITATION = re.compile(r"\[(SRC-\d\d)\]")


def unsafe_phrases(text: str) -> list[str]:
    """Phrasings that safe-messaging guidance rules out, as found in ``text``."""
    return [m[0] for m in SAFE_MESSAGING.finditer(text)]


def labels_outside_quotes(text: str) -> list[str]:
    """Labels person-first language rules out, except in quoted speech (a character may name
    themself) and in web addresses."""
    return [m[0] for m in LABELS.finditer(_QUOTED.sub(" ", _URL.sub(" ", text)))]


def text_problems(cells: Iterable[dict[str, Any]]) -> list[tuple[int, str]]:
    """(cell index from 0, problem) for mojibake, platform leftovers, lines of no-break spaces,
    emoji bullets, titles ending in 'Copy' and empty 'How to respond' headings."""
    problems: list[tuple[int, str]] = []
    blocks: list[tuple[int, str]] = []  # every markdown line, one marker per code cell, in order
    for index, cell in enumerate(cells):
        source = _cells.source_of(cell)
        found = MOJIBAKE.search(source)
        if found:
            problems.append((index, f"the text has encoding damage ({found[0]!r})"))
        problems += [(index, f"a platform leftover {w!r}") for w in LEFTOVERS if w in source]
        if re.search(r"^\u00a0+$", source, re.M):
            problems.append((index, "a line holding only no-break spaces"))
        if cell.get("cell_type") == "markdown":
            if _EMOJI_BULLET.search(source):
                problems.append((index, "an emoji used as a bullet or status marker"))
            if re.search(r"^#+ .*\sCopy\s*$", source, re.M):
                problems.append((index, "a title ending in 'Copy'"))
            blocks += [(index, line) for line in source.splitlines() if line.strip()]
        else:
            blocks.append((index, "[code]"))
    for position, (index, line) in enumerate(blocks):
        if re.match(r"^#+\s.*how to respond", line, re.I):
            following = blocks[position + 1][1] if position + 1 < len(blocks) else None
            if following is None or following.startswith("#"):
                problems.append((index, f"an empty heading {line!r}"))
    return problems


def course_voice(item: Item) -> Iterator[tuple[tuple[Any, ...], str]]:
    """(path, text) of the item's words in the course's own voice: learner text without the
    replies taught as mistakes (those are a character's words), and the facilitator's notes."""
    from ._prose import learner_strings

    for path, text in learner_strings(item):
        if path and path[-1] == "unhelpful":
            continue
        mistake = (
            isinstance(item, Case)
            and len(path) >= 4
            and path[-3] == "choices"
            and path[-1] == "text"
            and item.nodes[path[1]].choices[path[3]].verdict != "follows"
        )
        if mistake:
            continue
        yield path, text
    facilitator = getattr(item, "facilitator", None)
    if facilitator is not None:
        if facilitator.notes:
            yield ("facilitator", "notes"), facilitator.notes
        for i, line in enumerate(facilitator.debrief):
            yield ("facilitator", "debrief", i), line


# --- content files ----------------------------------------------------------------------


def file_text_problems(doc: YamlDocument) -> list[Problem]:
    """Safe messaging, encoding damage and platform leftovers, line by line of the file."""
    problems = []
    for number, line in enumerate(doc.text_lines, start=1):
        for words in unsafe_phrases(line):
            problems.append(
                Problem(
                    doc.file, number, f'"{words}" goes against safe messaging', SAFE_MESSAGING_FIX
                )
            )
        damaged = MOJIBAKE.search(line)
        if damaged:
            problems.append(
                Problem(
                    doc.file,
                    number,
                    f"the text has encoding damage ({damaged[0]!r})",
                    "retype the damaged characters (they came from a copy in the wrong encoding)",
                )
            )
        for leftover in (*LEFTOVERS, " Copy"):
            if leftover in line and (leftover != " Copy" or line.rstrip().endswith(" Copy")):
                problems.append(
                    Problem(
                        doc.file,
                        number,
                        f"a leftover of the platform the text was copied from ({leftover.strip()!r})",
                        "delete it",
                    )
                )
    return problems


def item_label_problems(doc: YamlDocument, item: Item) -> list[Problem]:
    problems = []
    for path, text in course_voice(item):
        for label in labels_outside_quotes(text):
            problems.append(
                Problem(doc.file, doc.line_of(path), f"'{label}' is not person-first", LABEL_FIX)
            )
    return problems
