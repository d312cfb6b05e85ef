"""The one door to python-crfsuite: train a linear-chain CRF and tag with it.

A CRFsuite model file is CRFsuite's own binary format (feature strings, labels and
weights), read by its C library: data, not code, so safe to load from a user's path."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# L-BFGS with an L1 term: L1 drives most of the rare features' weights to zero, so the
# shipped file stays small; minfreq drops features seen fewer times before training.
TRAIN_PARAMS: dict[str, float | int] = {
    "c1": 1.0,
    "c2": 0.01,
    "max_iterations": 120,
    "feature.minfreq": 3,
}


def train_crf(
    xseqs: Sequence[Sequence[Sequence[str]]],
    yseqs: Sequence[Sequence[str]],
    path: str | Path,
    params: dict[str, float | int] | None = None,
) -> None:
    """Fit a CRF on sequences of per-item feature lists and their labels; write it to
    ``path``. Deterministic for the same data (L-BFGS, no sampling)."""
    import pycrfsuite  # imported on first use: see CrfTagger.__init__

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for x, y in zip(xseqs, yseqs, strict=True):
        trainer.append(list(x), list(y))
    trainer.set_params({**TRAIN_PARAMS, **(params or {})})
    trainer.train(str(path))


class CrfTagger:
    """A trained CRF: labels and per-item marginals of a sequence."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        # python-crfsuite is imported here, not at the top: the tagger is off by default,
        # and every extraction process would pay its import (~3.5 ms) at start-up.
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(self.path)
        self._labels = frozenset(self._tagger.labels())

    def tag(
        self, xseq: Sequence[Sequence[str]], labels: Sequence[str]
    ) -> tuple[list[str], list[float]]:
        """The best labels of ``xseq`` and, per item tagged with one of ``labels``, the
        marginal probability that it has one of them (the confidence that the item is
        inside a span); 0.0 for the other items (computed only where needed: it costs)."""
        self._tagger.set(list(xseq))
        ys = self._tagger.tag()
        known = [y for y in labels if y in self._labels]
        marginal = self._tagger.marginal
        return ys, [
            sum(marginal(y, i) for y in known) if ys[i] in known else 0.0 for i in range(len(ys))
        ]
