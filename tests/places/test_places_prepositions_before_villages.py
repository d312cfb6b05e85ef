"""Places, places25 (issue 13): a preposition glued to one character before 村 or 社区
(在|某村党支部的引领下, 让|强村和弱村) is words of the sentence, no unlisted village.
Invented names only (the gazetteer of ``conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.model import PlaceMention
from ingest.places.link import preposition_then_one_character

Link = Callable[[str], list[PlaceMention]]


@pytest.fixture(scope="module")
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with({})


def test_a_preposition_glued_to_one_character_is_no_stem() -> None:
    assert preposition_then_one_character("在岚")
    assert preposition_then_one_character("让岚")
    assert preposition_then_one_character("以岚")


def test_a_surname_preposition_or_a_word_still_opens_a_name() -> None:
    assert not preposition_then_one_character("于岚")  # 于 is a surname: 于某村
    assert not preposition_then_one_character("向岚")
    assert not preposition_then_one_character("为民")  # a word: 为民村
    assert not preposition_then_one_character("岚秀")
    assert not preposition_then_one_character("在岚秀")  # three characters: other tests


def test_the_linker_reads_no_village_in_a_preposition_phrase(link: Link) -> None:
    text = "该企业与村结对。在岚村党支部的引领下，群众互帮互助。让岚村和弱村携手。"
    assert not [m for m in link(text) if m.type == "Village"]


def test_an_unlisted_village_after_a_boundary_is_still_read(link: Link) -> None:
    assert [m.surface for m in link("该企业与村结对。岚秀村党支部开展活动。")] == ["岚秀村党支部"]
