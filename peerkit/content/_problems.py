"""Problems found in content files, written for the people who edit them.

Every problem names the file, the line, what is wrong and how to fix it, and is
printed as one line: ``file:line: problem - fix``. Nothing in this package lets a
traceback reach a facilitator; code that finds bad content returns or raises
these instead.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a content file."""

    file: str
    line: int
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.problem} - {self.fix}"


class ContentError(Exception):
    """Raised when content cannot be loaded; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems: tuple[Problem, ...] = tuple(sorted(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


def display_path(path: Path | str) -> str:
    """A path as a person would type it: relative to the working folder when possible."""
    p = Path(path)
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # outside the working folder, or a looping link
        return p.as_posix()


def shown(text: str, limit: int = 40) -> str:
    """``text`` as a message quotes it: cut to ``limit`` characters, with characters that
    cannot be seen (control and format characters, odd spaces) written as ``<U+200B>``."""
    out = []
    for char in str(text)[: limit + 1]:
        if char != " " and unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn"):
            out.append(f"<U+{ord(char):04X}>")
        else:
            out.append(char)
    result = "".join(out)
    return result if len(str(text)) <= limit else result[:limit] + "…"


def closest(word: str, known: Iterable[str]) -> str | None:
    """The known word that ``word`` was most likely meant to be, if any is close."""
    matches = difflib.get_close_matches(str(word), list(known), n=1, cutoff=0.6)
    return matches[0] if matches else None


def known_list(known: Iterable[str], limit: int = 8) -> str:
    names = sorted(set(known))
    shown = ", ".join(names[:limit])
    return shown + (f", and {len(names) - limit} more" if len(names) > limit else "")


def did_you_mean(word: str, known: Iterable[str], *, what: str = "") -> str:
    """A fix sentence: 'did you mean X?' when one is close, else the list of choices."""
    known = list(known)
    guess = closest(word, known)
    if guess is not None:
        return f"did you mean '{guess}'?"
    if not known:
        return f"check the spelling{(' of the ' + what) if what else ''}"
    return f"use one of: {known_list(known)}"
