"""The PAIRED_WITH threshold rules scored on articles the model did not see (pairs63).

One model is trained per held-out set (the threshold does not change the model), then
the held-out articles are decided at each threshold a rule would ship and at a fixed
grid, and only pairings tp/fp/fn summed over the held-out articles are printed. The
rules read the training articles' out-of-fold pairs (:func:`learn.fit`'s own): half the
best F1 alone ("off"), with the bootstrap precision floor at 0.84 (shipped), 0.80, 0.75,
0.70; and the same read on out-of-fold scores of block folds (consecutive annotation
batches held out, :func:`learn.block_folds`) put through the shipped curve ("grp").

    .venv/bin/python scripts/pair_threshold_sweep.py heldout TRAIN_DIR TEST_DIR
    .venv/bin/python scripts/pair_threshold_sweep.py batches READABLE_DIR [grouped]
    .venv/bin/python scripts/pair_threshold_sweep.py cv READABLE_DIR [grouped]

``batches`` holds out each x annotation batch of ``pair_generalise.batch_groups`` in turn
(trained on every other article given) and sums them; ``cv``, 5-fold CV by article;
``grouped`` adds the "grp" rules (five fits more per model). A DIR holds ``gold/`` and
``corpus/``. Only sums over documents are printed: run the per-group modes on the
readable articles only.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest.extract import learn
from ingest.extract.evaluate import evaluate
from ingest.extract.pair_model import LinearModel
from ingest.extract.pipeline import decide_with, file_records

FLOORS = (0.84, 0.80, 0.75, 0.70)
GRID = tuple(x / 100 for x in range(30, 62, 2))

_seen: dict[str, Any] = {}
_original_floor = learn._bootstrap_floor


def _capture_floor(*args: Any, **kw: Any) -> float:
    """learn._bootstrap_floor, keeping its inputs (the out-of-fold pairs) for the rules."""
    _seen["floor_args"] = args
    return _original_floor(*args, **kw)


learn._bootstrap_floor = _capture_floor  # type: ignore[assignment]


def _rule_thresholds(
    probs: Sequence[float],
    ys: Sequence[int],
    docs: Sequence[str],
    hprobs: Sequence[float],
    hys: Sequence[int],
    hdocs: Sequence[str],
    tag: str,
) -> dict[str, float]:
    half = learn._half_best_f1(probs, ys)
    out = {f"{tag}off": half}
    for f in FLOORS:
        fl = _original_floor(probs, ys, docs, hprobs, hys, hdocs, f, learn.PAIR_FLOOR_WINDOW)
        out[f"{tag}{f:.2f}"] = max(half, fl)
    return out


OutOfFold = tuple[list[float], list[int], list[str], list[float], list[int], list[str]]


def _grouped_oof(ex: learn.Examples, model: LinearModel) -> OutOfFold:
    """Out-of-fold scores of block folds, through ``model``'s curve, split model/hand."""
    bags = learn._bags(ex)
    hand_of = ex.hand or [False] * len(ex.labels)
    vetoed_of = ex.vetoed or [False] * len(ex.labels)
    mp: list[float] = []
    my: list[int] = []
    md: list[str] = []
    hp: list[float] = []
    hy: list[int] = []
    hd: list[str] = []
    for held in learn.block_folds(sorted(set(ex.docs)), learn.CALIBRATION_FOLDS):
        hs = set(held)
        m = learn._fit_pair_model(learn._select(ex, [d not in hs for d in ex.docs]), None)
        for f, b, y, d, h, v in zip(
            ex.features, bags, ex.labels, ex.docs, hand_of, vetoed_of, strict=True
        ):
            if d in hs and not v:
                p = model.calibrated(learn._pair_score(m, f, b))
                (hp if h else mp).append(p)
                (hy if h else my).append(y)
                (hd if h else md).append(d)
    return mp, my, md, hp, hy, hd


