"""A title chain read back to its first element (posts22): two titles written back to
back, and a short quoted term in a title. Each had stopped the walk back from the name, so
the earlier titles of the person were lost.
Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.people import (
    quoted_term_before,
    titles_back_to_back,
)
from ingest.lexicon import load_lexicon


def test_a_party_title_right_after_another_title_is_an_element_of_its_own() -> None:
    lex = load_lexicon()
    text = "石岭县交通局副局长党支部书记柯望舒"
    assert titles_back_to_back(text, text.index("党支部书记"), lex)
    plain = "石岭县交通局党支部书记柯望舒"
    assert not titles_back_to_back(plain, plain.index("党支部书记"), lex)
    # a party body's role is not a title of its own before the party body
    other = "石岭县交通局副局长柯望舒"
    assert not titles_back_to_back(other, other.index("副局长"), lex)


def test_two_titles_back_to_back_give_two_posts(extract_text) -> None:
    ex = extract_text(
        "近日，石岭县公路运输管理处副主任党支部书记柯望舒等一行，深入结对共建村东坪村走访调研。"
    )
    found = {p for p in posts(ex) if p[0] == "柯望舒"}
    assert ("柯望舒", "副主任", "石岭县公路运输管理处") in found, found
    assert not any(t == "副主任党支部书记" for _, t, _ in found), found


def test_a_short_quoted_term_goes_on_the_prefix() -> None:
    text = "组织部副部长、“两新”工委书记柯望舒"
    close = text.index("”") + 1
    assert quoted_term_before(text, close) == text.index("“")
    assert quoted_term_before(text, text.index("书记")) is None
    long = "“一二三四五六七八”工委书记"
    assert quoted_term_before(long, long.index("”") + 1) is None  # too long for a term


def test_a_quoted_term_keeps_the_chain_before_it(extract_text) -> None:
    ex = extract_text(
        "石岭县委组织部副部长、“两新”工委书记柯望舒出席活动，与东坪村签订结对共建协议。"
    )
    found = {p for p in posts(ex) if p[0] == "柯望舒"}
    assert ("柯望舒", "副部长", "石岭县委组织部") in found, found
