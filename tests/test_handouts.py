"""Handouts: every lesson as one self-contained page, in a learner and a facilitator edition.

The whole course is built once per test session (``built_handouts``); the browser
tests in test_handouts_browser.py open the same files.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

from peerkit.api import FUNCTIONS, RenderContext, render_call
from peerkit.content import Case, Quiz, Sort, load_library
from peerkit.content._cells import Call, CellProblem, parse_cell, read_notebook, shown_ids
from peerkit.handouts import HandoutError, build, render_notebook
from tests.conftest import DATA, NOTEBOOKS, ROOT, course_notebooks

_BUILT: dict[str, Path] = {}


def built_handouts(tmp_path_factory) -> Path:
    """Both editions of the whole course, built once per session (browser tests share them)."""
    if "out" not in _BUILT:
        out = tmp_path_factory.mktemp("handouts")
        build(out, library=load_library(DATA))
        _BUILT["out"] = out
    return _BUILT["out"]


def handout_pages() -> list[str]:
    """Every page the build writes, as ``edition/name.html``, known before it runs (the
    browser tests check each with axe as a test of its own): per edition an index and a page
    per lesson, and for facilitators the guide and their pack. Lesson ids are notebook names
    (``peerkit validate`` holds them together); the test below holds this list to the build."""
    lessons = [path.stem for path in course_notebooks() if path.parent == NOTEBOOKS]
    guides = [path.stem for path in course_notebooks() if path.parent != NOTEBOOKS]
    learner = [f"learner/{name}.html" for name in ("index", *lessons)]
    facilitator = [f"facilitator/{name}.html" for name in ("index", *lessons, *guides, "pack")]
    return sorted(learner + facilitator)


@pytest.fixture(scope="session")
def handouts(tmp_path_factory) -> Path:
    return built_handouts(tmp_path_factory)


def test_the_pages_known_before_the_build_are_the_pages_built(handouts):
    """Is each page the build writes, in any folder, among those the browser tests check one
    by one, and no other?"""
    built = sorted(path.relative_to(handouts).as_posix() for path in handouts.rglob("*.html"))
    assert built == handout_pages()


def _pages(handouts: Path, edition: str) -> dict[str, str]:
    return {
        p.stem: p.read_text(encoding="utf-8") for p in sorted((handouts / edition).glob("*.html"))
    }


def _e(text: str) -> str:
    return str(escape(text))


class _Page(HTMLParser):
    def __init__(self, html: str):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.links.append(attrs.get("href") or "")


def _notebook(*cells: tuple[str, str]) -> dict:
    return {
        "cells": [{"cell_type": kind, "metadata": {}, "source": source} for kind, source in cells],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def _render(
    nb: dict, library, edition="learner", region=None, folder: Path = NOTEBOOKS, where="x.ipynb"
) -> str:
    return render_notebook(
        nb, library=library, edition=edition, region=region, where=where, folder=folder
    )


def _shown_items(library, lesson_id: str):
    nb = read_notebook(NOTEBOOKS / f"{lesson_id}.ipynb")
    return [library.items[i] for i in shown_ids(nb) if i in library.items]


# --- what is built --------------------------------------------------------------------


def test_each_edition_has_an_index_and_a_page_per_notebook(handouts, library):
    """Is there an index and a page per notebook, and the guide and the facilitator pack for
    facilitators only?"""
    lessons = [e.id for e in library.curriculum.lessons if e.kind == "lesson"]
    guides = [e.id for e in library.curriculum.lessons if e.kind != "lesson"]
    assert sorted(_pages(handouts, "learner")) == sorted(["index", *lessons])
    assert sorted(_pages(handouts, "facilitator")) == sorted(["index", *lessons, *guides, "pack"])


def test_index_lists_every_lesson_with_minutes_objectives_and_working_links(handouts, library):
    """Does the index give the title, and per lesson a working link, minutes and aims?"""
    for edition in ("learner", "facilitator"):
        index = (handouts / edition / "index.html").read_text(encoding="utf-8")
        assert f"<h1>{_e(library.curriculum.title)}</h1>" in index
        page = _Page(index)
        for entry in library.curriculum.lessons:
            if entry.kind != "lesson" and edition == "learner":
                assert f'href="{entry.id}.html"' not in index
                continue
            assert f'href="{entry.id}.html"' in page.links or f"{entry.id}.html" in page.links
            assert (handouts / edition / f"{entry.id}.html").exists()
            if entry.kind == "lesson":
                assert f"About {entry.minutes} minutes." in index
            for objective in entry.objectives:
                assert _e(objective) in index


def test_pages_link_to_each_other_and_to_places_that_exist(handouts):
    """Does every link lead to a page of the same edition, or to an id on the same page?"""
    for edition in ("learner", "facilitator"):
        for name, html in _pages(handouts, edition).items():
            page = _Page(html)
            for href in page.links:
                if href.startswith("#"):
                    assert href[1:] in page.ids, f"{edition}/{name}: {href}"
                elif not href.startswith(("http://", "https://", "mailto:")):
                    target, _, anchor = href.partition("#")
                    assert (handouts / edition / target).exists(), f"{edition}/{name}: {href}"
                    if anchor:
                        other = _Page((handouts / edition / target).read_text(encoding="utf-8"))
                        assert anchor in other.ids, f"{edition}/{name}: {href}"


def test_printed_guide_keeps_answer_keys_short_and_linked(handouts, library):
    """Does the guide's answer key give each answer and link to its rationale in the lesson handout?"""
    guide = (handouts / "facilitator" / "facilitator-guide.html").read_text(encoding="utf-8")
    for entry in library.curriculum.lessons:
        if entry.kind == "lesson":
            assert f'id="pk-key-{entry.id}"' in guide
    case = library.item("cs02-drank-again")
    for node in case.nodes:
        for choice in node.choices:
            assert _e(choice.text) in guide
            assert _e(choice.feedback) not in guide  # the rationale lives in the lesson handout
    assert 'href="01-building-trust.html#pk-cs02-drank-again"' in guide


