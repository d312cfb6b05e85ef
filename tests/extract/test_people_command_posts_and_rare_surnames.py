"""People rules of the people11 pass, from the classes of misses on the newest readable
articles: the heads of a command post (总指挥, 副指挥长), 驻村第一书记 as one title, byline
names and names after a title whose surname the table lacks, names before 老师.
Invented names."""

from __future__ import annotations

from people_helpers import read_by

from ingest.extract.people import (
    byline_name_of_a_rarer_surname,
    name_of_a_rarer_surname_after_title,
    names_after_cues,
    names_after_titles,
    names_before_comrade,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def test_the_heads_of_a_command_post_are_titles() -> None:
    text = "某省援藏前方指挥部总指挥柏静远说，期间将安排项目。"
    assert read_by(names_after_titles, text) == ["柏静远"]
    text = "州委副书记、某省援疆前方指挥部总指挥长邵鹤林，县委书记柏刚等陪同考察。"
    assert read_by(names_after_titles, text) == ["邵鹤林", "柏刚"]
    assert read_by(names_after_titles, "某省援疆指挥部副指挥长邵玉峰出席。") == ["邵玉峰"]


def test_a_village_first_secretary_is_one_title() -> None:
    lex = load_lexicon()
    assert "驻村第一书记" in lex.titles
    assert read_by(names_after_titles, "在某溪驻村第一书记柏裕发的组织下，") == ["柏裕发"]


def test_a_byline_name_of_a_surname_the_table_lacks() -> None:
    assert "禤" not in load_lexicon().surnames
    assert read_by(names_after_cues, "某某网 记者 禤明\n") == ["禤明"]
    assert read_by(names_after_cues, "融媒体记者 禤玉桥\n通讯员 柏建") == ["禤玉桥", "柏建"]
    assert read_by(names_after_cues, "（记者柏都勤 某某电台记者禤敏 某台记者邵丛家）") == [
        "柏都勤",
        "禤敏",
        "邵丛家",
    ]


def test_a_byline_cue_before_ordinary_words_names_no_one() -> None:
    for text in ("记者了解到，", "记者获悉，", "本报记者 综合\n", "记者 报道\n", "记者走访发现"):
        assert read_by(names_after_cues, text) == [], text


def test_the_rarer_surname_rule_on_its_own() -> None:
    lex = load_lexicon()
    text = "记者 禤明\n"
    assert byline_name_of_a_rarer_surname(text, 3, Tokens(text), lex) == 5
    text = "记者 和某某\n"  # a conjunction opens no name
    assert byline_name_of_a_rarer_surname(text, 3, Tokens(text), lex) is None


def test_a_name_after_a_title_of_a_surname_the_table_lacks() -> None:
    assert read_by(names_after_titles, "由院党委副书记、副院长仉文博带领专家赴村。") == ["仉文博"]
    assert read_by(names_after_titles, "某中心小学副校长仉满阳出席。") == ["仉满阳"]
    for text in ("副院长亲自带队", "书记还表示", "局长对此表示", "站长坦言：", "镇长一行到"):
        assert read_by(names_after_titles, text) == [], text


def test_the_rarer_surname_after_a_title_on_its_own() -> None:
    lex = load_lexicon()
    text = "副校长仉满阳出席"
    assert name_of_a_rarer_surname_after_title(text, 3, Tokens(text), lex) == 6
    text = "副校长亲自出席"  # an adverb, not a name
    assert name_of_a_rarer_surname_after_title(text, 3, Tokens(text), lex) is None


def test_names_before_teacher() -> None:
    text = "讲座，柏小君老师进入某东社区、邵建洪老师进入某淞社区。"
    assert read_by(names_before_comrade, text) == ["柏小君", "邵建洪"]
    for text in (
        "邀请党校老师开展讲座",
        "办公室潘老师，",
        "讲解员老师从",
        "及部分党员老师参加",
        "数学老师讲课",
    ):
        assert read_by(names_before_comrade, text) == [], text


def test_a_verb_of_one_character_before_a_name_and_its_title() -> None:
    from ingest.extract.people import function_character_before, names_before_titles

    text = "为全面贯彻党的二十大特别是柏近平总书记关于建设的重要论述"
    assert read_by(names_before_titles, text) == ["柏近平"]
    s = text.index("柏")
    assert function_character_before(Tokens(text), s, load_lexicon())
