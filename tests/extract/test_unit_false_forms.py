"""Spans that are no unit, or a unit with a word of the sentence glued to its name
(README: Extraction — units; units22). Invented names, except reference data (a unit of
``known_units.tsv``)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import opens_info_label
from ingest.extract.resolve import department_branch, org_key
from ingest.extract.unit_rules import before_title, outlet_of_unit
from ingest.lexicon import load_lexicon


def orgs(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return names(ex, "Organization")


# A kind noun written as a description before the name (orgs.after_apposition_noun).


def test_a_kind_noun_before_a_name_is_its_description(extract_text) -> None:
    ex = extract_text("援建企业澜达数码公司向石门坎村捐赠物资，运营单位雁栖集团也参加了活动。")
    assert {"澜达数码公司", "雁栖集团"} <= orgs(ex)
    assert not any(n.startswith(("援建企业", "运营单位")) for n in orgs(ex))


def test_a_kind_noun_inside_a_name_of_common_words_stays(extract_text) -> None:
    ex = extract_text("雁栖县小微企业服务站开展活动，县委国有企业工委书记周明出席。")
    assert "雁栖县小微企业服务站" in orgs(ex)


# A village's or town's park named by the place and common words (orgs.park_of_a_place).


def test_a_village_s_park_of_common_words_is_the_village(extract_text) -> None:
    ex = extract_text("近日，石门坎村现代农业产业园里一片繁忙，石门坎村党支部组织党员帮助采收。")
    assert not any(n.endswith("产业园") for n in orgs(ex))
    assert "石门坎村" in names(ex, "Village")


def test_a_park_with_a_proper_name_after_the_place_stays_a_unit(extract_text) -> None:
    ex = extract_text("澜溪镇澜达铁皮石斛产业园与石门坎村党支部签订结对共建协议。")
    assert any(n.endswith("澜达铁皮石斛产业园") for n in orgs(ex))


# A title or role word closing a list of units (unit_rules.before_title).


def test_a_role_word_after_the_last_item_of_a_list_is_no_part_of_it(extract_text) -> None:
    ex = extract_text(
        "雁栖银行大客户部、金融市场部、信用审批部、北京分行、雁栖投资负责人，"
        "以及澜达集团主要部门负责人陪同参加签约仪式。"
    )
    assert "雁栖投资负责人" not in orgs(ex)
    assert "雁栖投资" in orgs(ex)


def test_before_title_cuts_a_title_or_role_word_only_after_a_name() -> None:
    lex = load_lexicon()
    assert before_title("雁栖投资负责人", 0, 7, lex) == 4
    assert before_title("雁栖投资", 0, 4, lex) == 4
    assert before_title("负责人", 0, 3, lex) == 3


# The page's information line (orgs.opens_info_label, unit_rules.outlet_of_unit).

META = "结对共建助力乡村振兴\n作者:周小川来源:{source}发布时间:2025-06-19\n\n{body}\n"
BODY = "石门坎村党支部与雁栖银行党支部签订结对共建协议，双方将共同推进乡村振兴。"


def test_a_label_glued_to_the_source_field_is_no_account(extract_text) -> None:
    ex = extract_text(META.format(source="雁栖农民报", body=BODY))
    assert not any(n.endswith("发布") for n in orgs(ex))
    assert opens_info_label("雁栖农民报发布时间:2025", 5, load_lexicon())
    assert not opens_info_label("来源:雁栖发布 2025", 5, load_lexicon())


def test_a_unit_s_newspaper_on_the_source_line_is_the_outlet(extract_text) -> None:
    ex = extract_text(META.format(source="中国邮政报", body=BODY))
    assert "中国邮政报" in orgs(ex)
    assert "中国邮政" not in orgs(ex)
    assert outlet_of_unit("中国邮政报", 0, 4)
    assert not outlet_of_unit("中国邮政", 0, 4)
    assert not outlet_of_unit("雁栖中国邮政报", 2, 6)


# Party bodies of a unit's departments listed one after another (resolve.fold_listed_branches).


def test_department_branches_listed_after_a_unit_s_department_branch_fold_into_it(
    extract_text,
) -> None:
    ex = extract_text(
        "3月26日，雁栖区检察院政治部党支部、第三和第五检察部联合党支部、第六检察部党支部"
        "与石门坎社区党委走进纪念馆，开展主题党日活动。"
    )
    assert not any("检察部" in n for n in orgs(ex))
    unit = next(e for e in ex.entities if e.name == "雁栖区检察院")
    assert "第六检察部党支部" in unit.aliases


def test_department_branch_needs_a_department_between_name_and_party_ending() -> None:
    assert department_branch("某检察院政治部党支部", 4, 10)
    assert not department_branch("某检察院党支部", 4, 7)
    assert not department_branch("某检察院政治部", 4, 7)


def test_an_investment_fair_is_no_chamber_of_commerce(extract_text) -> None:
    ex = extract_text("澜达国际产业园招商会在雁栖举行，多家企业签约入园。")
    assert "澜达国际产业园" in orgs(ex)
    assert not any(n.endswith("招商会") for n in orgs(ex))


def test_a_service_team_of_communist_party_members_written_short_is_one_unit(
    extract_text,
) -> None:
    assert org_key("澜达共产党员服务队") == org_key("澜达党员服务队")
    ex = extract_text("“澜达”共产党员服务队与石门坎村结对。“澜达”党员服务队定期上门服务。")
    assert len([n for n in orgs(ex) if n.endswith("服务队")]) == 1
