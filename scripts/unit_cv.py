"""K-fold cross-validation by article of the learned unit tagger together with the
pairings/posts model: in each fold the tagger is trained on the other folds' articles
and reads the held-out ones; then ``cross_validate`` decides pairings and posts, also by
fold. Prints entities, Organization, pairings and posts, for all and per protocol group.

    .venv/bin/python scripts/unit_cv.py data/train/gold data/train/corpus [--off]

--off scores the rules alone (the same as `pbkg eval --cv`)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from ingest.extract import unit_tagger
from ingest.extract.evaluate import PROTOCOL_GROUPS, evaluate_groups
from ingest.extract.learn import Corpus, cross_validate, folds
from ingest.extract.pipeline import read_stories
from ingest.extract.unit_crf import CrfTagger
from ingest.extract.unit_learn import corpus_examples, train_tagger


def _row(summary: dict) -> dict:
    pick = {
        "entities": summary["entities"],
        "pairings": summary["pairings"],
        "posts": summary["posts"],
    }
    for t in ("Organization", "Person", "Region", "Village", "ResidentsCommittee"):
        pick[t] = summary["entities_by_type"][t]
    return {k: (v["f1"], v["precision"], v["recall"]) for k, v in pick.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("-k", type=int, default=5)
    ap.add_argument("--off", action="store_true", help="the rules alone")
    ap.add_argument("--min-confidence", type=float, default=unit_tagger.MIN_CONFIDENCE)
    args = ap.parse_args(argv)
    unit_tagger.MIN_CONFIDENCE = args.min_confidence
    arts, examples, gold = corpus_examples(args.gold_dir, args.paths)
    docs = sorted({a.doc for a in arts})
    readings = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, held in enumerate(folds(docs, args.k)):
            held_set = set(held)
            tagger = None
            if not args.off:
                path = Path(tmp) / f"fold{n}.crfsuite"
                train_tagger(examples, path, [d for d in docs if d not in held_set])
                tagger = CrfTagger(path)
            idx = [i for i, a in enumerate(arts) if a.doc in held_set]
            for i, r in zip(idx, read_stories([arts[i] for i in idx], tagger), strict=True):
                readings[i] = r
            print(f"fold {n + 1}/{args.k} read", file=sys.stderr)
    corpus = Corpus([readings[i] for i in sorted(readings)], gold)
    result = cross_validate(corpus, args.k)
    g = {d: corpus.gold[d] for d in corpus.docs}
    out = {"all": _row(result.report.summary()), "ece": result.ece}
    for name, rep in evaluate_groups(g, result.records, PROTOCOL_GROUPS).items():
        out[name] = _row(rep.summary())
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
