"""Helpers of the place tests."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import PlaceMention

# A linker of one text on the made-up gazetteer of conftest.py (the `link_with` fixture).
Link = Callable[[str], list[PlaceMention]]


def regions(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    """The Region mentions by their surface."""
    return {m.surface: m for m in mentions if m.type == "Region"}


def regions_by_name(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    """The Region mentions by the name they were linked to."""
    return {m.name: m for m in mentions if m.type == "Region"}
