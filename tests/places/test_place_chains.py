"""A candidate's chain of units by code structure (speed15): the place linker weighs a
candidate by the units above it without asking the gazetteer about each step, and must
decide as it did with the gazetteer's ancestors."""

from __future__ import annotations

from collections.abc import Callable

from ingest.places.codes import LEVEL_DEPTH
from ingest.places.gazetteer import Gazetteer
from ingest.places.link import _depths, disambiguate, structural_chain
from tests.places.conftest import NAMES


def test_structural_chain_walks_the_code_up_to_its_province() -> None:
    assert structural_chain("990102101201") == [
        "990102101201",
        "990102101",
        "990102",
        "990100",
        "990000",
    ]
    assert structural_chain("990102") == ["990102", "990100", "990000"]
    assert structural_chain("990000") == ["990000"]


def test_the_listed_codes_of_the_chain_are_the_gazetteers_ancestors(gaz: Gazetteer) -> None:
    for code in NAMES:
        listed_above = {u for u in structural_chain(code)[1:] if u in gaz}
        assert listed_above == gaz.ancestors(code), code


def test_a_county_under_an_absent_city_keeps_the_gap_as_a_code_no_support_holds(
    gaz_with: Callable[[dict[str, str]], Gazetteer],
) -> None:
    # 990521 hangs from the province: no 990500 is listed
    gaz = gaz_with({"990521": "甲县", "990521101": "乙镇", "980521": "甲县"})
    depths = dict(_depths("990521101", gaz))
    assert depths == {
        "990521101": LEVEL_DEPTH["town"],
        "990521": LEVEL_DEPTH["county"],
        "990500": LEVEL_DEPTH["city"],
        "990000": LEVEL_DEPTH["province"],
    }
    assert "990500" not in gaz
    # the town named in the story picks its county among two namesakes; a province
    # alone is too weak, and the absent city is no context at all
    assert disambiguate(["980521", "990521"], ["990521101"], gaz) == "990521"
    assert disambiguate(["980521", "990521"], ["990000"], gaz) is None
    assert disambiguate(["980521", "990521"], ["990500"], gaz) is None


def test_an_unlisted_candidate_reaches_no_unit_above_it(gaz: Gazetteer) -> None:
    # its chain by structure passes through the listed town, but it does not lie in it
    assert "990102101" in dict(_depths("990102101299", gaz))
    town = ["990102101"]
    assert disambiguate(["990102101299"], town, gaz, accept_unique=False) is None
    assert disambiguate(["990102101299", "990102101201"], town, gaz) == "990102101201"
    assert disambiguate(["990102101299", "980102103201"], town, gaz) is None
