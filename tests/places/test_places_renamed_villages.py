"""Villages written with a designation the division list no longer gives them (a village
become a community, 村改居): 某镇某某村 for the committee 某某社区居民委员会. Invented names."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import PlaceMention
from ingest.places.gazetteer import Gazetteer
from ingest.places.link import (
    committee_of_linked_towns,
    designation_core,
    renamed_village_code,
)

# 柳河镇 (990102101) of 青石区 (990102): a village become a community, and in 梅溪镇
# (990103102) of 白沙区 a village listed with both designations at once.
RENAMED = {
    "990102101005": "翠湾社区居民委员会",
    "990103102006": "桐林社区村民委员会",
}


def test_designation_core_drops_every_designation() -> None:
    assert designation_core("翠湾社区居民委员会") == "翠湾"
    assert designation_core("桐林社区村民委员会") == "桐林"
    assert designation_core("高岗村村委会") == "高岗"
    assert designation_core("翠湾村", ("村",)) == "翠湾"
    assert designation_core("强村") == "强村"  # no name is left shorter than two


def test_renamed_village_code_in_a_town_or_county(
    gaz_with: Callable[[dict[str, str]], Gazetteer],
) -> None:
    gaz = gaz_with(RENAMED)
    assert renamed_village_code("翠湾村党支部", "990102101", gaz) == "990102101005"
    assert renamed_village_code("翠湾村", "990102", gaz) == "990102101005"  # its county
    assert renamed_village_code("翠湾村", "990103102", gaz) is None  # another town
    assert renamed_village_code("翠湾", "990102101", gaz) is None  # no designation written


def test_two_units_of_that_name_there_give_no_code(
    gaz_with: Callable[[dict[str, str]], Gazetteer],
) -> None:
    gaz = gaz_with({**RENAMED, "990102101006": "翠湾居委会"})
    assert renamed_village_code("翠湾村", "990102101", gaz) is None


def codes(mentions: list[PlaceMention], form: str) -> list[str | None]:
    return [m.code for m in mentions if m.surface.startswith(form)]


def test_a_village_written_after_its_town_takes_the_committees_code(
    link_with: Callable[[dict[str, str]], Callable[[str], list[PlaceMention]]],
) -> None:
    link = link_with(RENAMED)
    found = link("青石区柳河镇翠湾村党支部与公司结对,翠湾村党委书记讲话。")
    assert codes(found, "翠湾村") == ["990102101005", "990102101005"]
    village = next(m for m in found if m.surface.startswith("翠湾村"))
    assert (village.type, village.name) == ("Village", "翠湾村")  # as written
    found = link("白沙区桐林村与公司结对。")
    assert codes(found, "桐林村") == ["990103102006"]


def test_without_its_town_written_before_it_no_code(
    link_with: Callable[[dict[str, str]], Callable[[str], list[PlaceMention]]],
) -> None:
    link = link_with(RENAMED)
    assert codes(link("柳河镇干部走访翠湾村。"), "翠湾村") in ([], [None])
    assert codes(link("梅溪镇翠湾村与公司结对。"), "翠湾村") in ([], [None])


def test_a_committee_of_a_linked_town_by_a_shorter_name(
    gaz_with: Callable[[dict[str, str]], Gazetteer],
) -> None:
    gaz = gaz_with({**RENAMED, "990102101007": "镜州路居委会", "990102101008": "云湖二居委会"})
    town = ["990102101"]
    assert committee_of_linked_towns("翠湾村党委", town, gaz) == "990102101005"
    assert committee_of_linked_towns("镜州居民区", town, gaz) == "990102101007"
    assert committee_of_linked_towns("镜州社区", ["990103102"], gaz) is None  # not its town
    assert committee_of_linked_towns("云湖社区", town, gaz) is None  # a numbered one
    assert committee_of_linked_towns("镜州", town, gaz) is None  # no designation


def test_a_community_is_not_the_village_it_is_named_after(
    gaz_with: Callable[[dict[str, str]], Gazetteer],
) -> None:
    # 高岗村村委会 of 柳河镇: a 高岗社区 there is another unit (a new estate's committee)
    gaz = gaz_with(RENAMED)
    assert committee_of_linked_towns("高岗社区", ["990102101"], gaz) is None
    assert renamed_village_code("高岗社区", "990102101", gaz) is None
    assert committee_of_linked_towns("翠湾社区", ["990102101"], gaz) == "990102101005"


def test_a_place_right_after_its_town_lies_in_it(
    link_with: Callable[[dict[str, str]], Callable[[str], list[PlaceMention]]],
) -> None:
    # 柳河镇 lists 石桥 as a village called 社区; 梅溪镇 of the same city has a committee
    # 石桥社区 the form matches directly: written after 柳河镇, it is 柳河镇's.
    more = {"990102101009": "石桥社区村民委员会", "990103102007": "石桥社区居委会"}
    link = link_with(more)
    found = link("青石区柳河镇石桥社区党总支与公司结对,石桥社区居民受益。")
    assert set(codes(found, "石桥社区")) == {"990102101009"}
    assert codes(link("白沙区石桥社区与公司结对。"), "石桥社区") == ["990103102007"]
