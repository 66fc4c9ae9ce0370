"""The code-free app's pages (``peerkit app``): one per lesson, in order, linked to each other."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from peerkit._app_build import (
    JUPYTER_DATA,
    MARKER,
    NAV_TAG,
    TEMPLATE,
    TOP_TAG,
    build,
    navigation,
    voila_command,
    voila_environment,
)
from peerkit._generated import for_mode
from peerkit._notebooks import clean, notebook_problems
from peerkit._outdir import OutputRefused
from peerkit.cli import main
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


LEARNERS = COURSE[:3]


def test_a_middle_lesson_links_to_the_next_the_previous_and_the_start():
    """Does a lesson in the middle link forward, back and to the start, and list every page with its time?"""
    text = navigation(LEARNERS, 1)
    assert "- Next lesson: [Mutuality](02-mutuality.ipynb)" in text
    assert "- Previous lesson: [Welcome](00-welcome.ipynb)" in text
    assert "Back to the start" not in text  # the previous lesson is the start: one link is enough
    assert "- 01 **Trust** (this page, about 20 minutes)" in text
    assert "- 00 [Welcome](00-welcome.ipynb) (about 20 minutes)" in text
    assert "Facilitator guide" not in text  # learners' pages do not point at the answer keys


def test_the_last_lesson_says_so_and_the_guide_is_not_a_next_lesson():
    """Does the last lesson say it is the last (the guide is not 'next'), with a way back to the start?"""
    text = navigation(LEARNERS, 2)
    assert "This is the last lesson" in text
    assert "Next lesson" not in text
    assert "- Back to the start: [Welcome](00-welcome.ipynb)" in text


def test_the_learners_pages_never_mention_the_guide():
    """In the learners' app, does no page list or link the facilitator guide?"""
    for index in range(len(LEARNERS)):
        text = navigation(LEARNERS, index)
        assert "Facilitator guide" not in text and "For facilitators" not in text


def test_the_guide_has_no_next_or_previous_lesson():
    """Does the facilitator guide link to the start and list the lessons, with itself under 'For facilitators'?"""
    text = navigation(COURSE, 3)
    assert "Next lesson" not in text and "Previous lesson" not in text and "last lesson" not in text
    assert "- Back to the start: [Welcome](00-welcome.ipynb)" in text
    assert "- 02 [Mutuality](02-mutuality.ipynb) (about 20 minutes)" in text
    assert "### For facilitators" in text and "- **Facilitator guide** (this page" in text


def test_build_writes_one_clean_page_per_lesson_in_order(tmp_path, library):
    """Does the build copy each listed lesson notebook, hidden and locked, ending with its navigation cell?"""
    out = tmp_path / "app"
    build(out, NOTEBOOKS)
    keep = out / "notes.txt"  # added later to the app's own folder: a rebuild leaves it alone
    keep.write_text("not mine", encoding="utf-8")
    pages, notes = build(out, NOTEBOOKS)
    lessons = [e for e in library.curriculum.lessons if e.kind == "lesson"]
    listed = [e.id for e in lessons if (NOTEBOOKS / f"{e.id}.ipynb").is_file()]
    assert [p.stem for p in pages] == listed
    assert len(notes) == len(lessons) - len(listed)
    for page in pages:
        nb = json.loads(page.read_text(encoding="utf-8"))
        original = json.loads((NOTEBOOKS / page.name).read_text(encoding="utf-8"))
        # The lesson as the app shows it: no stand-ins for JupyterLab, the app's own words.
        authored = for_mode(clean(original), "app")["cells"]
        assert [c["source"] for c in nb["cells"][2:-1]] == [c["source"] for c in authored[1:]]
        assert nb["cells"][0]["source"] == authored[0]["source"]  # the title stays first
        assert nb["cells"][1]["metadata"]["tags"] == [TOP_TAG]
        last = [e for e in library.curriculum.lessons if e.kind == "lesson"][-1].id[:2]
        assert nb["cells"][1]["source"].startswith(f"**Lesson {page.stem[:2]} of {last}**")
        assert nb["cells"][-1]["metadata"]["tags"] == [NAV_TAG]
        assert "## Where next" in nb["cells"][-1]["source"]
        assert not any("before-run" in c["metadata"].get("tags", []) for c in nb["cells"])
        # Clean, apart from asking Voila for peerkit's page template (one look, nothing fetched).
        assert nb["metadata"].pop("voila") == {"template": TEMPLATE}
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
    missing = [e.id for e in library.curriculum.lessons[1:] if e.kind == "lesson"]
    assert [n.split(":")[0] for n in notes] == missing
    nav = json.loads(pages[0].read_text(encoding="utf-8"))["cells"][-1]["source"]
    assert not any(f"{lesson_id}.ipynb" in nav for lesson_id in missing)


