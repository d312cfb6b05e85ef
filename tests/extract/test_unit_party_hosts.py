"""Units named by common words that their own party body shows to be one unit, and a
faculty's branch of its staff or students (issue 13, units23: pairing endpoints missed
on the newest articles). Sentences and names are invented (places from a county outside
the training articles)."""

from __future__ import annotations

from extract_helpers import names

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
