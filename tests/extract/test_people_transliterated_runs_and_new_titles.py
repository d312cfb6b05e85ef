"""Names on new outlets (the people16 pass): transliterated names jieba cuts into words it
does not know or reads otherwise, titles the list lacked, a reviewer's credit label.
Invented names."""

from __future__ import annotations

from people_helpers import read_by, read_text_by, tokens_of

from ingest.extract.people import (
    dotted_names_of_transliteration_characters,
    find_people,
    names_after_cues,
    names_after_village_names,
    names_in_bracketed_bylines,
    names_listed_after_credit_labels,
    transliterated_name_after_title,
    transliterated_word,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def test_a_transliterated_name_cut_into_three_words_closed_by_a_joining_word() -> None:
    lex = load_lexicon()
    text = "主任敖日毕力格与辖区"
    words = [("主任", "b"), ("敖日", "x"), ("毕力", "d"), ("格", "n"), ("与", "p"), ("辖区", "n")]
    assert transliterated_name_after_title(text, 2, tokens_of(text, words), lex) == 7


def test_a_transliterated_name_of_a_rare_word_and_an_unknown_one() -> None:
    lex = load_lexicon()
    text = "书记久旺道杰和"
    words = [("书记", "n"), ("久旺", "nz"), ("道杰", "x"), ("和", "c")]
    assert transliterated_name_after_title(text, 2, tokens_of(text, words), lex) == 6


def test_no_name_of_frequent_words_of_the_table_or_an_open_run() -> None:
    lex = load_lexicon()
    text = "书记多次强调"
    words = [("书记", "n"), ("多次", "m"), ("强调", "v")]
    assert transliterated_name_after_title(text, 2, tokens_of(text, words), lex) is None
    text = "书记尼玛扎西村"  # ends like a place
    words = [("书记", "n"), ("尼玛", "nrt"), ("扎西", "ns"), ("村", "n")]
    assert transliterated_name_after_title(text, 2, tokens_of(text, words), lex) is None


def test_names_after_titles_the_list_lacked() -> None:
    text = "学院组织员柏乙乙、政治辅导员韦丙丙出席，院长助理柏丁丁主持。"
    found, _claims = find_people(text, Tokens(text))
    assert [pm.name for pm in found] == ["柏乙乙", "韦丙丙", "柏丁丁"]


def test_names_listed_after_a_reviewer_label() -> None:
    text = "编辑：柏甲甲\n编审：韦乙乙 柏丙丙\n"
    assert read_text_by(names_listed_after_credit_labels, text) == ["柏甲甲", "韦乙乙", "柏丙丙"]


def test_a_two_character_transliterated_name_only_as_one_unknown_word() -> None:
    lex = load_lexicon()
    text = "院长巴东和"
    words = [("院长", "n"), ("巴", "nr"), ("东", "f"), ("和", "c")]
    assert transliterated_name_after_title(text, 2, tokens_of(text, words), lex) is None
    text = "院长多旺和"
    words = [("院长", "n"), ("多旺", "x"), ("和", "c")]
    assert transliterated_name_after_title(text, 2, tokens_of(text, words), lex) == 4
    text = "书记多次和"
    words = [("书记", "n"), ("多次", "m"), ("和", "c")]
    assert transliterated_name_after_title(text, 2, tokens_of(text, words), lex) is None


def test_dotted_names_of_transliteration_characters_wherever_they_stand() -> None:
    rule = dotted_names_of_transliteration_characters
    assert read_by(rule, "（通讯员阿克热木·库尔班摄）") == ["阿克热木·库尔班"]
    assert read_by(rule, "村的如孜阿里·图尔荪过来帮忙。") == ["如孜阿里·图尔荪"]
    assert read_by(rule, "诗颂伟人·薪火相传，初心·使命") == []


def test_a_transliterated_name_alone_in_a_bracketed_byline() -> None:
    assert transliterated_word("才旺巴乐")
    assert not transliterated_word("阿里")
    text = "本报讯 （通讯员 柏甲甲 才旺巴乐） 日前"
    assert read_text_by(names_in_bracketed_bylines, text) == ["柏甲甲", "才旺巴乐"]


def test_farmers_and_legislators_named_after_their_role() -> None:
    assert read_by(names_after_cues, "走进农户柏甲甲家中") == ["柏甲甲"]


def test_people_listed_by_their_villages() -> None:
    text = "某县甲甲村柏乙乙和某县丙丙村韦丁丁结为师徒。"
    assert read_by(names_after_village_names, text) == ["柏乙乙", "韦丁丁"]


def test_one_village_and_name_alone_is_no_list() -> None:
    assert read_by(names_after_village_names, "某县甲甲村柏乙乙和群众一起劳动。") == []
