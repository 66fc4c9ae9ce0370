"""bench/timings.py: a step that fails keeps all of its output, so a failure seen once is not lost."""

from __future__ import annotations

from tests.bench_scripts import load_bench

timings = load_bench("timings")


def test_a_failed_step_names_its_failures_and_keeps_all_of_its_output(tmp_path, monkeypatch):
    """Are pytest's FAILED lines printed, even from early in a long output, with the log's path?"""
    monkeypatch.setattr(timings, "FAILED_LOGS", tmp_path)
    output = (
        "FAILED tests/test_browser_lab.py::test_x - AssertionError: boom\n"
        + "noise line\n" * 1000
        + "1 failed, 74 passed in 250.00s\n"
    )
    shown = timings.failure(output, "test")
    log = tmp_path / "timings-test.log"
    assert log.read_text(encoding="utf-8") == output
    assert shown.startswith("FAILED tests/test_browser_lab.py::test_x - AssertionError: boom")
    assert "1 failed, 74 passed" in shown and str(log) in shown
    assert len(shown) < 3500
