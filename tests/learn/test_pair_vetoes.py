"""Vetoes of pairing candidates read from the error lists (pairs9): each stops a kind of
candidate that the training articles show many times and never as a gold pairing.
Sentences are invented (units made up; places from a county outside the development set)."""

from __future__ import annotations

from pair_helpers import choice_between as _choice

from ingest.extract.pair_decide import (
    attended_only,
    collective_side,
    directive_giver,
    group_head,
    place_within,
    read_by_hand_rule,
    veto_of,
)


def test_an_alliance_the_partners_form_is_no_side_even_when_a_frame_reads_it(reading_of) -> None:
    # Named beyond its slogan: an alliance named by a slogan alone is no unit at all
    # (unit_rules.slogan_alliance).
    r = reading_of("近日，明湖科技有限公司党支部正式启动共建“同心”明湖党建联盟。")
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


def test_the_unit_that_arranges_or_approves_a_pairing_is_no_partner(reading_of) -> None:
    arranged = reading_of(
        "根据唐昌镇党委结对共建安排，明湖科技有限公司党支部与金沙社区党委签订结对共建协议。"
    )
    assert veto_of(_choice(arranged, "唐昌镇", "明湖科技有限公司")) == "directive_giver"
    assert veto_of(_choice(arranged, "明湖科技有限公司", "金沙社区")) is None
    called = reading_of(
        "明湖科技有限公司党支部积极响应星海银行党委号召，与金沙社区党委签订结对共建协议。"
    )
    assert directive_giver(_choice(called, "星海银行", "金沙社区"))
    assert directive_giver(_choice(called, "明湖科技有限公司", "星海银行"))
    approved = reading_of("经星海银行党委批准，明湖科技有限公司党支部与金沙社区党委结对。")
    assert veto_of(_choice(approved, "星海银行", "金沙社区")) == "directive_giver"


def test_a_partner_named_before_a_directive_it_follows_is_still_a_partner(reading_of) -> None:
    # 由A与B按照区委要求签订: the directive is the district's, A and B are the partners
    r = reading_of("由明湖科技有限公司党支部与金沙社区党委按照区委要求签订结对共建协议。")
    assert not directive_giver(_choice(r, "明湖科技有限公司", "金沙社区"))


def test_a_unit_that_only_heads_a_group_of_its_members_is_no_partner(reading_of) -> None:
    each = reading_of("云帆医院内科党支部与唐昌镇各居民区党支部分批结对。")
    assert veto_of(_choice(each, "云帆医院", "唐昌镇")) == "group_head"
    counted = reading_of("明湖科技有限公司党支部与唐昌镇5个村党支部签订结对帮扶协议。")
    assert group_head(_choice(counted, "明湖科技有限公司", "唐昌镇"))
    whole = reading_of(
        "唐昌镇与云帆医院签订党建共建协议，明确双方在党建引领、资源共享等方面开展合作。"
    )
    assert not group_head(_choice(whole, "唐昌镇", "云帆医院"))


def test_two_runs_joined_by_each_and_a_gift_verb_are_donations_not_pairings(
    reading_of,
) -> None:
    r = reading_of(
        "明湖科技有限公司、星海银行石桥支行分别捐助唐昌镇战旗村、先锋村帮扶资金各5万元。"
    )
    assert veto_of(_choice(r, "明湖科技有限公司", "战旗村")) == "gift_each"
    assert veto_of(_choice(r, "星海银行石桥支行", "先锋村")) == "gift_each"
    # pairs43: the gift's verb after the second run, 分别向 before it
    r = reading_of(
        "明湖科技有限公司、星海银行石桥支行分别向唐昌镇战旗村、先锋村捐助了5万元、8万元帮扶资金。"
    )
    assert veto_of(_choice(r, "星海银行石桥支行", "先锋村")) == "gift_each"
    # the same lists with a pairing verb stay a pairing frame
    r = reading_of("明湖科技有限公司、星海银行石桥支行分别结对帮扶唐昌镇战旗村、先锋村。")
    assert veto_of(_choice(r, "明湖科技有限公司", "战旗村")) is None


