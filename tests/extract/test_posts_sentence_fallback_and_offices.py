"""The hand rules' sentence fallback (a bare title goes to the unit the sentence named for
an earlier person's title): where it must not reach; and an office a title keeps."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.posts import breaks_sentence_reach, glued_prefix, kind_allows
from ingest.model import Entity


def test_a_person_whose_titles_found_no_unit_ends_the_sentences_reach() -> None:
    """甲公司总经理张三，某某联谊社社长李四，副社长王五: 李四's 联谊社 found by no rule,
    王五's bare 副社长 is not 甲公司's."""
    assert breaks_sentence_reach(1, [])
    assert breaks_sentence_reach(2, [])
    assert not breaks_sentence_reach(2, ["e3"])
    assert not breaks_sentence_reach(0, [])  # no title of the person's own


def test_a_prefix_cut_off_from_han_text_before_it_is_glued() -> None:
    text = "出席的有甲公司总经理张三，某某协进社主席李四，副主席王五。"
    she = text.index("社主席")
    assert glued_prefix(text, she, she + 1)  # 协进|社主席: the name runs on before it
    vice = text.index("副主席")
    assert not glued_prefix(text, vice, vice)  # no prefix of its own
    head = "某社主席李四出席。"
    assert not glued_prefix(head, 0, 1)  # the text's start
    after_comma = "，社主席李四出席。"
    assert not glued_prefix(after_comma, 1, 2)  # after punctuation


def test_a_title_of_one_kind_of_unit_goes_only_to_a_unit_of_that_kind() -> None:
    group = Entity("e1", "Organization", "某某中学教育集团", (), subtype="enterprise")
    school = Entity("e2", "Organization", "某某中学", (), subtype="school")
    assert not kind_allows(group, "校长") and not kind_allows(group, "副校长")
    assert kind_allows(school, "校长")
    assert kind_allows(group, "总经理")  # an enterprise's title
    assert kind_allows(group, "主任")  # a title of any kind of unit


def test_a_school_title_after_a_groups_name_takes_no_unit_of_the_group(extract_text) -> None:
    ex = extract_text(
        "青禾市第三中学教育集团与青禾市白沙村结对共建。"
        "青禾市第三中学教育集团总校长与校党总支书记李少华、校长刘德明、副校长陈国栋等参加。"
    )
    got = {(p, t) for p, t, u in posts(ex) if u.endswith("教育集团")}
    assert ("刘德明", "校长") not in got and ("陈国栋", "副校长") not in got


def test_an_office_inside_a_units_mention_stays_in_the_title(extract_text) -> None:
    """某中心办公室主任甲, the mention resolved to the centre: the office is a department
    the title keeps (办公室主任 @ 某中心), as 办事处 after a subdistrict's name."""
    ex = extract_text(
        "青禾县疾控中心与白沙村结对共建。青禾县疾控中心办公室主任张建国和白沙村党支部书记李立明签字。"
    )
    assert ("张建国", "办公室主任", "青禾县疾控中心") in posts(ex)
