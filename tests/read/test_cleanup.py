"""Layout repair: what each rule removes, what it must leave alone, and that the offset
map stays exact through every kind of edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.read.cleanup import clean
from ingest.read.formats import markdown_spans
from ingest.read.mapped import MappedText


def _clean(source: str) -> MappedText:
    cleaned = clean(MappedText.identity(source))
    for i, ch in enumerate(cleaned.text):  # every edit type must keep offsets exact
        assert source[cleaned.source_offset(i)] == ch, (i, ch)
    return cleaned


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a word cut by a page break: blank line inside a quoted name
        (
            "镇里先后建立了“地头党支\n\n部”和“楼宇党支部”。",
            "镇里先后建立了“地头党支部”和“楼宇党支部”。",
        ),
        # a paragraph ending in a comma or an enumeration mark continues
        ("开展城乡结对、\n\n村企共建等活动。", "开展城乡结对、村企共建等活动。"),
        # a long paragraph cut mid-word, the rest on the next "paragraph"
        (
            "会后,各单位组成联合检查组,对两个社区的餐饮店逐一进行了复查,发现问题当场开具整改"
            "\n\n\n\n单,限期整改到位。",
            "会后,各单位组成联合检查组,对两个社区的餐饮店逐一进行了复查,发现问题当场开具整改"
            "单,限期整改到位。",
        ),
        # a bare line break inside a word, the tail short and ending the sentence
        ("与会人员参观了检测实验室及部分车\n间厂区。", "与会人员参观了检测实验室及部分车间厂区。"),
        # stray blanks around punctuation go, blanks between words in a headline stay
        ("红旗村 , 白云社区 。 双方共建 。", "红旗村,白云社区。双方共建。"),
        ("扬帆起航 共建家园\n\n正文一句。", "扬帆起航 共建家园\n\n正文一句。"),
        # indentation with ideographic spaces
        ("\u3000\u3000第一段。\n\u3000\u3000第二段。", "第一段。\n第二段。"),
        # pinyin glosses after Han characters
        ("市北區(qū)街道黨建工作(gōng zuò)", "市北區街道黨建工作(gōng zuò)"),
        ("社區(qū)黨委與醫(yī)院簽約。", "社區黨委與醫院簽約。"),
        # toneless glosses on a page that glosses (units62: 寶(bao)雞市 is no place)
        ("陜西省寶(bao)雞市(shi)麟游縣(xian)", "陜西省寶雞市麟游縣"),
        ("社區(qū)黨委與醫(yi)院簽約,總書(shu)記", "社區黨委與醫院簽約,總書記"),
        # a lone bracketed letter or syllable is no gloss
        ("見附件(a)和附件(b)。", "見附件(a)和附件(b)。"),
        # a continuation note of a printed page
        ("受到群众欢迎。(下转第3版)\n\n本报讯 下一篇。", "受到群众欢迎。\n\n本报讯 下一篇。"),
        # typos are never corrected
        ("老党员说虽然退体了仍要发挥余热。", "老党员说虽然退体了仍要发挥余热。"),
    ],
)
def test_repairs(source: str, expected: str) -> None:
    assert _clean(source).text == expected


def test_subheadings_and_headlines_are_not_joined() -> None:
    source = "以学促思,激发动力\n\n在学习平台开展学习。\n\n联建共建 服务群众\n\n近日,双方签约。"
    assert _clean(source).text == source


def test_navigation_and_furniture_lines_are_dropped() -> None:
    source = (
        '">\n'
        "党群工作\n"
        "党群动态 首页 > 党群工作 > 详情页\n"
        "山前区>基层动态>北门街道\n"
        "> 正文\n"
        "北门街道与山前小学结对共建。\n"
        "1.jpg\n"
        "本篇文章300字,读完约1分钟\n"
        "双方签订协议。\n"
        "推荐内容\n"
        "别的文章标题一\n"
        "别的文章标题二\n"
    )
    assert _clean(source).text == "北门街道与山前小学结对共建。\n双方签订协议。\n"


def test_a_trailing_list_of_links_is_dropped_but_a_list_in_the_story_is_kept() -> None:
    story = "正文第一句。\n- 第一项措施。\n- 第二项措施。\n结尾一句。\n"
    links = "- 某区委组织部|某街道:一篇别的文章\n- 某报|另一篇文章的标题\n"
    assert _clean(story + links).text == story


def test_a_bracketed_copy_of_the_headline_is_dropped() -> None:
    source = "山前街道:共建家园\n正文开头。【山前街道:共建家园】在区委统一部署下开展。"
    assert _clean(source).text == "山前街道:共建家园\n正文开头。在区委统一部署下开展。"


def test_markdown_markers_are_dropped_with_offsets_kept() -> None:
    source = "# 共建签约\n\n> 引言一句。\n\n**东湖村**与[北岭公司](https://x.org/a)签约。\n"
    cleaned = MappedText.identity(source).delete(markdown_spans(source))
    assert cleaned.text == "共建签约\n\n引言一句。\n\n东湖村与北岭公司签约。\n"
    assert all(source[cleaned.source_offset(i)] == c for i, c in enumerate(cleaned.text))


@given(
    st.text(alphabet="村居委 \n,。区(qū)-", max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6),
)
def test_deleting_twice_maps_every_character_home(
    text: str, first: list[tuple[int, int]], second: list[tuple[int, int]]
) -> None:
    once = MappedText.identity(text, base=7).delete(first)
    twice = once.delete(second)
    source = "x" * 7 + text
    for i, ch in enumerate(twice.text):
        assert source[twice.source_offset(i)] == ch
    kept = sorted(twice.source_offset(i) for i in range(len(twice.text)))
    assert kept == sorted(set(kept))  # no source character is used twice


@given(st.text(alphabet="党建村居 \n\n,。、“”(ā)", max_size=80))
def test_clean_keeps_offsets_exact_on_any_text(text: str) -> None:
    _clean(text)


PDF_COPY = """\
　　东湖街道党工委与辖区内的星光科技有限
公司党支部、北岸中学党总支签订了共建协
议,三方将在志愿服务、课后托管等方面开
展合作。
　　签约仪式上,星光科技有限公司党支部书
记姜一鸣介绍了企业的基本情况。北岸中学
党总支书记表示,学校将组织师生参与社区
活动。
"""


def test_hard_wrapped_text_is_rejoined_into_paragraphs() -> None:
    assert _clean(PDF_COPY).text == (
        "东湖街道党工委与辖区内的星光科技有限公司党支部、北岸中学党总支签订了共建协议,"
        "三方将在志愿服务、课后托管等方面开展合作。\n"
        "签约仪式上,星光科技有限公司党支部书记姜一鸣介绍了企业的基本情况。北岸中学"
        "党总支书记表示,学校将组织师生参与社区活动。\n"
    )


def test_text_with_one_paragraph_per_line_is_not_rewrapped() -> None:
    source = "".join(f"第{n}段:社区与单位结对共建{'的活动' * n}取得实效。\n" for n in range(1, 9))
    assert _clean(source).text == source


def test_wechat_post_furniture_is_dropped() -> None:
    source = (
        "点击上方蓝字 关注我们\n"
        "南湾社区与海岸公司签订共建协议\n"
        "近日,南湾社区党委与海岸公司党支部签订共建协议。\n"
        "- END -\n"
        "分享 收藏 在看 点赞\n"
        "往期推荐\n"
        "南湾社区举办邻里节\n"
        "阅读原文\n"
    )
    assert _clean(source).text == (
        "南湾社区与海岸公司签订共建协议\n近日,南湾社区党委与海岸公司党支部签订共建协议。\n"
    )


def test_a_sentence_that_mentions_a_qr_code_is_kept() -> None:
    source = "居民可扫描二维码报名参加活动。\n"
    assert _clean(source).text == source


def test_font_size_switches_are_furniture() -> None:
    assert _clean("【字体:大 中 小】\n正文一句。\n").text == "正文一句。\n"
    assert _clean("字号:[大][中][小] 打印\n正文一句。\n").text == "正文一句。\n"
