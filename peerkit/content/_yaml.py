"""Read a YAML file into plain Python data while remembering where each value was written.

The file is read as a stream of YAML events (PyYAML's parser, which keeps line
numbers); this module builds dicts, lists and scalars from them without recursion
and records the line of every key and list entry under its path (a tuple such as
``("nodes", 0, "choices", 1, "next")``). Validation code later turns a path back
into a line for its messages.

Content is plain data written by people, so everything YAML offers beyond that is
refused with a plain message rather than interpreted: anchors and aliases (``&a``,
``*a``, the ``<<`` merge key: an alias bomb would otherwise expand to gigabytes),
tags (``!!int``, ``!!python/object``...), more than one document, nesting deeper
than :data:`MAX_DEPTH`, numbers longer than :data:`MAX_DIGITS` digits, impossible
dates, and files larger than :data:`MAX_FILE_BYTES`. Characters that are invisible
or that YAML cannot hold (control characters, line separators, a byte order mark
inside the text) are named, with where they usually come from.

Plain values are read as YAML 1.1 reads them for words (``yes``/``no``/``on``/``off``
are true or false, which validation then explains) and dates, but numbers follow
YAML 1.2: ``010`` is ten, not eight, and ``1:30`` is text, not ninety. What was
written is kept (:meth:`YamlDocument.written`), so a message can quote ``0117``
rather than the number YAML made of it.

Nothing here raises for bad bytes: every mistake comes back as a :class:`Problem`.
"""

from __future__ import annotations

import calendar
import datetime
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from ._problems import Problem, shown

Path_ = tuple[Any, ...]

MAX_FILE_BYTES = 1_000_000
"""Largest content file read (1 MB: fifty times the largest file the course ships)."""
MAX_DEPTH = 32
"""Deepest nesting of blocks and lists (the course's own files need six levels)."""
MAX_DIGITS = 15
"""Longest number read as a number; longer ones are refused (they are never meant)."""
MAX_KEY_CHARS = 1024
"""PyYAML's limit on a key written on one line."""
MAX_VALUES = 50_000
"""Most values (texts, numbers, blocks, list entries; keys are not counted) one file may hold.
The largest course file holds about a thousand, a valid 1,500-step case about 24,000.
Checking is bounded by this, not only by the file's size: 95,000 one-line keys fit in 1 MB
and would each become a problem to explain."""


