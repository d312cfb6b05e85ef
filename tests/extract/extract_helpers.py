"""Helpers of the extraction tests: entity names, pairs and posts of an Extraction."""

from __future__ import annotations

from ingest.model import Extraction


def names(ex: Extraction, type_: str | None = None) -> set[str]:
    return {e.name for e in ex.entities if type_ is None or e.type == type_}


def pairs(ex: Extraction) -> set[frozenset[str]]:
    by_id = {e.id: e.name for e in ex.entities}
    return {
        frozenset((by_id[r.source], by_id[r.target]))
        for r in ex.relations
        if r.type == "PAIRED_WITH"
    }


def posts(ex: Extraction) -> set[tuple[str, str, str]]:
    by_id = {e.id: e.name for e in ex.entities}
    return {
        (by_id[r.source], r.title or "", by_id[r.target])
        for r in ex.relations
        if r.type == "HOLDS_POST"
    }
