"""The parties of one joint act (ingest/extract/pair_structure.py ``joint_run_act``): a
run of units as the subject of a pairing or signing clause pairs every two of them — read
from invented sentences by the real reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_decide import read_by_hand_rule
from ingest.extract.pair_structure import (
    forms_one_body,
    places_stand_for_bodies,
    unnamed_other_side,
)


def test_a_run_that_holds_a_signing_ceremony_pairs_every_two(reading_of) -> None:
    r = reading_of(
        "日前，明湖科技有限公司、云帆小学、星海银行石桥支行在云帆小学举行党建联建签约仪式。"
    )
    for a, b in (
        ("明湖科技有限公司", "云帆小学"),
        ("明湖科技有限公司", "星海银行石桥支行"),
        ("云帆小学", "星海银行石桥支行"),
    ):
        assert choice_between(r, a, b).features["joint_act"] == 1.0


def test_a_run_after_you_signs_jointly(reading_of) -> None:
    r = reading_of("去年，由明湖科技有限公司、云帆小学和星海银行石桥支行共同签订了共建协议。")
    f = choice_between(r, "云帆小学", "星海银行石桥支行").features
    assert f["joint_act"] == 1.0
    assert f["joint_act&jointly"] == 1.0


def test_a_comma_inside_a_list_of_party_bodies_keeps_the_run(reading_of) -> None:
    r = reading_of(
        "本报讯 日前，明湖科技有限公司党支部、云帆小学党支部,星海银行石桥支行党支部"
        "和唐昌镇战旗村党总支共同组成“同心”联建联盟。"
    )
    assert choice_between(r, "明湖科技有限公司", "战旗村").features["joint_act"] == 1.0
    assert choice_between(r, "云帆小学", "星海银行石桥支行").features["joint_act"] == 1.0


def test_the_objects_of_a_head_are_no_joint_run(reading_of) -> None:
    r = reading_of(
        "唐昌镇战旗村党支部与明湖科技有限公司、云帆小学、星海银行石桥支行签订结对共建协议。"
    )
    assert "joint_act" not in choice_between(r, "明湖科技有限公司", "云帆小学").features
    assert "joint_act" not in choice_between(r, "战旗村", "云帆小学").features


def test_a_run_that_only_attends_is_no_joint_act(reading_of) -> None:
    r = reading_of("明湖科技有限公司、云帆小学、星海银行石桥支行负责人参加了党建联建签约仪式。")
    assert "joint_act" not in choice_between(r, "明湖科技有限公司", "云帆小学").features


def test_a_run_that_visits_is_no_joint_act(reading_of) -> None:
    r = reading_of("明湖科技有限公司、云帆小学、星海银行石桥支行到唐昌镇战旗村开展结对共建活动。")
    assert "joint_act" not in choice_between(r, "明湖科技有限公司", "云帆小学").features


def test_places_closed_by_their_count_pair_with_the_other_parties_only(reading_of) -> None:
    r = reading_of(
        "去年，由明湖科技有限公司和唐昌镇战旗村、唐昌镇先锋村、唐昌镇新民村等3个村"
        "共同签订了共建协议。"
    )
    f = choice_between(r, "战旗村", "先锋村").features
    assert f["joint_act&places"] == 1.0
    assert "joint_act" not in f
    party = choice_between(r, "明湖科技有限公司", "先锋村").features  # a party with each place
    assert party["joint_act"] == 1.0
    assert party["joint_act&with_places"] == 1.0


def test_a_joint_act_is_read_like_a_hand_frame(reading_of) -> None:
    r = reading_of(
        "日前，明湖科技有限公司、云帆小学、星海银行石桥支行在云帆小学举行党建联建签约仪式。"
    )
    names = {e.id: e.name for e in r.base.entities}
    pair = {"明湖科技有限公司", "星海银行石桥支行"}
    choice = next(
        c for c in r.choices if {names[c.relation.source], names[c.relation.target]} == pair
    )
    assert read_by_hand_rule(choice)


def test_forming_one_body_together_is_said_of_the_clause() -> None:
    assert forms_one_body("等3家基层党组织共同组建“同心”党建联盟")
    assert forms_one_body("一起组成联建联盟")
    assert not forms_one_body("共同签订共建协议")  # a signing: the head signs with each
    assert not forms_one_body("组建党建联盟")  # not said to act together


def test_a_unit_joined_to_a_run_that_forms_an_alliance_is_one_more_member(reading_of) -> None:
    r = reading_of(
        "日前，明湖科技有限公司党委联合云帆小学、星海银行石桥支行、唐昌镇战旗村等3家基层党组织"
        "共同组建“同心”党建联盟。"
    )
    for a, b in (
        ("明湖科技有限公司", "云帆小学"),
        ("明湖科技有限公司", "战旗村"),
        ("云帆小学", "星海银行石桥支行"),
    ):
        assert choice_between(r, a, b).features["joint_act"] == 1.0


def test_a_head_that_signs_jointly_with_a_list_still_signs_with_each(reading_of) -> None:
    r = reading_of(
        "唐昌镇战旗村党支部与明湖科技有限公司、云帆小学、星海银行石桥支行共同签订结对共建协议。"
    )
    assert "joint_act" not in choice_between(r, "明湖科技有限公司", "云帆小学").features


def test_a_run_whose_predicate_follows_a_comma_still_acts_jointly(reading_of) -> None:
    # pairs26: 甲与乙、丙、丁，共同组成…联盟 — the clause after the comma has no subject of
    # its own: the run's
    r = reading_of(
        "近日，远星科技有限公司与青禾县文化馆、青禾县图书馆、青禾县科技馆，共同组成党建联盟。"
    )
    for a, b in (
        ("远星科技有限公司", "青禾县文化馆"),
        ("青禾县文化馆", "青禾县科技馆"),
    ):
        assert choice_between(r, a, b).features["joint_act"] == 1.0


def test_a_clause_after_the_comma_that_does_not_act_together_is_not_read(reading_of) -> None:
    r = reading_of(
        "近日，远星科技有限公司与青禾县文化馆、青禾县图书馆、青禾县科技馆，开展了党建共建活动。"
    )
    assert "joint_act" not in choice_between(r, "青禾县文化馆", "青禾县图书馆").features


def test_a_run_with_an_unnamed_other_side_is_one_side_of_the_act() -> None:
    assert unnamed_other_side("等网点与乡镇、村部党建结对共建")
    assert unnamed_other_side("与辖区各村签订共建协议")
    assert not unnamed_other_side("等3个村共同签订了共建协议")  # 共同: no 同 of 'with'
    assert not unnamed_other_side("和社区党委签订共建协议")  # 和: one more member
    assert not unnamed_other_side("在云帆小学举行党建联建签约仪式")


def test_a_list_before_its_noun_of_kind_and_with_is_no_joint_run(reading_of) -> None:
    r = reading_of(
        "今年，明湖、云帆、星海等营业网点与乡镇、村部开展党建结对共建，"
        "明湖科技有限公司、云帆小学、星海银行石桥支行等单位与辖区村社签订结对协议。"
    )
    # pairs31: 3 readable false pairings of one article, kept by the frame
    assert "joint_act" not in choice_between(r, "明湖科技有限公司", "云帆小学").features


def test_a_pairing_word_only_inside_an_aid_project_is_no_joint_act(reading_of) -> None:
    # pairs43: villages that gain by a project of aid are beneficiaries, not partners
    r = reading_of(
        "近日，唐昌镇战旗村、先锋村、青禾村通过发展加工产业等产业帮扶项目，3个村分别增收20万元。"
    )
    assert "joint_act" not in choice_between(r, "战旗村", "先锋村").features
    r = reading_of("近日，唐昌镇战旗村、先锋村、青禾村共同签订了产业帮扶协议。")
    assert choice_between(r, "战旗村", "先锋村").features["joint_act"] == 1.0


def test_places_before_a_count_and_their_bodies_are_no_joint_act(reading_of) -> None:
    # pairs43: 甲、乙、丙三县人大签订: the bodies sign, the places are not named parties
    assert places_stand_for_bodies("三县(市)人大签订跨县(市)联建工作战略合作协议")
    assert places_stand_for_bodies("两镇党委签署党建联建协议")
    assert not places_stand_for_bodies("三县签订跨县联建协议")
    assert not places_stand_for_bodies("等3个村共同签订了共建协议")
