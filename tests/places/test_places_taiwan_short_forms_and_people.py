"""Taiwan, Hong Kong and Macao on traditional-script pages (units62, issue 13): Taiwan's
counties and cities written without their designation (臺北, 彰化) in a story that names
Taiwan, and Taiwan, Hong Kong or Macao heading a word for its people or communities
(臺灣青年, 香港社区). Invented sentences; the county names are those of the official table
of places outside the list, the rest is made up."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link

from ingest.model import PlaceMention
from ingest.places.taiwan import county_short_forms, short_form_stands


def _regions(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.name: m for m in mentions if m.type == "Region"}


# ---- county_short_forms / short_form_stands


def test_listed_short_forms_are_the_counties() -> None:
    found = county_short_forms("来自台北、新北、苗栗的12个村代表", [])
    assert [(p.name, p.level, p.type) for p in found] == [
        ("台北市", "county", "Region"),
        ("新北市", "county", "Region"),
        ("苗栗县", "county", "Region"),
    ]


def test_a_datelines_and_a_bylines_place_is_the_county() -> None:
    assert [p.name for p in county_short_forms("(某某社记者某某台北22日电)", [])] == ["台北市"]
    assert [p.name for p in county_short_forms("【记者某某／彰化报导】", [])] == ["彰化县"]


def test_a_short_form_heading_a_name_is_no_place() -> None:
    # a hospital, a bank, an office named after the city: the gold leaves the place out
    assert county_short_forms("与台中荣总签约,彰化银行、台北驻日经济文化代表处", []) == []
    assert not short_form_stands("台中荣总", 2)


def test_a_short_form_another_place_is_read_on_stays_that_place() -> None:
    text = "常州新北、武进两区"
    assert county_short_forms(text, [(2, 4)]) == []


def test_a_form_written_in_full_is_left_to_the_table() -> None:
    assert county_short_forms("台北市、新北市", []) == []


def test_short_forms_are_read_only_in_a_taiwan_story(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    taiwan = "两岸交流,来自台北、台中的村代表与台湾同胞座谈。"
    regions = _regions(link_with({})(taiwan))
    assert regions["台北市"].code is None and regions["台中市"].code is None
    mainland = "两岸交流,来自台北、台中的村代表座谈。"
    assert "台北市" not in _regions(link_with({})(mainland))


def test_counted_villages_of_listed_counties_are_no_villages(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = link_with({})("台湾基层交流,来自台北、新北、台中的12个村参加。")
    assert not [m for m in ms if m.type == "Village"]
    assert {"台北市", "新北市", "台中市"} <= set(_regions(ms))


# ---- link.outside_place_before_its_people


def test_taiwan_before_its_people_is_the_place(link_with: Callable[[dict[str, str]], Link]) -> None:
    for text in (
        "每年派台湾青年来到梅溪镇。",
        "亲身感受台湾社区的发展。",
        "某县是台湾本岛最小的县。",
    ):
        assert "台湾" in _regions(link_with({})(text)), text


def test_hong_kong_before_its_communities_is_the_place(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    assert "香港特别行政区" in _regions(link_with({})("与香港基层结对共建。"))


def test_taiwan_heading_an_outlet_stays_no_mention(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    assert "台湾" not in _regions(link_with({})("台湾网7月3日讯 某某社区开展活动。"))
