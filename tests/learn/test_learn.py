"""Learning the PAIRED_WITH decision: labels from gold, folds by article, a model that
is the same bytes for the same data, and reviewers' verdicts as labels."""

from __future__ import annotations

import pytest

from ingest.extract import learn
from ingest.extract.learn import (
    Examples,
    ReviewLabel,
    _bootstrap_floor,
    _fit_boosted,
    _half_best_f1,
    _log_loss,
    _mean_trees,
    _out_of_fold,
    _precision_floor,
    block_folds,
    boosted_classifier,
    candidate_recall,
    cross_validate,
    examples,
    fit,
    folds,
    frequent_features,
    labels,
    read_corpus,
    train,
)
from ingest.extract.pair_model import LinearModel


def test_folds_split_documents_disjointly_and_the_same_way_every_time() -> None:
    docs = [f"d{i}.txt" for i in range(40)]
    first = folds(docs, 5)
    assert sorted(d for f in first for d in f) == sorted(docs)
    assert first == folds(list(reversed(docs)), 5)
    # a document keeps its fold when others join
    grown = folds([*docs, "x1.txt", "x2.txt"], 5)
    assert all(set(a) <= set(b) for a, b in zip(first, grown, strict=True))


def test_block_folds_hold_out_consecutive_names_in_natural_order() -> None:
    docs = ["x10.txt", "x9.txt", "d2.txt", "d10.txt", "x1.txt", "d1.txt"]
    assert block_folds(docs, 3) == [
        ["d1.txt", "d2.txt"],
        ["d10.txt", "x1.txt"],
        ["x9.txt", "x10.txt"],
    ]


def test_a_lowest_pairing_threshold_only_ever_raises_it(monkeypatch: pytest.MonkeyPatch) -> None:
    ex = _hand_examples()
    plain = fit(ex).threshold
    monkeypatch.setattr(learn, "PAIR_MIN_THRESHOLD", 0.0)
    assert fit(ex).threshold == plain
    monkeypatch.setattr(learn, "PAIR_MIN_THRESHOLD", 0.97)
    assert fit(ex).threshold == max(plain, 0.97)


def test_a_candidate_is_positive_exactly_when_gold_pairs_its_units(annotated) -> None:
    gold, corpus = annotated
    c = read_corpus(gold, [corpus])
    by_doc = {r.base.article.doc: r for r in c.readings}
    a1 = by_doc["a1.txt"]
    names = {e.id: e.name for e in a1.base.entities}
    got = {
        frozenset((names[ch.relation.source], names[ch.relation.target])): y
        for ch, y in zip(a1.choices, labels(a1, c.gold["a1.txt"]), strict=True)
    }
    assert got[frozenset(("战旗村", "明湖科技有限公司"))] == 1
    assert got[frozenset(("唐昌镇", "战旗村"))] == 0
    assert candidate_recall(c)["candidate_recall"] == 1.0


def test_training_twice_gives_the_same_bytes(annotated) -> None:
    gold, corpus = annotated
    c = read_corpus(gold, [corpus])
    assert train(c).to_json() == train(read_corpus(gold, [corpus])).to_json()


def test_cross_validation_decides_every_article_by_a_model_that_never_saw_it(annotated) -> None:
    gold, corpus = annotated
    c = read_corpus(gold, [corpus])
    result = cross_validate(c, k=2)
    assert result.report.documents == 6
    assert {r["doc"] for r in result.records} == set(c.docs)
    assert result.recall["gold_pairings"] == 3


def test_a_reviewers_verdict_overrides_gold_and_labels_unannotated_articles(
    annotated, tmp_path
) -> None:
    gold, corpus = annotated
    (corpus / "r1.txt").write_text(
        "唐昌镇战旗村党支部与云帆小学党支部签订结对共建协议。", encoding="utf-8"
    )
    verdicts = [
        ReviewLabel("a1.txt", ("战旗村", "明湖科技有限公司"), False),
        ReviewLabel("r1.txt", ("云帆小学", "战旗村"), True),
    ]
    c = read_corpus(gold, [corpus], verdicts)
    assert "r1.txt" in c.training_docs and "r1.txt" not in c.docs
    ex = examples(c, c.training_docs)
    in_r1 = [y for y, d in zip(ex.labels, ex.docs, strict=True) if d == "r1.txt"]
    assert in_r1 == [1]  # only the judged candidate of an article without gold
    a1 = [y for y, d in zip(ex.labels, ex.docs, strict=True) if d == "a1.txt"]
    assert 1 not in a1  # the rejected gold pair is now a negative


