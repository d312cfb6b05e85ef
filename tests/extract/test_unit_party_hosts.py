"""Units named by common words that their own party body shows to be one unit, a
faculty's branch of its staff or students, a level written before a body's fields, a
branch under a trade-named company, and a bureau's organ (issue 13, units23: pairing
endpoints missed on the newest articles). Sentences and names are invented (places from
a county outside the training articles)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import (
    Piece,
    UnitSpan,
    level_before_fields,
    organ_after,
    trade_company_before,
)
from ingest.extract.unit_rules import (
    opens_its_clause,
    own_party_body,
    without_member_group,
)
from ingest.lexicon import load_lexicon
from ingest.model import Extraction


def orgs(ex: Extraction) -> set[str]:
    return names(ex, "Organization")


def test_a_member_group_after_the_unit_is_left_out() -> None:
    assert without_member_group("材料工程系教工") == "材料工程系"
    assert without_member_group("材料工程系学生第二") == "材料工程系"
    assert without_member_group("材料工程系") == "材料工程系"
    assert without_member_group("学生") == "学生"  # nothing before it: no unit to fold into


def test_a_facultys_staff_branch_is_the_faculty(extract_text) -> None:
    ex = extract_text("材料与化学工程系教工党支部与澜溪村党支部开展结对共建活动。")
    assert "材料与化学工程系" in orgs(ex)
    ex = extract_text("澜溪村党支部与学生党支部开展主题党日活动。")
    assert not any(n.startswith("学生") for n in orgs(ex))


def test_a_clause_opens_after_a_mark_a_preposition_or_a_date() -> None:
    text = "，花卉产业协会。自花卉学院。2023年花卉学院。澜溪|卷烟厂。下午花卉学院"
    assert opens_its_clause(text, 1)
    assert opens_its_clause(text, text.index("花卉学院"))  # after 自
    assert opens_its_clause(text, text.index("年") + 1)
    assert opens_its_clause(text, text.index("午") + 1)
    assert not opens_its_clause(text, text.index("卷烟厂") - 1)  # a name cut at a word


def test_own_party_body_names_a_unit_of_common_words() -> None:
    lex = load_lexicon()
    text = "，花卉产业协会党支部结对澜溪村。"
    s = 1
    he = text.index("党支部")
    assert own_party_body(text, s, "花卉产业", he, he + 3, lex)
    text = "，花卉产业协会教工党支部"
    he = text.index("教工")
    assert own_party_body(text, s, "花卉产业", he, he + 5, lex)
    # a generic head refers back; a unit's ending is a kind; a gap of other words
    text = "，物业公司党支部"
    assert not own_party_body(text, 1, "物业", 5, 8, lex)
    text = "，集团公司党委"
    assert not own_party_body(text, 1, "集团", 5, 7, lex)
    text = "，花卉产业协会办公室党支部"
    assert not own_party_body(text, 1, "花卉产业", 7, 13, lex)
    # a name cut at the walk's stop (澜溪|卷烟厂) is no name of its own
    text = "近日，澜溪卷烟厂党委"
    assert not own_party_body(text, 5, "卷烟", 8, 10, lex)


def test_a_unit_with_its_own_branch_pairs(extract_text) -> None:
    ex = extract_text("在澜溪镇，花卉产业协会党支部结对澜溪村。")
    assert "花卉产业协会" in orgs(ex)
    ex = extract_text("花卉产业协会负责花卉推广。")
    assert "花卉产业协会" not in orgs(ex)  # no body of its own: a description


def test_a_level_before_field_nouns_opens_the_name() -> None:
    lex = load_lexicon()
    text = "市直交通澜城系统党委"
    pieces = [Piece(0, 2, False, "n"), Piece(2, 4, False, "n"), Piece(4, 6, True, "ns")]
    assert level_before_fields(text, pieces, 2, lex) == 0
    text = "省地方金融澜城局"
    pieces = [
        Piece(0, 1, False, "n"),
        Piece(1, 3, False, "n"),
        Piece(3, 5, False, "n"),
        Piece(5, 7, True, "ns"),
    ]
    assert level_before_fields(text, pieces, 3, lex) == 0
    # a verb, a generic word or three fields between: the level is the sentence's
    text = "市推动澜城系统党委"
    pieces = [Piece(0, 1, False, "n"), Piece(1, 3, False, "v"), Piece(3, 5, True, "ns")]
    assert level_before_fields(text, pieces, 2, lex) == 2
    text = "市单位澜城系统党委"
    pieces = [Piece(0, 1, False, "n"), Piece(1, 3, False, "n"), Piece(3, 5, True, "ns")]
    assert level_before_fields(text, pieces, 2, lex) == 2


def test_a_level_s_body_keeps_its_fields(extract_text) -> None:
    ex = extract_text("8月9日，市直交通城建系统党委与澜溪村党支部签订结对共建协议。")
    assert "市直交通城建系统党委" in orgs(ex)


def test_a_branch_written_under_its_trade_company(extract_text) -> None:
    ex = extract_text("供水公司澜溪分公司党支部与澜溪村党支部结对共建。")
    assert "供水公司澜溪分公司" in orgs(ex)
    assert "澜溪分公司" not in orgs(ex)


def test_a_trade_company_right_before_a_branch_is_its_parent() -> None:
    parent = UnitSpan(0, 4, 4, "org", "公司", None, 0, "")
    assert trade_company_before(parent, 4)
    assert not trade_company_before(parent, 5)  # a word between: not the branch's parent
    party = UnitSpan(0, 4, 7, "org", "公司", None, 0, "党支部")
    assert not trade_company_before(party, 7)  # its party body between


def test_the_organ_after_a_bureau_ends_its_name(extract_text) -> None:
    assert organ_after("澜溪区卫生健康局机关委员会", 8)
    assert not organ_after("澜溪区卫生健康局党委", 8)
    ex = extract_text("中共澜峰市澜溪区卫生健康局机关委员会与澜溪村党支部结对共建。")
    assert "澜峰市澜溪区卫生健康局" in orgs(ex)
    assert not any(n.endswith("委员会") for n in orgs(ex))
