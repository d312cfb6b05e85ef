"""Pairings right and wrong by confidence and by what kept them — counts only (pairs30).

What a user filtering with ``--min-confidence`` gets, on articles scored and never read
(the pooled check x241–x300 + x341–x380: extract them with the model
``/work/tools/s15/heldout_pooled.sh`` trained, ``/tmp/hopool-NAME/model.json``)::

    .venv/bin/pbkg extract /tmp/hopool-NAME/hc --model /tmp/hopool-NAME/model.json -o X.jsonl
    .venv/bin/python scripts/pair_confidence_counts.py /tmp/hopool-NAME/hg X.jsonl

Prints, for the kept pairings of every document together, tp and fp of: all of them,
those at confidence >= 0.8 and >= 0.9, the model's own (no hand frame read the pair:
its ``rule`` starts with ``model:``) and the frames'. No document and no pairing is named.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract.evaluate import evaluate, load_gold

Relation = Mapping[str, Any]


def _model_only(rel: Relation) -> bool:
    return str(rel.get("rule", "")).startswith("model:")


FILTERS: dict[str, Callable[[Relation], bool]] = {
    "all kept": lambda r: True,
    "confidence >= 0.8": lambda r: float(r.get("confidence", 0.0)) >= 0.8,
    "confidence >= 0.9": lambda r: float(r.get("confidence", 0.0)) >= 0.9,
    "the model's own": _model_only,
    "a hand frame's": lambda r: not _model_only(r),
}


def filtered(records: Iterable[Mapping[str, Any]], keep: Callable[[Relation], bool]) -> list:
    """``records`` with only the pairings ``keep`` accepts (other relations untouched)."""
    return [
        {
            **rec,
            "relations": [
                r for r in rec.get("relations") or [] if r.get("type") != "PAIRED_WITH" or keep(r)
            ],
        }
        for rec in records
    ]


def counts(gold: Mapping[str, Any], records: list) -> dict[str, tuple[int, int]]:
    """(tp, fp) of the pairings of ``records`` under each of :data:`FILTERS`."""
    out = {}
    for name, keep in FILTERS.items():
        p = evaluate(gold, filtered(records, keep)).summary()["pairings"]
        out[name] = (int(p["tp"]), int(p["fp"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("extractions", nargs="+", help=".jsonl files of pbkg extract")
    args = ap.parse_args()
    records = [
        json.loads(line)
        for path in args.extractions
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    docs = {Path(str(r.get("doc", ""))).name for r in records}
    gold = {d: g for d, g in load_gold(args.gold).items() if d in docs}
    for name, (tp, fp) in counts(gold, records).items():
        print(f"{name:18} right {tp} of {tp + fp}")


if __name__ == "__main__":
    main()
