"""Joint villages (某某联村) written after their town are Villages without code; the joint
party committee (某某联村党委) is not the village (units49). Invented sentences on the
made-up gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link

from ingest.model import PlaceMention
from ingest.places.link import joint_party_committee


def _villages(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.name: m for m in mentions if m.type == "Village"}


def test_joint_villages_after_their_towns(link_with: Callable[[dict[str, str]], Link]) -> None:
    text = "柳河镇松岭联村与梅溪镇石桥联村正式建立党建联盟。"
    villages = _villages(link_with({})(text))
    assert set(villages) >= {"松岭联村", "石桥联村"}
    assert all(villages[n].code is None for n in ("松岭联村", "石桥联村"))


def test_the_joint_party_committee_is_not_the_village(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    villages = _villages(link_with({})("柳河镇松岭联村党委书记张某某出席。"))
    assert "松岭联村" not in villages


def test_joint_as_a_verb_is_no_village(link_with: Callable[[dict[str, str]], Link]) -> None:
    villages = _villages(link_with({})("各单位结成企业联村帮扶对子,开展部门联村联户活动。"))
    assert not any(n.endswith("联村") for n in villages)


def test_joint_party_committee_reads_the_party_body() -> None:
    assert joint_party_committee("东岭西坡联村党总支书记", 6)
    assert not joint_party_committee("松岭联村与石桥联村结对", 4)
