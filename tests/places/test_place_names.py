"""Alias forms: generated from formal names by table-driven rules."""

from __future__ import annotations

import pytest

from ingest.places.names import (
    alias_forms,
    bare_forms,
    bingtuan_forms,
    digit_numbers,
    is_generic,
    is_weak,
    ordinal_variants,
    split_form,
    variant_spellings,
    village_stems,
)


@pytest.mark.parametrize(
    ("code", "formal", "expected"),
    [
        # village: 村村委会 / 村民委员会 → 村, 村委, 村委会
        ("990102101201", "高岗村村委会", {"高岗村", "高岗村委", "高岗村委会", "高岗村村委会"}),
        ("990103102202", "芦花村民委员会", {"芦花村", "芦花村委", "芦花村民委员会"}),
        # residents' committee: 居委会 → 居民区, 居委, 居委会, 社区
        ("990102101009", "晴川居委会", {"晴川居民区", "晴川居委", "晴川居委会", "晴川社区"}),
        # 社区居委会: the base already has 社区, which is not doubled
        ("990102101004", "丹枫社区居委会", {"丹枫社区", "丹枫居委会", "丹枫居民区"}),
        # ordinals 第二 ↔ 二
        ("990102101001", "望湖第二居委会", {"望湖第二居委会", "望湖二居委", "望湖二居委会"}),
        # 新村 omitted before an ordinal
        ("990102101003", "金桂新村一居委会", {"金桂一居委", "金桂新村一居委会", "金桂第一居委会"}),
        # a committee named after a housing estate 村 also stands alone
        ("990102101010", "长堤三村居委会", {"长堤三村", "长堤三村居委会"}),
        ("990102101011", "晓光新村居委会", {"晓光新村", "晓光新村居民区"}),
        # regions: 街道 ↔ 街道办事处; 镇 ↔ 镇政府; 区 ↔ 区政府/区人民政府/区委
        ("990102001", "青石街道", {"青石街道", "青石街道办事处"}),
        ("990102101", "柳河镇", {"柳河镇", "柳河镇政府", "柳河镇人民政府"}),
        ("990102", "青石区", {"青石区", "青石区委", "青石区政府", "青石区人民政府"}),
        ("990100", "云州市", {"云州市委", "云州市人民政府"}),
        # autonomous prefectures and counties go by 州 and 县
        ("980100", "北岭土家族苗族自治州", {"北岭州", "北岭州委", "北岭土家族苗族自治州"}),
        ("980102", "松风瑶族自治县", {"松风县", "松风县政府", "松风瑶族自治县"}),
    ],
)
def test_alias_forms_include(code: str, formal: str, expected: set[str]) -> None:
    assert expected <= set(alias_forms(code, formal))


@pytest.mark.parametrize(
    ("code", "formal", "absent"),
    [
        ("990102101004", "丹枫社区居委会", {"丹枫社区社区"}),
        # no bare stem for villages, and 村 is never tripled
        ("990102101201", "高岗村村委会", {"高岗村村", "高岗", "高岗村村村委会"}),
        ("990102", "青石区", {"青石"}),  # bare short forms are not full aliases
        # a committee named after its village: bare 某村 is the village, not the committee
        ("990102101012", "岭村居委会", {"岭村"}),
    ],
)
def test_alias_forms_exclude(code: str, formal: str, absent: set[str]) -> None:
    assert not absent & set(alias_forms(code, formal))


@pytest.mark.parametrize(
    ("code", "formal", "bare"),
    [
        ("990102", "青石区", ["青石"]),
        ("990102101", "柳河镇", ["柳河"]),
        ("990102001", "青石街道", ["青石"]),
        ("990000", "测海省", ["测海"]),
        ("980000", "远山苗族自治区", ["远山"]),  # ethnic names are stripped
        ("980100", "北岭土家族苗族自治州", ["北岭"]),
        ("980102", "松风瑶族自治县", ["松风"]),
        ("990102101201", "高岗村村委会", []),
    ],
)
def test_bare_forms(code: str, formal: str, bare: list[str]) -> None:
    assert bare_forms(code, formal) == bare


@pytest.mark.parametrize(
    ("stem", "variants"),
    [
        ("望湖第二", ["望湖第二", "望湖二"]),
        ("望湖二", ["望湖二", "望湖第二", "望湖新村第二"]),  # its estate written out
        ("金桂新村一", ["金桂新村一", "金桂一", "金桂第一"]),
        ("晴川", ["晴川"]),
    ],
)
def test_ordinal_variants(stem: str, variants: list[str]) -> None:
    assert ordinal_variants(stem) == variants