def test_no_code_and_no_script_reach_a_page(handouts):
    """Is every page free of scripts, notebook code and the code cells' labels?"""
    labels = set()
    for path in course_notebooks():
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                labels.add("".join(cell["source"]).splitlines()[0])
    for edition in ("learner", "facilitator"):
        for name, html in _pages(handouts, edition).items():
            assert "<script" not in html.lower(), name
            assert "peerkit." not in html and "import peerkit" not in html, name
            assert "jupyter-widgets" not in html and "widget-view" not in html, name
            main = html.split("<main", 1)[1]
            for label in labels:
                assert _e(label) not in main, f"{name}: the code label '{label}' leaked"


def test_pages_load_nothing_from_the_web(handouts):
    """Is no script, style, font or image loaded from an address, and is every image inline?"""
    for edition in ("learner", "facilitator"):
        for name, html in _pages(handouts, edition).items():
            page = _Page(html)
            for tag, attrs in page.tags:
                for attr in ("src", "srcset", "poster", "data"):
                    value = attrs.get(attr) or ""
                    assert not value or value.startswith("data:"), (
                        f"{edition}/{name}: <{tag} {attr}={value}>"
                    )
                if tag == "link":
                    raise AssertionError(f"{edition}/{name}: a <link> element")
            assert "@import" not in html and not re.search(
                r"url\(\s*['\"]?\s*(https?:)?//", html
            ), name
            assert "default-src 'none'" in html, f"{edition}/{name}: no content security policy"


