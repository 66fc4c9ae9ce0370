"""The peerkit command: exit codes, one line per problem, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from peerkit.cli import main

INVALID = Path(__file__).parent / "content" / "invalid"


def test_validate_passes_on_the_project_data(capsys):
    """Does 'peerkit validate' exit 0 on the shipped content?"""
    assert main(["validate"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "All content is valid" in captured.err


def test_validate_prints_one_line_per_problem_and_exits_1(capsys):
    """Does a bad file give exit code 1 and exactly one line per problem on stdout?"""
    assert main(["validate", str(INVALID / "choice-leads-to-unknown-node.yaml")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert lines[0].endswith("- did you mean 'debrief'?")


def test_python_dash_m_works_and_shows_no_traceback():
    """Does 'python -m peerkit validate' work, and stay free of tracebacks on bad input?"""
    result = subprocess.run(
        [sys.executable, "-m", "peerkit", "validate", str(INVALID / "not-utf8.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "not UTF-8" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_unexpected_errors_become_a_sentence(monkeypatch, capsys):
    """If something unexpected breaks, does the command print a sentence instead of a traceback?"""
    import peerkit.content

    def boom(path=None):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(peerkit.content, "check_content", boom)  # what 'validate' runs
    monkeypatch.delenv("PEERKIT_DEBUG", raising=False)
    assert main(["validate"]) == 2
    err = capsys.readouterr().err
    assert "something went wrong (RuntimeError: disk on fire)" in err


def test_clean_notebooks_check_reports_outputs(tmp_path, capsys):
    """Does 'clean-notebooks --check' report a notebook with outputs without changing it?"""
    import json

    nb = {
        "cells": [
            {
                "cell_type": "code",
                "id": "x",
                "metadata": {},
                "source": "print(1)",
                "execution_count": 3,
                "outputs": [{"output_type": "stream", "name": "stdout", "text": "1"}],
            }
        ],
        "metadata": {"widgets": {}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = tmp_path / "dirty.ipynb"
    path.write_text(json.dumps(nb))
    assert main(["clean-notebooks", "--check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "has saved outputs" in out and "volatile keys: widgets" in out
    assert json.loads(path.read_text()) == nb


def test_badges_agree_with_pyproject(capsys, monkeypatch):
    """Do the README's Binder badges point at the repository named in pyproject.toml?"""
    monkeypatch.chdir(Path(__file__).parent.parent)
    assert main(["badges"]) == 0
