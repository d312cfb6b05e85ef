"""Organisation spans that are no unit of the story (a rated kind of unit), or a unit
with the sentence's verb glued to it (units40, Organization precision). Invented names."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import glued_verb_before_name
from ingest.extract.unit_rules import rated_kind
from ingest.lexicon import load_lexicon


def orgs(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return names(ex, "Organization")


# A rating or class right before the ending (unit_rules.rated_kind, kind_words.tsv).


def test_a_rated_kind_before_an_ending_is_a_description() -> None:
    lex = load_lexicon()
    assert rated_kind("雁栖省重点", lex)  # 雁栖省重点中学
    assert rated_kind("雁栖地区大型官股商业", lex)  # …银行: kind words after the rating
    assert rated_kind("雁栖省县级", lex)  # 雁栖省县级融媒体中心
    assert rated_kind("雁栖第四大", lex)  # 雁栖第四大银行
    assert rated_kind("公立", lex)  # a head of kind words only
    assert not rated_kind("雁栖稠水商业", lex)  # 雁栖稠水商业银行: a proper head
    assert not rated_kind("雁栖市妇产", lex)  # 雁栖市妇产医院 names the hospital
    assert not rated_kind("雁栖市第一", lex)  # an ordinal names the school
    assert not rated_kind("", lex)


def test_a_rated_school_or_bank_in_the_text_is_no_unit(extract_text) -> None:
    ex = extract_text(
        "雁栖高级中学是雁栖自治区重点中学。雁栖银行是雁栖地区大型官股商业银行，也是雁栖第四大银行。"
    )
    assert {"雁栖高级中学", "雁栖银行"} <= orgs(ex)
    assert not any(n.endswith(("重点中学", "商业银行", "大银行")) for n in orgs(ex))


def test_a_proper_commercial_bank_and_a_place_s_special_hospital_stay(extract_text) -> None:
    ex = extract_text("雁栖稠水商业银行与雁栖市妇产医院签订结对共建协议。")
    assert {"雁栖稠水商业银行", "雁栖市妇产医院"} <= orgs(ex)


# The sentence's verb glued to the character before it (orgs.glued_verb_before_name).


def test_a_verb_of_going_glued_to_a_count_opens_the_name(extract_text) -> None:
    ex = extract_text("县委书记王明率领调研组一行7人到雁栖区法院开展党建工作交流。")
    assert "雁栖区法院" in orgs(ex)
    assert not any(n.startswith("人到") for n in orgs(ex))


def test_only_an_unknown_two_character_glue_is_a_verb() -> None:
    lex = load_lexicon()
    assert glued_verb_before_name("人到", "x", lex)
    assert glued_verb_before_name("这是", "x", lex)
    assert not glued_verb_before_name("未来", "t", lex)  # a dictionary word
    assert not glued_verb_before_name("县到", "x", lex)  # a level character


def test_a_copula_glued_before_a_list_opens_no_list_item(extract_text) -> None:
    ex = extract_text("他说，这是雁栖集团、雁栖银行共同作出的安排。")
    assert not any(n.startswith("这是") for n in orgs(ex))


# A base designated for students' practice (unit_rules.designated_base, 实习/见习).


def test_a_practice_base_is_a_designation_not_a_unit(extract_text) -> None:
    ex = extract_text("雁栖公司被设置为雁栖学院大学生实习基地，雁栖学院与雁栖公司签订共建协议。")
    assert not any(n.endswith("实习基地") for n in orgs(ex))


# Places in a unit's name go from the larger to the smaller (orgs.smaller_place_before_larger).


def test_a_community_before_a_city_s_unit_is_the_sentence_s(extract_text) -> None:
    ex = extract_text("活动中，雁栖街社区居民常州市书法家协会副会长周明到场指导。")
    assert "常州市书法家协会" in orgs(ex)
    assert not any(n.startswith("雁栖街") for n in orgs(ex))


def test_places_from_the_larger_to_the_smaller_stay_in_the_name(extract_text) -> None:
    ex = extract_text("上海市浦东新区花木街道雁栖社区卫生服务中心与雁栖村结对共建。")
    # the whole chain is the unit's written form; its name opens at the chain's last place
    # (place_chains.named_from_own_place)
    written = "上海市浦东新区花木街道雁栖社区卫生服务中心"
    assert any(written in e.aliases for e in ex.entities if e.type == "Organization")
