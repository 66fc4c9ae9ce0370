"""bench/dead_code.py: does it find what nothing uses, and only that?"""

from __future__ import annotations

import json
from pathlib import Path

from tests.bench_scripts import load_bench

dead_code = load_bench("dead_code")

MODULE = '''"""A module. only_in_a_docstring() is named here, which is no use of it."""
from pydantic import BaseModel, field_validator


def used_by_the_package():
    return 1


def unused_function():
    """Nothing calls this."""


def only_in_a_docstring():
    pass


def only_tested():
    pass


def only_exported():
    pass


def exported_and_documented():
    pass


def called_by_a_notebook():
    pass


def _jupyter_server_extension_points():
    return []


class Model(BaseModel):
    type: Literal["case"]
    name: str

    @field_validator("name")
    @classmethod
    def _name_is_plain(cls, value):
        return value

    @property
    def read_by_a_template(self):
        return 1

    def unused_method(self):
        return used_by_the_package()

    def by_getattr_name(self):
        pass

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {}


class UnusedClass:
    def __init__(self):
        getattr(self, "by_getattr_name")
'''


def _tree(tmp_path: Path) -> Path:
    files = {
        "peerkit/__init__.py": (
            "from ._things import exported_and_documented, only_exported\n"
            '__all__ = ["exported_and_documented", "only_exported"]\n'
        ),
        "peerkit/_things.py": MODULE,
        "peerkit/templates/page.html.j2": "<p>read_by_a_template {{ item.read_by_a_template }}</p>",
        "bench/script.py": "from peerkit._things import Model\nModel.model_validate({})\n",
        "tests/test_things.py": "from peerkit._things import only_tested\nonly_tested()\n",
        "README.md": "Call `peerkit.exported_and_documented()`; never unused_function.\n",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    notebook = {
        "cells": [
            {"cell_type": "markdown", "source": "only_in_a_docstring", "metadata": {}},
            {"cell_type": "code", "source": "# Go\npeerkit.called_by_a_notebook()", "metadata": {}},
        ]
    }
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "01.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
    return tmp_path


def test_does_it_name_each_unused_definition_and_no_used_one(tmp_path):
    """Are definitions used only by tests, only in a docstring, a notebook's prose or an undocumented
    __all__ named, and those a template, a notebook's code, a getattr string, bench or a framework
    uses left alone?"""
    found = {(d.name, d.kind) for d in dead_code.unused(_tree(tmp_path))}
    assert found == {
        ("unused_function", "function"),
        ("only_in_a_docstring", "function"),
        ("only_tested", "function"),
        ("only_exported", "function"),
        ("unused_method", "method"),
        ("UnusedClass", "class"),
    }


def test_it_fails_and_prints_the_count_and_names(tmp_path, capsys):
    """Does the script exit 1 and print how many definitions are unused, with where each is?"""
    assert dead_code.main(["--root", str(_tree(tmp_path))]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("6 unused definitions")
    assert "peerkit/_things.py:9: function unused_function" in out


def test_the_package_has_no_dead_code(capsys):
    """Is every function, class and method of peerkit used by something other than the tests?"""
    status = dead_code.main([])
    out = capsys.readouterr().out
    assert (status, out.splitlines()[0]) == (0, "0 unused definitions in peerkit"), out


def test_every_pending_definition_still_exists():
    """Does the table of definitions still to move name only ones that exist (so it shrinks)?"""
    defined = {(d.path, d.name) for d in dead_code.definitions()}
    assert set(dead_code.PENDING) <= defined