def test_ids_are_unique_and_labels_point_at_them(handouts):
    """Is every id used once per page, and does every aria label point at an id on the page?"""
    for edition in ("learner", "facilitator"):
        for name, html in _pages(handouts, edition).items():
            ids = re.findall(r'\bid="([^"]+)"', html)
            assert len(ids) == len(set(ids)), (
                f"{edition}/{name}: {sorted(i for i in ids if ids.count(i) > 1)}"
            )
            for refs in re.findall(r'aria-(?:labelledby|describedby)="([^"]+)"', html):
                assert set(refs.split()) <= set(ids), f"{edition}/{name}: {refs}"


def test_a_panel_shown_twice_gets_its_own_ids_and_name(library):
    """Shown twice, do crisis lines get new ids and a distinct name the second time?"""
    nb = _notebook(
        ("markdown", "# Help"),
        ("code", "# Crisis lines\npeerkit.crisis_resources()"),
        ("markdown", "## If a learner is in distress"),
        ("code", "# Crisis lines again\npeerkit.crisis_resources()"),
    )
    html = _render(nb, library)
    assert html.count('id="pk-crisis-resources"') == 1 and 'id="pk-crisis-resources-2"' in html
    assert 'aria-labelledby="pk-crisis-title-2 sec-if-a-learner-is-in-distress"' in html


# --- every exercise, readable with no kernel --------------------------------------------


def test_cases_are_laid_out_as_a_full_map_of_paths(handouts, library):
    """Does each case show every step, every reply with feedback and consequence, every ending?"""
    found = 0
    for entry in library.curriculum.lessons:
        if entry.kind != "lesson":
            continue
        html = (handouts / "learner" / f"{entry.id}.html").read_text(encoding="utf-8")
        for case in (i for i in _shown_items(library, entry.id) if isinstance(i, Case)):
            found += 1
            assert f'id="pk-{case.id}"' in html
            for node in case.nodes:
                assert f'id="pk-{case.id}-{node.id}"' in html
                for choice in node.choices:
                    assert _e(choice.text) in html and _e(choice.feedback) in html
                    assert f'href="#pk-{case.id}-{choice.next}"' in html
                    if choice.consequence:
                        assert _e(choice.consequence) in html
            for ending in case.endings:
                assert f'id="pk-{case.id}-{ending.id}"' in html
    assert found >= 2


def test_learners_get_answers_folded_and_facilitators_get_them_open(handouts, library):
    """Are sort and quiz answers folded for learners and open for facilitators?"""
    checked = 0
    for entry in library.curriculum.lessons:
        if entry.kind != "lesson":
            continue
        learner = (handouts / "learner" / f"{entry.id}.html").read_text(encoding="utf-8")
        facilitator = (handouts / "facilitator" / f"{entry.id}.html").read_text(encoding="utf-8")
        assert "<details open" not in learner
        assert facilitator.count("<details open>") == facilitator.count("<details")
        for item in _shown_items(library, entry.id):
            texts = []
            if isinstance(item, Sort):
                texts = [card.explanation for card in item.cards]
            elif isinstance(item, Quiz):
                texts = [o.explanation for q in item.questions for o in q.options]
            for text in texts:
                checked += 1
                assert re.search(
                    r"<details>\s*<summary>[^<]+</summary>\s*<p><strong>[^<]+</strong> "
                    + re.escape(_e(text)),
                    learner,
                ), text
                assert _e(text) in facilitator
    assert checked >= 20


def test_written_practice_shows_prompts_and_model_answers(handouts, library):
    """Do rewrite and disclosure exercises show their prompt and every model answer?"""
    for entry in library.curriculum.lessons:
        if entry.kind != "lesson":
            continue
        html = (handouts / "learner" / f"{entry.id}.html").read_text(encoding="utf-8")
        for item in _shown_items(library, entry.id):
            if item.type in ("rewrite", "disclosure"):
                assert _e(item.prompt) in html, item.id
                for answer in item.model_answers:
                    assert _e(answer.text) in html, item.id


