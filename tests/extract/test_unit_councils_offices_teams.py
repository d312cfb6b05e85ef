"""Units59: township councils, offices away from home, teams named by their task.
Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names, posts

from ingest.extract.councils_and_offices import (
    branch_after_parent,
    council_full_names,
    office_in_a_place,
    stationed_office_spans,
    township_council_spans,
)
from ingest.extract.unit_rules import (
    agency_datelines,
    in_document_title,
    schools_of_an_area,
    second_party_in_title,
    ship_named_after_a_place,
    task_team_sender,
)
from ingest.lexicon import load_lexicon
from ingest.model import Extraction, Mention


def orgs(ex: Extraction) -> set[str]:
    return names(ex, "Organization")


def _spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


# A township's council (township_council_spans)


def test_a_township_council_is_written_after_the_townships_name() -> None:
    text = "由甲乡长某甲、丁溪乡民代表会主席某乙、在戊屿镇代表会、和己宁乡代会主席、庚水市民代表会"
    assert _spans(text, township_council_spans(text)) == [
        "丁溪乡民代表会",
        "戊屿镇代表会",
        "己宁乡代会",
        "庚水市民代表会",
    ]


def test_a_place_written_with_a_rare_character_names_its_council_and_branch() -> None:
    # Han of the extension block (U+3400…) as the lexicon reads it (ingest.lexicon.HAN)
    text = "在\u4dae屿乡代表会,赴\u3402丰乡代会"
    assert _spans(text, township_council_spans(text)) == ["\u4dae屿乡代表会", "\u3402丰乡代会"]
    text = "甲乙\u4dae溪乡代表会"  # a rare Han character right before is a name's, no mark
    assert township_council_spans(text) == []


def test_a_party_congress_or_a_council_without_a_place_is_no_township_council() -> None:
    for text in (
        "召开第十四次党代会",
        "十八届人代会期间",
        "乡公所和乡民代表会昨天",
        "镇公所与代表会访问",
    ):
        assert township_council_spans(text) == [], text


def test_one_council_written_short_and_long_goes_by_its_long_name() -> None:
    text = "抵戊屿乡代会参观,受到戊屿乡代表会主席欢迎"
    assert council_full_names(text, township_council_spans(text)) == {"戊屿乡": "戊屿乡代表会"}


def test_a_councils_chair_holds_the_post_on_the_council(extract_text) -> None:
    ex = extract_text("由丁溪乡长林某明、丁溪乡民代表会主席陈某富共同签署协议。")
    assert "丁溪乡民代表会" in orgs(ex)
    assert ("陈某富", "主席", "丁溪乡民代表会") in posts(ex)


# An office kept in another place (stationed_office_spans, office_in_a_place)


def test_an_office_kept_in_another_place_is_a_unit() -> None:
    text = "在驻福原办事处牵线下;在驻日经济文化代表处见证;在驻里斯本经济贸易办事处举行"
    assert _spans(text, stationed_office_spans(text, [])) == [
        "驻福原办事处",
        "驻日经济文化代表处",
        "驻里斯本经济贸易办事处",
    ]


def test_the_place_keeping_the_office_opens_its_name() -> None:
    text = "一行与甲海市驻昆明办事处主任座谈"
    s = text.index("甲海市")
    place = Mention(s, s + 3, "甲海市", "Region", "甲海市", rule="place")
    assert _spans(text, stationed_office_spans(text, [(place, s + 3)])) == ["甲海市驻昆明办事处"]


def test_a_word_of_the_sentence_after_zhu_names_no_office() -> None:
    for text in ("在驻地办事处", "由驻村的办事处"):
        assert stationed_office_spans(text, []) == [], text


def test_a_companys_office_for_an_area_is_a_unit() -> None:
    text = "参观了甲为公司山东办事处,"
    unit = Mention(3, 7, "甲为公司", "Organization", "甲为公司", "enterprise", rule="org")
    assert _spans(text, office_in_a_place(text, [(unit, 7)])) == ["甲为公司山东办事处"]


def test_offices_away_in_a_story(extract_text) -> None:
    ex = extract_text("在驻福原办事处牵线下,两地缔结姊妹市,驻福原办事处处长陈某俊出席。")
    assert "驻福原办事处" in orgs(ex)
    assert ("陈某俊", "处长", "驻福原办事处") in posts(ex)


# A work team named by its task after the unit that sends it (task_team_sender)


def test_a_team_named_by_its_task_after_its_unit_is_the_units() -> None:
    lex = load_lexicon()
    assert task_team_sender("甲底市财政局扶贫工作队", lex) == "甲底市财政局"
    assert task_team_sender("某某银行某省分行帮扶工作队", lex) == "某某银行某省分行"
    assert task_team_sender("甲阳市司法局派出工作队", lex) == "甲阳市司法局"


def test_a_task_team_after_a_village_or_with_no_sender_is_no_unit() -> None:
    lex = load_lexicon()
    assert task_team_sender("坤某沟门村扶贫工作队", lex) == ""
    assert task_team_sender("东某村访惠聚工作队", lex) == ""
    assert task_team_sender("访惠聚工作队", lex) == ""


def test_other_teams_are_units_as_written() -> None:
    lex = load_lexicon()
    assert task_team_sender("甲昌县帮扶工作队", lex) is None  # an area's team
    assert task_team_sender("甲市对口帮扶乙县工作队", lex) is None  # a name of its own
    assert task_team_sender("甲局驻村工作队", lex) is None  # village_team reads it


def test_the_sending_unit_stands_for_its_task_team(extract_text) -> None:
    ex = extract_text("甲底市财政局扶贫工作队完成任务撤队,村民送行。")
    assert "甲底市财政局" in orgs(ex)
    assert "甲底市财政局扶贫工作队" not in orgs(ex)


# A unit opening the title of its own agreement or plan (opens_document_title)


def test_a_unit_opening_its_agreements_title_is_a_unit() -> None:
    text = "根据《甲江医学院第二医院扶贫工作实施方案》要求"
    s = text.index("甲江")
    assert not in_document_title(text, s, s + len("甲江医学院第二医院"))


def test_both_parties_of_an_agreements_title_are_units() -> None:
    text = "签署了《甲海国际问题研究院与乙门大学学术交流合作协议书》"
    s = text.index("乙门大学")
    assert second_party_in_title(text, text.index("《"), s)
    assert not in_document_title(text, s, s + 4)
    s = text.index("甲海")
    assert not in_document_title(text, s, s + len("甲海国际问题研究院"))


def test_a_unit_in_another_kind_of_title_stays_the_titles() -> None:
    text = "学习《甲江大学校史读本》一书"
    s = text.index("甲江大学")
    assert in_document_title(text, s, s + 4)  # a book, not the school's agreement
    text = "签订《甲乙党建联盟合作协议书》"
    s = text.index("甲乙")
    assert in_document_title(text, s, s + len("甲乙党建联盟"))  # an alliance: the subject
    text = "根据《关于甲江大学开展结对的实施方案》"
    s = text.index("甲江大学")
    assert in_document_title(text, s, s + 4)  # not opening the title


def test_the_parties_of_an_agreements_title_in_a_story(extract_text) -> None:
    ex = extract_text("会上签署了《甲海国际问题研究院与乙门大学学术交流合作协议书》。")
    assert {"甲海国际问题研究院", "乙门大学"} <= orgs(ex)


# The schools of an area, a kind (schools_of_an_area)


def test_an_area_written_bare_before_xuexiao_names_the_areas_schools() -> None:
    for head in (
        "香港",
        "内地",
        "偏乡",
        "日本",
        "杭州",
        "台日",
        "京粤港澳四地",
        "港方",
        "金山地区",
    ):
        assert schools_of_an_area(head), head


def test_a_schools_own_name_is_no_area() -> None:
    for head in (
        "龙山",
        "平田",
        "圣玛大肋纳",
        "显顺琵琶",
        "兴文县城西",
        "万里城实验",
        "潜山路",
        "",
    ):
        assert not schools_of_an_area(head), head


def test_the_schools_of_an_area_are_no_unit(extract_text) -> None:
    ex = extract_text("香港学校与内地学校缔结姊妹学校,甲江中学与乙山小学签约。")
    assert "香港学校" not in orgs(ex)
    assert {"甲江中学", "乙山小学"} <= orgs(ex)


# A news agency named by its dateline (agency_datelines)


def test_a_news_agencys_dateline_names_it_without_the_place() -> None:
    media = ("网", "报", "新闻")  # media endings; an agency's 社 is the rule's own
    for line, agency in (
        ("甲评社北京8月8日电/据某网报导", "甲评社"),
        ("甲门月刊新闻通讯社贵阳4月2日电 (记者 某某)", "甲门月刊新闻通讯社"),
        ("甲央社／ 东京17日专电", "甲央社"),
        ("据甲华社北京5月1日电 近日", "甲华社"),
    ):
        assert [line[a:b] for a, b in agency_datelines(line, media)] == [agency], line


def test_a_sentence_ending_in_dian_is_no_dateline() -> None:
    media = ("网", "报", "新闻")  # media endings; an agency's 社 is the rule's own
    for line in ("记者近日从北京8月8日电", "今天北京5月1日电"):
        assert agency_datelines(line, media) == [], line


def test_an_agency_in_a_story(extract_text) -> None:
    ex = extract_text("甲评社北京8月8日电/某地与某地签署合作协议。")
    assert "甲评社" in orgs(ex)


# A former residence and a naval ship (org_suffixes 故居, 舰; ship_named_after_a_place)


def test_a_former_residence_is_named_after_its_person(extract_text) -> None:
    ex = extract_text("党员们来到甲伯承元帅故居和乙澜故居参观学习。这是一座名人故居。")
    assert {"甲伯承元帅故居", "乙澜故居"} <= orgs(ex)
    assert "名人故居" not in orgs(ex)


def test_a_naval_ship_is_named_after_a_city() -> None:
    assert ship_named_after_a_place("黄冈")
    assert ship_named_after_a_place("海军深圳")
    assert not ship_named_after_a_place("城")
    assert not ship_named_after_a_place("好城")


def test_a_ship_pairs_with_a_school(extract_text) -> None:
    ex = extract_text("甲江师范学院与黄冈舰签署双拥共建合作协议。首次以城舰联动为载体。")
    assert "黄冈舰" in orgs(ex)
    assert not any(n.endswith("城舰") for n in orgs(ex))


# A unit's branch for a place written right after it (branch_after_parent)


def _org(text: str, name: str) -> tuple[Mention, int]:
    s = text.index(name)
    e = s + len(name)
    return Mention(s, e, name, "Organization", name, "government", rule="org"), e


def test_a_branch_after_its_parent_is_one_unit() -> None:
    text = "今年以来,甲市生态环境局汝州分局为激发活力"
    out = branch_after_parent(text, [_org(text, "甲市生态环境局")])
    assert [m.name for m, _ in out] == ["甲市生态环境局汝州分局"]


def test_a_title_or_a_joined_unit_after_the_parent_is_no_branch() -> None:
    for text in ("甲市税务局和乙县分局", "甲市税务局城关分局长某某"):
        out = branch_after_parent(text, [_org(text, "甲市税务局")])
        assert [m.name for m, _ in out] == ["甲市税务局"], text


def test_a_branch_school_in_a_story(extract_text) -> None:
    ex = extract_text("签约仪式在甲圳市盐田区外国语小学东和分校举行。")
    assert any(n.endswith("外国语小学东和分校") for n in orgs(ex))
