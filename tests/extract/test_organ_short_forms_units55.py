"""Short forms of a committee's newer working departments (units55): 社工部 for 社会工作部,
农工部 for 农村工作部, endings in ``org_suffixes.tsv`` and organs in ``organ_after.tsv``.
Sentences and names are invented; places are the gazetteer's (official reference data)."""

from __future__ import annotations

from extract_helpers import names

from ingest.lexicon import load_lexicon
from ingest.model import Extraction


def test_the_short_forms_are_government_endings() -> None:
    suffixes = load_lexicon().org_suffixes
    for ending in ("社工部", "农工部"):
        assert suffixes[ending].subtype == "government"
        assert suffixes[ending].strength == "gov"


def test_a_city_committees_social_work_department(extract_text) -> None:
    ex: Extraction = extract_text("下午,石家庄市委社工部、某某街道与某某社区签订共建协议。")
    orgs = names(ex, "Organization")
    assert "石家庄市委社工部" in orgs
    assert "石家庄市" not in names(ex, "Region")  # the organ's name, not the place


def test_a_county_level_citys_rural_work_department(extract_text) -> None:
    ex: Extraction = extract_text("会上,樟树市农工部副部长王某某与某某村签订帮扶协议。")
    assert "樟树市农工部" in names(ex, "Organization")
