"""A title word only one kind of unit has is never kept on a unit of another kind, nor a
title naming a place's level on a unit that is no place of that level
(post_decide.title_of_another_kind / title_of_another_level) — invented names, a toy model
that accepts all."""

from __future__ import annotations

from ingest.extract.pair_model import LinearModel
from ingest.extract.post_decide import (
    PostChoice,
    kept_choices,
    title_of_another_kind,
    title_of_another_level,
)
from ingest.model import Evidence, Relation

ACCEPTS_ALL = LinearModel("HOLDS_POST", {"bias": 3.0}, 0.0, threshold=0.5)
EVIDENCE = Evidence("青禾中学教育集团总校长甲某、校长乙某出席。", 0, 21)


def _choice(title: str, features: dict[str, float], site: int) -> PostChoice:
    rel = Relation("HOLDS_POST", "e1", "e2", "candidate", 0.0, title=title, evidence=EVIDENCE)
    return PostChoice(rel, (14, site, site + 2), {"bias": 1.0, **features})


def test_a_school_title_offered_to_an_enterprise_is_not_kept() -> None:
    misfit = _choice("校长", {"title_kind_misfit": 1.0}, 12)
    assert title_of_another_kind(misfit)
    assert kept_choices([misfit], ACCEPTS_ALL) == []


def test_a_title_of_the_units_own_kind_is_kept() -> None:
    fitting = _choice("校长", {"title_kind_fits": 1.0}, 12)
    assert not title_of_another_kind(fitting)
    assert [i for i, _ in kept_choices([fitting], ACCEPTS_ALL)] == [0]


def test_a_triple_a_hand_rule_reads_stays_with_the_rule() -> None:
    """The hand rules check the kind themselves (posts.kind_allows); what they read is kept."""
    read = _choice("校长", {"title_kind_misfit": 1.0, "rule_triple": 1.0}, 12)
    assert not title_of_another_kind(read)
    assert [i for i, _ in kept_choices([read], ACCEPTS_ALL)] == [0]


def test_a_county_title_offered_to_a_college_is_not_kept() -> None:
    """青禾学院副校长甲，县委书记乙: 县委书记 names a county, never the college."""
    misfit = _choice("县委书记", {"level_misfit": 1.0}, 12)
    assert title_of_another_level(misfit)
    assert kept_choices([misfit], ACCEPTS_ALL) == []
    fitting = _choice("县委书记", {"level_fits": 1.0}, 12)
    assert not title_of_another_level(fitting)
    assert [i for i, _ in kept_choices([fitting], ACCEPTS_ALL)] == [0]
