"""Registered names, bases and trailing sources: a company's brand made of function words
keeps the place that heads it, a village before a registered name says where it is, a
base of a unit's activity names that unit, and a story's trailing source line names an
outlet. Sentences and names are invented (places from a county outside the training
articles)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import base_of_a_unit
from ingest.extract.unit_rules import trailing_source
from ingest.lexicon import load_lexicon
from ingest.model import Extraction


def test_a_brand_with_a_conjunction_keeps_the_place_that_heads_the_company(
    extract_text,
) -> None:
    ex: Extraction = extract_text("今天上午在永嘉禾和种业有限公司签约。")
    assert "永嘉禾和种业有限公司" in names(ex, "Organization")


def test_a_brand_that_opens_with_a_numeral_keeps_its_place(extract_text) -> None:
    ex: Extraction = extract_text("澜峰村与永嘉一叶舟餐饮管理股份有限公司结对。")
    assert "永嘉一叶舟餐饮管理股份有限公司" in names(ex, "Organization")


def test_a_place_before_a_conjunction_does_not_head_the_company_after_it(extract_text) -> None:
    ex: Extraction = extract_text("在永嘉与澜溪科技有限公司签约。")
    assert names(ex, "Organization") == {"澜溪科技有限公司"}


def test_a_place_named_inside_a_community_before_a_preposition_heads_no_company(
    extract_text,
) -> None:
    # 瓯北 is a town's short form inside the community's name, 与 joins two units
    ex: Extraction = extract_text("在瓯北镇永嘉社区与澜溪科技有限公司企业的联谊活动上揭牌。")
    assert "澜溪科技有限公司" in names(ex, "Organization")
    assert not any(n.startswith("与") for n in names(ex, "Organization"))


def test_a_count_after_a_place_heads_no_company(extract_text) -> None:
    ex: Extraction = extract_text("永嘉两家有限公司参加签约。")
    assert names(ex, "Organization") == set()


def test_a_village_before_a_registered_name_is_where_the_company_is(extract_text) -> None:
    ex: Extraction = extract_text("瓯北镇澜峰村鑫澜溪农业有限公司与澜江医院结对。")
    assert "鑫澜溪农业有限公司" in names(ex, "Organization")
    assert "澜峰村" in names(ex, "Village")


def test_a_village_keeps_its_own_works_that_have_no_registered_ending(extract_text) -> None:
    ex: Extraction = extract_text("瓯北镇澜峰村木器加工厂与澜江医院结对。")
    assert "瓯北镇澜峰村木器加工厂" in names(ex, "Organization")


def test_a_base_of_a_cooperative_names_the_cooperative(extract_text) -> None:
    ex: Extraction = extract_text("参观了永嘉县澜峰村鑫澜溪农民专业合作社养殖基地、澜江医院。")
    assert "鑫澜溪农民专业合作社" in names(ex, "Organization")


def test_only_a_unit_and_an_activity_make_a_base_of_a_unit() -> None:
    lex = load_lexicon()
    assert base_of_a_unit("鑫澜溪农民专业合作社养殖", lex)
    assert not base_of_a_unit("永嘉县爱国主义教育", lex)
    assert not base_of_a_unit("合作社养殖", lex)  # no name before the ending


def test_the_source_after_the_last_sentence_is_read() -> None:
    assert trailing_source("结对双方把实事办好。 来源:澜溪发布\n") == "澜溪发布"
    assert trailing_source("结对双方把实事办好。来源于群众。") is None


def test_a_trailing_source_line_names_an_outlet(extract_text) -> None:
    ex: Extraction = extract_text("澜峰村与澜江医院结对共建。结对双方把实事办好。 来源:澜溪之声\n")
    assert "澜溪之声" in names(ex, "Organization")
