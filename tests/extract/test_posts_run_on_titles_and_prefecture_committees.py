"""Posts on new outlets (posts32). Invented names and sentences only.

* Two titles of one person written with no separator: a committee member's title, then a
  head's title (某局党组成员副局长) or a department's head (某县委常委组织部长) — two
  posts (``people.titles_run_together``).
* A prefecture's party committee 某某地委 is the prefecture 某某地区 (GOLD rule 1), and its
  titles keep 地委 (地委委员, 地委副书记: ``orgs.prefecture_committees``, 地委 in
  ``party_bodies.tsv``); the name before 地委副书记 is a place, not a person.
* A two-character name before a word whose first character jieba joins to it
  (某某率代表团, 某某系统介绍) ends before that word
  (``people.word_after_a_two_character_name``).
"""

from __future__ import annotations

from extract_helpers import names, posts

from ingest.extract.orgs import prefecture_committee_head
from ingest.extract.people import (
    find_people,
    member_title_ends_at,
    titles_run_together,
    word_after_a_two_character_name,
)
from ingest.extract.title_openings import place_name_before_committee
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def chain_of(text: str, name: str) -> list[tuple[str, str]]:
    """(prefix, title word) of each element of the chain written before ``name``."""
    _people, claims = find_people(text, Tokens(text))
    claim = next(c for c in claims if c.person.name == name)
    return [(text[e.start : e.title_start], text[e.title_start : e.end]) for e in claim.elements]


def test_a_head_title_run_on_after_a_member_title_starts_a_second_element() -> None:
    lex = load_lexicon()
    text = "青禾县文化局党组成员副局长刘德明出席。"
    assert member_title_ends_at(text, text.index("副局长"), lex)
    assert titles_run_together(text, text.index("副局长"), lex) == text.index("副局长")
    text = "县委常委组织部长刘德明出席。"
    assert titles_run_together(text, text.index("部长"), lex) == text.index("组织")
    text = "市委常委宣传部副部长刘德明出席。"
    assert titles_run_together(text, text.index("副部长"), lex) == text.index("宣传部")


def test_one_title_or_an_organ_is_not_split() -> None:
    lex = load_lexicon()
    for text, word in (
        ("市委组织部部长刘德明出席。", "部长"),  # the committee's organ, one title
        ("某公司总经理助理刘德明出席。", "助理"),  # no member's title before
        ("市政协副主任委员刘德明出席。", "副主任委员"),
    ):
        assert titles_run_together(text, text.index(word), lex) is None


def test_run_on_titles_give_two_posts(extract_text) -> None:
    ex = extract_text("青禾县与白沙村结对共建。青禾县文化局党组成员副局长刘德明出席。")
    got = posts(ex)
    assert ("刘德明", "党组成员", "青禾县文化局") in got
    assert ("刘德明", "副局长", "青禾县文化局") in got


def test_run_on_titles_give_two_elements() -> None:
    assert chain_of("青禾县委常委组织部长刘德明出席。", "刘德明") == [
        ("青禾", "县委常委"),
        ("组织", "部长"),
    ]


def test_a_prefecture_committee_head() -> None:
    assert prefecture_committee_head("塔城地")
    assert not prefecture_committee_head("基地")  # too short: a word, no prefecture
    assert not prefecture_committee_head("塔城县")


def test_a_prefecture_name_before_its_committee_title_is_dropped() -> None:
    # the units' rules did not read the prefecture: its committee's title stays (地委委员)
    assert place_name_before_committee("和田地委副书记") == 2
    assert place_name_before_committee("青禾县委委员") == 2
    assert place_name_before_committee("基地委员") == 0


def test_a_prefecture_committee_is_the_prefecture(extract_text) -> None:
    ex = extract_text(
        "塔城地区与白沙村结对共建。塔城地委委员、沙湾县委书记刘德明出席。塔城地委副书记张秀英讲话。"
    )
    assert "塔城地委" not in names(ex)
    got = posts(ex)
    assert ("刘德明", "地委委员", "塔城地区") in got
    assert ("张秀英", "地委副书记", "塔城地区") in got


def test_the_name_before_a_prefecture_committee_title_is_no_person(extract_text) -> None:
    ex = extract_text("和田地委副书记刘德明到白沙村调研。")
    assert names(ex, "Person") == {"刘德明"}


def test_a_word_after_a_two_character_name() -> None:
    assert word_after_a_two_character_name("刘宏率党政代表团赴某市", 0)
    assert word_after_a_two_character_name("陈宇系统介绍", 0)
    assert not word_after_a_two_character_name("刘德宏率党政代表团", 0)


def test_the_name_ends_before_a_joined_word(extract_text) -> None:
    ex = extract_text("青禾县委书记刘宏率党政代表团赴白沙市考察。市城管局局长陈宇系统介绍了成果。")
    assert {"刘宏", "陈宇"} <= names(ex, "Person")
    assert not {"刘宏率", "陈宇系"} & names(ex, "Person")
