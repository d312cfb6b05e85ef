"""People rules of the people12 pass, from the classes of people missed on unseen text
(counted, never read, on the pooled held-out set: a 、-list of names with no title or cue
beside it is the largest). Invented names."""

from __future__ import annotations

from people_helpers import found_names, read_by, read_text_by

from ingest.extract.people import (
    FoundPeople,
    name_after_a_blank_in_a_byline,
    name_word_after_a_preposition,
    names_after_cues,
    names_after_titles,
    names_before_titles,
    names_closing_labelled_fields,
    names_of_a_bare_list,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def test_a_bare_list_of_names_is_read_whole() -> None:
    assert read_by(names_of_a_bare_list, "党员代表柏建华、邵晓洋参加了活动。") == [
        "柏建华",
        "邵晓洋",
    ]
    text = "会议最后，柏玉梅、邵安群、倪秀文共同按下启动键。"
    assert read_by(names_of_a_bare_list, text) == ["柏玉梅", "邵安群", "倪秀文"]


def test_a_list_of_places_or_ordinary_words_names_nobody() -> None:
    assert read_by(names_of_a_bare_list, "东城、西城、海淀参加了比赛。") == []
    assert read_by(names_of_a_bare_list, "服务做到方便、快捷、高效。") == []
    assert read_by(names_of_a_bare_list, "江苏、浙江、上海三地联动。") == []


def test_a_list_with_one_item_of_no_name_takes_none() -> None:
    assert read_by(names_of_a_bare_list, "柏建华、图书馆等参加。") == []


def test_a_name_found_elsewhere_is_the_last_item() -> None:
    text = "副市长柏久党出席。邵智永、柏久党代表双方签约。"
    found = FoundPeople(text)
    found.add(3, 6, "title")
    names_of_a_bare_list(text, Tokens(text), load_lexicon(), found)
    assert found_names(found) == ["柏久党", "邵智永", "柏久党"]


def test_a_name_alone_in_a_labelled_field_of_a_credit_line() -> None:
    lex_rule = names_closing_labelled_fields
    assert read_text_by(lex_rule, "责编:邵艳芳\n一审:柏明\n二审:倪岸明\n") == [
        "邵艳芳",
        "柏明",
        "倪岸明",
    ]
    assert read_text_by(lex_rule, "吴曲波 审核:邵小平 审签:柏小明\n]") == ["邵小平", "柏小明"]
    assert read_text_by(lex_rule, "（撰稿人:邵倩 审稿人:柏齐）") == ["邵倩", "柏齐"]


def test_a_labelled_field_of_a_source_or_date_or_not_closed_names_nobody() -> None:
    lex_rule = names_closing_labelled_fields
    assert read_text_by(lex_rule, "发布时间:2023-04-14 来源:东方网\n") == []
    assert read_text_by(lex_rule, "我的位置: 区情 > 郊野笔记 > ") == []
    assert read_text_by(lex_rule, "作者:邵悦来源:某某报发布时间:2025-06-19") == []
    assert read_text_by(lex_rule, "时间：周五\n") == []


def test_a_name_after_a_title_before_a_meeting_verb() -> None:
    # jieba reads 会见 after an unknown name as a noun: the cue says it is a name
    assert read_by(names_after_titles, "省委副书记、省长柏强会见客人一行。") == ["柏强"]


def test_a_name_word_after_a_preposition_that_is_a_surname() -> None:
    # jieba reads 向 / 由 / 和 as a word of its own and the three characters after it as a
    # name: the lone character before is no part of the name
    text = "并向王建军主任了解情况。"
    assert read_by(names_before_titles, text) == ["王建军"]
    assert name_word_after_a_preposition(Tokens(text), 2, 5)
    assert read_by(names_before_titles, "由王建军校长主持。") == ["王建军"]
    assert not name_word_after_a_preposition(Tokens("双方王建军主任"), 2, 5)


def test_a_bylines_next_name_after_a_blank() -> None:
    assert read_by(names_after_cues, "通讯员 庞玉梅 徐安群\n") == ["庞玉梅", "徐安群"]
    assert read_by(names_after_cues, "（记者 庞玉梅 徐安群）") == ["庞玉梅", "徐安群"]
    assert name_after_a_blank_in_a_byline("甲 报道", 1, load_lexicon()) is None
    assert read_by(names_after_cues, "通讯员 庞玉梅 报道") == ["庞玉梅"]


def test_a_bare_list_is_searched_from_run_starts_only() -> None:
    """The look-behind that keeps the 、-list search from restarting inside every run of
    Han characters finds the same lists as the pattern without it (speed19)."""
    import re

    from ingest.extract.people import _BARE_LIST

    unanchored = re.compile(_BARE_LIST.pattern.removeprefix(r"(?<![\u4e00-\u9fff])"))
    assert unanchored.pattern != _BARE_LIST.pattern
    texts = [
        "党员代表甲乙丙、丁戊己参加了活动，某某村、某某社区和某公司、乙公司签约。",
        "、甲乙、丙丁、",
        "甲乙丙丁戊己庚辛壬癸、子丑",
        "abc甲、乙 丙、丁。戊己、、庚",
        "没有列表的一段很长很长的文字没有顿号",
    ]
    for text in texts:
        got = [m.span() for m in _BARE_LIST.finditer(text)]
        assert got == [m.span() for m in unanchored.finditer(text)]
    assert [m.group() for m in _BARE_LIST.finditer(texts[0])] == [
        "党员代表甲乙丙、丁戊己参加了活动",
        "某某村、某某社区和某公司、乙公司签约",
    ]
