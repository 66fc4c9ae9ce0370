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


def test_crisis_entries_were_checked_within_twelve_months(library):
    """Is every crisis line's last_verified date within the last twelve months (and not in the future)?"""
    today = dt.date.today()
    oldest = today - dt.timedelta(days=365)
    dates = [(library.crisis.directory.name, library.crisis.directory.last_verified)]
    for region in library.crisis.regions:
        dates.append((region.name, region.last_verified))
        dates += [(service.name, service.last_verified) for service in region.services]
    stale = [name for name, date in dates if not oldest <= date <= today]
    assert stale == [], (
        f"check these entries against their source and update last_verified: {stale}"
    )


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
