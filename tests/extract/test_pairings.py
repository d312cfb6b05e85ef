"""PAIRED_WITH between named units; visits, lectures and generic partners are not."""

from __future__ import annotations

from extract_helpers import pairs

from ingest.model import Extraction


def _rel(ex: Extraction):  # type: ignore[no-untyped-def]
    return next(r for r in ex.relations if r.type == "PAIRED_WITH")


def test_coordination_gives_a_star_from_the_first_unit(extract_text) -> None:
    ex = extract_text(
        "3月5日，唐昌镇战旗村党总支与四川银行郫都支行党支部、郫都区第二中学党委签订结对共建协议。"
    )
    assert pairs(ex) == {
        frozenset(("战旗村", "四川银行郫都支行")),
        frozenset(("战旗村", "郫都区第二中学")),
    }
    assert _rel(ex).kind == "结对共建"


def test_the_year_a_pairing_started_is_kept(extract_text) -> None:
    ex = extract_text("2016年以来，唐昌镇大云村与成都蓉新食品有限公司开展村企结对帮扶。")
    assert pairs(ex) == {frozenset(("大云村", "成都蓉新食品有限公司"))}
    assert _rel(ex).since == 2016
    assert _rel(ex).rule.startswith("pair_conj|model:") and _rel(ex).confidence > 0.5


def test_a_multi_party_signing_pairs_every_party(extract_text) -> None:
    ex = extract_text(
        "郫都区人民法院党支部、唐昌镇战旗村党总支、四川银行郫都支行党支部举行党建共建签约仪式。"
    )
    assert len(pairs(ex)) == 3


def test_a_visit_is_not_a_pairing(extract_text) -> None:
    ex = extract_text("郫都区人民医院党委书记陈光明一行来到唐昌镇金沙社区参观调研。")
    assert pairs(ex) == set()


def test_units_side_by_side_without_a_pairing_word_are_not_paired(extract_text) -> None:
    ex = extract_text("四川银行郫都支行与郫都区第二中学的代表参加了座谈会。")
    assert pairs(ex) == set()


def test_a_generic_partner_is_no_pairing(extract_text) -> None:
    ex = extract_text("郫都区第二中学党委与各村党支部开展结对共建，与结对单位共建活动阵地。")
    assert pairs(ex) == set()


def test_evidence_points_at_the_sentence_in_the_file(extract_text) -> None:
    text = "标题\n\n唐昌镇战旗村与四川银行郫都支行签订结对共建协议。其他内容。"
    rel = _rel(extract_text(text))
    assert rel.evidence is not None
    assert text[rel.evidence.start : rel.evidence.end] == rel.evidence.text
    assert "结对共建" in rel.evidence.text


def test_a_counted_list_of_units_signing_together_pairs_every_party(extract_text) -> None:
    ex = extract_text(
        "广安区官盛镇人民政府、广安区农业农村局、广安区人民法院官盛法庭三家单位党组织"
        "还签订了党建联建协议。"
    )
    assert pairs(ex) == {
        frozenset(("官盛镇", "广安区农业农村局")),
        frozenset(("官盛镇", "广安区人民法院官盛法庭")),
        frozenset(("广安区农业农村局", "广安区人民法院官盛法庭")),
    }


def test_an_earlier_pairing_with_its_own_left_partner_is_read_as_written(extract_text) -> None:
    ex = extract_text(
        "广安区官盛镇报国村与广安市人民医院结对共建。此前，羊角村已与广安区人民法院签订共建协议。"
    )
    assert pairs(ex) == {
        frozenset(("报国村", "广安市人民医院")),
        frozenset(("羊角村", "广安区人民法院")),
    }


def test_an_earlier_pairing_without_a_left_partner_goes_to_the_main_unit(extract_text) -> None:
    ex = extract_text(
        "广安区官盛镇报国村党支部与广安市人民医院党委结对共建。"
        "此次共建，是继与广安区人民法院建立共建关系后的新拓展。"
    )
    assert frozenset(("报国村", "广安区人民法院")) in pairs(ex)


