"""JupyterLab behaves like a course: the shipped settings and peerkit's server extension.

The browser side (a lesson opens unmodified, "Start the exercises" leaves the learner at
the top, closing a lesson shuts its kernel and leaves ``git status`` clean, a slow click
says "Working…") is in tests/test_browser_lab.py. Here: the same pieces without a
browser, through a real Jupyter contents manager.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from peerkit._course_server import install, kernel_language_info
from peerkit._notebooks import clean, dumps
from tests.conftest import NOTEBOOKS, ROOT

OVERRIDES = ROOT / "peerkit" / "jupyterlab" / "overrides.json"
SERVER_CONFIG = ROOT / "peerkit" / "jupyterlab" / "peerkit.json"
LESSON = "01-building-trust.ipynb"

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@pytest.fixture
def contents(tmp_path):
    """Jupyter's default contents manager over a folder holding a committed lesson, with peerkit's hooks."""
    from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager

    (tmp_path / LESSON).write_bytes((NOTEBOOKS / LESSON).read_bytes())
    manager = AsyncLargeFileManager(root_dir=str(tmp_path))
    install(manager)
    return manager


def _run(coroutine):
    """Run one of the contents manager's coroutines to its end, in a thread of its own.

    asyncio.run refuses to start in a thread that has an event loop running, and a browser
    test earlier in the same test process leaves one: Playwright's sync API keeps its loop
    marked as running in the main thread for as long as the shared browser is open."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _with_outputs(content: dict) -> dict:
    """What JupyterLab sends when a learner saves a lesson they ran: outputs, counts, language_info."""
    content = json.loads(json.dumps(content))
    for cell in content["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = [
                {"output_type": "stream", "name": "stdout", "text": "what the learner chose"}
            ]
            cell["execution_count"] = 3
            cell["metadata"]["trusted"] = True
    content["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    return content


def test_a_lesson_opens_with_the_language_info_the_kernel_will_report(contents):
    """Is a committed lesson served with this environment's full language_info, so that the
    kernel's update changes nothing and JupyterLab does not mark the lesson modified?"""
    model = _run(contents.get(LESSON, content=True, type="notebook"))
    assert model["content"]["metadata"]["language_info"] == kernel_language_info()


def test_the_language_info_is_the_one_ipykernel_reports():
    """Is what we fill in exactly what ipykernel in this environment sends (JupyterLab compares them)?"""
    from ipykernel.ipkernel import IPythonKernel

    assert kernel_language_info() == IPythonKernel.language_info


def test_saving_a_lesson_that_was_run_leaves_the_file_exactly_as_committed(contents, tmp_path):
    """After a learner runs a lesson and saves it, is the file byte-for-byte as committed, with
    the time stamp JupyterLab was told, and no output anywhere?"""
    committed = (NOTEBOOKS / LESSON).read_bytes()
    opened = _run(contents.get(LESSON, content=True, type="notebook"))
    saved = _run(
        contents.save(
            {"type": "notebook", "format": "json", "content": _with_outputs(opened["content"])},
            LESSON,
        )
    )
    path = tmp_path / LESSON
    assert path.read_bytes() == committed
    reported = saved["last_modified"].timestamp()
    assert abs(os.stat(path).st_mtime - reported) < 0.01


def test_another_notebook_is_saved_as_jupyter_saves_it(contents, tmp_path):
    """Is a notebook that is not a clean course notebook (here: one with outputs) left alone?"""
    nb = _with_outputs(clean(json.loads((NOTEBOOKS / LESSON).read_text(encoding="utf-8"))))
    (tmp_path / "mine.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    model = _run(contents.get("mine.ipynb", content=True, type="notebook"))
    _run(
        contents.save(
            {"type": "notebook", "format": "json", "content": model["content"]}, "mine.ipynb"
        )
    )
    kept = json.loads((tmp_path / "mine.ipynb").read_text(encoding="utf-8"))
    assert any(c.get("outputs") for c in kept["cells"] if c["cell_type"] == "code")


def test_a_facilitators_edit_is_kept_and_the_file_stays_clean(contents, tmp_path):
    """If a facilitator changes a lesson's text in JupyterLab and saves, is the change kept,
    in the committed format (what 'peerkit clean-notebooks' writes)?"""
    opened = _run(contents.get(LESSON, content=True, type="notebook"))
    content = _with_outputs(opened["content"])
    first = next(c for c in content["cells"] if c["cell_type"] == "markdown")
    first["source"] = first["source"] + "\n\nA sentence the facilitator added."
    _run(contents.save({"type": "notebook", "format": "json", "content": content}, LESSON))
    text = (tmp_path / LESSON).read_text(encoding="utf-8")
    assert "A sentence the facilitator added." in text
    assert text == dumps(clean(json.loads(text)))
    assert '"outputs": []' in text and "what the learner chose" not in text


def test_the_shipped_lab_settings_make_jupyterlab_behave_like_a_course():
    """Do the settings overrides turn autosave off, shut a lesson's kernel when its tab closes,
    and give the toolbar a "Start the exercises" button that runs the lesson and returns to the top?"""
    settings = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    assert settings["@jupyterlab/docmanager-extension:plugin"]["autosave"] is False
    assert settings["@jupyterlab/notebook-extension:tracker"]["kernelShutdown"] is True
    assert settings["@jupyter-widgets/jupyterlab-manager:plugin"]["saveState"] is False
    toolbar = settings["@jupyterlab/notebook-extension:panel"]["toolbar"]
    start = next(item for item in toolbar if item["name"] == "peerkit-start")
    assert start["label"] == "Start the exercises"
    assert start["command"] == "apputils:run-all-enabled"
    assert start["args"]["commands"][0] == "notebook:run-all-cells"
    assert "notebook:extend-marked-cells-top" in start["args"]["commands"]


def test_every_install_switches_the_extension_on():
    """Is the extension switched on by a regular install (data files), by 'make lab' and by Binder
    (editable installs, which copy no data files), and do the tests' servers use the same file?"""
    config = json.loads(SERVER_CONFIG.read_text(encoding="utf-8"))
    assert config == {"ServerApp": {"jpserver_extensions": {"peerkit._course_server": True}}}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = project["tool"]["setuptools"]["data-files"]
    assert data_files["etc/jupyter/jupyter_server_config.d"] == ["peerkit/jupyterlab/peerkit.json"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "jupyter_server_config.d/peerkit.json" in makefile
    post_build = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert "cp peerkit/jupyterlab/peerkit.json" in post_build
    assert "jupyter_server_config.d/peerkit.json" in post_build
    servers = (ROOT / "tests" / "servers.py").read_text(encoding="utf-8")
    assert "SERVER_CONFIG" in servers


def test_the_extension_loads_as_jupyter_server_loads_it():
    """Does the module named in the config offer what Jupyter server looks for?"""
    import importlib

    module = importlib.import_module("peerkit._course_server")
    points = module._jupyter_server_extension_points()
    assert points == [{"module": "peerkit._course_server"}]
    assert callable(module._load_jupyter_server_extension)


def test_committed_notebooks_are_in_the_format_the_extension_writes():
    """Is every committed notebook byte-for-byte what 'peerkit clean-notebooks' writes
    (so a save through the extension leaves git status clean)?"""
    for path in sorted(Path(NOTEBOOKS).rglob("*.ipynb")):
        text = path.read_text(encoding="utf-8")
        assert text == dumps(clean(json.loads(text))), path.name
