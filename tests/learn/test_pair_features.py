"""Features of a candidate pair: the structure words alone miss (coordination, lists,
negation), named so that a model's weights read as reasons."""

from __future__ import annotations

from pair_helpers import choice_between as _choice

from ingest.extract.pair_decide import (
    address_head_only,
    co_objects,
    co_subjects,
    crossed_lists,
    denied,
    excluded_by_structure,
    one_body,
    read_by_hand_rule,
    veto_of,
    vetoed,
)
from ingest.extract.pair_features import story_priors
from ingest.extract.pipeline import StoryReading


def _features(reading: StoryReading, a: str, b: str) -> dict[str, float]:
    return dict(_choice(reading, a, b).features)


def test_two_units_joined_by_a_conjunction_and_a_cue_closing_the_clause(reading_of) -> None:
    f = _features(
        reading_of("唐昌镇战旗村党支部与明湖科技有限公司党支部签订结对共建协议。"),
        "战旗村",
        "明湖科技有限公司",
    )
    assert f["direct_conj=与"] == 1.0
    assert f["conj_same_clause"] == 1.0
    assert f["cue_pair_closes_clause_of_b"] == 1.0
    assert f["rule=pair_conj"] == 1.0  # the hand frame read it too


def test_units_of_one_enumeration_with_a_joint_signing(reading_of) -> None:
    f = _features(
        reading_of("云帆小学、金沙社区、明湖科技有限公司三家单位共同签订党建联建协议。"),
        "云帆小学",
        "明湖科技有限公司",
    )
    assert f["same_list"] == 1.0
    assert f["same_list&multi_words"] == 1.0


def test_a_pairing_denied_wherever_it_is_written_is_vetoed(reading_of) -> None:
    r = reading_of("唐昌镇战旗村与明湖科技有限公司没有结对关系。")
    assert denied(_choice(r, "战旗村", "明湖科技有限公司"))


def test_a_list_of_pairs_vetoes_the_crossed_pairs(reading_of) -> None:
    r = reading_of("会上，唐昌镇先锋村与星海银行石桥支行、战旗村与云帆小学分别签订共建协议。")
    assert excluded_by_structure(_choice(r, "先锋村", "云帆小学"))


def test_any_veto_stops_a_candidate_and_a_plain_pairing_passes(reading_of) -> None:
    crossed = reading_of("会上，唐昌镇先锋村与星海银行石桥支行、战旗村与云帆小学分别签订共建协议。")
    assert vetoed(_choice(crossed, "先锋村", "云帆小学"))
    assert not vetoed(_choice(crossed, "先锋村", "星海银行石桥支行"))
    # the error listing names the veto that stopped it
    assert veto_of(_choice(crossed, "先锋村", "云帆小学")) == "excluded_by_structure"
    assert veto_of(_choice(crossed, "先锋村", "星海银行石桥支行")) is None


def test_a_place_that_only_heads_an_address_is_no_side(reading_of) -> None:
    # 成都市|郫都区|唐昌镇: the city and the district locate the town, the town is paired
    r = reading_of("明湖科技有限公司党委与成都市郫都区唐昌镇党委签订党建共建协议。")
    assert address_head_only(_choice(r, "明湖科技有限公司", "成都市"))
    assert address_head_only(_choice(r, "明湖科技有限公司", "郫都区"))
    assert not address_head_only(_choice(r, "明湖科技有限公司", "唐昌镇"))
    # named once on its own, the city is a side again
    r = reading_of("成都市与明湖科技有限公司签约。成都市郫都区唐昌镇负责人出席。")
    assert not address_head_only(_choice(r, "成都市", "明湖科技有限公司"))


def test_visit_and_lecture_words_are_markers(reading_of) -> None:
    f = _features(
        reading_of("明湖科技有限公司党支部一行来到唐昌镇战旗村参观调研，并共同学习结对共建经验。"),
        "战旗村",
        "明湖科技有限公司",
    )
    assert f["marker=visit"] == 1.0


# -- the families read from the error list ---------------------------------------------


