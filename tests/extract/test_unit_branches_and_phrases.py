"""Numbered party branches of a place, and phrases that look like units but are none
(issue 13, the seventh units pass: phenomena of the articles added after the sixth pass,
x41–x80). Sentences and names are invented (places from a county outside the training
articles)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import numbered_branch
from ingest.model import Extraction


def test_numbered_branch_is_only_a_number() -> None:
    assert numbered_branch("第一")
    assert numbered_branch("第12")
    assert numbered_branch("二")
    assert not numbered_branch("内科")
    assert not numbered_branch("第一网格")


def test_a_villages_numbered_branch_is_the_village(extract_text) -> None:
    # 第二党支部 after a linked village is the village's, not the hospital's before it
    ex: Extraction = extract_text("近日，永嘉县第二人民医院党委与瓯北镇东岙村第二党支部结对。")
    village = next(e for e in ex.entities if e.name == "东岙村")
    assert village.type == "Village"
    assert "东岙村第二党支部" in village.aliases
    hospital = next(e for e in ex.entities if e.name == "永嘉县第二人民医院")
    assert not any("东岙村" in a for a in hospital.aliases)


def test_a_communitys_numbered_branch_is_the_community_when_unlinked(extract_text) -> None:
    ex: Extraction = extract_text(
        "永嘉县人民医院内科党支部与永嘉县澜峰街道岙里社区第一党支部开展结对共建活动。"
    )
    assert "岙里社区" in names(ex, "ResidentsCommittee")
    hospital = next(e for e in ex.entities if e.name == "永嘉县人民医院")
    assert not any("社区" in a for a in hospital.aliases)


def test_a_units_numbered_branch_stays_the_unit(extract_text) -> None:
    ex: Extraction = extract_text("近日，永嘉县第二人民医院第一党支部与东岙村结对。")
    hospital = next(e for e in ex.entities if e.name == "永嘉县第二人民医院")
    assert "永嘉县第二人民医院第一党支部" in hospital.aliases
