"""Fixtures of the learning tests: stories read by the real reader up to the pairing
decision, and a small annotated corpus of invented articles written to disk."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.extract.pipeline import StoryReading, read_story
from ingest.read.reader import read_paths


@pytest.fixture
def reading_of(tmp_path: Path) -> Callable[[str], StoryReading]:
    counter = iter(range(1000))

    def read(text: str) -> StoryReading:
        path = tmp_path / f"story{next(counter)}.txt"
        path.write_text(text, encoding="utf-8")
        articles = [a for a in read_paths([path])]
        return read_story(articles[0])  # type: ignore[arg-type]

    return read


# Invented articles: two pairings stated as 与…结对共建 / 签订共建协议, one visit and one
# lecture (no pairing), one co-attendance.
ARTICLES = {
    "a1.txt": "5月8日，唐昌镇战旗村党支部与明湖科技有限公司党支部签订结对共建协议。",
    "a2.txt": "6月2日，唐昌镇金沙社区党委与云帆小学党支部举行党建联建签约仪式。",
    "a3.txt": "近日，明湖科技有限公司党支部书记王晓东一行来到唐昌镇战旗村参观调研。",
    "a4.txt": "云帆小学党支部与唐昌镇金沙社区党委的代表参加了区委党校的讲座。",
    "a5.txt": "7月1日，唐昌镇先锋村党总支与星海银行石桥支行党支部签订党建共建协议。",
    "a6.txt": "唐昌镇先锋村党总支书记与星海银行石桥支行行长出席了座谈会。",
}
GOLD_PAIRS = {
    "a1.txt": [("战旗村", "Village", "明湖科技有限公司", "Organization")],
    "a2.txt": [("金沙社区", "ResidentsCommittee", "云帆小学", "Organization")],
    "a5.txt": [("先锋村", "Village", "星海银行石桥支行", "Organization")],
}


@pytest.fixture
def annotated(tmp_path: Path) -> tuple[Path, Path]:
    """(gold dir, corpus dir) of the invented articles."""
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    for doc, text in ARTICLES.items():
        (corpus / doc).write_text(text, encoding="utf-8")
        entities, pairings = [], []
        for k, (a, ta, b, tb) in enumerate(GOLD_PAIRS.get(doc, [])):
            entities += [
                {"key": f"a{k}", "type": ta, "name": a, "aliases": [a]},
                {"key": f"b{k}", "type": tb, "name": b, "aliases": [b]},
            ]
            pairings.append({"a": f"a{k}", "b": f"b{k}", "kind": "结对共建"})
        record = {"doc": doc, "entities": entities, "pairings": pairings, "posts": []}
        (gold / doc.replace(".txt", ".json")).write_text(
            json.dumps(record, ensure_ascii=False), encoding="utf-8"
        )
    return gold, corpus
