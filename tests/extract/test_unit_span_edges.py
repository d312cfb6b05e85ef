"""Organisation edges and false units on new outlets (issue 13, units44): alliances
named only by a quoted slogan. Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import corps_regiments
from ingest.extract.unit_rules import slogan_alliance
from ingest.model import Extraction, PlaceMention


def test_an_alliance_named_by_a_quoted_slogan_only_is_no_unit() -> None:
    assert slogan_alliance("“同心同行”党建", "联盟")
    assert slogan_alliance("“甲乙丙”项目型党建", "联盟")
    assert slogan_alliance("“携手前行”乡村振兴", "联盟")


def test_an_alliance_with_a_name_outside_the_quotes_is_a_unit() -> None:
    assert not slogan_alliance("“双联”穗穗党建", "联盟")  # a word of its own
    assert not slogan_alliance("澜峰镇“同心”党建", "联盟")  # a place before the quote
    assert not slogan_alliance("“同心”党建", "中心")  # only alliances


def test_a_slogan_alliance_is_left_out_of_the_units(extract_text) -> None:
    ex: Extraction = extract_text("澜峰镇与星光村共同组建“同心同行”党建联盟，签订协议。")
    assert not any(n.endswith("联盟") for n in names(ex, "Organization"))


# A numbered regiment of the Corps under its division (orgs.corps_regiments).
def test_a_regiment_under_its_division_is_a_region_named_by_the_regiment() -> None:
    spans = corps_regiments("某某师部领导到九师十五团和兵团第八师47团调研。")
    got = [(s.place.name, s.place.type) for s in spans if s.place is not None]
    assert got == [("十五团", "Region"), ("47团", "Region")]
    assert corps_regiments("第一师范学院与二团结对") == []


def test_a_regiment_is_a_region_and_its_division_no_unit_of_the_sentence(extract_text) -> None:
    ex: Extraction = extract_text("兵团第八师47团与澜峰镇结对共建。")
    assert any(n.endswith("团") for n in names(ex, "Region"))  # 47团 as the gazetteer names it
    assert not any("师" in n for n in names(ex, "Organization"))


def test_a_regiment_the_gazetteer_links_keeps_its_code() -> None:
    text = "九师十五团调研"
    linked = PlaceMention(2, 5, "十五团", "Region", "town", "某某十五团", "659000500")
    (span,) = corps_regiments(text, [linked])
    assert span.place is not None
    assert (span.start, span.place.code, span.place.surface) == (0, "659000500", "九师十五团")
