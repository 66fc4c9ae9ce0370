"""Module names say what a module is, once.

No two modules of the package share a name, except an exercise's play (``peerkit/practice``)
and its view (``peerkit/widgets``), which are both named after the exercise they serve
(``practice/_quiz.py`` and ``widgets/_quiz.py``). A second ``_crisis.py`` or ``_journal.py``
somewhere else reads like the same module in a traceback, a coverage report or an import.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "peerkit"
PLAY_AND_VIEW = ("practice", "widgets")


def clashes(package: Path) -> dict[str, list[str]]:
    """Module names used more than once, other than a play and its view."""
    found: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(package.rglob("*.py")):
        if path.name != "__init__.py":
            found[path.name].append(path.relative_to(package))
    return {
        name: [str(p) for p in paths]
        for name, paths in found.items()
        if len(paths) > 1 and tuple(sorted(p.parts[0] for p in paths)) != PLAY_AND_VIEW
    }


def test_no_two_modules_share_a_name_except_a_play_and_its_view():
    """Does every module name appear once, or only as the play and the view of one exercise?"""
    assert clashes(PACKAGE) == {}


def test_a_view_named_like_a_play_uses_that_play():
    """Is each widgets module that shares a play's name really that play's view?"""
    for view in sorted((PACKAGE / "widgets").glob("_?*.py")):
        if view.name == "__init__.py":
            continue
        play = PACKAGE / "practice" / view.name
        if play.exists():
            text = view.read_text(encoding="utf-8")
            assert "..practice" in text, (
                f"widgets/{view.name} shares a name with a play it never uses"
            )


def test_the_check_can_fail(tmp_path):
    """Would a second _crisis.py in another subpackage be reported, and a play/view pair not?"""
    for path in ("content/_crisis.py", "api/_crisis.py", "practice/_quiz.py", "widgets/_quiz.py"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("", encoding="utf-8")
    assert clashes(tmp_path) == {"_crisis.py": ["api/_crisis.py", "content/_crisis.py"]}
