"""A party body that names its host by kind alone (师市党委, 连党支部, 新村党委) or as a
subdistrict's office (某某办事处党工委) is that place (GOLD_FORMAT §1 rule 1; units33).
Names are invented; the places of the end-to-end cases are real divisions outside the
training articles."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.resolve import bare_kind_word, host_by_kind, subdistrict_of_office


def test_a_head_of_level_characters_or_a_generic_designation_is_a_kind() -> None:
    assert bare_kind_word("师市") == ("市", "Region")
    assert bare_kind_word("连") == ("连", "Village")
    assert bare_kind_word("县") == ("县", "Region")
    assert bare_kind_word("新村") == ("新村", None)
    assert bare_kind_word("澜溪新村") is None  # a place's own name
    assert bare_kind_word("团") is None  # 团支部: the Youth League's branch
    assert bare_kind_word("市区县") is None  # three levels: a plural


def test_the_host_by_kind_is_the_one_place_or_the_last_before() -> None:
    places = [("澜溪市", "Region"), ("云川县", "Region"), ("石桥新村", "Village")]
    assert host_by_kind("市", "Region", places, []) == "澜溪市"
    assert host_by_kind("新村", None, places, []) == "石桥新村"
    assert host_by_kind("村", "Village", places, []) == "石桥新村"
    assert host_by_kind("连", "Village", places, []) is None  # no company of the Corps
    two = [*places, ("望海市", "Region")]
    assert host_by_kind("市", "Region", two, ["望海市", "澜溪市", "云川县"]) == "澜溪市"
    assert host_by_kind("市", "Region", two, []) is None  # none written before: kept
    assert host_by_kind("新村", None, [("新村", "Village")], []) is None  # no name before it


def test_a_subdistrict_office_is_the_subdistrict() -> None:
    regions = ["澜溪街道", "云川县"]
    assert subdistrict_of_office("澜溪办事处", regions) == "澜溪街道"
    assert subdistrict_of_office("澜溪街道办事处", regions) == "澜溪街道"
    assert subdistrict_of_office("石桥办事处", regions) is None  # no such subdistrict
    assert subdistrict_of_office("澜溪街道", regions) is None  # no office


def test_a_level_only_party_body_folds_into_the_place(extract_text) -> None:
    ex = extract_text(
        "新疆生产建设兵团第十四师昆玉市代表团来访。师市党委书记王澜溪介绍了情况，"
        "双方签署结对共建协议。"
    )
    assert "师市党委" not in names(ex, "Organization")
    ents = {e.id: e for e in ex.entities}
    posts = {
        (ents[r.source].name, r.title, ents[r.target].name)
        for r in ex.relations
        if r.type == "HOLDS_POST"
    }
    assert ("王澜溪", "党委书记", "昆玉市") in posts


def test_a_subdistrict_offices_working_committee_is_the_subdistrict(extract_text) -> None:
    ex = extract_text(
        "近日，杭州市西湖区北山街道与澜溪科技有限公司签订结对共建协议。"
        "北山办事处党工委书记王澜溪出席仪式。"
    )
    assert not any(n.endswith("党工委") for n in names(ex, "Organization"))
    ents = {e.id: e for e in ex.entities}
    posts = {
        (ents[r.source].name, r.title, ents[r.target].name)
        for r in ex.relations
        if r.type == "HOLDS_POST"
    }
    assert ("王澜溪", "党工委书记", "北山街道") in posts


def test_the_organs_party_body_is_the_organisation_before_it(extract_text) -> None:
    ex = extract_text(
        "澜溪市气象局与石桥村举行结对帮扶签约仪式。"
        "市气象局党组成员、副局长、直属机关党委书记王澜溪出席。"
    )
    assert "直属机关党委" not in names(ex, "Organization")
    ents = {e.id: e for e in ex.entities}
    posts = {
        (ents[r.source].name, r.title, ents[r.target].name)
        for r in ex.relations
        if r.type == "HOLDS_POST"
    }
    assert ("王澜溪", "直属机关党委书记", "澜溪市气象局") in posts
