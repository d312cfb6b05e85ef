"""The bulk import against a real Neo4j 5.26: a graph written as ``neo4j-admin database
import full`` files, imported by Neo4j's own import tool (the launcher's ``--admin`` mode
runs it from the same Maven artifacts as the server), opened by a server started on the
imported store, holds exactly the model and answers every named query with the same rows
as the database the batched loader (``pbkg load``) filled."""

from __future__ import annotations

import csv
import shlex
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j_fixture import JAR, LocalNeo4j, Neo4jUnavailable, java_options, unavailable
from query_random import random_graph
from query_sample import small_graph
from test_query_neo4j import param_cases, settings_for

from graph.io import write_node_link
from graph.model import KnowledgeGraph
from graph.neo4j import Neo4jStore
from graph.neo4j.bulk import BulkImportError, run_import, write_import_files
from pbkg.cli import cli
from queries.run import run_neo4j

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).resolve().parents[2]


def admin(home: Path) -> list[str]:
    """neo4j-admin, as the launcher runs it on the DBMS in ``home``."""
    return ["java", *java_options("512m"), "-jar", str(JAR), "--home", str(home), "--admin"]


@pytest.fixture
def imported(tmp_path: Path) -> Iterator[tuple[Path, list[LocalNeo4j]]]:
    """A fresh DBMS home to import into, and the servers a test starts on it."""
    home = Path(tempfile.mkdtemp(prefix="pbkg-neo4j-bulk-"))
    servers: list[LocalNeo4j] = []
    try:
        yield home, servers
    finally:
        for s in servers:
            s.close()
        import shutil

        shutil.rmtree(home, ignore_errors=True)


def start_on(home: Path, servers: list[LocalNeo4j]) -> LocalNeo4j:
    server = LocalNeo4j(home=home, heap="512m")
    servers.append(server)
    try:
        server.start()
    except Neo4jUnavailable as exc:
        unavailable(str(exc))
    return server


def tricky_graph() -> KnowledgeGraph:
    """Values the CSV must carry exactly: commas, quotes, line breaks, backslashes, an
    empty string, a pairing read once without text or kind (evidence lists of one "")."""
    kg = small_graph()
    kg.add_node("a9", "Article", "t", title='引号"与,逗号\n换行\\', date="2021-01-01")
    kg.add_node("org:-/甲,公司", "Organization", '甲,"公司"', articles=["a9"])
    kg.add_node("place:-/乙村", "Village", "乙村", articles=["a9"])
    for n in ("org:-/甲,公司", "place:-/乙村"):
        kg.add_mention(n, "a9", aliases=[kg.node(n)["name"]])
    kg.add_pairing(
        "org:-/甲,公司",
        "place:-/乙村",
        kind=None,
        since=None,
        article="a9",
        evidence=None,
        confidence=0.5,
        rule="pair.test",
    )
    return kg


