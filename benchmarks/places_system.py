#!/usr/bin/env python3
"""Emit place-only extractions (GOLD_FORMAT §3) for a corpus, to score place linking.

Usage::

    python benchmarks/places_system.py CORPUS_DIR... > places.jsonl
    python3 ../shared/eval/score.py ../shared/eval/gold places.jsonl

Each article's place mentions become entities: one per code (or, unlinked, per
canonical name), with every surface form as an alias. Only Village, ResidentsCommittee
and Region entities are emitted, so the scorer's "linking accuracy" line and the place
types' precision are the figures that mean something here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ingest.model import Article, PlaceMention  # noqa: E402
from ingest.places.link import link_places  # noqa: E402
from ingest.read.reader import read_paths  # noqa: E402


def place_entities(mentions: list[PlaceMention]) -> list[dict[str, Any]]:
    """Group an article's place mentions into scorer entities."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for m in mentions:
        key = (m.type, m.code or m.name)
        e = groups.setdefault(
            key,
            {
                "type": m.type,
                "name": m.name,
                "aliases": [],
                "division_code": m.code,
                "level": m.level,
                "candidates": list(m.candidates[:20]),
            },
        )
        if m.surface not in e["aliases"]:
            e["aliases"].append(m.surface)
    return [{"id": f"e{i}", **e} for i, e in enumerate(groups.values(), 1)]


def main(argv: list[str]) -> int:
    for item in read_paths(argv):
        if not isinstance(item, Article):
            print(item, file=sys.stderr)
            continue
        rec = {"doc": item.doc, "entities": place_entities(link_places(item)), "relations": []}
        print(json.dumps(rec, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