def test_facilitator_material_is_only_in_the_facilitator_edition(handouts, library):
    """Are facilitator notes and debrief questions in the facilitator edition only?"""
    learner = "\n".join(_pages(handouts, "learner").values())
    facilitator = "\n".join(_pages(handouts, "facilitator").values())
    markers = []
    for entry in library.curriculum.lessons:
        if entry.kind == "lesson":
            for item in _shown_items(library, entry.id):
                if item.facilitator:
                    markers += [item.facilitator.notes or "", *item.facilitator.debrief]
    from peerkit.content._course import plans

    for plan in plans(library).values():
        markers += [
            plan.model.warm_up.how,
            *plan.model.debrief,
        ]  # misconceptions quote the exercises
    markers = [m for m in markers if m]
    assert len(markers) >= 3 + 2 * len(plans(library))
    for marker in markers:
        first_words = _e(" ".join(marker.split()[:8]))
        assert first_words not in learner, marker
        assert first_words in facilitator, marker
    assert "For the facilitator" not in learner and "Facilitator edition." not in learner
    assert "For the facilitator" in facilitator


class _Text(HTMLParser):
    """The text a reader sees (or a screen reader reads): everything but tags and attributes."""

    def __init__(self, html: str):
        super().__init__()
        self.parts: list[str] = []
        self.feed(html)

    def handle_data(self, data):
        self.parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def test_source_codes_are_in_the_facilitator_edition_only(handouts):
    """Do learner pages show no source-item codes or 'Teaches:' lines, while facilitators keep them?"""
    code = re.compile(r"\bS00\d-\d\d\b")
    for name, html in _pages(handouts, "learner").items():
        text = _Text(html).text
        assert code.findall(text) == [], name
        assert "Teaches:" not in text, name
    facilitator = _Text("\n".join(_pages(handouts, "facilitator").values())).text
    assert "Teaches: " in facilitator and code.search(facilitator)


@pytest.mark.parametrize("name", ["agenda", "session_plan", "answer_key", "time_sensitive_facts"])
def test_facilitator_only_calls_vanish_from_the_learner_edition(name, library):
    """Does a facilitator-only call render to nothing for learners, without even being called?"""
    ctx = RenderContext(library, edition="learner", mode="handout", strict=True, fixed_region=None)
    assert render_call(ctx, Call(name, ("01-building-trust",))) == ""
    assert FUNCTIONS[name].facilitator_only


def test_crisis_panel_follows_the_chosen_region(library):
    """Does --region choose the crisis lines, and with no region does the handout list every region's main line?"""
    from peerkit.handouts import resolve_region

    nb = _notebook(("markdown", "# Help"), ("code", "# Crisis lines\npeerkit.crisis_resources()"))
    uk = library.crisis.region("uk")
    with_uk = _render(nb, library, region=resolve_region(library, "uk"))
    assert _e(uk.emergency_number) in with_uk and _e(uk.services[-1].name) in with_uk
    assert resolve_region(library, None) is None  # the shipped settings.yaml chooses no region
    general = _render(nb, library, region=resolve_region(library, "none"))
    assert "call your local emergency number" in general
    for region in library.crisis.regions:
        assert f"<strong>{_e(region.name)}</strong>: {_e(region.main_line.name)}," in general
        assert f"In immediate danger, call {region.emergency_number}." in general
    assert _e(uk.services[-1].name) not in general  # only each region's main line


def test_an_unknown_region_is_a_plain_message(tmp_path, capsys):
    """Does an unknown --region get a plain message, and no pages?"""
    from peerkit.cli import main

    assert main(["handouts", "--region", "ukk", "--out", str(tmp_path)]) == 1
    out = capsys.readouterr()
    assert "there is no region 'ukk' in data/crisis_resources.yaml - did you mean 'uk'?" in out.out
    assert "Traceback" not in out.out + out.err
    assert not list(tmp_path.rglob("*.html"))


