"""Vetoes of pairing candidates read from the error lists (pairs9): each stops a kind of
candidate that the training articles show many times and never as a gold pairing.
Sentences are invented (units made up; places from a county outside the development set)."""

from __future__ import annotations

from pair_helpers import choice_between as _choice

from ingest.extract.pair_decide import (
    collective_side,
    place_within,
    read_by_hand_rule,
    veto_of,
)


def test_an_alliance_the_partners_form_is_no_side_even_when_a_frame_reads_it(reading_of) -> None:
    r = reading_of("近日，明湖科技有限公司党支部正式启动共建“同心”党建联盟。")
    alliance = _choice(r, "明湖科技有限公司", "同心…")
    assert collective_side(alliance)
    assert veto_of(alliance) == "collective_side"
    partners = reading_of("明湖科技有限公司党支部与云帆小学党支部组成党建联盟，签订共建协议。")
    assert not collective_side(_choice(partners, "明湖科技有限公司", "云帆小学"))


def test_a_working_team_sent_to_help_is_no_side(reading_of) -> None:
    r = reading_of("会上，唐昌镇党委向星海银行和星海银行驻唐昌帮扶工作组以及结对村企致以感谢。")
    assert veto_of(_choice(r, "唐昌镇", "唐昌帮扶工作组")) == "collective_side"
    assert veto_of(_choice(r, "唐昌镇", "星海银行")) is None


def test_a_place_and_a_place_inside_it_are_not_partners_even_in_a_joint_list(reading_of) -> None:
    r = reading_of("由唐昌镇和星海银行石桥支行及战旗村、先锋村等共同签订《街村银合作共建协议》。")
    town_village = _choice(r, "唐昌镇", "战旗村")
    assert read_by_hand_rule(town_village)  # the hand frame reads the list as a star …
    assert place_within(town_village)  # … but the village lies inside the town
    assert veto_of(town_village) == "place_within"
    assert not place_within(_choice(r, "唐昌镇", "星海银行石桥支行"))


def test_the_giver_of_an_honour_is_not_a_partner(reading_of) -> None:
    r = reading_of(
        "战旗村党支部与明湖科技有限公司党支部签订结对共建协议。"
        "战旗村曾被郫都区民政局评为“民主法治示范村”、获“共建共享示范村”称号。"
    )
    assert veto_of(_choice(r, "战旗村", "郫都区民政局")) == "award_giver"
    assert veto_of(_choice(r, "战旗村", "明湖科技有限公司")) is None


def test_a_list_of_pairs_without_a_verb_pairs_only_its_pairs(reading_of) -> None:
    r = reading_of(
        "今年新增的结对共建单位有：云帆小学与明湖科技有限公司、金沙社区与星海银行石桥支行。"
    )
    assert veto_of(_choice(r, "云帆小学", "金沙社区")) == "crossed_pairs"
    assert veto_of(_choice(r, "明湖科技有限公司", "星海银行石桥支行")) == "crossed_pairs"
    assert veto_of(_choice(r, "云帆小学", "明湖科技有限公司")) is None
    assert veto_of(_choice(r, "金沙社区", "星海银行石桥支行")) is None
