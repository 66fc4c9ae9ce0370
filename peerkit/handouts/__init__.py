"""Handouts: every lesson as a self-contained HTML page, for reading offline and in print.

Two editions come from one source. The learner edition folds answers away in
``<details>``; the facilitator edition opens them and adds facilitator notes,
debrief questions and the facilitator guide. Pages are built from the content
and the clean notebooks without running a kernel (each code cell's call is made in the
handout's render context: :mod:`peerkit.api._calls`), so they need no network and can
never contain anything a learner wrote.

    peerkit handouts [--edition learner|facilitator|both] [--region R] [--out DIR]
    jupyter nbconvert --to peerkit_handout NOTEBOOK

The names below load on first use, so the ``peerkit`` command starts without
importing nbconvert.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "EDITIONS": "_build",
    "BuildResult": "_build",
    "HandoutError": "_build",
    "build": "_build",
    "render_notebook": "_build",
    "resolve_region": "_build",
    "HandoutExporter": "_exporter",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
