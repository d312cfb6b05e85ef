"""Organisations, party bodies and places: names by general patterns, folded party forms."""

from __future__ import annotations

from extract_helpers import names

from ingest.model import Extraction


def org(ex: Extraction, name: str):  # type: ignore[no-untyped-def]
    return next(e for e in ex.entities if e.name == name)


def test_a_party_branch_folds_into_its_host_unit_and_keeps_the_written_form(extract_text) -> None:
    ex = extract_text("近日，成都蓉新食品有限公司党支部组织党员学习。")
    unit = org(ex, "成都蓉新食品有限公司")
    assert unit.type == "Organization" and unit.subtype == "enterprise"
    assert "成都蓉新食品有限公司党支部" in unit.aliases
    assert "成都蓉新食品有限公司党支部" not in names(ex)


def test_a_village_party_branch_is_the_village_with_its_division_code(extract_text) -> None:
    ex = extract_text("成都市郫都区唐昌镇战旗村党总支召开党员大会。")
    village = org(ex, "战旗村")
    assert village.type == "Village"
    assert village.division_code == "510117104213"
    assert "战旗村党总支" in village.aliases


def test_long_names_stay_whole_and_stop_at_verbs_and_conjunctions(extract_text) -> None:
    ex = extract_text("会议邀请沈阳高新技术产业开发区管委会和四川银行郫都支行参加。")
    assert {"沈阳高新技术产业开发区管委会", "四川银行郫都支行"} <= names(ex, "Organization")


def test_a_bank_branch_courts_and_schools_get_subtypes(extract_text) -> None:
    ex = extract_text("郫都区人民法院、郫都区第二中学和四川银行郫都支行的党员参加了活动。")
    assert org(ex, "郫都区人民法院").subtype == "court"
    assert org(ex, "郫都区第二中学").subtype == "school"
    assert org(ex, "四川银行郫都支行").subtype == "bank"


def test_a_party_body_with_no_host_unit_is_an_organisation(extract_text) -> None:
    ex = extract_text("郫都区委组织部和区级机关党委的同志出席。")
    assert {"郫都区委组织部", "区级机关党委"} <= names(ex, "Organization")


def test_generic_units_are_not_entities(extract_text) -> None:
    ex = extract_text("各村党支部与结对单位、辖区物业公司一起开展志愿服务，打造工作新格局。")
    assert names(ex, "Organization") == set()


def test_traditional_text_gives_simplified_names_with_written_aliases(extract_text) -> None:
    ex = extract_text("成都蓉新食品有限公司黨支部與戰旗村黨總支簽訂結對共建協議。")
    unit = org(ex, "成都蓉新食品有限公司")
    assert "成都蓉新食品有限公司黨支部" in unit.aliases


def test_short_and_party_forms_of_one_unit_are_one_entity(extract_text) -> None:
    ex = extract_text(
        "蓉新公司联合党支部与战旗村结对。蓉新党支部书记周红出席，"
        "四川银行成都市分行和四川银行成都分行的代表参加。"
    )
    units = [e for e in ex.entities if e.type == "Organization"]
    company = org(ex, "蓉新公司")
    assert "蓉新党支部" in company.aliases
    assert sum("分行" in e.name for e in units) == 1


def test_a_conjunction_glued_to_a_word_ends_the_name(extract_text) -> None:
    ex = extract_text("郫都区卫生健康局及县医院派出专家。")
    assert "郫都区卫生健康局" in names(ex, "Organization")
    assert not any("及" in n for n in names(ex))


def test_a_descriptive_generic_unit_does_not_refer_back_but_a_short_form_does(extract_text) -> None:
    ex = extract_text(
        "大智街道党工委与武汉地铁运营有限公司党委签订协议。社区和辖区内的物业公司开展共建。"
        "运营有限公司党委书记钱明亮介绍了情况。"
    )
    company = org(ex, "武汉地铁运营有限公司")
    assert "物业公司" not in company.aliases
    assert "运营有限公司党委" in company.aliases


def test_a_province_used_as_a_modifier_is_no_mention_of_it(extract_text) -> None:
    modifier = extract_text("战旗村成功创建四川省第五批乡村振兴示范村。")
    assert "四川省" not in names(modifier, "Region")
    standing = extract_text("来自四川省、重庆市的代表参加了活动。")
    assert "四川省" in names(standing, "Region")


