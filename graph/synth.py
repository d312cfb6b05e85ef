"""A synthetic corpus for load benchmarks: extraction records of made-up articles in
which generated enterprises pair with real villages of the gazetteer.

The records have the shape :meth:`ingest.model.Extraction.to_record` writes, so they go
through the same :func:`graph.article_graph.build_graph` as real ones. Villages and enterprises
are drawn from pools smaller than the corpus, so the same unit and the same pairing turn
up in several articles, as in real news, and merging has work to do.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from ingest.model import Extraction
from ingest.places.gazetteer import Gazetteer

_WORDS = tuple(
    "华 新 金 宏 顺 达 恒 信 联 盛 安 康 兴 泰 和 丰 嘉 瑞 鑫 海 天 宇 明 益".replace(" ", "")
)
_TRADES = ("科技", "实业", "建设", "物流", "食品", "电子", "环保", "农业", "置业", "医药")
_FORMS = ("有限公司", "股份有限公司", "集团有限公司")
_KINDS = ("结对共建", "结对帮扶", "村企结对", "党建联建", "共驻共建", "双百结对")
_SURNAMES = tuple("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 朱 马 胡 郭 林 何 高 罗".replace(" ", ""))
_GIVEN = tuple("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂".replace(" ", ""))


def _village_codes(gazetteer: Gazetteer, rng: random.Random, count: int) -> list[str]:
    codes = sorted(c for c in gazetteer.codes() if len(c) == 12)
    return rng.sample(codes, min(count, len(codes)))


def _enterprise(rng: random.Random, town: str) -> str:
    return (
        town.removesuffix("镇").removesuffix("街道").removesuffix("乡")
        + rng.choice(_WORDS)
        + rng.choice(_WORDS)
        + rng.choice(_TRADES)
        + rng.choice(_FORMS)
    )


def synthetic_extractions(
    articles: int, gazetteer: Gazetteer, *, seed: int = 0, pairings_per_article: int = 3
) -> Iterator[Extraction]:
    """:func:`synthetic_records` as the values :func:`graph.article_graph.build_graph` takes."""
    records = synthetic_records(
        articles, gazetteer, seed=seed, pairings_per_article=pairings_per_article
    )
    return (Extraction.from_record(r) for r in records)


def synthetic_records(
    articles: int, gazetteer: Gazetteer, *, seed: int = 0, pairings_per_article: int = 3
) -> Iterator[dict[str, Any]]:
    """``articles`` extraction records, the same for the same ``seed``.

    Each article reports ``pairings_per_article`` pairings between an enterprise and a
    village of one town, and the village party secretary's post.
    """
    rng = random.Random(seed)
    villages = _village_codes(gazetteer, rng, max(50, articles))
    enterprises: dict[str, list[str]] = {}
    for n in range(articles):
        aid = f"syn{seed:03d}{n:013d}"
        entities: list[dict[str, Any]] = []
        relations: list[dict[str, Any]] = []
        for _ in range(pairings_per_article):
            code = rng.choice(villages)
            division = gazetteer.get(code)
            town = gazetteer.get(code[:9])
            if division is None or town is None:
                continue
            pool = enterprises.setdefault(code[:9], [])
            if len(pool) < 5 and (not pool or rng.random() < 0.5):
                pool.append(_enterprise(rng, town.name))
            firm = rng.choice(pool)
            v, e, p = (f"e{len(entities) + i + 1}" for i in range(3))
            secretary = rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(_GIVEN)
            entities += [
                {
                    "id": v,
                    "type": division.type,
                    "name": division.name,
                    "aliases": [division.name],
                    "division_code": code,
                    "level": "village",
                    "mentions": [[0, len(division.name)]],
                },
                {
                    "id": e,
                    "type": "Organization",
                    "name": firm,
                    "aliases": [firm],
                    "subtype": "enterprise",
                    "mentions": [[0, len(firm)]],
                },
                {
                    "id": p,
                    "type": "Person",
                    "name": secretary,
                    "aliases": [secretary],
                    "mentions": [[0, 3]],
                },
            ]
            kind = rng.choice(_KINDS)
            text = f"{firm}与{division.name}开展{kind}。"
            start = rng.randrange(0, 2000)
            relations += [
                {
                    "type": "PAIRED_WITH",
                    "source": e,
                    "target": v,
                    "kind": kind,
                    "since": rng.choice((None, rng.randrange(2005, 2024))),
                    "evidence": {"text": text, "start": start, "end": start + len(text)},
                    "confidence": round(rng.uniform(0.6, 0.99), 3),
                    "rule": "synthetic",
                },
                {
                    "type": "HOLDS_POST",
                    "source": p,
                    "target": v,
                    "title": "党总支书记",
                    "confidence": 0.9,
                    "rule": "synthetic",
                },
            ]
        yield {
            "doc": f"{aid}.txt",
            "article": {
                "id": aid,
                "doc": f"{aid}.txt",
                "path": f"synthetic/{aid}.txt",
                "title": f"合成报道 {n}",
                "date": f"{2015 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "authors": [],
                "source": "合成报",
                "url": None,
                "span": [0, 2000],
                "index": 0,
            },
            "entities": entities,
            "relations": [{k: v for k, v in r.items() if v is not None} for r in relations],
        }