def test_features_rarer_than_the_minimum_count_are_left_out_of_training() -> None:
    rows = [{"bias": 1.0, "cue=结对": 1.0}, {"bias": 1.0, "before_a=云帆": 1.0}, {"bias": 1.0}]
    assert frequent_features(rows, 2) == [{"bias": 1.0}, {"bias": 1.0}, {"bias": 1.0}]
    assert frequent_features(rows, 1) == rows


def _xor_examples() -> Examples:
    """Candidates whose label is 'exactly one of two cues' (no linear model reads it),
    spread over forty invented documents."""
    ex = Examples([], [], [])
    for k in range(400):
        a, b = k % 2, (k // 2) % 2
        f = {"bias": 1.0, **({"cue_x": 1.0} if a else {}), **({"cue_y": 1.0} if b else {})}
        f[f"noise={k % 7}"] = 1.0
        ex.features.append(f)
        ex.labels.append(int(a != b))
        ex.docs.append(f"doc{k % 40:02d}")
    return ex


@pytest.fixture
def boosted(monkeypatch: pytest.MonkeyPatch) -> None:
    """The PAIRED_WITH learner set to gradient-boosted trees (the shipped one is linear)."""
    monkeypatch.setattr(learn, "PAIR_LEARNER", "boosted")


def test_boosted_trees_read_an_interaction_a_linear_model_cannot(boosted) -> None:
    model = fit(_xor_examples())
    assert model.trees and not model.weights
    one = model.probability({"bias": 1.0, "cue_x": 1.0})
    both = model.probability({"bias": 1.0, "cue_x": 1.0, "cue_y": 1.0})
    neither = model.probability({"bias": 1.0})
    assert one > 0.9 and both < 0.1 and neither < 0.1


def test_the_exported_trees_score_exactly_as_scikit_learn_does() -> None:
    ex = _xor_examples()
    clf, vec = boosted_classifier(ex)
    baseline, trees = _fit_boosted(ex)
    model = LinearModel("PAIRED_WITH", {}, baseline, trees=trees)
    expected = clf.decision_function(vec.transform(ex.features).toarray())
    for f, want in zip(ex.features, expected, strict=True):
        assert abs(model.score(f) - float(want)) < 1e-9


def test_the_shipped_boosted_mean_scores_as_the_mean_of_its_fold_models(
    boosted, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learn, "BOOSTING", {**learn.BOOSTING, "max_iter": 20})
    ex = _xor_examples()
    doc_folds = folds(sorted(set(ex.docs)), learn.CALIBRATION_FOLDS)
    fold_models = _out_of_fold(ex, doc_folds, None)[4]
    mean = _mean_trees(fold_models)
    assert len(mean.trees) == sum(len(m.trees) for m in fold_models)
    for f in ex.features[:12]:
        want = sum(m.score(f) for m in fold_models) / len(fold_models)
        assert abs(mean.score(f) - want) < 1e-9
    monkeypatch.setattr(learn, "BOOSTED_FOLD_MEAN", True)
    assert len(fit(ex).trees) == len(mean.trees)


def test_a_grid_of_c_is_chosen_from_inside_the_training_articles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ex = _hand_examples()
    fixed = fit(ex)
    assert "C_chosen" not in fixed.meta
    # a grid of one value is the fixed C
    monkeypatch.setattr(learn, "PAIR_C_GRID", (learn.C,))
    one = fit(ex)
    assert one.meta["C_chosen"] == learn.C and one.weights == fixed.weights
    # an all but weightless C scores every held-out candidate at the base rate: never the
    # least log-loss where the cues tell the labels apart
    monkeypatch.setattr(learn, "PAIR_C_GRID", (1e-6, learn.C))
    assert fit(ex).meta["C_chosen"] == learn.C


def test_the_log_loss_of_scores_read_as_log_odds() -> None:
    assert _log_loss([0.0, 0.0], [1, 0]) == pytest.approx(0.693147, abs=1e-6)
    assert _log_loss([50.0], [1]) < 1e-20 and _log_loss([50.0], [0]) == pytest.approx(50.0)
    assert _log_loss([], []) == float("inf")


def test_the_linear_learner_cannot_read_that_interaction() -> None:
    model = fit(_xor_examples())
    assert not model.trees
    one = model.probability({"bias": 1.0, "cue_x": 1.0})
    both = model.probability({"bias": 1.0, "cue_x": 1.0, "cue_y": 1.0})
    assert abs(one - both) < 0.2


def test_a_boosted_model_survives_its_json_and_explains_itself(boosted) -> None:
    model = fit(_xor_examples())
    again = LinearModel.from_json(model.to_json())
    f = {"bias": 1.0, "cue_y": 1.0}
    assert abs(again.probability(f) - model.probability(f)) < 1e-4
    assert again.to_json() == model.to_json()
    top = [name for name, _ in again.explain(f, top=2)]
    assert set(top) == {"cue_y", "!cue_x"}  # the two splits that decided


def test_the_hyperparameters_are_read_when_a_model_is_fitted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each noise=… feature is seen in about 57 of the 400 candidates
    ex = _xor_examples()
    assert any(k.startswith("noise=") for k in fit(ex).weights)
    monkeypatch.setattr(learn, "MIN_FEATURE_COUNT", 100)
    assert not any(k.startswith("noise=") for k in fit(ex).weights)
    monkeypatch.setattr(learn, "C", 1e-6)  # all but no weight left
    assert max(abs(w) for w in fit(ex).weights.values()) < 1e-3


def test_the_pairing_threshold_is_half_the_best_out_of_fold_f1() -> None:
    # perfectly separated: best F1 1.0, threshold 0.5
    assert _half_best_f1([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0]) == 0.5
    # a positive below a negative: the best keeps the top four (tp 3 of 4, F1 6/7)
    assert _half_best_f1([0.9, 0.8, 0.3, 0.2, 0.1], [1, 1, 0, 1, 0]) == 0.4286
    # two more candidates move it a little (F1 8/9), not from one plateau to another
    assert _half_best_f1([0.9, 0.8, 0.3, 0.2, 0.1, 0.85, 0.15], [1, 1, 0, 1, 0, 1, 0]) == 0.4444


def test_the_pairing_threshold_rises_to_the_lowest_that_keeps_pairings_precise() -> None:
    probs, ys = [0.9, 0.8, 0.6, 0.5, 0.4, 0.3], [1, 1, 1, 0, 1, 0]
    # everything kept is right 4 times in 6; from above 0.3 on, 4 in 5
    assert _precision_floor(probs, ys, [], [], 0.8) == 0.32
    # the pairs a frame reads count where their probability reaches the threshold: four
    # right frame pairs the model scores high lift every threshold's precision to 0.8
    assert _precision_floor(probs, ys, [0.95] * 4, [1, 1, 1, 1], 0.8) == 0.0
    # frame pairs the model scores low are kept under any threshold and lower none (had
    # they counted at every threshold, 0.32 would reach 0.85: 8 right of 9)
    assert _precision_floor(probs, ys, [], [], 0.85) == 0.52
    assert _precision_floor(probs, ys, [0.1] * 4, [1, 1, 1, 1], 0.85) == 0.52
    # a wrong frame pair counts only up to its probability: above it the floor is met
    assert _precision_floor([0.99], [1], [0.9], [0], 0.99) == 0.92
    assert _precision_floor([0.9], [1], [0.95], [0], 0.99) == 1.0


def test_a_precision_floor_only_ever_raises_the_pairing_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ex = _hand_examples()
    monkeypatch.setattr(learn, "PAIR_PRECISION_FLOOR", None)
    plain = fit(ex).threshold
    monkeypatch.setattr(learn, "PAIR_PRECISION_FLOOR", 0.1)  # met at half the best F1
    assert fit(ex).threshold == plain
    monkeypatch.setattr(learn, "PAIR_PRECISION_FLOOR", 0.6)
    assert fit(ex).threshold > plain
    monkeypatch.setattr(learn, "PAIR_PRECISION_FLOOR", 0.99)  # the frames are right 9 in 10
    assert fit(ex).threshold > plain
    monkeypatch.setattr(learn, "PAIR_FLOOR_RULE", "first")  # never met on all the articles
    assert fit(ex).threshold == 1.0 > plain


def test_the_resampled_floor_averages_the_crossing_over_resamples_of_the_articles() -> None:
    # every article holds one right pair at 0.9 and one wrong at 0.1, but article "w"
    # holds a second wrong pair at 0.5: the crossing of 0.99 is 0.52 with "w" in a
    # resample, 0.12 without (a resample leaves an article out about a third of the time)
    docs = [f"d{i}" for i in range(9)] + ["w"]
    probs = [0.9] * 10 + [0.1] * 10 + [0.5]
    ys = [1] * 10 + [0] * 11
    pdocs = docs + docs + ["w"]
    got = _bootstrap_floor(probs, ys, pdocs, [], [], [], 0.99)
    assert 0.12 < got < 0.52
    assert got == _bootstrap_floor(probs, ys, pdocs, [], [], [], 0.99)  # a fixed seed
    # articles all alike: every resample crosses where all the pairs do
    alike = (probs[:20], ys[:20], pdocs[:20], [], [], [], 0.99)
    assert _bootstrap_floor(*alike) == _precision_floor(probs[:20], ys[:20], [], [], 0.99) == 0.12


def test_a_model_only_floor_only_ever_raises_the_pairing_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ex = _hand_examples()
    monkeypatch.setattr(learn, "PAIR_PRECISION_FLOOR", None)
    monkeypatch.setattr(learn, "PAIR_MODEL_FLOOR", None)
    plain = fit(ex).threshold
    monkeypatch.setattr(learn, "PAIR_MODEL_FLOOR", 0.0)
    assert fit(ex).threshold == plain
    # the model's own pairs (a cue right half the time) never reach 0.99: the frames'
    # pairs, right nine times in ten, do not count
    monkeypatch.setattr(learn, "PAIR_MODEL_FLOOR", 0.99)
    assert fit(ex).threshold == 1.0 > plain


def _hand_examples() -> Examples:
    """Candidates of forty invented documents: a cue the model reads, and pairs a hand
    frame reads with no cue at all — right nine times in ten — and vetoed candidates,
    never kept, that are all wrong."""
    ex = Examples([], [], [])
    for k in range(400):
        doc = f"doc{k % 40:02d}"
        kind = k % 4
        f = {"bias": 1.0, f"noise={k % 5}": 1.0}
        if kind == 0:
            f["cue_pair"] = 1.0
        ex.features.append(f)
        ex.labels.append({0: int(k % 8 != 4), 1: 0, 2: int(k % 40 != 2), 3: 0}[kind])
        ex.docs.append(doc)
        ex.hand.append(kind == 2)
        ex.vetoed.append(kind == 3)
    return ex


def test_the_pairs_a_hand_frame_reads_have_the_frames_own_precision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(learn, "HAND_FLAT_SHARE", 1.0)
    model = fit(_hand_examples())
    assert model.hand_curve is not None
    plain = {"bias": 1.0, "noise=1": 1.0}
    cued = {"bias": 1.0, "noise=1": 1.0, "cue_pair": 1.0}
    # the model alone gives a cue-less pair little; read by a frame the pair is right
    # nine times in ten, and its confidence says so whatever the model's score
    assert model.probability(plain) < 0.3
    assert model.probability(plain, hand=True) == pytest.approx(0.9, abs=0.02)
    assert model.probability(cued, hand=True) == model.probability(plain, hand=True)


def test_a_frames_pair_is_as_sure_as_the_frames_and_the_model_in_their_shares(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(learn, "HAND_FLAT_SHARE", 0.4)
    model = fit(_hand_examples())
    plain = {"bias": 1.0, "noise=1": 1.0}
    cued = {"bias": 1.0, "noise=1": 1.0, "cue_pair": 1.0}
    flat = (
        sum(
            y
            for y, h, v in zip(
                _hand_examples().labels, _hand_examples().hand, _hand_examples().vetoed, strict=True
            )
            if h
        )
        / 100
    )  # the frames' pairs: right 90 of 100 (in-fold and out alike: they are rules)
    for f in (plain, cued):  # a pair the model finds likelier is likelier under a frame too
        want = 0.4 * flat + 0.6 * model.probability(f)
        assert model.probability(f, hand=True) == pytest.approx(want, abs=1e-5)
    assert model.probability(cued, hand=True) > model.probability(plain, hand=True)
    # the mix is exact at the curve's points and between them
    got = learn._hand_curve(((0.0, 1.0), (0.9, 0.9)), ((-1.0, 2.0), (0.1, 0.7)))
    assert got == ((-1.0, 2.0), (0.42, 0.78))


def test_the_shipped_linear_pairing_model_is_the_mean_of_the_calibration_fold_models() -> None:
    from ingest.extract.learn import _mean_model
    from ingest.extract.pair_model import LinearModel

    a = LinearModel("PAIRED_WITH", {"cue=结对": 2.0, "marker=visit": -1.0}, -1.0)
    b = LinearModel("PAIRED_WITH", {"cue=结对": 1.0}, 0.0)
    mean = _mean_model([a, b])
    # a feature one fold never kept counts as weight 0 in that fold
    assert mean.weights == {"cue=结对": 1.5, "marker=visit": -0.5}
    assert mean.intercept == -0.5
    # fitted on forty invented documents: the shipped weights are the mean of the models
    # of the five calibration folds (each trained without its held-out documents)
    ex = _hand_examples()
    per_fold = []
    for held in learn.folds(sorted(set(ex.docs)), learn.CALIBRATION_FOLDS):
        keep = [d not in set(held) for d in ex.docs]
        per_fold.append(learn._fit_pair_model(learn._select(ex, keep), None))
    shipped = fit(ex)
    expected = _mean_model(per_fold)
    assert shipped.weights == pytest.approx(expected.weights)
    assert shipped.intercept == pytest.approx(expected.intercept)
