"""Golden tests about the five example articles: how each page splits into stories, and
the title, date, authors and source of each (tests/read/golden/seed_stories.json, checked
by reading the seeds by hand)."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.model import Article
from ingest.read.reader import read_paths

GOLDEN = json.loads((Path(__file__).parent / "golden" / "seed_stories.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def seed_articles(example_corpus: Path) -> dict[str, list[Article]]:
    out: dict[str, list[Article]] = {}
    for item in read_paths([example_corpus]):
        assert isinstance(item, Article), item
        out.setdefault(item.doc, []).append(item)
    return out


def test_every_seed_is_read(seed_articles: dict[str, list[Article]]) -> None:
    assert sorted(seed_articles) == sorted(GOLDEN)


@pytest.mark.parametrize("doc", sorted(GOLDEN))
def test_stories_and_metadata_match_the_golden_file(
    doc: str, seed_articles: dict[str, list[Article]]
) -> None:
    got = [
        {
            "title": a.title,
            "date": a.date,
            "authors": list(a.authors),
            "source": a.source,
            "starts": a.text[:12],
        }
        for a in seed_articles[doc]
    ]
    assert got == GOLDEN[doc]


@pytest.mark.parametrize("doc", sorted(GOLDEN))
def test_offsets_point_at_the_file_characters(
    doc: str,
    seed_articles: dict[str, list[Article]],
    example_corpus: Path,
    assert_offsets_exact: Callable[[Article, str], None],
) -> None:
    source = (example_corpus / doc).read_text("utf-8")
    for article in seed_articles[doc]:
        assert_offsets_exact(article, source)
        assert len(article.simplified) == len(article.text)
        a, b = article.span
        assert source[a] == article.text[0] and source[b - 1] == article.text[-1]


def test_no_story_text_is_lost_in_the_split(
    seed_articles: dict[str, list[Article]], example_corpus: Path
) -> None:
    """Stories of a page are disjoint and in order, and the last sentence of every
    paragraph of running text in the file is in one of them."""
    for doc, articles in seed_articles.items():
        spans = [a.span for a in articles]
        assert spans == sorted(spans)
        assert all(x[1] <= y[0] for x, y in itertools.pairwise(spans))
        read = re.sub(r"\s", "", "".join(a.text for a in articles))
        for line in (example_corpus / doc).read_text("utf-8").splitlines():
            if "。" in line and "原题为" not in line:  # that note is furniture
                last = re.sub(r"\s", "", line.rstrip().rsplit("。", 2)[-2])
                assert last in read, (doc, last)


def test_layout_repairs_on_the_seeds(seed_articles: dict[str, list[Article]]) -> None:
    text = {doc: "\n".join(a.text for a in arts) for doc, arts in seed_articles.items()}
    page3, page4, page0 = (
        text["003_9264a1a0dd062f80.txt"],
        text["004_fa3a5e839215489e.txt"],
        (text["000_ff52da58b0073eb9.txt"]),
    )
    assert "“田头党支部”" in page3  # the word broken by a blank line is joined
    assert "下转第2版" not in page3  # continuation notes are furniture
    assert "启动以来,金山区石化街道" in page4 and " , " not in page4  # stray blanks
    assert "普陀区委组织部|普陀区卫健委" not in page4  # links to other articles
    assert "原题为" not in page4
    assert "退体了" in page0  # a typo in the source is never "corrected"
    assert "讲述历史外,还鼓励身边人" in page0


def test_story_ids_are_stable_and_distinct(seed_articles: dict[str, list[Article]]) -> None:
    ids = [a.id for arts in seed_articles.values() for a in arts]
    assert len(set(ids)) == len(ids)
    first = next(iter(seed_articles.values()))
    again = [a.id for a in read_paths([first[0].path]) if isinstance(a, Article)]
    assert again == [a.id for a in first]
