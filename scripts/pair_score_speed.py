#!/usr/bin/env python3
"""CPU-seconds to score every pairing candidate of a corpus under each model given.

Usage::

    PBKG_PURE=1 .venv/bin/python scripts/pair_score_speed.py GOLD CORPUS... \
        --model linear.json --model boosted.json [--rounds 5]

Reads the corpus once (units, candidates and their features), then, round after round,
scores every candidate of the annotated articles under each model as extraction does
(:func:`learn._pair_score`: pooled over occurrences for a pooled linear model, the
trees walked in plain Python for a boosted one), and prints the median CPU-seconds
(``time.process_time``) per model. Reading is not counted: it is the same for every
learner.
"""

from __future__ import annotations

import argparse
import statistics
import time

from ingest.extract import learn
from ingest.extract.pair_model import LinearModel


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--model", action="append", required=True)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    corpus = learn.read_corpus(args.gold, args.corpus)
    ex = learn.examples(corpus, corpus.docs)
    bags = learn._bags(ex)
    models = {path: LinearModel.load(path) for path in args.model}
    times: dict[str, list[float]] = {path: [] for path in models}
    for _ in range(args.rounds):
        for path, model in models.items():
            t = time.process_time()
            for f, b in zip(ex.features, bags, strict=True):
                learn._pair_score(model, f, b)
            times[path].append(time.process_time() - t)
    print(f"{len(ex.labels)} candidates of {len(corpus.docs)} articles")
    for path, ts in times.items():
        m = models[path]
        kind = f"{len(m.trees)} trees" if m.trees else f"{len(m.weights)} weights"
        print(f"{path}: {kind}, median {statistics.median(ts):.3f} CPU-s over {len(ts)} rounds")


if __name__ == "__main__":
    main()