def test_pairing_words_beyond_the_keywords_above(extract_text) -> None:
    ex = extract_text("当天，江岸区大智街道保成社区与湖北省武汉市第一中学结成对子。")
    # the school is named from its own city, the province written before it an alias's
    assert pairs(ex) == {frozenset(("保成社区", "武汉市第一中学"))}
    assert _rel(ex).kind == "结成对子"


def test_party_committees_written_in_full_pair_their_units(extract_text) -> None:
    ex = extract_text(
        "中共武汉地铁运营有限公司委员会与中共武汉市江岸区大智街道社区委员会完成党建共建签约。"
    )
    assert pairs(ex) == {frozenset(("武汉地铁运营有限公司", "大智街道"))}


def test_a_keyword_before_the_pair_counts_through_a_copula(extract_text) -> None:
    ex = extract_text(
        "“手拉手”结对活动是江岸区大智街道保成社区与湖北省武汉市第一中学学生的一次约会。"
    )
    assert pairs(ex) == {frozenset(("保成社区", "武汉市第一中学"))}
    meeting = extract_text(
        "在结对共建工作推进会上，江岸区大智街道保成社区与湖北省武汉市第一中学作了交流发言。"
    )
    # two units speaking at a pairing meeting: no frame reads them, and since pairs67
    # no veto stops them (attended_only is a feature the model weighs: out of sample on
    # the readable set the veto cost 7 gold pairings the model keeps and saved 2 false
    # ones); the shipped model scores this invented sentence near its threshold
    assert all(r.rule.startswith("model:") for r in meeting.relations if r.type == "PAIRED_WITH")


def test_a_denied_pairing_is_no_pairing(extract_text) -> None:
    ex = extract_text("广安区官盛镇羊角村与广安区农业农村局没有结对关系。")
    assert pairs(ex) == set()
    kept = extract_text("广安区官盛镇羊角村与广安区农业农村局不断深化结对共建。")
    assert pairs(kept) == {frozenset(("羊角村", "广安区农业农村局"))}


def test_the_start_year_may_follow_in_the_next_sentence(extract_text) -> None:
    ex = extract_text(
        "“手拉手”结对活动是官盛镇报国村与广安市人民医院的一段佳话。从2008年开展至今，已有十余年。"
    )
    assert _rel(ex).since == 2008


def test_units_joined_by_a_verb_of_joint_action_and_a_time_between(extract_text) -> None:
    ex = extract_text(
        "近日，郑州市金水区经八路街道科技社区党委联合河南省科学技术厅机关党委开展共建活动。"
        "经八路街道自2019年起与郑州银行金水支行、河南省人民医院等8家单位开展党建联建。"
    )
    assert frozenset(("科技社区", "河南省科学技术厅")) in pairs(ex)
    assert frozenset(("经八路街道", "郑州银行金水支行")) in pairs(ex)
    assert frozenset(("经八路街道", "河南省人民医院")) in pairs(ex)


def test_a_list_of_pairs_gives_each_pair_not_a_star(extract_text) -> None:
    ex = extract_text(
        "会上，后白镇西冯村与句容市人民法院、东湾村与后白派出所分别签订党建共建协议。"
    )
    assert pairs(ex) == {
        frozenset(("西冯村", "句容市人民法院")),
        frozenset(("东湾村", "后白派出所")),
    }
    assert {r.rule.split("|")[0] for r in ex.relations if r.type == "PAIRED_WITH"} == {
        "pair_parallel"
    }


def test_respectively_pairs_two_lists_in_order(extract_text) -> None:
    ex = extract_text("会上，后白镇西冯村、东湾村分别与句容市人民法院、后白派出所结对共建。")
    assert pairs(ex) == {
        frozenset(("西冯村", "句容市人民法院")),
        frozenset(("东湾村", "后白派出所")),
    }


def test_one_unit_respectively_with_two_is_still_a_star(extract_text) -> None:
    ex = extract_text("后白镇西冯村分别与句容市人民法院、后白派出所结对共建。")
    assert pairs(ex) == {
        frozenset(("西冯村", "句容市人民法院")),
        frozenset(("西冯村", "后白派出所")),
    }


