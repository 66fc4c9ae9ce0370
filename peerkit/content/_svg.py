"""Checks for the SVG markup of a ``figure``: readable, accessible, and a picture only.

A figure's SVG is written inside its YAML file and shown inline (a handout never
links a file), so it must stand on its own: it needs a ``<title>`` (its short text
alternative, read by screen readers) and a ``<desc>``, and it may not run script,
embed a web page or load anything from outside itself. Each rule returns one
plain ``problem - fix`` sentence, which validation reports at the ``svg:`` line.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

_DECLARATION = re.compile(r"<!(DOCTYPE|ENTITY)", re.I)
_URL = re.compile(r"url\(\s*['\"]?([^'\")\s]*)", re.I)
_FORBIDDEN_ELEMENTS = {"script": "a <script> element", "foreignObject": "a <foreignObject> element"}
_TEXT_ALTERNATIVES = {
    "title": "add <title>a short text alternative</title> as the first element inside <svg>: screen readers read it as the figure's name",  # noqa: E501
    "desc": "add <desc>one or two sentences on what the figure shows</desc> after the <title>: screen readers read it as the figure's description",  # noqa: E501
}


def _local(tag: str) -> str:
    """An element or attribute name without its namespace: '{http://...}svg' -> 'svg'."""
    return tag.rsplit("}", 1)[-1]


def parse_svg(markup: str) -> ET.Element:
    """The root element of ``markup`` (raises ValueError with a 'problem - fix' message)."""
    if _DECLARATION.search(markup):
        raise ValueError(
            "the SVG has a <!DOCTYPE> or <!ENTITY> declaration - remove it: an inline SVG needs neither"
        )
    try:
        root = ET.fromstring(markup)
    except ET.ParseError as err:
        reason = str(err).split(":", 1)[0]
        line = err.position[0]
        raise ValueError(
            f"the SVG cannot be read ({reason}, line {line} of the SVG)"
            " - check that every tag is closed and every attribute value is in quotes"
        ) from None
    if _local(root.tag) != "svg":
        raise ValueError(
            f"the SVG starts with <{_local(root.tag)}>, not <svg> - put the whole drawing inside one <svg> element"
        )
    return root


def svg_problem(markup: str) -> str | None:
    """The first thing wrong with ``markup`` as a figure's SVG, as 'problem - fix', or None."""
    try:
        root = parse_svg(markup)
    except ValueError as err:
        return str(err)
    for name, fix in _TEXT_ALTERNATIVES.items():
        found = [child for child in root if _local(child.tag) == name]
        if not found or not "".join(found[0].itertext()).strip():
            return f"the SVG has no <{name}> - {fix}"
    for element in root.iter():
        tag = _local(element.tag)
        if tag in _FORBIDDEN_ELEMENTS:
            return (
                f"the SVG contains {_FORBIDDEN_ELEMENTS[tag]} - remove it:"
                " a figure is a picture only, with no script and no embedded page"
            )
        for attribute, value in element.attrib.items():
            name = _local(attribute)
            if name.lower().startswith("on"):
                return (
                    f"the SVG contains an event attribute '{name}' on <{tag}> - remove it:"
                    " a figure is a picture only, with no script and no embedded page"
                )
            if name == "href":
                target = None if value.strip().startswith("#") else value.strip()
            else:
                target = _outside_reference_in_css(value)
            if target is not None:
                return _outside_message(target)
        if tag == "style" and element.text:
            target = _outside_reference_in_css(element.text)
            if target is not None:
                return _outside_message(target)
    return None


def _outside_reference_in_css(text: str) -> str | None:
    """The first outside address in CSS text (``url(#id)`` stays inside the SVG)."""
    if "@import" in text.lower():
        return "@import"
    for target in _URL.findall(text):
        if target and not target.startswith("#"):
            return target
    return None


def _outside_message(target: str) -> str:
    shown = target if len(target) <= 40 else target[:40] + "…"
    return (
        f"the SVG refers to something outside itself ('{shown}') - draw it inside the SVG or remove it:"
        " figures are shown inline and must not load files or web addresses"
    )


def svg_title(markup: str) -> str:
    """The text of the SVG's ``<title>``: the figure's short text alternative."""
    root = parse_svg(markup)
    for child in root:
        if _local(child.tag) == "title":
            return " ".join("".join(child.itertext()).split())
    return ""
