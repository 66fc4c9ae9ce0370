"""The code-free app's pages (``peerkit app``): one per lesson, in order, linked to each other."""

from __future__ import annotations

import json
import shutil

import pytest

from peerkit._app import NAV_TAG, build, navigation, voila_command
from peerkit._cli import main
from peerkit._notebooks import notebook_problems
from peerkit._outdir import OutputRefused
from peerkit.content import LessonEntry
from tests.conftest import NOTEBOOKS


def entry(lesson_id: str, title: str, kind: str = "lesson") -> LessonEntry:
    return LessonEntry(
        id=lesson_id,
        title=title,
        kind=kind,
        summary="A summary.",
        minutes=20,
        objectives=["An aim"],
    )


COURSE = [
    entry("00-welcome", "Welcome"),
    entry("01-trust", "Trust"),
    entry("02-mutuality", "Mutuality"),
    entry("facilitator-guide", "Facilitator guide", kind="guide"),
]


def test_a_middle_lesson_links_to_the_next_the_previous_and_the_start():
    """Does a lesson in the middle link forward, back and to the start, and list every page with its time?"""
    text = navigation(COURSE, 1)
    assert "- Next lesson: [Mutuality](02-mutuality.ipynb)" in text
    assert "- Previous lesson: [Welcome](00-welcome.ipynb)" in text
    assert "Back to the start" not in text  # the previous lesson is the start: one link is enough
    assert "2. **Trust** (this page, about 20 minutes)" in text
    assert "1. [Welcome](00-welcome.ipynb) (about 20 minutes)" in text
    assert "Facilitator guide" not in text  # learners' pages do not point at the answer keys


def test_the_last_lesson_says_so_and_the_guide_is_not_a_next_lesson():
    """Does the last lesson say it is the last (the guide is not 'next'), with a way back to the start?"""
    text = navigation(COURSE, 2)
    assert "This is the last lesson" in text
    assert "Next lesson" not in text
    assert "- Back to the start: [Welcome](00-welcome.ipynb)" in text


def test_the_guide_has_no_next_or_previous_lesson():
    """Does the facilitator guide link to the start and list the lessons, with itself under 'For facilitators'?"""
    text = navigation(COURSE, 3)
    assert "Next lesson" not in text and "Previous lesson" not in text and "last lesson" not in text
    assert "- Back to the start: [Welcome](00-welcome.ipynb)" in text
    assert "3. [Mutuality](02-mutuality.ipynb) (about 20 minutes)" in text
    assert "### For facilitators" in text and "1. **Facilitator guide** (this page" in text


def test_build_writes_one_clean_page_per_lesson_in_order(tmp_path, library):
    """Does the build copy each listed notebook, hidden and locked, ending with its navigation cell?"""
    out = tmp_path / "app"
    build(out, NOTEBOOKS)
    keep = out / "notes.txt"  # added later to the app's own folder: a rebuild leaves it alone
    keep.write_text("not mine", encoding="utf-8")
    pages, notes = build(out, NOTEBOOKS)
    listed = [e.id for e in library.curriculum.lessons if (NOTEBOOKS / f"{e.id}.ipynb").is_file()]
    assert [p.stem for p in pages] == listed
    assert len(notes) == len(library.curriculum.lessons) - len(listed)
    for page in pages:
        nb = json.loads(page.read_text(encoding="utf-8"))
        original = json.loads((NOTEBOOKS / page.name).read_text(encoding="utf-8"))
        assert [c["source"] for c in nb["cells"][:-1]] == [
            "".join(c["source"]) for c in original["cells"]
        ]
        assert nb["cells"][-1]["metadata"]["tags"] == [NAV_TAG]
        assert "## Where next" in nb["cells"][-1]["source"]
        assert notebook_problems(nb, page.name) == []
    assert keep.read_text(encoding="utf-8") == "not mine"


def test_build_leaves_out_a_lesson_whose_notebook_is_missing(tmp_path, library):
    """Does a lesson with no notebook yet get a note instead of a page, and no link pointing at it?"""
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    first = library.curriculum.lessons[0].id
    (notebooks / f"{first}.ipynb").write_text(
        (NOTEBOOKS / f"{first}.ipynb").read_text(encoding="utf-8")
    )
    pages, notes = build(tmp_path / "app", notebooks)
    assert [p.stem for p in pages] == [first]
    missing = [e.id for e in library.curriculum.lessons[1:]]
    assert [n.split(":")[0] for n in notes] == missing
    nav = json.loads(pages[0].read_text(encoding="utf-8"))["cells"][-1]["source"]
    assert not any(f"{lesson_id}.ipynb" in nav for lesson_id in missing)