def test_an_alliance_as_one_side_is_marked(reading_of) -> None:
    # The alliance carries a name of its own after the slogan: one named by a slogan
    # alone is no unit (unit_rules.slogan_alliance).
    r = reading_of("唐昌镇金沙社区党委与云帆小学党支部组成“同心圆”云帆党建联盟，签订共建协议。")
    names = {e.name for e in r.base.entities}
    alliance = next(n for n in names if n.endswith("联盟"))
    assert _features(r, "金沙社区", alliance)["side_is_alliance"] == 1.0
    assert "side_is_alliance" not in _features(r, "金沙社区", "云帆小学")


def test_two_units_owning_an_event_are_a_modifier(reading_of) -> None:
    f = _features(
        reading_of("在唐昌镇金沙社区与明湖科技有限公司企业的联谊活动上，共建工作站揭牌。"),
        "金沙社区",
        "明湖科技有限公司",
    )
    assert f["b_then_de"] == 1.0
    assert f["at_a_b_de"] == 1.0
    plain = _features(
        reading_of("唐昌镇金沙社区与明湖科技有限公司签订结对共建协议。"),
        "金沙社区",
        "明湖科技有限公司",
    )
    assert "b_then_de" not in plain and "at_before_a" not in plain


def test_units_listed_as_present_are_attendance(reading_of) -> None:
    f = _features(
        reading_of("共建推进会上，云帆小学、明湖科技有限公司等单位负责人参加会议。"),
        "云帆小学",
        "明湖科技有限公司",
    )
    assert f["attend_after_b"] == 1.0
    assert f["listed_then_attend"] == 1.0


def test_a_pair_named_again_and_in_the_headline_recurs(reading_of) -> None:
    r = reading_of(
        "金沙社区与云帆小学结对共建\n"
        "6月2日，唐昌镇金沙社区党委与云帆小学党支部签订党建联建协议。"
        "此后金沙社区与云帆小学每月开展一次共建活动。"
    )
    f = _features(r, "金沙社区", "云帆小学")
    assert f["pair_in_headline"] == 1.0
    assert f["pair_sentences>"] == 1.0  # headline and two sentences
    prior = {k: v for k, v in f.items() if k.startswith("story_candidates")}
    assert prior == story_priors(len(r.choices))


def test_a_side_written_by_a_reference_counts_as_named_in_its_sentence(reading_of) -> None:
    r = reading_of(
        "青禾县人民医院党委来到唐昌镇金沙村调研。"
        "今年以来，该院党支部与金沙村党支部签订结对共建协议。"
    )
    f = _features(r, "青禾县人民医院", "金沙村")
    # 该院 is the hospital: the second sentence names both sides
    assert f["pair_sentences<=2"] == 1.0
    assert f["cue_sentences<=1"] == 1.0


def test_story_priors_bucket_the_candidates_of_a_story() -> None:
    assert story_priors(1) == {"story_candidates<=1": 1.0}
    assert story_priors(7) == {"story_candidates<=8": 1.0}
    assert story_priors(400) == {"story_candidates>": 1.0}


def test_units_crossed_by_two_parallel_lists_are_vetoed(reading_of) -> None:
    r = reading_of("明湖科技有限公司、星海银行石桥支行分别结对帮扶唐昌镇战旗村、先锋村。")
    assert crossed_lists(_choice(r, "明湖科技有限公司", "先锋村"))
    assert vetoed(_choice(r, "明湖科技有限公司", "先锋村"))
    assert not vetoed(_choice(r, "星海银行石桥支行", "先锋村"))


def test_a_unit_as_subject_of_a_pairing_verb_is_read_like_a_hand_frame(reading_of) -> None:
    r = reading_of("明湖科技有限公司结对帮扶唐昌镇战旗村、先锋村。")
    assert read_by_hand_rule(_choice(r, "明湖科技有限公司", "先锋村"))
    assert not read_by_hand_rule(_choice(r, "战旗村", "先锋村"))  # the object list itself


