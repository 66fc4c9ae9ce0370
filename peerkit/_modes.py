"""Words that depend on where a lesson is read: in JupyterLab, in the app, or as a handout.

Everything a learner is told about *using* the course (how to start the exercises, how
to move between lessons, where the answers are) differs between the three places:
JupyterLab has a toolbar and tabs, the app (Voila) runs everything as the page loads,
and a handout is a page or a sheet of paper. Those instructions are written here, once,
for every mode; nowhere else. Lesson text itself is written so that it is true in all
three ("lesson", not "notebook"; "the welcome lesson", not "the end of the welcome
notebook").

A notebook cell tagged ``mode-text:<key>`` holds the JupyterLab words of ``TEXTS[key]``
(``peerkit clean-notebooks`` writes them); ``peerkit app`` and ``peerkit handouts`` put
the app's and the handout's words in its place. The phrases that would only make sense
in another mode are listed in ``tests/learner_text.py``: tests check that no learner
view shows them.
"""

from __future__ import annotations

from typing import Literal

Mode = Literal["lab", "app", "handout"]
MODES: tuple[Mode, ...] = ("lab", "app", "handout")

MODE_TEXT_TAG = "mode-text:"
"""Prefix of the tag of a cell whose text comes from :data:`TEXTS`: ``mode-text:how-to-start``."""

START_BUTTON = "Start the exercises"
"""The label of the toolbar button JupyterLab shows (peerkit/jupyterlab/overrides.json)."""

TEXTS: dict[str, dict[Mode, str]] = {
    "how-to-start": {
        "lab": (
            f"- **To start the exercises,** press **▶ {START_BUTTON}** in the bar at the top\n"
            "  of the lesson. After a few seconds each box turns into an exercise you can use, and\n"
            "  the lesson stays at the top. Until then, each exercise shows its title and what it\n"
            "  asks of you, and the crisis lines are always readable.\n"
            "- **When you close a lesson,** JupyterLab may ask whether to save it. Either answer is\n"
            "  fine: your answers and your journal are kept in your own private file, never in the\n"
            "  lesson.\n"
            "- **To go to another lesson,** use the links at the top and bottom of each lesson."
        ),
        "app": (
            "- **The exercises are ready** as soon as the page has loaded: there is nothing to\n"
            "  start.\n"
            "- **To go to another lesson,** use the links at the top and bottom of each lesson.\n"
            "  Your answers are kept in your own private file, so each exercise opens where you\n"
            "  left it."
        ),
        "handout": (
            "- **This is the printed lesson.** Every exercise is laid out in full. Decide on your\n"
            "  own answer first. On screen, open the answer under each question to check it; on\n"
            "  paper, the answers are collected at the end of each lesson.\n"
            "- **To go to another lesson,** use the links at the top and bottom of each page."
        ),
    },
    "before-run": {
        "lab": f"This appears here when you press ▶ {START_BUTTON} in the bar at the top of the lesson.",
        "app": "",
        "handout": "",
    },
}
"""Instructions for using the course, for each mode (Markdown)."""


def text(key: str, mode: Mode) -> str:
    """The words for ``key`` in ``mode``."""
    return TEXTS[key][mode]


def mode_key(tags: list[str]) -> str | None:
    """The :data:`TEXTS` key a cell's tags name, if any."""
    return next((t[len(MODE_TEXT_TAG) :] for t in tags if t.startswith(MODE_TEXT_TAG)), None)