def test_a_duration_between_a_unit_and_its_conjunction_keeps_the_pairing(extract_text) -> None:
    for gap in ("已连续三年", "多年来", "长期"):
        ex = extract_text(f"郫都区唐昌镇战旗村{gap}与郫都区实验中学开展“红色教育”村校共建。")
        assert frozenset({"战旗村", "郫都区实验中学"}) in pairs(ex), gap


def test_gai_and_a_unit_word_pairs_the_last_unit_of_that_kind(extract_text) -> None:
    ex = extract_text(
        "郫都区唐昌镇战旗村召开大会。成都农商银行郫都支行党委书记周立明带队参加活动。"
        "该行与战旗村党支部签订“党建+金融”共建协议。"
    )
    assert frozenset({"成都农商银行郫都支行", "战旗村"}) in pairs(ex)


def test_gai_refers_only_to_a_unit_of_its_kind(extract_text) -> None:
    ex = extract_text(
        "郫都区唐昌镇战旗村召开大会。成都农商银行郫都支行党委书记周立明带队参加活动。"
        "该公司与战旗村党支部签订共建协议。该行为战旗村捐赠图书。"
    )
    assert pairs(ex) == set()


def test_gai_far_from_its_unit_means_the_unit_of_its_kind_named_most_before() -> None:
    from ingest.extract.pairings import anaphors
    from ingest.extract.resolve import Resolution, UnitRef
    from ingest.model import Entity

    filler = "坚持在履职中服务、在服务中深化，" * 14  # over 200 characters
    text = f"青禾县人民检察院召开会议。青禾县人民检察院{filler}。该院党支部与战旗村党总支结对共建。"
    ents = (
        Entity("e1", "Organization", "青禾县人民检察院", ()),
        Entity("e2", "Village", "战旗村", ()),
    )
    village = text.index("战旗村")
    units = (
        UnitRef(0, 8, 8, "e1", "org"),
        UnitRef(13, 21, 21, "e1", "org"),
        UnitRef(village, village + 3, village + 3, "e2", "village"),
    )
    res = Resolution(ents, units, {})
    refs = anaphors(text, res)
    assert [(r.entity, r.rule) for r in refs] == [("e1", "anaphor_far")]
    assert text[refs[0].start : refs[0].end] == "该院"


def test_gai_with_no_unit_of_its_kind_before_means_none(extract_text) -> None:
    ex = extract_text("郫都区唐昌镇战旗村召开大会。该支队与战旗村党支部签订共建协议。")
    assert pairs(ex) == set()


def test_gai_and_a_unit_word_reaches_a_detachment_and_a_mine(extract_text) -> None:
    ex = extract_text(
        "武警青禾总队机动支队官兵来到郫都区唐昌镇战旗村。该支队党委与战旗村党支部签订结对共建协议。"
    )
    assert frozenset({"武警青禾总队机动支队", "战旗村"}) in pairs(ex)


def test_shuangfang_pairs_the_two_units_of_the_sentence_before(article_from) -> None:
    # the frame reads the pair; the model weighs it (weighed_by_model), so the frame's
    # reading is asserted, not the decision
    from ingest.extract.pipeline import read_story

    r = read_story(
        article_from(
            "成都农商银行郫都支行党委书记周立明带队来到郫都区唐昌镇战旗村。双方签订了结对共建协议。"
        )
    )
    names = {e.id: e.name for e in r.base.entities}
    assert [(x.rule, {names[x.source], names[x.target]}) for x in r.rule_pairings] == [
        ("pair_both", {"成都农商银行郫都支行", "战旗村"})
    ]


def test_shuangfang_pairs_nothing_when_more_than_two_units_are_in_view(extract_text) -> None:
    ex = extract_text(
        "成都农商银行郫都支行和郫都区第二中学的代表来到郫都区唐昌镇战旗村。双方签订了结对共建协议。"
    )
    assert pairs(ex) == set()


