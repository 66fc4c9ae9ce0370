"""Binder launch badges for README.md, generated from the one repository address in pyproject.toml.

Whoever publishes the project changes ``[project.urls] Repository`` and runs
``peerkit badges --write``; a test fails while README.md and pyproject.toml disagree.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import quote

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

START = "<!-- binder-badges:start -->"
END = "<!-- binder-badges:end -->"
WELCOME = "notebooks/00-welcome.ipynb"

LAUNCHES: list[tuple[str, str]] = [
    ("Open the course in JupyterLab on Binder", "lab/tree/" + WELCOME),
]
"""(label, Binder urlpath) for each badge, in order."""


def repository(pyproject: Path = Path("pyproject.toml")) -> str:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return data["project"]["urls"]["Repository"]


def binder_url(repo_url: str, urlpath: str) -> str:
    match = re.match(r"^https://github\.com/([^/]+)/([^/]+?)(?:\.git)?/?$", repo_url)
    if not match:
        raise ValueError(f"{repo_url} is not a GitHub repository address")
    owner, name = match.groups()
    return f"https://mybinder.org/v2/gh/{owner}/{name}/HEAD?urlpath={quote(urlpath, safe='/')}"


def badges_block(repo_url: str) -> str:
    lines = [START]
    for label, urlpath in LAUNCHES:
        lines.append(f"[![{label}](https://mybinder.org/badge_logo.svg)]({binder_url(repo_url, urlpath)}) {label}")
        lines.append("")
    lines[-1] = END
    return "\n".join(lines)


def _current_block(text: str) -> str | None:
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        return None
    return text[start : end + len(END)]


def check_readme(readme: Path, pyproject: Path | None = None) -> str | None:
    """A sentence saying what is wrong with the README's badges, or None when they are right."""
    pyproject = pyproject or readme.with_name("pyproject.toml")
    expected = badges_block(repository(pyproject))
    current = _current_block(readme.read_text(encoding="utf-8"))
    if current is None:
        return f"{readme}: the badge markers {START} ... {END} are missing - add them where the badges belong"
    if current != expected:
        return f"{readme}: the Binder badges do not match pyproject.toml - run 'peerkit badges --write'"
    return None


def write_readme(readme: Path, pyproject: Path | None = None) -> str:
    pyproject = pyproject or readme.with_name("pyproject.toml")
    text = readme.read_text(encoding="utf-8")
    current = _current_block(text)
    if current is None:
        return f"{readme}: add the markers {START} and {END} first"
    readme.write_text(text.replace(current, badges_block(repository(pyproject))), encoding="utf-8")
    return f"Rewrote the Binder badges in {readme}."
