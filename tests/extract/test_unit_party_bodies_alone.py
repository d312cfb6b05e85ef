"""Units the rules missed on new outlets. Party bodies that no unit hosts are units of
their own: a democratic party's branch written right after the party's name, without its
area committee (:func:`ingest.extract.orgs.party_branch_without_committee`), and a party
body named by its kind (联合党支部) written after a conjunction or a verb of founding
(:func:`ingest.extract.unit_rules.opened_by_joiner_or_founding`). A name's edge holds where
jieba glued the sentence's word to it (到, 是 before it; 驻 after it). Sentences and unit
names are invented; the places are real divisions outside the training articles; the
parties are national reference data."""

from __future__ import annotations

from extract_helpers import names

from ingest.model import Extraction


def test_a_partys_branch_without_its_committee_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("致公党酒泉市总支部与致公党嘉峪关市总支部举行结对签约仪式。")
    assert {"致公党酒泉市总支部", "致公党嘉峪关市总支部"} <= names(ex, "Organization")


def test_a_partys_branch_committee_named_after_a_county_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("5月2日，农工党酒泉市肃州支委会主委王泉湖带队前往泉湖村。")
    assert "农工党酒泉市肃州支委会" in names(ex, "Organization")


def test_a_partys_branch_named_after_a_school_is_the_partys(extract_text) -> None:
    ex: Extraction = extract_text("民盟酒泉职业技术学院总支长期在肃州区开展助农活动。")
    assert "民盟酒泉职业技术学院总支" in names(ex, "Organization")


def test_no_partys_branch_across_a_verb(extract_text) -> None:
    ex: Extraction = extract_text("民盟成员所在支部开展活动。")
    assert not {n for n in names(ex, "Organization") if n.endswith("支部")}


def test_a_joint_branch_after_a_conjunction_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "酒泉市泉湖小学党支部和民办教育第三联合党支部的党员们走进肃州区泉湖村。"
    )
    assert "民办教育第三联合党支部" in names(ex, "Organization")


def test_a_joint_branch_after_a_verb_of_founding_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("党员比较分散的城区各企业，还成立城区物流联合党支部。")
    assert "城区物流联合党支部" in names(ex, "Organization")


def test_a_joint_branch_founded_without_a_name_is_none(extract_text) -> None:
    ex: Extraction = extract_text("肃州区泉湖村与三个村组建联合党委，统一开展活动。")
    assert not {n for n in names(ex, "Organization") if n.endswith("联合党委")}


def test_a_verb_of_going_glued_before_a_name_ends_it(extract_text) -> None:
    # jieba reads 人到 as one unknown word: 到 closes it as 及 or 在 do (orgs._GLUED_STOPS)
    ex: Extraction = extract_text("调研组一行7人到钦南区法院开展党建工作学习考察。")
    assert "钦南区法院" in names(ex, "Organization")


def test_a_name_ends_where_the_unit_stations_its_people(extract_text) -> None:
    # jieba glues 局驻 into one unknown word; 驻 still closes the name (orgs._STATIONED_AT)
    ex: Extraction = extract_text(
        "交流活动伊始，自治区林业和草原局驻英阿瓦提乡特日木村第一书记介绍了情况。"
    )
    assert "自治区林业和草原局" in names(ex, "Organization")
