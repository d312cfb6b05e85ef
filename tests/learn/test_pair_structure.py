"""Who a pairing sentence joins: the argument-structure features of a candidate pair
(ingest/extract/pair_structure.py), read from invented sentences by the real reader."""

from __future__ import annotations

from ingest.extract.pipeline import StoryReading


def _features(reading: StoryReading, a: str, b: str) -> dict[str, float]:
    names = {e.id: e.name for e in reading.base.entities}
    for c in reading.choices:
        if {names[c.relation.source], names[c.relation.target]} == {a, b}:
            return dict(c.features)
    raise AssertionError(f"no candidate {a}–{b}")


PAIRS_LIST = (
    "会上，明湖科技有限公司和唐昌镇战旗村、星海银行石桥支行和唐昌镇先锋村分别签订了结对共建协议。"
)


def test_a_list_of_pairs_joins_each_pair_and_crosses_none(reading_of) -> None:
    r = reading_of(PAIRS_LIST)
    pair = _features(r, "明湖科技有限公司", "战旗村")
    crossed = _features(r, "明湖科技有限公司", "先锋村")
    assert pair["chain=pairs&pair"] == 1.0
    assert pair["conj_ends"] == 1.0  # each the nearest unit to the 和 between them
    assert crossed["chain=pairs&crossed"] == 1.0
    assert "conj_ends" not in crossed


def test_a_head_and_its_list_pairs_the_head_with_each(reading_of) -> None:
    r = reading_of(
        "唐昌镇战旗村党支部与明湖科技有限公司、云帆小学、星海银行石桥支行签订结对共建协议。"
    )
    head = _features(r, "战旗村", "云帆小学")
    members = _features(r, "明湖科技有限公司", "云帆小学")
    assert head["chain=head_list&head_member&cue_pair_after"] == 1.0
    assert head["conj_list_with_b"] == 1.0  # B in the list the 与 joins to A
    assert members["chain=head_list&members"] == 1.0


def test_one_unit_each_with_a_list_after_fenbie(reading_of) -> None:
    r = reading_of("唐昌镇战旗村党支部分别与明湖科技有限公司、云帆小学签订结对共建协议。")
    assert _features(r, "战旗村", "云帆小学")["each_one_to_many"] == 1.0


def test_parallel_lists_after_fenbie_pair_by_position(reading_of) -> None:
    r = reading_of("唐昌镇战旗村、先锋村分别与明湖科技有限公司、云帆小学签订结对共建协议。")
    assert _features(r, "战旗村", "明湖科技有限公司")["each_parallel_same"] == 1.0
    assert _features(r, "战旗村", "云帆小学")["each_parallel_crossed"] == 1.0


def test_the_cue_after_both_units_in_their_clause(reading_of) -> None:
    f = _features(
        reading_of("5月8日，唐昌镇战旗村党支部与明湖科技有限公司党支部签订结对共建协议。"),
        "战旗村",
        "明湖科技有限公司",
    )
    assert f["breaks_ab=0"] == 1.0
    assert f["cue_pair_after_breaks=0"] == 1.0
    assert f["a_subject_of_b_clause"] == 1.0
    assert f["conj_ends&cue_pair_after_b"] == 1.0
    assert f["types=Org+Vil&cue_pair"] == 1.0


def test_a_clause_break_between_the_units(reading_of) -> None:
    f = _features(
        reading_of("唐昌镇战旗村召开党员大会，明湖科技有限公司党支部签订结对共建协议。"),
        "战旗村",
        "明湖科技有限公司",
    )
    assert f["breaks_ab=1"] == 1.0
    assert "a_subject_of_b_clause" not in f


def test_the_two_most_mentioned_units_are_salient(reading_of) -> None:
    f = _features(
        reading_of(
            "唐昌镇战旗村党支部与明湖科技有限公司党支部签订结对共建协议。"
            "明湖科技有限公司将为战旗村提供帮助，云帆小学师生到场。"
        ),
        "战旗村",
        "明湖科技有限公司",
    )
    assert f["salience_top_two"] == 1.0


def test_a_unit_written_before_another_only_locates_it(reading_of) -> None:
    f = _features(
        reading_of("明湖科技有限公司党支部与唐昌镇金沙社区党委完成党建共建签约。"),
        "明湖科技有限公司",
        "唐昌镇",
    )
    assert f["one_locates_another"] == 1.0


def test_a_unit_written_before_its_own_numbered_branch_locates_nothing(reading_of) -> None:
    # 某中心|第一党支部: the branch is the centre's, the centre is a side of the pairing
    f = _features(
        reading_of(
            "党建聚合力——区疾控中心第一党支部开展党建联建签约仪式\n"
            "6月9日上午，区疾控中心第一党支部联合区星海局行政第二党支部举行党建联建签约仪式。"
        ),
        "区疾控中心",
        "区星海局",
    )
    assert "one_locates_another" not in f


