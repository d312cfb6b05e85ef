"""Train the learned unit tagger on annotated articles and write its model file.

    .venv/bin/python scripts/train_units.py data/train/gold data/train/corpus \
        -o ingest/extract/models/units.crfsuite
"""

from __future__ import annotations

import argparse
import sys
import time

from ingest.extract.unit_learn import corpus_examples, train_tagger, unplaced


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args(argv)
    t0 = time.time()
    _, examples, gold = corpus_examples(args.gold_dir, args.paths)
    n_seq = sum(len(e.xs) for e in examples)
    print(
        f"{len(examples)} stories, {n_seq} sentences; "
        f"{unplaced(examples, gold)} gold Organizations not found in their text",
        file=sys.stderr,
    )
    train_tagger(examples, args.output)
    print(f"trained in {time.time() - t0:.0f} s → {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
