"""A title naming a province's or a 自治州's level (省委书记, 州长) goes to the one such
place the story names, and to none when it names several (posts21).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from ingest.extract.posts import lone_level_place
from ingest.lexicon import load_lexicon
from ingest.model import Entity


def _res(*names: str) -> Any:
    return SimpleNamespace(
        entities=[Entity(f"e{i}", "Region", n, (n,)) for i, n in enumerate(names, 1)]
    )


def test_the_one_place_of_the_level_and_no_guess_among_several() -> None:
    assert lone_level_place("州", _res("青禾藏族自治州", "石岭县")) == "e1"
    assert lone_level_place("省", _res("青禾藏族自治州", "石岭县")) is None  # none
    assert lone_level_place("州", _res("青禾藏族自治州", "石岭回族自治州")) is None
    assert lone_level_place("省", _res("青禾省", "石岭市")) == "e1"
    assert lone_level_place("省", _res("青禾省"), frozenset({"e1"})) is None  # taken


def test_a_zone_is_no_place_of_a_level() -> None:
    assert lone_level_place("区", _res("青禾经开区", "石岭区")) == "e2"


def test_province_and_prefecture_titles_are_read_only_with_one_such_place() -> None:
    lex = load_lexicon()
    assert ("州长", "州") in lex.lone_title_levels
    assert ("省委", "省") in lex.lone_title_levels
    assert ("州长", "州") not in lex.rule_title_levels
