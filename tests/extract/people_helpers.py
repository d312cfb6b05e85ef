"""Helpers of the people-rule tests: run one rule on a text alone, get the names it found."""

from __future__ import annotations

from collections.abc import Callable

from ingest.extract.people import FoundPeople, find_people
from ingest.lexicon import Lexicon, load_lexicon
from ingest.segment import Token, Tokens


def people_in(text: str) -> list[str]:
    """The names of the people every rule together finds in ``text``."""
    found, _claims = find_people(text, Tokens(text))
    return [pm.name for pm in found]


def found_names(found: FoundPeople) -> list[str]:
    """The names found, in the order they stand in the text."""
    return [pm.name for pm in sorted(found.by_span.values(), key=lambda p: p.start)]


def read_by(rule: Callable[[str, Tokens, Lexicon, FoundPeople], None], text: str) -> list[str]:
    """The names a rule that reads the text's words finds in ``text`` alone."""
    found = FoundPeople(text)
    rule(text, Tokens(text), load_lexicon(), found)
    return found_names(found)


def read_text_by(rule: Callable[[str, Lexicon, FoundPeople], None], text: str) -> list[str]:
    """The names a rule that reads the characters (not the words) finds in ``text`` alone."""
    found = FoundPeople(text)
    rule(text, load_lexicon(), found)
    return found_names(found)


def tokens_of(text: str, words: list[tuple[str, str]]) -> Tokens:
    """Tokens as jieba's dictionary might give them (a long name it knows as one word):
    real Tokens of ``text``, one block, with that block's words filled in (a stand-in
    class would do in Python, but a mypyc-compiled rule checks that it gets Tokens)."""
    toks, k = [], 0
    for w, pos in words:
        toks.append(Token(k, k + len(w), w, pos))
        k += len(w)
    tokens = Tokens(text)
    assert tokens._blocks == [(0, k)]
    tokens._cache[0] = (tuple(toks), [t.start for t in toks])
    return tokens