def test_the_learners_app_holds_no_facilitator_guide(tmp_path, library):
    """Is the guide, with its answer keys, neither a page of the learners' app nor linked from one?"""
    guides = [e for e in library.curriculum.lessons if e.kind != "lesson"]
    assert guides, "the course should have a facilitator guide"
    pages, _ = build(tmp_path, NOTEBOOKS)
    written = sorted(p.name for p in tmp_path.rglob("*") if p.is_file() and p.suffix == ".ipynb")
    assert written == sorted(p.name for p in pages)
    assert "facilitator" not in (tmp_path / MARKER).read_text(encoding="utf-8")
    for guide in guides:
        assert f"{guide.id}.ipynb" not in written
        for page in pages:
            assert guide.id not in page.read_text(encoding="utf-8")
            assert "answer key" not in page.read_text(encoding="utf-8").lower()


def test_the_facilitators_app_opens_on_the_guide_with_the_lessons_beside_it(tmp_path, library):
    """Does 'peerkit app --facilitator' write the guide first, then every lesson, all linked?"""
    pages, _ = build(tmp_path, NOTEBOOKS, facilitator=True)
    guides = [e.id for e in library.curriculum.lessons if e.kind != "lesson"]
    lessons = [e.id for e in library.curriculum.lessons if e.kind == "lesson"]
    assert [p.stem for p in pages] == guides + lessons
    nav = json.loads(pages[0].read_text(encoding="utf-8"))["cells"][-1]["source"]
    assert all(f"({lesson}.ipynb)" in nav for lesson in lessons)
    original = json.loads(
        (NOTEBOOKS / "facilitator" / f"{guides[0]}.ipynb").read_text(encoding="utf-8")
    )
    built = json.loads(pages[0].read_text(encoding="utf-8"))
    authored = for_mode(clean(original), "app")["cells"]
    assert [c["source"] for c in built["cells"][2:-1]] == [c["source"] for c in authored[1:]]


def test_the_course_folder_lists_lessons_and_keeps_the_guide_a_folder_down(library):
    """In JupyterLab's file browser, does the course folder list only lessons, with the guide
    in a 'facilitator' folder that has a README saying what it is?"""
    listed = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    assert listed == sorted(
        f"{e.id}.ipynb" for e in library.curriculum.lessons if e.kind == "lesson"
    )
    for entry in library.curriculum.lessons:
        if entry.kind != "lesson":
            assert entry.notebook == f"notebooks/facilitator/{entry.id}.ipynb"
            assert (NOTEBOOKS.parent / entry.notebook).is_file()
    readme = (NOTEBOOKS / "facilitator" / "README.md").read_text(encoding="utf-8")
    assert "answer keys" in readme and "peerkit app --facilitator" in readme


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
    # Every page uses peerkit's template, and the list of lessons is written by the server.
    assert f"--template={TEMPLATE}" in command
    assert "--VoilaConfiguration.classic_tree=True" in command


