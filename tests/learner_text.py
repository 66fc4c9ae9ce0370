"""What must never reach a learner's view: authors' codes and notes, another mode's words.

Learners see the lesson, not how it was made. Source-item codes (``S003-19``), reference
keys outside an inline citation or the reference list (``SRC-10``; ``[SRC-10]`` in the
reading links to the list), "Teaches:" lines, notes about the source lessons ("the source
lesson promised...", "the source this lesson grew from") and config-file paths
(``data/settings.yaml``) belong in the facilitator edition. :func:`authoring_text` finds
them in the text of a learner view; the tests run it over every learner-facing output:
executed lessons in JupyterLab and in the app (tests/test_browser_lab.py,
tests/test_browser_app.py), and the learner handouts and notebook text
(tests/test_learner_views.py).

Each mode's :data:`FOREIGN` phrases make sense only in another mode (a toolbar button in
the app, "the printed lesson" in JupyterLab); :func:`foreign_phrases` finds them in what a
learner view in that mode shows.
"""

from __future__ import annotations

import re

from peerkit._modes import START_BUTTON, Mode

AUTHORING = (
    (re.compile(r"\bS00\d-\d\d\b"), "a source-item code"),
    (re.compile(r"(?<!\[)\bSRC-\d\d\b(?!\])"), "a reference key outside a citation"),
    (re.compile(r"\bTeaches:"), "a 'Teaches:' line"),
    (
        re.compile(r"\bsource lessons?\b|\bthe source this lesson\b|\blesson grew from\b", re.I),
        "a note about the source lessons",
    ),
    (re.compile(r"\bthe course so far\b", re.I), "an authors' note ('the course so far')"),
    (re.compile(r"\b(?:data/)?[\w-]+\.ya?ml\b"), "a config-file path"),
)

WITHOUT_REFERENCES_JS = """(selector) => {
  const root = document.querySelector(selector);
  if (!root) return '';
  const copy = root.cloneNode(true);
  copy.querySelectorAll('.pk-references, .pk-reference-list, style, script').forEach(e => e.remove());
  return copy.textContent;
}"""
"""A page's words as a reader meets them: without its reference list (where reference keys and
titles belong), and without the text of its style sheets and scripts."""


def authoring_text(text: str) -> list[str]:
    """Each piece of authoring text in ``text``: what it is, and the words around it."""
    found = []
    for pattern, what in AUTHORING:
        for match in pattern.finditer(text):
            around = " ".join(text[max(0, match.start() - 40) : match.end() + 40].split())
            found.append(f"{what}: …{around}…")
    return found


def without_references(html: str) -> str:
    """A handout's HTML without its reference list."""
    return re.sub(r'<section class="pk-item pk-references".*?</section>', "", html, flags=re.S)


FOREIGN: dict[Mode, tuple[str, ...]] = {
    "lab": ("Download this handout", "on paper, the answers", "This is the printed lesson"),
    "app": (
        "Run menu",
        "Run All",
        START_BUTTON,
        "toolbar",
        "JupyterLab",
        "notebook",
        "kernel",
        "This is the printed lesson",
    ),
    "handout": (
        "Run menu",
        "Run All",
        START_BUTTON,
        "toolbar",
        "notebook",
        "kernel",
        "as soon as the page has loaded",
    ),
}
"""Phrases that belong to other modes: a learner view in this mode must not contain them."""


def foreign_phrases(mode: Mode, shown: str) -> list[str]:
    """The phrases of other modes that ``shown`` (a learner view's text in ``mode``) contains."""
    lowered = shown.lower()
    return [phrase for phrase in FOREIGN[mode] if phrase.lower() in lowered]
