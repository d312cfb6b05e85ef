"""Splitting a page into stories, and each story's title, credits and date — on pages
written for these tests."""

from __future__ import annotations

import itertools
from pathlib import Path

from ingest.model import Article
from ingest.read.reader import read_paths
from ingest.read.split import split_stories


def _read_text(tmp_path: Path, text: str, name: str = "page.txt") -> list[Article]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = list(read_paths([path]))
    assert all(isinstance(i, Article) for i in items), items
    return items  # type: ignore[return-value]


NEWSPAPER_PAGE = """\
南湖镇共建工作见实效

携手同行十五年 党旗引领共发展

本报讯(邵明川)南湖镇区域化党建联席会议在镇文化中心举行,60多家成员单位认领了公益项目。

据介绍,2023年南湖镇共完成结对共建项目80余个。

深化结对帮扶

南湖镇推进村企结对、村居共建。(下转第2版)

本报讯(荆小雨)11月3日,青溪村与市农商银行举行结对签约仪式。

双方表示将持续深化合作。

农商银行与青溪村签约 金融活水润乡村 助力乡村振兴发展

区领导调研南湖镇时强调 统筹推进 做好生态环境治理

本报讯(龚雯)11月20日,副区长一行到南湖镇调研环境整治工作。

区环保局等部门作交流发言。

冉冬青
"""


def test_newspaper_page_splits_into_its_stories(tmp_path: Path) -> None:
    stories = _read_text(tmp_path, NEWSPAPER_PAGE)
    assert [(s.title, s.authors, s.date) for s in stories] == [
        ("南湖镇共建工作见实效 携手同行十五年 党旗引领共发展", ("邵明川",), None),
        # its headline was printed after it, and goes back to it by shared wording
        ("农商银行与青溪村签约 金融活水润乡村 助力乡村振兴发展", ("荆小雨",), "2023-11-03"),
        (
            "区领导调研南湖镇时强调 统筹推进 做好生态环境治理",
            ("龚雯", "冉冬青"),
            "2023-11-20",
        ),
    ]
    assert "深化结对帮扶" in stories[0].text  # a subheading stays in its story
    assert "下转第2版" not in stories[0].text


def test_stories_separated_by_credit_lines(tmp_path: Path) -> None:
    page = """\
以心换心 共建家园

红枫社区“邻里节”活动精彩纷呈

□文 鲍思远

红枫社区开展邻里节活动,居民踊跃参与,现场气氛热烈。

社区党委与辖区企业结对,共同为居民办实事。

(红枫社区)

绿洲社区 | 开展垃圾分类宣传

近日,绿洲社区组织志愿者开展垃圾分类宣传活动。

图 卓亦凡 文 葛晓

暑期以来,社区开展了丰富多彩的青少年活动。
"""
    stories = _read_text(tmp_path, page)
    assert [(s.title, s.authors, s.source) for s in stories] == [
        ("以心换心 共建家园 红枫社区“邻里节”活动精彩纷呈", ("鲍思远",), "红枫社区"),
        ("绿洲社区 | 开展垃圾分类宣传", (), None),
        (None, ("卓亦凡", "葛晓"), None),
    ]


def test_a_single_article_with_subheadings_stays_whole(tmp_path: Path) -> None:
    page = """\
东岭街道:“三个聚焦”激发基层党建活力
东岭街道党工委坚持以党建引领基层治理,推动各项工作落地见效。
聚焦组织建设,夯实战斗堡垒
街道党工委完善组织体系,推进村居党组织与驻区单位结对共建。
聚焦服务群众,办好民生实事
街道开展“我为群众办实事”活动,解决群众急难愁盼问题。
东岭街道党工委2023-06-30
"""
    (story,) = _read_text(tmp_path, page)
    assert story.title == "东岭街道:“三个聚焦”激发基层党建活力"
    assert story.source == "东岭街道党工委"
    assert story.date == "2023-06-30"


def test_month_day_without_a_year_on_the_page_gives_no_date(tmp_path: Path) -> None:
    (story,) = _read_text(tmp_path, "签约仪式举行\n\n5月4日,红星村与白鹭公司签订结对协议。\n")
    assert story.date is None


def test_meta_line_of_a_saved_page(tmp_path: Path) -> None:
    page = (
        "石门社区与海港集团结对共建\n"
        "时间:2021年07月02日 来源:石门社区 作者:晏清和\n"
        "7月1日,石门社区党委与海港集团党委签订结对共建协议。\n"
        "最新评论\n"
        "0条评论\n"
    )
    (story,) = _read_text(tmp_path, page)
    assert (story.title, story.date, story.source, story.authors) == (
        "石门社区与海港集团结对共建",
        "2021-07-02",
        "石门社区",
        ("晏清和",),
    )
    assert "评论" not in story.text


def test_every_paragraph_belongs_to_one_story() -> None:
    stories = split_stories(NEWSPAPER_PAGE)
    assert stories[0].start == 0
    assert all(a.end < b.start for a, b in itertools.pairwise(stories))
    assert stories[-1].end == len(NEWSPAPER_PAGE.rstrip("\n"))


def test_a_first_line_ending_in_an_exclamation_mark_is_the_title(tmp_path: Path) -> None:
    page = "共建美丽家园,你我同行!\n\n本报讯(葛晓)东坡村与西岭公司签订结对协议。\n\n期待您的参与!\n"
    (story,) = _read_text(tmp_path, page)
    assert story.title == "共建美丽家园,你我同行!"
    assert story.text.endswith("期待您的参与!")


def test_a_subheading_on_two_short_lines_stays_in_its_story(tmp_path: Path) -> None:
    page = """\
云川县:检察蓝扮靓乡村振兴画卷
近两年来,云川县人民检察院主动融入乡村振兴,与澜溪镇石桥村结对共建。
坚持党建引领
携手共建“强堡垒”
院党支部与石桥村党总支开展联学联建,共同谋划发展。
紧扣目标定位
因地制宜“育支柱”
石桥村党总支书记王澜溪介绍了产业发展情况。
"""
    (story,) = _read_text(tmp_path, page)
    assert story.title == "云川县:检察蓝扮靓乡村振兴画卷"
    assert "王澜溪" in story.text


def test_a_two_line_headline_of_a_new_story_still_opens_it() -> None:
    text = (
        "云川县召开乡村振兴推进会\n会议部署了下一阶段工作。\n"
        "澜溪镇与县农商银行签约结对共建\n党建引领金融活水润乡村助力乡村振兴\n"
        "11月3日,澜溪镇与县农商银行举行签约仪式。\n"
    )
    assert len(split_stories(text)) == 2
