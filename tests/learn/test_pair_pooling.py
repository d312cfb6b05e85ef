"""A pair scored occurrence by occurrence (issue 14): each occurrence with the pair's own
features, the pair's score their log-sum-exp, so a cue of one sentence and a structure
of another do not add up as if one sentence said both. Features are invented names."""

from __future__ import annotations

import math

import pytest

from ingest.extract import learn
from ingest.extract.learn import Examples, _fit_linear, _fit_pooled, fit
from ingest.extract.pair_model import FORMAT_POOLED, LinearModel, ModelError


def _pooled(r: float = 4.0) -> LinearModel:
    return LinearModel("PAIRED_WITH", {"cue": 1.0, "conj": 1.0, "side": -0.5}, -1.0, pooling=r)


def test_the_pooled_score_is_the_log_sum_exp_of_the_occurrences_scores() -> None:
    m = _pooled()
    shared = {"side": 1.0}
    occs = ({"cue": 1.0}, {"cue": 1.0, "conj": 1.0})
    assert m.occurrence_scores(shared, occs) == [-0.5, 0.5]
    want = math.log(math.exp(4 * -0.5) + math.exp(4 * 0.5)) / 4
    assert m.pooled_score(shared, occs) == pytest.approx(want)
    # one occurrence: its own score; none: the pair's own features alone
    assert m.pooled_score(shared, occs[:1]) == pytest.approx(-0.5)
    assert m.pooled_score(shared, ()) == pytest.approx(-1.5)
    # a feature of the pair and of an occurrence is counted once
    assert m.occurrence_scores({"cue": 1.0}, ({"cue": 1.0},)) == [0.0]


def test_halves_in_two_occurrences_score_below_both_in_one() -> None:
    m = _pooled()
    together = m.pooled_score({}, ({"cue": 1.0, "conj": 1.0},))
    apart = m.pooled_score({}, ({"cue": 1.0}, {"conj": 1.0}))
    merged = m.score({"cue": 1.0, "conj": 1.0})  # what a merged vector would say
    assert together == pytest.approx(merged)
    assert apart < together


def test_the_witness_is_the_pairs_own_features_with_its_best_occurrence() -> None:
    m = _pooled()
    w = m.witness({"side": 1.0}, ({"cue": 1.0}, {"cue": 1.0, "conj": 1.0}))
    assert w == {"side": 1.0, "cue": 1.0, "conj": 1.0}
    assert m.explain(w, top=3) == [("conj", 1.0), ("cue", 1.0), ("side", -0.5)]


def test_a_pooled_model_has_its_own_format_and_round_trips() -> None:
    m = _pooled()
    text = m.to_json()
    assert f'"format": "{FORMAT_POOLED}"' in text
    again = LinearModel.from_json(text)
    assert again == m and again.to_json() == text
    # a reader of the linear format refuses it; a linear file claiming pooling is refused
    with pytest.raises(ModelError, match="disagree"):
        LinearModel.from_json(text.replace(FORMAT_POOLED, "pbkg-linear-model/1"))


def _split_examples() -> Examples:
    """Pairs whose label is 'cue and conj in one occurrence': the negatives hold both,
    each in an occurrence of its own; forty invented documents."""
    ex = Examples([], [], [])
    for k in range(400):
        pos = k % 2 == 0
        occs: tuple[dict[str, float], ...] = (
            ({"cue": 1.0, "conj": 1.0},) if pos else ({"cue": 1.0}, {"conj": 1.0})
        )
        shared = {"bias": 1.0, f"noise={k % 7}": 1.0}
        merged = {**shared, "cue": 1.0, "conj": 1.0}
        ex.features.append(merged)
        ex.labels.append(int(pos))
        ex.docs.append(f"doc{k % 40:02d}")
        ex.bags.append((shared, occs))
    return ex


