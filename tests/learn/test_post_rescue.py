"""Which hand-rule triples a site keeps when the posts model turns everything down
(post_decide.rescued_by_hand_rule) — invented names, a toy model."""

from __future__ import annotations

from ingest.extract.pair_model import LinearModel
from ingest.extract.post_decide import PostChoice, kept_choices, rescued_by_hand_rule
from ingest.model import Evidence, Relation

# every candidate scores below the threshold: only a rescue keeps one
MODEL = LinearModel("HOLDS_POST", {"rule_triple": -3.0}, 0.0, threshold=0.5)
EVIDENCE = Evidence("庚辛区委常委柯望舒，丙丁协进会副会长闵知远出席。", 0, 24)


def _choice(title: str, hand_rule: str | None, site: int) -> PostChoice:
    rel = Relation("HOLDS_POST", "e1", "e2", "candidate", 0.0, title=title, evidence=EVIDENCE)
    features = {"bias": 1.0, **({"rule_triple": 1.0} if hand_rule else {})}
    return PostChoice(rel, (10, site, site + 6), features, hand_rule)


def test_a_reading_hand_rule_keeps_its_triple_below_the_threshold() -> None:
    prefix = _choice("区委常委", "post_prefix", 0)
    assert rescued_by_hand_rule(prefix)
    assert [i for i, _ in kept_choices([prefix], MODEL)] == [0]


def test_the_nearest_unit_guess_is_no_rescue() -> None:
    """丙丁协进会副会长 with no unit of its own: post_sentence gives it the district named
    before; the model turns it down, and nothing is kept."""
    guess = _choice("丙丁协进会副会长", "post_sentence", 10)
    assert not rescued_by_hand_rule(guess)
    assert kept_choices([guess], MODEL) == []


def test_a_guess_the_model_accepts_is_kept() -> None:
    accepting = LinearModel("HOLDS_POST", {"rule_triple": 3.0}, 0.0, threshold=0.5)
    guess = _choice("丙丁协进会副会长", "post_sentence", 10)
    assert [i for i, _ in kept_choices([guess], accepting)] == [0]
