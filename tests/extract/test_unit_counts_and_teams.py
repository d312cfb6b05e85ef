"""Units of several areas, teams named by their post, sources named by a kind, and
residential compounds (issue 13, the tenth units pass: false units of the articles read
last before they became training, x161–x200). Sentences and names are invented (places
from a county outside the training articles)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import numbered_grid
from ingest.extract.resolve import autonomous_short_form, org_key
from ingest.extract.unit_rules import (
    counted_areas,
    faculty_by_field,
    host_of_an_office,
    park_being_built,
    team_named_by_post,
    unit_of_a_kind,
)
from ingest.lexicon import load_lexicon
from ingest.model import Extraction


def test_areas_counted_by_a_numeral() -> None:
    assert counted_areas("开启三地法院共建", 2, "三地法院")
    assert counted_areas("发挥两省四地党委作用", 2, "两省四地党委")
    assert counted_areas("两县政协相互介绍", 1, "县政协")
    # a district written with two numerals is a name, an ordinal one area
    assert not counted_areas("二七区法院与", 0, "二七区法院")
    assert not counted_areas("第三区法院", 2, "区法院")
    assert not counted_areas("永嘉县法院", 0, "永嘉县法院")


def test_the_courts_of_counted_areas_are_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("永嘉县人民法院与瑞安市人民法院开启三地法院党建共建新篇章。")
    assert "三地法院" not in names(ex, "Organization")
    assert "永嘉县人民法院" in names(ex, "Organization")
    ex = extract_text("永嘉县政协与瑞安市政协结为友好政协，两县政协在考察中相互介绍了县情。")
    assert names(ex, "Organization") == {"永嘉县政协", "瑞安市政协"}


def test_a_team_named_by_its_post() -> None:
    assert team_named_by_post("澜溪村工作队")
    assert team_named_by_post("永嘉省派工作队")
    assert team_named_by_post("某某大学驻澜溪村新农村工作队")
    assert not team_named_by_post("浙江省浙黔协作工作队")
    assert not team_named_by_post("澜溪村卫生室")
    assert not team_named_by_post("村工作队")


def test_a_team_named_by_its_village_is_no_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "澜溪村工作队看到此情此景，更加增强了为民办事的信心。永嘉县澜峰科技有限公司捐赠了物资。"
    )
    assert names(ex, "Organization") == {"永嘉县澜峰科技有限公司"}


def test_a_source_named_by_a_kind() -> None:
    lex = load_lexicon()
    assert unit_of_a_kind("组织部", lex)
    assert unit_of_a_kind("驻村工作队", lex)
    assert unit_of_a_kind("县组织部", lex)
    assert not unit_of_a_kind("永嘉县融媒体中心", lex)
    assert not unit_of_a_kind("澜峰发布", lex)
    assert not unit_of_a_kind("政府管理学院", lex)


def test_a_source_line_naming_a_kind_is_no_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "发布日期:2024-10-21 来源:组织部 作者:王澜\n永嘉县澜峰科技有限公司与澜溪村结对共建。"
    )
    assert names(ex, "Organization") == {"永嘉县澜峰科技有限公司"}


def test_a_residential_compound_is_a_residents_area(extract_text) -> None:
    ex: Extraction = extract_text(
        "永嘉县澜峰科技有限公司党支部与澜溪花苑小区党支部举行结对共建活动。"
    )
    compound = next(e for e in ex.entities if e.name == "澜溪花苑小区")
    assert compound.type == "ResidentsCommittee"
    assert "澜溪花苑小区党支部" in compound.aliases


# Outlets of a page's head (unit_rules.dateline_outlets; the tenth units pass).
LEAD = "{line}近日，石门坎村党支部与雁栖银行党支部签订结对共建协议。\n"


def orgs(ex: Extraction) -> set[str]:
    return names(ex, "Organization")


def test_a_dateline_closed_by_xiaoxi_names_an_outlet(extract_text) -> None:
    assert "今日澜溪网" in orgs(extract_text(LEAD.format(line="今日澜溪网消息 8月19日，")))
    assert "雁栖网" in orgs(extract_text(LEAD.format(line="雁栖网7月27日消息(记者 周小川)")))


def test_xiaoxi_in_a_sentence_or_after_a_bare_kind_names_no_outlet(extract_text) -> None:
    for line in ("雁栖快消息!家园|", "日报消息(全媒体记者周小川报道)"):
        assert orgs(extract_text(LEAD.format(line=line))) <= {"雁栖银行"}, line


def test_a_section_label_before_a_line_of_outlet_and_date(extract_text) -> None:
    ex = extract_text(LEAD.format(line="时政 雁栖新闻网 2017-06-19\n"))
    assert "雁栖新闻网" in orgs(ex)
    ex = extract_text(LEAD.format(line="作者 周小川 2025-10-24\n"))
    assert orgs(ex) <= {"雁栖银行"}


def test_a_daily_s_press_office_is_a_media_unit(extract_text) -> None:
    ex = extract_text("澜溪村驻村工作队，由雁栖日报社和雁栖银行共同派驻。")
    assert "雁栖日报社" in orgs(ex)


def test_a_faculty_named_by_its_field() -> None:
    assert faculty_by_field("商务外语系") == (0, "商务外语系")
    assert faculty_by_field("我院电子信息工程系") == (2, "电子信息工程系")
    assert faculty_by_field("联系") is None
    assert faculty_by_field("各院系") is None
    assert faculty_by_field("外语系") is None  # one field word: any school's
    assert faculty_by_field("商务外语") is None


def test_a_facultys_party_body_is_the_faculty(extract_text) -> None:
    ex: Extraction = extract_text("澜峰学院商务外语系党总支书记周小川与澜溪村党支部结对共建。")
    assert "澜峰学院商务外语系" in orgs(ex) or "商务外语系" in orgs(ex)
    ex = extract_text("帮助联系党支部协调解决社区健身广场场地硬化经费。")
    assert orgs(ex) == set()


def test_a_units_discipline_committee_is_the_unit(extract_text) -> None:
    ex: Extraction = extract_text("澜峰省体育训练中心纪委副书记周小川与澜溪村党支部结对共建。")
    assert "澜峰省体育训练中心" in orgs(ex)
    assert not any(n.endswith("纪委") for n in orgs(ex))


def test_an_autonomous_county_written_in_full_is_its_short_form() -> None:
    assert org_key("澜溪土家族自治县政协") == org_key("澜溪县政协")
    assert org_key("澜溪苗族侗族自治州人民医院") == org_key("澜溪州人民医院")
    assert autonomous_short_form("鄂伦春自治旗") == "鄂伦春自治旗"  # the nationality itself


def test_one_body_of_an_autonomous_county_in_both_forms(extract_text) -> None:
    ex: Extraction = extract_text(
        "澜溪县政协与永嘉县政协结为友好政协。\n（澜溪土家族自治县政协 周小川 供稿）"
    )
    assert len([n for n in orgs(ex) if n.startswith("澜溪")]) == 1


def test_the_host_of_an_office() -> None:
    lex = load_lexicon()
    assert host_of_an_office("澜溪市城管局城建重点工程", "办公室", lex) == 6
    assert host_of_an_office("澜溪市城乡水务局供水", "管理处", lex) == 8
    assert host_of_an_office("城建重点工程", "办公室", lex) is None  # no host inside
    assert host_of_an_office("澜溪市城管局城建", "中心", lex) is None  # no office ending


def test_an_offices_party_branch_is_its_hosts(extract_text) -> None:
    ex: Extraction = extract_text(
        "澜溪市城管局城建重点工程办公室党支部与翟澜派出所党支部结对。澜溪市城管局党委书记周小川出席。"
    )
    assert "澜溪市城管局" in orgs(ex)
    assert not any(n.endswith("办公室") for n in orgs(ex))


def test_a_park_being_built() -> None:
    text = "调研澜溪产业园建设情况，澜溪产业园建设发展有限公司，澜溪产业园与澜峰村结对。"
    assert park_being_built(text, text.index("产业园") + 3, "产业园")
    k = text.index("产业园", 12) + 3
    assert not park_being_built(text, k, "产业园")  # 建设发展有限公司: a company's name
    assert not park_being_built(text, text.rindex("产业园") + 3, "产业园")
    assert not park_being_built("澜溪学院建设", 4, "学院")


def test_a_park_visited_as_a_site_being_built_is_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("调研组前往永嘉县澜峰镇现代农业产业园建设项目、澜溪村调研。")
    assert not any(n.endswith("产业园") for n in orgs(ex))


def test_a_base_for_practical_training_or_a_course_is_no_unit(extract_text) -> None:
    for sentence in ("双方将设立实训基地，为学生提供实践平台。", "推进大思政课基地建设。"):
        assert orgs(extract_text(sentence)) == set(), sentence


def test_a_fellowship_association_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("澜溪村、永嘉港澳乡亲联谊会负责人参加会议。")
    assert "永嘉港澳乡亲联谊会" in orgs(ex)


def test_a_numbered_grid() -> None:
    assert numbered_grid("第三网格")
    assert numbered_grid("二片区")
    assert not numbered_grid("网格")
    assert not numbered_grid("第一")


def test_a_communitys_grid_branch_is_the_community(extract_text) -> None:
    ex: Extraction = extract_text(
        "永嘉县澜峰医院党员下沉澜溪社区，联合社区第三网格党支部开展党建联建活动。"
        "在澜溪社区第三网格党支部书记的家中，党员重温入党誓词。"
    )
    assert orgs(ex) == {"永嘉县澜峰医院"}
    community = next(e for e in ex.entities if e.type == "ResidentsCommittee")
    assert "澜溪社区第三网格党支部" in community.aliases
