"""驻村 is being stationed in a village (units58): 某溪驻村第一书记, 任驻村第一书记 and
驻地村支部 name no unlisted village 某溪驻村, 任驻村 or 驻地村; the village the cadre is
sent to is written elsewhere. Invented sentences on the made-up gazetteer of
``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import Link

from ingest.places.link import stationed_in


@pytest.fixture
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with({})


def _villages(link: Link, text: str) -> list[str]:
    return [m.name for m in link(text) if m.type == "Village"]


def test_a_stationed_cadre_names_no_village(link: Link) -> None:
    assert _villages(link, "近日,在丹溪驻村第一书记的组织下,村民学习了政策。") == []
    assert _villages(link, "他被派到梅溪镇岚溪村任驻村第一书记。") == ["岚溪村"]


def test_a_village_after_being_stationed_is_still_read(link: Link) -> None:
    assert "岚溪村" in _villages(link, "梅溪镇岚溪村驻村工作队开展走访。")


def test_words_of_being_stationed() -> None:
    assert stationed_in("丹溪驻") and stationed_in("驻点") and not stationed_in("驻马")
