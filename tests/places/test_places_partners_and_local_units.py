"""Places the story names short (places18): a municipality's district by its bare form, a
county paired with a linked county and written beside it (某甲—某乙, 某甲与某乙), and a
county or city named only at the head of one of its own local units (某梅法院, 某山分公司),
which says where the story's other places lie. Invented names on the made-up gazetteer of
conftest.py."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import PlaceMention
from ingest.places.gazetteer import Gazetteer
from ingest.places.link import places_of_local_units
from tests.places.conftest import NAMES

LinkWith = Callable[[dict[str, str]], Callable[[str], list[PlaceMention]]]

# A municipality: a province whose districts sit under the 市辖区 placeholder.
MUNICIPALITY = {"970000": "渝京市", "970100": "市辖区", "970101": "碚岭区", "970102": "涪岸区"}
# A county of the second province, to be paired with 白沙区 of the first.
PARTNER = {"980103": "盐湾县"}


def by_surface(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.surface: m for m in mentions}


def test_a_linked_municipality_supports_its_districts_bare_forms(link_with: LinkWith) -> None:
    link = link_with(MUNICIPALITY)
    ms = by_surface(link("渝京市召开大会，助力碚岭经济社会高质量发展。"))
    assert ms["碚岭"].code == "970101"


def test_a_district_s_bare_form_needs_its_municipality_in_the_story(link_with: LinkWith) -> None:
    link = link_with(MUNICIPALITY)
    assert "碚岭" not in by_surface(link("助力碚岭经济社会高质量发展。"))


def test_a_county_joined_to_a_linked_partner_is_that_county(link_with: LinkWith) -> None:
    link = link_with(PARTNER)
    text = "白沙区召开联席会议。会上，盐湾—白沙共同签订协议；盐湾与白沙自2016年结对以来交流频繁。"
    ms = link(text)
    found = [m for m in ms if m.surface == "盐湾"]
    assert [m.code for m in found] == ["980103", "980103"]


def test_a_county_standing_apart_from_its_partner_is_not_taken(link_with: LinkWith) -> None:
    link = link_with(PARTNER)
    assert "盐湾" not in by_surface(link("白沙区召开会议，盐湾党政代表团参加。"))


def test_a_partner_form_two_counties_share_is_not_taken(link_with: LinkWith) -> None:
    link = link_with({**PARTNER, "980104": "盐湾区"})
    assert "盐湾" not in by_surface(link("白沙区召开会议。盐湾—白沙共同签订协议。"))


def test_a_county_s_court_supports_the_places_named_with_it(link_with: LinkWith) -> None:
    # 丹枫社区 is a committee of 青石区 and of 白沙区: the court says which
    link = link_with({})
    ms = by_surface(link("青石法院党组与丹枫社区党委结对共建。"))
    assert ms["丹枫社区党委"].code == "990102101004"


def test_a_county_s_bare_form_before_no_unit_s_name_does_not_say_where_the_story_is(
    link_with: LinkWith,
) -> None:
    link = link_with({})
    ms = by_surface(link("为推介青石特产，某公司党支部与丹枫社区党委结对共建。"))
    assert ms["丹枫社区党委"].code is None


def test_places_of_local_units_reads_the_unit_s_ending(
    gaz_with: Callable[[dict[str, str]], Gazetteer],
) -> None:
    gaz = gaz_with({})
    text = "青石人民医院与白沙检察院座谈。"
    assert places_of_local_units(text, gaz) == ["990102", "990103"]
    assert places_of_local_units("青石分公司座谈。", gaz) == ["990102"]
    assert places_of_local_units("推介青石特产。", gaz) == []
    assert NAMES["990102"] == "青石区"


# 河埠镇 has a namesake in each province; the story names 洺江 (of 洺江区) on its own.
TOWN_NAMESAKES = {"990106": "洺江区", "990106101": "河埠镇", "980102105": "河埠镇"}


def test_a_county_written_bare_decides_between_namesakes(link_with: LinkWith) -> None:
    link = link_with(TOWN_NAMESAKES)
    ms = by_surface(link("考察组来河埠镇开展协作交流活动，随后前往洺江参观产业园。"))
    assert ms["河埠镇"].code == "990106101"


def test_namesakes_stay_undecided_without_their_area(link_with: LinkWith) -> None:
    link = link_with(TOWN_NAMESAKES)
    ms = by_surface(link("考察组来河埠镇开展协作交流活动，随后参观产业园。"))
    assert ms["河埠镇"].code is None


def test_a_zone_the_list_names_by_its_level_word_goes_by_its_city_s_name(
    link_with: LinkWith,
) -> None:
    link = link_with({"990102402": "市经济技术开发区"})
    ms = by_surface(link("远山省某集团与云州经开区签署协议，项目将在云州布局。"))
    assert ms["云州经开区"].code == "990102402"
    assert ms["云州经开区"].name == "云州经开区"
