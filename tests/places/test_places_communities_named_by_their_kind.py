"""A community whose name is a kind of community (平安, 幸福, 零碳 …:
``data/community_kinds.tsv``) is a committee only where it is written as a place — right
after its town or county, or before its own bodies, people or heads; elsewhere it is the
kind a programme builds (赋能平安社区建设, 以幸福社区为目标, 某省七彩社区项目), listed
namesake or not (units58). Invented sentences on the made-up gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import Link

from ingest.places.link import community_kinds

MORE = {"990103102007": "幸福社区居委会"}  # a committee of 梅溪镇 named by a kind


@pytest.fixture
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with(MORE)


def _committees(link: Link, text: str) -> dict[str, str | None]:
    return {m.surface: m.code for m in link(text) if m.type == "ResidentsCommittee"}


def test_a_kind_of_community_named_as_a_goal_is_no_committee(link: Link) -> None:
    assert _committees(link, "梅溪镇各村以幸福社区为目标,推进零碳社区建设。") == {}


def test_written_after_its_town_it_is_the_committee(link: Link) -> None:
    ms = _committees(link, "梅溪镇幸福社区与驻区单位结对共建。")
    assert ms == {"幸福社区": "990103102007"}


def test_before_its_bodies_or_people_it_is_the_committee(link: Link) -> None:
    assert "幸福社区党委" in _committees(link, "梅溪镇中学与幸福社区党委签订协议。")
    assert "幸福社区" in _committees(link, "梅溪镇中学走访,幸福社区居民纷纷点赞。")


def test_the_kinds_are_a_word_list() -> None:
    assert {"平安", "幸福", "零碳", "老旧"} <= community_kinds()


def test_a_listed_namesake_joined_as_a_partner_is_the_committee(link: Link) -> None:
    ms = _committees(link, "梅溪镇中学与幸福社区建立共建关系。")
    assert ms == {"幸福社区": "990103102007"}
