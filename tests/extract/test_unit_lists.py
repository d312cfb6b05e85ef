"""A name in a list of units is a unit: a common name next to a named unit, the items of
a list its closing words call units (甲、乙等企业), an item glued to the conjunction
before it. Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.unit_rules import framed_items
from ingest.model import Extraction
from ingest.segment import Tokens


def items(text: str) -> list[str]:
    return sorted(text[s:e] for s, e in framed_items(text, Tokens(text)))


def test_the_items_of_a_list_closed_by_its_kind_are_found() -> None:
    text = "依托澜溪米业、澜江粮油和澜山现代农业等农业龙头企业，带动发展"
    assert items(text) == ["澜山现代农业", "澜江粮油", "澜溪米业"]


def test_a_single_item_before_a_kind_word_is_no_list() -> None:
    assert items("依托澜溪米业等企业") == []


def test_items_of_a_framed_list_are_units(extract_text) -> None:
    ex: Extraction = extract_text("镇里依托澜溪米业、澜江粮油等12家企业开展村企共建。")
    assert {"澜溪米业", "澜江粮油"} <= names(ex, "Organization")


def test_a_list_of_people_is_no_list_of_units(extract_text) -> None:
    ex: Extraction = extract_text("周明、李华等单位负责人出席。")
    assert names(ex, "Organization") == set()


def test_a_common_name_next_to_a_named_unit_in_a_list_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("依托澜溪农机服务中心、禾禾生态合作社，带动农户增收。")
    assert "禾禾生态合作社" in names(ex, "Organization")


def test_an_item_glued_to_the_conjunction_before_it_is_an_item(extract_text) -> None:
    ex: Extraction = extract_text("分别与祥溪咨询、澜江医院等单位结对共建。")
    assert {"祥溪咨询", "澜江医院"} <= names(ex, "Organization")
