"""Extraction records (the JSON of ``extractions.jsonl``) as the typed values the build
takes. Tests write and change records as dicts, the format people read; the graph is
built from :class:`ingest.model.Extraction` values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ingest.model import Extraction


def typed(records: Iterable[Mapping[str, Any]]) -> list[Extraction]:
    return [Extraction.from_record(r) for r in records]
