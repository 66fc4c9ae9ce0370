"""README's "Add a case study", followed step by step on a copy of the course, as a facilitator would.

The test reads the steps from the README (so a step dropped from it fails here), does each
to a copy of data/ and notebooks/, and runs the same commands a facilitator runs. Before
the last steps are done, ``peerkit validate`` names what is missing; once they are, it
says "All content is valid", and the new case loads, shows and plays.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, NOTEBOOKS

ROOT = DATA.parent
README = ROOT / "README.md"
LESSON = "01-building-trust"
ORIGINAL = "cs02-drank-again"
NEW = "readme-steps-case"  # an id no facilitator would choose, so a real new case never collides


def readme_steps() -> list[str]:
    """The bold step names of the README's "Add a case study" section, in order."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### Add a case study", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"^\d+\. \*\*(.+?)\*\*", section, re.M)


def peerkit(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the peerkit command in ``project``, as a facilitator does from the course folder."""
    env = {k: v for k, v in os.environ.items() if k != "PEERKIT_DATA"}
    return subprocess.run(
        [sys.executable, "-m", "peerkit", *args],
        cwd=project,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "data")
    shutil.copytree(NOTEBOOKS, tmp_path / "notebooks")
    return tmp_path


def test_the_readme_lists_every_step():
    """Does the README list the steps this test follows, in this order?"""
    assert readme_steps() == [
        "Copy an existing case",
        "Edit it.",
        "Show it:",
        "Give it a place in the session plan:",
        "Tidy the notebook:",
        "Check it:",
    ]


@pytest.mark.slow  # runs peerkit four times on a copy of the course
def test_a_case_added_the_readmes_way_is_valid_and_plays(project: Path):
    """Following the README (copy, new id, show it after a content note, place it in the plan,
    clean the notebook), does validate name each step still missing and then pass?"""
    # 1. Copy an existing case, with a new file name and a new id, and without its brief.
    source = project / "data" / "lessons" / LESSON / f"{ORIGINAL}.yaml"
    copy = source.with_name(f"{NEW}.yaml")
    text = source.read_text(encoding="utf-8")
    assert text.count(f"id: {ORIGINAL}\n") == 1
    assert len(re.findall(r"^brief: CS-\d\d\n", text, flags=re.M)) == 1
    text = re.sub(r"^brief: .*\n", "", text, flags=re.M)
    copy.write_text(text.replace(f"id: {ORIGINAL}\n", f"id: {NEW}\n"), encoding="utf-8")
    # 2. Edit it (a new title; the copy keeps the original's content note).
    copy.write_text(
        re.sub(r"^title: .*$", "title: A second setback", copy.read_text(), count=1, flags=re.M),
        encoding="utf-8",
    )

    # Checking now names the two places the case is still missing from, at the case's id.
    early = peerkit(project, "validate")
    assert early.returncode == 1, early.stderr
    lines = early.stdout.splitlines()
    assert any(
        line.startswith(f"data/lessons/{LESSON}/{NEW}.yaml:")
        and f"{LESSON}.ipynb does not show it" in line
        for line in lines
    ), lines
    assert any("is not in any part of lesson" in line for line in lines), lines

    # 3. Show it, after a markdown cell tagged content-note, the code cell tagged sensitive.
    notebook = project / "notebooks" / f"{LESSON}.ipynb"
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    at = next(
        i for i, c in enumerate(nb["cells"]) if "".join(c["source"]).startswith("## Key points")
    )
    nb["cells"][at:at] = [
        {
            "cell_type": "markdown",
            "metadata": {"tags": ["content-note"]},
            "source": "## Case study: a second setback\n\n**Content note:** this case involves a"
            " return to drinking and, on some paths, thoughts of suicide. You may skip it.",
        },
        {
            "cell_type": "code",
            "metadata": {"tags": ["sensitive"]},
            "source": f'# Case study: a second setback\npeerkit.show("{NEW}")',
            "execution_count": None,
            "outputs": [],
        },
    ]
    notebook.write_text(json.dumps(nb, indent=1), encoding="utf-8")

    # 4. Give it a place in the session plan: a part of its own, and its minutes in the total.
    plan = project / "data" / "facilitator" / f"{LESSON}.yaml"
    plan_text = plan.read_text(encoding="utf-8")
    after = "  - id: key-points\n"
    assert plan_text.count(after) == 1
    part = (
        "  - id: case-second-setback\n"
        "    title: Case study - a second setback\n"
        "    minutes: 15\n"
        "    optional: true\n"
        "    if_skipped: Invite learners to play it on their own.\n"
        "    budget:\n"
        f"      - {{activity: case, item: {NEW}, mode: pairs, minutes: 15}}\n"
        "    how: Pairs play it on their own screens.\n"
        f"    items: [{NEW}]\n"
    )
    total = re.search(r"^minutes: (\d+)$", plan_text, flags=re.M)
    assert total is not None
    plan_text = plan_text.replace(after, part + after)
    plan_text = plan_text.replace(total[0], f"minutes: {int(total[1]) + 15}", 1)
    plan.write_text(plan_text, encoding="utf-8")
    for agenda in sorted((project / "data" / "facilitator" / "agendas").glob("*.yaml")):
        agenda_text = agenda.read_text(encoding="utf-8")
        assert agenda_text.count("skip: [case-setback]") == 1
        agenda.write_text(
            agenda_text.replace(
                "skip: [case-setback]", "skip: [case-setback, case-second-setback]"
            ),
            encoding="utf-8",
        )

    # 5. Tidy the notebook.
    cleaned = peerkit(project, "clean-notebooks")
    assert cleaned.returncode == 0, cleaned.stdout + cleaned.stderr

    # 6. Check it.
    final = peerkit(project, "validate", "--strict")
    assert (final.returncode, final.stdout) == (0, ""), final.stdout + final.stderr
    assert "All content is valid" in final.stderr
    assert peerkit(project, "clean-notebooks", "--check").returncode == 0

    # The case loads, renders for both editions and plays through a fresh view.
    from peerkit.api import render_item, row_for
    from peerkit.content import load_library

    library = load_library(project / "data")
    case = library.item(NEW)
    assert NEW in library.lesson_items[LESSON]
    assert "A second setback" in render_item(case, "learner")
    assert row_for(case).check(case, row_for(case)) >= 1


def test_a_case_left_out_of_the_notebook_is_named(project: Path):
    """Would validate catch a lesson item its notebook does not show (the check can fail)?"""
    from peerkit.content import validate

    notebook = project / "notebooks" / f"{LESSON}.ipynb"
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    nb["cells"] = [c for c in nb["cells"] if "trust-sort" not in "".join(c["source"])]
    notebook.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    problems = [str(p) for p in validate(project / "data")]
    assert any("'trust-sort' is in lesson 01-building-trust's folder" in p for p in problems)
