"""HTML main-text extraction on a saved page with navigation, scripts, a sidebar and a
footer (tests/read/data/saved_page.html, written for this test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import Article
from ingest.read.reader import read_paths

PAGE = Path(__file__).parent / "data" / "saved_page.html"


@pytest.fixture(scope="module")
def article() -> Article:
    items = list(read_paths([PAGE]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_only_the_main_text_is_kept(article: Article) -> None:
    for noise in ("脚本里的假段落", "广告位", "首页", "要闻", "当前位置", "热门文章",
                  "别的新闻", "分享到", "版权所有", "font:", "编辑:此处"):  # fmt: skip
        assert noise not in article.text, noise
    assert article.text.startswith("柳岸街道与星河医院签订党建共建协议")
    assert "双方将在健康服务、志愿活动等方面深化合作。" in article.text  # soft wrap joined
    assert "星河医院党委书记卢文静表示" in article.text
    assert "义诊——让居民在“家门口”看上病。" in article.text  # entities resolved
    assert article.text.endswith("此次共建是街道推进区域化党建的又一举措。")


def test_metadata_from_the_page(article: Article) -> None:
    assert article.title == "柳岸街道与星河医院签订党建共建协议"
    assert article.date == "2022-09-16"
    assert article.source == "柳岸街道"
    assert article.authors == ("申明远",)
    assert article.url == "https://news.example.org/2022/09/16/123.html"


def test_offsets_point_into_the_saved_page(article: Article) -> None:
    source = PAGE.read_text("utf-8")
    i = article.text.index("卢文静")
    assert source[article.source_offset(i) : article.source_offset(i) + 3] == "卢文静"
    # Characters written as entities map to the entity's "&"; line breaks between
    # blocks map to the page's line breaks between the tags.
    entity_chars = {"—", "“", "”"}
    plain = [i for i, ch in enumerate(article.text) if ch not in entity_chars]
    assert all(source[article.source_offset(i)] == article.text[i] for i in plain)
    for i, ch in enumerate(article.text):
        if ch in entity_chars:
            assert source[article.source_offset(i)] == "&"


def test_gb2312_page_is_decoded(tmp_path: Path) -> None:
    page = PAGE.read_text("utf-8").replace("charset=utf-8", "charset=gb2312")
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("gb18030"))
    (item,) = list(read_paths([path]))
    assert isinstance(item, Article)
    assert item.encoding == "gb18030"
    assert "星河医院党委书记卢文静表示" in item.text


def test_table_layout_page_in_gb2312(tmp_path: Path) -> None:
    """An old site: the story is a table of title row, date row and text row, in GB2312
    behind an XML declaration; navigation and footer are tables too."""
    page = Path(__file__).parent / "data" / "table_page_gb2312.html"
    (story,) = list(read_paths([page]))
    assert isinstance(story, Article)
    assert (story.title, story.date, story.source) == (
        "松林镇开展村企结对共建活动",
        "2016-04-12",
        "镇党委办公室",
    )
    assert story.encoding == "gb18030"
    assert "竹溪村党支部与绿源食品有限公司党支部签订了结对共建协议书" in story.text
    for noise in ("网站首页", "通知公告", "技术支持"):
        assert noise not in story.text
    source = page.read_bytes().decode("gb18030")
    i = story.text.index("戴明轩")
    assert source[story.source_offset(i) : story.source_offset(i) + 3] == "戴明轩"


def test_headline_outside_the_text_container_is_kept() -> None:
    page = Path(__file__).parent / "data" / "split_layout_page.html"
    (story,) = list(read_paths([page]))
    assert isinstance(story, Article)
    assert story.text.startswith("清河区两所学校与社区结对共建")
    assert (story.title, story.date, story.source) == (
        "清河区两所学校与社区结对共建",
        "2024-03-22",
        "清河区教育局",
    )
    assert "上一篇" not in story.text and "融媒体中心" not in story.text


def test_article_header_and_photo_blocks_are_not_taken_for_furniture(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><div class='navbar'>首页 要闻</div>"
        "<div class='article-header'><h1>溪南村与城东小学开展结对共建</h1></div>"
        "<div class='article-content'><p>近日,溪南村党支部与城东小学党支部签订结对共建协议,"
        "双方将在研学实践、志愿服务等方面开展合作。</p>"
        "<div class='photo'>签约现场,双方代表合影留念,共同见证结对共建的开始。</div></div>"
        "<div class='side-list'>热门:别的新闻标题一则,别的新闻标题二则</div></body></html>",
        encoding="utf-8",
    )
    (story,) = list(read_paths([page]))
    assert isinstance(story, Article)
    assert story.text.startswith("溪南村与城东小学开展结对共建\n")
    assert "签约现场" in story.text
    assert "首页" not in story.text and "热门" not in story.text
