#!/usr/bin/env python3
"""Why each gold pairing of readable articles is missed, by class (pairs46).

Usage::

    .venv/bin/python scripts/pair_miss_classes.py GOLD_DIR MODEL.json ARTICLE.txt ... [--counts]

MODEL is a pairings model trained WITHOUT the articles given (else every decision is
in-sample). Each gold pairing the extraction does not keep is put in one class:

* ``unit``: an endpoint the extraction does not find ("near=" the emitted names that
  contain it or that it contains: an edge or name-form error rather than a miss);
* ``no_candidate``: both units found, no candidate joins them (no cue sentence holds
  both, no neighbouring sentence, not the page's unit …);
* ``veto:NAME``: a candidate that the veto NAME stops before the model is asked;
* ``below``: a candidate the model scores under its threshold (its confidence and its
  three heaviest features are printed).

The validation fifth (d25, d30 … d150) and the pooled held-out set (x241–x300,
x341–x380) are refused: their misses must not be read. ``--counts`` prints the counts
only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract.evaluate import (
    VALIDATION_FIFTH,
    _forms,
    _match,
    load_gold,
    merge_records,
)
from ingest.extract.pair_decide import PairChoice, _summary, probabilities, veto_of
from ingest.extract.pair_model import LinearModel
from ingest.extract.pipeline import decide, load_models, read_story
from ingest.read.reader import read_file


def held_out(doc: str) -> bool:
    """The articles whose misses may not be read."""
    m = re.fullmatch(r"x(\d+)\.txt", doc)
    n = int(m.group(1)) if m else 0
    return doc in VALIDATION_FIFTH or 241 <= n <= 300 or 341 <= n <= 380


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("model")
    ap.add_argument("articles", nargs="+")
    ap.add_argument("--counts", action="store_true")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    model = LinearModel.load(args.model)
    load_models()
    classes: Counter[str] = Counter()
    for path in map(Path, args.articles):
        doc = path.name
        if held_out(doc) or doc not in gold:
            continue
        # the stories of one file, merged as the scorer merges them (ids prefixed k:)
        readings = [read_story(a) for a in read_file(path) if hasattr(a, "text")]
        records = [decide(r, model).to_record() for r in readings]
        system = merge_records(records).get(doc, {"entities": [], "relations": []})
        g = gold[doc]
        ents = system["entities"]
        m = _match(g["entities"], ents)
        found = set(m.values())
        names = {e["key"]: e["name"] for e in g["entities"]}
        kept = {
            frozenset((m.get(r["source"]), m.get(r["target"])))
            for r in system["relations"]
            if r["type"] == "PAIRED_WITH"
        }
        by_pair: dict[frozenset[str | None], tuple[PairChoice, float | None]] = {}
        for k, reading in enumerate(readings):
            # each story's units matched to the gold on their own (pairs72): matched over
            # the whole file, a unit a headline story and the body story both name goes
            # to the first story only, and the body's candidates read as none
            mk = _match(g["entities"], merge_records([records[k]]).get(doc, {}).get("entities", []))
            mk = {f"{k}:{sid.split(':', 1)[1]}": key for sid, key in mk.items()}
            for c, prob in zip(reading.choices, probabilities(reading.choices, model), strict=True):
                ids = (f"{k}:{c.candidate.a}", f"{k}:{c.candidate.b}")
                key = frozenset(m.get(i) or mk.get(i) for i in ids)
                by_pair.setdefault(key, (c, prob))
        forms = {e["key"]: _forms(e) for e in g["entities"]}
        for p in g.get("pairings", []):
            key = frozenset((p["a"], p["b"]))
            if key in kept:
                continue
            missing = [x for x in (p["a"], p["b"]) if x not in found]
            info = ""
            if missing:
                cls = "unit"
                near = sorted(
                    {
                        e["name"]
                        for e in ents
                        for x in missing
                        if any(f in e["name"] or e["name"] in f for f in forms[x])
                    }
                )
                info = f"missing={[names[x] for x in missing]} near={near}"
            elif key not in by_pair:
                cls = "no_candidate"
            else:
                choice, prob = by_pair[key]
                veto = veto_of(choice)
                if veto is not None or prob is None:
                    cls = f"veto:{veto}"
                else:
                    cls = "below"
                    info = f"p={prob:.3f} {_summary(choice, model)}"
            classes[cls] += 1
            if not args.counts:
                print(cls, doc, names[p["a"]], "|", names[p["b"]], info)
    for cls, n in classes.most_common():
        print(f"{cls}\t{n}")


if __name__ == "__main__":
    main()
