"""Extraction never fails on odd text, and every offset it reports is exact."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.extract.pipeline import extract
from ingest.model import Article
from ingest.read.reader import read_paths

PIECES = st.sampled_from(
    [
        "唐昌镇",
        "战旗村",
        "党总支",
        "与",
        "和",
        "、",
        "，",
        "。",
        "\n",
        "结对共建",
        "签订",
        "四川银行郫都支行",
        "党支部",
        "书记",
        "副镇长",
        "王建国",
        "表示",
        "有限公司",
        "共建",
        "（记者 何小兵）",
        "各",
        "单位",
        "的",
        "中共",
        "委员会",
        "第一",
        "“",
        "”",
        "2016年以来",
        "参观",
        "学院",
        "局长",
        "区委常委",
        "没有",
        "是",
        "三家单位",
        "局",
    ]
)


@given(st.lists(PIECES, min_size=1, max_size=40))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_mixture_of_pattern_words_extracts_with_exact_offsets(pieces: list[str]) -> None:
    text = "".join(pieces)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "a.txt"
        path.write_text(text, encoding="utf-8")
        articles = [a for a in read_paths([path]) if isinstance(a, Article)]
        for art in articles:
            ex = extract(art)
            ids = {e.id for e in ex.entities}
            for e in ex.entities:
                for s, t in e.mentions:
                    assert 0 <= s < t <= len(art.text)
            for r in ex.relations:
                assert r.source in ids and r.target in ids and r.source != r.target
                assert 0 < r.confidence <= 1 and r.rule
                assert r.evidence is not None
                # The quote is the sentence as read (a line break inside a sentence is
                # joined); its offsets span that same sentence in the file.
                in_file = text[r.evidence.start : r.evidence.end]
                assert _unwrapped(in_file) == _unwrapped(r.evidence.text)
                assert in_file[:1] == r.evidence.text[:1] and in_file[-1:] == r.evidence.text[-1:]


def _unwrapped(s: str) -> str:
    return "".join(s.split())
