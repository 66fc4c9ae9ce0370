"""peerkit's public surface is exactly what __all__ says."""

import importlib
import types

import pytest

import peerkit


def test_all_lists_exactly_the_public_names():
    """Is every public name in peerkit listed in __all__, and every listed name present?"""
    public = {
        name
        for name, value in vars(peerkit).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert sorted(public | {"__version__"}) == sorted(peerkit.__all__)


SUBPACKAGES = [
    "api",
    "cli",
    "coach",
    "content",
    "handouts",
    "journal",
    "practice",
    "static",
    "widgets",
]


@pytest.mark.parametrize("name", SUBPACKAGES)
def test_each_subpackage_exports_exactly_its_all(name):
    """Does every subpackage list in __all__ each public name it defines or re-exports from
    peerkit (not helpers it imports from elsewhere), and does every listed name resolve?"""
    package = importlib.import_module(f"peerkit.{name}")
    listed = set(package.__all__)
    for listed_name in listed:
        getattr(package, listed_name)  # a lazily loaded name loads
    public = {
        key
        for key, value in vars(package).items()
        if not key.startswith("_")
        and not isinstance(value, types.ModuleType)
        and str(getattr(value, "__module__", "peerkit")).startswith("peerkit")
    }
    assert sorted(public - listed) == []
