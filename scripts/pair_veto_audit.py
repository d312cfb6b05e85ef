#!/usr/bin/env python3
"""What each veto of :mod:`ingest.extract.pair_decide` costs and saves, out of sample
(pairs67).

Usage::

    .venv/bin/python scripts/pair_veto_audit.py GOLD_DIR MODEL.json ARTICLE.txt ... \
        [--rows ROWS.jsonl]

MODEL is a pairings model trained WITHOUT the articles given (two halves of the
readable set, each decided by the model of the other, say). For every candidate that a
veto stops, the model is asked anyway; per veto (every veto that fires, and the first,
which is the one :func:`~ingest.extract.pair_decide.veto_of` names) it prints:

* ``gold``: candidates of a gold pairing the veto stops, and ``gold_kept`` those of
  them the model (or a hand frame) would keep without it — the true pairings it costs;
* ``wrong``: candidates of no gold pairing it stops, and ``wrong_kept`` those the model
  would keep without it — the false pairings it saves.

Predicates named by ``--also`` (former vetoes the model now weighs) are counted after
the vetoes, as if they were one. A veto with ``gold_kept`` above ``wrong_kept`` costs
more than it saves (the threshold is the model's own, fitted on what the vetoes leave:
a rough count, not an F1).
``--rows`` writes one JSON line per vetoed candidate (document, names, label, vetoes,
probability, evidence, features) for reading. The validation fifth and the pooled
held-out set are refused, as in ``scripts/pair_miss_classes.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract import pair_decide
from ingest.extract.evaluate import _match, load_gold, merge_records
from ingest.extract.pair_decide import VETOES, pair_score, read_by_hand_rule
from ingest.extract.pair_model import LinearModel
from ingest.extract.pipeline import decide, load_models, read_story
from ingest.model import Article
from ingest.read.reader import read_file
from scripts.pair_miss_classes import held_out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("model")
    ap.add_argument("articles", nargs="+")
    ap.add_argument("--rows", help="write each vetoed candidate as a JSON line here")
    ap.add_argument(
        "--also",
        default="attended_only",
        help="predicates of pair_decide counted as if they were vetoes, after the vetoes "
        "(comma-separated; default attended_only, a veto until pairs67)",
    )
    args = ap.parse_args()
    checks = [*VETOES, *(getattr(pair_decide, n) for n in args.also.split(",") if n)]
    gold = load_gold(args.gold)
    model = LinearModel.load(args.model)
    load_models()
    counts: dict[str, Counter[str]] = {"any": Counter(), "first": Counter()}
    rows: list[dict[str, object]] = []
    for path in map(Path, args.articles):
        doc = path.name
        if held_out(doc) or doc not in gold:
            continue
        g = gold[doc]
        pairs = {frozenset((p["a"], p["b"])) for p in g.get("pairings", [])}
        # the stories of one file, merged as the scorer merges them (ids prefixed k:)
        readings = [read_story(a) for a in read_file(path) if isinstance(a, Article)]
        records = [decide(r, model).to_record() for r in readings]
        ents = merge_records(records).get(doc, {"entities": []})["entities"]
        m = _match(g["entities"], ents)
        names = {e["id"]: e["name"] for e in ents}
        for k, reading in enumerate(readings):
            for ch in reading.choices:
                fired = [v.__name__ for v in checks if v(ch)]
                if not fired:
                    continue
                a, b = f"{k}:{ch.candidate.a}", f"{k}:{ch.candidate.b}"
                y = frozenset((m.get(a), m.get(b))) in pairs
                hand = read_by_hand_rule(ch)
                p = model.probability_of(pair_score(ch, model), hand=hand)
                kept = model.accepts(p) or hand
                label = "gold" if y else "wrong"
                for scope, names_ in (("any", fired), ("first", fired[:1])):
                    for v in names_:
                        counts[scope][f"{v}\t{label}"] += 1
                        if kept:
                            counts[scope][f"{v}\t{label}_kept"] += 1
                if args.rows:
                    rows.append(
                        {
                            "doc": doc,
                            "story": k,
                            "a": names.get(a, a),
                            "b": names.get(b, b),
                            "gold": y,
                            "vetoes": fired,
                            "p": round(p, 3),
                            "hand": hand,
                            "kept": kept,
                            "evidence": ev.text if (ev := ch.relation.evidence) else "",
                            "features": sorted(ch.features),
                        }
                    )
    if args.rows:
        with open(args.rows, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    for scope in ("first", "any"):
        print(f"# {scope} veto: veto gold gold_kept wrong wrong_kept")
        c = counts[scope]
        for v in checks:
            n = v.__name__
            row = [c[f"{n}\t{x}"] for x in ("gold", "gold_kept", "wrong", "wrong_kept")]
            if any(row):
                print(n, *row, sep="\t")


if __name__ == "__main__":
    main()
