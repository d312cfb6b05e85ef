"""Names that hold a conjunction or a level's party body, and lists that share a level
prefix (README: Extraction — units). All names are invented."""

from __future__ import annotations

from extract_helpers import names


def orgs(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return names(ex, "Organization")


def test_two_fields_joined_inside_one_body_s_name_stay_one_name(extract_text) -> None:
    ex = extract_text("近日，雁栖区国资和金融系统党委与石门坎村党支部签订结对共建协议。")
    assert "雁栖区国资和金融系统党委" in orgs(ex)


def test_a_faculty_named_by_two_fields_is_one_unit(extract_text) -> None:
    ex = extract_text("雁栖大学食品与生物工程学院与石门坎村结对。")
    assert "雁栖大学食品与生物工程学院" in orgs(ex)


def test_a_one_character_field_inside_a_dictionary_word_joins_the_faculty(extract_text) -> None:
    ex = extract_text("雁栖大学公共管理与法学院党委书记张明一行到访。")
    assert "雁栖大学公共管理与法学院" in orgs(ex)
    assert "法学院" not in orgs(ex)


def test_a_two_word_field_right_after_its_parent_body_is_the_faculty_s(extract_text) -> None:
    ex = extract_text("雁栖职业技术学院继续教育与培训学院、村干部发展学院共同参加。")
    assert "雁栖职业技术学院继续教育与培训学院" in orgs(ex)
    assert "教育与培训学院" not in orgs(ex)


def test_a_conjunction_between_generic_words_still_joins_two_units(extract_text) -> None:
    ex = extract_text("雁栖区财政局和教育局与石门坎村结对。")
    assert {"雁栖区财政局", "教育局"} & orgs(ex)
    assert not any("和" in n for n in orgs(ex))
    assert not any("和" in n for n in orgs(extract_text("企业和高校党委与石门坎村结对。")))


def test_an_autonomous_region_s_party_committee_heads_its_office(extract_text) -> None:
    ex = extract_text("1月9日，自治区党委办公厅组织干部到石门坎村调研。")
    assert "自治区党委办公厅" in orgs(ex)


def test_bodies_listed_after_a_level_prefixed_body_share_its_level(extract_text) -> None:
    ex = extract_text(
        "1月9日，自治区党委办公厅、政府办公厅组织自治区发改委、财政厅到石门坎村调研。"
    )
    units = {e.name: e for e in ex.entities if e.type == "Organization"}
    assert "财政厅" in units["自治区财政厅"].aliases
    assert "政府办公厅" in units["自治区政府办公厅"].aliases


def test_a_brand_with_an_industry_word_jieba_would_cut_is_one_name(extract_text) -> None:
    ex = extract_text("雁栖置地禾川公司第二党支部与石门坎村结对共建。")
    assert "雁栖置地禾川公司" in orgs(ex)