@dataclass
class YamlDocument:
    """The data of one YAML file, with the line of every path in it."""

    file: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    sources: dict[Path_, str] = field(default_factory=dict)
    """What was written for each plain value that YAML read as something other than text."""
    text_lines: list[str] = field(default_factory=list, repr=False)
    """The file's lines, for messages that depend on how a value was written."""

    def line_of(self, path: Path_) -> int:
        """The line where ``path`` (or the nearest enclosing value) was written."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def written(self, path: Path_) -> str | None:
        """The characters written for the value at ``path``, when YAML read them as a non-text value."""
        return self.sources.get(tuple(path))


# --- characters -------------------------------------------------------------------

_LINE_BREAK_FIX = "delete it, or replace it with an ordinary line break (press Enter)"
_DELETE_FIX = (
    "delete it: most editors do not show it, so delete the characters around it and type them again"
)
_NAMED_CHARACTERS: dict[int, tuple[str, str, str]] = {
    0x00: (
        "a null character",
        "a sign that the file was saved as UTF-16 or is damaged",
        "save the file again as UTF-8 text, or delete the character",
    ),
    0x08: ("a backspace character", "usually pasted by accident from another program", _DELETE_FIX),
    0x0B: (
        "a vertical tab",
        "often pasted from a word processor, where it marks a line break",
        _LINE_BREAK_FIX,
    ),
    0x0C: (
        "a form feed",
        "a page break, often pasted from a word processor or a PDF",
        _LINE_BREAK_FIX,
    ),
    0x1B: (
        "an escape character",
        "often pasted from the coloured output of a terminal",
        _DELETE_FIX,
    ),
    0x7F: ("a delete character", "usually pasted by accident from another program", _DELETE_FIX),
    0x85: (
        "a next-line character",
        "often left when text from an old Windows or Mac file is converted",
        _LINE_BREAK_FIX,
    ),
    0xA0: (
        "a non-breaking space",
        "often pasted from a web page or a word processor",
        "replace it with an ordinary space",
    ),
    0x2028: ("a line separator", "often pasted from a web page or a PDF", _LINE_BREAK_FIX),
    0x2029: ("a paragraph separator", "often pasted from a web page or a PDF", _LINE_BREAK_FIX),
    0xFEFF: (
        "an invisible byte order mark",
        "often left when two files or texts are pasted together",
        _DELETE_FIX,
    ),
}
_C1_SOURCE = (
    "often left when text in the Windows-1252 encoding was converted wrongly"
    " (it probably stood for a curly quote or a dash)"
)


def _unicode_name(char: str) -> str:
    return f"U+{ord(char):04X}"


def describe_character(char: str) -> tuple[str, str, str]:
    """(what it is, where it usually comes from, what to do) for a character content must not hold."""
    code = ord(char)
    if code in _NAMED_CHARACTERS:
        what, source, fix = _NAMED_CHARACTERS[code]
    elif code < 0x20:
        what, source, fix = (
            "a control character",
            "usually pasted by accident from another program",
            _DELETE_FIX,
        )
    elif 0x80 <= code < 0xA0:
        what, source, fix = (
            "a control character",
            _C1_SOURCE,
            "type the character it stood for again",
        )
    elif code in (0xFFFE, 0xFFFF) or 0xFDD0 <= code <= 0xFDEF:
        what, source, fix = (
            "a non-character",
            "a sign that the text was damaged when it was copied",
            _DELETE_FIX,
        )
    else:
        name = unicodedata.name(char, "").lower()
        what = f"an invisible {name}" if name else "an invisible character"
        source, fix = "often pasted from a web page or a word processor", _DELETE_FIX
    return f"{what} ({_unicode_name(char)})", source, fix


_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufdd0-\ufdef\ufffe\uffff]"
)
"""Characters a content file may not hold anywhere (tab, newline and carriage return are fine)."""


def _invisible(char: str) -> bool:
    """Characters that cannot be seen, or look like a plain space, in a key."""
    if char == " ":
        return False
    return unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn")


def _neighbour(line: str, column: int) -> str:
    """Where a character sits on its line, in words: "right after 'title: A'"."""
    before = line[:column].strip()
    after = "".join(c for c in line[column + 1 :] if not _FORBIDDEN.match(c)).strip()
    if before:
        return f"right after '{shown(before[-20:], 20)}'"
    if after:
        return f"right before '{shown(after[:20], 20)}'"
    return "on a line of its own"


def _character_problems(name: str, text: str) -> list[Problem]:
    """One problem per line holding a character content may not hold (at most 20 lines)."""
    problems: list[Problem] = []
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        found = _FORBIDDEN.search(line)
        if not found:
            continue
        if len(problems) == 20:
            problems.append(
                Problem(
                    name,
                    number,
                    "more lines hold characters like these",
                    "fix the lines above first, then run peerkit validate again",
                )
            )
            break
        char = found.group(0)
        what, source, fix = describe_character(char)
        more = len(_FORBIDDEN.findall(line)) - 1
        also = f" ({more} more on this line)" if more else ""
        problems.append(
            Problem(
                name,
                number,
                f"this line holds {what}, {source}{also}",
                f"{fix} (it is {_neighbour(line, found.start())})",
            )
        )
    return problems


# --- reading the file -----------------------------------------------------------------

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def file_kind(mode: int) -> str | None:
    """What a file of this mode is, in words, when it is not an ordinary file."""
    if stat.S_ISREG(mode):
        return None
    return next((words for test, words in _KINDS if test(mode)), "not an ordinary file")


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1000:.0f} KB"


def _not_a_file(name: str, kind: str) -> Problem:
    return Problem(
        name,
        1,
        f"this is {kind}, not an ordinary file",
        "content files are plain text files: delete it, or replace it with the .yaml file it stands for",
    )


def read_bytes(path: Path, name: str) -> tuple[bytes | None, Problem | None]:
    """The bytes of a content file, or the reason in words (never blocks on a pipe or device)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            target = os.readlink(path)
            return None, Problem(
                name,
                1,
                f"this is a link to '{shown(target, 60)}', which does not exist",
                "restore the file it points to, or delete the link",
            )
        return None, Problem(name, 1, "this file does not exist", "check the path")
    except OSError as err:
        if os.path.islink(path):
            return None, Problem(
                name,
                1,
                "this link cannot be followed (it leads round in a circle, or through a file)",
                "delete the link, or point it at a real file",
            )
        reason = err.strerror or "it could not be read"
        return None, Problem(
            name, 1, f"cannot read this file ({reason})", "check the path and permissions"
        )
    kind = file_kind(info.st_mode)
    if kind is not None:
        return None, _not_a_file(name, kind)
    if info.st_size > MAX_FILE_BYTES:
        return None, _too_big(name, info.st_size)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        reason = err.strerror or "it could not be read"
        return None, Problem(
            name, 1, f"cannot read this file ({reason})", "check the path and permissions"
        )
    try:
        kind = file_kind(os.fstat(fd).st_mode)  # it may have been swapped since
        if kind is not None:
            return None, _not_a_file(name, kind)
        chunks = []
        size = 0
        while size <= MAX_FILE_BYTES:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as err:
        reason = err.strerror or "it could not be read"
        return None, Problem(
            name, 1, f"cannot read this file ({reason})", "check the path and permissions"
        )
    finally:
        os.close(fd)
    if size > MAX_FILE_BYTES:
        return None, _too_big(name, size)
    return b"".join(chunks), None


