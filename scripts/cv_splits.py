#!/usr/bin/env python3
"""How much the cross-validated pairing figures move with the fold split alone.

Usage::

    .venv/bin/python scripts/cv_splits.py data/train/gold data/train/corpus \
        [--folds 5] [--salts ,a,b,c,d]

Runs the same cross-validation as ``pbkg eval --cv`` once per salt of the fold hash
(``learn.FOLD_SALT``; the empty salt is the protocol's split) and prints, per split and
as mean / min / max, pairings F1, precision, recall and the ECE of the kept pairings.
A change measured on one split is within the noise when its gain is smaller than the
spread printed here; compare two versions of the code split by split (paired).
"""

from __future__ import annotations

import argparse
import statistics

from ingest.extract import learn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--salts", default=",a,b,c,d", help="comma-separated; empty = protocol")
    args = ap.parse_args()
    corpus = learn.read_corpus(args.gold, args.corpus)
    rows: list[tuple[str, float, float, float, float]] = []
    for salt in args.salts.split(","):
        learn.FOLD_SALT = salt
        result = learn.cross_validate(corpus, args.folds)
        p = result.report.summary()["pairings"]
        rows.append((salt or "(protocol)", p["f1"], p["precision"], p["recall"], result.ece))
        print(
            f"split {rows[-1][0]:<11} pairings F1 {p['f1']:.3f} "
            f"(P {p['precision']:.3f}, R {p['recall']:.3f})  ECE {result.ece:.3f}",
            flush=True,
        )
    learn.FOLD_SALT = ""
    for i, name in enumerate(("F1", "P", "R", "ECE"), start=1):
        vals = [r[i] for r in rows]
        print(
            f"{name:<4} mean {statistics.mean(vals):.3f}  min {min(vals):.3f}  "
            f"max {max(vals):.3f}  over {len(vals)} splits"
        )


if __name__ == "__main__":
    main()