def test_voila_finds_peerkits_template_and_it_loads_nothing_from_the_web():
    """Can Voila find the template the pages ask for, and does it drop the lab template's links
    to a CDN (it keeps its own bundled icons)? The lesson list and error pages have a frame of
    their own, in place of Voila's, which links Font Awesome from a CDN."""
    from jupyter_core.paths import jupyter_path

    env = voila_environment({"JUPYTER_PATH": "/somewhere/else"})
    assert env["JUPYTER_PATH"].split(":")[0] == str(JUPYTER_DATA)
    folder = JUPYTER_DATA / "voila" / "templates" / TEMPLATE
    assert (folder / "conf.json").is_file()
    for name in ("index.html.j2", "page.html", "tree.html", "error.html", "404.html"):
        template = (folder / name).read_text(encoding="utf-8")
        assert "http" not in template.split("-#}", 1)[1], f"{name} loads nothing from the web"
    assert "super.super()" in (folder / "index.html.j2").read_text(encoding="utf-8")
    assert "extends" not in (folder / "page.html").read_text(encoding="utf-8")
    assert "cdn." in _installed("voila", "templates", "base", pattern="page.html")  # replaced
    assert jupyter_path("voila", "templates")  # the standard search path Voila extends


def _installed(*parts: str, pattern: str = "*.js") -> str:
    """The text of the files matching ``pattern`` in the installed Jupyter data folder ``parts``
    (the first one on Jupyter's path): front-end bundles and page templates."""
    from jupyter_core.paths import jupyter_path

    folders = [Path(p) for p in jupyter_path(*parts) if Path(p).is_dir()]
    assert folders, f"no {'/'.join(parts)} is installed"
    return "\n".join(
        f.read_text(encoding="utf-8", errors="replace") for f in folders[0].glob(pattern)
    )


def test_the_templates_widget_guard_matches_what_the_installed_front_end_does():
    """The app's template draws again a widget the page gave up on (tests/test_browser_app.py
    shows it working). It relies on what Voila and jupyterlab_widgets do in the browser: does
    each still hold, so that an upgrade cannot quietly turn the guard off?"""
    template = (JUPYTER_DATA / "voila" / "templates" / TEMPLATE / "index.html.j2").read_text(
        encoding="utf-8"
    )
    assert "{% raw %}" in template, "the template has no widget guard script"
    script = template.split("{% raw %}", 1)[1].split("{% endraw %}", 1)[0]
    for needed in (
        "application/vnd.voila.cell-output+json",
        "Error displaying widget",
        "Loading widget",
        "window.jupyterapp",
        ".widgetManager",
        ".has_model(",
        ".get_model(",
        ".create_view(",
    ):
        assert needed in script, needed
    # jupyterlab_widgets' renderer: the texts it writes while it waits and when it gives up.
    renderer = _installed("labextensions", "@jupyter-widgets", "jupyterlab-manager", "static")
    assert "Loading widget..." in renderer
    assert "Error displaying widget: model not found" in renderer
    # Voila: each output waits in a script of that type until the page starts, and the app and
    # its widget manager are reachable from the page.
    page = _installed("voila", "templates", "lab", pattern="index.html.j2")
    assert '<script type="application/vnd.voila.cell-output+json">' in page
    voila = _installed("voila", "templates", "base", "static")
    assert "window.jupyterapp=" in voila
    assert "get widgetManager()" in voila


def test_the_app_command_builds_the_pages(tmp_path, capsys, monkeypatch):
    """Does 'peerkit app --build-only' write the pages and say where?"""
    monkeypatch.chdir(NOTEBOOKS.parent)
    assert main(["app", "--build-only", "--out", str(tmp_path / "app")]) == 0
    out = capsys.readouterr().out
    assert f"to {tmp_path / 'app'}/." in out
    assert any((tmp_path / "app").glob("*.ipynb"))
    assert not (tmp_path / "app" / "facilitator-guide.ipynb").exists()
    out_dir = tmp_path / "guide"
    assert main(["app", "--facilitator", "--build-only", "--out", str(out_dir)]) == 0
    assert (out_dir / "facilitator-guide.ipynb").is_file()


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
    from peerkit._app_build import DEFAULT_OUT
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