def test_every_function_a_notebook_can_call_has_a_handout_view():
    """Is every notebook function in the public API one a handout can call, and the same one?"""
    import peerkit

    tools = {"load_library", "validate"}  # for scripts and the command line, not notebook cells
    functions = {n for n in peerkit.__all__ if n[0].islower() and callable(getattr(peerkit, n))}
    assert functions - tools == set(FUNCTIONS)
    for name in FUNCTIONS:
        assert FUNCTIONS[name].function is getattr(peerkit, name)


# --- reading code cells without running them ------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            '# About this lesson\nimport peerkit; peerkit.lesson("01-building-trust")',
            Call("lesson", ("01-building-trust",)),
        ),
        ('# Case\npeerkit.show("cs02-drank-again")', Call("show", ("cs02-drank-again",))),
        (
            '# Agenda\npeerkit.agenda(start="09:30", break_every=90)',
            Call("agenda", (), {"start": "09:30", "break_every": 90}),
        ),
        ("# Progress\npeerkit.progress()", Call("progress")),
    ],
)
def test_a_cell_is_read_as_its_one_call(source, expected):
    """Is a label plus one peerkit call read as that call, with its plain arguments?"""
    assert parse_cell(source) == expected


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ('# x\nimport os; os.system("rm -rf /")', "does something other than call peerkit"),
        ('# x\n__import__("os").system("ls")', "is not a peerkit function"),
        (
            '# x\npeerkit.show(open("/etc/passwd").read())',
            "passes something other than plain values",
        ),
        ('# x\npeerkit.show("a"); peerkit.show("b")', "has 2 calls"),
        ("# x\nname = 'a'", "does something other than call peerkit"),
        ('# x\npeerkit.show("a"', "cannot be read"),
        ("# x\npeerkit.show(*names)", "passes something other than plain values"),
    ],
)
def test_anything_but_one_plain_call_is_refused_without_running_it(source, words):
    """Is anything but one peerkit call with plain values refused, with words saying why?"""
    with pytest.raises(CellProblem, match=re.escape(words)):
        parse_cell(source)


def test_an_unknown_call_names_the_notebook_and_the_cell(library):
    """Does a call handouts cannot show stop the build, naming notebook, cell and fix?"""
    nb = _notebook(
        ("markdown", "# A lesson"),
        ("code", "# Dance\npeerkit.dance()"),
        ("code", '# Missing\npeerkit.show("no-such-item")'),
    )
    with pytest.raises(HandoutError) as caught:
        _render(nb, library, where="notebooks/07-new.ipynb")
    first, second = caught.value.problems
    assert first.startswith(
        "notebooks/07-new.ipynb: cell 2: there is no notebook function peerkit.dance()"
    )
    assert "use one of: peerkit.adaptations(), peerkit.agenda()" in first
    assert second.startswith("notebooks/07-new.ipynb: cell 3: peerkit.show() cannot be shown:")
    assert "there is no content with id 'no-such-item'" in second


def test_images_are_inlined_and_web_images_refused(tmp_path, library):
    """Is an image next to the notebook inlined, and an image on the web refused?"""
    (tmp_path / "map.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>', "utf-8"
    )
    html = _render(
        _notebook(("markdown", "# Map\n\n![A map of the phases](map.svg)")),
        library,
        folder=tmp_path,
    )
    assert '<img src="data:image/svg+xml;base64,' in html and 'alt="A map of the phases"' in html
    with pytest.raises(
        HandoutError, match=r"cell 1: image 'https://example\.org/x\.png' cannot be put into"
    ):
        _render(
            _notebook(("markdown", "![x](https://example.org/x.png)")), library, folder=tmp_path
        )
    with pytest.raises(HandoutError, match="would load"):
        _render(
            _notebook(("markdown", '<img alt="x" src="https://example.org/x.png">')),
            library,
            folder=tmp_path,
        )


