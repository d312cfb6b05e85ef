"""`pbkg query` in embedded mode, and the parts of `pbkg cypher` that need no server."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from pbkg.cli import cli
from queries.library import load_queries

NO_NEO4J = {"NEO4J_URI": None}  # CliRunner removes variables set to None


def run(*args: str):
    return CliRunner().invoke(cli, list(args), env=NO_NEO4J)


def test_list_shows_every_query_with_its_questions() -> None:
    result = run("query", "--list")
    assert result.exit_code == 0
    for query in load_queries().values():
        assert query.name in result.output
        assert query.question_zh in result.output
        assert query.question_en in result.output


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_every_readme_example_runs_on_the_sample_graph(name: str, graph_file: Path) -> None:
    # The examples name units of the demo build, where test_readme_examples.py requires
    # rows; on this hand-made sample they must still run (a unit it lacks is an error).
    words = shlex.split(load_queries()[name].example)[1:]  # drop "pbkg"
    result = run(*words, "--graph", str(graph_file), "--format", "json")
    assert result.exit_code == 0 or "no unit matched" in result.output, result.output


def test_query_prints_json_rows(graph_file: Path) -> None:
    result = run(
        "query", "partners", "-p", "unit=高楼村", "--graph", str(graph_file), "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert [r["partner"] for r in json.loads(result.output)] == [
        "中国银行金山支行",
        "亭林镇",
        "恒信居委会",
    ]


def test_query_without_neo4j_reads_build_graph_json(
    graph_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "graph.json").write_bytes(graph_file.read_bytes())
    monkeypatch.chdir(tmp_path)
    result = run("query", "top_partners", "-p", "limit=1", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith("org:-/金山中学,金山中学,")


def test_missing_graph_says_how_to_get_one(tmp_path: Path) -> None:
    result = run("query", "brokers", "--graph", str(tmp_path / "none.json"))
    assert result.exit_code == 1
    assert "pbkg build" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "nonesuch"], "no query named 'nonesuch'"),
        (["query", "partners"], "missing parameter 'unit'"),
        (["query", "brokers", "-p", "limit=many"], "wants an integer"),
        (["query", "brokers", "-p", "limit"], "key=value"),
        (["query", "top_partners", "-p", "limit=-1"], "must not be negative"),
        (["query"], "--list"),
    ],
)
def test_bad_invocations_are_usage_errors(args: list[str], message: str, graph_file: Path) -> None:
    result = run(*args, "--graph", str(graph_file))
    assert result.exit_code == 2
    assert message in result.output


def test_cypher_refuses_a_mistyped_parameter_before_connecting() -> None:
    result = run("cypher", "RETURN $k", "--param", "k:int=three", "--uri", "bolt://127.0.0.1:1")
    assert result.exit_code == 2
    assert "is not of type int" in result.output


def test_cypher_reports_an_unreachable_server_plainly() -> None:
    result = run("cypher", "RETURN 1", "--uri", "bolt://127.0.0.1:1")
    assert result.exit_code == 1
    assert result.output.startswith("Error: Neo4j:")


def test_graph_may_name_the_build_directory(graph_file: Path) -> None:
    result = run("query", "brokers", "--graph", str(graph_file.parent), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["name"] == "金山中学"


def test_adhoc_parameters_are_strings_unless_typed() -> None:
    from queries.run import parse_adhoc_params

    assert parse_adhoc_params(["name=高楼村", "k:int=3", "x:float=0.5", "b:bool=TRUE", "e="]) == {
        "name": "高楼村",
        "k": 3,
        "x": 0.5,
        "b": True,
        "e": "",
    }
    assert parse_adhoc_params(["q=a=b"]) == {"q": "a=b"}  # split at the first "=" only


# -- where `pbkg cypher` reads its statement: argument, -f FILE or standard input ------------
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cypher"], "give a STATEMENT, -f FILE, or -"),
        (["cypher", "RETURN 1", "-f", "q.cypher"], "not both"),
        (["cypher", "-", "-f", "-"], "not both"),
        (["cypher", "-f", "nonesuch.cypher"], "cannot read the statement from nonesuch.cypher"),
        (["cypher", "-f", "."], "is a directory"),
        (["cypher", "-f", "latin1.cypher"], "cannot read the statement from latin1.cypher"),
        (["cypher", "-f", "empty.cypher"], "the statement from empty.cypher is empty"),
        (["cypher", "-"], "the statement from standard input is empty"),
        (["cypher", "  "], "the statement from the argument is empty"),
    ],
)
def test_cypher_wants_exactly_one_nonempty_source(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "q.cypher").write_text("RETURN 1", encoding="utf-8")
    (tmp_path / "empty.cypher").write_text(" \n", encoding="utf-8")
    (tmp_path / "latin1.cypher").write_bytes("RETURN 'é'".encode("latin-1"))
    result = CliRunner().invoke(cli, [*args, "--uri", "bolt://127.0.0.1:1"], env=NO_NEO4J, input="")
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_cypher_reads_a_file_before_connecting(tmp_path: Path) -> None:
    # The file is read (and found readable) first; only then is the server asked.
    (tmp_path / "q.cypher").write_text("RETURN 1", encoding="utf-8")
    result = run("cypher", "-f", str(tmp_path / "q.cypher"), "--uri", "bolt://127.0.0.1:1")
    assert result.exit_code == 1
    assert result.output.startswith("Error: Neo4j:")


def test_a_unit_that_matches_nothing_is_an_error_with_close_names(graph_file: Path) -> None:
    # "(0 rows)" would read as "a unit with no partners"; a typo must not look like that.
    result = run("query", "partners", "--param", "unit=高楼", "--graph", str(graph_file))
    assert result.exit_code == 1
    assert "no unit matched unit='高楼'" in result.output
    assert "close names: 高楼村" in result.output
    result = run(
        "query",
        "evidence",
        "-p",
        "unit=不存在的村",
        "-p",
        "partner=高楼村",
        "--graph",
        str(graph_file),
    )
    assert result.exit_code == 1
    assert "no unit matched unit='不存在的村'" in result.output
    assert "partner" not in result.output  # 高楼村 exists


def test_an_existing_unit_with_no_rows_is_still_zero_rows(graph_file: Path) -> None:
    result = run("query", "coverage_gaps", "--param", "area=高楼村", "--graph", str(graph_file))
    assert result.exit_code == 0, result.output
    assert "(0 rows)" in result.output