def test_a_stale_page_from_an_earlier_build_is_removed(tmp_path):
    """Does rebuilding remove a page whose lesson is gone, so the app never shows an old lesson?"""
    pages, _ = build(tmp_path, NOTEBOOKS)
    shutil.copy(pages[0], tmp_path / "99-old.ipynb")  # a page an earlier build wrote, lesson gone
    build(tmp_path, NOTEBOOKS)
    assert not (tmp_path / "99-old.ipynb").exists()


def test_a_folder_of_pages_from_before_the_marker_is_taken_over(tmp_path):
    """Is a folder holding only app pages (an older peerkit's build, no marker) rebuilt, not refused?"""
    pages, _ = build(tmp_path, NOTEBOOKS)
    (tmp_path / ".peerkit-app").unlink()
    again, _ = build(tmp_path, NOTEBOOKS)
    assert [p.name for p in again] == [p.name for p in pages]


@pytest.mark.parametrize("foreign", ["notes.txt", "my-own.ipynb"])
def test_a_folder_with_other_files_is_refused_and_left_as_it_was(tmp_path, foreign):
    """Does building into a folder that holds files peerkit did not write refuse, in words, and touch nothing?"""
    (tmp_path / foreign).write_text("{}", encoding="utf-8")
    with pytest.raises(OutputRefused, match=f"did not write \\(for example {foreign}\\)"):
        build(tmp_path, NOTEBOOKS)
    assert [p.name for p in tmp_path.iterdir()] == [foreign]
    assert (tmp_path / foreign).read_text(encoding="utf-8") == "{}"


def test_the_lesson_folder_itself_is_refused(tmp_path):
    """Is '--out' naming the folder the lessons are read from refused before anything is deleted?"""
    lessons = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, lessons)
    before = sorted(p.name for p in lessons.iterdir())
    with pytest.raises(OutputRefused, match="the folder the lessons are read from"):
        build(lessons, lessons)
    assert sorted(p.name for p in lessons.iterdir()) == before


def test_voila_hides_code_and_listens_only_on_this_machine():
    """Does the app's Voila command strip code and bind to 127.0.0.1 only?"""
    command = voila_command(NOTEBOOKS, 8866)
    assert "--VoilaConfiguration.strip_sources=True" in command
    assert "--Voila.ip=127.0.0.1" in command
    assert "--Voila.port=8866" in command


def test_the_app_command_builds_the_pages(tmp_path, capsys, monkeypatch):
    """Does 'peerkit app --build-only' write the pages and say where?"""
    monkeypatch.chdir(NOTEBOOKS.parent)
    assert main(["app", "--build-only", "--out", str(tmp_path / "app")]) == 0
    out = capsys.readouterr().out
    assert f"to {tmp_path / 'app'}/." in out
    assert any((tmp_path / "app").glob("*.ipynb"))


def test_the_app_command_reports_content_problems_in_words(tmp_path, capsys, monkeypatch):
    """With broken content, does 'peerkit app' list the problems in words, exit 1 and build nothing?"""
    data = tmp_path / "data"
    data.mkdir()
    (data / "curriculum.yaml").write_text("schema_version: 1\ntype: curriculum\n", encoding="utf-8")
    monkeypatch.setenv("PEERKIT_DATA", str(data))
    monkeypatch.chdir(NOTEBOOKS.parent)
    assert main(["app", "--build-only", "--out", str(tmp_path / "app")]) == 1
    out = capsys.readouterr().out
    assert "curriculum.yaml" in out and "the app was not built" in out
    assert "Traceback" not in out
    assert not (tmp_path / "app").exists()


def test_the_app_badge_opens_the_apps_first_page_in_voila(library):
    """Does the Binder app badge open, in Voila, the first page that 'peerkit app --build-only' writes?"""
    from peerkit._app import DEFAULT_OUT
    from peerkit._badges import APP_WELCOME, LAUNCHES

    first = library.curriculum.lessons[0].id
    assert f"{DEFAULT_OUT.as_posix()}/{first}.ipynb" == APP_WELCOME
    assert ("voila/render/" + APP_WELCOME) in [urlpath for _, urlpath in LAUNCHES]


def test_the_hub_link_clones_the_repository_and_opens_the_welcome_notebook():
    """Does the nbgitpuller link name the repository and open the welcome notebook inside the clone?"""
    from urllib.parse import parse_qs, urlsplit

    from peerkit._badges import hub_url

    link = urlsplit(hub_url("https://github.com/someone/my-course", hub="https://hub.example.org"))
    assert (link.scheme, link.netloc, link.path) == (
        "https",
        "hub.example.org",
        "/hub/user-redirect/git-pull",
    )
    query = parse_qs(link.query)
    assert query["repo"] == ["https://github.com/someone/my-course"]
    assert query["urlpath"] == ["lab/tree/my-course/notebooks/00-welcome.ipynb"]
    assert query["branch"] == ["main"]
