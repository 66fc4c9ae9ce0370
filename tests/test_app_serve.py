"""``peerkit app`` gives the address of its own Voila, whatever else holds the port it chose.

The port is found free a moment before Voila starts; something else (the facilitators' app
started at the same time, say) can take it in between. Voila then moves to another port and
says which, and the app gives that address. Before, it probed the port it had chosen: the
other server answered there, and the facilitators' app announced the learners' address as
the one holding the answer keys while its own Voila had stopped.

A small script stands in for Voila here: it says what Voila says (on stderr), listens on the
first free port from the one given, answers one request and stops, so each test takes about
a second.
"""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading
from types import SimpleNamespace

import pytest

from peerkit.cli import _app, main
from tests.conftest import NOTEBOOKS

STAND_IN = """
import http.server, sys, time
port, retries, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
if mode == "silent":
    time.sleep(60)
    sys.exit(0)
for tried in range(port, port + retries + 1):
    try:
        server = http.server.HTTPServer(("127.0.0.1", tried), http.server.SimpleHTTPRequestHandler)
        break
    except OSError:
        print(f"[Voila] The port {tried} is already in use, trying another port.", file=sys.stderr)
else:
    print("[Voila] CRITICAL | ERROR: no available port could be found.", file=sys.stderr)
    sys.exit(1)
token = "?token=5e3b" if mode == "token" else ""
print(f"[Voila] Voilà is running at:\\nhttp://127.0.0.1:{tried}/{token}", file=sys.stderr, flush=True)
server.handle_request()
print("[Voila] Stopping...", file=sys.stderr, flush=True)
"""


@pytest.fixture
def stand_in(monkeypatch, tmp_path):
    """Voila replaced by the stand-in (``stand_in.mode``: "", "token" or "silent"); the ports
    and retries it was given are listed in ``stand_in.calls``."""
    script = tmp_path / "stand_in.py"
    script.write_text(STAND_IN, encoding="utf-8")
    record = SimpleNamespace(mode="", calls=[])

    def command(folder, port, port_retries=0):
        record.calls.append((port, port_retries))
        return [sys.executable, str(script), str(port), str(port_retries), record.mode]

    monkeypatch.setattr(_app, "voila_command", command)
    monkeypatch.chdir(NOTEBOOKS.parent)
    return record


@pytest.fixture
def other_server():
    """Another server, answering on its port (the learners' app, say)."""
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_a_port_taken_after_it_was_chosen_gives_the_address_voila_moved_to(
    stand_in, other_server, monkeypatch, tmp_path, capsys
):
    monkeypatch.setattr(_app, "_free_port", lambda preferred: other_server)  # lost the race
    code = main(["app", "--facilitator", "--no-browser", "--out", str(tmp_path / "app")])
    out, err = capsys.readouterr()
    assert code == 0
    assert stand_in.calls == [(other_server, _app.PORT_RETRIES)]
    moved = next(p for p in range(other_server + 1, other_server + 5) if f":{p}/" in err)
    assert f"The port {other_server} is already in use" in err  # Voila's words, passed through
    assert f"open at http://127.0.0.1:{moved}/voila/render/facilitator-guide.ipynb" in out
    assert f":{other_server}/voila" not in out
    assert err.rstrip().endswith("[Voila] Stopping...")  # its last words are not lost


def test_an_address_with_a_token_is_read(stand_in, tmp_path, capsys):
    """A Voila config file can ask for a token: the address then ends with ?token=..."""
    stand_in.mode = "token"
    assert main(["app", "--no-browser", "--out", str(tmp_path / "app")]) == 0
    out, err = capsys.readouterr()
    port = stand_in.calls[0][0]
    assert f":{port}/?token=5e3b" in err and f"open at http://127.0.0.1:{port}/voila" in out


def test_a_voila_that_never_says_where_it_runs_is_stopped(stand_in, tmp_path, capsys, monkeypatch):
    stand_in.mode = "silent"
    started = []
    monkeypatch.setattr(_app, "START_TIMEOUT", 2.0)
    monkeypatch.setattr(_app.subprocess, "Popen", _recording(started, subprocess.Popen))
    assert main(["app", "--no-browser", "--out", str(tmp_path / "app")]) == 1
    out, _ = capsys.readouterr()
    assert "The app did not start within 2 seconds, so it was stopped" in out
    assert started and started[0].poll() is not None, "Voila was left running"


def _recording(started: list, popen):
    def start(*args, **kwargs):
        started.append(popen(*args, **kwargs))
        return started[-1]

    return start


def test_a_voila_that_stops_before_it_listens_is_reported(stand_in, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(_app, "PORT_RETRIES", 0)
    with http.server.HTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler) as held:
        port = held.server_address[1]
        monkeypatch.setattr(_app, "_free_port", lambda preferred: port)
        code = main(["app", "--no-browser", "--out", str(tmp_path / "app")])
    out, err = capsys.readouterr()
    assert code == 1
    assert "The app did not start; the messages above say why." in out
    assert "no available port could be found" in err
    assert "open at" not in out


def test_near_the_top_of_the_range_voila_gets_no_ports_beyond_it():
    """Voila's tries reach 2 * (retries + 1) either side of its port, and Python refuses a port
    past 65535 with OverflowError, which Voila does not catch: near the top, no retries."""
    reach = 2 * (_app.PORT_RETRIES + 1)
    assert _app._retries(65535 - reach) == _app.PORT_RETRIES
    assert _app._retries(65535 - reach + 1) == 0
    assert _app._retries(8866) == _app.PORT_RETRIES
