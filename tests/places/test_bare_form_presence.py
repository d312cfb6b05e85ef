"""The place linker tests a story for a unit's name's first characters before deriving
the unit's bare short forms (``area_forms.may_hold_bare_form``), and takes the units a
story supports with the placeholders still in (``link.units_around``): both only spare
work, so every bare form must start with the characters tested and the placeholders
must be all that ``supported_units`` leaves out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.places.area_forms import may_hold_bare_form
from ingest.places.gazetteer import Gazetteer
from ingest.places.link import supported_units, units_around
from ingest.places.names import MIN_STEM, REGION_ENDINGS, region_stems


@pytest.mark.parametrize(
    "formal",
    [
        "某甲县",
        "某甲乙市",
        "某甲街道",
        "某甲镇",
        "某甲回族乡",
        "某甲蒙古族自治县",
        "某甲维吾尔自治区",
        "撒拉族自治县",
        "某甲新区",
        "某甲社区",
        "某甲苏木",
    ],
)
def test_every_bare_form_starts_with_the_tested_characters(formal: str) -> None:
    for stem in region_stems("990101", formal):
        if stem.form_class == "B":
            assert stem.text.startswith(formal[:MIN_STEM])
            assert may_hold_bare_form(f"甲乙{stem.text}丙", formal)


@given(
    st.text(alphabet="某甲乙丙丁回族蒙古维吾尔撒拉", min_size=1, max_size=6),
    st.sampled_from([ending for ending, _ in REGION_ENDINGS]),
)
def test_bare_forms_are_prefixes_of_the_name(body: str, ending: str) -> None:
    formal = body + ending
    for stem in region_stems("990101", formal):
        if stem.form_class == "B":
            assert len(stem.text) >= MIN_STEM and formal.startswith(stem.text)


def test_a_text_without_the_names_head_holds_no_bare_form() -> None:
    assert not may_hold_bare_form("某乙县委书记来到某丙镇", "某甲县")
    assert may_hold_bare_form("来自某甲的代表", "某甲县")


def test_units_around_differs_from_supported_units_by_placeholders_only() -> None:
    gaz = Gazetteer(
        {
            "970000": "某京市",
            "970100": "市辖区",
            "970101": "东岸区",
            "970102": "西岸区",
            "970101001": "某甲街道",
        }
    )
    linked = ["970101001"]
    around = units_around(linked, gaz)
    assert supported_units(linked, gaz) == {c for c in around if not gaz.is_placeholder(c)}
    assert "970100" in around and "970100" not in supported_units(linked, gaz)
    assert {"970101", "970102"} <= supported_units(linked, gaz)
