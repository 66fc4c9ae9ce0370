"""Source coverage: every item of the source lessons is taught by a lesson that really carries it, or excluded."""

from __future__ import annotations

import pytest

from peerkit.content import load_file
from peerkit.content._guide_models import Coverage, Exclusion
from peerkit.content._prose import cell_tags, notebook_cells, shown_in
from tests.conftest import DATA, NOTEBOOKS

COVERAGE = DATA / "coverage.yaml"


def _coverage() -> Coverage:
    loaded, problems = load_file(COVERAGE)
    assert problems == [], [str(p) for p in problems]
    assert isinstance(loaded.model, Coverage)
    return loaded.model


def _walk_sources(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "sources" and isinstance(inner, list):
                yield from inner
            elif key != "facilitator":
                yield from _walk_sources(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _walk_sources(inner)


def carried_by(notebook, library) -> set[str]:
    """Source items a notebook carries: its covers:<id> cell tags and the sources of every item it shows."""
    carried: set[str] = set()
    for cell in notebook_cells(notebook):
        carried |= {tag.split(":", 1)[1] for tag in cell_tags(cell) if tag.startswith("covers:")}
        for item_id in shown_in(cell):
            if item_id in library.items:
                carried |= set(_walk_sources(library.items[item_id].model_dump(mode="json")))
    return carried


def taught(coverage: Coverage) -> dict[str, list[str]]:
    """Source item id -> the lessons that teach it."""
    found: dict[str, list[str]] = {}
    for entry in coverage.lessons:
        for source in entry.sources:
            found.setdefault(source, []).append(entry.lesson)
    return found


def exclusions(coverage: Coverage) -> dict[str, Exclusion]:
    """Source item id -> its exclusion."""
    return {source: entry for entry in coverage.excluded for source in entry.sources}


def coverage_gaps(coverage: Coverage, known: list[str]) -> list[str]:
    """Items neither taught nor excluded, ids that do not exist, and items both taught and excluded."""
    taught_by, excluded = taught(coverage), exclusions(coverage)
    problems = [
        f"{i} is neither taught nor excluded"
        for i in known
        if i not in taught_by and i not in excluded
    ]
    problems += [
        f"{i} does not exist in data/source_items.yaml"
        for i in sorted({*taught_by, *excluded} - set(known))
    ]
    problems += [f"{i} is both taught and excluded" for i in sorted(set(taught_by) & set(excluded))]
    return problems


def test_every_source_item_is_taught_or_excluded(library):
    """Does every source item map to a lesson or to an exclusion with its reason, and never to both?"""
    assert coverage_gaps(_coverage(), [s.id for s in library.source_items.items]) == []


def test_exclusions_are_only_artefacts_and_replaced_references(library):
    """Are excluded items only platform artefacts and the source lessons' references?"""
    kinds = {s.id: s.kind for s in library.source_items.items}
    for source, exclusion in exclusions(_coverage()).items():
        wanted = "ART" if exclusion.kind == "artefact" else "REF"
        assert wanted in kinds[source] or (wanted == "REF" and kinds[source] == "H"), (
            source,
            kinds[source],
        )


def test_the_gap_check_can_fail(library):
    """Would a missing item, an unknown id or an item both taught and excluded be reported?"""
    coverage = _coverage()
    data = coverage.model_dump(mode="json")
    data["lessons"][1]["sources"] = [s for s in data["lessons"][1]["sources"] if s != "S003-19"] + [
        "S003-77"
    ]
    data["excluded"][0]["sources"].append("S003-20")
    broken = Coverage.model_validate(data)
    assert coverage_gaps(broken, [s.id for s in library.source_items.items]) == [
        "S003-19 is neither taught nor excluded",
        "S003-77 does not exist in data/source_items.yaml",
        "S003-20 is both taught and excluded",
    ]


def _listed_lessons():
    return [entry.lesson for entry in _coverage().lessons]


@pytest.mark.parametrize("lesson", _listed_lessons())
def test_each_lesson_carries_the_items_mapped_to_it(lesson, library):
    """Does the lesson's notebook carry every item coverage.yaml maps to it (a covers: tag or a shown item's sources)?"""
    entry = library.curriculum.lesson(lesson)
    notebook = NOTEBOOKS / f"{lesson}.ipynb"
    if entry is None or not notebook.is_file():
        pytest.skip(
            f"lesson {lesson} is not in curriculum.yaml yet; its items are mapped but not yet taught"
        )
    wanted = next(e.sources for e in _coverage().lessons if e.lesson == lesson)
    missing = sorted(set(wanted) - carried_by(notebook, library))
    assert missing == [], (
        f"{lesson} does not carry {missing}: tag the cell that teaches each with covers:<id>"
    )


def test_the_carry_check_can_fail(library, tmp_path):
    """Would a notebook that lost a covers: tag be caught (so the test above can fail)?"""
    import json

    source = NOTEBOOKS / "01-building-trust.ipynb"
    nb = json.loads(source.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        cell.get("metadata", {}).pop("tags", None)
    stripped = tmp_path / "stripped.ipynb"
    stripped.write_text(json.dumps(nb), encoding="utf-8")
    assert "S003-10" in carried_by(source, library)
    assert "S003-10" not in carried_by(stripped, library)
    assert "S003-22" in carried_by(stripped, library)  # still carried by the trust sort's card


def test_every_lesson_in_the_curriculum_is_in_the_coverage_manifest(library):
    """Is every lesson of curriculum.yaml listed in coverage.yaml, so its items are checked?"""
    listed = set(_listed_lessons())
    assert [
        e.id for e in library.curriculum.lessons if e.kind == "lesson" and e.id not in listed
    ] == []
