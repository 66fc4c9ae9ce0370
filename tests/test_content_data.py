"""The shipped content in data/: valid, traceable, current and free of copied damage."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from peerkit.content import validate
from tests.conftest import DATA

MOJIBAKE = re.compile("âś|đź|â€|âœ|ðŸ|Ã©|Â |[\u0080-\u009f]")


def test_every_data_file_validates():
    """Does every file in data/ pass validation?"""
    assert [str(p) for p in validate(DATA)] == []


def test_library_loads_every_item(library):
    """Does the whole library load, with each lesson folder's items known?"""
    assert {"cs01-sent-not-chosen", "cs02-drank-again", "trust-sort", "scope-of-practice"} <= set(
        library.items
    )
    assert "trust-sort" in library.lesson_items["01-building-trust"]


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.name)
def test_no_mojibake_or_platform_leftovers(path):
    """Is each content file free of the source lessons' encoding damage and platform leftovers?"""
    text = path.read_text(encoding="utf-8")
    assert not MOJIBAKE.search(text)
    for leftover in ("Click Next", "en_GBEnglish", " Copy\n"):
        assert leftover not in text


def _crisis_entries(crisis):
    """Every crisis entry that carries a source and a check: regions, their lines, the directory."""
    yield crisis.directory.name, crisis.directory, crisis.directory.source_url
    for region in crisis.regions:
        yield f"{region.name} emergency number", region, region.emergency_source_url
        for service in region.services:
            yield f"{region.name}: {service.name}", service, service.source_url


def test_crisis_entries_were_checked_within_twelve_months(library):
    """Was every crisis entry checked (live, or against a stored copy) within the last twelve months, and never in the future?"""
    today = dt.date.today()
    oldest = today - dt.timedelta(days=365)
    stale = []
    for name, entry, _ in _crisis_entries(library.crisis):
        dates = [entry.last_verified, entry.copy_checked.date if entry.copy_checked else None]
        dates = [d for d in dates if d is not None]
        assert dates, f"{name} has no check at all"
        if any(d > today for d in dates) or max(dates) < oldest:
            stale.append(name)
    assert stale == [], (
        f"check these entries against their source page and add last_verified: {stale}"
    )


def test_every_crisis_entry_has_its_own_non_blog_source(library):
    """Does every crisis entry cite a source page that is not a blog or a fundraising page?"""
    from peerkit.content._lints import weak_source

    entries = list(_crisis_entries(library.crisis))
    assert len(entries) >= 20  # 5 regions' emergency numbers, their lines, the directory
    assert [name for name, _, url in entries if weak_source(url)] == []
    canada = library.crisis.region("ca")
    assert "fcc.gov" not in canada.emergency_source_url  # a US regulator is not Canada's source


def test_the_missing_lines_are_there(library):
    """Are the lines peers need in every region there (issue 11: SAMHSA, text lines, LGBTQ+ youth, NHS 111, Pieta, 13YARN...)?"""
    names = {r.id: {s.name for s in r.services} for r in library.crisis.regions}
    assert {
        "SAMHSA's National Helpline",
        "Crisis Text Line",
        "The Trevor Project",
    } <= names["us"]
    assert {"Kids Help Phone", "Hope for Wellness Help Line"} <= names["ca"]
    assert {"NHS 111, mental health option", "Shout"} <= names["uk"]
    assert {"Text 50808", "Pieta"} <= names["ie"]
    assert {"13YARN", "Suicide Call Back Service"} <= names["au"]


def test_no_crisis_note_reassures_with_a_population_figure(library):
    """Are crisis notes free of population figures ("most calls...", "fewer than 2 in 100"), which must never reassure a person at risk?"""
    figure = re.compile(r"\d+\s*(?:%|in\s+\d+|per\s*cent)|\b(?:most|very few|few|rarely)\b", re.I)
    for region in library.crisis.regions:
        for service in region.services:
            assert not figure.search(service.notes or ""), service.name


def test_crisis_regions_cover_the_required_countries(library):
    """Are there crisis lines for the US, Canada, the UK, Ireland and Australia?"""
    assert {r.id for r in library.crisis.regions} >= {"us", "ca", "uk", "ie", "au"}


def test_no_silent_us_default(library):
    """Is the shipped region setting empty, so nobody sees another country's numbers by default?"""
    assert library.settings.region is None


def test_every_reference_cited_in_content_exists(library):
    """Does every reference key used in content resolve to data/references.yaml?"""
    known = {r.id for r in library.references.references}
    for entry in library.curriculum.lessons:
        assert set(entry.references) <= known
