#!/usr/bin/env python3
"""Error analysis of the place and person rules on the training articles.

Usage::

    .venv/bin/pbkg extract data/train/corpus -o build/train.jsonl
    .venv/bin/python scripts/place_errors.py data/train/gold data/train/corpus build/train.jsonl \
        [--types Region,Village] [--context 20]

Give it file-level output (``pbkg extract`` without ``--per-story``, one record per file,
as ``pbkg eval`` scores it): per-story records list a place once per story, so a place
of two stories would be reported twice.

For every gold entity of the chosen types that the extraction misses, and every emitted
entity of those types that matches no gold entity, prints the document, the type, the
name, whether a same-named entity was emitted with another type (a type confusion), and
each place in the text where its forms occur, with ``context`` characters either side.
Also counts wrong division codes of matched places (linking errors).

The validation fifth (d25, d30, …, d150) is left out: its errors must not be read while
writing rules (README, "Measuring quality honestly").
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ingest.extract.evaluate import (
    TYPES,
    VALIDATION_FIFTH,
    _forms,
    _match,
    evaluate,
    load_gold,
    merge_records,
)


def _texts(corpus: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))}


def _contexts(text: str, forms: set[str], width: int, limit: int = 3) -> list[str]:
    out = []
    for form in sorted(forms, key=len, reverse=True):
        k = text.find(form)
        while k >= 0 and len(out) < limit:
            left = text[max(0, k - width) : k].replace("\n", "⏎")
            right = text[k + len(form) : k + len(form) + width].replace("\n", "⏎")
            out.append(f"{left}[{form}]{right}")
            k = text.find(form, k + len(form))
        if out:
            break
    return out


def errors(
    gold: dict[str, dict[str, Any]],
    records: list[dict[str, Any]],
    types: set[str],
) -> list[dict[str, Any]]:
    """One row per miss (``fn``), false alarm (``fp``) or wrong code (``code``)."""
    merged = merge_records(records)
    out: list[dict[str, Any]] = []
    for doc in sorted(gold):
        if doc in VALIDATION_FIFTH or doc not in merged:
            continue
        g_ents = gold[doc]["entities"]
        s_ents = merged[doc]["entities"]
        mapping = _match(g_ents, s_ents)
        matched_gold = set(mapping.values())
        by_key = {g["key"]: g for g in g_ents}
        for g in g_ents:
            if g["type"] in types and g["key"] not in matched_gold:
                other = [s["type"] for s in s_ents if _forms(s) & _forms(g)]
                out.append({"kind": "fn", "doc": doc, "entity": g, "as": other})
        for s in s_ents:
            if s.get("type") not in types:
                continue
            if s["id"] not in mapping:
                other = [g["type"] for g in g_ents if _forms(s) & _forms(g)]
                out.append({"kind": "fp", "doc": doc, "entity": s, "as": other})
                continue
            g = by_key[mapping[s["id"]]]
            if g.get("division_code") and g.get("division_code") != s.get("division_code"):
                out.append({"kind": "code", "doc": doc, "entity": s, "as": [g["division_code"]]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("corpus")
    ap.add_argument("extraction")
    ap.add_argument("--types", default="Region,Village,ResidentsCommittee")
    ap.add_argument("--context", type=int, default=20)
    args = ap.parse_args()
    gold = load_gold(args.gold)
    texts = _texts(Path(args.corpus))
    with open(args.extraction, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    training = {d: g for d, g in gold.items() if d not in VALIDATION_FIFTH}
    rep = evaluate(training, [r for r in records if Path(str(r.get("doc"))).name in training])
    print(f"== training documents: {rep.documents}")
    for t in TYPES:
        row = rep.by_type[t].row()
        print(f"  {t:20} P={row['precision']:.3f} R={row['recall']:.3f} F1={row['f1']:.3f}")
    print(f"  linking accuracy {rep.summary()['linking_accuracy']}")
    rows = errors(gold, records, set(args.types.split(",")))
    for kind, label in (("fn", "MISSED"), ("fp", "FALSE ALARM"), ("code", "WRONG CODE")):
        chosen = [r for r in rows if r["kind"] == kind]
        print(f"== {label}: {len(chosen)}")
        for r in chosen:
            e = r["entity"]
            code = e.get("division_code") or ""
            also = f" (same form as {','.join(r['as'])})" if r["as"] else ""
            print(f"{r['doc']}\t{e['type']}\t{e['name']}\t{code}{also}")
            for c in _contexts(texts.get(r["doc"], ""), _forms(e), args.context):
                print(f"    {c}")


if __name__ == "__main__":
    main()
