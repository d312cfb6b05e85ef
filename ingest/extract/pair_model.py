"""A learned linear decision, stored as data: JSON weights that loading cannot execute.

``LinearModel`` is what ``pbkg train`` writes and extraction reads: named feature
weights (the readable output of scikit-learn's ``DictVectorizer`` + logistic regression),
an intercept, a calibration fitted on cross-validated scores (Platt's sigmoid, or an
isotonic curve of points) — so that ``confidence`` is a probability that the relation is
right — and the acceptance
threshold chosen in cross-validation. Prediction is a dot product in plain Python: no
scikit-learn at run time, and a model from an untrusted path is only numbers.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat
from operator import mul
from pathlib import Path
from typing import Any

FORMAT = "pbkg-linear-model/1"
# A model with boosted trees: a reader that knows only the linear format must refuse it.
FORMAT_TREES = "pbkg-boosted-model/1"
# A linear model whose pairs are scored occurrence by occurrence (``pooling``): a reader
# that would score the merged features with its weights must refuse it.
FORMAT_POOLED = "pbkg-pooled-linear-model/1"


class ModelError(ValueError):
    """A model file that is not a pbkg linear model (wrong format, missing fields)."""


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class Tree:
    """One regression tree of a boosted model, as arrays (node 0 is the root): node ``i``
    sends a candidate to ``left[i]`` when its value of ``feature[i]`` (0 when absent) is
    at most ``threshold[i]``, else to ``right[i]``; a leaf has feature ``""``.
    ``value[i]`` is what the tree adds to the score at a leaf, and at a split the
    training-weighted mean of its leaves (so that each split's share of a decision can
    be read: :meth:`contributions`)."""

    feature: tuple[str, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def __post_init__(self) -> None:
        n = len(self.feature)
        if not n or any(len(x) != n for x in (self.threshold, self.left, self.right, self.value)):
            raise ModelError("tree arrays of unequal length")
        for i, f in enumerate(self.feature):
            # children come after their parent: a walk always ends
            if f and not (i < self.left[i] < n and i < self.right[i] < n):
                raise ModelError(f"tree node {i}: child out of range")

    def __reduce__(self) -> tuple[type[Tree], tuple[Any, ...]]:
        # Pickled (a --model sent to --jobs or Dask workers) through the constructor:
        # compiled by mypyc, the class would unpickle by setting fields one by one, which
        # a frozen dataclass refuses.
        return Tree, (self.feature, self.threshold, self.left, self.right, self.value)

    def _path(self, features: Mapping[str, float]) -> list[int]:
        i, path = 0, [0]
        while self.feature[i]:
            go_left = features.get(self.feature[i], 0.0) <= self.threshold[i]
            i = self.left[i] if go_left else self.right[i]
            path.append(i)
        return path

    def output(self, features: Mapping[str, float]) -> float:
        return self.value[self._path(features)[-1]]

    def contributions(self, features: Mapping[str, float]) -> list[tuple[str, float]]:
        """Each split on the candidate's path with how much it moved the tree's output
        (``name`` when the feature is present, ``!name`` when absent)."""
        path = self._path(features)
        out = []
        for i, j in itertools.pairwise(path):
            name = self.feature[i]
            label = name if features.get(name, 0.0) > self.threshold[i] else f"!{name}"
            out.append((label, self.value[j] - self.value[i]))
        return out

    def _doc(self) -> dict[str, Any]:
        return {
            "feature": list(self.feature),
            "threshold": [round(t, 6) for t in self.threshold],
            "left": list(self.left),
            "right": list(self.right),
            "value": [round(v, 6) for v in self.value],
        }

    @classmethod
    def _from_doc(cls, doc: Any) -> Tree:
        return cls(
            tuple(str(f) for f in doc["feature"]),
            tuple(float(t) for t in doc["threshold"]),
            tuple(int(i) for i in doc["left"]),
            tuple(int(i) for i in doc["right"]),
            tuple(float(v) for v in doc["value"]),
        )


def _check_curve(curve: tuple[tuple[float, ...], tuple[float, ...]]) -> None:
    xs, ys = curve
    if len(xs) != len(ys) or not xs:
        raise ModelError("calibration curve: scores and probabilities of unequal length")
    if any(a >= b for a, b in itertools.pairwise(xs)):
        raise ModelError("calibration curve: scores not increasing")
    if any(a > b for a, b in itertools.pairwise(ys)) or not 0.0 <= ys[0] <= ys[-1] <= 1.0:
        raise ModelError("calibration curve: probabilities not rising within 0..1")


def interpolate(x: float, xs: tuple[float, ...], ys: tuple[float, ...]) -> float:
    """The curve through the points (xs, ys) at ``x``, straight between points and flat
    beyond the ends (what numpy.interp and scikit-learn's IsotonicRegression.predict
    with out_of_bounds="clip" compute)."""
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    i = bisect.bisect_right(xs, x)
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def _heaviest_first(part: tuple[str, float]) -> tuple[float, str]:
    return -abs(part[1]), part[0]


@dataclass(frozen=True)
class LinearModel:
    task: str  # PAIRED_WITH
    weights: Mapping[str, float]
    intercept: float
    calibration: tuple[float, float] = (1.0, 0.0)  # Platt: p = sigmoid(a * score + b)
    threshold: float = 0.5  # on the calibrated probability
    meta: Mapping[str, Any] = field(default_factory=dict)
    # The HOLDS_POST decision shipped in the same file (a pairings-only file has none:
    # posts then come from the shipped model, else from the hand rules).
    posts: LinearModel | None = None
    # Boosted regression trees (gradient boosting) added to the linear score: a
    # non-linear decision, still only numbers
    trees: tuple[Tree, ...] = ()
    # An isotonic calibration instead of Platt's: the probability at each score, rising
    # (points of scikit-learn's IsotonicRegression), followed straight between points
    curve: tuple[tuple[float, ...], tuple[float, ...]] | None = None
    # The calibration of the pairs a hand-written frame reads (a curve of the same form;
    # pbkg train writes a flat one, the frames' out-of-fold precision): extraction keeps
    # them whatever the score, and they are right far more often than candidates of the
    # same score the model alone decides, so one curve cannot say both's precision
    hand_curve: tuple[tuple[float, ...], tuple[float, ...]] | None = None
    # How a pair's occurrences meet the weights. 0: merged into one vector first (each
    # feature at its highest over the occurrences). r > 0: each occurrence scored with
    # the pair's own features, the pair's score their log-sum-exp of sharpness r,
    # (1/r)·log Σ exp(r·s_i) — near the best occurrence's score, raised a little by each
    # other occurrence that says as much (r → ∞: the best one alone). So a cue of one
    # sentence and a structure of another no longer add up as if one sentence said both.
    pooling: float = 0.0

    def __reduce__(self) -> tuple[type[LinearModel], tuple[Any, ...]]:
        # As Tree.__reduce__: the constructor, not field-by-field, so that a compiled
        # model reaches a worker process (the fields in their declared order).
        return LinearModel, (
            self.task,
            dict(self.weights),
            self.intercept,
            self.calibration,
            self.threshold,
            dict(self.meta),
            self.posts,
            self.trees,
            self.curve,
            self.hand_curve,
            self.pooling,
        )

    def occurrence_scores(
        self, shared: Mapping[str, float], occurrences: Iterable[Mapping[str, float]]
    ) -> list[float]:
        """The score of each occurrence: the pair's own features (``shared``) with the
        occurrence's (a feature of both counted once); ``[score(shared)]`` without any."""
        base = self.score(shared)
        get = self.weights.get
        out = []
        for occ in occurrences:
            if shared.keys().isdisjoint(occ):  # the usual case: products made by map in C
                part = sum(map(mul, map(get, occ.keys(), repeat(0.0)), occ.values()))
            else:
                part = sum(get(k, 0.0) * v for k, v in occ.items() if k not in shared)
            out.append(base + part)
        return out or [base]

    def pooled_score(
        self, shared: Mapping[str, float], occurrences: Iterable[Mapping[str, float]]
    ) -> float:
        """The pair's score under log-sum-exp pooling (:attr:`pooling`) of its
        occurrences' scores (:meth:`occurrence_scores`)."""
        scores = self.occurrence_scores(shared, occurrences)
        top = max(scores)
        r = self.pooling
        return top + math.log(sum(math.exp(r * (s - top)) for s in scores)) / r

    def witness(
        self, shared: Mapping[str, float], occurrences: Sequence[Mapping[str, float]]
    ) -> dict[str, float]:
        """The features that speak for a pooled pair (what :meth:`explain` reads): the
        pair's own with those of its highest-scoring occurrence (the first on ties)."""
        out = dict(shared)
        if occurrences:
            scores = self.occurrence_scores(shared, occurrences)
            best = occurrences[scores.index(max(scores))]
            for k, v in best.items():
                if v > out.get(k, 0.0):
                    out[k] = v
        return out

    def probability_of(self, score: float, hand: bool = False) -> float:
        """:meth:`probability` of a score already computed (a pooled one)."""
        if hand and self.hand_curve is not None:
            return interpolate(score, *self.hand_curve)
        return self.calibrated(score)

    def score(self, features: Mapping[str, float]) -> float:
        # sum(w.get(k, 0.0) * v for k, v in features.items()), with the products made by
        # map in C: the same floats added in the same order, a third less time
        weights = map(self.weights.get, features.keys(), repeat(0.0))
        linear = self.intercept + sum(map(mul, weights, features.values()))
        if not self.trees:
            return linear
        return linear + sum(t.output(features) for t in self.trees)

    def probability(self, features: Mapping[str, float], hand: bool = False) -> float:
        """The calibrated probability that the candidate is a true relation; ``hand``:
        a hand-written frame reads it (then on the frames' own curve, where there is one)."""
        return self.probability_of(self.score(features), hand)

    def calibrated(self, score: float) -> float:
        """The probability of a raw score: on the isotonic curve, else Platt's sigmoid."""
        if self.curve is not None:
            return interpolate(score, *self.curve)
        a, b = self.calibration
        return sigmoid(a * score + b)

    def accepts(self, probability: float) -> bool:
        return probability >= self.threshold

    def explain(self, features: Mapping[str, float], top: int = 5) -> list[tuple[str, float]]:
        """The features that weighed most in this decision, heaviest first."""
        # the products made by map as in score; each total rounded once; the top few
        # picked by heapq.nsmallest, which is sorted(...)[:top] without the full sort
        keys = features.keys()
        weights = map(self.weights.get, keys, repeat(0.0))
        totals = dict(zip(keys, map(mul, weights, features.values()), strict=True))
        for t in self.trees:
            for k, c in t.contributions(features):
                totals[k] = totals.get(k, 0.0) + c
        items: Iterable[tuple[str, float]] = totals.items()
        if top > 0 and len(totals) > top:
            # |round(c, 9)| is |c| rounded, never falling as |c| rises: a contribution
            # more than 2e-9 below the top-th largest |c| rounds below it and cannot be
            # among the heaviest, so only the few near the top are rounded and ranked
            floor = heapq.nlargest(top, map(abs, totals.values()))[-1] - 2e-9
            items = [(k, c) for k, c in items if abs(c) >= floor]
        parts = [(k, r) for k, c in items if (r := round(c, 9))]
        return heapq.nsmallest(top, parts, key=_heaviest_first)

    def to_json(self) -> str:
        """Deterministic text: same model → same bytes."""
        return json.dumps(self._doc(), ensure_ascii=False, indent=1, sort_keys=False) + "\n"

    def _doc(self) -> dict[str, Any]:
        doc = {
            "format": FORMAT_TREES if self.trees else FORMAT_POOLED if self.pooling else FORMAT,
            "task": self.task,
            "intercept": round(self.intercept, 6),
            # a curve is written where Platt's pair was: a reader that knows only the pair
            # refuses the file instead of reading other probabilities from it
            "calibration": (
                {"scores": list(self.curve[0]), "probabilities": list(self.curve[1])}
                if self.curve is not None
                else [round(self.calibration[0], 6), round(self.calibration[1], 6)]
            ),
            "threshold": round(self.threshold, 4),
            "meta": self.meta,
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if round(v, 6)},
        }
        if self.hand_curve is not None:
            doc["hand_calibration"] = {
                "scores": list(self.hand_curve[0]),
                "probabilities": list(self.hand_curve[1]),
            }
        if self.pooling:
            doc["pooling"] = {"log_sum_exp_sharpness": self.pooling}
        if self.trees:
            doc["trees"] = [t._doc() for t in self.trees]
        if self.posts is not None:
            doc["posts"] = self.posts._doc()
        return doc

    @classmethod
    def from_json(cls, text: str, source: str = "model") -> LinearModel:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ModelError(f"{source}: not JSON ({exc.msg}, line {exc.lineno})") from exc
        return cls._from_doc(doc, source)

    @classmethod
    def _from_doc(cls, doc: Any, source: str) -> LinearModel:
        if not isinstance(doc, dict) or doc.get("format") not in (
            FORMAT,
            FORMAT_TREES,
            FORMAT_POOLED,
        ):
            raise ModelError(f"{source}: not a {FORMAT}, {FORMAT_POOLED} or {FORMAT_TREES} file")
        posts = cls._from_doc(doc["posts"], f"{source} (posts)") if "posts" in doc else None
        try:
            weights = {str(k): float(v) for k, v in doc["weights"].items()}
            cal = doc.get("calibration", [1.0, 0.0])
            curve = None
            if isinstance(cal, dict):
                curve = (
                    tuple(float(x) for x in cal["scores"]),
                    tuple(float(y) for y in cal["probabilities"]),
                )
                _check_curve(curve)
                cal = [1.0, 0.0]
            pooling = doc.get("pooling")
            if bool(pooling) != (doc["format"] == FORMAT_POOLED):
                raise ModelError(f"{source}: pooling and format {doc['format']} disagree")
            hand = doc.get("hand_calibration")
            hand_curve = None
            if hand is not None:
                hand_curve = (
                    tuple(float(x) for x in hand["scores"]),
                    tuple(float(y) for y in hand["probabilities"]),
                )
                _check_curve(hand_curve)
            return cls(
                task=str(doc["task"]),
                weights=weights,
                intercept=float(doc["intercept"]),
                calibration=(float(cal[0]), float(cal[1])),
                curve=curve,
                hand_curve=hand_curve,
                threshold=float(doc.get("threshold", 0.5)),
                meta=dict(doc.get("meta") or {}),
                posts=posts,
                trees=tuple(Tree._from_doc(t) for t in doc.get("trees") or ()),
                pooling=float(pooling["log_sum_exp_sharpness"]) if pooling else 0.0,
            )
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise ModelError(f"{source}: malformed model ({exc})") from exc

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise ModelError(f"{p}: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise ModelError(f"{p}: not a pbkg model (not UTF-8 text)") from exc
        return cls.from_json(text, str(p))


@cache
def default_model(task: str = "pairings") -> LinearModel | None:
    """The model shipped with pbkg (``ingest/extract/models/<task>.json``), if any."""
    ref = resources.files("ingest.extract").joinpath("models", f"{task}.json")
    if not ref.is_file():
        return None
    return LinearModel.from_json(ref.read_text(encoding="utf-8"), f"{task}.json")
