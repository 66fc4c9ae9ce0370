"""peerkit's public surface is exactly what __all__ says."""

import types

import peerkit


def test_all_lists_exactly_the_public_names():
    """Is every public name in peerkit listed in __all__, and every listed name present?"""
    public = {
        name
        for name, value in vars(peerkit).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert sorted(public | {"__version__"}) == sorted(peerkit.__all__)
