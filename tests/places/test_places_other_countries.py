"""Other countries and the divisions written after them are Regions without code
(places31, ``ingest/places/foreign.py``): sister-city and exchange stories name them, and
the gold lists them. Invented division names; the countries are the reference list
``data/countries.tsv``. The made-up gazetteer is ``conftest.py``'s."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link, regions

from ingest.places.foreign import countries, foreign_chains


def test_a_country_and_its_divisions_after_it_are_regions_without_code(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions(link_with({})("嘉义县竹山乡与日本青木县川田町缔结姊妹市。"))
    for name in ("日本", "青木县", "川田町"):
        assert name in ms
        assert ms[name].code is None


def test_a_division_after_its_country_replaces_a_mainland_namesake(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions(link_with({})("青石区与韩国北川道云州市签订友好交流备忘录。"))
    assert "北川道" in ms
    assert ms["云州市"].code is None  # not the made-up gazetteer's 云州市
    assert ms["青石区"].code == "990102"


def test_a_list_after_a_foreign_division_stops_at_a_place_of_the_list(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions(link_with({})("老挝南川省、金原市、云州市青石区等共同发起成立城市联盟。"))
    assert "南川省" in ms and "金原市" in ms
    assert ms["青石区"].code == "990102"
    assert ms["云州市"].code == "990100"


def test_a_friendship_mark_may_stand_between_country_and_city() -> None:
    text = "分别与韩国友城大川市、斐济友城南瓦市签订合作项目"
    found = countries(text)
    assert [text[p.start : p.end] for p in foreign_chains(text, found)] == ["大川市", "南瓦市"]


def test_a_country_before_another_word_is_no_place(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    link = link_with({})
    assert "日本" not in regions(link("县住建局引进日本柑桔,扶持贫困户种植。"))
    assert "美国" not in regions(link("实施的美国金瓜种植示范园。"))
    assert "朝鲜" not in regions(link("朝鲜族群众欢聚一堂。"))


def test_a_country_in_a_list_or_before_a_boundary_is_a_place(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions(link_with({})("来自斐济、日本、加拿大等12个国家的代表出席。"))
    assert {"斐济", "日本", "加拿大"} <= set(ms)


def test_counts_and_determiners_name_no_division() -> None:
    text = "日本多个城市和美国各州代表参会"
    assert foreign_chains(text, countries(text)) == []


def test_a_listed_division_of_a_named_country_and_its_towns_are_regions(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    link = link_with({})
    ms = regions(link("嘉义与日本缔结姊妹市。屏东县九如乡与鹿儿岛县青川町结盟。"))
    assert "鹿儿岛县" in ms and "青川町" in ms
    assert ms["鹿儿岛县"].code is None
    ms = regions(link("来自日本、韩国的代表参会。山口、大分、宫崎等地都有往来。"))
    assert {"山口", "大分", "宫崎"} <= set(ms)


def test_listed_divisions_need_their_country_in_the_story(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions(link_with({})("鹿儿岛县代表团来访。山口、大分等地代表参加。"))
    assert "鹿儿岛县" not in ms and "山口" not in ms
