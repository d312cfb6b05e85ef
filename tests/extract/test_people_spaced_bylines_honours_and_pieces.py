"""People rules of the people10 pass, written from the Person misses of x811–x980: a short
name printed with a blank inside after a byline's name or glued to its cue, an elder's
老人 and the honours 院士 and 博士 after a name, and a name of syllable pieces (Yi,
Tibetan) after a title, a name before a word of its household (家中, 一户, 夫妇, 父女).
Invented names."""

from __future__ import annotations

from people_helpers import people_in, read_by

from ingest.extract.people import (
    FoundPeople,
    name_of_pieces_after_title,
    names_after_titles,
    names_before_comrade,
    names_before_household_words,
    spaced_name_after_a_byline_name,
    spaced_names_glued_to_a_cue,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def _after_titles(text: str) -> list[str]:
    found = FoundPeople(text)
    names_after_titles(text, Tokens(text), load_lexicon(), found)
    return [pm.name for pm in sorted(found.by_span.values(), key=lambda p: p.start)]


def test_a_spaced_name_after_a_byline_name_is_a_name() -> None:
    text = "作者：季文博 柏 岚 发布时间：2010-01-01"
    span = spaced_name_after_a_byline_name(text, text.index(" "), load_lexicon())
    assert span is not None and text[span[0] : span[1]] == "柏 岚"


def test_the_names_after_a_spaced_one_are_read_on() -> None:
    assert people_in("来源：某某杂志   作者：柏明忠 邵 青 倪晓军\n") == [
        "柏明忠",
        "邵 青",
        "倪晓军",
    ]


def test_no_spaced_name_without_a_blank_before_or_a_surname() -> None:
    lex = load_lexicon()
    text = "作者：季文博邵 青"
    assert spaced_name_after_a_byline_name(text, text.index("邵"), lex) is None
    text = "作者：季文博 北 京"  # 北 is no surname
    assert spaced_name_after_a_byline_name(text, text.index(" "), lex) is None


def test_a_spaced_name_glued_to_its_cue() -> None:
    text = "本报讯(记者邵 青)某某社区与某公司结对。"
    spans = spaced_names_glued_to_a_cue(text, load_lexicon())
    assert [text[s:e] for s, e in spans] == ["邵 青"]
    assert people_in("通讯员柏 岚 摄\n") == ["柏 岚"]


def test_a_spaced_pair_after_a_cue_that_runs_on_is_no_name() -> None:
    text = "记者邵 青年志愿者"
    assert spaced_names_glued_to_a_cue(text, load_lexicon()) == []


def test_an_elder_and_an_academic_honour_after_a_name() -> None:
    assert read_by(names_before_comrade, "某某村的柏明祥老人对村里评价很高。") == ["柏明祥"]
    assert read_by(names_before_comrade, "围绕邵立平院士的家风开展活动。") == ["邵立平"]
    assert read_by(names_before_comrade, "在倪远峰博士的见证下签约。") == ["倪远峰"]


def test_ordinary_words_before_the_honours_name_nobody() -> None:
    assert read_by(names_before_comrade, "看望了高龄老人和孤寡老人。") == []
    assert read_by(names_before_comrade, "两院院士来访，医学博士参加。") == []
    assert read_by(names_before_comrade, "慰问了100余名老人。") == []


def test_a_name_of_syllable_pieces_after_a_title() -> None:
    assert _after_titles("某县人民法院院长俄木石尔介绍了情况。") == ["俄木石尔"]
    assert _after_titles("某乡党委副书记呷洛波、某某等参加。") == ["呷洛波"]


def test_a_predicate_after_a_title_is_no_name_of_pieces() -> None:
    lex = load_lexicon()
    for text in ("党委书记上门走访，", "书记讲党课，", "书记高度重视，", "书记全程参与，"):
        i = text.index("书记") + 2
        assert name_of_pieces_after_title(text, i, Tokens(text), lex) is None, text


def test_a_particle_or_a_closing_noun_makes_no_name_of_pieces() -> None:
    lex = load_lexicon()
    for text in ("在村党支部书记的领誓下，", "作为基层党组织书记主责主业，"):
        i = text.index("书记") + 2
        assert name_of_pieces_after_title(text, i, Tokens(text), lex) is None, text


def test_a_name_before_a_household_word() -> None:
    text = "东沟村,柏志强一户4人,因病致贫;西沟村,邵根旺夫妇,年老体弱。"
    assert read_by(names_before_household_words, text) == ["柏志强", "邵根旺"]
    assert read_by(names_before_household_words, "看望了脱贫户倪长根一家人。") == ["倪长根"]


def test_a_name_joined_to_a_name_before_a_household_word() -> None:
    text = "这里记录着柏志强和柏文秀父女二人的故事。"
    assert read_by(names_before_household_words, text) == ["柏志强", "柏文秀"]


def test_a_form_of_address_or_a_group_before_a_household_word_names_nobody() -> None:
    for text in (
        "走进李奶奶家中",
        "在王大爷家中",
        "来到困难党员家中",
        "同一家企业",
        "深入农户家中",
    ):
        assert read_by(names_before_household_words, text) == [], text
