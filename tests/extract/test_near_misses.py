"""Near misses: the pairing candidates the learned decision turns down just below its
threshold are kept on the extraction (README: Review — the queue's possible misses)."""

from __future__ import annotations

from ingest.extract.pair_candidates import PairCandidate
from ingest.extract.pair_decide import PairChoice
from ingest.extract.pair_model import LinearModel
from ingest.extract.pipeline import NEAR_MISS_BAND, near_misses
from ingest.model import Article, Evidence, Relation

# One feature per candidate; its weight is the candidate's score (calibration 1, 0).
MODEL = LinearModel(
    "PAIRED_WITH",
    {"x": 1.0},
    0.0,
    threshold=0.5,
)


def choice(source: str, score: float, **extra: float) -> PairChoice:
    relation = Relation(
        "PAIRED_WITH",
        source,
        "e9",
        "candidate",
        0.0,
        kind="合作",
        evidence=Evidence("甲与乙合作。", 0, 6),
    )
    # A choice whose relation is already drafted: the band reads only its features. Real
    # values, not None, where the class declares them: a mypyc-compiled class checks types.
    article = Article("a", "a.txt", "a.txt", "甲与乙合作。", "甲与乙合作。", (), (0, 6))
    picked = PairChoice(PairCandidate(source, "e9", ()), {"x": score, **extra}, article, "")
    object.__setattr__(picked, "_relation", relation)  # what PairChoice.relation keeps
    return picked


def logit(p: float) -> float:
    import math

    return math.log(p / (1 - p))


def test_only_candidates_just_below_the_threshold_are_kept_most_probable_first() -> None:
    choices = [
        choice("e1", logit(0.45)),  # in the band
        choice("e2", logit(0.60)),  # accepted: a pairing, not a miss
        choice("e3", logit(0.5 - NEAR_MISS_BAND - 0.01)),  # too far below
        choice("e4", logit(0.49)),  # in the band, nearer the threshold
    ]
    found = near_misses(choices, MODEL)
    assert [(m.source, round(m.probability, 2)) for m in found] == [("e4", 0.49), ("e1", 0.45)]
    assert found[0].kind == "合作" and found[0].evidence == Evidence("甲与乙合作。", 0, 6)
    assert found[0].rule == "model:x"


def test_vetoed_candidates_are_no_near_misses_and_a_story_keeps_at_most_the_cap() -> None:
    vetoed = [
        choice("e1", logit(0.45), denied_every_time=1.0),
        choice("e2", logit(0.45), venue_only=1.0),
        choice("e3", logit(0.45), rule_any=1.0),  # a hand frame read it: accepted anyway
    ]
    assert near_misses(vetoed, MODEL) == ()
    many = [choice(f"e{i}", logit(0.40 + i / 100)) for i in range(6)]
    assert [m.source for m in near_misses(many, MODEL, cap=3)] == ["e5", "e4", "e3"]
