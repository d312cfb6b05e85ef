"""Title words of the lexicon (ingest/lexicons/titles.tsv) read as posts — invented names."""

from __future__ import annotations

from extract_helpers import posts


def test_the_person_in_charge_of_a_unit_holds_a_post(extract_text) -> None:
    ex = extract_text("郫都区丰源家庭农场负责人柯望舒介绍，农场今年流转土地三百亩。")
    assert ("柯望舒", "负责人", "郫都区丰源家庭农场") in posts(ex)


def test_a_councillor_and_a_mine_head_hold_posts(extract_text) -> None:
    ex = extract_text("郫都区人大常委会议员闵知远、郫都区白岩煤矿矿长甘若水出席签约仪式。")
    found = posts(ex)
    assert ("甘若水", "矿长", "郫都区白岩煤矿") in found
    assert any(p == "闵知远" and t.endswith("议员") for p, t, _ in found)
