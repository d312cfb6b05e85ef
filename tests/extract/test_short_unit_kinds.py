"""Unit kinds written short (``org_suffixes.tsv``'s fourth column: 国小 = 国民小学, 高专 =
高等专科学校, 促会 = 促进会) close a name where a boundary follows
(:func:`short_ending_closes_name`), and a democratic party's branch written after the
party's area committee is a unit of its own (:func:`democratic_party_branches`), as is the
area committee written without 委 before its officer's title
(:func:`party_area_before_title`). Sentences and unit names are invented; the places are
real divisions outside the training articles; the parties are national reference data."""

from __future__ import annotations

from extract_helpers import names, posts

from ingest.lexicon import load_lexicon
from ingest.model import Extraction


def test_each_short_kind_names_its_full_form() -> None:
    suffixes = load_lexicon().org_suffixes
    assert suffixes["国小"].full == "国民小学"
    assert suffixes["促会"].full == "促进会"
    assert suffixes["小学"].full == ""


def test_a_short_school_kind_closes_a_name_before_a_conjunction(extract_text) -> None:
    ex: Extraction = extract_text("酒泉市肃州区泉湖国小与嘉峪关市雄关小学结对共建。")
    # named from the district, the chain's last place (place_chains)
    assert "肃州区泉湖国小" in names(ex, "Organization")


def test_a_short_college_kind_closes_a_name(extract_text) -> None:
    ex: Extraction = extract_text("酒泉医高专与肃州区泉湖村党支部结对共建。")
    assert "酒泉医高专" in names(ex, "Organization")


def test_a_short_association_kind_holds_its_officers_post(extract_text) -> None:
    ex: Extraction = extract_text("甘肃省泉湖促会副会长王泉湖到肃州区调研。")
    assert "甘肃省泉湖促会" in names(ex, "Organization")
    assert ("王泉湖", "副会长", "甘肃省泉湖促会") in posts(ex)


def test_a_short_kind_running_on_into_a_word_names_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("中国小商品城与全国中学生代表和中专学历人员到酒泉参观。")
    assert not {n for n in names(ex, "Organization") if n.endswith(("国小", "国中", "中专"))}


def test_a_democratic_partys_branch_after_its_committee_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("民盟酒泉市委泉湖支部与九三学社嘉峪关市委雄关二支部结对共建。")
    units = names(ex, "Organization")
    assert {"民盟酒泉市委泉湖支部", "九三学社嘉峪关市委雄关二支部"} <= units


def test_a_branch_named_after_a_school_is_the_partys_not_the_schools(extract_text) -> None:
    ex: Extraction = extract_text("民进酒泉市委酒泉职业技术学院支部到肃州区调研。")
    assert "民进酒泉市委酒泉职业技术学院支部" in names(ex, "Organization")


def test_no_branch_across_a_title_or_a_verb(extract_text) -> None:
    ex: Extraction = extract_text("民盟酒泉市委主委王泉湖所在支部开展活动。")
    assert not {n for n in names(ex, "Organization") if n.endswith("支部")}


def test_an_area_committee_written_without_wei_before_a_title(extract_text) -> None:
    ex: Extraction = extract_text("民建酒泉市副主委王泉湖到肃州区调研。")
    assert ("王泉湖", "副主委", "民建酒泉市") in posts(ex)


def test_a_second_nameplate_in_brackets_is_the_same_unit(extract_text) -> None:
    # 一个机构两块牌子: the bracketed name is the organ written first
    ex: Extraction = extract_text(
        "甘肃省商务厅(省贸促会)与肃州区泉湖村结对帮扶。省贸促会干部到泉湖村走访。"
    )
    units = names(ex, "Organization")
    assert "甘肃省商务厅" in units
    assert "省贸促会" not in units


def test_a_bracketed_place_is_no_second_nameplate(extract_text) -> None:
    ex: Extraction = extract_text("泉湖科技有限公司(酒泉)与肃州区泉湖村结对共建。")
    assert "泉湖科技有限公司" in names(ex, "Organization")


def test_a_short_kind_after_its_full_form_is_the_same_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "酒泉市泉湖国民小学与肃州区泉湖村结对共建。此后，泉湖国小与泉湖村共同开展活动。"
    )
    assert "泉湖国小" not in names(ex, "Organization")
    assert "酒泉市泉湖国民小学" in names(ex, "Organization")


def test_branches_listed_after_a_partys_branch_are_the_same_committees(extract_text) -> None:
    ex: Extraction = extract_text(
        "民盟澜溪市委泉湖支部、文化支部与九三学社禾川市委雄关二支部结对共建。"
    )
    assert {"民盟澜溪市委泉湖支部", "文化支部"} <= names(ex, "Organization")


def test_a_listed_branch_stops_at_an_item_that_is_no_name(extract_text) -> None:
    ex: Extraction = extract_text("民盟澜溪市委泉湖支部、主委王泉所在支部开展活动。")
    assert "主委王泉所在支部" not in names(ex, "Organization")
