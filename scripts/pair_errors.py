#!/usr/bin/env python3
"""Error analysis of the learned PAIRED_WITH decision, by cross-validation by article.

Usage::

    .venv/bin/python scripts/pair_errors.py data/train/gold data/train/corpus \
        [--folds 5] [--show fp,fn,miss,windows] [--limit 40] [--with-validation] [--clean 8]

Every candidate is decided by a model trained on the other folds (the same folds as
``pbkg eval --cv``), so what is listed is what the model does on articles it never saw.
Printed:

* the gold pairings missed, by cause: a unit not found (the unit side's ceiling), no
  candidate for two found units, a candidate vetoed (which veto), a candidate the model
  scored under its threshold;
* the false positives (accepted candidates that are not gold pairs), with the veto or
  hand rule that let them through;
* for each listed error: the document, the two unit names, the calibrated probability,
  the evidence sentence and the heaviest features of the decision;
* with ``--show …,windows``: the candidates counted by the windows they occur in
  (one sentence, two neighbouring sentences, through the page's unit …), positives and
  negatives, kept or not.

With ``--clean N`` it prints instead the features of the training candidates (validation
fifth left out) that N or more negatives carry and no gold pairing: where a veto as clean
as ``one_body`` or ``co_subjects`` may be found (features that carry words of the text,
``before_a=…``, are left out).

The validation fifth (README "Measuring quality") is counted but not listed unless
``--with-validation`` is given: its misses must not be read while writing rules.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from typing import Any

from ingest.extract.evaluate import VALIDATION_FIFTH
from ingest.extract.learn import Corpus, _gold_keys, examples, fit, folds, labels, read_corpus
from ingest.extract.pair_decide import model_features, pair_score, read_by_hand_rule, veto_of
from ingest.extract.pair_model import LinearModel


def analyse(corpus: Corpus, k: int) -> dict[str, Any]:
    """Per held-out candidate: label, probability, veto, decision; per gold pairing:
    whether its units were found and whether a candidate covers it."""
    rows: list[dict[str, Any]] = []
    misses: list[dict[str, Any]] = []
    docs = corpus.docs
    for held in folds(docs, k):
        held_set = set(held)
        model: LinearModel = fit(examples(corpus, [d for d in docs if d not in held_set]))
        found: dict[str, set[str]] = defaultdict(set)
        covered: dict[str, set[frozenset[str]]] = defaultdict(set)
        kept_pairs: dict[str, set[frozenset[str]]] = defaultdict(set)
        for r in corpus.readings:
            doc = r.base.article.doc
            if doc not in held_set:
                continue
            gold = corpus.gold[doc]
            names = {e.id: e.name for e in r.base.entities}
            keys = {e.id: _gold_keys(e, gold) for e in r.base.entities}
            found[doc] |= {x for ks in keys.values() for x in ks}
            for ch, y in zip(r.choices, labels(r, gold), strict=True):
                p = model.probability_of(pair_score(ch, model))
                veto = veto_of(ch)
                kept = veto is None and (model.accepts(p) or read_by_hand_rule(ch))
                s, t = ch.relation.source, ch.relation.target
                pairs = {frozenset((x, z)) for x in keys[s] for z in keys[t] if x != z}
                covered[doc] |= pairs
                if kept:
                    kept_pairs[doc] |= pairs
                rows.append(
                    {
                        "doc": doc,
                        "a": names.get(s, s),
                        "b": names.get(t, t),
                        "y": y,
                        "p": p,
                        "veto": veto,
                        "hand": read_by_hand_rule(ch),
                        "kept": kept,
                        "windows": "+".join(sorted({o.window for o in ch.candidate.occurrences})),
                        "sentence": ch.relation.evidence.text if ch.relation.evidence else "",
                        "top": model.explain(model_features(ch, model), top=6),
                    }
                )
        for doc in held:
            gold = corpus.gold[doc]
            gnames = {g["key"]: g.get("name") for g in gold["entities"]}
            for gp in gold.get("pairings") or []:
                a, b = gp["a"], gp["b"]
                pair = frozenset((a, b))
                if pair in kept_pairs[doc]:
                    continue
                if a not in found[doc] or b not in found[doc]:
                    cause = "unit_missing"
                elif pair not in covered[doc]:
                    cause = "no_candidate"
                else:
                    cause = "candidate_rejected"
                misses.append(
                    {"doc": doc, "a": gnames.get(a, a), "b": gnames.get(b, b), "cause": cause}
                )
    return {"rows": rows, "misses": misses}


# features naming words of the text (before_a=某某): never a veto's reason
_WORD_FEATURES = ("before_a=", "after_a=", "after_b=", "conj_after_a=", "word_before_b=")


def clean_features(corpus: Corpus, min_negatives: int) -> list[tuple[str, int]]:
    """Features carried by ``min_negatives`` or more training candidates (validation
    fifth left out) and by no gold pairing, most frequent first."""
    pos: Counter[str] = Counter()
    neg: Counter[str] = Counter()
    for r in corpus.readings:
        doc = r.base.article.doc
        if doc not in corpus.gold or doc in VALIDATION_FIFTH:
            continue
        for ch, y in zip(r.choices, labels(r, corpus.gold[doc]), strict=True):
            for k in ch.features:
                if not k.split(":")[-1].startswith(_WORD_FEATURES):
                    (pos if y else neg)[k] += 1
    return [(k, n) for k, n in neg.most_common() if n >= min_negatives and not pos[k]]


def by_windows(rows: list[dict[str, Any]]) -> list[str]:
    """One line per combination of windows a candidate occurs in (same, adjacent, near,
    topic, table, row): its positives, those kept, its negatives, those kept — where
    the gold pairings the decision rejects stand (issue 14, pairs29)."""
    count: Counter[tuple[str, int, bool]] = Counter((r["windows"], r["y"], r["kept"]) for r in rows)
    lines = [f"  {'windows':<28} {'pos':>5} {'kept':>5} {'neg':>6} {'kept':>5}"]
    for w in sorted({k[0] for k in count}):
        pos, neg = (
            count[(w, 1, True)] + count[(w, 1, False)],
            count[(w, 0, True)] + count[(w, 0, False)],
        )
        lines.append(
            f"  {w:<28} {pos:5d} {count[(w, 1, True)]:5d} {neg:6d} {count[(w, 0, True)]:5d}"
        )
    return lines


def show(row: dict[str, Any]) -> str:
    feats = ", ".join(f"{n}{w:+.2f}" for n, w in row["top"])
    why = row["veto"] or ("hand" if row["hand"] else "")
    return (
        f"  {row['doc']:>5}  p={row['p']:.2f} {why:<24} {row['a']} ⟷ {row['b']}\n"
        f"         {row['sentence'][:160]}\n         [{feats}]"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--show", default="fp,fn")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--with-validation", action="store_true")
    ap.add_argument("--clean", type=int, default=0, metavar="N")
    args = ap.parse_args()
    corpus = read_corpus(args.gold, args.paths)
    if args.clean:
        print(f"features of {args.clean}+ training negatives and no gold pairing:")
        for name, n in clean_features(corpus, args.clean):
            print(f"  {n:5d}  {name}")
        return
    out = analyse(corpus, args.folds)
    rows, misses = out["rows"], out["misses"]
    # a gold pair may have several candidates (one unit under two entities): count
    # pairs by (doc, names) once for the summary
    tp = sum(1 for r in rows if r["y"] and r["kept"])
    fp = [r for r in rows if not r["y"] and r["kept"]]
    fn = [r for r in rows if r["y"] and not r["kept"]]
    print(f"candidates {len(rows)}  positives {sum(r['y'] for r in rows)}")
    print(f"accepted: tp {tp}  fp {len(fp)}   (candidate level, held-out folds)")
    fp_why = Counter(("hand" if r["hand"] and r["p"] < 0.5 else "model") for r in fp)
    print("false positives by what kept them:", dict(fp_why))
    print("rejected positive candidates by:", dict(Counter(r["veto"] or "model" for r in fn)))
    causes = Counter(m["cause"] for m in misses)
    total_fn = sum(causes.values())
    gold_total = sum(len(corpus.gold[d].get("pairings") or []) for d in corpus.docs)
    print(f"gold pairings missed: {total_fn} (gold {gold_total})")
    for c, n in causes.most_common():
        print(f"  {c:<36} {n:4d}  {n / total_fn:.1%}")
    for group, prefix in (("dev d*", "d"), ("added x*", "x"), ("seeds", "0")):
        sub = Counter(m["cause"] for m in misses if m["doc"].startswith(prefix))
        print(f"  {group:<10}", ", ".join(f"{c} {n}" for c, n in sub.most_common()))
    val = VALIDATION_FIFTH

    def listed(xs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [x for x in xs if args.with_validation or x["doc"] not in val]

    wanted = set(args.show.split(","))
    if "windows" in wanted:
        print("\n== candidates by the windows they occur in (held-out folds)")
        print("\n".join(by_windows(rows)))
    if "fp" in wanted:
        print("\n== false positives (highest probability first)")
        for r in sorted(listed(fp), key=lambda r: -r["p"])[: args.limit]:
            print(show(r))
    if "fn" in wanted:
        print("\n== candidates of gold pairings rejected (highest probability first)")
        for r in sorted(listed(fn), key=lambda r: -r["p"])[: args.limit]:
            print(show(r))
    if "miss" in wanted:
        print("\n== gold pairings without a candidate")
        by: dict[str, list[str]] = defaultdict(list)
        for m in listed(misses):
            by[m["cause"]].append(f"  {m['doc']:>5} {m['a']} ⟷ {m['b']}")
        for c, lines in by.items():
            print(f"-- {c}")
            print("\n".join(lines[: args.limit]))


if __name__ == "__main__":
    main()