def test_units_listed_with_their_branch_names_are_one_run_signed_jointly(reading_of) -> None:
    # the mention may stop before the branch's name (第三支部委员会): still one list
    r = reading_of(
        "明湖科技有限公司第三支部委员会、云帆小学党支部、星海银行石桥支行党支部"
        "三家党组织共同签署了党建联盟协议。"
    )
    f = _features(r, "明湖科技有限公司", "星海银行石桥支行")
    assert f["run_same3+"] == 1.0
    assert f["run_same&jointly"] == 1.0
    assert f["run_joint&cue_sign"] == 1.0


def test_a_unit_as_subject_of_a_pairing_verb_and_its_list_as_object(reading_of) -> None:
    r = reading_of("明湖科技有限公司结对帮扶唐昌镇战旗村、先锋村。")
    f = _features(r, "明湖科技有限公司", "先锋村")
    assert f["run_verb_pair&subject"] == 1.0
    assert f["run_verb1x2"] == 1.0


def test_parallel_lists_with_a_pairing_verb_pair_by_position(reading_of) -> None:
    r = reading_of("明湖科技有限公司、星海银行石桥支行分别结对帮扶唐昌镇战旗村、先锋村。")
    assert _features(r, "明湖科技有限公司", "战旗村")["run_each_same"] == 1.0
    assert _features(r, "明湖科技有限公司", "先锋村")["run_each_crossed"] == 1.0


def test_units_another_unit_sends_pair_with_the_unit_they_help(reading_of) -> None:
    r = reading_of(
        "5月8日，云岭县农业农村局组织明湖科技有限公司、星海银行石桥支行、云帆小学"
        "召开帮扶唐昌镇战旗村动员会。"
    )
    sent = _features(r, "明湖科技有限公司", "战旗村")
    assert sent["run_organized3+"] == 1.0
    assert sent["run_organized&cue_pair"] == 1.0  # read like a hand frame: pair_organized
    assert "run_organized&cue_pair" not in _features(r, "明湖科技有限公司", "云帆小学")


def test_a_run_each_joined_to_one_unit_after_fenbie(reading_of) -> None:
    r = reading_of(
        "会上，明湖科技有限公司、星海银行石桥支行、云帆小学等分别与唐昌镇战旗村签订共建协议。"
    )
    assert _features(r, "星海银行石桥支行", "战旗村")["run_each_to_one&cue_sign"] == 1.0
    assert "run_each_to_one" not in _features(r, "明湖科技有限公司", "云帆小学")


def test_a_run_of_party_bodies_acting_together_pairs_every_two(reading_of) -> None:
    # 甲党总支、乙党支部、丙党支部共同组建…联盟: one joint pact, every two are partners
    r = reading_of(
        "签约仪式上，唐昌镇战旗村党总支、云帆小学党支部、星海银行石桥支行党支部"
        "共同组建“同心”党建联盟。"
    )
    assert _features(r, "战旗村", "星海银行石桥支行")["run_joint_party"] == 1.0
    assert _features(r, "云帆小学", "星海银行石桥支行")["run_joint_party"] == 1.0


def test_a_run_closed_by_a_count_of_party_bodies_pairs_every_two(reading_of) -> None:
    r = reading_of(
        "明湖科技有限公司第三支部委员会、云帆小学党支部、星海银行石桥支行党支部"
        "三家党组织签署了党建联盟协议。"
    )
    assert _features(r, "明湖科技有限公司", "云帆小学")["run_joint_party"] == 1.0


def test_party_bodies_that_only_attend_are_not_a_joint_run(reading_of) -> None:
    r = reading_of(
        "唐昌镇战旗村党总支、云帆小学党支部、星海银行石桥支行党支部共同参加了党建联盟会议。"
    )
    assert "run_joint_party" not in _features(r, "战旗村", "云帆小学")


def test_a_plain_run_of_names_without_party_bodies_is_not_a_joint_party_run(reading_of) -> None:
    r = reading_of("明湖科技有限公司、云帆小学、星海银行石桥支行共同签署了党建联盟协议。")
    assert "run_joint_party" not in _features(r, "明湖科技有限公司", "云帆小学")


def test_the_hub_of_a_one_plus_n_alliance_pairs_with_each_member(reading_of) -> None:
    r = reading_of(
        "“1+3”党建联盟中的“1”是指中共云帆社区委员会，“3”是指中共明湖科技有限公司"
        "支部委员会、中共云帆小学支部委员会、中共星海银行石桥支行支部委员会。"
    )
    assert _features(r, "云帆社区", "明湖科技有限公司")["hub_member"] == 1.0
    assert _features(r, "云帆社区", "星海银行石桥支行")["hub_member"] == 1.0
    assert "hub_member" not in _features(r, "明湖科技有限公司", "云帆小学")


