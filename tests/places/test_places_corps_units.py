"""The Corps' regiments and companies written by number (某师四十九团十八连, 四团八连):
a regiment a Region, a company a Village, in a text about the Corps only (units36).
Invented names on the made-up gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import PlaceMention
from ingest.places.link import corps_numeral, corps_units

Link = Callable[[str], list[PlaceMention]]


def test_a_numbered_regiment_and_its_company_are_a_region_and_a_village(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    text = "兵团第九师四十七团十六连党支部与鹭湾村结对。十六连职工甲某说,四十七团与鹭湾乡相邻。"
    found = link_with({})(text)
    kinds = {(m.name, m.type) for m in found}
    assert ("四十七团", "Region") in kinds
    assert ("十六连", "Village") in kinds
    branch = next(m for m in found if m.name == "十六连" and m.surface.endswith("党支部"))
    assert branch.code is None


def test_a_company_written_in_digits_is_named_in_chinese() -> None:
    found = corps_units("兵地共建:五团7连“两委”与某村座谈", [])
    assert [(m.surface, m.name, m.type) for m in found] == [
        ("五团", "五团", "Region"),
        ("7连", "七连", "Village"),
    ]
    assert corps_numeral("27") == "二十七"
    assert corps_numeral("147") == "147"


def test_no_corps_unit_outside_a_text_about_the_corps() -> None:
    assert corps_units("五团八连赴某村交流", []) == []


def test_words_of_团_and_连_are_no_units() -> None:
    # 团结, 连续 are words; a company numbered by one character (一连三天) needs its regiment
    assert corps_units("兵团职工一连三天忙碌,四团结一心,五连续作战", []) == []