def test_two_units_a_meeting_joins_are_sides_when_both_sides_then_sign(reading_of) -> None:
    # pairs32 (both_sides_act): 双方 opening a later clause with a signing word
    met = reading_of(
        "明湖科技有限公司在与唐昌镇战旗村的交流座谈中，双方经过友好协商，签订结对共建协议书。"
    )
    assert not attended_only(_choice(met, "明湖科技有限公司", "战旗村"))
    only = reading_of(
        "在结对共建推进会上，明湖科技有限公司与唐昌镇战旗村作交流发言，双方负责同志参加座谈。"
    )
    assert attended_only(_choice(only, "明湖科技有限公司", "战旗村"))


def test_a_visit_to_a_unit_titled_as_the_partner_is_no_mere_visit(reading_of) -> None:
    # pairs50 (labels_a_partner): the visited unit's title, alone later in the sentence
    alone = reading_of(
        "5月13日，明湖科技有限公司党支部一行来到唐昌镇金沙社区，"
        "与结对社区工作人员就开展精神文明建设进行座谈。"
    )
    assert not attended_only(_choice(alone, "明湖科技有限公司", "金沙社区"))
    # or right before it (联点社区某街道某社区)
    before = reading_of("明湖科技有限公司党员干部前往联点社区唐昌镇金沙社区走访慰问群众。")
    assert not attended_only(_choice(before, "明湖科技有限公司", "金沙社区"))
    # a label whose kind fits neither unit, or a label naming a third unit, is no title
    other = reading_of("明湖科技有限公司党支部一行来到唐昌镇金沙社区参观，与结对村工作人员座谈。")
    assert attended_only(_choice(other, "明湖科技有限公司", "金沙社区"))
    third = reading_of(
        "明湖科技有限公司党支部一行来到唐昌镇金沙社区参观，随后前往结对社区先锋社区。"
    )
    assert attended_only(_choice(third, "明湖科技有限公司", "金沙社区"))


def test_a_visit_whose_next_clause_carries_out_a_pairing_is_no_mere_visit(reading_of) -> None:
    # pairs67 (visits_to_pair): the visit ends at the unit visited, and the clause after it
    # does the pairing's work with no unit of its own before the pairing word
    work = reading_of("10月22日，明湖科技有限公司党支部一行来到唐昌镇战旗村，开展联学共建活动。")
    assert not attended_only(_choice(work, "明湖科技有限公司", "战旗村"))
    survey = reading_of(
        "近日，明湖科技有限公司党委负责人到唐昌镇战旗村实地调研，谋划重点帮扶项目。"
    )
    assert not attended_only(_choice(survey, "明湖科技有限公司", "战旗村"))
    # a clause after the visit that only looks round is still a visit (the pairing word
    # two clauses on is not that clause's work)
    look = reading_of(
        "明湖科技有限公司党支部一行来到唐昌镇战旗村，参观村史馆，了解结对共建工作情况。"
    )
    assert attended_only(_choice(look, "明湖科技有限公司", "战旗村"))
    # a unit visited on the way, with the unit that clause pairs with after it, is no side
    on = reading_of("明湖科技有限公司党支部一行来到唐昌镇战旗村，与先锋村开展结对共建活动。")
    assert attended_only(_choice(on, "明湖科技有限公司", "战旗村"))


def test_attending_together_is_weighed_by_the_model_not_vetoed(reading_of) -> None:
    # pairs67: out of sample the veto stopped 19 gold pairings of the readable set, 7 of
    # them kept by the model without it, and saved 2 false ones: the feature stays
    only = reading_of(
        "在结对共建推进会上，明湖科技有限公司与唐昌镇战旗村作交流发言，双方负责同志参加座谈。"
    )
    c = _choice(only, "明湖科技有限公司", "战旗村")
    assert attended_only(c) and c.features.get("attended_only")
    assert veto_of(c) is None


def test_a_body_a_unit_sets_up_is_not_its_partner(reading_of) -> None:
    # pairs32 (founded_side): 甲成立乙 — 乙 is 甲's own creation
    from ingest.extract.pair_decide import founded_side

    r = reading_of(
        "签约前，明湖科技有限公司在全省率先成立云帆乡村振兴研究院，并与唐昌镇战旗村结对共建。"
    )
    assert veto_of(_choice(r, "明湖科技有限公司", "云帆乡村振兴研究院")) == "founded_side"
    assert not founded_side(_choice(r, "明湖科技有限公司", "战旗村"))
    # 与 between them: the two found something together, the veto does not read it
    joint = reading_of("明湖科技有限公司与唐昌镇战旗村成立结对共建工作专班。")
    assert not founded_side(_choice(joint, "明湖科技有限公司", "战旗村"))
