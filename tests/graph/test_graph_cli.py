"""`pbkg build` end to end on the example corpus, and the Neo4j settings at the CLI edge."""

from __future__ import annotations

import json

from click.testing import CliRunner

from graph.io import read_graphml, read_node_link
from graph.settings import Neo4jSettings
from pbkg.cli import cli


def test_pbkg_build_writes_every_output_and_prints_a_summary(example_corpus, tmp_path) -> None:
    out = tmp_path / "build"
    result = CliRunner().invoke(cli, ["build", str(example_corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["articles"] >= 5
    assert summary["rejected"] == []
    assert set(summary["entities"]) == {
        "Organization",
        "Village",
        "ResidentsCommittee",
        "Region",
        "Person",
    }
    kg = read_node_link(out / "graph.json")
    assert kg.counts()["Article"] == summary["articles"]
    assert kg.counts()["PAIRED_WITH"] == summary["pairings"]
    assert read_graphml(out / "graph.graphml") == kg
    records = (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(records) == summary["articles"]


def test_a_rejected_input_exits_1_but_the_rest_is_still_built(example_corpus, tmp_path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\xff\xfe" * 50)
    out = tmp_path / "build"
    one = sorted(example_corpus.iterdir())[0]
    result = CliRunner().invoke(cli, ["build", str(one), str(bad), "--out", str(out)])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout)
    assert len(summary["rejected"]) == 1 and "broken.txt" in summary["rejected"][0]
    assert summary["articles"] >= 1
    assert read_node_link(out / "graph.json").counts()["Article"] == summary["articles"]


def test_flags_win_over_the_environment_and_the_password_is_never_shown() -> None:
    env = {
        "NEO4J_URI": "bolt://db:7687",
        "NEO4J_USERNAME": "reader",
        "NEO4J_PASSWORD": "s3cret-pw",
        "NEO4J_DATABASE": "news",
    }
    s = Neo4jSettings.from_env(env, uri="bolt://other:7687")
    assert (s.uri, s.username, s.database) == ("bolt://other:7687", "reader", "news")
    assert s.auth() == ("reader", "s3cret-pw")
    assert "s3cret-pw" not in repr(s)


def test_without_a_password_pbkg_connects_without_authentication() -> None:
    s = Neo4jSettings.from_env({})
    assert s.uri == "bolt://localhost:7687"
    assert s.auth() is None
    assert s.database is None


def test_pbkg_load_says_when_neo4j_cannot_be_reached(records, gazetteer, tmp_path) -> None:
    from typed_records import typed

    from graph.article_graph import build_graph
    from pbkg.build import write_outputs

    write_outputs(records, build_graph(typed(records), gazetteer), tmp_path)
    # Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    args = ["load", str(tmp_path), "--uri", "bolt://127.0.0.1:1"]
    result = CliRunner().invoke(cli, args, env={"NEO4J_PASSWORD": ""})
    assert result.exit_code == 2
    assert "neo4j: bolt://127.0.0.1:1" in result.stderr
