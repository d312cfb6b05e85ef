"""Hand-made graphs for the viz tests, built with KnowledgeGraph's own methods."""

from __future__ import annotations

from graph.model import KnowledgeGraph

XSS_IMG = "<img src=x onerror=alert(1)>村"
XSS_SCRIPT = "</script><script>alert(2)</script>居委会"


def small_graph() -> KnowledgeGraph:
    """Five units in Jinshan, two pairings, one post; one unit named with an XSS payload."""
    kg = KnowledgeGraph()
    kg.add_node(
        "a1", "Article", "a1", title="金山工业区结对共建签约", date="2021-10-26", doc="000.txt"
    )
    kg.add_node("a2", "Article", "a2", title="<b>待泾村</b>与银行结对", date="2022-03-01")
    kg.add_node("r:310116503", "Region", "金山工业区", division_code="310116503", level="town")
    kg.add_node("r:310116", "Region", "金山区", division_code="310116", level="county")
    kg.add_node(
        "v:310116503205",
        "Village",
        "高楼村",
        articles=["a1"],
        division_code="310116503205",
        level="village",
        aliases=["高楼村党总支"],
    )
    kg.add_node(
        "rc:310116503002",
        "ResidentsCommittee",
        "恒信居民区",
        articles=["a1"],
        division_code="310116503002",
        level="village",
    )
    kg.add_node("o:boc", "Organization", "中国银行金山支行", subtype="bank", articles=["a2"])
    kg.add_node("v:xss", "Village", XSS_IMG, articles=["a2"])
    kg.add_node("o:xss", "Organization", XSS_SCRIPT, articles=["a2"])
    kg.add_node("o:lonely", "Organization", "金山区委组织部", articles=["a1"])
    kg.add_node("p:bu", "Person", "卜新兵", articles=["a1"])
    kg.add_part_of("v:310116503205", "r:310116503", source="gazetteer")
    kg.add_part_of("rc:310116503002", "r:310116503", source="gazetteer")
    kg.add_part_of("r:310116503", "r:310116", source="gazetteer")
    kg.add_post("p:bu", "v:310116503205", title="党总支书记", article="a1")
    kg.add_pairing(
        "v:310116503205",
        "rc:310116503002",
        kind="村居共建",
        since=2021,
        article="a1",
        evidence={
            "text": "高楼村与恒信居民区开展村居共建。",
            "start": 10,
            "end": 26,
            "rule": "pair",
            "confidence": 0.9,
        },
        confidence=0.9,
    )
    kg.add_pairing(
        "o:boc",
        "v:xss",
        kind="结对帮扶",
        since=2012,
        article="a2",
        evidence={
            "text": "中国银行金山支行与<img src=x onerror=alert(3)>村结对帮扶。",
            "start": 0,
            "end": 43,
            "rule": "pair",
            "confidence": 0.8,
        },
        confidence=0.8,
    )
    kg.add_pairing(
        "o:xss",
        "v:xss",
        kind="党建联建",
        since=None,
        article="a2",
        evidence=None,
        confidence=0.5,
    )
    return kg


def district(towns: int, villages_per_town: int, firms: int) -> KnowledgeGraph:
    """A district: towns of villages, firms each paired with two villages, villages of a
    town paired two by two; every unit is paired, so every unit is drawn."""
    kg = KnowledgeGraph()
    kg.add_node("art", "Article", "art", title="区域化党建结对名单", date="2023-07-01")
    villages = []
    for t in range(towns):
        town = f"31011610{t}"
        kg.add_node(f"r:{town}", "Region", f"{t}号镇", division_code=town, level="town")
        for v in range(villages_per_town):
            code = f"{town}{v + 200:03d}"
            kg.add_node(f"v:{code}", "Village", f"{t}镇{v}村", division_code=code, level="village")
            kg.add_part_of(f"v:{code}", f"r:{town}", source="gazetteer")
            villages.append(f"v:{code}")
            if v % 2:  # neighbouring villages pair up (村村结对)
                kg.add_pairing(
                    f"v:{code}",
                    villages[-2],
                    kind="村居共建",
                    since=2020,
                    article="art",
                    evidence=None,
                    confidence=0.9,
                )
        if t:
            kg.add_pairing(
                f"r:{town}",
                f"r:31011610{t - 1}",
                kind="城乡结对",
                since=None,
                article="art",
                evidence=None,
                confidence=0.9,
            )
    for f in range(firms):
        firm = f"o:firm{f:03d}"
        kg.add_node(firm, "Organization", f"第{f}企业", subtype="enterprise")
        for k in (f, f * 7 + 3):
            kg.add_pairing(
                firm,
                villages[k % len(villages)],
                kind="结对帮扶",
                since=2019,
                article="art",
                evidence=None,
                confidence=0.8,
            )
    return kg
