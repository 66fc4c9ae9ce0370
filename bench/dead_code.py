"""Functions, classes and methods of the peerkit package that nothing uses.

Read with ``ast``; nothing is imported or run. A definition in ``peerkit/`` (a top-level
function or class, or a method of a class) counts as used when its name is used
anywhere else in the package, in a Jinja template (model fields and properties are read
there), in a notebook's code cells, in ``bench/`` or in ``pyproject.toml`` (entry
points). The tests do not count: a function only its own unit test calls is dead.

What counts as a use, in Python: a name or an attribute (``foo``, ``x.foo``), or a
string that is a dotted name (``getattr(x, "foo")``, ``"peerkit.handouts:Exporter"``).
A docstring, a comment or an import does not: importing a name somewhere is no use of
it. A name listed in an ``__all__`` counts only when README.md or CONTRIBUTING.md
documents it (public API kept for facilitators and contributors).

Some definitions are called by a framework, never by name; they are allowed here with
the reason (:data:`FRAMEWORK`, and pydantic validators by their decorator). Matching is
by name, as with any such tool: a method is "used" when any attribute of that name is.

.venv/bin/python bench/dead_code.py [--root DIR]     (exit 1 when anything is unused)
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FRAMEWORK: dict[str, str] = {
    "_jupyter_server_extension_points": "Jupyter server finds its extension by this name",
    "_load_jupyter_server_extension": "Jupyter server calls it to load the extension",
    "_repr_mimebundle_": "IPython calls it to display an object",
    "_file_extension_default": "traitlets' default for the exporter's file_extension trait",
    "handle_starttag": "html.parser.HTMLParser calls it",
    "handle_startendtag": "html.parser.HTMLParser calls it",
    "handle_endtag": "html.parser.HTMLParser calls it",
    "handle_data": "html.parser.HTMLParser calls it",
}
"""Names a framework calls, never the package itself, with the reason."""

PENDING: dict[tuple[str, str], str] = {}
"""Definitions only the tests use, not yet moved out of the package: (file, name) -> why.
Not a framework's: keep this table short-lived (empty now)."""

VALIDATORS = {"field_validator", "model_validator"}
"""Decorators whose function pydantic calls while it validates a model."""

_JINJA = re.compile(r"\{[{%](.*?)[%}]\}", re.S)
_WORD = re.compile(r"[A-Za-z_]\w*")
_DOTTED = re.compile(r"[A-Za-z_][\w.:]*")


@dataclass(frozen=True)
class Definition:
    path: str
    line: int
    name: str
    kind: str  # "function", "class" or "method"


def _decorator_names(node: ast.AST) -> set[str]:
    names = set()
    for deco in getattr(node, "decorator_list", []):
        target = deco.func if isinstance(deco, ast.Call) else deco
        while isinstance(target, ast.Attribute):
            names.add(target.attr)
            target = target.value
        if isinstance(target, ast.Name):
            names.add(target.id)
    return names


def _content_model(node: ast.ClassDef) -> bool:
    """A content-file model: its ``type: Literal[...]`` is how content/_types.py finds it."""
    for stmt in node.body:
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and stmt.target.id == "type"
            and "Literal" in ast.unparse(stmt.annotation)
        ):
            return True
    return False


def _allowed(node: ast.AST) -> bool:
    name = node.name  # type: ignore[attr-defined]
    if name.startswith("__") and name.endswith("__"):
        return True  # Python calls these (__init__, __getattr__, __dir__...)
    if name in FRAMEWORK or _decorator_names(node) & VALIDATORS:
        return True
    return isinstance(node, ast.ClassDef) and _content_model(node)


def _methods(cls: ast.ClassDef, path: str) -> list[Definition]:
    found = []
    for node in cls.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not _allowed(node):
            found.append(Definition(path, node.lineno, node.name, "method"))
        elif isinstance(node, ast.ClassDef):
            found += _methods(node, path)
    return found


def definitions(root: Path = ROOT) -> list[Definition]:
    """Every top-level function and class, and every method, defined in root/peerkit."""
    found = []
    for path in sorted((root / "peerkit").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if not _allowed(node):
                    found.append(Definition(rel, node.lineno, node.name, "function"))
            elif isinstance(node, ast.ClassDef):
                if not _allowed(node):
                    found.append(Definition(rel, node.lineno, node.name, "class"))
                found += _methods(node, rel)
    return found


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the string constants that are docstrings (or bare strings after an assignment)."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }


def python_uses(source: str) -> tuple[Counter[str], set[str]]:
    """Names a Python file uses, and the names its ``__all__`` lists."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    used: Counter[str] = Counter()
    exported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used[node.id] += 1
        elif isinstance(node, ast.Attribute):
            used[node.attr] += 1
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            exported |= {
                e.value
                for e in getattr(node.value, "elts", [])
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            }
            skip |= {id(e) for e in getattr(node.value, "elts", [])}
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and _DOTTED.fullmatch(node.value)
        ):
            used.update(_WORD.findall(node.value))
    return used, exported


def _notebook_code(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    return "\n".join(
        "".join(cell.get("source", "")) for cell in cells if cell.get("cell_type") == "code"
    )


def uses(root: Path = ROOT) -> Counter[str]:
    """How often each name is used outside its definition (the tests left out)."""
    used: Counter[str] = Counter()
    exported: set[str] = set()
    python = [*(root / "peerkit").rglob("*.py"), *(root / "bench").rglob("*.py")]
    for path in python:
        found, listed = python_uses(path.read_text(encoding="utf-8"))
        used += found
        exported |= listed
    for path in (root / "peerkit").rglob("*"):
        if path.suffix == ".j2":
            used.update(_WORD.findall(" ".join(_JINJA.findall(path.read_text(encoding="utf-8")))))
        elif path.suffix in {".json", ".js", ".html"}:
            used.update(_WORD.findall(path.read_text(encoding="utf-8")))
    for path in (root / "notebooks").rglob("*.ipynb"):
        used.update(_WORD.findall(_notebook_code(path)))
    if (root / "pyproject.toml").exists():
        used.update(_WORD.findall((root / "pyproject.toml").read_text(encoding="utf-8")))
    documented = " ".join(
        (root / name).read_text(encoding="utf-8")
        for name in ("README.md", "CONTRIBUTING.md")
        if (root / name).exists()
    )
    used.update(name for name in exported if re.search(rf"\b{re.escape(name)}\b", documented))
    return used


def unused(root: Path = ROOT) -> list[Definition]:
    """The definitions whose name nothing uses (those in :data:`PENDING` left out)."""
    used = uses(root)
    return [d for d in definitions(root) if not used[d.name] and (d.path, d.name) not in PENDING]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the repository (default: this one)"
    )
    args = parser.parse_args(argv)
    found = unused(args.root)
    print(f"{len(found)} unused definitions in peerkit")
    pending = sorted(
        {(path, name) for path, name in PENDING}
        & {(d.path, d.name) for d in definitions(args.root)}
    )
    if pending:
        print(
            f"  ({len(pending)} used only by tests, still to move: {', '.join(n for _, n in pending)})"
        )
    for d in found:
        print(f"  {d.path}:{d.line}: {d.kind} {d.name}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
