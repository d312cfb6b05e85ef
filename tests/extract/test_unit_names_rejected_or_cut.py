"""Units whose ending was found but whose name was rejected or cut (units29): a rare
dictionary word before a strong ending, a city's short form jieba tags a verb, a field
pair after a place word, a bracketed short-form note inside a court's name. Sentences and
names are invented; places are of the gazetteer (official reference data)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import city_name_tagged_verb, without_short_form_note
from ingest.extract.unit_rules import rare_word_head
from ingest.lexicon import load_lexicon


def orgs(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return names(ex, "Organization")


def test_a_rare_word_before_a_strong_ending_is_a_brand(extract_text) -> None:
    ex = extract_text("瑰奇幼儿园与东坡村结成党建共建对子。")
    assert "瑰奇幼儿园" in orgs(ex)


def test_rare_word_head_only_opening_its_clause_and_no_kind_or_count() -> None:
    lex = load_lexicon()
    assert rare_word_head("瑰奇幼儿园与", 0, "瑰奇", "strong", lex)
    assert not rare_word_head("党支部瑰奇幼儿园", 3, "瑰奇", "strong", lex)  # cut short
    assert not rare_word_head("“瑰奇幼儿园”", 1, "瑰奇", "strong", lex)  # a slogan
    assert not rare_word_head("妇产医院", 0, "妇产", "strong", lex)  # a kind word
    assert not rare_word_head("百间学校", 0, "百间", "strong", lex)  # a count
    assert not rare_word_head("瑰奇办", 0, "瑰奇", "gov", lex)  # not a strong ending
    assert not rare_word_head("美术学院", 0, "美术", "strong", lex)  # a common word


def test_a_city_short_form_tagged_a_verb_stays_in_the_name(extract_text) -> None:
    ex = extract_text("近日，贵州黔源纺织遵义机械厂党委负责人带队到东坡村调研。")
    assert any(n.endswith("遵义机械厂") and n.startswith("贵州") for n in orgs(ex))


def test_only_cities_and_provinces_not_counties() -> None:
    assert city_name_tagged_verb("保定") and city_name_tagged_verb("遵义")
    assert not city_name_tagged_verb("振兴")  # a district's short form, a verb
    assert not city_name_tagged_verb("合作")  # a common word


def test_a_field_pair_after_a_place_word_is_the_areas_body(extract_text) -> None:
    ex = extract_text("江西赣江新区统筹城乡和社会事业局与东坡村结对共建。")
    assert "江西赣江新区统筹城乡和社会事业局" in orgs(ex)


def test_a_short_form_note_inside_a_courts_name(extract_text) -> None:
    ex = extract_text("甘孜藏族自治州（简称甘孜州）中级人民法院与东坡村结对共建。")
    assert "甘孜藏族自治州中级人民法院" in orgs(ex)
    assert without_short_form_note("某州(以下简称某州)法院") == "某州法院"
