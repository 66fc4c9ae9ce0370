"""bench/timings.py: a step that fails keeps all of its output, so a failure seen once is not
lost; and each figure comes with what it needs to be read (pass summaries, machine CPU)."""

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
        "========================== 5 skipped in 0.10s ==========================\n"
        "3 skipped, 1 error in 0.5s\n"
        "no tests ran in 0.01s\n"
        "All checks passed!\n"
    )
    assert timings.passes(output) == [
        "2064 passed in 45.45s",
        "75 passed in 246.14s",
        "1 failed, 136 passed, 2 warnings in 12.10s",
        "5 skipped in 0.10s",
        "3 skipped, 1 error in 0.5s",
        "no tests ran in 0.01s",
    ]


def test_cpu_is_reported_as_what_the_machine_did_during_the_step():
    """Is the machine's busy, idle and stolen time during the step shown, and a plain line without /proc?"""
    before = timings.Usage(busy=100.0, idle=50.0, stolen=1.0)
    after = timings.Usage(busy=420.0, idle=70.0, stolen=3.0)
    assert timings.cpu_used(before, after) == "machine busy 320, idle 20, stolen 2 CPU-s"
    assert timings.cpu_used(None, after) == "machine CPU not known here"
    now = timings.usage()
    assert now is None or min(now) >= 0


def test_proc_stat_is_read_field_by_field():
    """Is busy user+nice+system+irq+softirq, idle idle+iowait, and steal apart (guest time is
    already in user); and is a line that is not the machine's total refused, not misread?"""
    line = "cpu  100 5 50 800 20 1 2 3 7 0\ncpu0 50 2 25 400 10 0 1 1 3 0\n"
    assert timings.parse_stat(line, 100) == timings.Usage(busy=1.58, idle=8.2, stolen=0.03)
    assert timings.parse_stat("cpu0 100 5 50 800 20 1 2 3\n", 100) is None
    assert timings.parse_stat("cpu 100 5 50\n", 100) is None
    assert timings.parse_stat("", 100) is None
