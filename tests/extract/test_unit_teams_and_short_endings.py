"""A unit's team written after it is the unit's, an official abbreviation of a body's
ending names the same unit as the full ending, and 分别 after an ending closes the name
(units25: pairing endpoints run long into a team or missed where jieba glued 部分).
Names are invented (places from a county outside the training articles)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import respectively_after
from ingest.extract.resolve import abbreviated_ending_twin
from ingest.extract.unit_rules import described_team, unit_of_its_team
from ingest.lexicon import load_lexicon


def test_the_unit_before_its_team() -> None:
    lex = load_lexicon()
    assert unit_of_its_team("澜溪县供电局柘川供电所党员服务队", lex) == "澜溪县供电局柘川供电所"
    assert unit_of_its_team("澜溪县人民医院志愿服务队", lex) == "澜溪县人民医院"
    assert unit_of_its_team("武警某某支队乡村服务小分队", lex) == "武警某某支队"


def test_a_team_with_a_name_or_no_unit_is_left_alone() -> None:
    lex = load_lexicon()
    assert unit_of_its_team("党员服务队", lex) is None  # no unit before the team
    assert unit_of_its_team("澜溪县实验学校蒲公英志愿服务队", lex) is None  # a named team
    assert unit_of_its_team("澜溪县人民医院", lex) is None  # no team word
    assert described_team("乡村服务")
    assert not described_team("蒲公英")


def test_a_units_team_pairs_as_the_unit(extract_text) -> None:
    ex = extract_text("澜溪县人民医院党员服务队与柘川村党支部签订结对共建协议。")
    assert "澜溪县人民医院" in names(ex, "Organization")
    assert not any(n.endswith("服务队") for n in names(ex))


def test_an_abbreviated_ending_is_the_same_unit() -> None:
    assert abbreviated_ending_twin("澜溪区人武部", ["澜溪区人民武装部", "澜溪区人武部"]) == (
        "澜溪区人民武装部"
    )
    level_only = abbreviated_ending_twin("区人民武装部", ["区人民武装部", "澜溪区人武部"])
    assert level_only == "澜溪区人武部"
    assert abbreviated_ending_twin("澜溪县融媒", ["澜溪县融媒体中心"]) == "澜溪县融媒体中心"
    assert abbreviated_ending_twin("澜溪区人民武装部", ["澜溪区人武部"]) is None  # full stays
    assert abbreviated_ending_twin("澜溪区人武部", ["柘川区人民武装部"]) is None  # another area's


def test_respectively_closes_a_name() -> None:
    assert respectively_after("某某武装部分别与", 5)
    assert not respectively_after("某某武装部分红", 5)


def test_a_peoples_armed_forces_department_is_a_unit(extract_text) -> None:
    ex = extract_text("澜溪海警工作站、澜溪区人民武装部分别与柘川村党支部签订共建协议。")
    assert "澜溪区人民武装部" in names(ex, "Organization")
