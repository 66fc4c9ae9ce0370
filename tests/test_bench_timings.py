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


def test_each_pytest_pass_is_reported_by_its_own_summary_line():
    """Are the quick, slow and notebook passes' summaries read in order, failures and all?"""
    output = (
        "Required test coverage of 94.0% reached. Total coverage: 95.69%\n"
        "2064 passed in 45.45s\n"
        "======================== 75 passed in 246.14s (0:04:06) ========================\n"
        "=============== 1 failed, 136 passed, 2 warnings in 12.10s ===============\n"
    )
    assert timings.passes(output) == [
        "2064 passed in 45.45s",
        "75 passed in 246.14s",
        "1 failed, 136 passed, 2 warnings in 12.10s",
    ]
    assert timings.passes("All checks passed!\n") == []


def test_cpu_is_reported_as_what_the_machine_did_during_the_step():
    """Is the machine's busy, idle and stolen time during the step shown, and a plain line without /proc?"""
    before = timings.Usage(busy=100.0, idle=50.0, stolen=1.0)
    after = timings.Usage(busy=420.0, idle=70.0, stolen=3.0)
    assert timings.cpu_used(before, after) == "machine busy 320, idle 20, stolen 2 CPU-s"
    assert timings.cpu_used(None, after) == "machine CPU not known here"
    now = timings.usage()
    assert now is None or min(now) >= 0
