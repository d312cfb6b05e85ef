"""The model file is data: JSON weights that loading cannot execute, written the same
bytes for the same model, with a calibrated probability."""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from ingest.extract.pair_model import LinearModel, ModelError, Tree, default_model


def _model() -> LinearModel:
    return LinearModel(
        "PAIRED_WITH",
        {"cue=结对": 2.0, "marker=visit": -3.0},
        -1.0,
        calibration=(1.0, 0.0),
        threshold=0.5,
        meta={"trained_on": {"documents": 2}},
    )


def test_a_model_round_trips_through_json_byte_for_byte() -> None:
    text = _model().to_json()
    again = LinearModel.from_json(text)
    assert again == _model()
    assert again.to_json() == text


def test_a_model_reaches_a_worker_process_whole() -> None:
    # --model with --jobs or Dask pickles the model to the workers; compiled by mypyc, a
    # frozen dataclass once failed to unpickle there (FrozenInstanceError on 'task')
    tree = Tree(("cue=结对", "", ""), (0.5, 0.0, 0.0), (1, 0, 0), (2, 0, 0), (0.0, -0.5, 0.5))
    whole = replace(
        _model(),
        posts=replace(_model(), task="HOLDS_POST"),
        trees=(tree,),
        curve=((-1.0, 1.0), (0.1, 0.9)),
        hand_curve=((0.0, 1.0), (0.92, 0.92)),
        pooling=2.0,
    )
    for model in (whole, default_model()):
        assert pickle.loads(pickle.dumps(model)) == model


def test_probability_follows_the_weights_and_the_threshold_decides() -> None:
    m = _model()
    pairing = m.probability({"bias": 1.0, "cue=结对": 1.0})
    visit = m.probability({"bias": 1.0, "cue=结对": 1.0, "marker=visit": 1.0})
    assert pairing > 0.5 > visit
    assert m.accepts(pairing) and not m.accepts(visit)
    assert m.explain({"cue=结对": 1.0, "marker=visit": 1.0})[0] == ("marker=visit", -3.0)


def test_a_pickle_or_garbage_is_refused_with_its_path(tmp_path: Path) -> None:
    bad = tmp_path / "model.pkl"
    bad.write_bytes(pickle.dumps({"weights": {}}))
    with pytest.raises(ModelError, match=r"model\.pkl"):
        LinearModel.load(bad)
    other = tmp_path / "other.json"
    other.write_text('{"format": "something-else"}', encoding="utf-8")
    with pytest.raises(ModelError, match="not a pbkg-linear-model/1"):
        LinearModel.load(other)
    with pytest.raises(ModelError, match=r"missing\.json"):
        LinearModel.load(tmp_path / "missing.json")


def test_the_shipped_model_loads_and_says_what_it_was_trained_on() -> None:
    m = default_model()
    assert m is not None and m.task == "PAIRED_WITH"
    assert m.meta["trained_on"]["documents"] >= 159
    assert 0.0 < m.threshold < 1.0


def test_an_isotonic_curve_gives_the_probability_and_round_trips() -> None:
    """A curve of points replaces Platt's sigmoid: straight between points, flat
    beyond the ends, written where the pair was so that an older reader refuses it."""
    m = replace(_model(), curve=((-1.0, 0.0, 2.0), (0.1, 0.4, 0.9)))
    assert m.calibrated(-5.0) == 0.1 and m.calibrated(9.0) == 0.9
    assert m.calibrated(1.0) == pytest.approx(0.65)
    assert m.probability({"cue=结对": 1.0}) == pytest.approx(0.4 + 0.5 * 1.0 / 2.0)
    text = m.to_json()
    assert '"probabilities": [' in text
    again = LinearModel.from_json(text)
    assert again == m and again.to_json() == text


@pytest.mark.parametrize(
    "curve",
    [
        {"scores": [0.0, 1.0], "probabilities": [0.2]},
        {"scores": [1.0, 0.0], "probabilities": [0.2, 0.3]},
        {"scores": [0.0, 1.0], "probabilities": [0.5, 0.3]},
        {"scores": [0.0, 1.0], "probabilities": [0.5, 1.3]},
    ],
)
def test_a_curve_that_is_no_calibration_is_refused(curve: dict[str, list[float]]) -> None:
    doc = json.loads(_model().to_json())
    doc["calibration"] = curve
    with pytest.raises(ModelError, match="calibration curve"):
        LinearModel.from_json(json.dumps(doc))


def test_the_pairs_a_hand_frame_reads_have_their_own_curve_and_it_round_trips() -> None:
    """A hand frame's pair is kept whatever its score; its probability is read on the
    frames' own curve, the model's on the model's — and a file without the frames' curve
    (older pbkg) reads every pair on the model's."""
    m = replace(
        _model(),
        curve=((-1.0, 0.0, 2.0), (0.1, 0.4, 0.9)),
        hand_curve=((-2.0, 1.0), (0.8, 0.95)),
    )
    f = {"marker=visit": 1.0}  # score -4: the bottom of both curves
    assert m.probability(f) == pytest.approx(0.1)
    assert m.probability(f, hand=True) == pytest.approx(0.8)
    text = m.to_json()
    assert '"hand_calibration": {' in text
    again = LinearModel.from_json(text)
    assert again == m and again.to_json() == text
    doc = json.loads(text)
    del doc["hand_calibration"]
    older = LinearModel.from_json(json.dumps(doc))
    assert older.probability(f, hand=True) == pytest.approx(0.1)
