"""A small hand-made partnership graph: every named query has something to find in it.

    上海市 ← 金山区 ← 朱泾镇 ← 高楼村, 待泾村, 民主村 (unpaired), 朱泾法庭
                    ← 亭林镇 ← 恒信居委会, 新兴村 (unpaired)
             金山区 ← 中国银行金山支行            金山中学 (no place)

    中国银行金山支行 — 高楼村 — 恒信居委会 — 金山中学 — 朱泾镇
                       高楼村 — 亭林镇 — 金山中学          待泾村 — 朱泾法庭

高楼村 → 金山中学 has two shortest paths (via 恒信居委会 and via 亭林镇), so the path
tie-break and half-shares of betweenness are exercised. One evidence quote carries
Cypher-looking text with quotes, which must come back verbatim.
"""

from __future__ import annotations

from typing import Any

from graph.model import KnowledgeGraph

SH, JS, ZJ, TL = "place:310000", "place:310116", "place:310116101", "place:310116103"
GL, DJ, MZ = "place:310116101201", "place:310116101202", "place:310116101203"
HX, XX = "place:310116103001", "place:310116103202"
BOC, COURT, SCHOOL = "org:310116/中国银行金山支行", "org:310116101/朱泾法庭", "org:-/金山中学"
ART1, ART2, ART3 = "a1f0c0ffee000001", "a2f0c0ffee000002", "a3f0c0ffee000003"
INJECTION = '他说："\'}) MATCH (n) DETACH DELETE n //" 不是结对。'


def small_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_node(
        ART1,
        "Article",
        "双百结对 共建共享",
        title="双百结对 共建共享",
        date="2021-10-26",
        doc="000.txt",
        source="金山报",
        authors=["王平"],
        url=None,
    )
    kg.add_node(
        ART2,
        "Article",
        "党建联建促发展",
        title="党建联建促发展",
        date="2020-05-01",
        doc="001.txt",
        source="上海金山",
        authors=[],
        url=None,
    )
    kg.add_node(
        ART3,
        "Article",
        "003.txt",
        title=None,
        date=None,
        doc="003.txt",
        source=None,
        authors=[],
        url=None,
    )

    def entity(node_id: str, label: str, name: str, art: str, *aliases: str, **attrs: Any) -> None:
        # Nodes and their aliases come with a mention, as in a built graph: the Neo4j
        # store loads article by article and keeps only what some article supports.
        kg.add_node(node_id, label, name, aliases=aliases, articles=[art], **attrs)
        kg.add_mention(node_id, art, 2, aliases=[name, *aliases])

    places = [
        (SH, "Region", "上海市", "310000", "province", None),
        (JS, "Region", "金山区", "310116", "county", SH),
        (ZJ, "Region", "朱泾镇", "310116101", "town", JS),
        (TL, "Region", "亭林镇", "310116103", "town", JS),
        (GL, "Village", "高楼村", "310116101201", "village", ZJ),
        (DJ, "Village", "待泾村", "310116101202", "village", ZJ),
        (MZ, "Village", "民主村", "310116101203", "village", ZJ),
        (HX, "ResidentsCommittee", "恒信居委会", "310116103001", "village", TL),
        (XX, "Village", "新兴村", "310116103202", "village", TL),
    ]
    for node_id, label, name, code, level, parent in places:
        entity(node_id, label, name, ART1, division_code=code, level=level)
        if parent:
            kg.add_part_of(node_id, parent, source="gazetteer", article=ART1)
    entity(HX, "ResidentsCommittee", "恒信居委会", ART3, "恒信居民区", "恒信居民区党总支")
    entity(BOC, "Organization", "中国银行金山支行", ART1, "中国银行金山支行党总支", subtype="bank")
    entity(BOC, "Organization", "中国银行金山支行", ART2, "中国银行金山支行党组织")
    entity(COURT, "Organization", "朱泾法庭", ART2, subtype="court")
    entity(SCHOOL, "Organization", "金山中学", ART3, subtype="school")
    kg.add_part_of(BOC, JS, source="text", article=ART1)
    kg.add_part_of(COURT, ZJ, source="text", article=ART2)

    def pair(
        a: str,
        b: str,
        kind: str | None,
        since: int | None,
        art: str,
        quote: str,
        start: int,
        conf: float,
    ) -> None:
        ev = {"text": quote, "start": start, "end": start + len(quote)}
        kg.add_pairing(
            a,
            b,
            kind=kind,
            since=since,
            article=art,
            evidence=ev,
            confidence=conf,
            rule="pair.verb",
        )

    pair(
        GL, BOC, "结对共建", 2019, ART1, "高楼村党总支与中国银行金山支行党总支结对共建。", 120, 0.9
    )
    pair(BOC, GL, "双百结对", None, ART2, "中国银行金山支行与高楼村开展双百结对。", 40, 0.8)
    pair(GL, BOC, "结对共建", 2019, ART1, INJECTION, 300, 0.5)
    pair(DJ, COURT, "党建联建", None, ART2, "待泾村与朱泾法庭党建联建。", 10, 0.85)
    pair(GL, HX, "村居共建", None, ART1, "高楼村与恒信居民区村居共建。", 200, 0.7)
    pair(GL, TL, "结对", 2021, ART1, "高楼村与亭林镇结对。", 250, 0.6)
    pair(TL, SCHOOL, "共驻共建", None, ART3, "亭林镇与金山中学共驻共建。", 5, 0.6)
    pair(HX, SCHOOL, "结对", None, ART3, "恒信居民区与金山中学结对。", 50, 0.75)
    pair(SCHOOL, ZJ, "共驻共建", 2018, ART3, "金山中学与朱泾镇共驻共建。", 80, 0.95)

    li, xia, bu = "person:" + ZJ + "/李士权", "person:" + ZJ + "/夏红梅", "person:" + GL + "/卜新兵"
    entity(li, "Person", "李士权", ART1, unit=ZJ)
    entity(xia, "Person", "夏红梅", ART1, unit=ZJ)
    entity(bu, "Person", "卜新兵", ART2, unit=GL)
    kg.add_post(li, ZJ, title="党委书记", article=ART1)
    kg.add_post(xia, ZJ, title="党委副书记", article=ART1)
    kg.add_post(xia, ZJ, title="镇长", article=ART1)
    kg.add_post(xia, ZJ, title="镇长", article=ART2)
    kg.add_post(bu, GL, title="党总支书记", article=ART2)
    return kg
