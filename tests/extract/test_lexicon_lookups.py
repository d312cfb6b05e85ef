"""The unit endings' lexicon tests look a text's pieces up, one per word length of the
list, instead of walking the list (speed17): the same answers as the walk they replaced,
on the lexicon's own lists and on invented text built from their words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract.orgs import (
    ending_opens_ordinary_word,
    ending_runs_into_verb,
    word_ends_in_ordinary_word,
    word_lengths,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Token, Tokens


def test_word_lengths_are_the_lists_lengths_shortest_first() -> None:
    assert word_lengths(frozenset({"甲乙", "丙", "丁戊己", "庚辛"})) == (1, 2, 3)
    assert word_lengths(frozenset()) == ()


LEX = load_lexicon()
# pieces the invented texts are made of: the lists' own words, their halves, endings
PIECES = sorted(
    {
        *LEX.not_units,
        *LEX.ending_verbs,
        *(w[: len(w) // 2] for w in LEX.not_units),
        *(w[len(w) // 2 :] for w in LEX.not_units),
        "中心",
        "局",
        "委",
        "某某",
        "，",
    }
)
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_the_look_ups_answer_as_the_walks_did(text: str, data: st.DataObject) -> None:
    e = data.draw(st.integers(1, len(text)))
    walk = any(text.startswith(verb, e - 1) for verb in LEX.ending_verbs)
    assert ending_runs_into_verb(text, e, LEX) == walk

    word = text[: data.draw(st.integers(1, len(text)))]
    last = Token(0, len(word), word, "n")
    walk = any(word.endswith(w) and len(word) > len(w) for w in LEX.not_units)
    assert word_ends_in_ordinary_word(last, len(word), LEX) == walk

    s = data.draw(st.integers(0, len(text) - 1))
    ending = text[s : s + data.draw(st.integers(1, 2))]
    idx = Tokens(text)
    walk = False
    for w in LEX.not_units:
        end = s + len(w)
        if len(w) > len(ending) and w.startswith(ending) and text.startswith(w, s):
            tok = idx.at(end - 1)
            if tok is not None and tok.end == end:
                walk = True
    assert ending_opens_ordinary_word(text, s, ending, idx, LEX) == walk
