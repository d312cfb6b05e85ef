"""``LinearModel.explain`` names the heaviest features of a decision: rounded to 9
decimals, heaviest first, ties by name — whatever shortcut it takes to find them."""

from __future__ import annotations

import random

from ingest.extract.pair_model import LinearModel


def reference(model: LinearModel, features: dict[str, float], top: int) -> list:
    """The definition: every contribution rounded, ranked by size then name."""
    parts = [(k, round(model.weights.get(k, 0.0) * v, 9)) for k, v in features.items()]
    parts = [(k, r) for k, r in parts if r]
    return sorted(parts, key=lambda p: (-abs(p[1]), p[0]))[:top]


def test_the_heaviest_features_are_those_of_the_definition_even_on_near_ties() -> None:
    rng = random.Random(7)
    for _ in range(500):
        n = rng.randint(0, 40)
        # weights drawn from a few values, some a hair apart (below and above the
        # rounding step), so that ties and near-ties decide the order
        base = [0.5, -0.5, 0.25, 0.1234567891, -0.1234567894, 1e-10, 0.0]
        weights = {
            f"f{i}": rng.choice(base) + rng.choice([0.0, 0.0, 3e-10, -3e-10, 2e-9])
            for i in range(n)
        }
        model = LinearModel("PAIRED_WITH", weights, 0.0)
        features = {k: rng.choice([1.0, 1.0, 0.5, 2.0]) for k in rng.sample(sorted(weights), n)}
        features["unknown"] = 1.0  # no weight: never named
        for top in (0, 1, 3, 6):
            assert model.explain(features, top=top) == reference(model, features, top)