def _too_big(name: str, size: int) -> Problem:
    return Problem(
        name,
        1,
        f"this file is {_size(size)}; a content file can be at most {_size(MAX_FILE_BYTES)}",
        "check that nothing was pasted in by mistake, or split it into smaller files (one case, sort or quiz per file)",
    )


def _undecodable_line(raw: bytes, err: UnicodeDecodeError) -> int:
    return raw[: err.start].count(b"\n") + 1


def _decode(raw: bytes, name: str) -> tuple[str | None, Problem | None]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) > 3 and raw[1:4:2] == b"\x00\x00"):
        return None, Problem(
            name,
            1,
            "this file is saved as UTF-16 text, not UTF-8",
            "save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
        )
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        return None, Problem(
            name,
            _undecodable_line(raw, err),
            f"this file is not UTF-8 text (byte 0x{raw[err.start]:02x} cannot be read)",
            "save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
        )


def read_yaml_bytes(raw: bytes, name: str) -> tuple[YamlDocument, list[Problem]]:
    """The document in ``raw`` (a file's bytes, shown as ``name`` in problems), and problems."""
    doc = YamlDocument(name, None, {(): 1})
    text, problem = _decode(raw, name)
    if problem is not None or text is None:
        return doc, [problem] if problem else []
    return parse_yaml(text, doc)


