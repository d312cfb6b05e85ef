"""Forms the official list does not write but stories do (issue 13, orgs14 pass): a
county named after its nationality, a one-character village written 某村村, a committee's
社居委, a village's bare 支部. Invented names on the made-up gazetteer of conftest.py."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import Article, PlaceMention
from ingest.places.gazetteer import Gazetteer
from ingest.places.link import link_places
from tests.places.conftest import FORMER, NAMES

LinkWith = Callable[[dict[str, str]], Callable[[str], list[PlaceMention]]]


def by_surface(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.surface: m for m in mentions}


def test_a_county_named_after_its_nationality_goes_by_that_name(link_with: LinkWith) -> None:
    link = link_with({"990105": "撒拉族自治县", "990105101": "岩溪镇"})
    ms = by_surface(link("撒拉县岩溪镇党委与某公司签订协议。"))
    assert ms["撒拉县"].code == "990105"


def test_a_former_county_and_a_nationality_s_county_are_told_apart_by_the_story(
    make_article: Callable[..., Article],
) -> None:
    more = {"990105": "撒拉族自治县", "990105101": "岩溪镇", "980103": "撒拉区"}
    gaz = Gazetteer({**NAMES, **more}, former=[*FORMER, ("撒拉县", "980103")])
    text = "撒拉县座谈会召开。调研组前往岩溪镇调研。"
    ms = by_surface(link_places(make_article(text), gaz))
    assert ms["撒拉县"].code == "990105"
    assert set(ms["撒拉县"].candidates) == {"990105", "980103"}


def test_a_one_character_village_is_also_written_with_a_second_cun(link_with: LinkWith) -> None:
    link = link_with({"990102101210": "杏村村委会", "980102103210": "杏村村村委会"})
    ms = by_surface(link("柳河镇杏村村与某公司签订共建协议。"))
    assert ms["杏村村"].code == "990102101210"
    assert ms["杏村村"].type == "Village"


def test_a_committee_written_with_she_ju_wei(link_with: LinkWith) -> None:
    link = link_with({"990102101020": "塘湾居民委员会"})
    ms = by_surface(link("柳河镇塘湾社居委与某学院召开联席会。"))
    assert ms["塘湾社居委"].code == "990102101020"
    assert ms["塘湾社居委"].type == "ResidentsCommittee"


def test_a_village_s_branch_without_dang_makes_its_short_form_a_place(
    link_with: LinkWith,
) -> None:
    link = link_with({"990102101211": "梓档村委会"})
    ms = by_surface(link("教师党员走进学校所在辖区的梓档村支部开展活动。"))
    assert ms["梓档村支部"].code == "990102101211"
    assert ms["梓档村支部"].name == "梓档村"
    assert link("教师党员走进梓档村开展活动。") == []  # a weak form alone needs support


def test_a_committee_named_by_its_short_form_right_after_its_town(link_with: LinkWith) -> None:
    link = link_with({"990102101021": "滩杏坝社区居民委员会"})
    ms = by_surface(link("青石区柳河镇滩杏坝整村脱贫项目开工。"))
    m = ms["滩杏坝"]
    assert (m.code, m.type, m.name) == ("990102101021", "ResidentsCommittee", "滩杏坝")


def test_a_village_s_short_form_after_its_town_takes_the_village_s_name(
    link_with: LinkWith,
) -> None:
    link = link_with({"990102101212": "闵杏口村委会"})
    ms = by_surface(link("青石区柳河镇闵杏口、七堡等10个村。"))
    assert (ms["闵杏口"].code, ms["闵杏口"].name) == ("990102101212", "闵杏口村")


def test_a_short_form_needs_its_town_three_characters_and_no_designation(
    link_with: LinkWith,
) -> None:
    link = link_with({"990102101021": "滩杏坝社区居民委员会", "990102101213": "杏园村委会"})
    assert "滩杏坝" not in by_surface(link("青石区滩杏坝整村脱贫项目开工。"))
    assert "杏园" not in by_surface(link("青石区柳河镇杏园里有果树。"))


def test_a_town_whose_designation_read_in_a_word_needs_the_story_s_support(
    link_with: LinkWith,
) -> None:
    # a frequent word (光明) and 乡 read with the next character (乡风)
    link = link_with({"980102105": "光明乡", "980102105201": "杏明村村委会"})
    assert link("培育光明乡风，丰富文化生活。") == []
    ms = by_surface(link("松风县光明乡风光秀美。"))
    assert ms["光明乡"].code == "980102105"
    assert by_surface(link("光明乡党委与某公司签订协议。"))["光明乡党委"].code == "980102105"


def test_a_merged_village_listed_as_a_community_village_is_called_a_new_village(
    link_with: LinkWith,
) -> None:
    link = link_with({"990102101214": "杏湖社区村村民委员会"})
    ms = by_surface(link("柳河镇杏湖新村党委与某企业结对共建。"))
    m = ms["杏湖新村党委"]
    assert (m.code, m.type, m.name) == ("990102101214", "Village", "杏湖新村")


def test_a_town_made_of_a_township_is_still_written_with_xiang(link_with: LinkWith) -> None:
    link = link_with({"990102106": "西杏村镇", "980102106": "西杏村乡"})
    ms = by_surface(link("医疗队赴对口帮扶村青石区西杏村乡开展义诊活动。"))
    assert ms["西杏村乡"].code == "990102106"
    assert set(ms["西杏村乡"].candidates) == {"980102106", "990102106"}


def test_xiang_read_in_an_ordinary_word_makes_a_town_form_weak(link_with: LinkWith) -> None:
    link = link_with({"980102107": "启城镇", "980102108": "水杏镇"})
    assert "启城乡" not in by_surface(link("开启城乡基层党组织活力。"))
    assert "水杏乡" not in by_surface(link("为水杏乡村振兴增添动力。"))
    assert by_surface(link("水杏乡党委与某公司签订协议。"))["水杏乡党委"].code == "980102108"


def test_a_subdistrict_named_after_a_road_is_written_without_lu(link_with: LinkWith) -> None:
    link = link_with({"990102007": "杏武路街道"})
    ms = by_surface(link("青石区杏武街道党委与某公司签订共驻共建协议。"))
    assert ms["杏武街道党委"].code == "990102007"


def test_a_new_area_the_list_does_not_hold_is_a_region_and_no_bare_form_inside_it(
    link_with: LinkWith,
) -> None:
    # 岭新 is the bare form of a county of the story's city, but jieba reads 杏岭|新区:
    # the form starts inside a word, the middle of the unlisted new area 杏岭新区
    link = link_with({"990106": "岭新县", "990107": "杏山县"})
    ms = by_surface(link("杏山县干部解读了杏岭新区的规划纲要。"))
    assert ms["杏山县"].code == "990107"
    assert "岭新" not in ms
    assert ms["杏岭新区"].type == "Region" and ms["杏岭新区"].code is None


def test_an_unlisted_subdistrict_right_after_its_county(link_with: LinkWith) -> None:
    link = link_with({})
    ms = by_surface(link("测海省云州市青石区杏林街道以“共建共享”为抓手推进工作。"))
    assert ms["杏林街道"].type == "Region" and ms["杏林街道"].code is None
    # after a place that is not its county, or with no place before it, a verb after the
    # name leaves it alone
    assert "杏林街道" not in by_surface(link("据悉杏林街道以“共建共享”为抓手推进工作。"))


def test_a_numbered_committee_written_with_its_estate_s_xincun(link_with: LinkWith) -> None:
    link = link_with({"990102101022": "杏沟一居委会", "990103102022": "第一居民委员会"})
    ms = by_surface(link("柳河镇杏沟新村第一居民委员会成立于1984年。"))
    assert ms["杏沟新村第一居民委员会"].code == "990102101022"


def test_an_unlisted_committee_opening_a_line_is_a_place(link_with: LinkWith) -> None:
    link = link_with({})
    ms = by_surface(link("周围居民赞不绝口。\n羊杏塘社区是某单位的结对联点单位。"))
    assert ms["羊杏塘社区"].type == "ResidentsCommittee" and ms["羊杏塘社区"].code is None
    assert "羊杏塘社区" not in by_surface(link("据悉羊杏塘社区是某单位的结对联点单位。"))
