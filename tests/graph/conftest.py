"""Hand-written extraction records (the `Extraction.to_record()` format) for graph tests.

Three articles from two counties, chosen so that every merging rule has a case:
the same village and the same pairing in two articles, two people called 王平 in two
units, two schools called 中心小学 in two counties, an organisation named after its
district, an unlinked village inside a linked town, and a reporter with no unit.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from ingest.places.gazetteer import Gazetteer, load_gazetteer


def _article(aid: str, path: str, title: str, date: str) -> dict[str, Any]:
    doc = path.rsplit("/", 1)[-1]
    return {
        "id": aid,
        "doc": doc,
        "path": path,
        "title": title,
        "date": date,
        "authors": [],
        "source": "金山报",
        "url": None,
        "span": [0, 400],
        "index": 0,
        "event_date": None,
    }


def _e(eid: str, type_: str, name: str, *aliases: str, **extra: Any) -> dict[str, Any]:
    rec = {"id": eid, "type": type_, "name": name, "aliases": [name, *aliases], **extra}
    rec.setdefault("mentions", [[0, len(name)]])
    return rec


def _pair(a: str, b: str, kind: str, text: str, start: int, since: int | None = None) -> dict:
    rec: dict[str, Any] = {"type": "PAIRED_WITH", "source": a, "target": b, "kind": kind}
    if since is not None:
        rec["since"] = since
    rec["evidence"] = {"text": text, "start": start, "end": start + len(text)}
    rec["confidence"] = 0.9
    rec["rule"] = "pair.verb"
    return rec


def _post(person: str, unit: str, title: str) -> dict[str, Any]:
    return {
        "type": "HOLDS_POST",
        "source": person,
        "target": unit,
        "title": title,
        "confidence": 0.8,
        "rule": "post.title",
    }


A1 = {
    "doc": "a1.txt",
    "article": _article("a1000000000000001", "corpus/a1.txt", "朱泾镇城乡结对结硕果", "2017-06-01"),
    "entities": [
        _e(
            "e1",
            "Village",
            "待泾村",
            "待泾村党总支",
            division_code="310116101205",
            level="village",
            mentions=[[10, 13], [40, 43]],
        ),
        _e(
            "e2", "Organization", "中国银行金山支行", "中国银行金山支行党组织", subtype="enterprise"
        ),
        _e("e3", "Region", "朱泾镇", "朱泾镇党委", "朱泾", division_code="310116101", level="town"),
        _e("e4", "Person", "李士权"),
        _e("e5", "Organization", "金山区委组织部", subtype="party_org"),
        _e("e6", "Region", "金山区", division_code="310116", level="county"),
        _e("e7", "Person", "王平"),
    ],
    "relations": [
        _pair("e2", "e1", "结对帮扶", "中国银行金山支行与待泾村结对帮扶", 120, since=2012),
        _post("e4", "e3", "党委书记"),
        _post("e7", "e1", "党总支书记"),
    ],
}

A2 = {
    "doc": "a2.txt",
    "article": _article("a2000000000000002", "corpus/a2.txt", "村居共建谱新篇", "2018-03-02"),
    "entities": [
        _e("e1", "Organization", "中国银行金山支行", subtype="enterprise"),
        _e("e2", "Village", "待泾村", division_code="310116101205", level="village"),
        _e(
            "e3",
            "ResidentsCommittee",
            "南圩居委会",
            "南圩居民区党总支",
            division_code="310116101010",
            level="village",
        ),
        _e("e4", "Organization", "中心小学", subtype="school"),
        _e("e5", "Person", "王平"),
        _e("e6", "Village", "新农村", division_code=None, level="village"),
        _e("e7", "Region", "枫泾镇", division_code="310116102", level="town"),
    ],
    "relations": [
        _pair("e1", "e2", "结对", "待泾村与中国银行金山支行继续结对", 33),
        _pair("e4", "e3", "村居共建", "中心小学与南圩居委会开展村居共建", 80, since=2019),
        {"type": "PART_OF", "source": "e6", "target": "e7", "confidence": 0.7, "rule": "place.in"},
        _post("e5", "e3", "书记"),
        {
            "type": "HOLDS_POST",
            "source": "e5",
            "target": "e99",
            "title": "主任",
            "rule": "x",
            "confidence": 0.5,
        },
    ],
}

A3 = {
    "doc": "a3.txt",
    "article": _article("a3000000000000003", "corpus/a3.txt", "陆家嘴党建联建", "2019-09-09"),
    "entities": [
        _e("e1", "Region", "陆家嘴街道", "陆家嘴", division_code="310115005", level="town"),
        _e("e2", "Organization", "中心小学", subtype="school"),
        _e("e3", "Person", "汝晶晶"),
    ],
    "relations": [
        _pair("e2", "e1", "党建联建", "中心小学与陆家嘴街道签订党建联建协议", 5, since=2019),
    ],
}


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture
def records() -> list[dict[str, Any]]:
    """A fresh deep copy of the three articles' records (tests may change them)."""
    return copy.deepcopy([A1, A2, A3])
