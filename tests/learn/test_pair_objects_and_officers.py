"""Who the pairing verb's subject and object are (pairs64, issue 14): the object of help
named by 对 (`aid_object`), A's own officer acting for A (`officer_acts`), a run the
clause's subject joins rather than a run acting together (`run_is_object`), and a
relative clause's head after the verb's own object (`object_between`). Read from
invented sentences by the real reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_decide import read_by_hand_rule
from ingest.extract.pair_structure import (
    AID_OBJECT,
    JOINT_PARTY,
    OBJECT_BETWEEN,
    OFFICER_ACTS,
    SUBJECT_VERB,
)

_SUBJECT_VERB_PAIR = f"{SUBJECT_VERB}_pair"


def test_the_unit_after_dui_is_the_object_of_the_help_a_carries_out(reading_of) -> None:
    r = reading_of("2015年起，明湖科技有限公司就承担了对青禾县云帆小学的对口帮扶工作。")
    assert choice_between(r, "明湖科技有限公司", "青禾县云帆小学").features[AID_OBJECT] == 1.0


def test_each_unit_of_the_run_before_dui_helps_its_object(reading_of) -> None:
    r = reading_of("省委决定组织星海银行、明湖科技有限公司等16个单位对唐昌镇进行对口帮扶。")
    for unit in ("星海银行", "明湖科技有限公司"):
        assert choice_between(r, unit, "唐昌镇").features[AID_OBJECT] == 1.0


def test_dui_ending_another_word_names_no_object(reading_of) -> None:
    r = reading_of("明湖科技有限公司针对云帆小学的需求开展帮扶。")
    assert AID_OBJECT not in choice_between(r, "明湖科技有限公司", "云帆小学").features


def test_an_officer_named_after_a_acts_for_a_with_each_partner(reading_of) -> None:
    r = reading_of("明湖医院副院长王晓东代表医院与唐昌镇卫生院、云帆镇卫生院签署对口帮扶合作协议。")
    for unit in ("唐昌镇卫生院", "云帆镇卫生院"):
        assert choice_between(r, "明湖医院", unit).features[OFFICER_ACTS] == 1.0
    # the partners with each other: no officer stands between them
    assert OFFICER_ACTS not in choice_between(r, "唐昌镇卫生院", "云帆镇卫生院").features


def test_an_officer_across_a_comma_acts_for_a(reading_of) -> None:
    r = reading_of(
        "近日，明湖科技有限公司支部主委王晓东、李明一行来唐昌，与星海银行石桥支行党支部"
        "开展结对共建活动。"
    )
    c = choice_between(r, "明湖科技有限公司", "星海银行石桥支行")
    assert c.features[OFFICER_ACTS] == 1.0


def test_an_officer_visiting_with_b_is_no_officer_acting_for_a_pairing(reading_of) -> None:
    r = reading_of(
        "明湖科技有限公司党委书记、董事长王晓东与星海银行石桥支行一行共同深入定点帮扶村"
        "开展考察调研。"
    )
    c = choice_between(r, "明湖科技有限公司", "星海银行石桥支行")
    assert OFFICER_ACTS not in c.features


def test_a_run_of_party_bodies_a_verb_joins_does_not_act_together(reading_of) -> None:
    r = reading_of(
        "明月村始终以党建为核心，校外积极联动青禾县委组织部机关党支部、星海银行石桥支行党支部、"
        "明湖科技有限公司党支部等多方力量，签订党建联建协议。"
    )
    c = choice_between(r, "星海银行石桥支行", "明湖科技有限公司")
    assert JOINT_PARTY not in c.features
    assert not read_by_hand_rule(c)


def test_a_run_of_party_bodies_that_acts_together_still_pairs(reading_of) -> None:
    r = reading_of(
        "唐昌镇先锋村党总支、星海银行石桥支行党支部、明湖科技有限公司党支部共同签订党建联建协议。"
    )
    assert choice_between(r, "星海银行石桥支行", "明湖科技有限公司").features[JOINT_PARTY] == 1.0


def test_a_counted_run_of_party_bodies_after_a_verb_acts_together(reading_of) -> None:
    # 倡议 makes the run its object, but 三个党支部 says the three act as one
    r = reading_of(
        "青禾县供电公司倡议唐昌镇供电所党支部、石桥镇供电所党支部、云帆镇供电所党支部"
        "三个党支部联创共建。"
    )
    assert choice_between(r, "唐昌镇供电所", "云帆镇供电所").features[JOINT_PARTY] == 1.0


def test_the_run_after_the_verbs_own_object_and_de_is_no_object(reading_of) -> None:
    r = reading_of(
        "3月7日，海淀区组团帮扶唐昌镇的云帆小学、星海银行石桥支行一行来到唐昌镇开展对口帮扶工作。"
    )
    c = choice_between(r, "海淀区", "云帆小学")
    assert c.features[OBJECT_BETWEEN] == 1.0
    assert _SUBJECT_VERB_PAIR not in c.features
    assert not read_by_hand_rule(c)
    # the verb's own object stays the subject's partner
    assert read_by_hand_rule(choice_between(r, "海淀区", "唐昌镇"))


def test_places_of_the_objects_own_region_after_de_are_the_object(reading_of) -> None:
    r = reading_of("按照部署，杭州市对口支援喀什地区的疏附县、疏勒县、英吉沙县开展援建工作。")
    c = choice_between(r, "杭州市", "疏勒县")
    assert OBJECT_BETWEEN not in c.features
    assert c.features[_SUBJECT_VERB_PAIR] == 1.0