def test_the_page_unit_in_a_member_list_pairs_with_each_other(reading_of) -> None:
    r = reading_of(
        "云帆社区党委举行党建结对共建签约仪式。参与本次共建的党组织单位有中共云帆社区委员会、"
        "明湖科技有限公司、云帆小学、星海银行石桥支行。"
    )
    assert _features(r, "云帆社区", "云帆小学")["hub_member"] == 1.0
    assert "hub_member" not in _features(r, "明湖科技有限公司", "云帆小学")


def test_a_member_list_goes_on_past_an_item_that_is_no_unit(reading_of) -> None:
    # 某某项目部 is read as no unit: the members after it are still of the list
    r = reading_of(
        "云帆社区党委举行党建结对共建签约仪式。参与本次共建的党组织单位有中共云帆社区委员会、"
        "明湖科技有限公司、石桥三期项目部、云帆小学、星海银行石桥支行。"
    )
    assert _features(r, "云帆社区", "星海银行石桥支行")["hub_member"] == 1.0
    assert "hub_member" not in _features(r, "云帆小学", "星海银行石桥支行")


def test_the_page_unit_in_a_plain_list_is_no_hub(reading_of) -> None:
    r = reading_of(
        "云帆社区党委举行党建结对共建签约仪式。云帆社区、明湖科技有限公司、云帆小学、"
        "星海银行石桥支行签订了共建协议。"
    )
    assert "hub_member" not in _features(r, "云帆社区", "云帆小学")


def test_each_pair_of_a_list_of_pairs_is_read_like_a_hand_frame(reading_of) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import PAIR_LIST

    r = reading_of(PAIRS_LIST)
    assert _features(r, "明湖科技有限公司", "战旗村")[PAIR_LIST] == 1.0
    assert read_by_hand_rule(choice_between(r, "星海银行石桥支行", "先锋村"))
    assert PAIR_LIST not in _features(r, "明湖科技有限公司", "先锋村")  # crossed
    # a place that only locates the unit after it (郫都区|先锋村) is no side of a pair
    located = reading_of(
        "会上，明湖科技有限公司与郫都区先锋村、星海银行与郫都区战旗村分别签订了结对共建协议。"
    )
    assert PAIR_LIST in _features(located, "星海银行", "战旗村")
    assert PAIR_LIST not in _features(located, "郫都区", "星海银行")


def test_the_unit_that_sends_a_run_pairs_with_the_unit_they_help(reading_of) -> None:
    from ingest.extract.pair_structure import ORGANIZER_PAIR

    r = reading_of(
        "5月8日，云岭县农业农村局组织明湖科技有限公司、星海银行石桥支行、云帆小学"
        "召开帮扶唐昌镇战旗村动员会。"
    )
    assert _features(r, "云岭县农业农村局", "战旗村")[ORGANIZER_PAIR] == 1.0
    assert ORGANIZER_PAIR not in _features(r, "云岭县农业农村局", "明湖科技有限公司")
    # 联合 alone: co-actors, the unit after them only the venue
    joint = reading_of(
        "5月8日，云岭县农业农村局联合明湖科技有限公司、星海银行石桥支行于云帆小学举办"
        "党建联建座谈会。"
    )
    assert ORGANIZER_PAIR not in _features(joint, "云岭县农业农村局", "云帆小学")


def test_one_unit_signing_with_a_list_pairs_it_with_each_member(reading_of) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import HEAD_LIST

    r = reading_of(
        "5月8日，云岭县人民医院与明湖科技有限公司、云帆小学、星海银行石桥支行"
        "3家单位现场签约结对共建。"
    )
    assert _features(r, "云岭县人民医院", "云帆小学")[HEAD_LIST] == 1.0
    assert read_by_hand_rule(choice_between(r, "云岭县人民医院", "星海银行石桥支行"))
    # the members are the head's partners, not each other's
    assert HEAD_LIST not in _features(r, "明湖科技有限公司", "云帆小学")
    # present, not signing
    attended = reading_of(
        "云岭县人民医院与明湖科技有限公司、云帆小学、星海银行石桥支行负责人参加结对共建签约仪式。"
    )
    assert HEAD_LIST not in _features(attended, "云岭县人民医院", "云帆小学")


def test_a_led_connective_still_pairs_the_head_with_each_member(reading_of) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import HEAD_LIST_LED

    each = reading_of(
        "在共建活动上，云岭县人民医院分别与辖区明湖科技有限公司、云帆小学签订了共建协议。"
    )
    assert _features(each, "云岭县人民医院", "云帆小学")[HEAD_LIST_LED] == 1.0
    assert read_by_hand_rule(choice_between(each, "云岭县人民医院", "明湖科技有限公司"))
    # the members are the head's partners, not each other's
    assert HEAD_LIST_LED not in _features(each, "明湖科技有限公司", "云帆小学")
    also = reading_of("当天，云岭县人民医院还与明湖科技有限公司、云帆小学签订结对共建协议。")
    assert _features(also, "云岭县人民医院", "云帆小学")[HEAD_LIST_LED] == 1.0
    # present, not signing; no pairing or signing word; one joint act of three
    attended = reading_of("云岭县人民医院还与明湖科技有限公司、云帆小学负责人参加签约仪式。")
    assert HEAD_LIST_LED not in _features(attended, "云岭县人民医院", "云帆小学")
    visit = reading_of("云岭县人民医院还与明湖科技有限公司、云帆小学开展合作交流。")
    assert HEAD_LIST_LED not in _features(visit, "云岭县人民医院", "云帆小学")
    joint = reading_of("云岭县人民医院还与明湖科技有限公司、云帆小学三方签订结对共建协议。")
    assert HEAD_LIST_LED not in _features(joint, "云岭县人民医院", "云帆小学")


