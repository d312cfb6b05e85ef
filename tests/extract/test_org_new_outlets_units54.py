"""Organizations on new outlets (units54): classes counted on the Organization errors of
the readable articles, x981–x1140 first, each checked on the older readable articles.
Sentences and names are invented; places are the gazetteer's (official reference data)."""

from __future__ import annotations

from extract_helpers import names, posts

from ingest.extract.byline_outlets import byline_outlet_spans
from ingest.extract.zone_committees import zone_committee_after, zone_of_party_body
from ingest.lexicon import load_lexicon
from ingest.model import Extraction, Mention

# Kinds of unit that were no ending (org_suffixes.tsv).


def test_new_kinds_of_unit_are_endings() -> None:
    suffixes = load_lexicon().org_suffixes
    for ending in ("分校", "军分区", "检查站", "加气站", "体育场"):
        assert ending in suffixes
    assert "养殖场" not in suffixes  # 生猪养殖场: a farm named by its animal


def test_a_branch_campus_after_its_school_is_one_unit(extract_text) -> None:
    ex: Extraction = extract_text("西湖区第一小学青松路分校与某某社区开展结对共建。")
    orgs = names(ex, "Organization")
    assert "西湖区第一小学青松路分校" in orgs
    assert "西湖区第一小学" not in orgs


def test_a_military_sub_district_after_its_city_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("东莞军分区与某某村开展军民共建活动。")
    assert "东莞军分区" in names(ex, "Organization")


# A newspaper named by a byline (byline_outlets).


def test_a_newspaper_before_its_reporter_cue_is_an_outlet() -> None:
    text = "甲乙导报记者 王某某 通讯员 李某\n某某网讯(丙丁特区报记者 赵某)近日，"
    found = {text[a:b] for a, b in byline_outlet_spans(text)}
    assert found == {"甲乙导报", "丙丁特区报"}


def test_a_slash_or_a_bracket_may_stand_before_the_cue() -> None:
    text = "甲乙新闻报【记者王某/某地报导】\n丙丁报／ 记者李某某／某地即时报导"
    found = {text[a:b] for a, b in byline_outlet_spans(text)}
    assert found == {"甲乙新闻报", "丙丁报"}


def test_the_page_itself_a_bare_kind_or_running_text_names_no_outlet() -> None:
    text = "本报记者 王某某\n(时报记者 李某)\n他向上级汇报记者的采访安排。"
    assert byline_outlet_spans(text) == []


def test_a_byline_newspaper_is_a_unit_of_the_story(extract_text) -> None:
    ex: Extraction = extract_text(
        "甲乙导报记者 王某某\n某某公司与某某村开展结对共建，签订了帮扶协议。"
    )
    assert "甲乙导报" in names(ex, "Organization")


# A zone's 管委会 written bare after its party body (zone_committees).


def _body(surface: str, type_: str, name: str) -> Mention:
    return Mention(0, len(surface), surface, type_, name, rule="place")


def test_the_zone_of_a_party_working_committee() -> None:
    assert zone_of_party_body(_body("甲乙经开区党工委", "Region", "甲乙经开区")) == "甲乙经开区"
    assert (
        zone_of_party_body(_body("甲乙开发区党工委", "Organization", "甲乙开发区党工委"))
        == "甲乙开发区"
    )
    assert zone_of_party_body(_body("甲乙公司党委", "Organization", "甲乙公司党委")) is None
    assert zone_of_party_body(_body("党工委", "Organization", "党工委")) is None


def test_the_committee_after_the_zones_party_body() -> None:
    body = _body("甲乙经开区党工委", "Region", "甲乙经开区")
    text = "甲乙经开区党工委书记、管委会主任王某某"
    assert zone_committee_after(text, body) == (11, 14, "甲乙经开区管委会")
    assert zone_committee_after("甲乙经开区党工委和管委会", body) == (9, 12, "甲乙经开区管委会")
    assert zone_committee_after("甲乙经开区党工委委员、管委会副主任", body) is not None
    # another body's title between them, or no separator: no zone's committee
    assert zone_committee_after("甲乙经开区党工委书记、区长、管委会主任", body) is None
    assert zone_committee_after("甲乙经开区党工委管委会", body) is None


def test_a_zones_committee_and_party_body_in_a_title_chain(extract_text) -> None:
    ex: Extraction = extract_text(
        "某某村与青山经济开发区结对共建，青山经济开发区党工委书记、管委会主任王某某出席。"
    )
    assert "青山经济开发区管委会" in names(ex, "Organization")
    assert "青山经济开发区党工委" not in names(ex, "Organization")
    assert ("王某某", "主任", "青山经济开发区管委会") in posts(ex)


def test_a_zones_party_body_and_committee_joined_by_and(extract_text) -> None:
    ex: Extraction = extract_text("青山经开区党工委和管委会对双方签约表示祝贺。")
    assert "青山经开区管委会" in names(ex, "Organization")
