"""Binder launch badges and the JupyterHub link for README.md, from the one repository address.

Whoever publishes the project changes ``[project.urls] Repository`` in pyproject.toml and
runs ``peerkit badges --write``; a test fails while README.md and pyproject.toml disagree.
Two blocks are generated: the Binder badges (JupyterLab, and the code-free app in Voila)
and an nbgitpuller link template for organisations that run their own JupyterHub.
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
HUB_START = "<!-- hub-link:start -->"
HUB_END = "<!-- hub-link:end -->"
WELCOME = "notebooks/00-welcome.ipynb"
APP_WELCOME = "build/app/00-welcome.ipynb"
"""The app's first page; Binder's postBuild writes build/app/ (``peerkit app --build-only``)."""
HUB = "https://YOUR-HUB.example.org"
"""Placeholder for an organisation's own JupyterHub address."""
BRANCH = "main"

LAUNCHES: list[tuple[str, str]] = [
    ("Open the course in JupyterLab on Binder", "lab/tree/" + WELCOME),
    ("Open the course as an app, with no code in sight, on Binder", "voila/render/" + APP_WELCOME),
]
"""(label, Binder urlpath) for each badge, in order."""


def repository(pyproject: Path = Path("pyproject.toml")) -> str:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return data["project"]["urls"]["Repository"]


def _github(repo_url: str) -> tuple[str, str]:
    match = re.match(r"^https://github\.com/([^/]+)/([^/]+?)(?:\.git)?/?$", repo_url)
    if not match:
        raise ValueError(f"{repo_url} is not a GitHub repository address")
    owner, name = match.groups()
    return owner, name


def binder_url(repo_url: str, urlpath: str) -> str:
    owner, name = _github(repo_url)
    return f"https://mybinder.org/v2/gh/{owner}/{name}/HEAD?urlpath={quote(urlpath, safe='/')}"


def hub_url(repo_url: str, hub: str = HUB, branch: str = BRANCH) -> str:
    """An nbgitpuller link: the hub clones (or updates) the course into the learner's home
    folder, in a folder named after the repository, and opens the welcome notebook."""
    owner, name = _github(repo_url)
    repo = quote(f"https://github.com/{owner}/{name}", safe="")
    urlpath = quote(f"lab/tree/{name}/{WELCOME}", safe="")
    return f"{hub}/hub/user-redirect/git-pull?repo={repo}&branch={branch}&urlpath={urlpath}"


def badges_block(repo_url: str) -> str:
    lines = [START]
    for label, urlpath in LAUNCHES:
        lines.append(
            f"[![{label}](https://mybinder.org/badge_logo.svg)]({binder_url(repo_url, urlpath)}) {label}"
        )
        lines.append("")
    lines[-1] = END
    return "\n".join(lines)


def hub_block(repo_url: str) -> str:
    return "\n".join([HUB_START, "```text", hub_url(repo_url), "```", HUB_END])


def _blocks(repo_url: str) -> list[tuple[str, str, str]]:
    """(start marker, end marker, expected text) of every generated block."""
    return [(START, END, badges_block(repo_url)), (HUB_START, HUB_END, hub_block(repo_url))]


def _current_block(text: str, start_marker: str = START, end_marker: str = END) -> str | None:
    start, end = text.find(start_marker), text.find(end_marker)
    if start < 0 or end < start:
        return None
    return text[start : end + len(end_marker)]


def check_readme(readme: Path, pyproject: Path | None = None) -> str | None:
    """A sentence saying what is wrong with the README's badges and hub link, or None when right."""
    pyproject = pyproject or readme.with_name("pyproject.toml")
    text = readme.read_text(encoding="utf-8")
    for start, end, expected in _blocks(repository(pyproject)):
        current = _current_block(text, start, end)
        if current is None:
            return f"{readme}: the markers {start} ... {end} are missing - add them where that block belongs"
        if current != expected:
            return f"{readme}: the Binder badges or hub link do not match pyproject.toml - run 'peerkit badges --write'"
    return None


def write_readme(readme: Path, pyproject: Path | None = None) -> str:
    pyproject = pyproject or readme.with_name("pyproject.toml")
    text = readme.read_text(encoding="utf-8")
    blocks = _blocks(repository(pyproject))
    for start, end, _expected in blocks:
        if _current_block(text, start, end) is None:
            return f"{readme}: add the markers {start} and {end} first"
    for start, end, expected in blocks:
        text = text.replace(_current_block(text, start, end) or "", expected)
    readme.write_text(text, encoding="utf-8")
    return f"Rewrote the Binder badges and the hub link in {readme}."