def test_a_run_of_subjects_of_a_pairing_verb_pairs_each_with_its_object(reading_of) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import SUBJECTS_VERB

    r = reading_of("2016年9月，明湖科技有限公司、星海银行石桥支行对口帮扶唐昌镇战旗村。")
    assert _features(r, "明湖科技有限公司", "战旗村")[SUBJECTS_VERB] == 1.0
    assert read_by_hand_rule(choice_between(r, "星海银行石桥支行", "战旗村"))
    # co-subjects, not partners
    assert SUBJECTS_VERB not in _features(r, "明湖科技有限公司", "星海银行石桥支行")
    # a gift, not a pairing
    gift = reading_of("明湖科技有限公司、星海银行石桥支行向唐昌镇战旗村捐赠结对帮扶资金。")
    assert SUBJECTS_VERB not in _features(gift, "明湖科技有限公司", "战旗村")


def test_a_head_and_list_closed_by_a_count_of_parties_is_one_joint_act(reading_of) -> None:
    from ingest.extract.pair_structure import HEAD_LIST

    r = reading_of("云岭县人民医院与明湖科技有限公司、星海银行石桥支行三方签约结对共建。")
    assert HEAD_LIST not in _features(r, "云岭县人民医院", "星海银行石桥支行")


def test_rows_of_a_unit_in_another_pair_each_row_only(reading_of) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import IN_ROWS

    r = reading_of(
        "明湖科技有限公司在唐昌镇战旗村、星海银行石桥支行在唐昌镇先锋村等，大力推进联建项目。"
    )
    assert _features(r, "明湖科技有限公司", "战旗村")[IN_ROWS] == 1.0
    assert read_by_hand_rule(choice_between(r, "星海银行石桥支行", "先锋村"))
    # never across rows
    assert IN_ROWS not in _features(r, "明湖科技有限公司", "先锋村")
    # one row alone only places a meeting
    one = reading_of("明湖科技有限公司在唐昌镇战旗村召开结对共建推进会。")
    assert IN_ROWS not in _features(one, "明湖科技有限公司", "战旗村")


def test_units_of_a_clause_each_with_the_unit_after_fenbie_across_the_comma(reading_of) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import EACH_ACROSS

    # 甲、乙，分别与丙签约: each unit of the clause before with 丙
    r = reading_of("当天，明湖科技有限公司、星海银行石桥支行，分别与唐昌镇战旗村签订结对共建协议。")
    assert _features(r, "明湖科技有限公司", "战旗村")[EACH_ACROSS] == 1.0
    assert read_by_hand_rule(choice_between(r, "星海银行石桥支行", "战旗村"))
    assert EACH_ACROSS not in _features(r, "明湖科技有限公司", "星海银行石桥支行")
    # 甲围绕…，分别与乙、丙结对共建: the one unit of the clause before with each
    one = reading_of(
        "近年来，唐昌镇战旗村党支部围绕资源共享工作思路，分别与明湖科技有限公司、"
        "云帆小学等单位结对共建。"
    )
    assert _features(one, "战旗村", "云帆小学")[EACH_ACROSS] == 1.0
    # 甲、乙等三家成员单位分别与丙签约: past 等, a count and its kind
    counted = reading_of(
        "明湖科技有限公司、星海银行石桥支行等两家成员单位分别与唐昌镇战旗村签订结对协议。"
    )
    assert _features(counted, "星海银行石桥支行", "战旗村")[EACH_ACROSS] == 1.0
    # no pairing or signing word after the partner: not read
    met = reading_of(
        "为推进结对共建，明湖科技有限公司、星海银行石桥支行，分别与唐昌镇战旗村座谈交流。"
    )
    assert EACH_ACROSS not in _features(met, "明湖科技有限公司", "战旗村")
    # a unit followed by 的 owns a noun, it is no subject; a partner followed by a count
    # heads the group of partners (丁9个乡镇)
    owner = reading_of(
        "当天，云岭县商会的理事单位、明湖科技有限公司，分别与唐昌镇战旗村签订结对共建协议。"
    )
    assert EACH_ACROSS not in _features(owner, "云岭县商会", "战旗村")
    assert _features(owner, "明湖科技有限公司", "战旗村")[EACH_ACROSS] == 1.0
    group = reading_of(
        "明湖科技有限公司、星海银行石桥支行等两家企业分别与云帆科技有限公司3个下属企业"
        "签订结对协议。"
    )
    assert EACH_ACROSS not in _features(group, "明湖科技有限公司", "云帆科技有限公司")


