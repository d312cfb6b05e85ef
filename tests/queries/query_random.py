"""Random partnership graphs for the differential test: the shapes real corpora take, and
the awkward ones they sometimes do (shared names, undated or title-less articles, a
reading without a sentence, years only in the article date, quotes in quotes).
"""

from __future__ import annotations

import random
from typing import Any

from graph.ids import organization_id, person_id, place_id, unlinked_place_id
from graph.model import KnowledgeGraph

KINDS = ["结对共建", "双百结对", "城乡结对", "村居共建", "共驻共建", "党建联建", None]
KINDS += ["\U00020000结对", "\ufffd结对"]  # ordered differently by Java and by Python
DATES = ["2019-03-01", "2021-10-26", "2020", "2018-12-31", None]
# The last two differ where Java (Neo4j) and Python order strings differently: U+20000
# sorts before U+FFFD by UTF-16 code unit, after it by code point.
ORG_NAMES = ["中心小学", "人民法院", "农商银行支行", "卫生服务中心", "中心小学", "供电公司"]
ORG_NAMES += ["\U00020000农公司", "\ufffd农公司"]
TITLES = ["党委书记", "党总支书记", "主任", "镇长", "副书记"]
QUOTES = ["甲与乙结对共建。", "双方签订“结对共建”协议。", '他说："\'}) RETURN 1 //"', "村居共建。"]


def random_graph(seed: int) -> KnowledgeGraph:
    """A graph of about 40 units, 20 pairings and 8 posts, fully determined by ``seed``."""
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    articles = [f"art{seed:03d}{i}" for i in range(5)]
    for i, art in enumerate(articles):
        title = None if i == 4 else f"第{i}篇 结对报道"
        kg.add_node(
            art,
            "Article",
            title or art,
            title=title,
            date=DATES[i],
            doc=f"{i}.txt",
            source=rng.choice(["金山报", None]),
            authors=[],
            url=None,
        )

    def entity(node_id: str, label: str, name: str, *aliases: str, **attrs: Any) -> str:
        art = rng.choice(articles)
        kg.add_node(node_id, label, name, aliases=aliases, articles=[art], **attrs)
        kg.add_mention(node_id, art, 1, aliases=[name, *aliases])
        return art

    province = place_id("310000")
    entity(province, "Region", "上海市", division_code="310000", level="province")
    units: list[str] = []
    towns: list[str] = []
    for c in range(2):
        county_code = f"31011{6 + c}"
        county = place_id(county_code)
        art = entity(
            county, "Region", ["金山区", "松江区"][c], division_code=county_code, level="county"
        )
        kg.add_part_of(county, province, source="gazetteer", article=art)
        units.append(county)
        for t in range(2):
            town_code = f"{county_code}10{t + 1}"
            town = place_id(town_code)
            art = entity(
                town,
                "Region",
                f"{'朱泾亭林车墩叶榭'[2 * c + t]}镇",
                division_code=town_code,
                level="town",
            )
            kg.add_part_of(town, county, source="gazetteer", article=art)
            units.append(town)
            towns.append(town)
            for v in range(3):
                code = f"{town_code}2{v:02d}"
                label = rng.choice(["Village", "ResidentsCommittee"])
                name = f"{'东西南'[v]}{'村' if label == 'Village' else '居委会'}"
                node = place_id(code)
                art = entity(
                    node, label, name, f"{name}党总支", division_code=code, level="village"
                )
                kg.add_part_of(node, town, source="gazetteer", article=art)
                units.append(node)
    informal = unlinked_place_id("新城社区", towns[0].removeprefix("place:"))
    art = entity(informal, "ResidentsCommittee", "新城社区", division_code=None, level=None)
    kg.add_part_of(informal, towns[0], source="text", article=art)
    units.append(informal)
    for i, name in enumerate(ORG_NAMES):
        scope = "310116" if i >= 6 else rng.choice(["310116", "310117", None])
        org = organization_id(name, scope if i != 4 else "310117101")
        art = entity(org, "Organization", name, f"{name}党支部", subtype="other")
        if scope:
            kg.add_part_of(org, place_id(scope), source="text", article=art)
        units.append(org)

    for _ in range(20):
        a, b = rng.sample(units, 2)
        for _ in range(rng.choice([1, 1, 2])):
            quote = rng.choice([*QUOTES, None])
            start = rng.choice([rng.randrange(0, 500), None]) if quote else None
            evidence = (
                None
                if quote is None
                else {
                    "text": quote,
                    "start": start,
                    "end": None if start is None else start + len(quote),
                }
            )
            kg.add_pairing(
                a,
                b,
                kind=rng.choice(KINDS),
                since=rng.choice([None, 2016, 2020]),
                article=rng.choice(articles),
                evidence=evidence,
                confidence=rng.choice([0.5, 0.75, 0.9]),
                rule=rng.choice(["r1", ""]),
            )
    for i in range(8):
        unit = rng.choice(units)
        name = ["王平", "李明", "张华"][i % 3]
        person = person_id(name, unit)
        art = entity(person, "Person", name, unit=unit)
        kg.add_post(person, unit, title=rng.choice(TITLES), article=art)
    return kg