def test_a_title_is_never_inside_a_unit_name(extract_text) -> None:
    ex = extract_text("孙书记充分肯定蓉新智谷创意产业园在党建工作中取得的成绩。")
    assert not any("书记" in n for n in names(ex, "Organization"))


def test_a_unit_named_only_by_the_title_after_it(extract_text) -> None:
    ex = extract_text("蓉新智谷董事长周明德、公司总经理李华陪同调研。")
    assert org(ex, "蓉新智谷").subtype == "enterprise"
    assert "公司" not in names(ex)


def test_descriptions_ending_like_units_are_not_units(extract_text) -> None:
    ex = extract_text("双方共建党员教育实践基地和社区文化活动中心，服务中心城区居民。")
    assert names(ex, "Organization") == set()


def test_a_unit_embedded_in_a_name_makes_it_proper(extract_text) -> None:
    ex = extract_text("志愿者来到蓉新米业集团跃进农场参观。")
    assert "蓉新米业集团跃进农场" in names(ex, "Organization")


def test_a_bank_branch_written_with_and_without_the_company_form_is_one_unit(extract_text) -> None:
    ex = extract_text(
        "四川广安农村商业银行官盛支行党支部与报国村党支部签订协议。"
        "四川广安农村商业银行股份有限公司官盛支行党支部将持续深化合作，官盛支行党支部书记周明德介绍。"
    )
    banks = [e for e in ex.entities if e.type == "Organization"]
    assert len(banks) == 1
    assert "官盛支行党支部" in banks[0].aliases


def test_rural_and_service_unit_endings(extract_text) -> None:
    ex = extract_text(
        "官盛镇蓉新果蔬专业合作社、官盛供电所和广安区消防救援支队的党员参加活动，"
        "又如妇联也组织了志愿者。"
    )
    found = names(ex, "Organization")
    assert {"官盛镇蓉新果蔬专业合作社", "广安区消防救援支队"} <= found
    assert not any(n.startswith("又如") for n in found)


def test_numbered_schools_written_short_and_in_full(extract_text) -> None:
    ex = extract_text("唐昌镇二小和郫都区第二中学的师生参加了活动。")
    assert org(ex, "郫都区第二中学").subtype == "school"
    assert any(
        n.endswith("二小") and e.subtype == "school" for n, e in ((e.name, e) for e in ex.entities)
    )


def test_place_matches_that_are_ordinary_words_are_dropped(extract_text) -> None:
    ex = extract_text("江岸区大智街道推进高校社区共建和新农村建设，街道社区工作者参加。")
    places = {e.name for e in ex.entities if e.type in ("Region", "ResidentsCommittee", "Village")}
    assert places <= {"江岸区", "大智街道"}


def test_a_community_the_gazetteer_did_not_link_is_read_from_its_party_body(extract_text) -> None:
    ex = extract_text("郑州市金水区经八路街道科技社区党委书记李静致辞。")
    community = org(ex, "科技社区")
    assert community.type == "ResidentsCommittee" and "科技社区党委" in community.aliases
    generic = extract_text("机关党组织联系社区党组织工作持续推进。")
    assert not [e for e in generic.entities if e.type == "ResidentsCommittee"]


def test_news_sites_are_media_but_the_internet_is_not(extract_text) -> None:
    ex = extract_text("据中国网报道，互联网企业和网格员积极参与，居民上网即可报名。")
    assert org(ex, "中国网").subtype == "media"
    assert names(ex, "Organization") == {"中国网"}


def test_an_ordinary_word_is_no_bare_place_form(extract_text) -> None:
    # 合作 is the bare form of 合作街道 (郫都区) and the word "cooperation".
    ex = extract_text("郫都区人民法院召开座谈会。双方将围绕人才培养等方面开展合作，实现共赢。")
    assert "合作街道" not in names(ex)
    ex = extract_text("郫都区人民法院与合作党工委签订结对共建协议。")
    assert "合作街道" in names(ex, "Region")


