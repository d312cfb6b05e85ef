"""Units written with others (issue 13, units19): a joint party branch whose name lists
its units (甲和乙公司联合党支部), and names listed and counted before one ending (甲、乙、
丙三家派出所). Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import names

from ingest.extract.unit_rules import _first_listed, counted_list_units, joint_branches
from ingest.model import Extraction, Mention
from ingest.segment import Tokens


def _org(text: str, surface: str, name: str | None = None) -> tuple[Mention, int]:
    s = text.index(surface)
    m = Mention(s, s + len(surface), surface, "Organization", name or surface, None, rule="org")
    return m, s + len(name or surface)


def test_a_joint_branch_of_named_units_is_one_unit_with_its_ending() -> None:
    text = "石门坎村党委、雁栖交控松涛东方和迈信公司联合党支部签订协议。"
    found = joint_branches(text, [_org(text, "迈信公司联合党支部", "迈信公司")], Tokens(text))
    assert [m.name for m, _ in found] == ["雁栖交控松涛东方和迈信公司联合党支部"]


def test_departments_of_one_unit_keep_their_branch() -> None:
    text = "雁栖区检察院第三和第五检察部联合党支部与石门坎村结对。"
    before = [_org(text, "第五检察部联合党支部", "第五检察部")]
    assert joint_branches(text, before, Tokens(text)) == before


def test_a_unit_after_and_that_is_no_joint_branch_is_left_alone() -> None:
    text = "石门坎村党委和迈信公司党支部签订协议。"
    before = [_org(text, "迈信公司党支部", "迈信公司")]
    assert joint_branches(text, before, Tokens(text)) == before


def test_names_counted_before_one_ending_are_that_many_units() -> None:
    text = "松涛法庭与石门、鹿鸣、雁栖三家派出所负责人参加活动。"
    found = counted_list_units(text, [], Tokens(text))
    assert [m.name for m, _ in found] == ["石门派出所", "鹿鸣派出所", "雁栖派出所"]
    assert {m.surface for m, _ in found} == {"石门、鹿鸣、雁栖三家派出所"}


def test_only_the_counted_names_at_the_end_of_the_list() -> None:
    text = "石门坎村与松涛、鹿鸣两所小学结对。"
    found = counted_list_units(text, [], Tokens(text))
    assert [m.name for m, _ in found] == ["松涛小学", "鹿鸣小学"]


def test_a_count_that_is_not_the_list_or_an_ending_missing_gives_no_unit() -> None:
    for text in ("松涛、鹿鸣三家派出所参加。", "走访松涛、鹿鸣两家企业。", "松涛、鹿鸣两个层面"):
        assert counted_list_units(text, [], Tokens(text)) == []


def test_the_first_counted_name_starts_after_a_joining_word() -> None:
    text = "法庭与石门、鹿鸣"
    assert _first_listed("庭与石门", 1, Tokens(text)) == "石门"


def test_counted_and_joint_units_end_to_end(extract_text: Callable[[str], Extraction]) -> None:
    ex = extract_text("松涛法庭与石门、鹿鸣两家派出所开展警民共建。")
    assert {"石门派出所", "鹿鸣派出所"} <= names(ex, "Organization")
    ex = extract_text("石门坎村党委与雁栖交控松涛东方和迈信公司联合党支部签订结对共建协议。")
    assert "雁栖交控松涛东方和迈信公司联合党支部" in names(ex, "Organization")