def test_headings_keep_their_order(handouts):
    """Does no page skip a heading level (h1, then h2, h3 under it), as screen readers expect?"""
    for edition in ("learner", "facilitator"):
        for name, html in _pages(handouts, edition).items():
            levels = [int(n) for n in re.findall(r"<h([1-6])\b", html.split("<main", 1)[1])]
            assert levels[0] == 1 and levels.count(1) == 1, f"{edition}/{name}"
            for before, after in itertools.pairwise(levels):
                assert after <= before + 1, f"{edition}/{name}: h{before} then h{after}"


# --- privacy ------------------------------------------------------------------------------

SECRET = "my private words about my own relapse 7731"


def test_nothing_a_learner_wrote_can_reach_a_handout(tmp_path, monkeypatch, library):
    """With a learner's words in outputs, widget state and journal, is the page as if clean?"""
    from peerkit.journal import HOME_ENV, Store

    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    Store.open().add_entry("01-building-trust", "trust-reflection", "A prompt", SECRET)
    clean = json.loads((NOTEBOOKS / "01-building-trust.ipynb").read_text(encoding="utf-8"))
    used = copy.deepcopy(clean)
    used["metadata"]["widgets"] = {
        "application/vnd.jupyter.widget-state+json": {"state": {"m": {"value": SECRET}}}
    }
    for cell in used["cells"]:
        if cell["cell_type"] == "code":
            cell["execution_count"] = 3
            cell["outputs"] = [
                {"output_type": "stream", "name": "stdout", "text": SECRET},
                {
                    "output_type": "display_data",
                    "metadata": {},
                    "data": {"text/html": f"<p>{SECRET}</p>"},
                },
            ]
        cell["metadata"]["peerkit"] = {"answer": SECRET}

    def no_journal(*args, **kwargs):
        raise AssertionError("a handout build opened the learner's journal")

    monkeypatch.setattr(Store, "open", no_journal)
    pages = [
        _render(nb, library, edition=edition, where="notebooks/01-building-trust.ipynb")
        for nb in (clean, used)
        for edition in ("learner", "facilitator")
    ]
    assert pages[0] == pages[2] and pages[1] == pages[3]
    assert not any(SECRET in page or "7731" in page for page in pages)


def test_journal_and_progress_calls_never_open_the_learners_store(monkeypatch, library):
    """Do journal and progress calls become fixed notes, without opening the learner's store?"""
    from peerkit.journal import Store

    def no_store(*args, **kwargs):
        raise AssertionError("a handout opened the learner's store")

    monkeypatch.setattr(Store, "open", no_store)
    ctx = RenderContext(library, edition="learner", mode="handout", strict=True, fixed_region=None)
    assert "A handout never contains anyone's journal" in render_call(ctx, Call("journal_tools"))
    assert "A handout keeps no record" in render_call(ctx, Call("progress"))


# --- commands ------------------------------------------------------------------------------


