"""A Jupyter server extension that keeps lesson notebooks exactly as they were committed.

JupyterLab, left to itself, treats a lesson like any notebook a programmer edits:

- It marks a lesson modified the moment it opens. When the kernel starts, JupyterLab
  copies the kernel's ``language_info`` (with the exact Python version) into the
  notebook's metadata, and the committed notebook holds only ``{"name": "python"}``
  (research: the tab gets ``jp-mod-dirty`` although nothing was done; with the full
  ``language_info`` already in the file, it does not). Closing the lesson then asks
  "Save changes?".
- A save (autosave, Ctrl+S, or "Save" in that question) writes outputs and widget
  views into the lesson file, which shows up in ``git status`` and blocks
  nbgitpuller's updates on a hub.

This extension fixes both on the server, for clean course notebooks only (a notebook
on disk with no outputs and hidden, locked code: exactly what ``peerkit
clean-notebooks`` writes and the tests require):

- When such a notebook is opened, it is served with this environment's full
  ``language_info``, so the kernel's update changes nothing and the lesson stays
  unmodified.
- When such a notebook is saved, the content is cleaned before it is written, and the
  file is then rewritten in the committed format (``peerkit clean-notebooks``), with
  its time stamp kept. A lesson that was only run is therefore byte-for-byte what
  was committed.

Other notebooks (a facilitator's own, anything with outputs on disk) are left alone.
The extension is switched on by ``jupyter_server_config.d/peerkit.json``, which the
package installs (``pyproject.toml``, ``[tool.setuptools.data-files]``), so it works
wherever peerkit is installed: ``make lab``, Binder and a JupyterHub alike.
JupyterLab's own side (no autosave, kernels shut down when their tab closes) is set in
``peerkit/jupyterlab/overrides.json``.
"""

from __future__ import annotations

import inspect
import json
import os
import sys
from pathlib import Path
from typing import Any

from ._notebooks import KERNELSPEC, LANGUAGE_INFO, clean, dumps, notebook_problems

MARK = "_peerkit_course_notebooks"
"""The attribute set on a contents manager once the hooks are in (they go in once)."""


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "peerkit._course_server"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    install(serverapp.contents_manager)
    serverapp.log.info("peerkit: lesson notebooks open unmodified and are saved without outputs")


def kernel_language_info() -> dict[str, Any]:
    """What ipykernel in this environment reports as ``language_info`` (ipykernel/ipkernel.py)."""
    return {
        "name": "python",
        "version": sys.version.split()[0],
        "mimetype": "text/x-python",
        "codemirror_mode": {"name": "ipython", "version": sys.version_info[0]},
        "pygments_lexer": "ipython3",
        "nbconvert_exporter": "python",
        "file_extension": ".py",
    }


def is_course_notebook(nb: Any) -> bool:
    """A notebook saved the way the course commits it: no outputs, code hidden and locked."""
    return (
        isinstance(nb, dict)
        and isinstance(nb.get("cells"), list)
        and nb.get("metadata", {}).get("language_info") == LANGUAGE_INFO
        and not notebook_problems(nb, "")
    )


def as_opened(model: Any) -> Any:
    """A contents model, with a notebook saved as the course saves it given this environment's
    language_info (the one the Python kernel will report).

    Only the minimal ``{"name": "python"}`` that ``peerkit clean-notebooks`` writes is filled
    in, for the standard Python kernel: exactly what the kernel itself would write there.
    """
    content = model.get("content") if isinstance(model, dict) else None
    if model.get("type") == "notebook" and isinstance(content, dict):
        metadata = content.get("metadata", {})
        if (
            metadata.get("language_info") == LANGUAGE_INFO
            and metadata.get("kernelspec", {}).get("name") == KERNELSPEC["name"]
        ):
            metadata["language_info"] = kernel_language_info()
    return model


def _read(os_path: str) -> Any:
    try:
        return json.loads(Path(os_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def before_save(model: dict[str, Any], path: str, contents_manager: Any, **_: Any) -> None:
    """Clean what is about to be written over a clean course notebook."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    os_path = contents_manager._get_os_path(path)
    if not is_course_notebook(_read(os_path)):
        return
    model["content"] = clean(model["content"])
    getattr(contents_manager, MARK).add(os_path)


def after_save(model: dict[str, Any], os_path: str, contents_manager: Any, **_: Any) -> None:
    """Rewrite a cleaned notebook in the committed format, keeping the time stamp JupyterLab saw."""
    cleaned: set[str] = getattr(contents_manager, MARK)
    if os_path not in cleaned:
        return
    cleaned.discard(os_path)
    nb = _read(os_path)
    if nb is None:
        return
    text = dumps(clean(nb))
    target = Path(os_path)
    if target.read_text(encoding="utf-8") == text:
        return
    stamp = target.stat()
    target.write_text(text, encoding="utf-8")
    os.utime(target, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))


def install(contents_manager: Any) -> None:
    """Add the hooks to a Jupyter contents manager (once)."""
    if hasattr(contents_manager, MARK):
        return
    setattr(contents_manager, MARK, set())
    contents_manager.register_pre_save_hook(before_save)
    contents_manager.register_post_save_hook(after_save)
    original = contents_manager.get
    if inspect.iscoroutinefunction(original):

        async def get(*args: Any, **kwargs: Any) -> Any:
            return as_opened(await original(*args, **kwargs))

    else:

        def get(*args: Any, **kwargs: Any) -> Any:
            return as_opened(original(*args, **kwargs))

    contents_manager.get = get