def parse_yaml(text: str, doc: YamlDocument) -> tuple[YamlDocument, list[Problem]]:
    """Fill ``doc`` from YAML ``text``; return it and the problems found."""
    name = doc.file
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return doc, [
            Problem(
                name,
                1,
                "this file is empty",
                "write its content, starting with 'schema_version: 1', or delete the file",
            )
        ]
    problems = _character_problems(name, text)
    if problems:
        return doc, problems
    if "\t" in text:
        for number, line in enumerate(text.splitlines(), start=1):
            indent = line[: len(line) - len(line.lstrip())]
            if "\t" in indent:
                return doc, [
                    Problem(
                        name,
                        number,
                        "this line is indented with a tab",
                        "indent with spaces only (two per level)",
                    )
                ]
    doc.text_lines = text.split("\n")
    builder = _Builder(doc, text)
    try:
        builder.run()
    except _Stop as stop:
        return doc, [stop.problem]
    except yaml.MarkedYAMLError as err:
        return doc, [_syntax_problem(name, text, err)]
    except yaml.YAMLError as err:  # pragma: no cover - every YAMLError from the parser is marked
        return doc, [
            Problem(name, 1, f"the YAML cannot be read ({err})", "check the indentation and quotes")
        ]
    if builder.problems:
        return doc, builder.problems
    if doc.data is None:
        written = builder.null_text or "nothing"
        return doc, [
            Problem(
                name,
                1,
                f"this file holds no content, only {written}",
                "write its content, starting with 'schema_version: 1', or delete the file",
            )
        ]
    return doc, []


# --- building the data from events --------------------------------------------------