def test_the_pooled_learner_tells_one_sentence_from_two_halves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ex = _split_examples()
    model = fit(ex)
    assert model.pooling == learn.PAIR_POOLING > 0
    one = model.probability_of(model.pooled_score(*ex.bags[0]))
    two = model.probability_of(model.pooled_score(*ex.bags[1]))
    assert one > 0.9 and two < 0.1
    monkeypatch.setattr(learn, "PAIR_POOLING", 0.0)  # merged: the two look the same
    merged = fit(ex)
    assert not merged.pooling
    assert merged.probability(ex.features[0]) == merged.probability(ex.features[1])


def test_with_one_occurrence_a_pair_the_pooled_fit_is_the_linear_one() -> None:
    ex = _split_examples()
    ex.bags = []  # each candidate one occurrence: its merged features
    ex.features = [{**f, **({"cue_x": 1.0} if k % 3 else {})} for k, f in enumerate(ex.features)]
    ex.labels = [int(k % 3 == 0 or k % 5 == 0) for k in range(len(ex.labels))]
    w_pooled, b_pooled = _fit_pooled(ex, 4.0)
    w_linear, b_linear = _fit_linear(ex)
    assert b_pooled == pytest.approx(b_linear, abs=1e-3)
    assert w_pooled == pytest.approx(w_linear, abs=1e-3)


def test_a_feature_of_too_few_articles_is_left_out_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """MIN_FEATURE_DOCS (pairs38): a word one article repeats in each of its candidates
    passes MIN_FEATURE_COUNT but not a minimum of articles; off (1) by default."""
    ex = _split_examples()
    for k in range(0, 400, 40):  # ten candidates of doc00, all positive
        ex.features[k] = {**ex.features[k], "after_a=甲乙": 1.0}
        ex.bags[k] = ({**ex.bags[k][0], "after_a=甲乙": 1.0}, ex.bags[k][1])
    assert learn.MIN_FEATURE_DOCS == 1
    monkeypatch.setattr(learn, "PAIR_UNLEARNED_WORDS", ())  # the word families learned
    assert "after_a=甲乙" in learn.common_features(ex, 5, 1)
    assert "after_a=甲乙" not in learn.common_features(ex, 5, 2)
    assert "cue" in learn.common_features(ex, 5, 40)
    assert "after_a=甲乙" in _fit_pooled(ex, 4.0)[0]
    monkeypatch.setattr(learn, "MIN_FEATURE_DOCS", 2)
    weights = _fit_pooled(ex, 4.0)[0]
    assert "after_a=甲乙" not in weights and "cue" in weights


def test_the_word_next_to_a_unit_is_left_out_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PAIR_UNLEARNED_WORDS (pairs57, off by default): the character next to a unit, in
    any window, gets no weight; the structure features and cue words still do."""
    assert learn.PAIR_UNLEARNED_WORDS == ()
    assert learn.learned_pair_feature("after_a=与")
    monkeypatch.setattr(learn, "PAIR_UNLEARNED_WORDS", learn.ONE_CHARACTER_WORDS)
    assert not learn.learned_pair_feature("after_a=与")
    assert not learn.learned_pair_feature("adjacent:before_a=市")
    assert not learn.learned_pair_feature("topic:word_before_b=和")
    assert learn.learned_pair_feature("cue_pos=after_b")
    assert learn.learned_pair_feature("adjacent:cue=结对")
    ex = _split_examples()
    for k in range(0, 400, 7):
        ex.features[k] = {**ex.features[k], "adjacent:after_a=与": 1.0}
        ex.bags[k] = ({**ex.bags[k][0], "adjacent:after_a=与": 1.0}, ex.bags[k][1])
    weights = _fit_pooled(ex, 4.0)[0]
    assert "adjacent:after_a=与" not in weights and "cue" in weights
    monkeypatch.setattr(learn, "PAIR_UNLEARNED_WORDS", ())
    assert "adjacent:after_a=与" in _fit_pooled(ex, 4.0)[0]
