"""tests/servers.py: a server that loses the race for its port is started on another one.

The browser tests' servers are started on a port found free a moment earlier; meanwhile the
other test processes start kernels and open connections that take ports from the same range.
These tests stand a small HTTP server in for Jupyter and Voila: it exits with Jupyter's words
when its port is taken, and otherwise answers, so the retry is checked in about a second.
"""

from __future__ import annotations

import socket
import sys

import pytest

from tests import servers

STAND_IN = """
import http.server, socket, sys
port = int(sys.argv[1])
try:
    server = http.server.HTTPServer(("127.0.0.1", port), http.server.SimpleHTTPRequestHandler)
except OSError:
    print(f"The port {port} is already in use.", flush=True)
    sys.exit(1)
server.serve_forever()
"""


@pytest.fixture
def stand_in(monkeypatch, tmp_path):
    """Voila replaced by the stand-in, and free_port() replaced by a list of ports to hand out."""
    script = tmp_path / "stand_in.py"
    script.write_text(STAND_IN, encoding="utf-8")
    monkeypatch.setattr(
        servers, "voila_command", lambda root, port: [sys.executable, str(script), str(port)]
    )
    ports: list[int] = []
    monkeypatch.setattr(servers, "free_port", lambda: ports.pop(0))
    return ports


@pytest.fixture
def taken():
    """A port held for the length of the test (bound, as a kernel's or a connection's is)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_a_server_whose_port_was_taken_starts_again_on_another(stand_in, taken, tmp_path):
    free = _free_port()
    stand_in += [taken, taken, free]
    with servers.running("voila", tmp_path, tmp_path / "work", timeout=20) as server:
        assert server.url == f"http://127.0.0.1:{free}/"
        assert server.process.poll() is None
    assert server.process.poll() is not None, "the server was left running"
    assert not (tmp_path / "work").exists()


def test_a_port_taken_every_time_fails_naming_the_port(stand_in, taken, tmp_path):
    stand_in += [taken] * servers.PORT_ATTEMPTS
    taken_every_time = pytest.raises(servers.PortTaken, match=f"The port {taken} is already in use")
    with taken_every_time, servers.running("voila", tmp_path, tmp_path / "work", timeout=20):
        pass
    assert stand_in == []
    assert not (tmp_path / "work").exists()


def test_any_other_early_exit_fails_at_once_with_the_servers_log(monkeypatch, tmp_path):
    monkeypatch.setattr(
        servers,
        "voila_command",
        lambda root, port: [
            sys.executable,
            "-c",
            "print('no such notebook folder'); raise SystemExit(2)",
        ],
    )
    starts = []
    monkeypatch.setattr(servers, "free_port", lambda: starts.append(1) or _free_port())
    exits = pytest.raises(RuntimeError, match="no such notebook folder")
    with exits as raised, servers.running("voila", tmp_path, tmp_path / "work", timeout=20):
        pass
    assert not isinstance(raised.value, servers.PortTaken)
    assert len(starts) == 1


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
