"""The central state-owned enterprises of SASAC's list (lexicons/known_units.tsv): each
group by its official short name, and the brand prefix its member companies register
under heading a member's name even where jieba cuts the name at a word of the sentence;
and a democratic party's committee of an area (某党某省委会).
Sentences are invented (places from a county outside the training articles); the
enterprises are national reference data."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import (
    democratic_party_committees,
    enterprise_opens_name,
    find_unit_spans,
    org_spans,
    scan_of,
)
from ingest.lexicon import load_lexicon
from ingest.model import Extraction
from ingest.segment import Tokens


def test_the_list_holds_every_group_of_sasacs_list_by_its_short_name() -> None:
    known = load_lexicon().known_units
    listed = [k for k, u in known.items() if u.subtype == "enterprise"]
    assert len(listed) >= 98
    assert {"中国中铁", "中国铁建", "中国建筑", "中国化学", "国家管网", "中国星网"} <= set(listed)


def test_a_brand_prefix_stands_for_itself_not_for_one_group() -> None:
    # 中铁 opens the names of both 中国中铁's and 中国铁建's member companies
    assert load_lexicon().known_units["中铁"].full == "中铁"


def test_a_prefix_heads_the_member_companys_name(extract_text) -> None:
    ex: Extraction = extract_text("中铁澜沧局澜溪项目部党支部与澜江村党支部结对共建。")
    assert "中铁澜沧局澜溪项目部" in names(ex, "Organization")


def test_a_prefix_jieba_cuts_is_kept_whole_and_heads_the_name(extract_text) -> None:
    ex: Extraction = extract_text("中化学澜南建设投资有限公司党总支与澜江村结对。")
    assert "中化学澜南建设投资有限公司" in names(ex, "Organization")


def test_a_prefix_before_a_walk_stopped_at_a_word_of_the_sentence_opens_the_name() -> None:
    text = "中化学南方建设投资有限公司党总支与澜江村结对。"
    scan = scan_of(text, Tokens(text), [])
    walked = [u for u in org_spans(scan) if text[u.start : u.host_end].endswith("有限公司")]
    assert [text[u.start : u.host_end] for u in walked] == ["投资有限公司"]
    opened = enterprise_opens_name(scan, walked[0])
    assert text[opened.start : opened.host_end] == "中化学南方建设投资有限公司"


def test_a_verb_between_a_prefix_and_a_company_keeps_them_apart() -> None:
    text = "中铁澜沧局帮助澜溪农业发展有限公司开拓市场。"
    got = [text[u.start : u.host_end] for u in find_unit_spans(text, Tokens(text), [])]
    assert not any(n.startswith("中铁") and n.endswith("有限公司") for n in got)


def test_a_group_by_its_short_name_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "国家管网集团与澜溪县签订合作协议。中国中铁党委书记到澜溪县调研。"
    )
    assert {"国家管网集团", "中国中铁"} <= names(ex, "Organization")


def test_a_short_name_that_is_also_a_phrase_is_a_unit_only_standing_alone(extract_text) -> None:
    ex: Extraction = extract_text("澜溪县推动航空工业前沿技术落地，中国电子信息产业持续发展。")
    assert names(ex, "Organization") == set()


def test_a_democratic_partys_area_committee_is_one_unit_named_as_written(extract_text) -> None:
    # the eight democratic parties are national reference data; the places are real
    # divisions outside the training articles
    ex: Extraction = extract_text("致公党甘肃省委会与天水市麦积区结对共建。")
    assert "致公党甘肃省委会" in names(ex, "Organization")


def test_a_democratic_partys_central_committee_is_one_unit(extract_text) -> None:
    ex: Extraction = extract_text("九三学社中央委员会到天水市调研。")
    assert "九三学社中央委员会" in names(ex, "Organization")


def test_no_committee_without_a_place_right_after_the_partys_name() -> None:
    text = "民盟成员在天水市委会议上发言。"
    scan = scan_of(text, Tokens(text), [])
    assert democratic_party_committees(scan) == []
