"""The import structure of the peerkit package: cycles, imports that go up the layers, sizes.

Read from the source with ``ast``; nothing is imported or run. Every import counts,
including those inside functions (a deferred import still ties two modules together);
imports under ``if TYPE_CHECKING:`` do not (they never run).

The layers, from the ground up (a module may import its own layer's package and lower
layers only; the journal, a store, imports no content at all):

    0  content  journal             the schema and loading; the learner's private store
    1  coach                        the response coach (reads content)
    2  practice                     pure exercise state (plays), labels, saved-state rules
    3  static  (render)             HTML from models, through Jinja templates
    4  widgets                      thin ipywidgets views over plays
    5  the notebook API             what notebooks call (peerkit/__init__ and its modules)
    6  outputs                      handouts, the app, the command line, notebook tooling

.venv/bin/python bench/imports.py [--verbose]
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "peerkit"

LAYER_NAMES = {
    0: "content/journal",
    1: "coach",
    2: "practice",
    3: "static",
    4: "widgets",
    5: "notebook API",
    6: "outputs",
}

SUBPACKAGES = {
    "content": 0,
    "journal": 0,
    "coach": 1,
    "practice": 2,
    "static": 3,
    "render": 3,
    "widgets": 4,
    "api": 5,
    "handouts": 6,
    "cli": 6,
}
"""The layer of every module inside a subpackage."""

TOP_MODULES = {
    "peerkit": 5,
    "peerkit.__main__": 6,
    "peerkit._workshop_agenda": 2,
    "peerkit._evaluation_tally": 2,
    "peerkit._app_build": 6,
    "peerkit._badges": 6,
    "peerkit._course_server": 6,
    "peerkit._generated": 6,
    "peerkit._modes": 0,
    "peerkit._navigation": 6,
    "peerkit._notebooks": 0,
    "peerkit._outdir": 0,
    # modules of earlier trees, so that a before/after comparison places them alike
    "peerkit._crisis_panel": 5,
    "peerkit._display": 5,
    "peerkit._guide": 5,
    "peerkit._prose": 0,
    "peerkit._selfcheck": 5,
    "peerkit._cli": 6,
    "peerkit._journal_cli": 6,
}
"""The layer of each module at the top of the package (a new one must be placed here)."""

ISOLATED = {"journal": {"content", "coach", "practice", "static", "widgets"}}
"""Packages a package must never import, whatever the layers say."""


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    """Every module of ``package`` (a folder named ``peerkit``) by its dotted name."""
    return {
        module_name(p, package.parent): p
        for p in sorted(package.rglob("*.py"))
        if "__pycache__" not in p.parts
    }


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Which peerkit modules each module imports."""
    found = modules(package)
    known = set(found)
    return {name: imports_of(name, path, known) for name, path in found.items()}


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run (not the ones under ``if TYPE_CHECKING``)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The peerkit modules ``name`` imports (packages and submodules named in ``from`` lists)."""
    is_package = path.name == "__init__.py"
    here = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    for node in _walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
            found.update(t for t in targets if t.split(".")[0] == "peerkit")
            continue
        if node.level:
            base = here[: len(here) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        if target.split(".")[0] != "peerkit":
            continue
        found.add(target)
        for alias in node.names:  # `from . import _agenda`: a submodule
            if f"{target}.{alias.name}" in known:
                found.add(f"{target}.{alias.name}")
    # A module's own packages are always imported before it: no edge to them.
    ancestors = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
    return {f for f in found if f in known and f != name and f not in ancestors}


def layer_of(name: str) -> tuple[int | None, str]:
    """(layer, package) of a module; layer None for a top-level module nobody placed."""
    parts = name.split(".")
    if len(parts) > 2 or (len(parts) == 2 and parts[1] in SUBPACKAGES):
        return SUBPACKAGES.get(parts[1]), parts[1]
    return TOP_MODULES.get(name), name


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), largest first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    sys.setrecursionlimit(10_000)

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found, key=len, reverse=True)


def shortest_cycle(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    """One shortest loop through the first module of ``component``, for the report."""
    members = set(component)
    start = component[0]
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(graph[v] & members):
                if w == start:
                    return [*paths[v], start]
                if w not in paths:
                    paths[w] = [*paths[v], w]
                    nxt.append(w)
        frontier = nxt
    return component


def upward(graph: dict[str, set[str]]) -> list[tuple[str, str, str]]:
    """Imports to a higher layer, or to a package this one must never import."""
    found = []
    for source, targets in sorted(graph.items()):
        s_layer, s_pkg = layer_of(source)
        for target in sorted(targets):
            t_layer, t_pkg = layer_of(target)
            if s_layer is None or t_layer is None:
                continue
            if t_layer > s_layer:
                found.append((source, target, f"{LAYER_NAMES[s_layer]} -> {LAYER_NAMES[t_layer]}"))
            elif t_pkg in ISOLATED.get(s_pkg, ()):
                found.append((source, target, f"{s_pkg} must not import {t_pkg}"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every upward import")
    parser.add_argument(
        "--package",
        type=Path,
        default=PACKAGE,
        help="the peerkit folder to read (default: this tree's; e.g. an older revision's)",
    )
    args = parser.parse_args(argv)
    found = modules(args.package)
    graph = import_graph(args.package)
    unplaced = sorted(n for n in found if layer_of(n)[0] is None and n.count(".") == 1)
    loops = cycles(graph)
    up = upward(graph)
    sizes = sorted(
        ((len(p.read_text(encoding="utf-8").splitlines()), n) for n, p in found.items()),
        reverse=True,
    )
    total_lines = sum(size for size, _ in sizes)
    print(
        f"modules {len(found)}, lines {total_lines:,}, import edges {sum(map(len, graph.values()))}"
    )
    print(f"import cycles {len(loops)} (modules in cycles {sum(map(len, loops))})")
    for component in loops:
        loop = shortest_cycle(graph, component)
        print(f"  cycle of {len(component)} modules, e.g. {' -> '.join(loop)}")
        if args.verbose:
            print(f"    all: {', '.join(component)}")
    print(f"upward imports {len(up)}")
    by_kind: dict[str, int] = defaultdict(int)
    for _, _, kind in up:
        by_kind[kind] += 1
    for kind, count in sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:3d}  {kind}")
    if args.verbose:
        for source, target, kind in up:
            print(f"    {source} -> {target}  ({kind})")
    if unplaced:
        print(f"modules with no layer (place them in TOP_MODULES): {', '.join(unplaced)}")
    print("largest modules (lines):")
    for size, name in sizes[:10]:
        print(f"  {size:5d}  {name}")
    over = [n for s, n in sizes if s > 400]
    print(f"modules over 400 lines {len(over)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
