"""Read a YAML file into plain Python data while remembering where each value was written.

PyYAML's composer gives every node a line number; this module walks those nodes
once, builds dicts, lists and scalars, and records the line of every key and list
entry under its path (a tuple such as ``("nodes", 0, "choices", 1, "next")``).
Validation code later turns a path back into a line for its messages.

Unlike ``yaml.safe_load`` it refuses a key written twice in one mapping (PyYAML
keeps the last silently) and it reports bytes that are not UTF-8, empty files and
syntax errors as :class:`Problem` objects instead of exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ._problems import Problem, display_path

Path_ = tuple[Any, ...]


@dataclass
class YamlDocument:
    """The data of one YAML file, with the line of every path in it."""

    file: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int:
        """The line where ``path`` (or the nearest enclosing value) was written."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


class _Loader(yaml.SafeLoader):
    """SafeLoader used only to construct scalars; structure is built by hand."""


def _scalar(loader: _Loader, node: yaml.Node) -> Any:
    return loader.construct_object(node, deep=True)


def _build(
    node: yaml.Node, path: Path_, doc: YamlDocument, loader: _Loader, problems: list[Problem]
) -> Any:
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(
                    Problem(
                        doc.file,
                        key_node.start_mark.line + 1,
                        "a key here is not a plain word",
                        "write keys as single words followed by a colon, e.g. 'title:'",
                    )
                )
                continue
            key = _scalar(loader, key_node)
            if key == "<<":
                problems.append(
                    Problem(
                        doc.file,
                        key_node.start_mark.line + 1,
                        "YAML merge keys ('<<') are not supported",
                        "write the keys out in full",
                    )
                )
                continue
            line = key_node.start_mark.line + 1
            if key in result:
                problems.append(
                    Problem(
                        doc.file,
                        line,
                        f"'{key}' is written twice in the same block"
                        f" (first on line {first_line[key]})",
                        "keep one of them and delete the other",
                    )
                )
                continue
            first_line[key] = line
            doc.lines[(*path, key)] = line
            result[key] = _build(value_node, (*path, key), doc, loader, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            doc.lines[(*path, index)] = item.start_mark.line + 1
            items.append(_build(item, (*path, index), doc, loader, problems))
        return items
    return _scalar(loader, node)


def _undecodable_line(raw: bytes, err: UnicodeDecodeError) -> int:
    return raw[: err.start].count(b"\n") + 1


def read_yaml(
    path: Path | str, *, shown_as: str | None = None
) -> tuple[YamlDocument, list[Problem]]:
    """Read ``path``; return the document (``data`` is None when unreadable) and problems."""
    path = Path(path)
    name = shown_as or display_path(path)
    doc = YamlDocument(name, None, {(): 1})
    try:
        raw = path.read_bytes()
    except OSError as err:
        reason = err.strerror or "it could not be read"
        return doc, [
            Problem(name, 1, f"cannot read this file ({reason})", "check the path and permissions")
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return doc, [
            Problem(
                name,
                _undecodable_line(raw, err),
                f"this file is not UTF-8 text (byte 0x{raw[err.start]:02x} cannot be read)",
                "save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
            )
        ]
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
    loader = _Loader(text)
    problems: list[Problem] = []
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        if err.context and "quoted scalar" in err.context and err.context_mark is not None:
            return doc, [
                Problem(
                    name,
                    err.context_mark.line + 1,
                    "a quote opened on this line is never closed",
                    "add the closing quote mark at the end of the text",
                )
            ]
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else 1
        what = (err.problem or "the YAML cannot be read").strip()
        return doc, [Problem(name, line, f"YAML syntax error: {what}", _syntax_fix(what))]
    except yaml.YAMLError as err:  # pragma: no cover - every YAMLError from a loader is marked
        return doc, [
            Problem(name, 1, f"YAML syntax error: {err}", "check the indentation and quotes")
        ]
    finally:
        loader.dispose()
    if node is None:  # pragma: no cover - caught by the emptiness check above
        return doc, [Problem(name, 1, "this file is empty", "write its content")]
    try:
        doc.data = _build(node, (), doc, loader, problems)
    except yaml.constructor.ConstructorError as err:
        mark = err.problem_mark
        line = mark.line + 1 if mark is not None else 1
        problems.append(
            Problem(
                name, line, f"this value cannot be read: {err.problem}", "write it as plain text"
            )
        )
        doc.data = None
    return doc, problems


def _syntax_fix(what: str) -> str:
    if "mapping values are not allowed" in what:
        return "a line has a second ': ' in it; put the whole text in double quotes"
    if "could not find expected ':'" in what:
        return (
            "each line inside a block needs 'key: value'; check the line above for a missing colon"
        )
    if "found character '\\t'" in what or "tab" in what:
        return "indent with spaces only (two per level)"
    if "expected <block end>" in what or "did not find expected" in what:
        return "check that this line is indented like its neighbours, and that quotes are closed"
    if "found unexpected end of stream" in what or "found unexpected" in what:
        return "a quote is not closed; check the quotes on this line and the one before"
    if "block sequence entries are not allowed" in what:
        return "a list entry ('- ') is indented wrongly; line it up with the other entries"
    return "check the indentation and quotes on this line and the one before"