class _Stop(Exception):
    """A mistake after which the rest of the file is not read."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


_Loader: Any = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
"""The parser of YAML events: libyaml's (twenty times faster: 1 MB in about a second)
when PyYAML was built with it, as its wheels and conda packages are; else PyYAML's own.
Only its events are used; :func:`_syntax_problem` understands the errors of both."""


def _tag_shown(tag: str) -> str:
    if tag.startswith("tag:yaml.org,2002:"):
        return "!!" + tag[len("tag:yaml.org,2002:") :]
    return tag


_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {
    **dict.fromkeys(("yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"), True),
    **dict.fromkeys(("no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"), False),
}
_INT = re.compile(r"[-+]?[0-9]+")
_INT_OTHER = re.compile(r"0x[0-9a-fA-F]+|0o[0-7]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOATS = {
    **dict.fromkeys((".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"), float("inf")),
    **dict.fromkeys(("-.inf", "-.Inf", "-.INF"), float("-inf")),
    **dict.fromkeys((".nan", ".NaN", ".NAN"), float("nan")),
}
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIMESTAMP = re.compile(
    r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
    r"(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?"
    r"(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?"
)
_QUOTE_FIX = "put it in double quotes if it is text"


class _Builder:
    """Builds one document from PyYAML's events, iteratively, refusing what content never needs."""

    def __init__(self, doc: YamlDocument, text: str):
        self.doc = doc
        self.text = text
        self.lines = text.split("\n")
        self.problems: list[Problem] = []
        self.null_text: str | None = None

    def stop(self, line: int, problem: str, fix: str) -> _Stop:
        return _Stop(Problem(self.doc.file, line, problem, fix))

    def run(self) -> None:
        loader = _Loader(self.text)
        try:
            self._events(loader)
        finally:
            loader.dispose()

    def _events(self, loader: Any) -> None:
        # Each frame: [container, path, pending key (maps), key line, first lines of keys]
        stack: list[list[Any]] = []
        documents = 0
        values = 0
        skip = 0  # depth inside a key that is not a plain word (read past, not built)
        while True:
            event = loader.get_event()
            line = event.start_mark.line + 1 if event.start_mark else 1
            if isinstance(event, StreamEndEvent):
                return
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self.stop(
                        line,
                        "a second document starts here (a '---' line after content)",
                        "keep one document per file: remove the '---' line, or move what follows it to a new file",
                    )
                continue
            if not isinstance(event, NodeEvent | MappingEndEvent | SequenceEndEvent):
                continue
            if isinstance(event, AliasEvent):
                raise self.stop(
                    line,
                    f"'*{event.anchor}' refers to another value (a YAML alias), which content files do not use",
                    "write the value out in full; if the text starts with '*', put it all in double quotes",
                )
            if isinstance(event, NodeEvent) and event.anchor is not None:
                raise self.stop(
                    line,
                    f"'&{event.anchor}' marks a value for reuse (a YAML anchor, for aliases and '<<' merge keys),"
                    " which content files do not use",
                    "write each value out in full; if the text starts with '&', put it all in double quotes",
                )
            if isinstance(event, MappingEndEvent | SequenceEndEvent):
                if skip:
                    skip -= 1
                    if skip == 0:
                        self._attach(stack, None)
                    continue
                frame = stack.pop()
                if stack:
                    self._attach(stack, frame[0])
                else:
                    self.doc.data = frame[0]
                continue
            # a node starts: scalar, mapping or sequence
            top = stack[-1] if stack else None
            if not (top is not None and isinstance(top[0], dict) and top[2] is _NO_KEY):
                values += 1  # keys are not counted: a valid 1,500-step case has 24,000 values
            if values > MAX_VALUES:
                raise self.stop(
                    line,
                    f"this file holds more than {MAX_VALUES:,} values (texts, numbers, blocks and"
                    " list entries); the largest course file holds about a thousand",
                    "check that nothing was pasted in by mistake, or split it into smaller files"
                    " (one case, sort or quiz per file)",
                )
            depth = (
                len(stack)
                + skip
                + (1 if isinstance(event, MappingStartEvent | SequenceStartEvent) else 0)
            )
            if depth > MAX_DEPTH:
                raise self.stop(
                    line,
                    f"the blocks and lists are nested more than {MAX_DEPTH} levels deep here",
                    "content never needs this many levels: check the indentation, and the brackets [ ] and { }",
                )
            tag = getattr(event, "tag", None)
            explicit = tag is not None and not (
                isinstance(event, ScalarEvent) and tag in ("!", "tag:yaml.org,2002:str")
            )
            if isinstance(event, MappingStartEvent | SequenceStartEvent) and tag is not None:
                explicit = True
            if explicit:
                raise self.stop(
                    line,
                    f"'{_tag_shown(tag)}' is a YAML tag, which content files do not use",
                    f"remove '{_tag_shown(tag)}'; to make a value text, put it in double quotes",
                )
            if skip:
                if not isinstance(event, ScalarEvent):
                    skip += 1
                continue
            frame = stack[-1] if stack else None
            awaiting_key = frame is not None and isinstance(frame[0], dict) and frame[2] is _NO_KEY
            if awaiting_key:
                if not isinstance(event, ScalarEvent):
                    self.problems.append(
                        Problem(
                            self.doc.file,
                            line,
                            "a key here is not a plain word",
                            "write keys as single words followed by a colon, e.g. 'title:'",
                        )
                    )
                    skip = 1
                    continue
                self._key(frame, event, line)
                continue
            path = self._child_path(stack)
            if frame is not None and isinstance(frame[0], list):
                self.doc.lines[path] = line
            if isinstance(event, ScalarEvent):
                value = self._scalar(event, line, path)
                if frame is None:
                    self.doc.data = value
                    if value is None:
                        self.null_text = f"'{event.value}'" if event.value else "'---'"
                else:
                    self._attach(stack, value)
                continue
            container: Any = {} if isinstance(event, MappingStartEvent) else []
            stack.append([container, path, _NO_KEY, line, {}])

    def _child_path(self, stack: list[list[Any]]) -> Path_:
        if not stack:
            return ()
        container, path, key, _, _ = stack[-1]
        if isinstance(container, dict):
            return (*path, key)
        return (*path, len(container))

    def _attach(self, stack: list[list[Any]], value: Any) -> None:
        frame = stack[-1]
        container, key = frame[0], frame[2]
        if isinstance(container, dict):
            if key is _NO_KEY:  # a key that was not a plain word has been read past
                frame[2] = _SKIP_VALUE
                return
            if key is _SKIP_VALUE:
                frame[2] = _NO_KEY
                return
            if key is not _DUPLICATE:
                container[key] = value
            frame[2] = _NO_KEY
        else:
            container.append(value)

    def _key(self, frame: list[Any], event: ScalarEvent, line: int) -> None:
        container, path, _, _, first = frame
        key = event.value
        if not event.style and key == "<<":
            raise self.stop(
                line,
                "'<<' (a YAML merge key) is not supported in content",
                "write the keys out in full",
            )
        hidden = next((c for c in key if _invisible(c)), None)
        if hidden is not None:
            what, source, _ = describe_character(hidden)
            visible = "".join(c for c in key if not _invisible(c)).strip()
            raise self.stop(
                line,
                f"the key '{shown(visible, 40)}' holds {what}, {source}",
                f"delete the key and type it again: '{shown(visible, 40)}:'",
            )
        if len(key) > MAX_KEY_CHARS:
            raise self.stop(line, *_long_key(len(key)))
        if key in container or key in first:
            self.problems.append(
                Problem(
                    self.doc.file,
                    line,
                    f"'{shown(key, 40)}' is written twice in the same block (first on line {first[key]})",
                    "keep one of them and delete the other",
                )
            )
            frame[2] = _DUPLICATE
            return
        first[key] = line
        self.doc.lines[(*path, key)] = line
        frame[2] = key
        frame[3] = line

    def _scalar(self, event: ScalarEvent, line: int, path: Path_) -> Any:
        text = event.value
        if event.tag is not None or event.style:  # quoted, a block, or !!str (plain is None or "")
            return text
        if text in _NULLS:
            return None
        if text in _BOOLS:
            self.doc.sources[path] = text
            return _BOOLS[text]
        digits = len(text.lstrip("+-"))
        if _INT.fullmatch(text) or _INT_OTHER.fullmatch(text):
            if digits > MAX_DIGITS:
                raise self.stop(line, *_too_long_number(digits))
            self.doc.sources[path] = text
            if text.startswith("0x"):
                return int(text[2:], 16)
            if text.startswith("0o"):
                return int(text[2:], 8)
            return int(text, 10)
        if _FLOAT.fullmatch(text):
            if digits > MAX_DIGITS + 2:
                raise self.stop(line, *_too_long_number(digits))
            self.doc.sources[path] = text
            return float(text)
        if text in _SPECIAL_FLOATS:
            self.doc.sources[path] = text
            return _SPECIAL_FLOATS[text]
        if _DATE.fullmatch(text) or _TIMESTAMP.fullmatch(text):
            self.doc.sources[path] = text
            return self._date(text, line)
        return text

    def _date(self, text: str, line: int) -> datetime.date | datetime.datetime:
        match = _DATE.fullmatch(text) or _TIMESTAMP.fullmatch(text)
        assert match is not None
        year, month, day = (int(match.group(i)) for i in (1, 2, 3))
        fix = "check the day and the month; write dates as YYYY-MM-DD, e.g. 2026-11-01"
        if year < 1:
            raise self.stop(line, f"{text} is not a date: there is no year 0", fix)
        if not 1 <= month <= 12:
            raise self.stop(line, f"{text} is not a date: there is no month {month}", fix)
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            month_name = calendar.month_name[month]
            raise self.stop(
                line,
                f"{text} is not a date: {month_name} {year} has {days} days",
                fix,
            )
        if match.re is _DATE:
            return datetime.date(year, month, day)
        hour, minute, second = (int(match.group(i)) for i in (4, 5, 6))
        if hour > 23 or minute > 59 or second > 59:
            raise self.stop(
                line,
                f"{text} is not a time of day ({hour:02d}:{minute:02d}:{second:02d})",
                "write the time as HH:MM:SS, from 00:00:00 to 23:59:59",
            )
        try:
            return yaml.constructor.SafeConstructor().construct_yaml_timestamp(
                yaml.ScalarNode("tag:yaml.org,2002:timestamp", text)
            )
        except (ValueError, OverflowError):
            raise self.stop(line, f"{text} is not a time that exists", fix) from None


