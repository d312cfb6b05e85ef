"""A work verb with its result character ends a name, and a news app cited before 记者 or
报道 is a unit (units47: false units on text pbkg was not written from, news apps
missed). Names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import (
    account_cited_after,
    ends_like_unit,
    extend_left,
    outlet_before_account,
    verb_with_result,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def test_a_work_verb_with_its_result_character() -> None:
    lex = load_lexicon()
    assert verb_with_result("建好", lex)  # jieba: a verb
    assert verb_with_result("筑牢", lex)  # jieba: unknown
    assert verb_with_result("做强", lex)
    assert not verb_with_result("美好", lex)  # an adjective jieba knows: a brand may be one
    assert not verb_with_result("推进", lex)  # a verb of unit names (某某推进委)
    assert not verb_with_result("维稳", lex)  # 区维稳办
    assert not verb_with_result("建", lex)


def _start(text: str, ending: str) -> int:
    pos = text.index(ending)
    return extend_left(text, pos, Tokens(text), load_lexicon(), {}, join_chars=True)[0]


def test_the_verb_phrase_ends_the_name_on_its_left() -> None:
    assert _start("要建好基地，办好项目。", "基地") == 3  # no name before 基地
    assert _start("年前送上公司党委的祝福。", "公司") == 4  # 前送|上: cut anywhere by jieba
    # 感谢 is a word: 谢大 is no verb phrase, the college's fields stay its name
    assert _start("感谢大数据与信息工程学院对柘川村的支持。", "学院") == 2


def test_no_unit_is_the_object_of_a_work_verb(extract_text) -> None:
    assert names(extract_text("要建好基地，办好项目。"), "Organization") == set()
    assert names(extract_text("全力做强公司党委的引领作用。"), "Organization") == set()
    assert "甲区维稳办" in names(extract_text("甲区维稳办与乙公司结对。"), "Organization")


def test_a_news_app_cited_before_its_reporter() -> None:
    lex = load_lexicon()
    text = "柘川新闻记者王某"
    assert account_cited_after(text, 4, "新闻", lex)
    assert not account_cited_after("柘川新闻与传播", 4, "新闻", lex)
    assert outlet_before_account("县电视台新闻", 0, 4, lex)  # the station's own news
    assert not outlet_before_account("柘川新闻", 0, 2, lex)
    assert not ends_like_unit("新闻", lex)  # an account's ending: still a field word
    assert ends_like_unit("澜溪日报", lex)


def test_news_apps_are_units_where_cited(extract_text) -> None:
    ex = extract_text("（澜溪早报/柘川新闻记者 王某）柘川村与甲公司结对。")
    assert "柘川新闻" in names(ex, "Organization")
    assert names(extract_text("县电视台新闻记者张三报道。"), "Organization") == set()
    ex = extract_text("澜溪大学新闻与传播学院与柘川村结对。")
    assert "澜溪大学新闻与传播学院" in names(ex, "Organization")
