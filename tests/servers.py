"""Start JupyterLab or Voila for a browser test, and stop it again.

Each server:

- listens on 127.0.0.1 on a free port, with no token (nothing else can reach it), and is
  started again on another port if that one is taken before the server binds it;
- serves a temporary copy of the notebooks, so a test run never saves outputs into
  the repository's notebooks;
- gets its own Jupyter config, data, runtime and settings folders, with the
  project's JupyterLab settings (peerkit/jupyterlab/overrides.json) and server
  extension (peerkit/jupyterlab/peerkit.json) applied, as an install of the package
  applies them, so no news pop-up appears, lessons are never saved with outputs,
  and nothing in the real home folder is read or written;
- has PEERKIT_HOME pointing at a temporary folder, so saved progress and journal
  entries never reach the real user folder;
- is stopped by its process id: SIGTERM (Jupyter shuts its kernels down), then
  SIGKILL for the server's own process group if it has not gone within the grace time.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from peerkit._app_build import voila_command, voila_environment

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "peerkit" / "jupyterlab" / "overrides.json"
SERVER_CONFIG = ROOT / "peerkit" / "jupyterlab" / "peerkit.json"
"""Switches on peerkit's server extension, as the package's install does (peerkit/_course_server.py)."""
START_TIMEOUT = 90.0
STOP_GRACE = 15.0


@dataclass
class Server:
    """A running server: where to point the browser, and what it serves."""

    kind: str
    port: int
    root: Path
    process: subprocess.Popen
    log: Path
    kept: str | None = None
    """The end of the log, kept when the server stops (its folder, log included, is removed)."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def log_tail(self, lines: int = 30) -> str:
        if self.kept is not None:
            text = self.kept
        elif self.log.exists():
            text = self.log.read_text(encoding="utf-8", errors="replace")
        else:
            text = ""
        return "\n".join(text.splitlines()[-lines:])


STARTED: list[Server] = []
"""Every server this process started, in order: a failed test's report ends with the logs of the
servers it used (tests/conftest.py), including those started and stopped inside the test."""
KEPT_LINES = 60


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing is listening on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_notebooks(source: Path, dest: Path) -> Path:
    """Copy every notebook in ``source`` and its folders (the facilitator guide is one level
    down) into ``dest`` (created), with the same layout; return ``dest``."""
    for path in sorted(source.rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        target = dest / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    return dest


def _environment(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    folders = {
        "JUPYTER_CONFIG_DIR": "jupyter-config",
        "JUPYTER_DATA_DIR": "jupyter-data",
        "JUPYTER_RUNTIME_DIR": "jupyter-runtime",
        "IPYTHONDIR": "ipython",
        "PEERKIT_HOME": "peerkit-home",
    }
    for name, folder in folders.items():
        path = work / folder
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    conf_d = work / "jupyter-config" / "jupyter_server_config.d"
    conf_d.mkdir(parents=True, exist_ok=True)
    shutil.copy2(SERVER_CONFIG, conf_d / "peerkit.json")
    env.pop("JUPYTER_TOKEN", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def lab_command(root: Path, work: Path, port: int) -> list[str]:
    """JupyterLab on 127.0.0.1:port, token-less, with the project's settings overrides."""
    settings = work / "lab-settings"
    settings.mkdir(parents=True, exist_ok=True)
    shutil.copy2(OVERRIDES, settings / "overrides.json")
    return [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",  # CI runs as root; harmless otherwise
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--IdentityProvider.token=",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.app_settings_dir={settings}",
        f"--LabApp.user_settings_dir={work / 'lab-user-settings'}",
        f"--LabApp.workspaces_dir={work / 'lab-workspaces'}",
        # window.jupyterapp, so that a test can open a notebook in a JupyterLab already loaded
        # (tests/browser_pages.open_in_lab) instead of loading JupyterLab again.
        "--LabApp.expose_app_in_browser=True",
    ]


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def stop(process: subprocess.Popen, grace: float = STOP_GRACE) -> None:
    """SIGTERM the server by its pid, then SIGKILL its process group if it outlives ``grace``."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        # The server was started in its own session, so its group is only it and its kernels.
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=grace)


PORT_ATTEMPTS = 3


class PortTaken(RuntimeError):
    """The server exited because something else had taken its port."""


@contextmanager
def running(
    kind: str,
    root: Path,
    work: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = START_TIMEOUT,
) -> Iterator[Server]:
    """Start a ``lab`` or ``voila`` server over ``root``; stop it and remove ``work`` afterwards.

    Voila is started exactly as ``peerkit app`` starts it (the same command line).

    A free port can be taken between :func:`free_port` and the server binding it: the other
    test processes start kernels (each picks ports the same way), open connections (each
    takes a local port from the same range) and start servers of their own all the while.
    A server that exits saying its port is taken is started again on another port, up to
    ``PORT_ATTEMPTS`` times in all; any other early exit fails at once with the server's log.
    """
    if kind not in ("lab", "voila"):
        raise ValueError(f"unknown server kind {kind!r}")
    try:
        work.mkdir(parents=True, exist_ok=True)
        environment = _environment(work)
        if kind == "voila":  # as 'peerkit app' runs it: with peerkit's page template findable
            environment = voila_environment(environment)
        environment.update(env or {})
        for attempt in range(1, PORT_ATTEMPTS + 1):
            server = _start(kind, root, work, environment)
            try:
                _wait_until_ready(server, timeout)
                break
            except PortTaken:
                if attempt == PORT_ATTEMPTS:
                    raise
        STARTED.append(server)
        try:
            yield server
        finally:
            stop(server.process)
            server.kept = server.log_tail(KEPT_LINES)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _start(kind: str, root: Path, work: Path, environment: Mapping[str, str]) -> Server:
    port = free_port()
    command = lab_command(root, work, port) if kind == "lab" else voila_command(root, port)
    log = work / f"{kind}-{port}.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            command,
            cwd=root,
            env=dict(environment),
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(kind, port, root, process, log)


def _wait_until_ready(server: Server, timeout: float) -> None:
    """Return once this server answers; raise with its log if it exits or times out first.

    It is ready when it has logged that it is running at its address and that address
    answers. The log matters: if another test process's server won the race for the port,
    that server answers while this one is still starting, and only fails to bind later.
    """
    probe = server.url + ("api" if server.kind == "lab" else "")
    taken = re.compile(rf"\bport {server.port} is (?:already in use|not available)")
    deadline = time.monotonic() + timeout
    try:
        while True:
            if server.process.poll() is not None:
                tail = server.log_tail()
                error = PortTaken if taken.search(tail) else RuntimeError
                raise error(
                    f"{server.kind} exited (code {server.process.returncode}) before it was "
                    f"ready:\n{tail}"
                )
            if server.url in server.log.read_text(errors="replace") and _ready(probe):
                return
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"{server.kind} was not ready at {server.url} after {timeout:.0f} s:\n"
                    f"{server.log_tail()}"
                )
            time.sleep(0.2)
    except BaseException:
        stop(server.process)
        raise
