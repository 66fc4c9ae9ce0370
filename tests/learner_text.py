"""What must never reach a learner's view: the authors' codes, notes and config paths.

Learners see the lesson, not how it was made. Source-item codes (``S003-19``), reference
keys outside an inline citation or the reference list (``SRC-10``; ``[SRC-10]`` in the
reading links to the list), "Teaches:" lines, notes about the source lessons ("the source
lesson promised...", "the source this lesson grew from") and config-file paths
(``data/settings.yaml``) belong in the facilitator edition. :func:`authoring_text` finds
them in the text of a learner view; the tests run it over every learner-facing output:
executed lessons in JupyterLab and in the app (tests/test_browser_lab.py,
tests/test_browser_app.py), and the learner handouts and notebook text
(tests/test_learner_views.py).
"""

from __future__ import annotations

import re

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
