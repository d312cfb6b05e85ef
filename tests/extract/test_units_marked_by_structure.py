"""Units written with an ending but named by common words, found by what the story writes
around them (an official and their name after, a partner's joint act, a signing they open),
and aid teams named by their batch (某省第十批援藏工作队); issue 13. Sentences and names
are invented."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import names, posts

from ingest.extract.batch_teams import batch_team_spans
from ingest.extract.unit_rules import marked_as_one_unit, official_named_after
from ingest.lexicon import load_lexicon
from ingest.model import Extraction


def _marked(text: str, name: str, head: str, subtype: str = "school") -> bool:
    s = text.index(name)
    return marked_as_one_unit(text, s, s + len(name), head, subtype, load_lexicon())


def test_an_official_and_their_name_after_mark_one_school() -> None:
    text = "某局主任、光明小学副校长王晓明参加仪式。"
    assert official_named_after(text, text.index("副校长"), load_lexicon())
    assert _marked(text, "光明小学", "光明")


def test_a_title_after_a_company_ending_marks_nothing() -> None:
    # 股份公司副总经理: a company's short form, not a company named 股份
    text = "某集团党委副书记、股份公司副总经理王某某出席。"
    assert not _marked(text, "股份公司", "股份", "enterprise")


def test_a_partners_joint_act_marks_the_unit() -> None:
    assert _marked("由某县人武部与县实验小学共同举办活动。", "县实验小学", "县实验")
    assert _marked("中央小学与锡梅实验小学缔结友好学校协议", "中央小学", "中央")
    assert _marked("湖边花园幼儿园选送的节目获奖。", "湖边花园幼儿园", "湖边花园")


def test_descriptions_stay_unmarked(extract_text: Callable[[str], Extraction]) -> None:
    # no cue at all; a name in quotes; a count of schools
    assert not _marked("附近有一所光明小学。", "光明小学", "光明")
    assert not _marked("“光明小学”与某校共同开展", "光明小学", "光明")
    assert not _marked("与三所小学共同开展活动", "三所小学", "三所")
    # a body named by its function only (中心 is no strong ending): a description
    assert not names(extract_text("社区与卫生服务中心共同开展义诊。"), "Organization")


def test_marked_units_are_found(extract_text: Callable[[str], Extraction]) -> None:
    found = names(extract_text("某区教育局主任、光明小学副校长王晓明参加欢迎仪式。"))
    assert "光明小学" in found
    found = names(extract_text("3月4日,由某某县人武部与县实验小学共同举办国防教育活动。"))
    assert "县实验小学" in found


def test_batch_team_spans() -> None:
    text = "将接力棒交给第十一批援藏工作队,第十批某地援藏工作组进藏两年。"
    assert [text[s:e] for s, e in batch_team_spans(text)] == [
        "第十一批援藏工作队",
        "第十批某地援藏工作组",
    ]
    # a batch of cadres or of villages is no team
    assert batch_team_spans("第二批挂职干部到村后,第一批美丽乡村建成。") == []


def test_batch_teams_with_their_sender(extract_text: Callable[[str], Extraction]) -> None:
    ex = extract_text("广东省第十批援藏工作队圆满完成任务,将接力棒交给第十一批援藏工作队。")
    assert {"广东省第十批援藏工作队", "第十一批援藏工作队"} <= names(ex, "Organization")
    ex = extract_text("上海第九批援藏干部联络组组长、某市委副书记王某某说。")
    assert ("王某某", "组长", "上海第九批援藏干部联络组") in posts(ex)


def test_a_trade_before_a_company_ending_stays_unmarked() -> None:
    # 高速集团与某村结对: the expressway trade and 集团 name no firm, cue or none
    assert not _marked("高速集团与某某村结对帮扶五年。", "高速集团", "高速", "enterprise")
