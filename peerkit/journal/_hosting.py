"""What kind of place the kernel runs in: Binder, a JupyterHub, or the learner's own machine.

It matters for privacy: Binder forgets everything when the session ends, and
on a shared JupyterHub the administrators can read files in home folders.
Detection reads environment variables only; nothing is sent anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

Hosting = Literal["binder", "jupyterhub", "local"]

_BINDER_VARIABLES = ("BINDER_LAUNCH_HOST", "BINDER_REPO_URL", "BINDER_REF_URL")
_HUB_VARIABLES = ("JUPYTERHUB_USER", "JUPYTERHUB_API_URL")
HOSTING_VARIABLES = (*_BINDER_VARIABLES, "JUPYTERHUB_SERVICE_PREFIX", *_HUB_VARIABLES)
"""Every environment variable hosting() reads (tests clear them to stand on a local machine)."""


def hosting(environ: Mapping[str, str] | None = None) -> Hosting:
    """``"binder"``, ``"jupyterhub"`` or ``"local"``, read from the environment.

    Binder runs on a JupyterHub too, so it is checked first.
    """
    env = os.environ if environ is None else environ
    if any(env.get(name) for name in _BINDER_VARIABLES):
        return "binder"
    if "binder" in env.get("JUPYTERHUB_SERVICE_PREFIX", "").lower():
        return "binder"
    if any(env.get(name) for name in _HUB_VARIABLES):
        return "jupyterhub"
    return "local"


def hosting_note(kind: Hosting) -> str:
    """One or two sentences telling a learner what this kind of place means for privacy."""
    if kind == "binder":
        return (
            "This is Binder: everything, including your journal, is deleted when the "
            "session ends. Export your entries to your own computer if you want to keep them."
        )
    if kind == "jupyterhub":
        return (
            "This is a shared JupyterHub: its administrators can read the files in your "
            "home folder. If that worries you, keep personal reflections on paper instead."
        )
    return "This is your own computer: the journal stays on it unless you export it."