def train_rules(corpus: learn.Corpus, docs: Iterable[str], grouped: bool) -> tuple[Any, dict]:
    ex = learn.examples(corpus, sorted(docs))
    _seen.clear()
    model = learn.fit(ex)
    probs, ys, mdocs, hprobs, hys, hdocs = _seen["floor_args"][:6]
    rules = {"shipped": model.threshold}
    rules |= _rule_thresholds(probs, ys, mdocs, hprobs, hys, hdocs, "")
    if grouped:
        rules |= _rule_thresholds(*_grouped_oof(ex, model), "grp")
    return model, rules


def counts(corpus: learn.Corpus, docs: set[str], model: LinearModel, t: float) -> list[int]:
    m = replace(model, threshold=t)
    decided = [decide_with(r, m, None) for r in corpus.readings if r.base.article.doc in docs]
    records = [x for x in file_records(decided) if isinstance(x, dict)]
    p = evaluate({d: corpus.gold[d] for d in docs}, records).summary()["pairings"]
    return [int(p["tp"]), int(p["fp"]), int(p["fn"])]


def score(corpus: learn.Corpus, test: set[str], model: Any, rules: dict) -> dict[str, list[int]]:
    ts = sorted(set(GRID) | set(rules.values()))
    at = {t: counts(corpus, test, model, t) for t in ts}
    out = {f"t={t:.2f}": at[t] for t in ts}
    out |= {name: at[t] for name, t in rules.items()}
    return out


def _f(c: Sequence[int]) -> str:
    tp, fp, fn = c
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    pr = tp / (tp + fp) if tp + fp else 0.0
    return f"F1 {f:.3f} P {pr:.3f} tp {tp:4} fp {fp:4} fn {fn:4}"


def report(title: str, rows: dict[str, list[int]], rules: dict[str, float] | None) -> None:
    print(title, flush=True)
    for name, c in rows.items():
        t = f" (t {rules[name]:.2f})" if rules and name in rules else ""
        print(f"  {name:10} {_f(c)}{t}", flush=True)


def _read(d: Path) -> learn.Corpus:
    return learn.read_corpus(d / "gold", [d / "corpus"])


def main() -> None:
    mode, *dirs = sys.argv[1:]
    t0 = time.time()
    if mode == "heldout":
        train_c, test_c = _read(Path(dirs[0])), _read(Path(dirs[1]))
        print(f"read {len(train_c.docs)} + {len(test_c.docs)} in {time.time() - t0:.0f} s")
        model, rules = train_rules(train_c, train_c.docs, grouped=True)
        print(f"trained in {time.time() - t0:.0f} s", flush=True)
        report("held out", score(test_c, set(test_c.docs), model, rules), rules)
        return
    corpus = _read(Path(dirs[0]))
    print(f"read {len(corpus.docs)} in {time.time() - t0:.0f} s", flush=True)
    if mode == "cv":
        groups = {f"fold{i}": set(f) for i, f in enumerate(learn.folds(corpus.docs, 5))}
    else:
        from pair_generalise import batch_groups

        # the x annotation batches: the traditional pages and the seeds with the d
        # articles are not pooled into the x figure, so they are not held out here
        groups = {k: v for k, v in batch_groups(corpus).items() if k.startswith("x")}
    grouped = len(sys.argv) > 3 and sys.argv[3] == "grouped"
    total: dict[str, list[int]] = {}
    for name, group in groups.items():
        model, rules = train_rules(corpus, set(corpus.docs) - group, grouped)
        rows = score(corpus, group, model, rules)
        print(
            f"{name} n={len(group)} {time.time() - t0:.0f} s: "
            + " ".join(f"{k}={v:.2f}" for k, v in rules.items()),
            flush=True,
        )
        for k, v in rows.items():
            # a threshold off the grid is one group's rule: summed, it would be partial
            on_grid = not k.startswith("t=") or k in {f"t={t:.2f}" for t in GRID}
            if on_grid and (mode == "cv" or name.startswith("x")):
                total[k] = [a + b for a, b in zip(total.get(k, [0, 0, 0]), v, strict=True)]
        report(f"  {name}", {k: v for k, v in rows.items() if not k.startswith("t=")}, rules)
    report(f"{mode} pooled" + (" (x batches)" if mode != "cv" else ""), total, None)


if __name__ == "__main__":
    main()
