"""The SVG of a ``figure``: checked against an allow-list, and shown only as rebuilt from it.

A figure's SVG is written inside its YAML file and shown inline (in notebooks, the
app and handouts), so it must be a picture and nothing else: it needs a ``<title>``
(its short text alternative, read by screen readers) and a ``<desc>``, and it may
not run script, embed a page, post a form, refresh the page or load anything from
outside itself.

Two layers do this:

- :func:`svg_problem` (validation) names the first thing in the markup that is not
  on the allow-list below, as one ``problem - fix`` sentence.
- :func:`sanitize_svg` (every place a figure is shown) rebuilds the markup from its
  parsed tree, keeping only allowed elements and attributes, escaping all text and
  every attribute value. Even markup that never passed validation cannot carry a
  script, a ``<meta http-equiv=refresh>``, a ``<form>`` or an ``<embed>``: anything not
  allowed is simply not written out.

Why an allow-list of our own instead of an HTML sanitiser such as ``nh3`` (ammonia):
those parse HTML, not XML, and their maintainers point SVG users elsewhere
(rust-ammonia/ammonia#198); they keep or drop a ``style`` attribute whole rather than
reading the CSS in it, and know nothing of SVG's ``url()`` references in presentation
attributes (``fill="url(https://...)"`` loads a file). Figures need a small, fixed
vocabulary, so it is written out here.

The allow-list (also in CONTRIBUTING.md):

- elements: :data:`ELEMENTS` (shapes, paths, text, groups, gradients, markers,
  clipping, ``<use>`` of something inside the same SVG);
- attributes: :data:`ATTRIBUTES` (geometry, presentation, ids, classes, ARIA), plus
  ``href`` on ``<use>`` and ``<textPath>`` only when it points inside the SVG (``#id``),
  and ``style`` only when every declaration is an allowed presentation property;
- values: no backslash (CSS escapes such as ``u\\72l(`` spell ``url(``), no ``url()``
  except ``url(#id)``, no ``@import`` or ``expression()``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import escape

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

ELEMENTS = frozenset(
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc",
        "rect", "circle", "ellipse", "line", "polyline", "polygon", "path",
        "text", "tspan", "textPath",
        "marker", "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern",
    }
)  # fmt: skip
"""The SVG elements a figure may hold: drawing, text and structure only."""

PRESENTATION = frozenset(
    {
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
        "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
        "stroke-dashoffset", "opacity", "color", "display", "visibility", "font-family",
        "font-size", "font-style", "font-weight", "font-variant", "font-stretch",
        "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift",
        "letter-spacing", "word-spacing", "text-decoration", "writing-mode", "direction",
        "unicode-bidi", "stop-color", "stop-opacity", "clip-path", "clip-rule", "mask",
        "marker-start", "marker-mid", "marker-end", "vector-effect", "paint-order",
        "shape-rendering", "text-rendering", "overflow", "white-space",
    }
)  # fmt: skip
"""Presentation attributes, which are also the properties a ``style`` attribute may set."""

ATTRIBUTES = PRESENTATION | frozenset(
    {
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
        "width", "height", "d", "points", "viewBox", "preserveAspectRatio", "transform",
        "dx", "dy", "rotate", "textLength", "lengthAdjust", "pathLength", "startOffset",
        "method", "spacing", "side", "refX", "refY", "markerWidth", "markerHeight",
        "markerUnits", "orient", "gradientUnits", "gradientTransform", "spreadMethod",
        "offset", "clipPathUnits", "maskUnits", "maskContentUnits", "patternUnits",
        "patternContentUnits", "patternTransform",
        "id", "class", "role", "lang", "focusable", "version",
        "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
    }
)  # fmt: skip
"""Attributes (in no namespace) a figure may use on any allowed element."""

LINKING = frozenset({"use", "textPath"})
"""Elements that may point at another element of the same SVG with ``href="#id"``."""

_DECLARATION = re.compile(r"<!(DOCTYPE|ENTITY)", re.I)
_INSTRUCTION = re.compile(r"<\?(?!xml\s)([\w.:-]*)")
_URL = re.compile(r"url\(\s*['\"]?([^'\")\s]*)", re.I)
_LOCAL_URL = re.compile(r"url\(\s*(['\"]?)#[\w.:-]+\1\s*\)", re.I)
_ID = re.compile(r"^[A-Za-z_][\w.-]*$")
_STYLE_VALUE = re.compile(r"^[\w\s#.,%+()'\"-]*$")
_FORBIDDEN_ELEMENTS = {"script": "a <script> element", "foreignObject": "a <foreignObject> element"}
_PICTURE_ONLY = "a figure is a picture only, with no script and no embedded page"
_TEXT_ALTERNATIVES = {
    "title": "add <title>a short text alternative</title> as the first element inside <svg>: screen readers read it as the figure's name",  # noqa: E501
    "desc": "add <desc>one or two sentences on what the figure shows</desc> after the <title>: screen readers read it as the figure's description",  # noqa: E501
}
_EDITORS = "if a drawing program wrote it, save the drawing again as plain SVG (Inkscape: Save As, Plain SVG)"


def _local(tag: str) -> str:
    """An element or attribute name without its namespace: '{http://...}svg' -> 'svg'."""
    return tag.rsplit("}", 1)[-1]


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


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
    instruction = _INSTRUCTION.search(markup)
    if instruction:
        return (
            f"the SVG holds an instruction for its reader ('<?{instruction.group(1)}') - remove it:"
            " a figure is a picture only, and it may not ask for style sheets or anything else"
        )
    for name, fix in _TEXT_ALTERNATIVES.items():
        found = [child for child in root if _local(child.tag) == name]
        if not found or not "".join(found[0].itertext()).strip():
            return f"the SVG has no <{name}> - {fix}"
    for element in root.iter():
        problem = _element_problem(element)
        if problem is not None:
            return problem
    return None


def _element_problem(element: ET.Element) -> str | None:
    """What is not allowed about one element (its attributes included), or None."""
    tag = _local(element.tag)
    if tag in _FORBIDDEN_ELEMENTS:
        return f"the SVG contains {_FORBIDDEN_ELEMENTS[tag]} - remove it: {_PICTURE_ONLY}"
    for attribute in element.attrib:
        if _local(attribute).lower().startswith("on"):
            return (
                f"the SVG contains an event attribute '{_local(attribute)}' on <{tag}> - remove it:"
                f" {_PICTURE_ONLY}"
            )
    for attribute, value in element.attrib.items():
        target = _outside_target(_local(attribute), value)
        if target is not None:
            return _outside_message(target)
    if tag == "style" and element.text:
        target = _outside_reference_in_css(element.text)
        if target is not None:
            return _outside_message(target)
    if _namespace(element.tag) not in ("", SVG_NS):
        return (
            f"the SVG contains <{tag}> from another vocabulary ({_namespace(element.tag)}) - remove it:"
            f" figures use SVG drawing elements only; {_EDITORS}"
        )
    if tag not in ELEMENTS:
        return (
            f"the SVG contains <{tag}>, which is not a drawing element - remove it: {_PICTURE_ONLY};"
            " draw with shapes, paths and text (CONTRIBUTING.md lists the elements a figure may use)"
        )
    for attribute, value in element.attrib.items():
        problem = _attribute_problem(tag, attribute, value)
        if problem is not None:
            return problem
    return None


def _attribute_problem(tag: str, attribute: str, value: str) -> str | None:
    """What is not allowed about one attribute of an allowed element, or None."""
    name, space = _local(attribute), _namespace(attribute)
    shown = f"{name}" if not space else f"{_prefix(space)}:{name}"
    if space == XML_NS and name in ("space", "lang"):
        return None
    if name == "href" and space in ("", XLINK_NS):
        if tag in LINKING and value.strip().startswith("#"):
            return None
        return (
            f"the SVG has a link ('{shown}') on <{tag}> - remove it: a figure is a picture only;"
            " <use> may point at another part of the same SVG ('#id')"
        )
    if name == "style" and not space:
        return _style_problem(tag, value)
    if space or name not in ATTRIBUTES:
        return (
            f"the SVG has an attribute '{shown}' on <{tag}> that figures do not use - remove it"
            f" (CONTRIBUTING.md lists the attributes a figure may use); {_EDITORS}"
        )
    if "\\" in value:
        return (
            f"the SVG has a backslash in '{name}' on <{tag}> - remove it: in CSS a backslash can"
            " spell out other characters, so figures may not use it"
        )
    if re.search(r"expression\s*\(|@import", value, re.I):
        return f"the SVG has CSS that figures may not use in '{name}' on <{tag}> - remove it"
    if name == "id" and not _ID.match(value):
        return (
            f"the SVG has an id '{value[:40]}' on <{tag}> that is not a plain name - use letters, digits,"
            " hyphens and underscores, starting with a letter"
        )
    return None


def _prefix(space: str) -> str:
    return {XLINK_NS: "xlink", XML_NS: "xml"}.get(space, space.rstrip("/").rsplit("/", 1)[-1])


def _style_declarations(value: str) -> list[tuple[str, str]] | None:
    """The ``property: value`` pairs of a style attribute, or None when it is not plain CSS."""
    found = []
    for part in value.split(";"):
        if not part.strip():
            continue
        name, colon, setting = part.partition(":")
        if not colon:
            return None
        found.append((name.strip().lower(), setting.strip()))
    return found


def _style_problem(tag: str, value: str) -> str | None:
    declarations = _style_declarations(value)
    if declarations is None or "\\" in value or "/*" in value:
        return (
            f"the SVG has a 'style' on <{tag}> that is not plain 'property: value' CSS - write the"
            ' properties as attributes instead, e.g. fill="#123456"'
        )
    for name, setting in declarations:
        if name not in PRESENTATION:
            return (
                f"the SVG sets '{name}' in a 'style' on <{tag}>, which figures do not use - remove it, or"
                " use a presentation attribute such as fill or stroke"
            )
        if not _style_value_ok(setting):
            return (
                f"the SVG sets '{name}' to something figures may not use ('{setting[:40]}') on <{tag}>"
                " - use a colour, a number or url(#id)"
            )
    return None


def _style_value_ok(setting: str) -> bool:
    without_local = _LOCAL_URL.sub("", setting)
    if "url(" in without_local.lower() or re.search(r"expression\s*\(", setting, re.I):
        return False
    return bool(_STYLE_VALUE.match(without_local))


def _outside_target(name: str, value: str) -> str | None:
    """The outside address an attribute points at, if any (``#id`` and ``url(#id)`` stay inside)."""
    if name == "href":
        stripped = value.strip()
        return None if stripped.startswith("#") else stripped
    if name in ("src", "action", "formaction", "data", "base", "background", "poster"):
        stripped = value.strip()
        return stripped or None
    return _outside_reference_in_css(value)


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


# --- showing: the markup rebuilt from the allow-list ------------------------------------


def sanitize_svg(markup: str) -> str:
    """``markup`` rebuilt from the allow-list: only allowed elements and attributes, all text
    and values escaped. Empty when the markup cannot be read at all (the figure's
    description in words is shown beside it anyway)."""
    try:
        root = parse_svg(markup)
    except ValueError:
        return ""
    out: list[str] = []
    _write(root, out, top=True)
    return "".join(out)


def _clean_attributes(element: ET.Element, tag: str) -> list[tuple[str, str]]:
    kept: list[tuple[str, str]] = []
    for attribute, value in element.attrib.items():
        name, space = _local(attribute), _namespace(attribute)
        if space == XML_NS and name in ("space", "lang"):
            kept.append((f"xml:{name}", value))
            continue
        if name == "href" and space in ("", XLINK_NS):
            if tag in LINKING and re.fullmatch(r"#[\w.:-]+", value.strip()):
                kept.append(("href", value.strip()))
            continue
        if name == "style" and not space:
            if _style_problem(tag, value) is None:
                declarations = _style_declarations(value) or []
                kept.append(("style", "; ".join(f"{n}: {v}" for n, v in declarations)))
            continue
        if space or name not in ATTRIBUTES or _attribute_problem(tag, attribute, value):
            continue
        if _outside_reference_in_css(value) is not None:
            continue
        kept.append((name, value))
    return kept


def _write(element: ET.Element, out: list[str], *, top: bool = False) -> None:
    """Append ``element`` (if allowed) and what it holds to ``out``, without recursion."""
    stack: list[tuple[ET.Element, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = _local(node.tag)
        if closing:
            out.append(f"</{tag}>")
            if node.tail and node is not element:
                out.append(escape(node.tail, quote=False))
            continue
        allowed = _namespace(node.tag) in ("", SVG_NS) and tag in ELEMENTS
        if not allowed:
            if node.tail:
                out.append(escape(node.tail, quote=False))
            continue
        attributes = _clean_attributes(node, tag)
        if node is element and top:
            attributes = [("xmlns", SVG_NS), *[(n, v) for n, v in attributes if n != "xmlns"]]
        rendered = "".join(f' {name}="{escape(value, quote=True)}"' for name, value in attributes)
        out.append(f"<{tag}{rendered}>")
        if node.text:
            out.append(escape(node.text, quote=False))
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node)))
