"""Title chains before a name (:func:`ingest.extract.people.names_after_titles`): where
each element's prefix begins, and notes written between the title and the name."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.people import FoundPeople, names_after_titles, short_prefix_after_separator
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def chain_of(text: str) -> list[tuple[str, list[str]]]:
    """(name, the chain's elements as written) of each claim in ``text``."""
    claims = names_after_titles(text, Tokens(text), load_lexicon(), FoundPeople(text))
    return [(c.person.name, [text[e.start : e.end] for e in c.elements]) for c in claims]


def test_a_short_prefix_right_after_the_chains_list_mark_opens_the_element() -> None:
    text = "青禾镇党委委员、组织科长柯望舒参加会议。"
    title_start = text.index("科长")
    # the walk back stopped at 组织 (a verb to jieba): the element starts after 、
    assert short_prefix_after_separator(text, title_start, title_start) == text.index("组织")
    # without a list mark before it, a verb still ends the prefix
    text = "会上组织科长柯望舒发言。"
    title_start = text.index("科长")
    assert short_prefix_after_separator(text, title_start, title_start) == title_start
    # nor does a longer run of characters after the mark count as one prefix
    text = "青禾镇副镇长、负责全镇乡村振兴专员柯望舒。"
    title_start = text.index("专员")
    assert short_prefix_after_separator(text, title_start, title_start) == title_start


def test_an_element_whose_prefix_jieba_reads_as_a_verb_keeps_the_chain_going() -> None:
    assert chain_of("青禾镇党委委员、组织科长柯望舒参加会议。") == [
        ("柯望舒", ["青禾镇党委委员", "组织科长"])
    ]
    assert chain_of("青禾镇党委副书记、乡村振兴专员柯望舒参加会议。") == [
        ("柯望舒", ["青禾镇党委副书记", "乡村振兴专员"])
    ]


def test_a_civil_service_rank_is_one_title() -> None:
    assert chain_of("青禾区工商联党组成员、四级调研员柯望舒带队。") == [
        ("柯望舒", ["青禾区工商联党组成员", "四级调研员"])
    ]


def test_the_titles_pinyin_in_brackets_between_title_and_name() -> None:
    assert chain_of("青禾村党支部书记(shūjì)柯望舒说。") == [("柯望舒", ["青禾村党支部书记"])]
    assert chain_of("青禾村党支部书记（兼）柯望舒说。") == [("柯望舒", ["青禾村党支部书记"])]


def test_the_rank_and_the_verb_prefixed_title_become_posts(extract_text) -> None:
    ex = extract_text("青禾镇召开会议。青禾镇党委委员、组织科长柯望舒参加会议。")
    got = {(p, t) for p, t, _ in posts(ex)}
    assert ("柯望舒", "组织科长") in got
    assert ("柯望舒", "党委委员") in got
