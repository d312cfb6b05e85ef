#!/usr/bin/env python3
"""Error analysis of the learned HOLDS_POST decision, by cross-validation by article.

Usage::

    .venv/bin/python scripts/post_errors.py data/train/gold data/train/corpus \
        [--folds 5] [--splits cv|batches] [--show fn,fp,org] [--limit 40] \
        [--with-validation]

Every post is decided by a posts model trained on the other folds (the folds of
``pbkg eval --cv``) and scored as GOLD_FORMAT §4 scores it: a post matches on (person,
title); its unit is post-org accuracy. Printed:

* the gold posts missed, by cause: the person not found, no candidate with the gold
  title at that person, a candidate with the title whose site kept another title, a
  candidate the model rejected;
* the false positives, by cause: the person not a gold entity, the person holding
  another gold title (a wrong cut), no gold post for the person;
* the posts found with the wrong unit, by cause: the gold unit not found, no candidate
  with the gold unit, a candidate with it that scored lower;
* for each listed error: document, person, title, units, probability, evidence, the
  heaviest features.

The validation fifth is counted but never listed unless ``--with-validation`` is given:
its errors must not be read while writing rules.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from typing import Any

from ingest.extract.evaluate import VALIDATION_FIFTH, _match, norm
from ingest.extract.learn import (
    Corpus,
    _gold_keys,
    fit_posts,
    folds,
    post_examples,
    post_labels,
    read_corpus,
)
from ingest.extract.pipeline import decide_with, file_record
from ingest.extract.post_decide import kept_choices


def batch_folds(docs: list[str]) -> list[list[str]]:
    """Whole annotation batches as folds (issue 14): each forty-article batch of x
    (x01–x40, x41–x80, …) and the seeds with the d articles. A batch's outlets and
    annotator then never train the model that scores it, as on unseen text."""
    groups: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        m = re.match(r"x(\d+)", d)
        groups[f"x{(int(m.group(1)) - 1) // 40}" if m else "seeds+d"].append(d)
    return [groups[k] for k in sorted(groups)]


def analyse(corpus: Corpus, k: int, by_batch: bool = False) -> list[dict[str, Any]]:
    """One row per error (kind, cause, details) over the held-out folds (the folds of
    ``pbkg eval --cv``, or whole batches with ``by_batch``)."""
    out: list[dict[str, Any]] = []
    docs = corpus.docs
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(corpus.readings):
        by_doc[r.base.article.doc].append(i)
    for held in batch_folds(list(docs)) if by_batch else folds(docs, k):
        held_set = set(held)
        model = fit_posts(post_examples(corpus, [d for d in docs if d not in held_set]))
        assert model is not None
        for doc in held:
            out += _doc_errors(corpus, doc, by_doc[doc], model)
    return out


def _doc_errors(corpus: Corpus, doc: str, idx: list[int], model: Any) -> list[dict[str, Any]]:
    gold = corpus.gold[doc]
    gname = {g["key"]: g["name"] for g in gold["entities"]}
    readings = [corpus.readings[i] for i in idx]
    extractions = [decide_with(r, None, model) for r in readings]
    rec = file_record(extractions) if extractions else {"entities": [], "relations": []}
    mapping = _match(gold["entities"], rec["entities"])
    sname = {e["id"]: e["name"] for e in rec["entities"]}
    found = set(mapping.values())
    # candidates: (person key, title) → [(unit keys, probability, kept, choice, reading)]
    cands: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in readings:
        keys = {e.id: _gold_keys(e, gold) for e in r.base.entities}
        names = {e.id: e.name for e in r.base.entities}
        kept = dict(kept_choices(r.post_choices, model))
        ys = post_labels(r, gold)
        for j, ch in enumerate(r.post_choices):
            rel = ch.relation
            for pk in keys.get(rel.source, ()):
                cands[(pk, norm(rel.title))].append(
                    {
                        "units": keys.get(rel.target, set()),
                        "unit": names.get(rel.target, rel.target),
                        "p": model.probability(ch.features),
                        "kept": j in kept,
                        "y": ys[j],
                        "how": rel.rule,
                        "features": ch.features,
                        "site": ch.site,
                        "evidence": rel.evidence.text if rel.evidence else "",
                    }
                )
    gold_posts = {(p["person"], norm(p["title"])): p["org"] for p in gold.get("posts") or []}
    sys_posts: dict[tuple[str, str], dict[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    base = {"doc": doc}
    for r in rec["relations"]:
        if r.get("type") != "HOLDS_POST":
            continue
        person = mapping.get(r["source"])
        ev = (r.get("evidence") or {}).get("text", "")
        info = {
            **base,
            "person": sname.get(r["source"]),
            "title": r.get("title"),
            "unit": sname.get(r["target"]),
            "p": r.get("confidence") or 0.0,
            "evidence": ev,
            "why": r.get("rule", ""),
        }
        if person is None:
            rows.append({**info, "kind": "fp", "cause": "person_not_gold"})
            continue
        sys_posts[(person, norm(r.get("title")))] = {**info, "org": mapping.get(r["target"])}
    for (pk, title), info in sys_posts.items():
        if (pk, title) in gold_posts:
            g_org = gold_posts[(pk, title)]
            if info["org"] == g_org:
                rows.append({**info, "kind": "tp", "cause": "right"})
                continue
            alts = [c for c in cands.get((pk, title), []) if g_org in c["units"]]
            if g_org not in found:
                cause = "gold_unit_not_found"
            elif not alts:
                cause = "no_candidate_with_gold_unit"
            else:
                cause = "gold_unit_scored_lower"
            best = max((c["p"] for c in alts), default=None)
            rows.append(
                {**info, "kind": "org", "cause": cause, "gold_unit": gname[g_org], "alt_p": best}
            )
        else:
            gold_titles = [t for (p, t) in gold_posts if p == pk]
            cause = "wrong_title" if gold_titles else "no_gold_post"
            rows.append({**info, "kind": "fp", "cause": cause, "gold_titles": gold_titles})
    for (pk, title), org in gold_posts.items():
        if (pk, title) in sys_posts:
            continue
        row = {
            **base,
            "person": gname[pk],
            "title": title,
            "unit": gname[org],
            "kind": "fn",
            "p": 0.0,
            "evidence": "",
        }
        cs = cands.get((pk, title), [])
        got = [t for (p, t) in sys_posts if p == pk]
        if pk not in found:
            row["cause"] = "person_not_found"
        elif not cs:
            row["cause"] = "no_candidate"
            row["got_titles"] = got
        else:
            best = max(cs, key=lambda c: c["p"])
            row["p"] = best["p"]
            row["evidence"] = best["evidence"]
            row["top"] = model.explain(best["features"], top=6)
            row["cand_unit"] = best["unit"]
            row["where"] = next((k[5:] for k in best["features"] if k.startswith("site=")), "?")
            row["got_titles"] = got
            row["cause"] = "other_title_kept" if got else "rejected"
        rows.append(row)
    return rows


def dump(corpus: Corpus, doc: str, k: int) -> None:
    """Every candidate of ``doc`` with its held-out probability, by site."""
    if doc in VALIDATION_FIFTH:
        raise SystemExit("validation documents are not listed")
    docs = corpus.docs
    held = next(f for f in folds(docs, k) if doc in f)
    model = fit_posts(post_examples(corpus, [d for d in docs if d not in set(held)]))
    assert model is not None
    for r in corpus.readings:
        if r.base.article.doc != doc:
            continue
        names = {e.id: e.name for e in r.base.entities}
        text = r.base.article.simplified
        ys = post_labels(r, corpus.gold[doc])
        kept = dict(kept_choices(r.post_choices, model))
        last = None
        for j, ch in enumerate(r.post_choices):
            if ch.site != last:
                _ps, ss, se = ch.site
                print(f"-- site {text[ss:se]!r} at {names.get(ch.relation.source)}")
                last = ch.site
            rel = ch.relation
            mark = "K" if j in kept else " "
            print(
                f"  {mark} y={ys[j]} p={model.probability(ch.features):.2f} "
                f"{rel.title} @ {names.get(rel.target)}  "
                + ",".join(n for n, _ in model.explain(ch.features, top=4))
            )


def summary(rows: list[dict[str, Any]]) -> str:
    """Posts P / R / F1 and post-org accuracy over ``rows`` (as ``pbkg eval`` counts
    them: a post matches on person and title; a wrong unit is still a match)."""
    n = Counter(r["kind"] for r in rows)
    tp = n["tp"] + n["org"]
    p = tp / (tp + n["fp"]) if tp + n["fp"] else 0.0
    r = tp / (tp + n["fn"]) if tp + n["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = n["tp"] / tp if tp else 0.0
    return (
        f"posts P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {n['fp']} fn {n['fn']}), "
        f"post-org {acc:.3f} ({n['org']} wrong)"
    )


def show(row: dict[str, Any]) -> str:
    extra = ""
    if row.get("gold_unit"):
        alt = row.get("alt_p")
        extra = f" gold@ {row['gold_unit']}" + (f" (p={alt:.2f})" if alt is not None else "")
    if row.get("gold_titles"):
        extra += f" gold titles {row['gold_titles']}"
    if row.get("got_titles"):
        extra += f" emitted {row['got_titles']}"
    if row.get("cand_unit"):
        extra += f" cand@ {row['cand_unit']}"
    lines = [
        f"  {row['doc']:>8} p={row['p']:.2f} {row['person']} | {row['title']} @ "
        f"{row['unit']}{extra}"
    ]
    if row.get("evidence"):
        lines.append(f"           {row['evidence'][:150]}")
    if row.get("why"):
        lines.append(f"           [{row['why']}]")
    if row.get("top"):
        lines.append("           [" + ", ".join(f"{n}{w:+.2f}" for n, w in row["top"]) + "]")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--show", default="fn,fp,org")
    ap.add_argument("--cause", default="", help="list only these causes (comma-separated)")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--with-validation", action="store_true")
    ap.add_argument(
        "--splits",
        choices=("cv", "batches"),
        default="cv",
        help="folds: CV by article, or whole annotation batches held out",
    )
    ap.add_argument("--doc", help="print every candidate of this training document")
    args = ap.parse_args()
    corpus = read_corpus(args.gold, args.paths)
    if args.doc:
        dump(corpus, args.doc, args.folds)
        return
    rows = analyse(corpus, args.folds, by_batch=args.splits == "batches")
    print(summary(rows))
    for kind, label in (("fn", "gold posts missed"), ("fp", "false posts"), ("org", "wrong unit")):
        sub = [r for r in rows if r["kind"] == kind]
        causes = Counter(r["cause"] for r in sub)
        print(f"{label}: {len(sub)}  " + ", ".join(f"{c} {n}" for c, n in causes.most_common()))
        sites = Counter(r["where"] for r in sub if "where" in r)
        if sites:
            print("  by site: " + ", ".join(f"{c} {n}" for c, n in sites.most_common()))
    causes_wanted = set(filter(None, args.cause.split(",")))
    for kind in args.show.split(","):
        listed = [
            r
            for r in rows
            if r["kind"] == kind
            and (args.with_validation or r["doc"] not in VALIDATION_FIFTH)
            and (not causes_wanted or r["cause"] in causes_wanted)
        ]
        by: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in listed:
            by[r["cause"]].append(r)
        for cause, rs in sorted(by.items(), key=lambda x: -len(x[1])):
            print(f"\n== {kind} / {cause} ({len(rs)} listed, training documents)")
            for r in sorted(rs, key=lambda r: -r["p"])[: args.limit]:
                print(show(r))


if __name__ == "__main__":
    main()