def test_a_count_of_places_closing_a_list_joins_it_to_the_other_side(extract_text) -> None:
    # 甲、乙两镇与丙: the count closes the list; each listed town pairs with 丙
    ex = extract_text("台州市金清、蓬街两镇与宁波市梅山街道结对共建。")
    assert pairs(ex) == {frozenset(("金清镇", "梅山街道")), frozenset(("蓬街镇", "梅山街道"))}
    ex = extract_text("宁波市北仑区与贵州省沿河、江口两县结对帮扶。")
    assert pairs(ex) == {
        frozenset(("北仑区", "沿河土家族自治县")),
        frozenset(("北仑区", "江口县")),
    }


def test_a_count_of_places_after_one_area_names_its_unnamed_places(extract_text) -> None:
    # 江口县5个乡镇: the county only locates the towns it does not name
    ex = extract_text("北仑区梅山街道、大碶街道等5个街道分别与江口县5个乡镇签订结对帮扶协议。")
    assert not any("江口县" in p for p in pairs(ex))


def test_a_pairing_word_with_its_own_object_before_the_pair(extract_text) -> None:
    # 对口支援丙县的是甲和乙: both support 丙县; the copula does not join 甲 with 乙
    ex = extract_text("目前对口支援贵州省从江县的是南京市鼓楼区和无锡市滨湖区。")
    assert frozenset(("鼓楼区", "滨湖区")) not in pairs(ex)


def test_co_objects_of_a_region_cooperation_word_are_no_pair(extract_text) -> None:
    for text in (
        "明湖科技有限公司赴唐昌镇战旗村、先锋村开展对口帮扶。",
        "明湖科技有限公司与唐昌镇战旗村、先锋村签订对口帮扶协议。",
        "明湖科技有限公司在唐昌镇战旗村、先锋村开展对口协作。",
    ):
        assert frozenset(("战旗村", "先锋村")) not in pairs(extract_text(text)), text


def test_units_sharing_a_partner_named_by_the_pairing_word_are_no_pair(extract_text) -> None:
    ex = extract_text("该公司成为青禾县唐昌镇战旗村和先锋村的对口帮扶单位。")
    assert frozenset(("战旗村", "先锋村")) not in pairs(ex)
    kept = extract_text("青禾县唐昌镇战旗村和先锋村的结对共建活动已开展三年。")
    assert frozenset(("战旗村", "先锋村")) in pairs(kept)


def test_a_pairing_word_of_a_later_act_is_not_the_pairs_own() -> None:
    # pairs43: 甲公司与乙公司签订了购销协议，丙与丁签署了结对协议 — 结对 belongs to 丙–丁
    from ingest.extract.pairings import deal_of_their_own, keyword_of_another_act
    from ingest.extract.resolve import UnitRef

    text = "明湖公司与星海公司签订了购销合作框架协议，唐昌镇与青禾镇签署了结对帮扶协议。"
    later = text.index("唐昌镇")
    refs = [UnitRef(later, later + 3, later + 3, "u3", "t")]
    kw = text.index("结对")
    assert keyword_of_another_act(text, text.index("签订"), kw, refs)
    orgs, places = ["Organization", "Organization"], ["Region", "Region"]
    assert deal_of_their_own(text, text.index("签订"), kw, refs, orgs)
    # regions' framework agreement followed by their districts' act: their cooperation
    assert not deal_of_their_own(text, text.index("签订"), kw, refs, places)
    # the pair's own clause signing the pairing: no other act between
    own = "明湖公司与星海公司签订了结对帮扶协议。"
    assert not keyword_of_another_act(own, own.index("签订"), own.index("结对"), [])
    # a signing, a comma, then the pairing word with no other subject: still theirs
    plain = "明湖公司与星海公司签订协议，结成帮扶对子。"
    assert not keyword_of_another_act(plain, plain.index("签订"), plain.index("结成"), [])


