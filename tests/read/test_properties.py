"""Properties of the whole reading pipeline on arbitrary page-like text."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.read.reader import read_text

PIECES = st.sampled_from(
    [
        "村", "社区", "党支部", "结对共建", "签约", "。", ",", "、", "“", "”", "(", ")",
        "\n", "\n\n", "\n\n\n\n", " ", "\u3000", " | ", "本报讯(柏青)", "□文 柏青",
        "(下转第2版)", "10月24日", "2020年", "區(qū)", "黨建", "推荐内容", "> 正文",
        "- 别的文章\n", "1.jpg", "王誉", "(红枫社区)", "2021-10-26", "“田头党支\n\n部”",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_every_story_maps_back_onto_the_page(page: str) -> None:
    articles = read_text(page, "page.txt")
    for article in articles:
        assert article.text and article.text == article.text.strip()
        assert len(article.simplified) == len(article.text)
        for i, ch in enumerate(article.text):
            assert page[article.source_offset(i)] == ch
        a, b = article.span
        assert 0 <= a < b <= len(page)
        for s in article.sentences:
            assert 0 <= s.start < s.end <= len(article.text)
    spans = [a.span for a in articles]
    assert all(x[1] <= y[0] for x, y in itertools.pairwise(spans))
    assert [a.index for a in articles] == list(range(len(articles)))


def test_read_text_reads_like_a_file() -> None:
    (story,) = read_text("青山村与绿水公司结对\n\n本报讯(柏青)双方签约。\n", "x.txt")
    assert (story.doc, story.title, story.authors) == ("x.txt", "青山村与绿水公司结对", ("柏青",))