def test_a_place_head_with_an_institutional_tail_is_a_unit_of_its_own(extract_text) -> None:
    # 振兴 is a verb and 培训 a verbal noun: both are part of the school's name.
    ex = extract_text("句容市后白镇召开大会，西冯村乡村振兴培训学院揭牌。")
    school = org(ex, "西冯村乡村振兴培训学院")
    assert school.type == "Organization" and school.subtype == "school"


def test_the_source_line_names_a_media_unit(extract_text) -> None:
    # jieba glues the district's last character to the ending (郫|都|区融|媒体|中心).
    ex = extract_text("战旗村召开党员大会。\n\n来源：郫都区融媒体中心\n")
    media = org(ex, "郫都区融媒体中心")
    assert media.type == "Organization" and media.subtype == "media"


def test_a_place_followed_by_more_name_is_part_of_the_unit(extract_text) -> None:
    # 南京/武汉/苏州/郑州 head zones and institutions; no Region is read from them, and
    # the left edge does not cut inside 经济技术.
    ex = extract_text(
        "会议邀请南京江宁经济技术开发区人民法院、武汉东湖新技术开发区人民法院、"
        "苏州工业园区人民检察院、长春汽车经济技术开发区人民法院和郑州航空港经济综合实验区"
        "管委会参加。"
    )
    assert names(ex) == {
        "南京江宁经济技术开发区人民法院",
        "武汉东湖新技术开发区人民法院",
        "苏州工业园区人民检察院",
        "长春汽车经济技术开发区人民法院",
        "郑州航空港经济综合实验区管委会",
    }


def test_a_faculty_or_department_of_a_school_is_the_unit_with_its_school(extract_text) -> None:
    ex = extract_text(
        "甘肃农业职业技术学院园艺学院党总支、河西学院物理系党支部和天水师范学院文学与"
        "文化传播学院党委与张掖市甘州区签订结对共建协议。"
    )
    assert {
        "甘肃农业职业技术学院园艺学院",
        "河西学院物理系",
        "天水师范学院文学与文化传播学院",
    } <= names(ex, "Organization")
    assert not {"园艺学院", "师范学院", "文化传播学院", "河西学院"} & names(ex)


def test_members_of_two_schools_are_two_units(extract_text) -> None:
    # 学生 are members, not a field: the conjunction joins two units.
    ex = extract_text("西北农业大学学生与文化传播学院学生共同参加。")
    assert "西北农业大学学生与文化传播学院" not in names(ex)
    assert "西北农业大学" in names(ex, "Organization")


def test_a_county_name_used_as_a_verb_is_not_glued_to_the_unit(extract_text) -> None:
    # 会同 is 会同县's bare form and the verb "jointly with".
    ex = extract_text("会同苏州工业园区人民检察院开展结对共建。")
    assert names(ex, "Organization") == {"苏州工业园区人民检察院"}


def test_only_noun_short_forms_of_cities_and_counties_head_names() -> None:
    from ingest.extract.orgs import is_city_short_form

    assert is_city_short_form("天水")  # 天水市, though jieba tags it a common noun
    assert not is_city_short_form("振兴")  # 振兴区, but a verb in 乡村振兴
    assert not is_city_short_form("合作")  # 合作市, but a frequent ordinary word
    assert not is_city_short_form("后白")  # a town's short form, not a county's


def test_a_news_site_cited_as_the_source_is_a_media_unit(extract_text) -> None:
    # 人民 and 东方 are common words: the citation (据…报道, 来源：) names the site.
    ex = extract_text("据人民网报道，东湾村开展活动。\n\n来源：东方网\n")
    assert {"人民网", "东方网"} <= names(ex, "Organization")
    assert org(ex, "东方网").subtype == "media"
    # A network is no news site, even when cited; 据 is no part of a name.
    ex = extract_text("东湾村开展活动，据市电视台报道，居民上网报名。\n\n图片来源：互联网\n")
    assert names(ex, "Organization") == {"市电视台"}


def test_a_body_of_the_school_before_the_conjunction_makes_two_units(extract_text) -> None:
    ex = extract_text("西北农业大学团委与文化传播学院结对共建。")
    assert "西北农业大学团委与文化传播学院" not in names(ex)
    # the school's 团委 is the school's (units60: offices kept in titles fold into the
    # unit, as the readable gold writes 某学院团委 and 某中学团委)
    assert {"西北农业大学", "文化传播学院"} <= names(ex, "Organization")
