"""bench/imports.py: does it find import cycles and imports that go up the layers?"""

from __future__ import annotations

from pathlib import Path

from tests.bench_scripts import load_bench

imports = load_bench("imports")


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    package = tmp_path / "peerkit"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package


def test_does_it_find_a_cycle_through_a_deferred_import(tmp_path):
    """Is a loop closed by an import inside a function still a cycle?"""
    package = _package(
        tmp_path,
        {
            "__init__.py": "",
            "content/__init__.py": "from ._load import load\n",
            "content/_load.py": "def load():\n    from .. import widgets\n",
            "widgets/__init__.py": "from ..content import load\n",
        },
    )
    graph = imports.import_graph(package)
    assert imports.cycles(graph) == [
        ["peerkit.content", "peerkit.content._load", "peerkit.widgets"]
    ]


def test_does_it_name_an_upward_import_and_a_forbidden_one(tmp_path):
    """Is content importing widgets named as going up, and the journal importing content refused?"""
    package = _package(
        tmp_path,
        {
            "__init__.py": "",
            "content/__init__.py": "from ..widgets import view\n",
            "widgets/__init__.py": "view = 1\n",
            "journal/__init__.py": "from ..content import x\n",
        },
    )
    found = {(s, t) for s, t, _ in imports.upward(imports.import_graph(package))}
    assert found == {("peerkit.content", "peerkit.widgets"), ("peerkit.journal", "peerkit.content")}


def test_are_type_checking_imports_left_out(tmp_path):
    """Does an import that never runs (under TYPE_CHECKING) tie no modules together?"""
    package = _package(
        tmp_path,
        {
            "__init__.py": "",
            "content/__init__.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..widgets import v\n",
            "widgets/__init__.py": "from ..content import x\n",
        },
    )
    assert imports.cycles(imports.import_graph(package)) == []


def test_the_package_has_no_import_cycle_and_no_upward_import():
    """Does the package's own import structure run one way: no cycles, nothing importing a layer
    above it, and the journal store importing no content?"""
    graph = imports.import_graph()
    assert imports.cycles(graph) == []
    assert imports.upward(graph) == []
    unplaced = [n for n in imports.modules() if imports.layer_of(n)[0] is None]
    assert unplaced == [], "place new top-level modules in bench/imports.py TOP_MODULES"


def test_every_import_in_the_package_resolves():
    """Does every import in the package, deferred ones included, name a module and names that
    exist? (A deferred import that fails is easy to miss: the crisis panel swallows errors.)"""
    import ast
    import importlib

    problems = []
    for name, path in imports.modules().items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.level:
                continue
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            module = importlib.import_module(target)
            for alias in node.names:
                if not hasattr(module, alias.name):
                    try:
                        importlib.import_module(f"{target}.{alias.name}")
                    except ImportError:
                        problems.append(f"{path.name}:{node.lineno}: {target}.{alias.name}")
    assert problems == []