def test_the_subject_before_fenbie_and_a_pairing_verb_pairs_with_each_of_its_list(
    reading_of,
) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import EACH_ACROSS

    # 甲成立了N支服务队，分别对接乙的丙、丁…N个社区 (pairs31): 甲 with each, past the owner
    r = reading_of(
        "为深化结对共建，明湖科技有限公司组建了3支党员服务队，分别对接云岭街道的"
        "唐昌镇战旗村、唐昌镇先锋村、唐昌镇新民村3个村。"
    )
    assert _features(r, "明湖科技有限公司", "先锋村")[EACH_ACROSS] == 1.0
    assert read_by_hand_rule(choice_between(r, "明湖科技有限公司", "新民村"))
    assert EACH_ACROSS not in _features(r, "战旗村", "先锋村")


def test_a_unit_that_goes_to_another_to_carry_out_a_pairing(reading_of) -> None:
    # pairs26 (goes_to_pair): the visit is the pairing's, read like a hand frame
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule

    r = reading_of("12月2日，远星科技有限公司党委书记王晓东率队赴青禾县文化馆开展结对帮扶调研。")
    c = choice_between(r, "远星科技有限公司", "青禾县文化馆")
    assert c.features["goes_to_pair"] == 1.0
    assert read_by_hand_rule(c)


def test_a_visit_with_no_pairing_word_after_the_unit_is_no_going_to_pair(reading_of) -> None:
    r = reading_of(
        "12月2日，远星科技有限公司党委书记王晓东率队赴青禾县文化馆考察调研，双方将结对帮扶。"
    )
    assert "goes_to_pair" not in _features(r, "远星科技有限公司", "青禾县文化馆")


def test_a_unit_that_goes_to_the_partner_its_title_names(reading_of) -> None:
    # pairs27 (goes_to_partner): 结对村 before the unit gone to says the standing pairing
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule

    r = reading_of("11月4日，远星科技有限公司党委一行赴其结对村——青禾县唐昌镇金沙村开展慰问活动。")
    c = choice_between(r, "远星科技有限公司", "金沙村")
    assert c.features["goes_to_partner"] == 1.0
    assert read_by_hand_rule(c)
    assert "goes_to_partner" not in _features(r, "远星科技有限公司", "唐昌镇")


def test_a_visit_to_a_unit_with_no_title_is_no_going_to_partner(reading_of) -> None:
    r = reading_of(
        "11月4日，远星科技有限公司党委一行赴青禾县唐昌镇金沙村开展调研活动，并签订结对协议。"
    )
    assert "goes_to_partner" not in _features(r, "远星科技有限公司", "金沙村")


def test_a_pairing_clause_with_no_subject_carries_the_sentence_opening_unit(reading_of) -> None:
    # pairs32 (subject_carried): 甲是…单位，同时结对帮扶乙 — 甲 is the subject of 结对帮扶
    from ingest.extract.pair_structure import SUBJECT_CARRIED

    r = reading_of("明湖科技有限公司是青禾县帮扶团组的组长单位，同时结对帮扶唐昌镇战旗村。")
    assert _features(r, "明湖科技有限公司", "战旗村")[SUBJECT_CARRIED] == 1.0
    # the clause names a subject of its own: no carried subject
    other = reading_of("明湖科技有限公司是青禾县帮扶团组的组长单位，云帆小学结对帮扶唐昌镇战旗村。")
    assert SUBJECT_CARRIED not in _features(other, "明湖科技有限公司", "战旗村")


def test_two_units_joined_by_a_dash_that_a_pairing_word_names(reading_of) -> None:
    # pairs32 (dash_pair): 签订甲镇——乙县丙镇结对共建协议, read like a hand frame
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import DASH_PAIR

    r = reading_of("10月14日，两地代表签订唐昌镇——青禾县白沙镇结对共建协议。")
    c = choice_between(r, "唐昌镇", "白沙镇")
    assert c.features[DASH_PAIR] == 1.0
    assert read_by_hand_rule(c)
    assert DASH_PAIR not in _features(r, "唐昌镇", "青禾县")  # 青禾县 only locates 白沙镇
    # no pairing word after the two: a span of years or a route, not a pairing
    other = reading_of("唐昌镇——白沙镇公路通车后，明湖科技有限公司与战旗村结对共建。")
    assert DASH_PAIR not in _features(other, "唐昌镇", "白沙镇")


def test_a_count_of_places_closing_a_list_is_no_gap_in_the_run(reading_of) -> None:
    r = reading_of("台州市金清镇、蓬街镇两镇与宁波市梅山街道结对共建。")
    f = _features(r, "金清镇", "梅山街道")
    assert f["chain=enumeration&members"] == 1.0
    assert f["rule=pair_conj"] == 1.0


