"""Institutes and associations a level names, partnership modes of a procuratorate, and
phrases of the sentence that end like a unit (issue 13, the eleventh units pass: classes of
the false and missed units of x201–x240, the articles scored before any rule saw them).
Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import ending_opens_ordinary_word
from ingest.extract.unit_rules import level_institute, partnership_mode
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def test_a_level_and_a_field_name_an_institute() -> None:
    lex = load_lexicon()
    suf = lex.org_suffixes["设计院"]
    assert level_institute("省交通", suf, 1, lex)
    assert level_institute("市规划", suf, 1, lex)
    assert level_institute("县地质", lex.org_suffixes["勘察院"], 1, lex)
    # a name with a proper word is decided elsewhere; a verb or a bare level names none
    assert not level_institute("省交通", suf, 2, lex)
    assert not level_institute("省推进", suf, 1, lex)
    assert not level_institute("省", suf, 1, lex)
    # other endings are not institutes of a level (县小学 names no school)
    assert not level_institute("县交通", lex.org_suffixes["学校"], 1, lex)


def test_institutes_and_the_red_cross_of_a_level_are_units(extract_text) -> None:
    ex = extract_text(
        "近日，省水文设计院与岚川地质工程勘察院、凤栖市第二测绘勘察院签订党建联盟协议书。"
    )
    assert {"省水文设计院", "凤栖市第二测绘勘察院"} <= names(ex, "Organization")
    ex = extract_text("县委宣传部、县文联、县红十字会、县科协共同组成党建联盟。")
    assert "县红十字会" in names(ex, "Organization")


def test_a_procuratorate_and_village_mode_is_no_unit(extract_text) -> None:
    assert partnership_mode("检村")
    assert partnership_mode("税企")
    ex = extract_text("县检察院开展的检村党支部结对共建活动，措施具体可行。")
    assert "检村党支部" not in names(ex, "Organization")


def test_an_ending_that_opens_an_ordinary_phrase_ends_no_name() -> None:
    lex = load_lexicon()
    text = "以业务质效双提升服务党和国家中心大局。"
    s = text.index("中心")
    assert ending_opens_ordinary_word(text, s, "中心", Tokens(text), lex)
    # a jieba word across the phrase's end: 某中心|组织党员 holds no 中心组
    text = "岚川县疾病预防控制中心组织党员下沉社区。"
    s = text.index("中心")
    assert not ending_opens_ordinary_word(text, s, "中心", Tokens(text), lex)


def test_predicates_before_an_ending_are_no_name(extract_text) -> None:
    ex = extract_text("学校通过思想共鸣、文明共建三大举措深入推进学校党建与社区建设融合。")
    assert not names(ex, "Organization")
    ex = extract_text("以党建业务质效双提升服务保障党和国家中心大局。")
    assert not names(ex, "Organization")
    ex = extract_text("围绕“六好”目标要求抓好党支部建设，岚川大学第一党支部与凤栖公司党支部结对。")
    assert not any("目标" in n for n in names(ex, "Organization"))
    # a body's own verb stays (某区城市治理推进委), and so does a control centre
    ex = extract_text("近日，岚川区城市治理推进委召开会议。")
    assert "岚川区城市治理推进委" in names(ex, "Organization")
    ex = extract_text("11月4日，凤栖市疾病预防控制中心组织党员干部下沉社区。")
    assert "凤栖市疾病预防控制中心" in names(ex, "Organization")


def test_a_court_is_one_unit_with_or_without_level_words() -> None:
    from ingest.extract.resolve import court_without_level_words

    # (a place's level word is dropped only where the gazetteer knows the place; the
    # invented 岚川 is unknown, so 人民 alone joins these two)
    names_ = ["岚川人民检察院", "岚川检察院"]
    assert court_without_level_words("岚川检察院", names_) == "岚川人民检察院"
    assert court_without_level_words("岚川人民检察院", names_) is None
    assert court_without_level_words("岚川法院", ["岚川法院", "岚川人民检察院"]) is None
    assert court_without_level_words("省检察院", ["省检察院", "省人民检察院"]) == "省人民检察院"
    # a level is not another level's, and a grade's court is not the district's
    assert court_without_level_words("市检察院", ["市检察院", "省人民检察院"]) is None
    assert court_without_level_words("某市法院", ["某市法院", "某市中级人民法院"]) is None


def test_a_university_named_by_its_fields(extract_text) -> None:
    from ingest.extract.unit_rules import field_university

    lex = load_lexicon()
    suf = lex.org_suffixes["大学"]
    assert field_university("电子科技", suf, 0, lex)
    assert not field_university("老年", suf, 0, lex)
    assert not field_university("电子科技", suf, 2, lex)  # named: decided elsewhere
    ex = extract_text("座谈会上，县长向一行表示欢迎，对石油化工大学对本县的支持表示感谢。")
    assert "石油化工大学" in names(ex, "Organization")
