"""A village or community named by its tie to a unit or by a task set for it (所驻村,
包联社区, 联点社区, 指导村, 抵边村: ``generic_heads.tsv``) is a kind, not one place's name
(units49). Invented sentences on the made-up gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import Link


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("驻村第一书记汇报了所驻村的基本情况。", "所驻村"),
        ("中心强化了与包联社区的沟通协作。", "包联社区"),
        ("干部深入联点社区走访群众。", "联点社区"),
        ("琼某村整村搬迁,成为一个崭新的抵边村。", "抵边村"),
    ],
)
def test_a_village_named_by_its_tie_is_no_place(
    link_with: Callable[[dict[str, str]], Link], text: str, word: str
) -> None:
    assert word not in {m.name for m in link_with({})(text)}


def test_a_named_village_still_is_one(link_with: Callable[[dict[str, str]], Link]) -> None:
    assert "高岗村" in {m.name for m in link_with({})("驻村干部来到柳河镇高岗村走访。")}