def bulk_load(kg: KnowledgeGraph, tmp_path: Path, home: Path, servers: list[LocalNeo4j]):
    files = write_import_files(kg, tmp_path / "import")
    run_import(files, admin(home), max_off_heap="256m")
    server = start_on(home, servers)
    with server.driver() as driver:
        store = Neo4jStore(driver, server.database)
        store.ensure_schema()  # constraints and indexes after the import
        assert store.counts() == kg.counts()
        assert store.read_graph() == kg
        names = {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name").records}
        assert {"entity_id", "article_id"} <= names
    return server


def test_an_imported_graph_is_the_model_with_values_csv_finds_hard(
    tmp_path: Path, imported
) -> None:
    home, servers = imported
    kg = tricky_graph()
    files = write_import_files(kg, tmp_path / "import")
    assert files.restore == ["evidence_kind", "evidence_text"]
    assert files.multiline == ["nodes-Article.csv"]
    header = (tmp_path / "import" / "relationships-PAIRED_WITH.csv").read_text().splitlines()[0]
    assert header.startswith(":START_ID(Entity),:END_ID(Entity),articles:string[],")
    assert "confidence:double" in header and "evidence_start:long[]" in header
    # Only the start node of the pairing read without text is marked for restoring.
    with (tmp_path / "import" / "nodes-Organization.csv").open(newline="") as fh:
        marked = [row["id"] for row in csv.DictReader(fh) if row[":LABEL"]]
    assert marked == ["org:-/甲,公司"]
    server = bulk_load(kg, tmp_path, home, servers)  # asserts read_graph() == kg
    with server.driver() as driver:
        left = driver.execute_query("MATCH (n:PbkgRestore) RETURN count(n) AS n").records
    assert left[0]["n"] == 0  # the mark goes once the lists are restored


def test_a_graph_with_nothing_to_restore_marks_no_node(tmp_path: Path) -> None:
    files = write_import_files(small_graph(), tmp_path)
    assert files.restore == []
    assert not any(":LABEL" in f.read_text() for f in tmp_path.glob("nodes-*.csv"))


def test_a_value_holding_the_array_delimiter_is_refused(tmp_path: Path) -> None:
    kg = small_graph()
    kg.add_node("a9", "Article", "t", title="t", authors=["甲\x1f乙"])
    with pytest.raises(BulkImportError, match="U\\+001F"):
        write_import_files(kg, tmp_path)


def test_evidence_text_holding_the_array_delimiter_is_refused(tmp_path: Path) -> None:
    kg = small_graph()
    kg.add_node("org:-/丁公司", "Organization", "丁公司")
    kg.add_node("place:-/戊村", "Village", "戊村")
    kg.add_pairing(
        "org:-/丁公司",
        "place:-/戊村",
        kind=None,
        since=None,
        article="a1",
        evidence={"text": "丁\x1f戊", "start": 0, "end": 3},
        confidence=0.5,
    )
    with pytest.raises(BulkImportError, match="evidence_text"):
        write_import_files(kg, tmp_path)


def test_an_empty_list_is_no_value_but_a_list_of_one_empty_string_is_refused(
    tmp_path: Path,
) -> None:
    # The writer joins a whole column of lists at once; [] and [""] both join to "".
    kg = small_graph()
    kg.add_node("org:-/己公司", "Organization", "己公司", articles=[])
    write_import_files(kg, tmp_path / "ok")
    with (tmp_path / "ok" / "nodes-Organization.csv").open(newline="") as fh:
        rows = {row["id"]: row for row in csv.DictReader(fh)}
    assert rows["org:-/己公司"]["articles:string[]"] == ""
    kg.add_node("org:-/庚公司", "Organization", "庚公司", articles=[""])
    with pytest.raises(BulkImportError, match="one empty string"):
        write_import_files(kg, tmp_path / "refused")


def test_a_column_with_one_value_to_quote_is_quoted_whole_and_reads_back(tmp_path: Path) -> None:
    kg = small_graph()
    kg.add_node("a9", "Article", "t", title='辛,"壬"', authors=["癸,甲", "乙"])
    kg.add_node("a8", "Article", "u", title="", authors=["丙"])
    write_import_files(kg, tmp_path)
    text = (tmp_path / "nodes-Article.csv").read_text(encoding="utf-8")
    with (tmp_path / "nodes-Article.csv").open(newline="") as fh:
        rows = {row["id"]: row for row in csv.DictReader(fh)}
    assert rows["a9"]["title"] == '辛,"壬"' and rows["a8"]["title"] == ""
    assert rows["a9"]["authors:string[]"] == "癸,甲\x1f乙"
    last = text.splitlines()[-1]  # a8, the node added last
    assert last.endswith(',""')  # an empty title is a quoted empty string, not a missing one
    assert ',"丙",' in last  # every value of a column that needs quotes is quoted


# The hand-made sample is inside tricky_graph (checked whole above); these two add
# breadth: a random graph and the built example corpus.
@pytest.mark.parametrize("graph", ["random", "examples"])
def test_every_named_query_answers_the_imported_store_as_the_loaded_one(
    graph: str, tmp_path: Path, imported, neo4j_empty, neo4j_server
) -> None:
    if graph == "examples":
        from pbkg.build import build_corpus

        build_corpus([REPO / "examples" / "corpus"], tmp_path / "build", progress=False)
        from graph.io import read_node_link

        kg = read_node_link(tmp_path / "build" / "graph.json")
    else:
        kg = random_graph(3)
    Neo4jStore(neo4j_empty, neo4j_server.database).load(kg)  # the batched loader
    loaded = settings_for(neo4j_server)
    home, servers = imported
    imported_settings = settings_for(bulk_load(kg, tmp_path, home, servers).server)
    rows = 0
    for name, raws in param_cases(kg).items():
        for raw in raws:
            want = run_neo4j(name, raw, loaded).rows
            assert run_neo4j(name, raw, imported_settings).rows == want, (name, raw)
            rows += len(want)
    assert rows > 0


def test_pbkg_load_bulk_imports_and_pbkg_load_then_finds_every_article(
    tmp_path: Path, imported
) -> None:
    home, servers = imported
    kg = tricky_graph()
    write_node_link(kg, tmp_path / "graph.json")
    command = shlex.join(admin(home))
    result = CliRunner().invoke(
        cli, ["load", str(tmp_path), "--bulk", "--neo4j-admin", command], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "relationships" in result.output
    server = start_on(home, servers)
    env = server.server.env()
    again = CliRunner().invoke(cli, ["load", str(tmp_path)], env=env, catch_exceptions=False)
    assert again.exit_code == 0, again.output
    assert '"unchanged": 4' in again.output and '"loaded": 0' in again.output
    # A second import into the same (now existing) database is refused without --overwrite.
    server.stop()
    refused = CliRunner().invoke(cli, ["load", str(tmp_path), "--bulk", "--neo4j-admin", command])
    assert refused.exit_code == 2 and "import failed" in refused.output


def test_pbkg_load_bulk_without_neo4j_admin_says_how_to_get_one(tmp_path: Path) -> None:
    write_node_link(small_graph(), tmp_path / "graph.json")
    result = CliRunner().invoke(cli, ["load", str(tmp_path), "--bulk"], env={"NEO4J_HOME": ""})
    assert result.exit_code == 2
    assert "--neo4j-home" in result.output and "--csv-only" in result.output
    only = CliRunner().invoke(cli, ["load", str(tmp_path), "--bulk", "--csv-only"])
    assert only.exit_code == 0, only.output
    assert (tmp_path / "import" / "import.args").is_file()
    assert "neo4j-admin database import full" in only.output
