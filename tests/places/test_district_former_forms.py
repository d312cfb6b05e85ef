"""scripts/build_district_former_forms.py: which districts of today were a county or a
county-level city of their own name (invented codes and names)."""

from __future__ import annotations

from scripts.build_district_former_forms import (
    current_codes_reached,
    district_former_forms,
    former_kind,
    in_force,
    was_already_a_district,
)
from scripts.build_former_divisions import Row

HEADER = ("代码", "名称", "级别", "状态", "启用时间", "变更/弃用时间", "新代码")


def row(*values: str) -> Row:
    return Row(dict(zip(HEADER, values, strict=True)))


def by_code(*rows: Row) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for r in rows:
        out.setdefault(r.code, []).append(r)
    return out


CURRENT = {"990101": "青石区", "990102": "白水区", "990103": "红岭区", "990104": "东岸区"}


def test_the_row_in_force_is_the_one_of_that_year() -> None:
    old = row("990104", "旧东区", "县级", "弃用", "1983", "1997", "990103")
    new = row("990104", "东岸区", "县级", "在用", "2000", "", "")
    rows = by_code(old, new)
    assert in_force("990104", "1990", rows) is old
    assert in_force("990104", "2005", rows) is new
    assert in_force("990104", "1998", rows) is None


def test_a_split_area_is_followed_to_every_code_and_a_reused_code_to_its_unit_then() -> None:
    county = row("990121", "青石县", "县级", "弃用", "1983", "1995", "990101;990104")
    # 990104 was a district of another city then, merged into 红岭区 in 1997
    old = row("990104", "旧东区", "县级", "弃用", "1983", "1997", "990103")
    now = row("990104", "东岸区", "县级", "在用", "2000", "", "")
    reached = current_codes_reached(county, set(CURRENT), by_code(county, old, now))
    assert reached == {"990101", "990103"}


def test_the_kind_is_that_of_a_county_or_city_of_the_district_name() -> None:
    assert former_kind("青石县", "青石区") == "县"
    assert former_kind("青石市", "青石区") == "市"
    assert former_kind("青石苗族自治县", "青石区") == "县"
    assert former_kind("白水县", "青石区") is None  # another name
    assert former_kind("青石县", "青石镇") is None  # no district


def test_a_district_standing_beside_the_county_was_never_it() -> None:
    county = row("990122", "白水县", "县级", "弃用", "1983", "1994", "990102;990103")
    district = row("990102", "白水区", "县级", "在用", "1981", "", "")
    assert was_already_a_district(county, "990102", [district], {})
    later = row("990102", "白水区", "县级", "在用", "1994", "", "")
    assert not was_already_a_district(county, "990102", [later], {})


def test_only_districts_that_were_a_county_or_city_of_their_name_are_kept() -> None:
    rows = [
        row("990121", "青石县", "县级", "弃用", "1983", "1995", "990181"),
        row("990181", "青石市", "县级", "弃用", "1995", "2012", "990101"),
        row("990101", "青石区", "县级", "在用", "2012", "", ""),
        # split between a district that stood beside it and another: never that district
        row("990122", "白水县", "县级", "弃用", "1983", "1994", "990102;990103"),
        row("990102", "白水区", "县级", "在用", "1981", "", ""),
        row("990103", "红岭区", "县级", "在用", "1981", "", ""),
        # a county of another name merged into a district: no form of the district's name
        row("990123", "黄沙县", "县级", "弃用", "1983", "2001", "990104"),
        row("990104", "东岸区", "县级", "在用", "1981", "", ""),
    ]
    got = [(c, d, n, k) for c, d, n, k, _note in district_former_forms(rows, CURRENT)]
    assert got == [("990101", "青石区", "青石县", "县"), ("990101", "青石区", "青石市", "市")]
