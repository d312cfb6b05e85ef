"""A co-building whose sentence names its parties by role (pairs62, `co_builder_roles`,
frame ``pair_co_builder_role``): 甲、乙作为主要共建方，丙、丁…作为参与共建方 — each main
party with each participant and with the other main party, the participants not with
each other (GOLD_NOTES session 27 rule 2). Read from invented sentences by the real
reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_decide import read_by_hand_rule
from ingest.extract.pair_structure import ROLE_PAIR, RoleSides

_ROLES = (
    "明湖科技有限公司、青禾县人民医院作为主要共建方，以星海银行石桥支行、云帆小学等为代表的"
    "12家单位作为参与共建方，共同推动党建先行区建设。"
)


def test_main_parties_pair_with_each_other_and_each_participant() -> None:
    sides = RoleSides(frozenset({"m1", "m2"}), frozenset({"p1", "p2"}))
    assert sides.paired("m1", "m2")
    assert sides.paired("m1", "p2")
    assert sides.paired("p1", "m2")
    assert not sides.paired("p1", "p2")  # participants among themselves
    assert not sides.paired("m1", "x")  # a unit of no role


def test_a_sentence_of_roles_pairs_main_and_participating_parties(reading_of) -> None:
    r = reading_of(_ROLES)
    for a, b in (
        ("明湖科技有限公司", "青禾县人民医院"),
        ("明湖科技有限公司", "云帆小学"),
        ("青禾县人民医院", "星海银行石桥支行"),
    ):
        c = choice_between(r, a, b)
        assert c.features[ROLE_PAIR] == 1.0
        assert read_by_hand_rule(c)
    assert ROLE_PAIR not in choice_between(r, "星海银行石桥支行", "云帆小学").features


def test_a_campaigns_lead_and_member_units_are_no_co_building_roles(reading_of) -> None:
    # 牵头单位 / 成员单位 of a campaign carry no pairing word: its organisers
    r = reading_of(
        "明确明湖科技有限公司为结对共建活动牵头单位，青禾县人民医院、云帆小学为成员单位。"
    )
    assert ROLE_PAIR not in choice_between(r, "明湖科技有限公司", "云帆小学").features
