"""HTML main-text extraction on a saved page with navigation, scripts, a sidebar and a
footer (tests/read/data/saved_page.html, written for this test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import Article
from ingest.reader import read_paths

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
    # blocks are not in the page (they stand for tags) and map next to them.
    entity_chars = {"—", "“", "”"}
    plain = [i for i, ch in enumerate(article.text) if ch not in entity_chars | {"\n"}]
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
