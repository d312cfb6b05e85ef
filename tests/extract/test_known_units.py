"""Units of the official reference list (lexicons/known_units.tsv): national bodies and
the big banks with their short forms; and a division's party committee (某县委) folded
into the division. Sentences are invented; the listed units are national reference data."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import corps_divisions, known_unit_spans, liaison_area_department, scan_of
from ingest.extract.resolve import org_key, regional_channel_site
from ingest.model import Extraction
from ingest.segment import Tokens


def spans(text: str) -> list[str]:
    return [text[u.start : u.host_end] for u in known_unit_spans(scan_of(text, Tokens(text), []))]


def test_a_national_body_is_a_unit_without_an_ending_the_walk_knows() -> None:
    assert spans("国务院印发通知，教育部随后部署") == ["国务院", "教育部"]


def test_a_listed_name_inside_a_longer_word_is_no_unit() -> None:
    assert spans("各单位集中行动起来") == []


def test_a_bank_short_form_counts_only_where_it_stands_as_a_name() -> None:
    assert spans("修建一座人行桥") == []
    assert spans("中行与澜溪村结对") == ["中行"]


def test_a_level_word_before_a_short_form_names_the_local_branch() -> None:
    assert spans("市人行党委开展活动") == ["市人行"]


def test_a_short_form_heads_a_branch_name_and_means_the_full_bank(extract_text) -> None:
    ex: Extraction = extract_text(
        "建行澜溪支行党支部与澜江村结对。中国建设银行澜溪支行将持续帮扶。"
    )
    banks = [e for e in ex.entities if e.type == "Organization"]
    assert [b.name for b in banks] == ["建行澜溪支行"]
    assert "中国建设银行澜溪支行" in banks[0].aliases


def test_a_short_form_key_is_the_full_form() -> None:
    assert org_key("农行澜溪支行") == org_key("中国农业银行澜溪支行")


def test_a_national_body_is_named_in_full(extract_text) -> None:
    ex: Extraction = extract_text("据新华社报道，中宣部近日表彰了一批先进集体。")
    assert {"新华通讯社", "中共中央宣传部"} <= names(ex, "Organization")


def test_a_county_party_committee_is_the_county(extract_text) -> None:
    ex: Extraction = extract_text("按照郫都区委要求，郫都区各单位开展帮扶。")
    assert "郫都区委" not in names(ex, "Organization")
    district = next(e for e in ex.entities if e.name == "郫都区")
    assert "郫都区委" in district.aliases


def test_a_listed_body_wins_over_the_same_span_found_by_its_ending(extract_text) -> None:
    ex: Extraction = extract_text("国务院办公厅印发通知，要求各地做好帮扶工作。")
    assert "国务院办公厅" in names(ex, "Organization")


def test_a_numbered_corps_division_is_a_unit_but_not_before_its_city() -> None:
    text = "对口支援农七师、农十四师。农一师阿拉尔市"
    sc = scan_of(text, Tokens(text), [])
    assert [text[u.start : u.end] for u in corps_divisions(sc)] == ["农七师", "农十四师"]


def test_a_central_news_site_is_a_unit_though_its_name_opens_with_an_ordinary_word() -> None:
    assert spans("2020年5月1日 人民网-人民日报\n澜溪村与澜江村结对") == ["人民网", "人民日报"]


def channels(text: str) -> list[str]:
    sc = scan_of(text, Tokens(text), [])
    return [text[u.start : u.end] for u in known_unit_spans(sc) if u.end - u.start > 3]


def test_a_source_line_credits_a_national_sites_regional_channel() -> None:
    assert "中新网澜江" in channels("来源:中新网澜江\n澜溪村与澜江村结对")
    assert "中新网澜江新闻" in channels("(来源：中新网澜江新闻)")
    # a dateline credits the site: no channel there
    assert channels("中新网澜江新闻5月1日电 澜溪村与澜江村结对") == []


def test_a_regional_channel_is_one_outlet_with_its_site() -> None:
    assert regional_channel_site("中新网澜江", ["中新网", "中新网澜江"]) == "中新网"
    assert regional_channel_site("中新网澜江新闻", ["中新网", "中新网澜江新闻"]) == "中新网"
    # the site named in full, its channel after the site's official short form
    assert regional_channel_site("中新网澜江", ["中国新闻网", "中新网澜江"]) == "中国新闻网"
    # not a site of the reference list, or a longer name that only starts with one
    assert regional_channel_site("澜溪网澜江", ["澜溪网", "澜溪网澜江"]) is None
    assert regional_channel_site("中国网络学院", ["中国网", "中国网络学院"]) is None


def test_the_liaison_offices_and_sar_bodies_are_reference_units() -> None:
    assert spans("香港特区政府与香港中联办联合举办活动") == ["香港特区政府", "香港中联办"]
    assert spans("澳门立法会议员参观展览") == ["澳门立法会"]


def test_a_liaison_office_short_form_is_named_in_full(extract_text) -> None:
    ex: Extraction = extract_text("香港中联办与东湾街坊会合办敬老活动。")
    assert "中央人民政府驻香港特别行政区联络办公室" in names(ex, "Organization")


def test_a_liaison_office_area_department_is_a_unit_of_its_own(extract_text) -> None:
    ex: Extraction = extract_text(
        "香港中联办东湾工作部副部长王明远出席。中联办西岭工作部与东湾社团合办活动。"
    )
    orgs = {e.name for e in ex.entities if e.type == "Organization"}
    assert {"香港中联办东湾工作部", "中联办西岭工作部"} <= orgs
    assert "中联办" not in orgs


def test_liaison_area_department_needs_a_liaison_office_and_a_name_end() -> None:
    text = "香港中联办东湾工作部副部长出席"
    scan = scan_of(text, Tokens(text), [])
    assert liaison_area_department(scan, len("香港中联办"), "香港中联办") == len(
        "香港中联办东湾工作部"
    )
    assert liaison_area_department(scan, len("香港中联办"), "国务院") is None


def test_the_rocket_force_and_a_theatre_command_are_units() -> None:
    assert spans("火箭军与东部战区联合开展活动") == ["火箭军", "东部战区"]


def test_a_news_sites_short_form_and_full_name_are_one_outlet(extract_text) -> None:
    ex = extract_text("据中新网报道，某镇与某公司结对。中国新闻网记者随后走访。")
    orgs = names(ex, "Organization")
    assert "中国新闻网" in orgs and "中新网" not in orgs
