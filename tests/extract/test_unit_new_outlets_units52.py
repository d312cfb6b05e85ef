"""Units on new outlets (units52): the classes counted on the Organization misses of the
readable articles, x811–x980 first. Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import (
    Piece,
    ending_at,
    ending_gives_way,
    opens_after_outlet_dot,
    school_ending_at,
    verb_after_quote,
)
from ingest.lexicon import load_lexicon
from ingest.model import Extraction
from ingest.segment import Tokens


def orgs(ex: Extraction) -> set[str]:
    return names(ex, "Organization")


# Two fields joined inside one body's name (conjoined_fields)


def test_a_field_of_learning_jieba_tags_a_name_is_a_faculty_s_field(extract_text) -> None:
    ex = extract_text("雁栖大学历史与社会科学学院与石门坎村结对。")
    assert "雁栖大学历史与社会科学学院" in orgs(ex)
    assert "社会科学学院" not in orgs(ex)


def test_a_faculty_named_by_two_fields_may_open_its_clause(extract_text) -> None:
    ex = extract_text("3月5日，历史与社会科学学院院长张明带队前往石门坎村。")
    assert "历史与社会科学学院" in orgs(ex)


def test_ji_joins_two_fields_of_a_government_body(extract_text) -> None:
    ex = extract_text("雁栖市教育及青年发展局与石门坎小学签约。")
    assert "雁栖市教育及青年发展局" in orgs(ex)


def test_ji_between_two_things_of_a_list_joins_no_name(extract_text) -> None:
    assert not any("及" in o for o in orgs(extract_text("牛羊养殖场及腊肉加工厂建成投产。")))
    ex = extract_text("雁栖学院彭明副院长及学院办公室人员到场。")
    assert not any("及" in o for o in orgs(ex))


def test_a_title_before_yu_is_no_field_of_the_name(extract_text) -> None:
    ex = extract_text("会上，王明书记与建筑学院师生座谈。")
    assert not any("书记" in o for o in orgs(ex))


def test_a_discipline_is_a_field_only_before_a_school_s_ending() -> None:
    lex = load_lexicon()
    assert school_ending_at("社会科学学院", 4, lex)
    assert not school_ending_at("中医药文化馆", 3, lex)
    assert ending_at("教育及青年发展局", 7, lex) == "局"
    assert ending_at("教育及青年", 3, lex) == ""


# A secondary school written 中学校 (org_suffixes.tsv)


def test_a_secondary_school_written_zhongxuexiao_is_a_unit(extract_text) -> None:
    ex = extract_text("日方学校包括雁川南中学校、雁野里中学校及雁北义务教育学校。")
    assert {"雁川南中学校", "雁野里中学校"} <= orgs(ex)


def test_a_head_s_title_after_zhongxue_keeps_the_school_s_name(extract_text) -> None:
    ex = extract_text("雁栖中学校长王明出席活动。")
    assert "雁栖中学" in orgs(ex)
    assert "雁栖中学校" not in orgs(ex)


def test_a_longer_ending_gives_way_where_its_last_character_opens_a_noun() -> None:
    lex = load_lexicon()
    text = "雁栖中学校长"
    assert ending_gives_way(text, 5, "中学校", lex.org_suffixes)
    assert ending_gives_way("雁栖中学校园", 5, "中学校", lex.org_suffixes)
    assert not ending_gives_way("雁栖中学校、", 5, "中学校", lex.org_suffixes)
    assert not ending_gives_way("雁栖工业园区产业", 6, "工业园区", lex.org_suffixes)


# A democratic party's working committee of a district (democratic_party_committees)


def test_a_democratic_party_s_district_working_committee_is_a_unit(extract_text) -> None:
    ex = extract_text("3月20日，致公党雁塔区工委与某某综合党委签署共建协议。")
    assert "致公党雁塔区工委" in orgs(ex)
    ex = extract_text("九三学社雁塔区工作委员会主委王明出席。")
    assert "九三学社雁塔区工作委员会" in orgs(ex)


# An item of a list of party branches (item_of_a_branch_list)


def test_an_item_of_a_list_of_party_branches_starts_after_its_separator(extract_text) -> None:
    ex = extract_text(
        "仪式上，雁栖学院党委、定居苑小学党支部、定居苑幼儿园党支部、雁栖区少年宫等单位签约。"
    )
    assert {"定居苑小学", "定居苑幼儿园"} <= orgs(ex)
    assert "苑小学" not in orgs(ex)


def test_only_a_list_of_party_branches_gives_the_item_s_start(extract_text) -> None:
    ex = extract_text("仪式上，雁栖学院、定居苑小学、雁栖区少年宫等单位签约。")
    assert "定居苑小学" not in orgs(ex)


# An outlet after the middle dot of its press group (lone_character_after_outlet_dot)


def test_a_lone_character_after_an_outlet_dot_opens_the_second_outlet(extract_text) -> None:
    ex = extract_text("来源：雁栖日报·新雁栖客户端\n雁栖日报·新周口网记者 谢明 报道")
    assert {"雁栖日报", "新雁栖客户端", "新周口网"} <= orgs(ex)
    assert "雁栖客户端" not in orgs(ex)


def test_an_outlet_after_a_dot_with_no_lone_character_keeps_its_name(extract_text) -> None:
    ex = extract_text("来源：雁栖日报·雁栖客户端")
    assert {"雁栖日报", "雁栖客户端"} <= orgs(ex)


def test_only_an_outlet_opens_after_the_dot() -> None:
    text = "雁栖日报·新雁栖客户端"
    pieces = [Piece(5, 6, True, "a"), Piece(6, 8, True, "ns")]
    assert opens_after_outlet_dot(text, pieces, media=True)
    assert not opens_after_outlet_dot(text, pieces, media=False)
    assert not opens_after_outlet_dot(text, [Piece(6, 8, True, "ns")], media=True)


# A quoted unit the sentence speaks of (verb_after_quote)


def test_a_quoted_unit_before_a_verb_is_a_unit(extract_text) -> None:
    ex = extract_text("双方共同为“雁栖学院乡村振兴工作站”揭牌。")
    assert "雁栖学院乡村振兴工作站" in orgs(ex)
    ex = extract_text("随后，为新成立的“红雁义警巡逻队”举行了授旗仪式。")
    assert "红雁义警巡逻队" in orgs(ex)


def test_a_quoted_brand_before_a_noun_stays_a_modifier(extract_text) -> None:
    assert not orgs(extract_text("以“雁栖联盟”主题党日为载体开展活动。"))
    assert not orgs(extract_text("以“雁栖联盟”联合主题党日为载体开展活动。"))


def test_only_a_verb_right_after_the_quote_that_no_noun_follows_closes_it() -> None:
    text = "“雁栖服务站”揭牌。“雁栖联盟”联合主题党日"
    idx = Tokens(text)
    assert verb_after_quote(idx, text.index("揭牌"))
    assert not verb_after_quote(idx, text.index("联合"))