def test_units_another_unit_sends_to_help_are_read_like_a_hand_frame(reading_of) -> None:
    r = reading_of(
        "5月8日，云岭县农业农村局组织明湖科技有限公司、星海银行石桥支行、云帆小学"
        "召开帮扶唐昌镇战旗村动员会。"
    )
    assert read_by_hand_rule(_choice(r, "星海银行石桥支行", "战旗村"))
    assert not read_by_hand_rule(_choice(r, "明湖科技有限公司", "云帆小学"))  # co-members


def test_a_run_each_joined_to_one_unit_is_read_like_a_hand_frame(reading_of) -> None:
    r = reading_of(
        "会上，明湖科技有限公司、星海银行石桥支行、云帆小学等分别与唐昌镇战旗村签订共建协议。"
    )
    assert read_by_hand_rule(_choice(r, "云帆小学", "战旗村"))


def test_a_run_of_party_bodies_signing_together_is_read_like_a_hand_frame(reading_of) -> None:
    r = reading_of(
        "明湖科技有限公司第三支部委员会、云帆小学党支部、星海银行石桥支行党支部"
        "三家党组织签署了党建联盟协议。"
    )
    assert read_by_hand_rule(_choice(r, "云帆小学", "星海银行石桥支行"))
    attend = reading_of(
        "唐昌镇战旗村党总支、云帆小学党支部、星海银行石桥支行党支部共同参加了党建联盟会议。"
    )
    assert not read_by_hand_rule(_choice(attend, "云帆小学", "星海银行石桥支行"))


def test_a_unit_and_a_site_named_after_it_are_one_body_not_partners(reading_of) -> None:
    r = reading_of(
        "11月2日，明湖科技有限公司党支部与唐昌镇战旗村党支部在唐昌镇战旗村党群服务中心"
        "举办结对共建签约仪式。"
    )
    # the site is named from its village, the chain's last place (place_chains)
    site = _choice(r, "战旗村", "战旗村党群服务中心")
    assert one_body(site)
    assert vetoed(site)
    assert not one_body(_choice(r, "明湖科技有限公司", "战旗村"))


def test_co_subjects_of_one_pairing_verb_are_not_partners(reading_of) -> None:
    r = reading_of("明湖科技有限公司、星海银行石桥支行、云帆小学等单位结对帮扶唐昌镇战旗村。")
    assert co_subjects(_choice(r, "明湖科技有限公司", "云帆小学"))
    assert vetoed(_choice(r, "明湖科技有限公司", "云帆小学"))
    assert not co_subjects(_choice(r, "明湖科技有限公司", "战旗村"))
    joint = reading_of("明湖科技有限公司、星海银行石桥支行、云帆小学共同签订结对共建协议。")
    assert not co_subjects(_choice(joint, "明湖科技有限公司", "云帆小学"))


def test_units_at_the_same_place_of_parallel_runs_are_read_like_a_hand_frame(reading_of) -> None:
    r = reading_of("明湖科技有限公司、星海银行石桥支行分别结对帮扶唐昌镇战旗村、先锋村。")
    assert read_by_hand_rule(_choice(r, "星海银行石桥支行", "先锋村"))
    assert not read_by_hand_rule(_choice(r, "明湖科技有限公司", "先锋村"))


def test_two_objects_of_one_subjects_pairing_verb_are_vetoed(reading_of) -> None:
    r = reading_of("明湖科技有限公司结对帮扶唐昌镇战旗村、先锋村。")
    assert co_objects(_choice(r, "战旗村", "先锋村"))
    assert vetoed(_choice(r, "战旗村", "先锋村"))
    assert not vetoed(_choice(r, "明湖科技有限公司", "战旗村"))


def test_a_unit_that_locates_another_only_elsewhere_is_marked_apart(reading_of) -> None:
    # 河北省 locates 保定市 in the second sentence, not in the cue sentence joining it
    apart = _features(
        reading_of("会上，天津市与河北省签订扶贫协作协议。河北省保定市派出挂职干部。"),
        "天津市",
        "河北省",
    )
    assert apart["located_elsewhere_free_in_cue_sentence"] == 1.0
    assert "located_in_every_cue_sentence" not in apart
    every = _features(
        reading_of("会上，河北省保定市与天津市签订扶贫协作协议。"), "河北省", "天津市"
    )
    assert every["located_in_every_cue_sentence"] == 1.0