def test_the_unit_after_by_does_the_pairing_not_the_one_that_decides_it(reading_of) -> None:
    r = reading_of("2016年，国务院作出由南京市对口支援商洛市打赢脱贫攻坚战的决策部署。")
    doer = _features(r, "南京市", "商洛市")
    decider = _features(r, "国务院", "商洛市")
    assert doer["run_subject_verb_pair"] == 1.0  # 由 names the doer: it opens the verb
    assert decider["run_verb_other_agent"] == 1.0
    assert "run_subject_verb_pair" not in decider


def test_a_hub_that_convenes_its_joint_body_with_each_unit_attending(reading_of) -> None:
    # pairs44 (convened_members): the street convenes its alliance, the units attend
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import CONVENED_MEMBER

    r = reading_of(
        "5月9日下午，唐昌镇在翠湖社区会议室召开党建联盟会议，明湖科技有限公司、"
        "云帆小学等12家单位党组织负责人参加会议。"
    )
    hub = choice_between(r, "唐昌镇", "明湖科技有限公司")
    assert hub.features[CONVENED_MEMBER] == 1.0
    assert read_by_hand_rule(hub)
    assert CONVENED_MEMBER in _features(r, "唐昌镇", "云帆小学")
    assert CONVENED_MEMBER not in _features(r, "明湖科技有限公司", "云帆小学")  # members


def test_the_venue_of_a_joint_meeting_is_no_hub(reading_of) -> None:
    from ingest.extract.pair_structure import CONVENED_MEMBER

    r = reading_of("5月9日，两地在唐昌镇召开东西部协作联席会议，明湖科技有限公司负责人参加会议。")
    assert CONVENED_MEMBER not in _features(r, "唐昌镇", "明湖科技有限公司")


def test_a_committee_convening_a_meeting_is_no_hub(reading_of) -> None:
    # the hub of regional party building is a community, village, street or town
    from ingest.extract.pair_structure import CONVENED_MEMBER

    r = reading_of(
        "5月9日，明湖科技有限公司召开党建联盟会议，云帆小学、星海银行石桥支行等单位负责人参加会议。"
    )
    assert CONVENED_MEMBER not in _features(r, "明湖科技有限公司", "云帆小学")


def test_the_meeting_convened_in_one_sentence_its_attendants_in_the_next(reading_of) -> None:
    from ingest.extract.pair_structure import CONVENED_MEMBER

    r = reading_of(
        "8月30日下午，唐昌镇战旗村召开党建联建联席会议。明湖科技有限公司、云帆小学等"
        "辖区单位的党建工作负责人出席了会议。"
    )
    assert CONVENED_MEMBER in _features(r, "战旗村", "明湖科技有限公司")
    assert CONVENED_MEMBER in _features(r, "战旗村", "云帆小学")


def test_a_founder_and_the_units_it_takes_in_form_one_body(reading_of) -> None:
    # pairs47 (body_members): the founder takes the units in, the body is formed
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import FOUNDER_MEMBER

    r = reading_of(
        "明湖科技有限公司党委发起倡议，吸纳云帆小学、星海银行石桥支行、唐昌镇战旗村等"
        "12个单位党组织，缔结盟约，成立明湖党建联盟。"
    )
    founder = choice_between(r, "明湖科技有限公司", "云帆小学")
    assert founder.features[FOUNDER_MEMBER] == 1.0
    assert read_by_hand_rule(founder)
    assert FOUNDER_MEMBER in _features(r, "云帆小学", "战旗村")  # the members too


def test_units_taken_in_to_attend_form_no_body(reading_of) -> None:
    from ingest.extract.pair_structure import FOUNDER_MEMBER

    r = reading_of(
        "明湖科技有限公司党委发起倡议，吸纳云帆小学、星海银行石桥支行等单位负责人参加会议，"
        "讨论成立党建联盟。"
    )
    assert FOUNDER_MEMBER not in _features(r, "明湖科技有限公司", "云帆小学")
    r = reading_of(
        "由明湖科技有限公司牵头，吸纳云帆小学、星海银行石桥支行，成立明湖党建联盟。"
    )  # 由…牵头 names a leader, not a founding member
    assert FOUNDER_MEMBER not in _features(r, "明湖科技有限公司", "云帆小学")


def test_a_centre_with_each_member_of_its_body(reading_of) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import CENTRE_MEMBER

    r = reading_of(
        "明湖科技有限公司探索建立联合活动机制，成立了以明湖科技有限公司党支部为中心，"
        "唐昌镇、战旗村和先锋村的党支部为成员的联合活动组。"
    )
    centre = choice_between(r, "明湖科技有限公司", "战旗村")
    assert centre.features[CENTRE_MEMBER] == 1.0
    assert read_by_hand_rule(centre)
    assert CENTRE_MEMBER in _features(r, "明湖科技有限公司", "先锋村")
    assert CENTRE_MEMBER not in _features(r, "战旗村", "先锋村")  # members with each other


