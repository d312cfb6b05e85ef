"""Names on new outlets (the people15 pass): the parts of transliterated
names jieba tags nrt (its tag for them) or as a place. Invented names."""

from __future__ import annotations

from people_helpers import read_text_by, tokens_of

from ingest.extract.people import (
    byline_line_names,
    find_people,
    long_name_of_two_words,
    names_on_a_byline_line,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def test_a_long_name_whose_first_part_jieba_tags_as_transliterated() -> None:
    text = "院长尼玛次旺和"
    words = [("院长", "n"), ("尼玛", "nrt"), ("次旺", "x"), ("和", "c")]
    assert long_name_of_two_words(text, 2, tokens_of(text, words)) == 6
    text = "副院长乌日巴图以及"
    words = [("副院长", "n"), ("乌日", "nrt"), ("巴图", "x"), ("以及", "c")]
    assert long_name_of_two_words(text, 3, tokens_of(text, words)) == 7


def test_a_long_name_whose_second_part_jieba_tags_as_a_place() -> None:
    text = "书记央金扎西和"
    words = [("书记", "n"), ("央金", "x"), ("扎西", "ns"), ("和", "c")]
    assert long_name_of_two_words(text, 2, tokens_of(text, words)) == 6
    text = "书记央金某县和"
    words = [("书记", "n"), ("央金", "x"), ("某县", "ns"), ("和", "c")]
    assert long_name_of_two_words(text, 2, tokens_of(text, words)) is None


def test_tibetan_names_after_titles_in_a_sentence() -> None:
    found, _claims = find_people(
        "卫生院院长尼玛次旺，党支部书记达娃扎西，",
        Tokens("卫生院院长尼玛次旺，党支部书记达娃扎西，"),
    )
    assert [pm.name for pm in found] == ["尼玛次旺", "达娃扎西"]


def test_every_name_of_a_line_that_holds_a_byline_alone() -> None:
    lex = load_lexicon()
    line = "记者 柏 甲 柏乙乙 韦丙丙"
    assert [line[s:e] for s, e in byline_line_names(line, lex) or ()] == [
        "柏 甲",
        "柏乙乙",
        "韦丙丙",
    ]
    line = "柏乙乙 记者 韦 丙"
    assert [line[s:e] for s, e in byline_line_names(line, lex) or ()] == ["柏乙乙", "韦 丙"]
    assert read_text_by(names_on_a_byline_line, "标题\n记者 柏 甲 柏乙乙\n正文") == [
        "柏 甲",
        "柏乙乙",
    ]


def test_a_line_with_other_words_or_no_cue_is_no_byline() -> None:
    lex = load_lexicon()
    assert byline_line_names("记者 柏乙乙 走进 村里", lex) is None
    assert byline_line_names("柏乙乙 韦丙丙", lex) is None
