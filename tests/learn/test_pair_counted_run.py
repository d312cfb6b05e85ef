"""A run of units that a later clause names again by its count as the parties of a
signing (pairs62, `run_named_by_count`, frame ``pair_counted_run``): 甲、乙、丙、丁在某地
联合开展…活动。……活动还举行了签约仪式，四个基层组织签订了共建协议书 — read from invented
sentences by the real reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_decide import read_by_hand_rule
from ingest.extract.pair_structure import (
    COUNTED_RUN,
    count_value,
    counted_acts,
    opens_clause,
)

_RUN = (
    "5月8日，明湖科技有限公司、云帆小学、星海银行石桥支行、青禾县人民医院在青禾县"
    "联合开展主题党建共建活动。活动中，大家共同学习了有关文件。"
)


def test_a_count_reads_its_numeral() -> None:
    assert count_value("四") == 4
    assert count_value("两") == 2
    assert count_value("十二") == 12
    assert count_value("5") == 5


def test_a_count_that_opens_its_clause_is_its_subject() -> None:
    assert opens_clause("随后，三所学校签约", 3)
    assert opens_clause("三所学校签约", 0)
    assert not opens_clause("某某村和某某村等三个村", 8)
    assert not opens_clause("会上举行了四方党建联建协议交换仪式", 5)


def _acts(text: str) -> list[int]:
    """The counts :func:`counted_acts` reads in ``text``, its cue 签订 (class sign)."""
    at = text.index("签订")
    return [n for _, n in counted_acts(text, ((at, at + 2, "签订", "sign"),), ())]


def test_a_count_that_signs_is_an_act_and_one_joined_to_another_side_is_not() -> None:
    assert _acts("最后，四个基层组织签订了共建协议书") == [4]
    assert _acts("随后，三所学校共同签订合作协议") == [3]
    # 三家单位与…签订: the three are one side, not the parties
    assert _acts("会上，三家单位与社区签订协议") == []
    # a count inside its clause is what the clause speaks of, not its subject
    assert _acts("会上，社区书记与三家单位签订协议") == []


def test_a_run_named_again_by_its_count_pairs_every_two_of_its_units(reading_of) -> None:
    r = reading_of(_RUN + "活动还举行了签约仪式，四个基层组织签订了互学共建协议书。")
    for a, b in (("明湖科技有限公司", "云帆小学"), ("云帆小学", "青禾县人民医院")):
        c = choice_between(r, a, b)
        assert c.features[COUNTED_RUN] == 1.0
        assert read_by_hand_rule(c)


def test_a_count_that_says_another_number_names_another_group(reading_of) -> None:
    r = reading_of(_RUN + "活动还举行了签约仪式，三个基层组织签订了互学共建协议书。")
    assert COUNTED_RUN not in choice_between(r, "明湖科技有限公司", "云帆小学").features
