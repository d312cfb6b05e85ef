"""A unit written with its second name in brackets right after it (某某局(公司), 某某医学院
(某某医院)) keeps that written form as an alias (units36). Invented unit names."""

from __future__ import annotations

from ingest.extract.resolve import second_name_in_brackets
from ingest.model import Extraction


def test_a_bureau_written_with_its_company_keeps_the_bracketed_form(extract_text) -> None:
    ex: Extraction = extract_text(
        "石桥村党支部与银川市盐务专卖局(公司)党委结对共建。银川市盐务专卖局(公司)派员进村。"
    )
    org = next(e for e in ex.entities if e.type == "Organization")
    assert org.name == "银川市盐务专卖局"
    assert "银川市盐务专卖局(公司)" in org.aliases


def test_only_a_bracketed_unit_name_is_a_second_name() -> None:
    text = "某县盐务局(分公司)、某某医学院（某某口腔医院）、某局(简称某局)、某局(试行)"
    assert second_name_in_brackets(text, 5) == 5
    assert second_name_in_brackets(text, 16) == 8
    assert second_name_in_brackets(text, text.index("(简称")) == 0
    assert second_name_in_brackets(text, text.index("(试行")) == 0
