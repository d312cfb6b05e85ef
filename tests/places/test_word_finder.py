"""A fixed word list's automaton finds what a per-text search of the same list finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.places.match import WordFinder, find_words

WORDS = {"青川": "1", "川口": "2", "青川口": "3", "禾": "4", "明州": "5"}


@given(st.text(alphabet="青川口禾明州，、市与", max_size=40))
@settings(max_examples=200, deadline=None)
def test_a_word_finder_finds_every_word_of_its_list_as_find_words_does(text: str) -> None:
    present = {w: v for w, v in WORDS.items() if w in text}
    assert WordFinder(WORDS).find(text) == find_words(text, present)


def test_overlapping_words_are_all_found_in_order_of_start() -> None:
    assert WordFinder(WORDS).find("到青川口去") == [
        (1, 3, "1"),
        (1, 4, "3"),
        (2, 4, "2"),
    ]
    assert WordFinder({}).find("青川") == []


def test_the_same_text_asked_again_gives_the_same_occurrences_in_a_new_list() -> None:
    finder = WordFinder(WORDS)
    first = finder.find("到青川口去")
    first.clear()  # a caller's list is its own
    assert finder.find("到青川口去") == [(1, 3, "1"), (1, 4, "3"), (2, 4, "2")]
    assert finder.find("禾") == [(0, 1, "4")]
    assert finder.find("明") == []


@given(st.text(alphabet="青川^]-\\[口", max_size=30))
@settings(max_examples=200, deadline=None)
def test_characters_special_in_a_pattern_are_words_like_any_other(text: str) -> None:
    words = {"^青": "1", "]-": "2", "\\[": "3", "-": "4", "川^": "5"}
    present = {w: v for w, v in words.items() if w in text}
    assert WordFinder(words).find(text) == find_words(text, present)