def test_a_leading_unit_of_a_campaign_is_no_centre(reading_of) -> None:
    from ingest.extract.pair_structure import CENTRE_MEMBER

    r = reading_of(
        "明确明湖科技有限公司为牵头单位，云帆小学、星海银行石桥支行等部门为成员单位，"
        "成立结对共建领导小组。"
    )
    assert CENTRE_MEMBER not in _features(r, "明湖科技有限公司", "云帆小学")


def test_a_run_and_the_unit_it_joins_form_one_named_body(reading_of) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import JOINED_BODY

    r = reading_of(
        "近日，明湖科技有限公司党委、星海银行石桥支行党支部联合唐昌镇党委成立“红色同心圆”。"
    )
    joined = choice_between(r, "明湖科技有限公司", "星海银行石桥支行")
    assert joined.features[JOINED_BODY] == 1.0
    assert read_by_hand_rule(joined)
    assert JOINED_BODY in _features(r, "星海银行石桥支行", "唐昌镇")


def test_a_run_joined_to_a_unit_for_an_event_forms_no_body(reading_of) -> None:
    from ingest.extract.pair_structure import JOINED_BODY

    r = reading_of(
        "近日，明湖科技有限公司党委、星海银行石桥支行党支部联合唐昌镇党委开展志愿服务活动。"
    )
    assert JOINED_BODY not in _features(r, "明湖科技有限公司", "唐昌镇")


def test_a_clause_opening_with_yu_carries_the_subject_of_the_clause_before(reading_of) -> None:
    # pairs51 (conj_carried): 甲深入某县，与乙开展结对共建 — 甲 pairs with 乙
    from ingest.extract.pair_structure import CONJ_CARRIED

    r = reading_of(
        "9月16日，星海律师事务所党支部深入青禾县，与唐昌镇战旗村党总支开展党建结对共建活动。"
    )
    assert _features(r, "星海律师事务所", "战旗村")[CONJ_CARRIED] == 1.0
    assert CONJ_CARRIED not in _features(r, "星海律师事务所", "唐昌镇")  # it only locates
    # a unit visited on the way is not the subject; each unit of the partner run is joined
    r = reading_of(
        "明湖科技有限公司来到唐昌镇金沙社区，并与云帆小学党支部、唐昌镇先锋村签订共建协议。"
    )
    assert _features(r, "明湖科技有限公司", "云帆小学")[CONJ_CARRIED] == 1.0
    assert _features(r, "明湖科技有限公司", "先锋村")[CONJ_CARRIED] == 1.0
    assert CONJ_CARRIED not in _features(r, "金沙社区", "云帆小学")


def test_no_carried_subject_past_another_subject_or_without_a_pairing_word(reading_of) -> None:
    from ingest.extract.pair_structure import CONJ_CARRIED

    # a later clause opens with a subject of its own: that one is carried, not the first
    r = reading_of("明湖科技有限公司召开会议，云帆小学介绍经验，与唐昌镇战旗村签订共建协议。")
    assert CONJ_CARRIED not in _features(r, "明湖科技有限公司", "战旗村")
    assert _features(r, "云帆小学", "战旗村")[CONJ_CARRIED] == 1.0
    # the clause of 与 has no pairing or signing word: a talk, not a pairing
    r = reading_of("明湖科技有限公司来到唐昌镇战旗村，与云帆小学座谈交流，开展结对共建。")
    assert CONJ_CARRIED not in _features(r, "明湖科技有限公司", "云帆小学")


def test_a_unit_joined_after_an_adverb_forms_one_body_with_the_run(reading_of) -> None:
    from ingest.extract.pair_structure import JOINED_BODY

    r = reading_of(
        "同时，云岭县人民医院还联合明湖科技有限公司、星海银行石桥支行等6家单位成立党建服务联盟。"
    )
    assert JOINED_BODY in _features(r, "云岭县人民医院", "星海银行石桥支行")
    assert JOINED_BODY in _features(r, "明湖科技有限公司", "星海银行石桥支行")
    event = reading_of(
        "同时，云岭县人民医院还联合明湖科技有限公司、星海银行石桥支行开展志愿服务活动。"
    )
    assert JOINED_BODY not in _features(event, "明湖科技有限公司", "星海银行石桥支行")


def test_a_list_of_pairs_named_by_a_word_of_joint_work_is_read_like_a_hand_frame(
    reading_of,
) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import PAIR_LIST

    r = reading_of(
        "本次牵手的单位共有两对，分别是明湖科技有限公司和郫都区唐昌镇战旗村、"
        "星海银行石桥支行和郫都区唐昌镇先锋村。"
    )
    assert read_by_hand_rule(choice_between(r, "明湖科技有限公司", "战旗村"))
    assert _features(r, "星海银行石桥支行", "先锋村")[PAIR_LIST] == 1.0
    assert PAIR_LIST not in _features(r, "明湖科技有限公司", "先锋村")  # crossed
    assert PAIR_LIST not in _features(r, "郫都区", "星海银行石桥支行")  # only locates


