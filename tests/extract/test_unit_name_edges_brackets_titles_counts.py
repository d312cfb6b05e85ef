"""Edges of units' names on unseen outlets (issue 13, units57): classes counted on the
unit misses of the readable articles. Sentences and unit names are invented; places are
the gazetteer's (reference data)."""

from __future__ import annotations

from extract_helpers import names, posts

from ingest.extract.orgs import bracketed_place, head_glued_to_ending, lone_measure_character
from ingest.extract.unit_rules import count_value
from ingest.model import Extraction, PlaceMention

# A bracketed place inside a unit's name locates the unit (orgs.bracket_in_name).


def test_a_bracketed_place_inside_a_units_name_is_part_of_it(extract_text) -> None:
    ex: Extraction = extract_text("晋江代表团还为晋江(长汀)工业园区管理委员会揭牌。")
    assert "晋江(长汀)工业园区管理委员会" in names(ex, "Organization")


def test_the_word_before_the_bracket_stays_in_the_name(extract_text) -> None:
    # 数字 is a common word the trim would drop: the bracket locates it, so it stays
    ex: Extraction = extract_text("由数字(福建)安溪产业园区负责产业发展。")
    assert "数字(福建)安溪产业园区" in names(ex, "Organization")


def test_a_bracketed_place_before_a_stationed_team_is_the_senders_location(extract_text) -> None:
    ex: Extraction = extract_text(
        "在天津市宝坻区林亭口镇李伯庄村，中国海油(渤海地区)驻村工作队助力村庄发展。"
    )
    assert "中国海油" in names(ex, "Organization")


def test_bracketed_place_reads_the_storys_places_and_place_names() -> None:
    village = PlaceMention(0, 3, "甲头村", "Village", "village", "甲头村", None)
    assert bracketed_place("甲头", [village])  # the short form of a linked place
    assert bracketed_place("杭州", [])  # a place name jieba knows
    assert not bracketed_place("扩大", [village])


# A unit's ending glued to its head's title (orgs.head_glued_to_ending; 会长, 经理 … are
# title heads of unit_name_parts.tsv).


def test_a_bureau_written_with_its_heads_title_is_the_unit(extract_text) -> None:
    ex: Extraction = extract_text("县长某甲、民政局长洪国正、教育局长李再杭出席。")
    assert {"民政局", "教育局"} <= names(ex, "Organization")
    assert ("洪国正", "局长", "民政局") in posts(ex)  # the title word stays whole


def test_a_title_written_alone_names_no_bureau(extract_text) -> None:
    ex: Extraction = extract_text("西青区教育局局长强万岭、副局长张三、新任局长李四出席。")
    orgs = names(ex, "Organization")
    assert orgs == {"西青区教育局"}


def test_head_glued_to_ending_needs_the_bureau_as_one_word() -> None:
    text = "民政局长洪国正"
    assert head_glued_to_ending(text, 3, "局")
    text = "蔡局长说"
    assert not head_glued_to_ending(text, 2, "局")  # a person called by a title


def test_an_association_glued_to_its_presidents_title(extract_text) -> None:
    ex: Extraction = extract_text("妇联主席某甲、市女企业家协会会长季卫兵带领干部参加。")
    assert "市女企业家协会" in names(ex, "Organization")
    assert ("季卫兵", "会长", "市女企业家协会") in posts(ex)


# Names listed and counted before one ending: counts in digits and above nine, and a
# place shared by the list (unit_rules.counted_list_units, count_value, shared_location).


def test_a_list_counted_in_digits_names_that_many_units(extract_text) -> None:
    ex: Extraction = extract_text(
        "日前，杭州甲乙商会与杭州诸暨、海宁、南安、安庆、黄冈、江山、三门、柯桥、衢江、三明、"
        "新乡、洛阳12家商会集体举行党建联盟结对签字仪式。"
    )
    orgs = names(ex, "Organization")
    # the first name's city locates every chamber of the list
    assert {"杭州诸暨商会", "杭州海宁商会", "杭州洛阳商会"} <= orgs
    assert "海宁商会" not in orgs


def test_count_value_reads_digits_and_chinese_numerals() -> None:
    assert [count_value(c) for c in ("三", "十", "十二", "二十", "12")] == [3, 10, 12, 20, 12]


def test_a_list_of_names_each_with_its_own_place_shares_none(extract_text) -> None:
    ex: Extraction = extract_text("松涛法庭与石门、鹿鸣、雁栖三家派出所负责人参加活动。")
    assert {"石门派出所", "鹿鸣派出所", "雁栖派出所"} <= names(ex, "Organization")


# Associations of Hong Kong, Macau and Taiwan and of people from one place (同乡会, 社团总会,
# 协进社 … in org_suffixes.tsv; 各界 in an association's name).


def test_a_hometown_association_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("4月14日，香港甲川同乡会与紫市镇开展结对共建活动。")
    assert "香港甲川同乡会" in names(ex, "Organization")


def test_an_association_of_all_circles_keeps_its_district(extract_text) -> None:
    ex: Extraction = extract_text("3月11日，香港湾仔区各界协会一行到龙岗区坂田街道开展交流。")
    assert "香港湾仔区各界协会" in names(ex, "Organization")
    # with no proper word before it, 各界 names no association
    assert not names(extract_text("社会各界协会参加。"), "Organization")


def test_an_associations_home_place_is_no_locator(extract_text) -> None:
    ex: Extraction = extract_text("4月14日，香港龙川同乡会与紫市镇开展结对共建活动。")
    (assoc,) = [e for e in ex.entities if e.name == "香港龙川同乡会"]
    assert "龙川同乡会" not in assoc.aliases


# A character jieba tags a measure word with no number before it is a character of a name
# (orgs.lone_measure_character).


def test_a_lone_measure_character_is_part_of_the_name(extract_text) -> None:
    ex: Extraction = extract_text("与区检察院、临港公司、大场医院、大场中学等单位签署协议。")
    assert {"大场医院", "大场中学"} <= names(ex, "Organization")
    ex = extract_text("对口帮扶李家沟的企业——道恩集团与该村约定进行为期三年的帮扶。")
    assert "道恩集团" in names(ex, "Organization")


def test_a_measure_word_after_a_number_or_grading_is_no_name() -> None:
    assert lone_measure_character("场", "q", 1, "大场医院")
    assert not lone_measure_character("所", "q", 1, "三所学校")  # a count
    assert not lone_measure_character("类", "q", 1, "A类学校")  # a grade


def test_a_compass_word_after_a_place_names_the_part_it_serves(extract_text) -> None:
    # 北方 after a province or a city's short form, right before the ending too
    assert "河北北方学院" in names(extract_text("河北北方学院帮扶结束。"), "Organization")
    ex: Extraction = extract_text("11月25日，接过秦皇岛北方管业有限公司工作人员递过来的支票。")
    assert "秦皇岛北方管业有限公司" in names(ex, "Organization")
