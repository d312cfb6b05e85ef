#!/usr/bin/env python3
"""The PAIRED_WITH learners compared fold by fold: one cross-validation by article per
learner setting, over one reading of the corpus.

Usage::

    PBKG_PURE=1 .venv/bin/python scripts/learner_cv.py GOLD CORPUS... \
        [--set 'PAIR_LEARNER="boosted"'] [--set 'BOOSTING={"max_iter": 100}'] ... [--folds 5]

``--set NAME=JSON`` sets a constant of :mod:`ingest.extract.learn` (``BOOSTING`` merges
into the dict) before the cross-validation — as ``pbkg eval --cv`` would run with it
edited. Prints what ``pbkg eval --cv K --protocol -q`` prints for pairings and posts
(all documents and the protocol's groups), then per fold of the protocol's split
(``learn.folds``): pairings right / wrong / missed, F1, and the ECE of the pairings
extraction keeps and the precision of those kept at ≥ 0.9 — so two learners compare
split by split (paired) — and the CPU-seconds of the whole cross-validation.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from ingest.extract import learn
from ingest.extract.evaluate import PROTOCOL_GROUPS, evaluate, evaluate_groups


def _calibration(kept: list[tuple[float, int]]) -> tuple[float, str]:
    """ECE of ``kept`` (confidence, right) and the precision of those at ≥ 0.9."""
    ece = learn.expected_calibration_error(
        learn.reliability([p for p, _ in kept], [y for _, y in kept])
    )
    top = [y for p, y in kept if p >= 0.9]
    return ece, (f"{sum(top)}/{len(top)} = {sum(top) / len(top):.3f}" if top else "none")


def _row(name: str, rep: Any) -> str:
    p, q = rep.summary()["pairings"], rep.summary()["posts"]
    return (
        f"{name:<28} pairings F1 {p['f1']:.3f} (P {p['precision']:.3f}, R {p['recall']:.3f}; "
        f"tp {p['tp']} fp {p['fp']} fn {p['fn']})  posts F1 {q['f1']:.3f} "
        f"(tp {q['tp']} fp {q['fp']} fn {q['fn']})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=JSON")
    ap.add_argument("--json", dest="json_out", default=None, help="also write figures here")
    ap.add_argument(
        "--save-model", default=None, help="write the first fold's pairing model here (JSON)"
    )
    args = ap.parse_args()
    for spec in args.sets:
        name, _, value = spec.partition("=")
        if not hasattr(learn, name):
            raise SystemExit(f"learn has no {name}")
        v = json.loads(value)
        if isinstance(getattr(learn, name), dict) and isinstance(v, dict):
            v = {**getattr(learn, name), **v}
        setattr(learn, name, v)
        print(f"learn.{name} = {v!r}")
    t0 = time.process_time()
    corpus = learn.read_corpus(args.gold, args.corpus)
    print(f"corpus: {len(corpus.docs)} documents, read in {time.process_time() - t0:.0f} CPU-s")

    kept_by_doc: dict[str, list[tuple[float, int]]] = defaultdict(list)
    original = learn.kept_pairings

    def recording(reading: Any, decided: Any, gold: Any) -> list[tuple[float, int]]:
        out = original(reading, decided, gold)
        kept_by_doc[reading.base.article.doc].extend(out)
        return out

    learn.kept_pairings = recording
    fitted: list[Any] = []
    original_fit = learn.fit

    def keeping(*a: Any, **k: Any) -> Any:
        model = original_fit(*a, **k)
        fitted.append(model)
        return model

    learn.fit = keeping
    t1 = time.process_time()
    result = learn.cross_validate(corpus, args.folds)
    cpu = time.process_time() - t1
    learn.kept_pairings = original
    learn.fit = original_fit
    for i, model in enumerate(fitted):
        chosen = model.meta.get("C_chosen")
        print(
            f"fold {i} pairing model: threshold {model.threshold}"
            + (f", C chosen {chosen}" if chosen is not None else "")
        )
    if args.save_model and fitted:
        Path(args.save_model).write_text(fitted[0].to_json(), encoding="utf-8")

    gold = {d: corpus.gold[d] for d in corpus.docs}
    out: dict[str, Any] = {"sets": args.sets, "cv_cpu_seconds": round(cpu, 1)}
    print(_row("all documents", result.report))
    out["all"] = result.report.summary()
    for name, rep in evaluate_groups(gold, result.records, PROTOCOL_GROUPS).items():
        print(_row(name, rep))
        out[name] = rep.summary()
    kept_all = [x for v in kept_by_doc.values() for x in v]
    ece, top = _calibration(kept_all)
    print(f"kept pairings: ECE {ece:.3f} (cross_validate: {result.ece:.3f}); at >= 0.9 right {top}")
    print(f"kept posts: ECE {result.posts_ece:.3f}")
    out["ece"], out["top"], out["posts_ece"] = ece, top, result.posts_ece
    out["folds"] = []
    for i, held in enumerate(learn.folds(corpus.docs, args.folds)):
        held_set = set(held)
        rep = evaluate(
            {d: gold[d] for d in held}, [r for r in result.records if r.get("doc") in held_set]
        )
        kept = [x for d in held for x in kept_by_doc.get(d, [])]
        f_ece, f_top = _calibration(kept)
        print(_row(f"fold {i} ({len(held)} docs)", rep) + f"  ECE {f_ece:.3f}  >=0.9 {f_top}")
        out["folds"].append({"pairings": rep.summary()["pairings"], "ece": f_ece, "top": f_top})
    for row in result.reliability:
        print(
            f"  confidence {row['bin']}: n={row['n']:<4} mean={row['mean_confidence']:.3f} "
            f"precision={row['precision']:.3f}"
        )
    print(f"cross-validation: {cpu:.0f} CPU-s (reading not counted)")
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
