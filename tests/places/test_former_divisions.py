"""scripts/build_former_divisions.py: which former names of the Ministry's code lists are
kept, and which code each one means today (invented codes and names)."""

from __future__ import annotations

from scripts.build_former_divisions import Row, former_divisions, successor, unambiguous

HEADER = ("代码", "名称", "级别", "状态", "启用时间", "变更/弃用时间", "新代码")


def row(*values: str) -> Row:
    return Row(dict(zip(HEADER, values, strict=True)))


CURRENT = {"990101": "青石区", "990102": "白水区", "990103": "红岭区", "990104": "桥南区"}


def by_code(*rows: Row) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for r in rows:
        out.setdefault(r.code, []).append(r)
    return out


def test_a_code_that_went_to_a_current_one_is_followed_there() -> None:
    county = row("990121", "青石县", "县级", "弃用", "1983", "2001", "990101")
    assert successor(county, set(CURRENT), by_code(county)) == "990101"


def test_a_chain_of_changes_is_followed_to_the_code_in_use_today() -> None:
    county = row("990122", "白水县", "县级", "弃用", "1983", "1995", "990181")
    city = row("990181", "白水市", "县级", "弃用", "1995", "2012", "990102")
    rows = by_code(county, city)
    assert successor(county, set(CURRENT), rows) == "990102"
    assert successor(city, set(CURRENT), rows) == "990102"


def test_a_division_split_between_several_codes_has_no_successor() -> None:
    split = row("990109", "郊外区", "县级", "弃用", "1983", "2001", "990101;990103[2001]")
    assert successor(split, set(CURRENT), by_code(split)) is None


def test_a_current_name_or_a_name_with_two_fates_is_ambiguous() -> None:
    names = set(CURRENT.values())
    assert unambiguous("青石县", names, {"990101"})
    assert not unambiguous("桥南区", names, {"990101"})  # someone's name today
    assert not unambiguous("城郊区", names, {"990101", "990103"})  # two former ones
    assert not unambiguous("郊区", names, {"990101"})  # too short to stand alone


def test_only_later_changes_of_counties_and_prefectures_are_kept() -> None:
    rows = [
        row("990121", "青石县", "县级", "弃用", "1983", "2001", "990101"),
        row("990122", "红岭县", "县级", "弃用", "1981", "1985", "990103"),  # before 1990
        row("990123", "桥南镇区", "乡级", "弃用", "1983", "2001", "990104"),  # not a level kept
        row("990104", "桥南区", "县级", "在用", "1983", "", ""),  # still in use
        row("990102", "白水区", "县级", "变更", "1983", "2005", "990102"),  # same name today
    ]
    assert [(n, c) for n, c, _ in former_divisions(rows, CURRENT)] == [("青石县", "990101")]
