"""Helpers of the place tests."""

from __future__ import annotations

from ingest.model import PlaceMention


def regions(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    """The Region mentions by their surface."""
    return {m.surface: m for m in mentions if m.type == "Region"}
