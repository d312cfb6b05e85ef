"""A village the official list names with its chain in front (云州市白沙区梅溪镇龙下村民
委员会) goes by the name after the chain, as every other unit does (places31,
``names.names_without_their_chain``). Invented sentences on the made-up gazetteer of
``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link

MORE = {
    "990103102208": "云州市白沙区梅溪镇龙下村民委员会",
    "990103102209": "白沙区梅溪镇泉水社区居民委员会",
    "990103102210": "梅溪镇村委会",
}


def _places(link: Link, text: str) -> dict[str, tuple[str, str | None]]:
    return {m.surface: (m.name, m.code) for m in link(text)}


def test_a_village_listed_with_its_chain_is_found_by_its_own_name(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = _places(link_with(MORE), "梅溪镇党委书记深入龙下村、泉水社区调研。")
    assert ms["龙下村"][1] == "990103102208"
    assert ms["泉水社区"][1] == "990103102209"


def test_a_chain_with_no_name_after_it_gives_no_form(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = _places(link_with(MORE), "梅溪镇推进乡村振兴,村级集体经济壮大。")
    assert all(code != "990103102210" for _name, code in ms.values())
