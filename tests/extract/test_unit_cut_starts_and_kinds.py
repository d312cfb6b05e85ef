"""Names cut at the start and kinds of unit read as names, on outlets new to pbkg
(units31): a list item's number, a two-word field opening its clause, a registered
company's brand jieba tags a verb, a kind of unit jieba's dictionary lists as an
organisation, the bodies of a kind of unit, a quoted count slogan and a dateline with
the date before the place. Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import after_item_number, kind_led_word
from ingest.extract.unit_rules import before_inner_date, kind_of_units
from ingest.lexicon import load_lexicon
from ingest.model import Extraction


def test_a_list_items_number_ends_right_before_the_items_first_word() -> None:
    for text in ("1.啬", "名单：\n2.啬", "，3）啬", "（4）啬"):
        assert after_item_number(text, len(text) - 1), text
    # a decimal, a date or a word with a number in it is no item's number
    for text in ("增长3.5啬", "2023.1啬", "第3.啬"):
        assert not after_item_number(text, len(text) - 1), text


def test_a_lone_first_character_after_an_items_number_stays(extract_text) -> None:
    ex: Extraction = extract_text(
        "结对名单如下：\n1.啬澜园主办可溪中学与澜溪县华清中学\n2.澜溪县华清小学与永嘉小学\n"
    )
    assert "啬澜园主办可溪中学" in names(ex, "Organization")


def test_a_two_word_field_opening_its_clause_is_the_facultys(extract_text) -> None:
    ex: Extraction = extract_text(
        "10月17日，体育科学与信息学院党委与澜溪镇永嘉村党总支在永嘉村开展共建活动。"
    )
    orgs = names(ex, "Organization")
    assert "体育科学与信息学院" in orgs
    assert "科学与信息学院" not in orgs


def test_a_verb_between_a_province_and_the_trade_is_the_brand(extract_text) -> None:
    ex: Extraction = extract_text("该镇引进江西看见生物科技有限公司，上马年产千吨项目。")
    orgs = names(ex, "Organization")
    assert "江西看见生物科技有限公司" in orgs
    assert "生物科技有限公司" not in orgs


def test_a_kind_listed_as_an_organisation_names_no_unit(extract_text) -> None:
    assert kind_led_word("公立") and kind_led_word("商业") and kind_led_word("私立")
    assert not kind_led_word("红豆")
    ex: Extraction = extract_text(
        "永嘉医院是澜溪县唯一的公立医院。澜溪农商银行是一家商业银行，与永嘉村结对。"
    )
    orgs = names(ex, "Organization")
    assert not {"公立医院", "商业银行"} & orgs
    assert "永嘉医院" in orgs


def test_the_bodies_of_a_kind_of_unit_and_a_count_slogan_are_no_unit(extract_text) -> None:
    lex = load_lexicon()
    assert kind_of_units("国企", lex) and kind_of_units("市属国企", lex)
    assert not kind_of_units("永嘉", lex) and not kind_of_units("", lex)
    ex: Extraction = extract_text(
        "组织市属国企党委与农村片区党组织结对，加强“四有”支部建设。成立国企联村共建领导小组。"
    )
    orgs = names(ex, "Organization")
    assert not {"国企党委", "四有支部"} & orgs
    assert "国企联村共建领导小组" in orgs


def test_a_dateline_with_the_date_before_the_place_names_the_outlet(extract_text) -> None:
    text = "永嘉网7月12日北京消息"
    assert before_inner_date(text, 0, text.index("消息")) == 3
    assert before_inner_date("永嘉网北京", 0, 5) == 5
    ex: Extraction = extract_text(
        "签署结对协议。\n\n永嘉网7月12日北京消息 7月11日，澜溪县永嘉小学与东城区华清小学"
        "签署结对协议。"
    )
    orgs = names(ex, "Organization")
    assert "永嘉网" in orgs
    assert not any("7月12日" in o for o in orgs)
