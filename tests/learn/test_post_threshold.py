"""The posts model's acceptance threshold: the middle of the F1 curve's broad top."""

from __future__ import annotations

import random

from ingest.extract.learn import _best_threshold, steady_threshold


def _calibrated(n: int, seed: int) -> tuple[list[float], list[int]]:
    """``n`` candidates whose probability is exactly how often they are right."""
    rng = random.Random(seed)
    probs = [rng.random() for _ in range(n)]
    return probs, [int(rng.random() < p) for p in probs]


def test_separated_classes_get_a_threshold_inside_the_gap_not_at_its_edge() -> None:
    # every threshold in (0.1, 0.9] keeps exactly the positives; the window of six grid
    # steps on each side must lie on that plateau: the first such threshold is 0.24
    assert steady_threshold([0.9, 0.9, 0.1, 0.1], [1, 1, 0, 0]) == 0.24
    assert steady_threshold([0.9, 0.9, 0.1, 0.1], [1, 1, 0, 0], window=0) == 0.12


def test_leaving_out_a_fifth_of_the_candidates_hardly_moves_the_threshold() -> None:
    probs, ys = _calibrated(400, seed=7)
    steady, peak = [], []
    for k in range(5):
        rng = random.Random(k)
        keep = [i for i in range(len(probs)) if rng.random() > 0.2]
        sub_p, sub_y = [probs[i] for i in keep], [ys[i] for i in keep]
        steady.append(steady_threshold(sub_p, sub_y))
        peak.append(_best_threshold(sub_p, sub_y))
    assert max(steady) - min(steady) <= 0.02
    assert max(peak) - min(peak) >= 0.1  # the raw arg-max jumps between plateaus