def test_a_head_list_whose_last_member_follows_he_pairs_the_head_with_each(
    reading_of,
) -> None:
    from ingest.extract.pair_structure import HEAD_LIST, head_list_joiners

    r = reading_of(
        "5月8日，云岭县人民医院与明湖科技有限公司、云帆小学和星海银行石桥支行签订结对共建协议。"
    )
    assert _features(r, "云岭县人民医院", "星海银行石桥支行")[HEAD_LIST] == 1.0
    assert HEAD_LIST not in _features(r, "云帆小学", "星海银行石桥支行")
    # the same connective twice is a list of pairs (甲和乙、丙和丁), not a head and its list
    assert not head_list_joiners(["和", "、", "和"])
    assert head_list_joiners(["与", "、", "以及"])


def test_the_pages_unit_written_by_a_word_for_itself_heads_a_list(reading_of) -> None:
    from pair_helpers import choice_between

    from ingest.extract.pair_decide import read_by_hand_rule
    from ingest.extract.pair_structure import OWN_HEAD_LIST

    r = reading_of(
        "云帆职业学院开展校地共建工作\n"
        "近日，云帆职业学院召开工作推进会。学校还与青石镇、南坡村和东岭村开展了合作共建。"
    )
    assert _features(r, "云帆职业学院", "青石镇")[OWN_HEAD_LIST] == 1.0
    assert read_by_hand_rule(choice_between(r, "云帆职业学院", "南坡村"))
    # the members are the page's unit's partners, not each other's
    assert OWN_HEAD_LIST not in _features(r, "青石镇", "南坡村")


def test_a_self_word_in_the_sentence_heads_a_list(reading_of) -> None:
    from ingest.extract.pair_structure import OWN_HEAD_LIST

    r = reading_of(
        "云岭县人民医院召开党建工作会议。会上，我院分别与明湖科技有限公司、"
        "星海银行石桥支行签订结对共建协议。"
    )
    assert _features(r, "云岭县人民医院", "明湖科技有限公司")[OWN_HEAD_LIST] == 1.0


def test_a_self_word_before_a_list_that_only_attends_is_no_head(reading_of) -> None:
    from ingest.extract.pair_structure import OWN_HEAD_LIST

    r = reading_of(
        "云帆职业学院开展校地共建工作\n"
        "近日，云帆职业学院召开工作推进会。学校与青石镇、南坡村负责人参加了共建签约仪式。"
    )
    assert OWN_HEAD_LIST not in _features(r, "云帆职业学院", "青石镇")


def test_own_head_word_reads_a_self_word_then_one_connective() -> None:
    from ingest.extract.pair_structure import own_head_word

    assert own_head_word("学校还与")
    assert own_head_word("我区分别与辖区")
    assert own_head_word("该院某某支部与")
    assert own_head_word("医院党委与")
    assert not own_head_word("会上与")  # no word for the page's unit
    assert not own_head_word("我区与出席的")  # a modifier of attendance
    assert not own_head_word("学校与甲村和")  # two connectives: no one head


def test_a_sent_run_and_a_list_after_it_do_not_pair_every_member_with_every_unit(
    reading_of,
) -> None:
    from ingest.extract.pair_structure import ORGANIZED_PAIR, ORGANIZER_PAIR

    # who pairs with whom of two lists is not said: no member with every unit after it
    r = reading_of(
        "5月8日，云岭县农业农村局组织明湖科技有限公司、星海银行石桥支行等2家单位"
        "与唐昌镇战旗村、先锋村等2个村开展结对共建签约仪式。"
    )
    assert ORGANIZED_PAIR not in _features(r, "明湖科技有限公司", "战旗村")
    assert ORGANIZED_PAIR not in _features(r, "星海银行石桥支行", "先锋村")
    assert ORGANIZER_PAIR not in _features(r, "云岭县农业农村局", "先锋村")


def test_units_that_each_receive_an_award_are_no_joint_act(reading_of) -> None:
    from ingest.extract.pair_structure import JOINT_ACT, receives_award

    assert receives_award("等40个省市获国际友好城市交流合作奖")
    assert receives_award("荣获结对共建示范点称号")
    assert not receives_award("等单位共同签订结对共建协议")
    r = reading_of(
        "会上，明湖科技有限公司、星海银行石桥支行、云帆小学等3家单位获结对共建先进单位称号。"
    )
    assert JOINT_ACT not in _features(r, "明湖科技有限公司", "云帆小学")
    act = reading_of(
        "会上，明湖科技有限公司、星海银行石桥支行、云帆小学等3家单位共同签订结对共建协议。"
    )
    assert _features(act, "明湖科技有限公司", "云帆小学")[JOINT_ACT] == 1.0