def test_a_list_before_a_pairing_word_naming_their_partner_shares_that_partner(
    extract_text,
) -> None:
    # shares_a_named_partner / the shared_partner veto: 甲村和乙村的对口帮扶单位 — each
    # village has that partner, they are not each other's, whatever the model scores
    shared = extract_text("明湖公司党委成为青禾县唐昌镇战旗村和先锋村的对口帮扶单位。")
    assert frozenset(("战旗村", "先锋村")) not in pairs(shared)
    # one unit before 成为 and one after: the company is the village's partner
    own = extract_text("明湖公司党委与先锋村党支部结对，成为先锋村的结对帮扶单位。")
    assert frozenset(("明湖公司", "先锋村")) in pairs(own)


def test_units_that_go_together_to_a_third_are_not_each_others_partners() -> None:
    # goes_together_to: 甲和乙的党员走进丙开展结对帮扶 — each goes to 丙, GOLD_NOTES
    # x811–x840 rule 4 pairs 甲–丙 and 乙–丙, never 甲–乙
    from ingest.extract.pairings import goes_together_to
    from ingest.extract.resolve import UnitRef

    text = "明湖小学党支部和星海中学党支部的党员走进青禾镇石桥村开展结对帮扶活动。"
    lo = text.index("的党员")
    third = text.index("青禾镇")
    refs = [UnitRef(third, third + 7, third + 7, "u3", "t")]
    assert goes_together_to(text, lo, text.index("结对"), refs)
    # a verb of going with no unit after it: the pair's own act
    own = "明湖小学与星海中学到年底前开展结对帮扶活动。"
    assert not goes_together_to(own, own.index("到"), own.index("结对"), [])
    # a unit after the pairing word is no place gone to before it
    late = "明湖小学与星海中学开展结对帮扶，走进青禾镇。"
    at = late.index("青禾镇")
    assert not goes_together_to(
        late, late.index("开展"), late.index("结对"), [UnitRef(at, at + 3, at + 3, "u3", "t")]
    )


def test_co_goers_to_a_third_unit_are_not_paired_by_coordination(extract_text) -> None:
    ex = extract_text(
        "明湖小学党支部和星海中学党支部的党员走进郫都区唐昌镇战旗村开展党建结对活动。"
    )
    assert frozenset(("明湖小学", "星海中学")) not in pairs(ex)


def test_a_list_after_a_conjunction_is_not_paired_with_its_last_member() -> None:
    # one_list_after_conjunction: 某校还与甲镇、乙村和丙村开展共建 — one list of partners
    from ingest.extract.pairings import one_list_after_conjunction

    text = "学校还与青禾镇、石桥村和柳塘村开展了合作共建。"
    start, conj = text.index("青禾镇"), text.index("和柳塘村")
    assert one_list_after_conjunction(text, start, 2, conj)
    # the list opens the sentence: 甲、乙和丙 is for the joint-act readings, not this one
    opening = "青禾镇、石桥村和柳塘村开展了合作共建。"
    assert not one_list_after_conjunction(opening, 0, 2, opening.index("和"))
    # closed by 与: A、B与C after another conjunction is left as written
    led = "学校与青禾镇、石桥村与柳塘村开展了合作共建。"
    assert not one_list_after_conjunction(led, led.index("青禾镇"), 2, led.index("与柳塘村"))
    # one unit after the conjunction is no list
    assert not one_list_after_conjunction(text, start, 1, conj)


def test_a_list_after_a_conjunction_closed_by_he_pairs_none_of_its_members(extract_text) -> None:
    ex = extract_text("学校还与郫都区唐昌镇、战旗村和先锋村开展了合作共建。")
    assert frozenset(("唐昌镇", "先锋村")) not in pairs(ex)
    assert frozenset(("战旗村", "先锋村")) not in pairs(ex)


def test_shuangfang_is_weighed_by_the_model_not_kept_as_a_hand_frame() -> None:
    # weighed_by_model: 双方 reads the two units in view, which are often not the pair
    from ingest.extract.pair_features import weighed_by_model

    assert weighed_by_model("pair_both")
    assert weighed_by_model("pair_conj_cooperation")
    assert not weighed_by_model("pair_conj")
    assert not weighed_by_model("pair_list")
