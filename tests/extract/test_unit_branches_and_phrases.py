"""Numbered party branches of a place, and phrases that look like units but are none
(issue 13, the seventh units pass: phenomena of the articles added after the sixth pass,
x41–x80). Sentences and names are invented (places from a county outside the training
articles)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import (
    COMMON,
    LEVEL_ONLY,
    numbered_branch,
    pronoun_led_word,
    town_office,
)
from ingest.extract.resolve import (
    abbreviated_company,
    abbreviated_twin,
    numbered_hospital,
    office_of_unit,
)
from ingest.extract.unit_rules import (
    join_leading_characters,
    level_association,
    list_of_kinds,
    of_a_style,
    one_by_one_slogan,
    village_team,
)
from ingest.lexicon import load_lexicon
from ingest.model import Extraction


def test_numbered_branch_is_only_a_number() -> None:
    assert numbered_branch("第一")
    assert numbered_branch("第12")
    assert numbered_branch("二")
    assert not numbered_branch("内科")
    assert not numbered_branch("第一网格")


def test_a_villages_numbered_branch_is_the_village(extract_text) -> None:
    # 第二党支部 after a linked village is the village's, not the hospital's before it
    ex: Extraction = extract_text("近日，永嘉县第二人民医院党委与瓯北镇东岙村第二党支部结对。")
    village = next(e for e in ex.entities if e.name == "东岙村")
    assert village.type == "Village"
    assert "东岙村第二党支部" in village.aliases
    hospital = next(e for e in ex.entities if e.name == "永嘉县第二人民医院")
    assert not any("东岙村" in a for a in hospital.aliases)


def test_a_communitys_numbered_branch_is_the_community_when_unlinked(extract_text) -> None:
    ex: Extraction = extract_text(
        "永嘉县人民医院内科党支部与永嘉县澜峰街道岙里社区第一党支部开展结对共建活动。"
    )
    assert "岙里社区" in names(ex, "ResidentsCommittee")
    hospital = next(e for e in ex.entities if e.name == "永嘉县人民医院")
    assert not any("社区" in a for a in hospital.aliases)


def test_a_units_numbered_branch_stays_the_unit(extract_text) -> None:
    ex: Extraction = extract_text("近日，永嘉县第二人民医院第一党支部与东岙村结对。")
    hospital = next(e for e in ex.entities if e.name == "永嘉县第二人民医院")
    assert "永嘉县第二人民医院第一党支部" in hospital.aliases


def test_a_one_by_one_slogan_is_no_unit(extract_text) -> None:
    assert one_by_one_slogan("一老一小")
    assert one_by_one_slogan("一室一法庭")
    assert not one_by_one_slogan("永嘉一小")
    ex: Extraction = extract_text("东岙村围绕组织建设、“一老一小”等方面开展结对共建。")
    assert names(ex, "Organization") == set()


def test_a_list_of_kinds_names_no_unit(extract_text) -> None:
    lex = load_lexicon()
    assert list_of_kinds(["医院", "学校", "助学扶困机构"], lex)
    assert list_of_kinds(["驻区单位", "澜溪物业"], lex)
    assert not list_of_kinds(["澜溪物业", "星光药房"], lex)
    ex: Extraction = extract_text("本次签约涉及医院、学校、驻区单位及助学扶困机构等20家单位。")
    assert names(ex, "Organization") == set()


def test_a_word_opening_with_a_pronoun_ends_a_name(extract_text) -> None:
    assert pronoun_led_word("这是", "x")
    assert not pronoun_led_word("这是", "v")
    assert not pronoun_led_word("澜溪", "x")
    ex: Extraction = extract_text("这是支部与支部、党员和党员应该做的事情。")
    assert names(ex, "Organization") == set()


def test_generic_words_of_towns_and_assignments_name_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("该局将与包保联系支部一起开展志愿服务，助推镇街学校协同发展。")
    assert names(ex, "Organization") == set()


def test_a_level_and_a_trade_name_an_association(extract_text) -> None:
    lex = load_lexicon()
    suffix = lex.org_suffixes["协会"]
    assert level_association("县律师", suffix, LEVEL_ONLY, lex)
    assert not level_association("县律师", suffix, COMMON, lex)
    assert not level_association("市各", suffix, LEVEL_ONLY, lex)
    ex: Extraction = extract_text("县律师协会党支部与瓯北镇东岙村党支部签约。")
    assert "县律师协会" in names(ex, "Organization")


def test_a_hospital_written_by_its_number_is_the_numbered_hospital() -> None:
    names_ = ["澜州市第三人民医院", "澜州市第七人民医院", "澜溪集团"]
    assert numbered_hospital("七院党委", names_) == "澜州市第七人民医院"
    assert numbered_hospital("澜州三院", names_) == "澜州市第三人民医院"
    assert numbered_hospital("市三院", names_) == "澜州市第三人民医院"
    assert numbered_hospital("澜州三院肺科党支部", names_) == "澜州市第三人民医院"
    assert numbered_hospital("五院", names_) is None
    assert numbered_hospital("溪口三院", names_) is None


def test_a_numbered_hospitals_short_forms_are_one_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "永嘉县第三人民医院党委与东岙村结对。永嘉三院肺科党支部书记王小明说，三院党委将继续支持。"
    )
    assert names(ex, "Organization") == {"永嘉县第三人民医院"}


def test_a_name_with_characters_left_out_is_its_full_twin() -> None:
    names_ = ["澜溪街社区卫生服务中心", "澜州轻工职业技术学院", "澜州市中级人民法院"]
    assert abbreviated_twin("澜溪街社卫中心", names_) == "澜溪街社区卫生服务中心"
    assert abbreviated_twin("澜州轻工技术学院", names_) == "澜州轻工职业技术学院"
    assert abbreviated_twin("市人民法院", names_) == "澜州市中级人民法院"


def test_a_name_missing_a_number_a_place_or_a_subsidiarys_trade_is_another_unit() -> None:
    assert abbreviated_twin("澜州市人民医院", ["澜州市第二人民医院"]) is None
    assert abbreviated_twin("澜州市工商联", ["澜州市溪口区工商联"]) is None
    assert abbreviated_twin("澜溪城投公司", ["澜溪城投园林公司"]) is None
    assert abbreviated_twin("溪口人民法院", ["澜州市中级人民法院"]) is None


def test_an_abbreviated_name_is_one_unit_with_its_full_name(extract_text) -> None:
    ex: Extraction = extract_text(
        "澜溪街社区卫生服务中心党支部与东岙村结对。澜溪街社卫中心党支部书记王小明说。"
    )
    assert "澜溪街社卫中心" not in names(ex, "Organization")


def test_one_name_left_out_is_another_units_qualifier() -> None:
    assert abbreviated_twin("澜州市第一中学", ["澜州市澜溪第一中学"]) is None
    assert abbreviated_twin("建行澜溪支行", ["中国建设银行澜溪支行"]) is None  # one key


def test_a_bodys_short_form_by_its_one_character_ending_is_its_full_name() -> None:
    names_ = ["澜州市邮政管理局", "澜溪区卫生健康局", "澜溪区人力资源和社会保障局"]
    assert abbreviated_twin("市邮管局", names_) == "澜州市邮政管理局"
    assert abbreviated_twin("澜溪区卫健局", names_) == "澜溪区卫生健康局"
    assert abbreviated_twin("区人社局", names_) == "澜溪区人力资源和社会保障局"


def test_a_long_run_left_out_or_a_non_government_ending_is_another_unit() -> None:
    assert abbreviated_twin("区农业局", ["澜溪区农业综合行政执法局"]) is None
    assert abbreviated_twin("澜溪厂", ["澜溪机械厂"]) is None
    assert abbreviated_twin("区教育局", ["澜溪区体育局"]) is None


def test_a_company_short_form_leaving_characters_out_is_its_full_name() -> None:
    names_ = [
        "澜峰溪谷电力机车有限公司",
        "江澜省中岙澜门岙草工业有限责任公司",
        "岙溪市澜州外国语学校教育集团",
    ]
    assert abbreviated_company("澜峰溪机公司", names_) == "澜峰溪谷电力机车有限公司"
    assert abbreviated_company("澜岙工业公司", names_) == "江澜省中岙澜门岙草工业有限责任公司"
    assert abbreviated_company("岙澜外教育集团", names_) == "岙溪市澜州外国语学校教育集团"


def test_a_company_short_form_is_no_parent_branch_or_numbered_subsidiary() -> None:
    assert abbreviated_company("澜溪城投公司", ["澜溪城投园林公司"]) is None  # a plain piece
    assert abbreviated_company("澜溪建设公司", ["澜溪第二建设有限公司"]) is None
    assert abbreviated_company("澜溪建设公司", ["澜溪市政建设有限公司岙口分公司"]) is None
    assert abbreviated_company("澜溪农业公司", ["澜溪农产品加工贸易有限公司"]) is None  # no 业
    assert abbreviated_company("澜溪农业有限公司", ["澜溪实业生态农业有限公司"]) is None
    two = ["澜溪生态农业有限公司", "澜溪绿色农业有限公司"]
    assert abbreviated_company("澜溪农业公司", two) is None  # which one?


def test_a_company_short_form_is_one_unit_with_its_full_name(extract_text) -> None:
    ex: Extraction = extract_text(
        "澜峰溪谷电力机车有限公司党委与东岙村结对。澜峰溪机公司党委书记王小明说，将继续支持。"
    )
    assert "澜峰溪机公司" not in names(ex, "Organization")


def test_an_areas_big_party_committee_is_the_area(extract_text) -> None:
    ex: Extraction = extract_text("永嘉县澜峰街道岙里社区大党委吸纳辖区单位。")
    assert names(ex, "Organization") == set()
    community = next(e for e in ex.entities if e.name == "岙里社区")
    assert "岙里社区大党委" in community.aliases


def test_a_villages_formal_party_committee_is_the_village(extract_text) -> None:
    # the linker reads 东岙村委 (the villagers' committee) across the ending 委员会
    ex: Extraction = extract_text("近日，中共永嘉县瓯北镇东岙村委员会与永嘉县人民医院结对。")
    assert names(ex, "Organization") == {"永嘉县人民医院"}
    assert "东岙村" in names(ex, "Village")


def test_a_paired_brand_ends_before_the_verb_of_signing(extract_text) -> None:
    ex: Extraction = extract_text("东岙村与澜溪电商签订结对协议。")
    assert "澜溪电商" in names(ex, "Organization")


def test_a_cooperatives_registered_name_keeps_its_trade_verbs(extract_text) -> None:
    ex: Extraction = extract_text("在参观澜溪果蔬种植农地股份专业合作社期间，书记介绍了情况。")
    assert "澜溪果蔬种植农地股份专业合作社" in names(ex, "Organization")


def test_a_trade_verb_alone_names_no_cooperative(extract_text) -> None:
    ex: Extraction = extract_text("帮助农户建立中药材种植合作社，组织党员种植果树。")
    assert names(ex, "Organization") == set()


def test_single_characters_heading_a_list_item_are_one_brand(extract_text) -> None:
    assert join_leading_characters([("澜", "ns"), ("达", "v"), ("电器", "n")]) == [
        ("澜达", "x"),
        ("电器", "n"),
    ]
    assert join_leading_characters([("与", "p"), ("达", "v"), ("电器", "n")])[0] == ("与", "p")
    ex: Extraction = extract_text("东岙村与澜达电器结对共建。")
    assert "澜达电器" in names(ex, "Organization")


def test_a_brand_joined_to_a_unit_by_a_verb_of_joining_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("永嘉县人民医院携手澜达电器开展结对帮扶活动。")
    assert "澜达电器" in names(ex, "Organization")


def test_a_towns_working_office_is_no_unit(extract_text) -> None:
    assert town_office("澜峰街道营商办")
    assert town_office("澜溪街党建办")
    assert not town_office("永嘉县扶贫办")
    ex: Extraction = extract_text("瓯北镇营商办副主任王小明介绍了情况。")
    assert names(ex, "Organization") == set()


def test_a_team_stationed_in_a_village_is_no_unit(extract_text) -> None:
    assert village_team("岙里营驻村工作")
    assert village_team("公司驻村")
    assert not village_team("永嘉驻瓯北帮扶工作")
    ex: Extraction = extract_text("岙里营驻村工作队荣获“全国脱贫攻坚工作先进集体”。")
    assert names(ex, "Organization") == set()


def test_a_party_committees_social_work_department_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("永嘉县社会工作部部门负责人以及社会实践小分队成员参加。")
    assert names(ex, "Organization") == {"永嘉县社会工作部"}


def test_the_corps_divisions_by_number_are_units_and_regiments_places(extract_text) -> None:
    ex: Extraction = extract_text("永嘉与三师九团架起连心桥，提升对兵团三师的援建工作。")
    assert "兵团三师" in names(ex, "Organization")
    assert "九团" in names(ex, "Region")  # GOLD_NOTES: a numbered regiment is a Region


def test_a_corps_division_before_its_city_is_the_city(extract_text) -> None:
    ex: Extraction = extract_text("新疆生产建设兵团第三师图木舒克市与永嘉县结对。")
    assert "兵团第三师" not in names(ex, "Organization")


def test_a_units_office_is_the_unit_the_story_names() -> None:
    names_ = ["澜州市第三人民医院", "澜州市第三人民医院办公室", "区委办公室"]
    assert office_of_unit("澜州市第三人民医院办公室", names_) == "澜州市第三人民医院"
    assert office_of_unit("区委办公室", names_) is None
    assert office_of_unit("澜溪集团党办", names_) is None


def test_a_unit_of_a_models_style_is_no_unit(extract_text) -> None:
    assert of_a_style("澜桥式共享")
    assert not of_a_style("澜溪共享")
    ex: Extraction = extract_text("东岙村入榜首批“澜桥式共享法庭”，打造澜桥式派出所。")
    assert names(ex, "Organization") == set()


def test_an_alliance_named_by_its_partners_kinds_is_a_mode(extract_text) -> None:
    ex: Extraction = extract_text("澜溪街道推动社企联盟共建幸福圈，民政局派员参加。")
    assert names(ex, "Organization") == {"民政局"}


def test_a_villagers_committee_written_in_full_is_the_village(extract_text) -> None:
    ex: Extraction = extract_text("瓯北镇东岙村村民委员会与永嘉县人民医院签订协议。")
    assert names(ex, "Organization") == {"永嘉县人民医院"}
    village = next(e for e in ex.entities if e.type == "Village")
    assert village.name == "东岙村"
    assert "东岙村村民委员会" in village.aliases


def test_a_villages_collective_is_named_by_the_village(extract_text) -> None:
    ex: Extraction = extract_text("瓯北镇东岙村股份经济合作社与永嘉县人民医院结对。")
    assert "股份经济合作社" not in names(ex, "Organization")
    assert any(n.endswith("东岙村股份经济合作社") for n in names(ex, "Organization"))


def test_a_towns_office_credited_alone_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("瓯北镇营商办副主任王小明介绍了情况。（瓯北镇党政办）")
    assert names(ex, "Organization") == {"瓯北镇党政办"}
