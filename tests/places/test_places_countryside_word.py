"""乡村 ("the countryside") read as a word names no village (units58): 发展乡村旅游 holds no
village 发展乡村, though the list may name one (a 发展乡村委会); written with its committee
(某某乡|村委会) the 村 is the village's. Invented sentences on the made-up gazetteer of
``conftest.py``, with such a village added."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import Link

MORE = {"990103102008": "发展乡村委会"}  # a village of 梅溪镇 whose name holds 乡村


@pytest.fixture
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with(MORE)


def _villages(link: Link, text: str) -> list[str]:
    return [m.surface for m in link(text) if m.type == "Village"]


def test_the_word_countryside_is_no_village(link: Link) -> None:
    assert _villages(link, "梅溪镇利用闲置院落打造民宿、发展乡村旅游。") == []


def test_the_village_with_its_committee_is_read(link: Link) -> None:
    assert _villages(link, "梅溪镇发展乡村委会与企业签订协议。") != []