_NO_KEY = object()
_SKIP_VALUE = object()
_DUPLICATE = object()


def _too_long_number(digits: int) -> tuple[str, str]:
    return (
        f"this number has {digits:,} digits; peerkit reads numbers of at most {MAX_DIGITS} digits",
        "if it is text (a code, or a phone number), put it in double quotes",
    )


def _long_key(length: int) -> tuple[str, str]:
    return (
        f"this key is {length:,} characters long; YAML reads keys of at most {MAX_KEY_CHARS:,} characters",
        "keys are single words such as 'title:'; if this is text, put it after a key, in double quotes",
    )


# --- syntax errors, in words ----------------------------------------------------------


def _line_text(text: str, line: int) -> str:
    lines = text.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _syntax_problem(name: str, text: str, err: yaml.MarkedYAMLError) -> Problem:
    """A YAML syntax error as a plain problem on the line a person would look at.

    libyaml and PyYAML word their errors differently (libyaml does not quote the
    character it stopped at), so the error is recognised by its context and kind,
    and the character is read from the text at the error's mark.
    """
    problem = (err.problem or "").strip()
    context = (err.context or "").strip()
    mark = err.problem_mark or err.context_mark
    line = mark.line + 1 if mark is not None else 1
    column = mark.column if mark is not None else 0
    context_line = err.context_mark.line + 1 if err.context_mark is not None else line
    here = _line_text(text, line)
    char = here[column] if 0 <= column < len(here) else ""
    if char == "\\" and "escape" in problem and column + 1 < len(here):
        char = here[column + 1]  # libyaml marks the backslash, not the character after it

    def at(number: int, what: str, fix: str) -> Problem:
        return Problem(name, number, what, fix)

    if "maximum nesting depth" in problem:
        return at(
            line,
            f"the blocks and lists are nested more than {MAX_DEPTH} levels deep here",
            "content never needs this many levels: check the indentation, and the brackets [ ] and { }",
        )
    if "quoted scalar" in context:
        if "escape" in problem:
            return at(
                line,
                f"a backslash in double-quoted text starts a special character, and '\\{char}' is not one",
                "write two backslashes (\\\\) for one, or use single quotes instead of double quotes",
            )
        if "hex" in problem:
            return at(
                line,
                "a backslash code in double-quoted text (such as \\u00e9) is incomplete",
                "write two backslashes (\\\\) for a backslash, or use single quotes instead of double quotes",
            )
        return at(
            context_line,
            "a quote opened on this line is never closed",
            "add the closing quote mark at the end of the text",
        )
    if "simple key" in context and "expected ':'" in problem:
        key_line = _line_text(text, context_line)
        start = err.context_mark.column if err.context_mark is not None else 0
        rest = key_line[start:]
        if ": " in rest and len(rest.split(": ", 1)[0]) > MAX_KEY_CHARS:
            return at(context_line, *_long_key(len(rest.split(": ", 1)[0])))
        if re.match(r"^\s*[A-Za-z_][\w-]*:\S", key_line):
            return _no_space(name, context_line, key_line)
        return at(
            context_line,
            "this line is not a 'key: value' line, and it does not continue the text above it",
            "add the missing 'key:' and colon, or indent the line to continue the text above",
        )
    if "mapping values are not allowed" in problem:
        head = here[:column].rstrip()
        if len(head.strip()) > MAX_KEY_CHARS:
            return at(line, *_long_key(len(head.strip())))
        previous = _line_text(text, line - 1)
        if re.match(r"^\s*[A-Za-z_][\w-]*:\S", previous) and ": " not in previous:
            return _no_space(name, line - 1, previous)
        return at(
            line,
            "this line has a second ': ' after its key, so YAML cannot tell where the value ends",
            "put the whole value in double quotes",
        )
    if "cannot start any token" in problem:
        if char == "\t":
            return at(line, "there is a tab after the colon", "use a space instead of the tab")
        return at(
            line,
            f"a value here starts with '{char}', which YAML does not allow at the start of plain text",
            "put the whole value in double quotes",
        )
    if "anchor" in context or "alias" in context:
        sign, words = ("&", "an anchor") if "anchor" in context else ("*", "an alias")
        return at(
            line,
            f"a value here starts with '{sign}', which YAML reads as {words}",
            "put the whole value in double quotes",
        )
    if "tag" in context:
        return at(
            line,
            "a value here starts with '!', which YAML reads as a tag",
            "put the whole value in double quotes",
        )
    if "block scalar" in context:
        return at(
            line,
            "'|' and '>' must end their line, with the text on the lines below it, indented",
            "move the text after the '|' or '>' to the next line, indented by two more spaces",
        )
    if ("flow sequence" in context or "flow mapping" in context) and "','" in problem:
        opener, closer = ("[", "]") if "sequence" in context else ("{", "}")
        if context_line == line and char == ":":
            return at(
                line,
                f"this line has a ': ' inside '{opener} {closer}', so YAML cannot tell where each entry ends",
                "put the entry, or the whole value, in double quotes",
            )
        return at(
            context_line,
            f"a '{opener}' opened on this line is never closed",
            f"add the closing '{closer}', or put the whole value in double quotes"
            f" if the '{opener}' is part of the text",
        )
    if "node content" in problem:
        if char == ",":
            return at(
                line,
                "there are two commas in a row, or a comma with nothing before it",
                "remove the extra comma",
            )
        shown_char = char or "the end of the line"
        return at(
            line,
            f"a value here starts with '{shown_char}', which YAML reads as a bracket or a sign",
            "put the whole value in double quotes",
        )
    if "document start" in problem:
        if _line_text(text, 1).lstrip().startswith("%"):
            return at(
                1,
                "the file starts with a '%' line, which YAML reads as an instruction to itself",
                "delete the '%' line",
            )
        before = line - 1 if _line_text(text, line - 1).strip() == "..." else line
        return at(
            before,
            "a '...' line ends the document here, and more follows it",
            "delete the '...' line",
        )
    if "block end" in problem or "expected key" in problem or "'-' indicator" in problem:
        rest = here[column:]
        if rest.startswith("-") and "collection" not in context:
            return at(
                line,
                "a list entry ('- ') comes here after 'key: value' lines",
                "indent it under the key it belongs to, e.g. 'choices:' then '  - ...'",
            )
        if "collection" in context or "'?'" in problem:
            return at(
                line,
                "a 'key: value' line comes here after list entries",
                "indent the list entries under their key, or move this key above the list",
            )
        if column > 0 and re.match(r"^\s*[\w-]+:\s*([\"']).*?\1\s*\S", here):
            return at(
                line,
                "there is text after the closing quote",
                "put the whole value inside the quotes",
            )
        if column > 0 and here[:column].rstrip().endswith(("]", "}")):
            return at(
                line,
                "there is text after a closing ']' or '}'",
                "put the whole value in double quotes",
            )
        return at(
            line,
            "this line is indented differently from the lines around it",
            "line it up with the other keys of its block (or indent a text block's lines all alike)",
        )
    what = (problem or "the YAML cannot be read").rstrip(".")
    return at(
        line,
        f"YAML cannot read this line ({what})",
        "check the indentation and quotes on this line and the one before",
    )


def _no_space(name: str, line: int, text: str) -> Problem:
    return Problem(
        name,
        line,
        f"there is no space after the colon in '{shown(text.strip(), 30)}'",
        "put a space after the colon: 'key: value'",
    )
