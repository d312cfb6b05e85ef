"""Two titles of one person joined by 兼 (GOLD_FORMAT: one relation per title), where
jieba reads the 兼 into the next word or a verb-like word opens the second title
(posts39, issue 14: 兼 / 同时任 misses of the readable articles).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.people import (
    FoundPeople,
    concurrent_mark_in_word,
    names_after_titles,
    short_prefix_after_separator,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def chain_of(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(name, (prefix, title word) of each chain element) of each claim in ``text``."""
    claims = names_after_titles(text, Tokens(text), load_lexicon(), FoundPeople(text))
    return [
        (
            c.person.name,
            [(text[e.start : e.title_start], text[e.title_start : e.end]) for e in c.elements],
        )
        for c in claims
    ]


def test_a_mark_read_into_the_next_word_still_splits_the_chain() -> None:
    # jieba reads 兼青禾 as one word: the walk back from 副校长 used to run through it
    text = "智能医学系主任兼青禾小学副校长柯望舒出席。"
    lex = load_lexicon()
    word_start = text.index("兼")
    assert concurrent_mark_in_word(text, word_start, word_start + 3, lex) == word_start + 1
    assert chain_of(text) == [("柯望舒", [("智能医学系", "主任"), ("青禾小学", "副校长")])]
    # a 兼 after no title word is no mark (统筹兼顾, 兼职)
    text = "统筹兼顾青禾小学副校长柯望舒出席。"
    assert concurrent_mark_in_word(text, text.index("兼") - 1, text.index("兼") + 2, lex) is None


def test_a_team_leader_who_is_also_a_first_secretary_holds_both() -> None:
    text = "青禾学院驻村工作队队长兼青禾村第一书记蔺晓川介绍情况。"
    assert chain_of(text) == [("蔺晓川", [("青禾学院驻村工作队", "队长"), ("青禾村", "第一书记")])]


def test_a_short_prefix_right_after_a_concurrent_mark_opens_the_element() -> None:
    text = "青禾镇党委委员兼组织科长柯望舒参加会议。"
    title_start = text.index("科长")
    lex = load_lexicon()
    assert short_prefix_after_separator(text, title_start, title_start, lex) == text.index("组织")
    assert chain_of(text) == [("柯望舒", [("青禾镇", "党委委员"), ("组织", "科长")])]
    # 兼 opening a word (兼职) is no mark: the verb still ends the prefix
    text = "青禾镇兼职组织科长柯望舒参加会议。"
    title_start = text.index("科长")
    assert short_prefix_after_separator(text, title_start, title_start, lex) == title_start


def test_both_titles_become_posts(extract_text) -> None:
    ex = extract_text(
        "近日，青禾学院与青禾小学签约共建。\n\n青禾学院智能医学系主任兼青禾小学副校长柯望舒出席。"
    )
    got = {(p, t, u) for p, t, u in posts(ex)}
    assert ("柯望舒", "副校长", "青禾小学") in got
    assert any(p == "柯望舒" and t.endswith("系主任") and u == "青禾学院" for p, t, u in got)
