"""tests/servers.py: a server that loses the race for its port is started on another one.

The browser tests' servers are started on a port found free a moment earlier; meanwhile the
other test processes start kernels and open connections that take ports from the same range.
These tests stand a small HTTP server in for Jupyter and Voila: it exits with Jupyter's words
when its port is taken, and otherwise says where it runs and answers, so the retry is checked
in about a second.
"""

from __future__ import annotations

import http.server
import socket
import sys
import threading

import pytest

from tests import servers

FREE_PORT = servers.free_port
"""The real one: the fixtures below replace ``servers.free_port`` with a list of ports."""

STAND_IN = """
import http.server, socket, sys
port = int(sys.argv[1])
try:
    server = http.server.HTTPServer(("127.0.0.1", port), http.server.SimpleHTTPRequestHandler)
except OSError:
    print(f"The port {port} is already in use.", flush=True)
    sys.exit(1)
print(f"Running at:\\nhttp://127.0.0.1:{port}/", flush=True)
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
    free = FREE_PORT()
    stand_in += [taken, taken, free]
    with servers.running("voila", tmp_path, tmp_path / "work", timeout=20) as server:
        assert server.url == f"http://127.0.0.1:{free}/"
        assert server.process.poll() is None
    assert server.process.poll() is not None, "the server was left running"
    assert not (tmp_path / "work").exists()
    # Its log outlives its folder, for the report of a test that failed using it.
    assert servers.STARTED[-1] is server
    assert server.log_tail().startswith(f"Running at:\nhttp://127.0.0.1:{free}/\n")


def test_a_port_taken_every_time_fails_naming_the_port(stand_in, taken, tmp_path):
    stand_in += [taken] * servers.PORT_ATTEMPTS
    taken_every_time = pytest.raises(servers.PortTaken, match=f"The port {taken} is already in use")
    with taken_every_time, servers.running("voila", tmp_path, tmp_path / "work", timeout=20):
        pass
    assert stand_in == []
    assert not (tmp_path / "work").exists()


def test_a_port_won_by_another_tests_server_is_not_taken_for_ours(stand_in, tmp_path):
    """If another test process's server won the port, it answers there while ours is still
    starting: is ours started again elsewhere, not that one handed to the test?"""
    other = http.server.HTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        free = FREE_PORT()
        stand_in += [other.server_address[1], free]
        with servers.running("voila", tmp_path, tmp_path / "work", timeout=20) as server:
            assert server.url == f"http://127.0.0.1:{free}/"
    finally:
        other.shutdown()
        other.server_close()


def test_any_other_early_exit_fails_at_once_with_the_servers_log(monkeypatch, tmp_path):
    """A server that exits for another reason (here, words Jupyter uses for a missing kernel)
    is not started again: the test fails at once, with what the server said."""
    said = "print('Native kernel (python3) is not available'); raise SystemExit(2)"
    monkeypatch.setattr(servers, "voila_command", lambda root, port: [sys.executable, "-c", said])
    starts = []
    monkeypatch.setattr(servers, "free_port", lambda: starts.append(1) or FREE_PORT())
    exits = pytest.raises(RuntimeError, match="Native kernel")
    with exits as raised, servers.running("voila", tmp_path, tmp_path / "work", timeout=20):
        pass
    assert not isinstance(raised.value, servers.PortTaken)
    assert len(starts) == 1
    assert not (tmp_path / "work").exists()
