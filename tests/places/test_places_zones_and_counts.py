"""Places, fourth pass: development zones, communes and 管理区 as Regions; counts of units,
words after a party body, village-level names of two kinds, provinces before words of
their own. Invented names only (the gazetteer of ``conftest.py`` plus a few units)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import regions as _regions

from ingest.model import Article, PlaceMention
from ingest.places.link import (
    before_words_of_the_place,
    counts_units,
    read_as_ordinary_words,
)
from ingest.places.names import is_generic, zone_short_forms

Link = Callable[[str], list[PlaceMention]]

MORE_NAMES: dict[str, str] = {
    # A listed development zone of 云州市 (a county-level code, as the official list has).
    "990171": "云州市经济技术开发区",
    # One name, two kinds: an estate's committee in one town, a village in another.
    "990102101005": "晨光二村居委会",
    "980102103203": "晨光二村村委会",
}


@pytest.fixture(scope="module")
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with(MORE_NAMES)


def test_a_listed_zone_goes_by_its_short_form() -> None:
    forms = [s.text for s in zone_short_forms({"990171": "云州市经济技术开发区"})]
    assert forms == ["云州市经开区", "云州经开区"]


def test_a_zone_short_form_links_to_the_listed_zone(link: Link) -> None:
    found = _regions(link("云州市召开大会，云州经开区党工委与柳河镇签约。"))
    assert found["云州经开区党工委"].code == "990171"


def test_a_zone_named_after_a_district_is_a_region_of_its_own(link: Link) -> None:
    found = _regions(link("白沙区召开大会，白沙高新区党工委书记出席。"))
    assert found["白沙高新区党工委"].name == "白沙高新区"
    assert found["白沙高新区党工委"].code is None
    assert "白沙" not in found  # the district's bare form is part of the zone's name


@pytest.mark.parametrize("zone", ["岭东经济技术开发区", "南岭管理区", "岭下公社"])
def test_zones_and_management_areas_after_a_place(link: Link, zone: str) -> None:
    found = _regions(link(f"该村位于梅溪镇{zone}。"))
    assert found[zone].code is None
    assert found["梅溪镇"].code == "990103102"


def test_a_former_commune_named_after_a_town_is_no_mention_of_the_town(link: Link) -> None:
    found = _regions(link("青石区柳河镇召开会议，回顾当时的柳河公社和生产队的历史。"))
    assert found["柳河公社"].code is None
    assert [m.surface for m in found.values()].count("柳河") == 0


def test_a_count_of_cities_is_no_city(link: Link) -> None:
    assert counts_units("某南五") and not counts_units("某山")
    found = _regions(link("实施南北挂钩，测东五市与测北五市一一结对。"))
    assert not any(s.endswith("五市") for s in found)


def test_a_bare_form_after_a_party_body_is_no_place(link: Link) -> None:
    # 合作 (a subdistrict's bare form, an ordinary word) right after 青石区党支部 continues
    # the body's phrase; right after 青石区 it is the subdistrict.
    assert "合作" not in _regions(link("青石区党支部合作共建示范点揭牌。"))
    assert _regions(link("青石区合作党工委召开会议。"))["合作党工委"].code == "990102002"


def test_a_name_both_village_and_committee_is_village_level(link: Link) -> None:
    found = {m.surface: m for m in link("代表们观摩了晨光二村和配套产业。")}
    assert found["晨光二村"].type == "Village"
    assert found["晨光二村"].code is None


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("自从认了一批城里亲戚，测海这个区的乡村更美了。", "测海"),
        ("这里是测海省最大的铝加工基地。", "测海省"),
        ("将测海当地公司的用工需求发布出去。", "测海"),
    ],
)
def test_a_province_before_words_of_its_own_stands_alone(
    link: Link, text: str, province: str
) -> None:
    assert before_words_of_the_place(text, text.index(province) + len(province))
    assert _regions(link(text))[province].code == "990000"


def test_a_province_before_a_name_is_still_a_modifier(link: Link) -> None:
    assert "测海省" not in _regions(link("荣获测海省文明单位称号。"))


@pytest.mark.parametrize("written", ["测海省委", "测海省党支部"])
def test_a_province_with_its_body_glued_on_stands_alone(link: Link, written: str) -> None:
    # the body's place is the province itself, whatever follows (书记, 建设示范点)
    found = _regions(link(f"{written}书记参加{written}建设示范点揭牌。"))
    assert found[written].code == "990000"


def test_a_name_right_after_a_place_is_not_read_across_its_designation(
    make_article: Callable[..., Article],
) -> None:
    text = "该村位于某门镇南城管理区。"
    m = PlaceMention(7, 12, "南城管理区", "Region", "town", "南城管理区", None, ())
    assert read_as_ordinary_words(text, m)  # 镇南 is a word of jieba's ...
    assert not read_as_ordinary_words(text, m, {7})  # ... but 某门镇 ends at 7


def test_small_towns_is_a_generic_word() -> None:
    assert is_generic("小城镇")


def test_a_numbered_committee_written_with_ju_alone(link: Link) -> None:
    found = {m.surface: m for m in link("柳河镇望湖二居召开居民会议。")}
    assert found["望湖二居"].type == "ResidentsCommittee"
    assert found["望湖二居"].code == "990102101001"
    assert "望湖二居" not in {m.surface for m in link("柳河镇望湖二居住区改造完成。")}


def test_a_village_before_guifan_is_the_village(link: Link) -> None:
    # 村规民约 starts a word at 村; 村规范化 does not
    found = {m.surface: m for m in link("青石区柳河镇高岗村规范化养殖场投产。")}
    assert found["高岗村"].code == "990102101201"


def test_an_unlisted_committee_written_with_juwei(link: Link) -> None:
    found = {m.surface: m for m in link("学生支部与岭秀居委签约。")}
    assert found["岭秀居委"].type == "ResidentsCommittee"
    assert found["岭秀居委"].code is None


def test_an_unlisted_village_right_after_its_town(link: Link) -> None:
    # three characters ending in an ordinary word (西岸), and a verb after the village:
    # the town before it says where the name starts
    found = {m.surface: m for m in link("供电公司与梅溪镇溪西岸村签订结对协议。")}
    assert found["溪西岸村"].type == "Village"
    assert found["溪西岸村"].code is None


def test_a_listed_ordinary_word_is_a_village_only_where_the_town_has_it(link: Link) -> None:
    found = {m.surface: m for m in link("青石区柳河镇的岭秀、提高、灯塔等3个村开展结对。")}
    assert found["提高"].code == "990102101203"  # 提高村 of 柳河镇
    assert "灯塔" not in found  # no 灯塔村 in 柳河镇: the ordinary word stays a word