def test_a_frame_pair_of_a_place_and_its_part_excludes_no_other_pair(reading_of) -> None:
    # the frame joins the town with its villages (place_within stops those): that says
    # nothing against the bank with each village
    r = reading_of("去年4月，由唐昌镇和星海银行及战旗村、先锋村等2个村共同签订了合作共建协议。")
    bank = _choice(r, "星海银行", "战旗村")
    assert "rule_paired_both_elsewhere" not in bank.features
    assert not excluded_by_structure(bank)


def test_the_word_features_keep_the_one_character_next_to_the_unit(reading_of) -> None:
    # the second character after 、 or 与 is the next unit's name: never a feature
    f = _features(
        reading_of("云帆小学与金沙社区签订结对共建协议。"),
        "云帆小学",
        "金沙社区",
    )
    assert f["conj_after_a=与"] == 1.0
    assert f["after_a=与"] == 1.0
    assert f["after_b=签"] == 1.0
    assert "conj_after_a=与金" not in f
    words = [k for k in f if k.split("=")[0] in ("after_a", "before_a", "after_b")]
    assert all(len(k.split("=", 1)[1]) <= 1 for k in words)


def test_co_objects_of_a_region_cooperation_word_stay_apart(reading_of) -> None:
    # 赴甲、乙 / 与甲、乙 / 在甲、乙: the objects of one unit's act are not each other's partners
    for text in (
        "明湖科技有限公司赴唐昌镇战旗村、先锋村开展对口帮扶。",
        "明湖科技有限公司与唐昌镇战旗村、先锋村签订对口帮扶协议。",
        "明湖科技有限公司在唐昌镇战旗村、先锋村开展对口协作。",
    ):
        assert not read_by_hand_rule(_choice(reading_of(text), "战旗村", "先锋村")), text


def test_two_heads_of_member_groups_are_no_pair(reading_of) -> None:
    r = reading_of("根据安排，南京市3个区结对帮扶遵义市5个县，具体为鼓楼区与正安县结对。")
    assert veto_of(_choice(r, "南京市", "遵义市")) == "group_heads"
    assert not vetoed(_choice(r, "鼓楼区", "正安县"))
    one = reading_of("南京市3个区结对帮扶遵义市。南京市与遵义市签订对口帮扶协议。")
    assert veto_of(_choice(one, "南京市", "遵义市")) != "group_heads"


def test_units_inside_a_body_named_by_a_pairing_phrase_are_no_pair(reading_of) -> None:
    r = reading_of(
        # a 工作站: a 工作队 or 前方指挥部 sent across the verb is one unit of the sender's
        # (units53, orgs.sender_across_support_verb), so no pair is read inside it
        "共建活动是由江苏省对口支援铜仁市工作站、铜仁市党委组织部、铜仁市新兴组织委员会共同举办的。"
    )
    assert veto_of(_choice(r, "江苏省", "铜仁市")) == "body_name"
    assert veto_of(_choice(r, "江苏省", "铜仁市工作站")) == "body_name"
    said = reading_of("南京市对口支援遵义市，双方签订协议。")
    assert veto_of(_choice(said, "南京市", "遵义市")) is None


def test_region_cooperation_words_are_read_by_the_frames_and_weighed(reading_of) -> None:
    r = reading_of("南京市鼓楼区与贵州省从江县正式签署东西部扶贫协作协议。")
    (rel,) = r.rule_pairings
    assert rel.rule == "pair_conj_cooperation" and rel.kind == "东西部扶贫协作"
    ch = _choice(r, "鼓楼区", "从江县")
    assert ch.features["rule=pair_conj_cooperation"] == 1.0
    assert not read_by_hand_rule(ch)  # the model weighs it
    assert ch.relation.kind == "东西部扶贫协作"
    plain = reading_of("南京市鼓楼区与贵州省从江县签订对口帮扶暨结对共建协议。")
    assert read_by_hand_rule(_choice(plain, "鼓楼区", "从江县"))
