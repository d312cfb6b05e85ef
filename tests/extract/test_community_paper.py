"""A community newspaper (某某社区报) is a media unit, not the residents' committee its
name begins with; 到社区报到 (reporting to a community) names no newspaper."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import Extraction
from tests.extract.extract_helpers import names


def test_a_community_newspaper_is_a_media_unit(extract_text: Callable[[str], Extraction]) -> None:
    ex = extract_text("澜溪社区报记者走进共建单位,报道了党建联建的做法。\n")
    assert "澜溪社区报" in names(ex, "Organization")
    assert "澜溪社区" not in names(ex, "ResidentsCommittee")


def test_reporting_to_a_community_names_no_newspaper(
    extract_text: Callable[[str], Extraction],
) -> None:
    ex = extract_text("在职党员到澜溪社区报到,认领服务岗位。\n")
    assert not {n for n in names(ex) if n.endswith("社区报")}
