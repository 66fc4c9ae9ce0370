"""The project's set-up files agree with each other and with the README."""

from __future__ import annotations

import re
import sys

import yaml
from packaging.markers import Marker
from packaging.requirements import Requirement

from peerkit._app_build import JUPYTER_DATA, TEMPLATE
from tests.conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_environment_yml_matches_pyproject_runtime_dependencies():
    """Does Binder's environment.yml install the same runtime packages, with the same floors, as pyproject.toml?"""
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    env_python = python.split("=")[1]
    conda = {}
    for dep in env["dependencies"]:
        if isinstance(dep, str) and not dep.startswith(("python=", "pip")):
            req = Requirement(dep)
            conda[_normal(req.name)] = str(req.specifier)
    wanted = {}
    for dep in _pyproject()["project"]["dependencies"]:
        req = Requirement(dep)
        if req.marker and not req.marker.evaluate({"python_version": env_python}):
            continue
        wanted[_normal(req.name)] = str(req.specifier)
    assert conda == wanted
    assert not any(isinstance(d, dict) for d in env["dependencies"]), (
        "install the package in postBuild, not pip: -e ."
    )
    assert Marker("python_version >= '3.10'").evaluate({"python_version": env_python})


def test_postbuild_installs_the_package_without_dependencies():
    """Does postBuild install the local package with --no-deps, as Binder caching needs?"""
    text = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert "pip install --no-deps -e ." in text


def test_console_script_and_package_name():
    """Is the package called peerkit, with a 'peerkit' command?"""
    project = _pyproject()["project"]
    assert project["name"] == "peerkit"
    assert project["scripts"]["peerkit"] == "peerkit.cli:main"


def test_readme_gives_the_two_commands():
    """Does the README give 'make lab' and 'make test', and does the Makefile define them?"""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make lab" in readme and "make test" in readme
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^lab:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "notebooks/00-welcome.ipynb" in makefile
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_layout_is_complete():
    """Does the project have every top-level part: the package, data, notebooks, tests, bench
    and the files that install, build and describe it?"""
    for name in (
        "README.md",
        "environment.yml",
        "pyproject.toml",
        "Makefile",
        ".ci/run",
        "notebooks",
        "peerkit",
        "data",
        "tests",
        "bench",
    ):
        assert (ROOT / name).exists(), name


def test_a_regular_install_ships_every_file_of_the_app_template():
    """Does pyproject.toml install every file of the app's Voila template (for Voila inside a
    Jupyter server: Binder, a hub), so the template is never installed in part?"""
    folder = JUPYTER_DATA / "voila" / "templates" / TEMPLATE
    listed = _pyproject()["tool"]["setuptools"]["data-files"][
        f"share/jupyter/voila/templates/{TEMPLATE}"
    ]
    assert sorted(listed) == sorted(
        p.relative_to(ROOT).as_posix() for p in folder.iterdir() if p.is_file()
    )
