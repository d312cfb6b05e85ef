"""Organizations on new outlets (units50): the classes counted on the Organization errors
of the readable articles, x731–x809 first. Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import (
    committee_area_start,
    committee_office_before_title,
    level_written_twice,
)
from ingest.extract.unit_rules import village_plot
from ingest.model import Extraction, PlaceMention


def _region(text: str, form: str, name: str, level: str = "county") -> PlaceMention:
    k = text.index(form)
    return PlaceMention(k, k + len(form), form, "Region", level, name, None)  # type: ignore[arg-type]


def test_a_committee_after_zhonggong_is_the_divisions_committee() -> None:
    text = "中共澜溪区委"
    places = [_region(text, "澜溪区委", "澜溪区")]
    assert committee_area_start(text, places, 0, text.index("委")) == 2


def test_a_committee_after_a_chain_of_places_is_the_last_places() -> None:
    text = "澜江市澜溪县委"
    places = [_region(text, "澜江市", "澜江市", "city"), _region(text, "澜溪县委", "澜溪县")]
    assert committee_area_start(text, places, 0, text.index("委")) == 3


def test_only_places_are_stepped_over_before_a_committee() -> None:
    text = "共青团澜溪区委"
    places = [_region(text, "澜溪区委", "澜溪区")]
    assert committee_area_start(text, places, 0, text.index("委")) == 0


def test_a_court_after_a_bare_level_is_the_areas_court(extract_text) -> None:
    ex: Extraction = extract_text("区法院与澜溪村签订结对共建协议，县检察院也派员参加。")
    assert {"区法院", "县检察院"} <= names(ex, "Organization")


def test_a_committee_office_before_a_title_is_part_of_the_title() -> None:
    text = "县委常委、县委办公室主任某某"
    start = text.index("县委办公室")
    assert committee_office_before_title(text, start, start + len("县委办公室"))
    text = "区委办副主任某某"
    assert committee_office_before_title(text, 0, 3)
    text = "区委办组织召开座谈会"
    assert not committee_office_before_title(text, 0, 3)
    text = "区委组织部部长某某"
    assert not committee_office_before_title(text, 0, 5)


def test_a_base_after_a_village_or_town_is_its_plot() -> None:
    assert village_plot("澜溪镇禾川村蜜枣", "基地")
    assert village_plot("禾川村帮扶", "基地")
    assert village_plot("澜溪镇猕猴桃", "基地")
    assert not village_plot("禾川粮食", "基地")  # a brand's base
    assert not village_plot("公益服务禾川村", "基地")  # named after the village, not its plot
    assert not village_plot("禾川村蜜枣", "中心")


def test_a_villages_plot_leaves_the_village_a_place(extract_text) -> None:
    ex: Extraction = extract_text("调研组先后赴澜溪镇禾川村蜜枣基地和华优粮食基地调研。")
    orgs = names(ex, "Organization")
    assert not any(o.endswith("蜜枣基地") for o in orgs)
    assert "华优粮食基地" in orgs


def test_a_level_written_twice_before_a_committee_ends_the_divisions_name() -> None:
    assert level_written_twice("澜江州州委", 0, 4) == 3
    assert level_written_twice("澜江州委", 0, 3) == 3
    assert level_written_twice("澜江市委", 0, 3) == 3