def test_generic_designations_are_recognised() -> None:
    assert is_generic("街道")
    assert is_generic("工业区社区")
    assert is_generic("东区")
    assert not is_generic("青石街道")


@pytest.mark.parametrize(
    ("cls", "stem", "suffix", "weak"),
    [
        ("V", "强村", "", True),  # 强村富民
        ("V", "高岗村", "", True),
        ("V", "高岗村", "委会", False),
        ("V", "青藤湾村", "", False),
        ("R", "联合", "居委", True),  # 联合居委制定 …
        ("R", "联合", "居委会", False),
        ("R", "望湖第二", "居委", False),
        ("F", "某某嘎查", "", True),
        ("A", "青石区", "", False),
        ("A", "同县", "委", True),
        ("T", "柳河镇", "", False),
        ("A", "老城区", "", True),  # 老城区改造
    ],
)
def test_weak_forms(cls: str, stem: str, suffix: str, weak: bool) -> None:
    assert is_weak(cls, stem, suffix) is weak


def test_split_form_offers_every_suffix_split() -> None:
    assert ("高岗村", "委会") in split_form("高岗村委会")
    assert ("望湖二", "居委") in split_form("望湖二居委")


def test_docstring_examples_run() -> None:
    import doctest

    from ingest.places import names as place_names

    assert doctest.testmod(place_names).failed == 0


def test_common_town_names_are_not_generic() -> None:
    # Hundreds of towns are called 城关镇 / 城关街道: a name, found with its county.
    assert not is_generic("城关街道")
    assert "城关镇" in alias_forms("990102102", "城关镇")


@pytest.mark.parametrize(
    ("formal", "bare"),
    [
        ("远山维吾尔自治区", ["远山"]),  # written without 族
        ("北蒙古自治区", ["北蒙古"]),  # one character would remain: kept whole
    ],
)
def test_bare_forms_of_autonomous_regions_written_without_zu(formal: str, bare: list[str]) -> None:
    assert bare_forms("970000", formal) == bare


def test_variant_spellings_vary_the_interchangeable_characters() -> None:
    assert variant_spellings("枫歧") == ["枫岐"]
    assert sorted(variant_spellings("岐峰")) == ["岐峯", "歧峯", "歧峰"]
    assert variant_spellings("晴川") == []


@pytest.mark.parametrize(
    ("formal", "forms"),
    [
        ("兵团农九师二九七团", ["二九七团", "297团"]),
        ("兵团八十一团", ["八十一团", "81团"]),
        ("兵团晴岚农场", ["晴岚农场"]),
        ("兵团二九七团分部", []),
    ],
)
def test_bingtuan_forms(formal: str, forms: list[str]) -> None:
    assert bingtuan_forms(formal) == forms


def test_a_listed_county_keeps_its_name_over_a_district_formerly_so_called() -> None:
    from ingest.places.names import FormerCounty, encode_stems

    names = {"999901": "某川县", "999902": "某川区", "999903": "某岭区", "999904": "某湾区"}
    former = [FormerCounty("999902", "某川区", "县"), FormerCounty("999903", "某岭区", "市")]
    table = encode_stems(names, former_counties=former)
    assert table["某川县"] == "999901A"  # the listed county only
    assert table["某岭市"] == "999903A"  # the city it was
    assert "某岭县" not in table  # never a county
    assert "某湾县" not in table and "某湾市" not in table  # never either


def test_a_former_county_form_needs_the_district_listed_under_the_name_recorded() -> None:
    from ingest.places.names import FormerCounty, former_forms_of_districts

    names = {"999902": "某川区", "999903": "某岭区", "999905": "某新区"}
    former = [
        FormerCounty("999902", "某川区", "县"),
        FormerCounty("999902", "某川区", "市"),  # a county, then a city (县改市, 市改区)
        FormerCounty("999903", "某峰区", "县"),  # renamed since: the record is of another
        FormerCounty("999905", "某新区", "旗"),  # no kind this rule knows
    ]
    assert [s.text for s in former_forms_of_districts(names, former)] == ["某川县", "某川市"]


def test_a_lane_number_spelt_digit_by_digit_is_also_written_in_digits() -> None:
    # The 2023 list spells lane and house numbers digit by digit; articles use digits.
    assert digit_numbers("青岚路六四五弄") == ["青岚路645弄"]
    assert digit_numbers("青岚路一〇二号") == ["青岚路102号"]
    assert digit_numbers("青岚第二") == []  # an ordinal, not a number
    forms = {st.text for st in village_stems("990102101009", "青岚路六四五弄居委会")}
    assert {"青岚路六四五弄", "青岚路645弄"} <= forms