def test_command_writes_one_edition_and_shows_progress(tmp_path, capsys, library):
    """Does '--edition learner' write only that edition, reporting each page as it goes?"""
    from peerkit.cli import main

    assert main(["handouts", "--edition", "learner", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr()
    lessons = [e for e in library.curriculum.lessons if e.kind == "lesson"]
    assert (tmp_path / "learner" / "index.html").exists() and not (
        tmp_path / "facilitator"
    ).exists()
    progress = [line for line in out.err.splitlines() if line.startswith("[")]
    assert len(progress) == len(lessons) + 1
    assert progress[0] == f"[1/{len(lessons) + 1}] learner edition: {lessons[0].notebook}"
    assert "learner edition:" in out.out


def test_rebuilding_removes_pages_of_lessons_that_are_gone(tmp_path, library):
    """Does a rebuild delete old pages of lessons that are gone, and nothing else?"""
    build(tmp_path, ("learner",), library=library)  # the folder is now the handouts' own
    folder = tmp_path / "learner"
    (folder / "99-old.html").write_text(
        '<meta name="generator" content="peerkit handouts">', "utf-8"
    )
    (folder / "notes.html").write_text("<p>mine</p>", "utf-8")
    build(tmp_path, ("learner",), library=library)
    assert not (folder / "99-old.html").exists() and (folder / "notes.html").exists()


def test_a_folder_with_other_files_is_refused_and_left_as_it_was(tmp_path, library):
    """Does writing handouts into a folder of someone else's pages refuse, in words, and overwrite nothing?"""
    folder = tmp_path / "site" / "learner"
    folder.mkdir(parents=True)
    (folder / "index.html").write_text("<p>my own page</p>", "utf-8")
    with pytest.raises(HandoutError, match=r"did not write \(for example learner/index.html\)"):
        build(tmp_path / "site", ("learner",), library=library)
    assert [p.name for p in folder.iterdir()] == ["index.html"]
    assert (folder / "index.html").read_text("utf-8") == "<p>my own page</p>"


def test_a_page_someone_else_put_in_the_handouts_folder_is_not_replaced(tmp_path, library):
    """Inside its own folder, does a rebuild still refuse to replace a page it did not write?"""
    build(tmp_path, ("learner",), library=library)
    index = tmp_path / "learner" / "index.html"
    index.write_text("<p>edited by hand</p>", "utf-8")
    with pytest.raises(HandoutError, match="was not written by peerkit handouts"):
        build(tmp_path, ("learner",), library=library)
    assert index.read_text("utf-8") == "<p>edited by hand</p>"


@pytest.mark.slow  # starts nbconvert
def test_nbconvert_exporter_writes_the_same_page(tmp_path, handouts):
    """Does 'jupyter nbconvert --to peerkit_handout' give the same page as 'peerkit handouts'?"""
    from nbconvert.exporters import get_exporter

    from peerkit.handouts import HandoutExporter

    assert get_exporter("peerkit_handout") is HandoutExporter
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "jupyter"),
            "nbconvert",
            "--to",
            "peerkit_handout",
            "--output-dir",
            str(tmp_path),
            str(NOTEBOOKS / "01-building-trust.ipynb"),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    exported = (tmp_path / "01-building-trust.html").read_text(encoding="utf-8")
    built = (handouts / "learner" / "01-building-trust.html").read_text(encoding="utf-8")

    def main(html):
        return html.split("<main", 1)[1].split("</main>", 1)[0]

    assert main(exported) == main(built)
    assert "<nav" not in exported


@pytest.mark.slow  # starts nbconvert
def test_exporter_refuses_a_learner_edition_of_the_guide(tmp_path, library):
    """Does exporting the facilitator guide as a learner handout stop with a plain message?"""
    from peerkit.handouts import HandoutExporter

    guides = [e for e in library.curriculum.lessons if e.kind == "guide"]
    if not guides:
        pytest.skip("the curriculum has no facilitator guide yet")
    path = ROOT / guides[0].notebook
    with pytest.raises(HandoutError, match="the facilitator guide has no learner edition"):
        HandoutExporter().from_filename(str(path))
    html, _ = HandoutExporter(edition="facilitator").from_filename(str(path))
    assert "Facilitator edition." in html


def test_exporter_reports_a_broken_notebook_in_words(tmp_path):
    """Does the nbconvert exporter stop on a call it cannot show with the notebook, cell and fix?"""
    from peerkit.handouts import HandoutExporter

    nb = json.loads((NOTEBOOKS / "01-building-trust.ipynb").read_text(encoding="utf-8"))
    first = next(i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code")
    nb["cells"][first]["source"] = "# Dance\npeerkit.dance()"
    path = tmp_path / "broken.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    with pytest.raises(HandoutError) as caught:
        HandoutExporter().from_filename(str(path))
    wanted = f"broken.ipynb: cell {first + 1}: there is no notebook function peerkit.dance() - use one of:"
    assert any(wanted in problem for problem in caught.value.problems)
