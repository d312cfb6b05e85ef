"""The outlet a page's source line names is a media unit, and a base named by the
activity it is designated for is none (README: Extraction — units). Invented names."""

from __future__ import annotations

from extract_helpers import names


def orgs(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return names(ex, "Organization")


PAGE = "结对共建助力乡村振兴\n2023-05-12 来源:{source} 作者:周小川\n\n{body}\n"
BODY = "石门坎村党支部与雁栖银行党支部签订结对共建协议，双方将共同推进乡村振兴。"


def test_the_source_line_names_an_outlet_whatever_its_ending(extract_text) -> None:
    ex = extract_text(PAGE.format(source="雁栖观察", body=BODY))
    unit = next(e for e in ex.entities if e.name == "雁栖观察")
    assert unit.type == "Organization" and unit.subtype == "media"


def test_the_site_itself_or_the_internet_is_no_outlet(extract_text) -> None:
    for source in ("本站", "互联网"):
        assert source not in orgs(extract_text(PAGE.format(source=source, body=BODY)))


def test_a_place_s_government_on_the_source_line_stays_the_place(extract_text) -> None:
    ex = extract_text(PAGE.format(source="松江区人民政府", body=BODY))
    assert "松江区人民政府" not in orgs(ex)


def test_a_base_named_by_its_designated_activity_is_no_unit(extract_text) -> None:
    ex = extract_text("雁栖县石门坎村蓝莓种植示范基地和雁栖县青少年科普教育基地揭牌。")
    assert not any(n.endswith("基地") for n in orgs(ex))


def test_a_party_body_of_a_bare_unit_word_is_the_unit_named_before(extract_text) -> None:
    ex = extract_text("雁栖县供电公司石门坎供电所与石门坎村结对。供电所党支部书记周明出席。")
    assert not any(n.endswith("党支部") for n in orgs(ex))


def test_a_party_body_headed_by_a_count_or_a_rating_is_no_unit(extract_text) -> None:
    ex = extract_text("两市党委高度重视结对工作，石门坎村党支部被评为五星党支部。")
    assert orgs(ex) == set()


# Datelines and lines of outlets (unit_rules.dateline_outlets).
LEAD = "{line}近日，石门坎村党支部与雁栖银行党支部签订结对共建协议。\n"


def test_a_dateline_names_an_outlet_whatever_its_ending(extract_text) -> None:
    ex = extract_text(LEAD.format(line="雁栖点讯 "))
    unit = next(e for e in ex.entities if e.name == "雁栖点")
    assert unit.type == "Organization" and unit.subtype == "media"


def test_the_place_a_dateline_reports_from_is_not_the_outlet_s(extract_text) -> None:
    assert "澜溪网" in orgs(extract_text(LEAD.format(line="澜溪网江苏讯 ")))


def test_a_dot_or_a_dash_after_an_outlet_separates_two_outlets(extract_text) -> None:
    ex = extract_text(LEAD.format(line="雁栖日报·新澜溪客户端6月2日讯(通讯员 周小川)"))
    assert {"雁栖日报", "新澜溪客户端"} <= orgs(ex) and "澜溪客户端" not in orgs(ex)
    ex = extract_text(LEAD.format(line="雁栖法治报-澜溪法治在线10月11日讯 "))
    assert {"雁栖法治报", "澜溪法治在线"} <= orgs(ex)


def test_a_brand_s_channel_joined_by_a_dash_is_one_outlet(extract_text) -> None:
    ex = extract_text(LEAD.format(line="第9眼TV-澜溪网讯 "))
    assert "第9眼TV-澜溪网" in orgs(ex) and "TV-澜溪网" not in orgs(ex)


def test_a_date_before_the_dateline_s_end_allows_the_lead_right_after(extract_text) -> None:
    assert "雁栖新闻" in orgs(extract_text(LEAD.format(line="雁栖新闻6月6日讯")))


def test_a_line_of_outlets_and_a_date_names_outlets(extract_text) -> None:
    ex = extract_text(LEAD.format(line="雁栖新闻·澜溪新闻  2026-01-14 16:59:06\n"))
    assert {"雁栖新闻", "澜溪新闻"} <= orgs(ex)


def test_the_page_itself_a_label_or_a_byline_is_no_outlet(extract_text) -> None:
    for line in ("本报讯 ", "本网讯(通讯员 周小川)", "发表于 2016-10-01\n", "周小川 2023-03-29\n"):
        ex = extract_text(LEAD.format(line=line))
        assert orgs(ex) <= {"雁栖银行"}, line


def test_an_online_outlet_before_the_place_it_reports_from(extract_text) -> None:
    # 在线 is a media ending of an account (org_suffixes.tsv, class source)
    assert "雁栖在线" in orgs(extract_text(LEAD.format(line="雁栖在线昭通消息 ")))


def test_an_outlet_s_channel_for_a_place_is_the_outlet(extract_text) -> None:
    ex = extract_text(LEAD.format(line="澜溪在线黑龙江频道消息："))
    assert "澜溪在线" in orgs(ex) and not {n for n in orgs(ex) if n.endswith("频道")}


def test_online_as_a_word_of_a_sentence_is_no_outlet(extract_text) -> None:
    ex = extract_text("石门坎村党支部与雁栖银行党支部开展在线学习，推进智慧在线服务。")
    assert not {n for n in orgs(ex) if n.endswith("在线")}
