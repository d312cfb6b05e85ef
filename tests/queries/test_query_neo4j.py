"""Against a real Neo4j 5.26: both modes agree, writes need --write, parameters stay data.

The graph reaches Neo4j through the store's own loader (graph/neo4j/), so these
tests check the queries against the documented mapping as it is really written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from query_random import random_graph
from query_sample import INJECTION, small_graph
from strict import missing

from graph.io import read_node_link
from graph.model import KnowledgeGraph
from graph.neo4j import Neo4jStore
from graph.settings import Neo4jSettings
from pbkg.cli import cli
from queries.library import QueryError, load_queries
from queries.run import run_embedded, run_neo4j

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).resolve().parents[2]

HOSTILE = "高楼村' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //\"})"


def settings_for(server) -> Neo4jSettings:  # server: tests.neo4j_fixture.Neo4jServer
    user, password = server.auth or ("neo4j", None)
    return Neo4jSettings(uri=server.uri, username=user, password=password, database=server.database)


def param_cases(kg: KnowledgeGraph) -> dict[str, list[dict[str, str]]]:
    """Parameters (as the CLI's strings) for every named query, drawn from ``kg`` itself:
    units and areas by id, by name and by division code, pairings' two ends. Kept to
    about 80 cases: each is a round trip to a server that may still be warming up."""
    paired = sorted({n for u, v, _ in kg.pairings() for n in (u, v)})[:6]
    regions = sorted(n for n, _ in kg.nodes("Region"))[:6]  # the province sorts first

    def name(n: str) -> str:
        return str(kg.node(n)["name"])

    codes = [str(kg.node(n)["division_code"]) for n in regions if kg.node(n)["division_code"]]
    units = paired + [name(n) for n in paired[:3]]
    areas = regions + [name(n) for n in regions[:3]]
    pairs = [(u, v) for u, v, _ in kg.pairings()][:6]
    return {
        "partners": [{"unit": u} for u in [*units, *codes[:2], HOSTILE]],
        "area_network": [{"area": a} for a in [*areas, *codes[:2]]],
        "cross_boundary": [{"level": level} for level in ("town", "county", "city")],
        "top_partners": [{"limit": "3"}, {"limit": "1000"}],
        "brokers": [{"limit": "2"}, {"limit": "1000"}],
        "coverage_gaps": [{"area": a} for a in areas],
        "people": [{"unit": u} for u in [*areas, *paired[:3]]],
        "evidence": [{"unit": name(u), "partner": v} for u, v in pairs]
        + [{"unit": v, "partner": name(u)} for u, v in pairs],
        "timeline": [{"area": ""}, *({"area": a} for a in regions[:3])],
        "shortest_path": [
            {"source": s, "target": t} for s in paired[:3] for t in reversed(paired[-3:])
        ],
    }


def assert_both_modes_agree(kg: KnowledgeGraph, settings: Neo4jSettings) -> dict[str, int]:
    """Every case of every named query: identical rows from Neo4j and from ``kg``.
    Returns the number of rows seen per query (so callers can require non-empty answers)."""
    cases = param_cases(kg)
    assert set(cases) == set(load_queries()), "a named query has no differential cases"
    seen: dict[str, int] = {}
    mismatches = []
    for name, raws in cases.items():
        seen[name] = 0
        for raw in raws:
            neo = run_neo4j(name, raw, settings)
            emb = run_embedded(name, raw, kg)
            seen[name] += len(neo.rows)
            if neo.rows != emb.rows:
                mismatches.append((name, raw, neo.rows, emb.rows))
    assert not mismatches, "\n".join(
        f"{n} {r}:\n  neo4j    {a}\n  embedded {b}" for n, r, a, b in mismatches[:3]
    )
    return seen


@pytest.fixture
def sample_in_neo4j(neo4j_empty, neo4j_server) -> Neo4jSettings:
    Neo4jStore(neo4j_empty, neo4j_server.database).load(small_graph())
    return settings_for(neo4j_server)


def node_count(driver, server) -> int:
    records, _, _ = driver.execute_query(
        "MATCH (n) RETURN count(n) AS n", database_=server.database
    )
    return int(records[0]["n"])


def test_both_modes_return_the_same_rows_for_every_query_on_the_sample(
    sample_in_neo4j: Neo4jSettings,
) -> None:
    seen = assert_both_modes_agree(small_graph(), sample_in_neo4j)
    assert all(seen.values()), f"queries that found nothing, so proved nothing: {seen}"


@pytest.mark.parametrize("seed", [1, 2])
def test_both_modes_return_the_same_rows_on_random_graphs(
    seed: int, neo4j_empty, neo4j_server
) -> None:
    kg = random_graph(seed)
    Neo4jStore(neo4j_empty, neo4j_server.database).load(kg)
    seen = assert_both_modes_agree(kg, settings_for(neo4j_server))
    assert seen["partners"] and seen["evidence"] and seen["shortest_path"]


CORPORA = {
    "examples": [REPO / "examples" / "corpus"],
    "shared-dev": [
        REPO.parent / "shared" / "corpus" / "dev",
        REPO.parent / "shared" / "corpus" / "seeds",
    ],
}


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_both_modes_return_the_same_rows_on_a_built_corpus(
    corpus: str, neo4j_empty, neo4j_server, tmp_path: Path
) -> None:
    paths = CORPORA[corpus]
    if not all(p.is_dir() for p in paths):
        missing(f"corpus {corpus} is not on this machine (../shared beside the repo)")
    from pbkg.build import build_corpus

    settings = settings_for(neo4j_server)
    build_corpus(paths, tmp_path, neo4j=settings, progress=False)
    kg = read_node_link(tmp_path / "graph.json")
    assert any(True for _ in kg.pairings()), f"the {corpus} corpus gave no pairing"
    seen = assert_both_modes_agree(kg, settings)
    assert seen["partners"] and seen["timeline"] and seen["evidence"]


def test_strings_sort_as_neo4j_sorts_them_in_both_modes(neo4j_empty, neo4j_server) -> None:
    # Neo4j 5 orders string properties by code point but items of list properties as Java
    # strings, by UTF-16 code unit; U+20000 and U+FFFD swap places between the two.
    ext_b, replacement = "\U00020000", "\ufffd"
    kg = KnowledgeGraph()
    kg.add_node("a1", "Article", "t", title="t", date="2021-01-01")
    orgs = [f"org:-/{ext_b}农", f"org:-/{replacement}农"]
    village = "place:-/东村"
    for node, label in [(orgs[0], "Organization"), (orgs[1], "Organization"), (village, "Village")]:
        kg.add_node(node, label, node[6:], articles=["a1"])
        kg.add_mention(node, "a1", aliases=[node[6:]])
    for org, kind in zip(orgs, [f"{ext_b}结对", f"{replacement}结对"], strict=True):
        kg.add_pairing(
            org, village, kind=kind, since=2020, article="a1", evidence=None, confidence=0.5
        )
    Neo4jStore(neo4j_empty, neo4j_server.database).load(kg)
    settings = settings_for(neo4j_server)

    top = run_neo4j("top_partners", {}, settings).rows
    assert [r["id"] for r in top] == [village, orgs[1], orgs[0]]  # ids: code point
    assert run_embedded("top_partners", {}, kg).rows == top
    (year,) = run_neo4j("timeline", {}, settings).rows
    assert year["kinds"] == [f"{ext_b}结对", f"{replacement}结对"]  # list items: UTF-16
    assert run_embedded("timeline", {}, kg).rows == [year]


def test_the_cypher_columns_are_the_ones_the_header_declares(
    sample_in_neo4j: Neo4jSettings,
) -> None:
    # run_neo4j refuses a result whose columns differ from the header; an empty answer
    # still carries its columns, so this holds for every query even with no match.
    for name, query in load_queries().items():
        raw = {p.name: "不存在" if p.type == "str" else "1" for p in query.params if p.required}
        assert run_neo4j(name, raw, sample_in_neo4j).columns == query.columns


def test_a_hostile_unit_name_is_only_a_value(
    sample_in_neo4j: Neo4jSettings, neo4j_driver, neo4j_server
) -> None:
    before = node_count(neo4j_driver, neo4j_server)
    for name in ("partners", "people", "coverage_gaps", "timeline"):
        query = load_queries()[name]
        key = query.params[0].name
        assert run_neo4j(name, {key: HOSTILE}, sample_in_neo4j).rows == []
    assert node_count(neo4j_driver, neo4j_server) == before


def test_the_injection_shaped_quote_comes_back_verbatim(sample_in_neo4j: Neo4jSettings) -> None:
    rows = run_neo4j("evidence", {"unit": "高楼村", "partner": "中国银行金山支行"}, sample_in_neo4j)
    assert INJECTION in [r["text"] for r in rows.rows]


def test_a_bad_parameter_is_refused_before_the_server(sample_in_neo4j: Neo4jSettings) -> None:
    with pytest.raises(QueryError, match="integer"):
        run_neo4j("top_partners", {"limit": "ten"}, sample_in_neo4j)
    with pytest.raises(QueryError, match="unknown parameter"):
        run_neo4j("partners", {"unit": "高楼村", "where": "1=1"}, sample_in_neo4j)


# -- the CLI on Neo4j ------------------------------------------------------------------------
def invoke(server, *args: str):
    return CliRunner().invoke(cli, list(args), env=server.env(), catch_exceptions=False)


def test_cypher_without_write_is_refused_by_the_server(
    neo4j_empty, neo4j_driver, neo4j_server
) -> None:
    result = invoke(neo4j_server, "cypher", "CREATE (n) RETURN n")
    assert result.exit_code != 0
    assert "Neo.ClientError.Statement.AccessMode" in result.output
    assert node_count(neo4j_driver, neo4j_server) == 0


def test_cypher_refuses_writes_hidden_from_string_matching(
    neo4j_empty, neo4j_driver, neo4j_server
) -> None:
    # A write spelled so no keyword filter would see it: the access mode still stops it.
    result = invoke(neo4j_server, "cypher", "cReAtE /* no */ (:Probe {x: 1})")
    assert result.exit_code != 0
    assert "AccessMode" in result.output
    assert node_count(neo4j_driver, neo4j_server) == 0


def test_cypher_with_write_writes(neo4j_empty, neo4j_driver, neo4j_server) -> None:
    result = invoke(
        neo4j_server,
        "cypher",
        "CREATE (n:Probe {name: $name}) RETURN n.name AS name",
        "--param",
        "name=高楼村",
        "--write",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"name": "高楼村"}]
    assert node_count(neo4j_driver, neo4j_server) == 1


def test_cypher_parameters_are_sent_as_parameters(neo4j_empty, neo4j_driver, neo4j_server) -> None:
    result = invoke(
        neo4j_server,
        "cypher",
        "RETURN $x AS x, $n + 1 AS n",
        "--param",
        f"x={HOSTILE}",
        "--param",
        "n:int=41",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"x": HOSTILE, "n": 42}]


def test_pbkg_query_on_neo4j_prints_what_the_embedded_mode_prints(
    sample_in_neo4j: Neo4jSettings, neo4j_server, graph_file: Path
) -> None:
    for fmt in ("json", "csv", "table"):
        args = ["query", "partners", "--param", "unit=高楼村", "--format", fmt]
        on_neo4j = invoke(neo4j_server, *args)
        embedded = CliRunner().invoke(cli, [*args, "--graph", str(graph_file)], env={})
        assert on_neo4j.exit_code == 0, on_neo4j.output
        assert on_neo4j.output == embedded.output
    assert len(json.loads(invoke(neo4j_server, *args[:-1], "json").output)) == 3


def test_pbkg_query_on_neo4j_says_when_no_unit_matched(
    sample_in_neo4j: Neo4jSettings, neo4j_server
) -> None:
    result = CliRunner().invoke(
        cli, ["query", "partners", "--param", "unit=高楼"], env=neo4j_server.env()
    )
    assert result.exit_code == 1
    assert "no unit matched unit='高楼'; close names: 高楼村" in result.output


# -- `pbkg cypher` reading its statement from a file or from standard input ------------------
LONG_QUERY = """// top partners of one unit, as an analyst keeps it in a file
MATCH (u:Entity {name: $name})-[:PAIRED_WITH]-(p:Entity)
WITH p ORDER BY p.name
RETURN collect(p.name) AS partners,
       '文件里的 $name 只是文字' AS text
"""


def test_cypher_runs_a_statement_kept_in_a_file(
    sample_in_neo4j: Neo4jSettings, neo4j_server, tmp_path: Path
) -> None:
    path = tmp_path / "partners.cypher"
    path.write_bytes(b"\xef\xbb\xbf" + LONG_QUERY.encode())  # a BOM, as some editors write
    result = invoke(
        neo4j_server, "cypher", "-f", str(path), "-p", "name=高楼村", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {
            "partners": ["中国银行金山支行", "亭林镇", "恒信居委会"],
            "text": "文件里的 $name 只是文字",
        }
    ]


@pytest.mark.parametrize("args", [["-"], ["-f", "-"]])
def test_cypher_reads_standard_input(args: list[str], neo4j_empty, neo4j_server) -> None:
    result = CliRunner().invoke(
        cli,
        ["cypher", *args, "-p", f"x={HOSTILE}", "--format", "json"],
        env=neo4j_server.env(),
        input="RETURN $x AS x,\n       '高楼村' AS y\n",
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"x": HOSTILE, "y": "高楼村"}]


def test_a_file_does_not_supply_parameters(neo4j_empty, neo4j_server, tmp_path: Path) -> None:
    # Parameters come only from --param: a ":param" line or a $name in the file is no value.
    path = tmp_path / "q.cypher"
    path.write_text(":param name => '高楼村'\nRETURN $name AS name\n", encoding="utf-8")
    result = invoke(neo4j_server, "cypher", "-f", str(path))
    assert result.exit_code == 1
    assert result.output.startswith("Error: Neo4j:")
    path.write_text("RETURN $name AS name\n", encoding="utf-8")
    result = invoke(neo4j_server, "cypher", "-f", str(path))
    assert result.exit_code == 1
    assert "ParameterMissing" in result.output


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_a_write_from_a_file_or_stdin_is_refused_without_write(
    source: str, neo4j_empty, neo4j_driver, neo4j_server, tmp_path: Path
) -> None:
    statement = "MATCH (n) WITH count(n) AS c\n// looks like a read\ncReAtE (:Probe {c: c})\n"
    path = tmp_path / "w.cypher"
    path.write_text(statement, encoding="utf-8")
    args = ["cypher", "-f", str(path)] if source == "file" else ["cypher", "-"]
    for extra, nodes in (([], 0), (["--write"], 1)):
        result = CliRunner().invoke(
            cli,
            [*args, *extra],
            env=neo4j_server.env(),
            input=statement if source == "stdin" else None,
            catch_exceptions=False,
        )
        if nodes:
            assert result.exit_code == 0, result.output
        else:
            assert result.exit_code != 0
            assert "Neo.ClientError.Statement.AccessMode" in result.output
        assert node_count(neo4j_driver, neo4j_server) == nodes
