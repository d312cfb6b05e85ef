"""More ways to find a unit: alias definitions, formal party names folded into their
host, verbs that take a unit as object, new kinds of unit endings (invented names)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import COMMON, NAMED, org_word_mark
from ingest.extract.unit_rules import aliases_defined
from ingest.model import Mention
from ingest.segment import Tokens


def test_an_alias_defined_after_a_unit_is_that_unit_wherever_it_occurs(extract_text) -> None:
    ex = extract_text(
        "6月16日，中共澜博新能源发展有限公司支部委员会（以下简称“澜博党支部”）与"
        "某村签订协议。澜博党支部书记王明表示，将长期合作。"
    )
    orgs = [e for e in ex.entities if e.type == "Organization"]
    assert [e.name for e in orgs] == ["澜博新能源发展有限公司"]
    assert "澜博党支部" in orgs[0].aliases


def test_aliases_defined_replaces_what_was_decided_at_each_occurrence() -> None:
    text = "澜博科技有限公司（简称澜博）与澜博党支部"
    unit = Mention(
        0, 8, "澜博科技有限公司", "Organization", "澜博科技有限公司", "enterprise", None, "org"
    )
    other = Mention(
        16, 21, "澜博党支部", "Organization", "澜博党支部", "party_org", None, "party_org"
    )
    got = aliases_defined(text, [(unit, 8), (other, 17)])
    assert [(m.start, m.end, m.name) for m, _ in got] == [
        (0, 8, "澜博科技有限公司"),
        (11, 13, "澜博科技有限公司"),
        (15, 17, "澜博科技有限公司"),
    ]


def test_a_formal_party_committee_name_folds_into_its_host_company(extract_text) -> None:
    ex = extract_text("中共澜溪电气有限公司支部委员会与某村党支部开展共建活动。")
    assert "澜溪电气有限公司" in names(ex, "Organization")


def test_a_verb_taking_a_unit_as_object_is_not_part_of_its_name(extract_text) -> None:
    ex = extract_text("随后经共建渠道对接医院，村民委员会组建合作社，检验合格后供给澜丰公司。")
    assert not any(n.startswith(("随后", "村民委员会组建", "检验")) for n in names(ex))


def test_congresses_media_and_working_groups_are_units(extract_text) -> None:
    ex = extract_text("澜州市政协、澜州都市报、澜溪镇第三督导组和澜溪工业园区负责人参加会议。")
    assert {"澜州市政协", "澜州都市报", "澜溪镇第三督导组", "澜溪工业园区"} <= names(
        ex, "Organization"
    )


def test_an_ordinary_word_inside_a_unit_word_does_not_hide_the_unit(extract_text) -> None:
    # 政局 (a political situation) is no word of 财政局
    ex = extract_text("落实市委、市政府以及市发改委、市移民局、市财政局等关于对口帮扶的部署。")
    assert "市财政局" in names(ex, "Organization")


def test_a_quoted_verb_before_a_unit_is_the_sentences(extract_text) -> None:
    ex = extract_text("澜溪街道“牵线”澜江区工商联、区科技局，共同签约。")
    assert "澜江区工商联" in names(ex, "Organization")


def test_a_unit_jieba_knows_as_an_organisation_is_named() -> None:
    text = "与海尔集团签约"
    assert org_word_mark(Tokens(text), 1, 3, 5) == NAMED
    assert org_word_mark(Tokens("与澜溪集团签约"), 1, 3, 5) == COMMON


def test_a_brand_in_a_list_of_units_is_a_unit(extract_text) -> None:
    ex = extract_text("社区与澜溪幼儿园、澜捷物业、澜丰药房党建联建。")
    assert {"澜捷物业", "澜丰药房"} <= names(ex, "Organization")


def test_a_list_item_that_is_a_road_a_phrase_or_a_name_is_no_unit(extract_text) -> None:
    ex = extract_text("澜溪幼儿园、太澜路、以乡促城、甘小雨等参加。")
    assert names(ex, "Organization") == {"澜溪幼儿园"}
