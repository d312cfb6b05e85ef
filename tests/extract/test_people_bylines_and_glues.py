"""People rules of the orgs14 pass (issue 13): letter-spaced names in bylines, bracketed
credits closed by a role or listing a rarer surname, a name before 及. Invented names."""

from __future__ import annotations

from people_helpers import found_names, read_by, read_text_by, tokens_of

from ingest.extract.people import (
    FoundPeople,
    names_after_cues,
    names_after_titles,
    names_before_comrade,
    names_before_titles,
    names_in_bracketed_bylines,
    names_in_lists,
    spaced_names_in_bylines,
)
from ingest.lexicon import load_lexicon


def spaced(text: str) -> list[str]:
    return read_text_by(spaced_names_in_bylines, text)


def bracketed(text: str) -> list[str]:
    return read_text_by(names_in_bracketed_bylines, text)


def test_a_letter_spaced_name_after_a_byline_cue_keeps_its_blank() -> None:
    assert spaced("编辑:邵 岚\n责编:韦 舟") == ["邵 岚", "韦 舟"]
    assert spaced("来源:某某日报  作者:柏 川  ") == ["柏 川"]


def test_a_letter_spaced_name_in_the_bracket_after_the_news_mark() -> None:
    assert spaced("本报讯 (□ 阮 青 记者 某某某)为促进合作") == ["阮 青"]


def test_two_characters_spaced_elsewhere_are_no_name() -> None:
    assert spaced("他说：王 字旁的写法。") == []
    assert spaced("编辑部 在 线") == []


def test_a_bracketed_credit_closed_by_its_role() -> None:
    assert bracketed("（某县法院 柏文川 邵景涛/供稿）") == ["柏文川", "邵景涛"]


def test_a_bracketed_list_of_names_with_one_rarer_surname() -> None:
    assert bracketed("贡献力量。 （柏文川 邵景涛 求立 韦一舟）") == [
        "柏文川",
        "邵景涛",
        "求立",
        "韦一舟",
    ]


def test_a_bracketed_list_with_a_credit_role_keeps_the_rule_as_it_was() -> None:
    assert "通讯员" not in bracketed("本报讯（通讯员 柏文川 邵景涛）3月23日")


def test_a_name_after_a_title_before_ji() -> None:
    text = "区委常委、宣传部部长柏霁及区相关部门负责同志参加"
    assert read_by(names_after_titles, text) == ["柏霁"]


def test_a_name_whose_last_character_jieba_read_into_a_verb_after_it() -> None:
    text = "农业农村委书记、主任韦乃军代表某区向某县捐赠财政帮扶资金"
    assert read_by(names_after_titles, text) == ["韦乃军"]


def test_a_name_jieba_knows_after_a_verb_and_before_its_title() -> None:
    # the title is followed by a noun phrase: only a word the dictionary tags as a
    # person's name counts, and a verb before it may open the clause (贯彻|某某某总书记)
    text = "和贯彻王建国总书记系列重要讲话精神"
    assert read_by(names_before_titles, text) == ["王建国"]


def comrades(text: str) -> list[str]:
    return read_by(names_before_comrade, text)


def test_a_name_before_comrade() -> None:
    assert comrades("并带领全体党员就邬倩同志的先进事迹展开讨论") == ["邬倩"]


def test_words_before_comrade_are_no_names() -> None:
    assert comrades("全体党员同志和负责同志参加，老同志发言") == []


def test_a_preposition_read_as_its_own_word_ends_a_two_character_name() -> None:
    text = "某某有限公司总经理柏君向与会人员介绍了公司的企业文化"
    assert read_by(names_after_titles, text) == ["柏君"]


def test_the_name_after_a_repost_credit() -> None:
    text = "（新闻来源：某县融媒体中心 转载：柏文洁）"
    assert read_by(names_after_cues, text) == ["柏文洁"]


def test_a_name_jieba_split_into_surname_and_noun_before_its_title() -> None:
    text = "活动中，柏铁军检察长强调，活动要常态化。"
    assert read_by(names_before_titles, text) == ["柏铁军"]


def test_a_split_surname_needs_the_clause_s_edge_before_it() -> None:
    text = "要求柏铁军检察长扶贫工作。"  # no punctuation before, no verb after the title
    assert read_by(names_before_titles, text) == []


def test_a_list_s_first_name_after_a_word_without_a_separator() -> None:
    text = "某小区党支部柏鹏、韦丽、邵安钾等小区领导参加。"
    found = FoundPeople(text)
    found.add(text.index("韦丽"), text.index("韦丽") + 2, "speech")
    names_in_lists(text, load_lexicon(), found)
    assert found_names(found) == ["柏鹏", "韦丽", "邵安钾"]


def test_a_chief_accountant_is_a_title() -> None:
    text = "市委编办副主任柏文学、某某电厂总会计师韦华，带领工作队进驻。"
    assert read_by(names_after_titles, text) == ["柏文学", "韦华"]


def test_a_frequent_word_and_the_adverbial_de_is_no_name() -> None:
    text = "办电更方便。”某家村支书高兴地说。"
    assert read_by(names_after_titles, text) == []


def test_a_long_name_the_dictionary_knows_after_a_title_before_a_verb() -> None:
    from ingest.extract.people import long_name_after_title

    text = "市委书记那仁朝鲁告诉记者："
    known = tokens_of(text, [("市委书记", "n"), ("那仁朝鲁", "ns"), ("告诉", "v"), ("记者", "n")])
    assert long_name_after_title(text, 4, known) == 8
    unknown = tokens_of(text, [("市委书记", "n"), ("那仁朝鲁", "x"), ("告诉", "v"), ("记者", "n")])
    assert long_name_after_title(text, 4, unknown) is None
    place = "市委书记那仁朝县告诉"
    county = tokens_of(place, [("市委书记", "n"), ("那仁朝县", "ns"), ("告诉", "v")])
    assert long_name_after_title(place, 4, county) is None
