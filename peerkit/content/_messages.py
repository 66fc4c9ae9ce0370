"""Turn pydantic's validation errors into plain-English problems with a line and a fix."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from ._models import LIST_ENTRY_NAMES
from ._problems import Problem, closest, did_you_mean, shown
from ._yaml import YamlDocument

_ID_RULE = "lowercase letters, digits and single hyphens, e.g. 'first-meeting'"

_PATTERN_HINTS: dict[str, tuple[str, str]] = {
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$": ("a valid id", f"use {_ID_RULE}"),
    r"^S00[0-4]-\d{2}$": (
        "a source item id",
        "source items are numbered as in data/source_items.yaml, e.g. 'S003-19'",
    ),
    r"^SRC-\d{2}$": (
        "a reference key",
        "references are keyed as in data/references.yaml, e.g. 'SRC-14'",
    ),
    r"^CS-\d{2}$": (
        "a case brief id",
        "briefs are numbered as in data/case_briefs.yaml, e.g. 'CS-02'; a case of your own leaves 'brief:' out",
    ),
    r"^https?://\S+$": ("a web address", "write the full address, starting with https://"),
}


def where(data: Any, loc: tuple[Any, ...]) -> str:
    """Describe a location in words: "choice 'b' in node 'start'" rather than a key path."""
    parts: list[str] = []
    node = data
    last_key: Any = None
    for segment in loc:
        if isinstance(segment, int) and isinstance(node, list):
            entry = node[segment] if 0 <= segment < len(node) else None
            noun = LIST_ENTRY_NAMES.get(str(last_key), "entry")
            label = entry.get("id", entry.get("name")) if isinstance(entry, dict) else None
            if isinstance(label, str):
                parts.append(f"{noun} '{shown(label)}'")
            else:
                parts.append(f"{noun} {segment + 1} of '{last_key}'")
            node = entry
        elif isinstance(node, dict) and segment in node:
            node = node[segment]
            last_key = segment
        else:
            break
    return " in ".join(reversed(parts))


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that describes the mapping at ``loc`` (to list its known keys)."""
    current: Any = model
    for segment in loc:
        if isinstance(segment, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(segment)
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    args = getattr(annotation, "__args__", None)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in args or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _describe_value(value: Any, written: str | None = None) -> str:
    """A value as a message quotes it: as it was written when YAML turned it into a number
    or a date (``0117``, not ``117``), shortened, with invisible characters made visible."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a block of keys"
    if isinstance(value, list):
        return "a list"
    return f"'{shown(written if written is not None else str(value))}'"


def _inline(doc: YamlDocument, loc: tuple[Any, ...]) -> bool:
    """True when the value at ``loc`` was written on its key's line, in [ ] or { }."""
    line = doc.line_of(loc)
    text = doc.text_lines[line - 1] if 0 < line <= len(doc.text_lines) else ""
    stripped = text.strip()
    if stripped.startswith("- "):  # a list entry: its value follows the dash
        value = stripped[2:].strip()
    else:
        value = stripped.split(":", 1)[1].strip() if ":" in stripped else ""
    return value.startswith(("[", "{"))


def _field_label(loc: tuple[Any, ...]) -> str:
    for segment in reversed(loc):
        if isinstance(segment, str):
            return segment
    return "value"


def problems_from_validation(
    doc: YamlDocument, model: type[BaseModel], error: ValidationError
) -> list[Problem]:
    problems: list[Problem] = []
    errors = error.errors(include_url=False)
    misspelt = {
        (
            tuple(err["loc"][:-1]),
            closest(
                str(err["loc"][-1]),
                list((_model_at(model, tuple(err["loc"][:-1])) or model).model_fields),
            ),
        )
        for err in errors
        if err["type"] == "extra_forbidden"
    }
    for err in errors:
        loc = tuple(err["loc"])
        if err["type"] == "missing" and (loc[:-1], loc[-1]) in misspelt:
            continue  # reported once, as the misspelt key ("did you mean ...?")
        problem, fix, line_loc = _translate(doc, model, err, loc)
        context = where(
            doc.data, loc[:-1] if err["type"] in ("missing", "extra_forbidden") else loc
        )
        text = f"{context}: {problem}" if context else problem
        problems.append(Problem(doc.file, doc.line_of(line_loc), text, fix))
    return problems


def _translate(
    doc: YamlDocument, model: type[BaseModel], err: dict[str, Any], loc: tuple[Any, ...]
) -> tuple[str, str, tuple[Any, ...]]:
    kind = err["type"]
    field = shown(_field_label(loc))
    value = err.get("input")
    written = doc.written(loc)
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return f"'{field}' is missing", f"add a '{field}:' line here", loc[:-1]
    if kind == "extra_forbidden":
        known = list((_model_at(model, loc[:-1]) or model).model_fields)
        guess = closest(str(field), known)
        fix = (
            f"did you mean '{guess}'?"
            if guess
            else f"remove it (known keys here: {', '.join(known)})"
        )
        return f"unknown key '{field}'", fix, loc
    if kind == "literal_error":
        allowed = [
            a.strip().strip("'")
            for a in str(ctx.get("expected", "")).replace(" or ", ", ").split(",")
        ]
        allowed = [a for a in allowed if a]
        return (
            f"'{field}' cannot be {_describe_value(value, written)}",
            did_you_mean(str(value), allowed),
            loc,
        )
    if kind == "string_type":
        hint = (
            "put the text in double quotes (YAML reads words like yes, no and on, and dates"
            " and numbers, as something other than text)"
            if isinstance(value, bool | int | float)
            or value.__class__.__name__ in ("date", "datetime")
            else "put the text in double quotes (YAML reads text in [ ] as a list, and in { } as a"
            " block of keys)"
            if isinstance(value, list | dict) and _inline(doc, loc)
            else "write it as text on the same line, or as a block after '|'"
        )
        return f"'{field}' should be text, not {_describe_value(value, written)}", hint, loc
    if kind == "string_too_short":
        return f"'{field}' is empty", "write the text after the colon, or remove the line", loc
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        what, fix = _PATTERN_HINTS.get(pattern, ("in the right form", f"it must match {pattern}"))
        subject = (
            _describe_value(value, written)
            if field == "id"
            else f"'{field}' {_describe_value(value, written)}"
        )
        return f"{subject} is not {what}", fix, loc
    if kind == "string_too_long":
        return f"'{field}' is too long", f"keep it to {ctx.get('max_length')} characters", loc
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return (
            f"'{field}' should be a whole number, not {_describe_value(value, written)}",
            "write digits only, e.g. 15",
            loc,
        )
    if kind in ("bool_type", "bool_parsing"):
        return (
            f"'{field}' should be true or false, not {_describe_value(value, written)}",
            "write true or false",
            loc,
        )
    if kind in ("greater_than", "greater_than_equal"):
        return (
            f"'{field}' must be more than {ctx.get('gt', ctx.get('ge'))}",
            "use a larger number",
            loc,
        )
    if kind in ("less_than", "less_than_equal"):
        return (
            f"'{field}' must be at most {ctx.get('le', ctx.get('lt'))}",
            "use a smaller number",
            loc,
        )
    if kind == "list_type":
        return (
            f"'{field}' should be a list, not {_describe_value(value, written)}",
            "put each entry on its own line starting with '- '",
            loc,
        )
    if kind == "too_short":
        need = ctx.get("min_length", 1)
        noun = LIST_ENTRY_NAMES.get(str(field), "entry")
        plural = "entries" if noun == "entry" else f"{noun}s"
        return (
            f"'{field}' needs at least {need} {noun if need == 1 else plural}",
            f"add {'another' if need > 1 else 'one'} under '{field}:'",
            loc,
        )
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return (
            f"'{field}' should be a block of 'key: value' lines, not {_describe_value(value, written)}",
            "indent the keys under it by two spaces",
            loc,
        )
    if kind in (
        "date_type",
        "date_parsing",
        "date_from_datetime_parsing",
        "date_from_datetime_inexact",
    ):
        return (
            f"'{field}' should be a date, not {_describe_value(value, written)}",
            "write it as YYYY-MM-DD, e.g. 2026-11-01",
            loc,
        )
    if kind == "value_error":
        message = str(ctx.get("error", err.get("msg", "")))
        return (
            f"{message.split(' - ')[0]}",
            message.split(" - ")[1] if " - " in message else "see the line",
            loc,
        )
    return (
        f"'{field}': {err.get('msg', 'invalid value')}",
        "check this value against the examples in data/",
        loc,
    )
