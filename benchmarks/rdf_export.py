"""RDF export speed: triples/s of pbkg's streaming writers against rdflib's serialisers.

Builds a synthetic KnowledgeGraph shaped like a corpus of N articles (default 100,000:
about 200k nodes and 330k edges; see ``synthetic_graph``), then times, each writing a
real file in a temporary directory:

* ``generate_triples`` alone (the mapping, no text);
* the streaming N-Triples and Turtle writers (``write_rdf(..., "nt" | "turtle")``);
* rdflib: loading the triples into an ``rdflib.Graph`` (``graph_to_rdf``), then its
  N-Triples and Turtle serialisers.

Usage::

    .venv/bin/python benchmarks/rdf_export.py [--articles N] [--no-rdflib-turtle] [--pbkg-only]
        [--generator local|graph.synth]

rdflib's Turtle serialiser is the slow one (minutes, and gigabytes, at full size);
``--no-rdflib-turtle`` leaves it out.

Figures at the default size (3,223,778 triples; CPU time, 2-core shared machine):
streaming N-Triples 110k triples/s, streaming Turtle 98k triples/s (about 50 MB beyond
the graph); rdflib, loading included, 21k triples/s for N-Triples and 10.4k triples/s
for Turtle (3.4-3.7 GB peak). Wall time was 4-6 times CPU time there, from other work.
With ``--generator graph.synth --pbkg-only`` (12,153,102 triples): N-Triples 106k,
Turtle 86k triples/s.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graph.model import KnowledgeGraph  # noqa: E402
from graph.rdf.export import (  # noqa: E402
    _word_pinyin,  # its cache is emptied before each stage
    generate_triples,
    graph_to_rdf,
    write_rdf,
)

# Common characters of Chinese place, unit and person names.
SYLLABLES = "东南西北中新华光明兴和平安宁康泰丰盛金山朱泾枫亭张堰漕泾吕巷廊下石化高楼待泾恒信"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华红梅士权新兵"
ORG_KINDS = [
    ("有限公司", "enterprise"),
    ("中学", "school"),
    ("小学", "school"),
    ("法庭", "court"),
    ("支行", "bank"),
    ("医院", "hospital"),
    ("社区卫生服务中心", "hospital"),
    ("区委组织部", "party_org"),
    ("税务所", "government"),
]
PAIRING_WORDS = ["结对共建", "结对帮扶", "双百结对", "城乡结对", "村居共建", "共驻共建", "党建联建"]
TITLES = ["党委书记", "党总支书记", "党支部书记", "主任", "镇长", "副镇长", "党委副书记", "行长"]


def _name(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def synthetic_graph(articles: int, seed: int = 7) -> KnowledgeGraph:
    """A graph shaped like ``articles`` articles read by pbkg, built with the model's own
    methods (so every attribute is what a real build writes).

    Per 100 articles: 100 Article nodes, ~40 organisations, ~30 coded villages and
    residents' committees, ~5 uncoded places, ~25 people, 1 region per 400; ~60
    pairings (each read once or twice, with evidence), ~30 posts, ~40 PART_OF, ~200
    mentions.
    """
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    n_counties = max(1, articles // 5000)
    towns: list[str] = []
    for c in range(n_counties):
        county = f"3101{c:02d}"
        kg.add_node(
            f"place:{county}", "Region", _name(rng, 2) + "区", division_code=county, level="county"
        )
        for t in range(10):
            code = f"{county}{100 + t:03d}"
            kg.add_node(
                f"place:{code}", "Region", _name(rng, 2) + "镇", division_code=code, level="town"
            )
            kg.add_part_of(f"place:{code}", f"place:{county}", source="gazetteer")
            towns.append(code)
    art_ids = [f"{rng.getrandbits(64):016x}" for _ in range(articles)]
    for i, a in enumerate(art_ids):
        kg.add_node(
            a,
            "Article",
            f"{_name(rng, 4)}结对共建",
            title=f"{_name(rng, 4)}结对共建",
            date=f"20{10 + i % 14:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            doc=f"{i:06d}_{a}.txt",
            source="金山报",
            authors=[rng.choice(SURNAMES) + rng.choice(GIVEN)],
        )

    units: list[str] = []
    for k in range(articles * 30 // 100):
        town = rng.choice(towns)
        code = f"{town}{200 + k % 800:03d}"
        node = f"place:{code}"
        if kg.has_node(node):
            continue
        label = "Village" if k % 3 else "ResidentsCommittee"
        name = _name(rng, 2) + ("村" if label == "Village" else "居委会")
        kg.add_node(
            node,
            label,
            name,
            aliases=[name + "党总支"],
            articles=[rng.choice(art_ids)],
            division_code=code,
            level="village",
        )
        kg.add_part_of(node, f"place:{town}", source="gazetteer")
        units.append(node)
    for _ in range(articles * 5 // 100):
        town = rng.choice(towns)
        name = _name(rng, 3) + "村"
        node = f"place:{town[:6]}/{name}"
        kg.add_node(node, "Village", name, articles=[rng.choice(art_ids)], level="village")
        kg.add_part_of(node, f"place:{town}", source="text", article=rng.choice(art_ids))
        units.append(node)
    for _ in range(articles * 40 // 100):
        town = rng.choice(towns)
        suffix, subtype = rng.choice(ORG_KINDS)
        name = _name(rng, rng.randint(2, 4)) + suffix
        node = f"org:{town[:6]}/{name}"
        kg.add_node(
            node,
            "Organization",
            name,
            aliases=[name + "党委"],
            articles=[rng.choice(art_ids)],
            subtype=subtype,
        )
        if rng.random() < 0.3:
            kg.add_part_of(node, f"place:{town}", source="text", article=rng.choice(art_ids))
        units.append(node)

    for _ in range(articles * 60 // 100):
        a, b = rng.sample(units, 2)
        for _reading in range(rng.choice((1, 1, 2))):
            art = rng.choice(art_ids)
            start = rng.randint(0, 3000)
            kg.add_pairing(
                a,
                b,
                kind=rng.choice(PAIRING_WORDS),
                since=rng.choice((None, rng.randint(2005, 2023))),
                article=art,
                evidence={
                    "text": f"{_name(rng, 6)}与{_name(rng, 3)}村开展结对共建。",
                    "start": start,
                    "end": start + 20,
                },
                confidence=rng.choice((0.6, 0.7, 0.8, 0.9)),
                rule="pair.verb_between",
            )
    for _ in range(articles * 25 // 100):
        unit = rng.choice(units)
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(("", *GIVEN))
        person = f"person:{unit}/{name}"
        art = rng.choice(art_ids)
        kg.add_node(person, "Person", name, articles=[art], unit=unit)
        kg.add_post(person, unit, title=rng.choice(TITLES), article=art)
        if rng.random() < 0.2:
            kg.add_post(person, unit, title=rng.choice(TITLES), article=art)
    entities = [n for n, d in kg.nodes() if d["label"] != "Article"]
    for a in art_ids:
        for e in rng.sample(entities, 2):
            kg.add_mention(e, a, count=rng.randint(1, 4))
    return kg


def _timed(label: str, fn: Callable[[], int]) -> tuple[int, float]:
    """Run ``fn`` (returns a triple count) and print wall and CPU triples/s.

    CPU time is the figure to compare: on a shared machine wall time also counts other
    processes. The pinyin cache is emptied first, so every stage pays for its labels as a
    one-off export would.
    """
    _word_pinyin.cache_clear()
    w0, c0 = time.perf_counter(), time.process_time()
    n = fn()
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{label:<32} {n:>10,} triples  wall {wall:7.1f} s  cpu {cpu:7.1f} s"
        f"  {n / cpu:>9,.0f} triples/s (cpu)  peak RSS {rss:,.0f} MB",
        flush=True,
    )
    return n, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--no-rdflib-turtle", action="store_true")
    parser.add_argument("--pbkg-only", action="store_true", help="skip rdflib's serialisers")
    parser.add_argument(
        "--generator",
        choices=("local", "graph.synth"),
        default="local",
        help="local: synthetic_graph below; graph.synth: the build's synthetic corpus "
        "(extraction records of enterprises paired with real gazetteer villages, merged by "
        "graph.article_graph.build_graph; about 9 nodes and 17 edges per article)",
    )
    args = parser.parse_args()

    t0 = time.perf_counter()
    if args.generator == "graph.synth":
        from graph.article_graph import build_graph
        from graph.synth import synthetic_extractions
        from ingest.places.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
        kg = build_graph(synthetic_extractions(args.articles, gazetteer), gazetteer)
    else:
        kg = synthetic_graph(args.articles)
    c = kg.counts()
    nodes, edges = (
        len(kg),
        sum(c[t] for t in ("PAIRED_WITH", "HOLDS_POST", "PART_OF", "MENTIONED_IN")),
    )
    print(
        f"synthetic graph ({args.generator}): {args.articles:,} articles, {nodes:,} nodes, "
        f"{edges:,} edges ({time.perf_counter() - t0:.1f} s to build)",
        flush=True,
    )

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _timed("generate_triples (no output)", lambda: sum(1 for _ in generate_triples(kg)))
        _timed("pbkg streaming N-Triples", lambda: write_rdf(kg, out / "s.nt", "nt"))
        _timed("pbkg streaming Turtle", lambda: write_rdf(kg, out / "s.ttl", "turtle"))
        if args.pbkg_only:
            return
        holder: dict[str, object] = {}

        def load() -> int:
            g = graph_to_rdf(kg)
            holder["g"] = g
            return len(g)

        n, load_s = _timed("rdflib: load into Graph", load)
        g = holder["g"]

        def ser(fmt: str) -> Callable[[], int]:
            def run() -> int:
                g.serialize(out / f"r.{fmt}", format=fmt, encoding="utf-8")  # type: ignore[attr-defined]
                return n

            return run

        _, nt_s = _timed("rdflib: N-Triples serialiser", ser("nt"))
        print(
            f"{'  rdflib N-Triples incl. load':<32} {n / (load_s + nt_s):>60,.0f} triples/s (cpu)"
        )
        if not args.no_rdflib_turtle:
            _, ttl_s = _timed("rdflib: Turtle serialiser", ser("turtle"))
            print(
                f"{'  rdflib Turtle incl. load':<32} {n / (load_s + ttl_s):>60,.0f} triples/s (cpu)"
            )


if __name__ == "__main__":
    main()
