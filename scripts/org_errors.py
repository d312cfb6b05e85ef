#!/usr/bin/env python3
"""Where Organization F1 is lost, by class, on the training articles only.

Usage::

    .venv/bin/python scripts/org_errors.py data/train/gold EXTRACTIONS.jsonl \
        [--list fp,fn] [--class edge] [--limit 60]

EXTRACTIONS.jsonl is ``pbkg extract`` output, one record per file (the default, and what
``pbkg eval`` scores): on ``--per-story`` output a unit found in two stories of one page is
emitted twice and its second copy counts as a ``duplicate`` (90 against 68 on the readable
articles in session 23). Scored as GOLD_FORMAT §4 scores it (one
gold unit matches one emitted unit by a shared normalised form). The validation fifth
(d25, d30 … d150) is left out entirely: its errors must not be read while writing rules.

False positives, by class:

* ``duplicate`` — the name is a form of a gold unit another emitted unit already matched
  (or one the gold lists as that unit's alias-like variant: one contains the other);
* ``edge`` — it overlaps (one contains the other, or they share four characters) a gold
  unit no emitted unit matched: the span's edge is wrong;
* ``non-unit`` — nothing of the gold is like it.

Misses, by class: ``edge`` (an emitted unmatched name overlaps it), ``inside`` (its name
is written inside an emitted unit's name), ``not-found``; each miss also says whether
its name carries a unit ending of ``ingest/lexicons/org_suffixes.tsv`` (``no-ending``: brands and
abbreviations).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from ingest.extract.evaluate import VALIDATION_FIFTH, _forms, _match, load_gold, merge_records


def _overlaps(a: str, b: str) -> bool:
    if a in b or b in a:
        return True
    return any(a[i : i + 4] in b for i in range(len(a) - 3))


def _suffixes() -> list[str]:
    path = Path(__file__).resolve().parent.parent / "ingest/lexicons/org_suffixes.tsv"
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.append(line.split("\t")[0])
    return out


def classify(gold: dict[str, Any], records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per Organization error of the training documents."""
    system = merge_records(records)
    endings = _suffixes()
    rows: list[dict[str, Any]] = []
    for doc, g in sorted(gold.items()):
        if doc in VALIDATION_FIFTH:
            continue
        s = system.get(doc, {"entities": [], "relations": []})
        mapping = _match(g["entities"], s["entities"])
        gold_orgs = [e for e in g["entities"] if e["type"] == "Organization"]
        sys_orgs = [e for e in s["entities"] if e.get("type") == "Organization"]
        matched = set(mapping.values())
        missed = [e for e in gold_orgs if e["key"] not in matched]
        # the units a gold pairing or post needs: a miss there costs a relation too
        parties = {p[k] for p in g.get("pairings", []) for k in ("a", "b")} | {
            p["org"] for p in g.get("posts", [])
        }
        false = [e for e in sys_orgs if e["id"] not in mapping]
        rows.append({"doc": doc, "kind": "tp", "class": "", "n": len(sys_orgs) - len(false)})
        for e in false:
            names = _forms(e)
            cls = "non-unit"
            for gd in gold_orgs:
                gf = _forms(gd)
                if any(_overlaps(a, b) for a in names for b in gf):
                    cls = "duplicate" if gd["key"] in matched else "edge"
                    if cls == "edge":
                        break
            rows.append({"doc": doc, "kind": "fp", "class": cls, "name": e.get("name")})
        for gd in missed:
            gf = _forms(gd)
            cls = "not-found"
            for e in sys_orgs:
                names = _forms(e)
                if any(b in a and b != a for a in names for b in gf):
                    cls = "inside"
                if e["id"] not in mapping and any(_overlaps(a, b) for a in names for b in gf):
                    cls = "edge"
                    break
            ending = any(f.endswith(x) for f in gf for x in endings)
            rows.append(
                {
                    "doc": doc,
                    "kind": "fn",
                    "class": cls,
                    "name": gd["name"],
                    "ending": "ending" if ending else "no-ending",
                    "party": gd["key"] in parties,
                }
            )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("gold_dir")
    ap.add_argument("extractions")
    ap.add_argument("--list", default="", help="fp,fn: list these errors")
    ap.add_argument("--class", dest="cls", default=None, help="list only this class")
    ap.add_argument("--limit", type=int, default=80)
    ap.add_argument(
        "--parties",
        action="store_true",
        help="list only misses that are a party of a gold pairing or post",
    )
    args = ap.parse_args()
    with open(args.extractions, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    gold = load_gold(args.gold_dir)
    present = {Path(str(r.get("doc", ""))).name for r in records}
    gold = {d: g for d, g in gold.items() if d in present}
    rows = classify(gold, records)
    fp = Counter(r["class"] for r in rows if r["kind"] == "fp")
    fn = Counter((r["class"], r["ending"]) for r in rows if r["kind"] == "fn")
    docs = len([d for d in gold if d not in VALIDATION_FIFTH])
    tp = sum(r["n"] for r in rows if r["kind"] == "tp")
    n_fp, n_fn = sum(fp.values()), sum(fn.values())
    prec, rec = tp / (tp + n_fp or 1), tp / (tp + n_fn or 1)
    f1 = 2 * prec * rec / (prec + rec or 1)
    print(f"training documents: {docs} (validation fifth left out)")
    print(f"Organization P {prec:.3f} R {rec:.3f} F1 {f1:.3f} (tp {tp}, fp {n_fp}, fn {n_fn})")
    print(f"false positives {sum(fp.values())}: " + ", ".join(f"{k} {v}" for k, v in fp.items()))
    parties = sum(1 for r in rows if r["kind"] == "fn" and r["party"])
    print(f"misses that are a party of a gold pairing or post: {parties}")
    print(
        f"misses {sum(fn.values())}: "
        + ", ".join(f"{a}/{b} {v}" for (a, b), v in sorted(fn.items()))
    )
    wanted = set(filter(None, args.list.split(",")))
    shown = 0
    for r in rows:
        if r["kind"] in wanted and (args.cls is None or r["class"] == args.cls):
            if args.parties and not r.get("party", True):
                continue
            extra = f" [{r['ending']}]" if r["kind"] == "fn" else ""
            print(f"  {r['kind']} {r['class']:<10} {r['doc']}: {r['name']}{extra}")
            shown += 1
            if shown >= args.limit:
                break


if __name__ == "__main__":
    main()
