"""Organizations on new outlets (units56): classes counted on the Organization errors of
the readable articles, each seen in several articles of different outlets. Sentences and
names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import leader_glued_before_unit
from ingest.extract.unit_rules import head_outlet_lines, source_outlets, task_office
from ingest.lexicon import load_lexicon
from ingest.model import Extraction
from ingest.segment import UNKNOWN_POS

# Outlets a page's source field credits (source_line_unit).


def test_a_kind_word_closing_a_source_field_names_the_outlet_whole(extract_text) -> None:
    ex: Extraction = extract_text(
        "某某公司开展结对共建\n文章来源:甲乙聚焦传媒网 发布时间:2018-10-28 13:31\n"
        "某某公司与某某村开展结对共建。"
    )
    assert "甲乙聚焦传媒网" in names(ex, "Organization")


def test_two_outlets_joined_by_a_dash_in_a_source_field_are_two(extract_text) -> None:
    ex: Extraction = extract_text(
        "某某公司开展结对共建\n2020-06-04 06:39:13 来源:甲网-乙丙日报\n\n"
        "某某公司与某某村开展结对共建。"
    )
    orgs = names(ex, "Organization")
    assert {"甲网", "乙丙日报"} <= orgs
    assert "甲网-乙丙日报" not in orgs


def test_two_outlets_joined_by_a_middle_dot_are_two_however_long(extract_text) -> None:
    ex: Extraction = extract_text(
        "某某公司开展结对共建\n2025-03-13 14:19:49 来源:甲乙证券报·丙丁证券网\n"
        "某某公司与某某村开展结对共建。"
    )
    assert {"甲乙证券报", "丙丁证券网"} <= names(ex, "Organization")


def test_a_sites_channel_after_the_dash_stays_one_name_with_its_site() -> None:
    text = "来源:甲乙网-某地频道"
    s = text.index("甲")
    assert source_outlets(text, s, len(text)) == [(s, len(text))]


# An outlet printed on a line of its own at the page's head (head_outlet_lines).


def test_an_outlet_alone_on_a_line_of_the_pages_head_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "某某公司与某某村签订结对协议\n\n大众网\n\n某某公司与某某村开展结对共建。"
    )
    assert "大众网" in names(ex, "Organization")


def test_only_the_head_and_only_a_named_outlet_count() -> None:
    lex = load_lexicon()
    head = "标题\n甲乙电视台\n导语。\n"
    assert [head[a:b] for a, b in head_outlet_lines(head, lex)] == ["甲乙电视台"]
    # the kind alone names no outlet; a line further down the page is no head
    assert head_outlet_lines("标题\n新闻\n导语。\n", lex) == []
    assert head_outlet_lines("标题\n导语。\n正文。\n正文。\n相关新闻\n", lex) == []


# The leader of a party written before the unit it leads (leader_glued_before_unit, and
# 率 and 兼 as boundary words in stop_words.tsv).


def test_a_name_glued_to_a_verb_of_leading_is_no_piece_of_the_unit() -> None:
    assert leader_glued_before_unit("王某某率", UNKNOWN_POS)
    assert not leader_glued_before_unit("效率", "n")  # a word jieba knows


def test_the_unit_a_person_leads_starts_after_the_verb(extract_text) -> None:
    ex: Extraction = extract_text("5月16日，院长王某某率甲乙学院党政办负责人到某某村开展结对共建。")
    orgs = names(ex, "Organization")
    assert not any("率" in n for n in orgs)


def test_a_second_post_joined_by_jian_starts_its_units_name(extract_text) -> None:
    ex: Extraction = extract_text("甲乙大学人民医院院长助理兼经开医院院长王某某共同为基地揭牌。")
    orgs = names(ex, "Organization")
    assert "经开医院" in orgs
    assert "兼经开医院" not in orgs


def test_lead_and_jian_are_boundary_words() -> None:
    stops = load_lexicon().stop_words
    assert "率" in stops and "兼" in stops


# The page's own office in its source field (task_office).


def test_an_office_named_by_its_task_in_a_source_field_is_no_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "某某公司与某某村签订结对协议\n2021-11-13 发布来源:党群工作部\n\n"
        "某某公司与某某村开展结对共建。"
    )
    assert "党群工作部" not in names(ex, "Organization")


def test_only_common_words_and_an_office_ending_make_the_pages_office() -> None:
    assert task_office("教务处") and task_office("党建综合办公室")
    # a place, a level word or a joined name makes it a unit the page names
    assert not task_office("金山区委组织部")
    assert not task_office("区委组织部")
    assert not task_office("国际合作与交流处")
    assert not task_office("某某融媒体中心")


# A unit written after a chain of places is named from the chain's last place
# (place_chains.named_from_own_place). Places are the gazetteer's (reference data).


def test_a_unit_after_a_province_and_its_county_is_named_from_the_county(extract_text) -> None:
    ex: Extraction = extract_text("近日，某某村与江苏省张家港市人民法院开展结对共建。")
    (court,) = [e for e in ex.entities if e.type == "Organization"]
    assert court.name == "张家港市人民法院"
    assert "江苏省张家港市人民法院" in court.aliases  # the written form stays


def test_a_long_chain_names_the_unit_from_its_last_place(extract_text) -> None:
    ex: Extraction = extract_text("启动活动在浙江省常山县白石镇草坪村党群服务中心举行。")
    assert "草坪村党群服务中心" in names(ex, "Organization")


def test_a_unit_named_by_one_place_keeps_it(extract_text) -> None:
    ex: Extraction = extract_text("近日，某某村与郴州市第一人民医院开展结对共建。")
    assert "郴州市第一人民医院" in names(ex, "Organization")


def test_a_home_place_after_the_units_own_place_is_no_chain(extract_text) -> None:
    # a chamber of people from 高州 in 广州: 高州 does not lie in 广州, so both stay
    ex: Extraction = extract_text("广州市高州商会、深圳市高州商会与某某村开展结对共建。")
    assert {"广州市高州商会", "深圳市高州商会"} <= names(ex, "Organization")
