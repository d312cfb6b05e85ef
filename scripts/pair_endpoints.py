#!/usr/bin/env python3
"""Gold pairing endpoints that no extracted entity matches, on the training articles only.

Usage::

    .venv/bin/pbkg extract data/train/corpus -o /tmp/x.jsonl
    .venv/bin/python scripts/pair_endpoints.py data/train/gold /tmp/x.jsonl

A pairing whose endpoint the rules do not find can never be decided, whatever the
pairing model: these are the units (and places) pairings need. "Found" is what the
scorer means (GOLD_FORMAT §4: one gold entity matches one emitted entity of its type by a
shared normalised form or division code). One line per missed endpoint: the document,
its type, name and other aliases, how many gold pairings it ends, and the emitted names
that contain it or that it contains (an edge error rather than a miss). The validation
fifth (d25, d30 … d150) is left out entirely, and so is every document the extraction
does not hold (the held-out articles).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ingest.extract.evaluate import VALIDATION_FIFTH, _forms, _match, load_gold, merge_records


def missed_endpoints(gold: dict, records: list[dict]) -> tuple[list[dict], int, int]:
    """The missed endpoints, the pairings they end, and all gold pairings (training only)."""
    system = merge_records(records)
    rows: list[dict] = []
    touched = total = 0
    for doc, g in sorted(gold.items()):
        if doc in VALIDATION_FIFTH:
            continue
        s = system.get(doc, {"entities": [], "relations": []})
        matched = set(_match(g["entities"], s["entities"]).values())
        by_key = {e["key"]: e for e in g["entities"]}
        pairs = g.get("pairings", [])
        total += len(pairs)
        touched += sum(1 for p in pairs if p["a"] not in matched or p["b"] not in matched)
        ends = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
        for key in ends:
            if key in matched:
                continue
            e = by_key[key]
            near = [
                x["name"]
                for x in s["entities"]
                if any(a in b or b in a for a in _forms(e) for b in _forms(x))
            ]
            rows.append(
                {
                    "doc": doc,
                    "type": e["type"],
                    "name": e["name"],
                    "aliases": [a for a in e.get("aliases", []) if a != e["name"]],
                    "pairings": sum(1 for p in pairs if key in (p["a"], p["b"])),
                    "near": near,
                }
            )
    return rows, touched, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir")
    ap.add_argument("extractions")
    args = ap.parse_args()
    with open(args.extractions, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    # only the documents extracted: a gold document left out of the extraction (a
    # held-out article) would otherwise list its gold names as misses
    present = {Path(str(r.get("doc", ""))).name for r in records}
    gold = {d: g for d, g in load_gold(args.gold_dir).items() if d in present}
    rows, touched, total = missed_endpoints(gold, records)
    for r in rows:
        print(
            f"{r['doc']}\t{r['type']}\t{r['name']}\t{'|'.join(r['aliases'])}"
            f"\tpairings={r['pairings']}\tnear={'|'.join(r['near'])}"
        )
    print(
        f"{len(rows)} endpoints missed; {touched} of {total} gold pairings end in one",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
