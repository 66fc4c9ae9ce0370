"""Links between lessons, at the top and the bottom of every lesson, from the one list of lessons.

The top of a lesson says where the learner is ("Lesson 02 of 07", numbered as the lessons'
ids and their own text number them) and links to the previous
and next lesson; the bottom repeats the links under "Where next" and lists every lesson.
They are real links (``02-mutuality-and-lived-experience.ipynb``), which open the lesson
in JupyterLab and in the app alike. ``peerkit clean-notebooks`` writes them into the
lesson notebooks, ``peerkit app`` writes its own for the pages it serves, and the
handouts have the same links in their page template (``handout_page.html.j2``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .content._cells import NAV_TAGS

if TYPE_CHECKING:
    from .content import LessonEntry

TOP_TAG, NAV_TAG = NAV_TAGS
"""The tags of the generated cell under a lesson's title (where you are, previous and next)
and of its generated last cell (where next, and every lesson)."""
TAGS = NAV_TAGS


def _link(entry: LessonEntry, text: str | None = None) -> str:
    return f"[{text or entry.title}]({entry.id}.ipynb)"


def _lessons(entries: list[LessonEntry]) -> list[LessonEntry]:
    return [e for e in entries if e.kind == "lesson"]


def position(entries: list[LessonEntry], here: LessonEntry) -> tuple[str, str]:
    """("06", "07"): this lesson's number and the last lesson's, as the course names them.

    Lessons are numbered by their ids (``00-welcome`` is lesson 00, and the lessons' own text
    says "in lesson 05"), so the navigation uses the same numbers. Ids without a number are
    counted from 1 instead.
    """
    lessons = _lessons(entries)
    numbered = all(e.id[:2].isdigit() for e in lessons)
    if numbered:
        return here.id[:2], lessons[-1].id[:2]
    return str(lessons.index(here) + 1), str(len(lessons))


def _neighbours(entries: list[LessonEntry], here: LessonEntry):
    lessons = _lessons(entries)
    index = lessons.index(here)
    previous = lessons[index - 1] if index > 0 else None
    following = lessons[index + 1] if index + 1 < len(lessons) else None
    return previous, following


def top_navigation(entries: list[LessonEntry], index: int) -> str:
    """Markdown for the top of page ``index``: which lesson of how many, previous and next."""
    here = entries[index]
    if here.kind != "lesson":
        start = next(iter(_lessons(entries)), None)
        return "**For facilitators.**" + (
            f" The lessons start with {_link(start)}." if start else ""
        )
    number, last = position(entries, here)
    parts = [f"**Lesson {number} of {last}**"]
    previous, following = _neighbours(entries, here)
    if previous:
        parts.append(f"Previous: {_link(previous)}")
    if following:
        parts.append(f"Next: {_link(following)}")
    return " · ".join(parts)


def navigation(entries: list[LessonEntry], index: int, *, minutes: bool = True) -> str:
    """Markdown for the end of page ``index``: next, previous, and every page of the course
    (with each one's time, unless ``minutes`` is false)."""
    here = entries[index]
    lines = ["---", "", "## Where next", ""]
    previous = None
    if here.kind == "lesson":
        previous, following = _neighbours(entries, here)
        if following:
            lines.append(f"- Next lesson: {_link(following)}")
        else:
            lines.append("- This is the last lesson. Well done for working through the course.")
        if previous:
            lines.append(f"- Previous lesson: {_link(previous)}")
    start = next(iter(_lessons(entries)), entries[0])
    if here is not start and previous is not start:
        lines.append(f"- Back to the start: {_link(start)}")
    lines += ["", "### All lessons", ""]
    lessons = _lessons(entries)
    for entry in lessons:
        lines.append(_contents_line(position(entries, entry)[0], entry, entry is here, minutes))
    guides = [e for e in entries if e.kind != "lesson"]
    if guides:  # only in the facilitators' app: the learners' app has no guide to list
        lines += ["", "### For facilitators", ""]
        for entry in guides:
            lines.append(_contents_line("", entry, entry is here, minutes).replace("-  ", "- "))
    return "\n".join(lines)


def _contents_line(number, entry: LessonEntry, current: bool, minutes: bool = True) -> str:
    """One line of the list of lessons: "- 02 [Title](02-....ipynb) (about 60 minutes)"."""
    time = f"about {entry.minutes} minutes" if minutes else ""
    if current:
        return f"- {number} **{entry.title}** ({'this page' + (', ' + time if time else '')})"
    return f"- {number} {_link(entry)}" + (f" ({time})" if time else "")


def with_navigation(
    cells: list[dict],
    entries: list[LessonEntry],
    index: int,
    ids: tuple[str, str],
    *,
    minutes: bool = True,
) -> list[dict]:
    """``cells`` without any navigation cells, then with this page's: under the title, and last."""
    kept = [c for c in cells if not set(c.get("metadata", {}).get("tags", [])) & set(TAGS)]
    top = {
        "cell_type": "markdown",
        "id": ids[0],
        "metadata": {"tags": [TOP_TAG]},
        "source": top_navigation(entries, index),
    }
    bottom = {
        "cell_type": "markdown",
        "id": ids[1],
        "metadata": {"tags": [NAV_TAG]},
        "source": navigation(entries, index, minutes=minutes),
    }
    return [*kept[:1], top, *kept[1:], bottom]
