"""Nothing the repository ships points at documents it does not ship.

The project's founders keep a specification, design notes, research notes, the source
lessons and a research-licensed evaluation set beside the repository, not in it. A
message, docstring, comment or YAML field that cites them ("see SPEC R-10",
"research/toolchain.md section 8") sends a reader to a file they cannot open, so every
file says the thing itself instead. The only mentions kept are the licence guards in
:data:`ALLOWED`, which must name the evaluation data to refuse it.
"""

from __future__ import annotations

import re
import subprocess

from tests.conftest import ROOT

UNSHIPPED = re.compile(
    r"\bSPEC\b|DESIGN\.md|\bresearch/|\bseeds/|\.\./shared\b|evaldata"
    r"|\b(?:R|EX|AT|G)-\d{2}\b"
)
"""The specification and its requirement ids (R-10, EX-05, AT-09, G-17), the design and
research notes, the source lessons, and the files beside the repository."""

ALLOWED: dict[str, tuple[str, str]] = {
    "CONTRIBUTING.md": (
        "../shared/tools/seed_overlap.py",
        "the overlap check contributors run before committing content",
    ),
    "bench/train_coach.py": ("../shared/evaldata", "refuses to train on the research data"),
    "bench/data/README.md": ("../shared/evaldata", "says the project's replies were not"),
    "bench/data/LABELLING.md": ("../shared/evaldata", "tells labellers not to look at it"),
    "tests/test_coach_learned.py": ("evaldata", "checks no training file comes from it"),
}
"""File -> (the one phrase it may contain, why it must name it): the licence guards."""


def unshipped_mentions(path: str, text: str) -> list[str]:
    """``path:line: words`` for each mention of an unshipped document in ``text``."""
    allowed = ALLOWED.get(path, ("", ""))[0]
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if UNSHIPPED.search(line.replace(allowed, "") if allowed else line):
            found.append(f"{path}:{number}: {line.strip()[:120]}")
    return found


def shipped_files() -> list[str]:
    """Every file git tracks (and new files not yet committed, unless ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return [name for name in listed if (ROOT / name).is_file()]


def test_no_shipped_file_points_at_an_unshipped_document():
    """Does no file the repository ships cite the specification, the design or research notes,
    the source lessons or the files beside the repository (the licence guards aside)?"""
    this = "tests/test_shipped_references.py"  # names the patterns to look for them
    found = []
    files = shipped_files()
    assert len(files) > 100 and "README.md" in files
    for name in files:
        if name == this:
            continue
        try:
            text = (ROOT / name).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # images and other binary files
        found += unshipped_mentions(name, text)
    assert found == []


def test_every_allowed_guard_still_names_what_it_guards():
    """Does each allowed file still contain its phrase (so the list does not outlive the need)?"""
    for name, (phrase, _why) in ALLOWED.items():
        assert phrase in (ROOT / name).read_text(encoding="utf-8"), name


def test_the_check_can_fail():
    """Would a docstring citing SPEC, a YAML comment naming a requirement id, a research note
    or the evaluation data outside a guard each be named, with its line?"""
    text = (
        '"""Labels person-first language rules out (see SPEC R-10)."""\n'
        "# Reflection prompt EX-03. Answers are private.\n"
        "The flags that work (research/toolchain.md section 4).\n"
        "A plain line about a SPECIAL case and KERNELSPEC.\n"
        "Data at ../shared/evaldata/dev.csv.\n"
    )
    assert unshipped_mentions("peerkit/x.py", text) == [
        'peerkit/x.py:1: """Labels person-first language rules out (see SPEC R-10)."""',
        "peerkit/x.py:2: # Reflection prompt EX-03. Answers are private.",
        "peerkit/x.py:3: The flags that work (research/toolchain.md section 4).",
        "peerkit/x.py:5: Data at ../shared/evaldata/dev.csv.",
    ]
    # A guard may name only its own phrase.
    guard = "Never ../shared/evaldata.\nSee DESIGN.md.\n"
    assert unshipped_mentions("bench/train_coach.py", guard) == [
        "bench/train_coach.py:2: See DESIGN.md."
    ]
