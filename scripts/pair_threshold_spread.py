"""How far the PAIRED_WITH threshold moves from one retraining to the next (pairs36).

Reads the annotated corpus once (``--cache``: a pickle of its pairing examples, reused
when present), then retrains the decision (``learn.fit``) on subsets of the articles —
each fifth of ``learn.folds`` dropped in turn (``--splits fifths``), or each annotation
batch dropped in turn (``--splits batches``: forty x articles, the seeds with d01–d154,
the rest) — and prints, for each, the threshold chosen, the frames' flat precision, half
the best F1, and the precision floor's threshold under several rules read off the same
out-of-fold pairs (first crossing; the lowest from which precision stays above the
floor; the first crossing of the curve smoothed over 2 or 4 grid points on each side;
the crossing averaged over resamples of the articles, smoothed by 0, 2 or 4); then each
rule's spread over the retrains (each taken with half the best F1, as ``fit`` does).
Numbers only: no article's text, units or misses.

    .venv/bin/python scripts/pair_threshold_spread.py data/train/gold data/train/corpus \\
        --cache /tmp/pairs_ex.pkl --splits fifths
"""

from __future__ import annotations

import argparse
import pickle
import re
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract import learn

GRID = [x / 100 for x in range(0, 100, 2)]


def batch_of(doc: str) -> str:
    """The annotation batch of ``doc``: forty x articles, the seeds with d…, the rest."""
    m = re.match(r"x(\d+)", doc)
    if m:
        n = int(m.group(1))
        return f"x{(n - 1) // 40 * 40 + 1}"
    if doc.startswith(("d", "s")):
        return "seeds+d"
    return "other"


def alternatives(args: Sequence[Any]) -> dict[str, float]:
    """The floor's threshold under each rule, from the arguments ``fit`` passed
    :func:`learn._bootstrap_floor` (out-of-fold probabilities, labels and documents of
    the model's pairs and the frames', the floor)."""
    probs, ys, pdocs, hprobs, hys, hdocs, floor = args[:7]
    allp, ally = [*probs, *hprobs], [*ys, *hys]
    prec, kept = [], []
    for t in GRID:
        k = [y for p, y in zip(allp, ally, strict=True) if p >= t]
        kept.append(len(k))
        prec.append(sum(k) / len(k) if k else 1.0)
    out = {"first": next((t for t, p in zip(GRID, prec, strict=True) if p >= floor), 1.0)}
    stays = 1.0  # the lowest from which precision stays at the floor (30 or more kept)
    for t, p, k in reversed(list(zip(GRID, prec, kept, strict=True))):
        if k < 30:
            continue
        if p < floor:
            break
        stays = t
    out["stays"] = stays
    for w in (2, 4):
        near = [prec[max(0, i - w) : i + w + 1] for i in range(len(GRID))]
        smooth = [sum(n) / len(n) for n in near]
        out[f"smooth{w}"] = next((t for t, p in zip(GRID, smooth, strict=True) if p >= floor), 1.0)
    for w in (0, 2, 4):
        out[f"boot_w{w}"] = REAL_BOOT(probs, ys, pdocs, hprobs, hys, hdocs, floor, w)
    return out


REAL_BOOT = learn._bootstrap_floor


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--cache", help="a pickle of the examples (written when absent)")
    ap.add_argument("--splits", choices=("fifths", "batches"), default="fifths")
    args = ap.parse_args()
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        ex = pickle.loads(cache.read_bytes())
    else:
        corpus = learn.read_corpus(args.gold, args.corpus)  # pbkg train's default: rules
        ex = learn.examples(corpus, corpus.training_docs)
        if cache:
            cache.write_bytes(pickle.dumps(ex))
    docs = sorted(set(ex.docs))
    if args.splits == "fifths":
        drops = {f"-fifth{i}": set(f) for i, f in enumerate(learn.folds(docs, 5))}
    else:
        groups: dict[str, set[str]] = {}
        for d in docs:
            groups.setdefault(batch_of(d), set()).add(d)
        drops = {f"-{k}": v for k, v in sorted(groups.items())}
    captured: dict[str, Any] = {}

    def boot(*a: Any) -> float:
        captured["floor_args"] = a
        return REAL_BOOT(*a)

    def half(probs: Sequence[float], ys: Sequence[int]) -> float:
        captured["half"] = real_half(probs, ys)
        return float(captured["half"])

    real_half = learn._half_best_f1
    learn._bootstrap_floor, learn._half_best_f1 = boot, half  # type: ignore[assignment]
    learn.PAIR_FLOOR_RULE = "bootstrap"
    shipped, rows = [], []
    for name, dropped in drops.items():
        keep = [d not in dropped for d in ex.docs]
        sub = learn._select(ex, keep)
        sub.hand = [h for h, k in zip(ex.hand, keep, strict=True) if k]
        sub.vetoed = [v for v, k in zip(ex.vetoed, keep, strict=True) if k]
        m = learn.fit(sub)
        shipped.append(m.threshold)
        rules = alternatives(captured["floor_args"])
        rows.append({k: max(v, captured["half"]) for k, v in rules.items()})
        flat = statistics.mean(m.hand_curve[1]) if m.hand_curve else float("nan")
        print(
            f"{name:10} docs {len(set(sub.docs)):4} threshold {m.threshold:.2f} "
            f"frames {flat:.3f} half {captured['half']:.3f} "
            + " ".join(f"{k} {v:.2f}" for k, v in rules.items()),
            flush=True,
        )
    print(f"shipped rule {min(shipped):.2f}-{max(shipped):.2f} sd {statistics.pstdev(shipped):.3f}")
    for k in rows[0]:
        v = [float(r[k]) for r in rows]
        print(f"  {k:9} {min(v):.2f}-{max(v):.2f} sd {statistics.pstdev(v):.3f}")


if __name__ == "__main__":
    main()
