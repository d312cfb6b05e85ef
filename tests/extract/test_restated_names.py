"""A name restated in brackets with 即 (某某公司党支部（即某某城党支部）) is the same
body: the project's or brand's name a company's branch also goes by (units35). Names are
invented (a real city as the place)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.unit_rules import restating_word_length


def test_a_restating_word_opens_the_brackets() -> None:
    assert restating_word_length("（即北京澜溪城党支部）", 1) == 1
    assert restating_word_length("（也就是北京澜溪城）", 1) == 3
    assert restating_word_length("（北京澜溪城党支部）", 1) == 0


def test_the_restated_branch_is_the_company_s(extract_text) -> None:
    ex = extract_text(
        "澜溪村党支部与澜溪置业有限公司党支部（即北京澜溪城党支部）结对共建。"
        "北京澜溪城党支部书记张明带领党员来到澜溪村。"
    )
    assert "北京澜溪城党支部" not in names(ex, "Organization")
    company = next(e for e in ex.entities if e.name == "澜溪置业有限公司")
    assert "北京澜溪城党支部" in company.aliases
