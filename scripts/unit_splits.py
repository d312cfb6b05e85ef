#!/usr/bin/env python3
"""One unit extracted as several entities, and several units merged into one, on the
training articles only.

Usage::

    .venv/bin/python scripts/unit_splits.py data/train/gold EXTRACTIONS.jsonl [--list]

EXTRACTIONS.jsonl is ``pbkg extract`` output (pass extractions of readable articles only).
A gold unit is *split* when two or more emitted entities of its type share a normalised
form (or its division code) with it, as GOLD_FORMAT §4 matches them: only one of them
matches, the others are false alarms, and a pairing or post found on one of them is
lost. An emitted entity *merges* when its forms meet those of two or more gold units of
its type. Prints counts; with ``--list`` the gold unit and the emitted names, per
document. The validation fifth (d25, d30 … d150) is left out entirely.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ingest.extract.evaluate import VALIDATION_FIFTH, _forms, load_gold, merge_records


def _meets(g: dict[str, Any], s: dict[str, Any]) -> bool:
    if g["type"] != s.get("type"):
        return False
    code = g.get("division_code")
    return bool(code and code == s.get("division_code")) or bool(_forms(g) & _forms(s))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("extractions")
    ap.add_argument("--list", action="store_true", help="print the splits and merges")
    a = ap.parse_args()
    gold = load_gold(a.gold)
    lines = Path(a.extractions).read_text(encoding="utf-8").splitlines()
    system = merge_records(json.loads(x) for x in lines if x.strip())
    splits = merges = docs = 0
    for doc, s in sorted(system.items()):
        if doc in VALIDATION_FIFTH or doc not in gold:
            continue
        docs += 1
        g_ents = gold[doc]["entities"]
        for g in g_ents:
            hit = [e for e in s["entities"] if _meets(g, e)]
            if len(hit) >= 2:
                splits += 1
                if a.list:
                    names = " / ".join(str(e.get("name")) for e in hit)
                    print(f"split {doc} {g['type']} {g['name']}: {names}")
        for e in s["entities"]:
            hit = [g for g in g_ents if _meets(g, e)]
            if len(hit) >= 2:
                merges += 1
                if a.list:
                    names = " / ".join(str(g["name"]) for g in hit)
                    print(f"merge {doc} {e.get('type')} {e.get('name')}: {names}")
    print(f"documents {docs}: gold units split {splits}, emitted units merging {merges}")


if __name__ == "__main__":
    main()
