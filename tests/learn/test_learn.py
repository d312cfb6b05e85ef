"""Learning the PAIRED_WITH decision: labels from gold, folds by article, a model that
is the same bytes for the same data, and reviewers' verdicts as labels."""

from __future__ import annotations

from ingest.extract.learn import (
    ReviewLabel,
    candidate_recall,
    cross_validate,
    examples,
    folds,
    frequent_features,
    labels,
    read_corpus,
    train,
)


def test_folds_split_documents_disjointly_and_the_same_way_every_time() -> None:
    docs = [f"d{i}.txt" for i in range(40)]
    first = folds(docs, 5)
    assert sorted(d for f in first for d in f) == sorted(docs)
    assert first == folds(list(reversed(docs)), 5)
    # a document keeps its fold when others join
    grown = folds([*docs, "x1.txt", "x2.txt"], 5)
    assert all(set(a) <= set(b) for a, b in zip(first, grown, strict=True))


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
