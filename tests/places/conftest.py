"""A made-up gazetteer for place-linking tests: one invented province (code 99) with two
districts, towns, villages and residents' committees, including same-named units in
different towns. Names are invented; codes follow the real NBS code structure."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.model import Article, PlaceMention, Sentence
from ingest.places.gazetteer import Gazetteer
from ingest.places.link import link_places
from ingest.places.names import FormerCounty
from ingest.read.simplify import to_simplified

NAMES: dict[str, str] = {
    "990000": "测海省",
    "990100": "云州市",
    "990102": "青石区",
    "990103": "白沙区",
    "990102001": "青石街道",
    # A subdistrict whose bare short form is an ordinary word (合作, "cooperation").
    "990102002": "合作街道",
    # ... and one whose bare form is a rarer ordinary word (果园, "orchard").
    "990102003": "果园街道",
    "990102101": "柳河镇",
    "990102101001": "望湖第二居委会",
    "990102101002": "望湖第三居委会",
    "990102101003": "金桂新村一居委会",
    "990102101004": "丹枫社区居委会",
    "990102101201": "高岗村村委会",
    "990102101202": "强村村委会",
    "990102101203": "提高村村民委员会",
    "990103102": "梅溪镇",
    # A subdistrict made of a town (still written 溪口镇) and an ethnic township.
    "990103003": "溪口街道",
    "990103203": "竹坪苗族乡",
    # A Bingtuan regiment as the official list names it.
    "990103504": "兵团农九师二九七团",
    "990103102001": "丹枫社区居民委员会",
    "990103102201": "高岗村村民委员会",
    "990103102202": "芦花村民委员会",
    # A village the list spells with a variant character (written 枫岐村 in text).
    "990103102203": "枫歧村村委会",
    "990103102204": "岚溪村村委会",
    "990103102205": "柏垄村村委会",
    # A county whose name is one character and a designation.
    "990104": "同县",
    "990104101": "龙潭镇",
    # A second province, so that a namesake can lie far from a story.
    "980000": "远山省",
    "980100": "北岭市",
    "980102": "松风县",
    "980102103": "石门镇",
    "980102103201": "青藤村村委会",
    "980102103202": "芦花村村委会",
    # A namesake of 柳河镇 without any 高岗村.
    "980102104": "柳河镇",
    "980102104201": "石桥村村委会",
}

FORMER: list[tuple[str, str]] = [("青石县", "990102")]
# 白沙区 was 白沙县 (撤县设区); 青石区 was never a county or city of its own name.
FORMER_COUNTIES: list[FormerCounty] = [FormerCounty("990103", "白沙区", "县")]


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer(dict(NAMES), former=list(FORMER), former_counties=FORMER_COUNTIES)


@pytest.fixture(scope="session")
def gaz_with() -> Callable[[dict[str, str]], Gazetteer]:
    """``gaz_with(more)``: the test gazetteer with the divisions ``more`` added."""

    def build(more: dict[str, str]) -> Gazetteer:
        return Gazetteer({**NAMES, **more}, former=list(FORMER), former_counties=FORMER_COUNTIES)

    return build


def _make_article(text: str, source: str | None = None) -> Article:
    return Article(
        id="t",
        doc="t.txt",
        path="t.txt",
        text=text,
        simplified=to_simplified(text),
        sentences=(Sentence(0, len(text)),),
        span=(0, len(text)),
        source=source,
    )


@pytest.fixture(scope="session")
def make_article() -> Callable[..., Article]:
    """Build an Article as the reader makes it: one sentence, simplified text of the same
    length (``make_article(text, source=None)``)."""
    return _make_article


@pytest.fixture(scope="session")
def link_with(
    make_article: Callable[..., Article], gaz_with: Callable[[dict[str, str]], Gazetteer]
) -> Callable[[dict[str, str]], Callable[[str], list[PlaceMention]]]:
    """``link_with(more)``: a function giving the place mentions of a one-sentence article,
    linked against the test gazetteer with the divisions ``more`` added."""

    def make(more: dict[str, str]) -> Callable[[str], list[PlaceMention]]:
        gaz = gaz_with(more)
        return lambda text: link_places(make_article(text), gaz)

    return make
