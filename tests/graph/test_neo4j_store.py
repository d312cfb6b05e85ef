"""The Neo4j store against a real Neo4j 5.26: the database holds exactly the model, loads
are idempotent, a changed article is replaced exactly, and a load that dies half-way
leaves only whole articles behind."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from click.testing import CliRunner

from graph.io import read_node_link
from graph.model import KnowledgeGraph
from graph.neo4j import LoadError, Neo4jStore
from graph.synth import synthetic_records
from pbkg.build import build_graph, write_outputs
from pbkg.cli import cli

pytestmark = pytest.mark.neo4j

A1, A2, A3 = "a1000000000000001", "a2000000000000002", "a3000000000000003"
BOC, DAIJING = "org:310116/中国银行金山支行", "place:310116101205"


@pytest.fixture
def store(neo4j_server, neo4j_empty) -> Neo4jStore:
    return Neo4jStore(neo4j_empty, neo4j_server.database)


def _query(store: Neo4jStore, cypher: str, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = store.driver.execute_query(cypher, params, database_=store.database)
    return [r.data() for r in records]


def test_the_database_holds_exactly_the_model(store, records, gazetteer) -> None:
    kg = build_graph(records, gazetteer)
    summary = store.load(kg)
    assert (summary.loaded, summary.unchanged, summary.replaced) == (3, 0, 0)
    assert store.counts() == kg.counts()
    assert store.read_graph() == kg


def test_the_mapping_the_named_queries_rely_on(store, records, gazetteer) -> None:
    store.load(build_graph(records, gazetteer))
    [village] = _query(store, "MATCH (n:Entity:Village {id: $id}) RETURN n", id=DAIJING)
    assert village["n"]["division_code"] == "310116101205"
    assert village["n"]["articles"] == [A1, A2]
    assert "subtype" not in village["n"]  # None is left out
    [pair] = _query(
        store,
        "MATCH (:Entity {id: $a})-[r:PAIRED_WITH]->(:Entity {id: $b}) RETURN properties(r) AS r",
        a=BOC,
        b=DAIJING,
    )
    r = pair["r"]
    assert r["evidence_article"] == [A1, A2]
    assert r["evidence_text"] == [
        "中国银行金山支行与待泾村结对帮扶",
        "待泾村与中国银行金山支行继续结对",
    ]
    assert r["evidence_start"] == [120, 33]
    assert r["kinds"] == ["结对", "结对帮扶"] and r["since"] == 2012
    names = {row["name"] for row in _query(store, "SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"entity_id", "article_id"} <= names


def test_loading_the_same_corpus_twice_changes_nothing(store, records, gazetteer) -> None:
    kg = build_graph(records, gazetteer)
    store.load(kg)
    before = store.read_graph()
    again = Neo4jStore(store.driver, store.database).load(kg)
    assert (again.loaded, again.unchanged, again.relationships) == (0, 3, 0)
    assert store.read_graph() == before == kg


def test_the_database_merges_articles_loaded_apart_as_the_model_does(
    store, records, gazetteer
) -> None:
    store.load(build_graph(records[:1], gazetteer))
    store.load(build_graph(records[1:], gazetteer))
    assert store.read_graph() == build_graph(records, gazetteer)


def test_a_changed_article_replaces_exactly_what_it_contributed(store, records, gazetteer) -> None:
    store.load(build_graph(records, gazetteer))
    changed = copy.deepcopy(records)
    a2 = changed[1]
    a2["article"]["id"] = "a2999999999999999"  # new text, new id, same file
    a2["relations"] = [r for r in a2["relations"] if r.get("kind") != "结对"]
    a2["entities"][1]["aliases"].append("待泾")
    kg2 = build_graph(changed, gazetteer)
    summary = store.load(kg2)
    assert (summary.loaded, summary.unchanged, summary.replaced) == (1, 2, 1)
    assert store.read_graph() == kg2
    assert store.counts() == kg2.counts()
    [pair] = _query(
        store,
        "MATCH (:Entity {id: $a})-[r:PAIRED_WITH]->(:Entity {id: $b}) RETURN properties(r) AS r",
        a=BOC,
        b=DAIJING,
    )
    assert pair["r"]["evidence_article"] == [A1]  # the withdrawn reading is gone
    assert _query(store, "MATCH (a:Article {id: $id}) RETURN a", id=A2) == []


def test_an_article_dropped_from_a_reread_file_is_withdrawn(store, records, gazetteer) -> None:
    """A file whose second story disappeared: the story's contributions go with it."""
    two = copy.deepcopy(records)
    two[2]["article"]["path"] = two[0]["article"]["path"]  # a3 was a second story of a1.txt
    two[2]["article"]["index"] = 1
    store.load(build_graph(two, gazetteer))
    kg = build_graph(two[:2], gazetteer)
    summary = store.load(kg)
    assert summary.replaced == 1
    assert store.read_graph() == kg


def test_batches_of_any_size_load_the_same_database(store, gazetteer) -> None:
    """Shared villages, enterprises and pairings recur across batches, so later batches
    merge into what earlier ones wrote, from an empty database and from one that held
    part of the corpus before the load."""
    records = list(synthetic_records(40, gazetteer, seed=7))
    kg = build_graph(records, gazetteer)
    store.load(kg, batch_articles=3)
    assert store.read_graph() == kg
    store.delete_all()
    store.load(build_graph(records[:15], gazetteer), batch_articles=4)
    summary = store.load(kg, batch_articles=6)
    assert (summary.loaded, summary.unchanged) == (25, 15)
    assert store.read_graph() == kg
    assert store.counts() == kg.counts()


def test_a_changed_article_in_a_later_batch_is_replaced_exactly(store, gazetteer) -> None:
    """Earlier batches of the load read and wrote the units the changed article names;
    its withdrawal changes them, so the batches after it must not trust what the load
    remembered before."""
    records = list(synthetic_records(20, gazetteer, seed=11))
    store.load(build_graph(records, gazetteer), batch_articles=4)
    old = records[13]["article"]["id"]
    copies = []
    for letter in "abcdef":  # other files reporting the same pairings, loaded first
        copy_ = copy.deepcopy(records[13])
        copy_["article"].update(id=f"{old}{letter}", path=f"synthetic/copy-{letter}.txt")
        copies.append(copy_)
    changed = copy.deepcopy(records)
    changed[13]["article"]["id"] = f"{old}z"  # new text, new id, same file: sorts last
    changed[13]["relations"] = changed[13]["relations"][:1]
    kg = build_graph(changed + copies, gazetteer)
    batches: list[int] = []
    summary = store.load(kg, batch_articles=3, on_batch=batches.append)
    assert (summary.loaded, summary.replaced, batches) == (7, 1, [3, 3, 1])
    assert store.read_graph() == kg
    assert store.counts() == kg.counts()


def test_a_later_batch_may_change_a_stored_label(store, records, gazetteer) -> None:
    """An unlinked place read as a residents' committee in one article and as a village
    in the next is a village (graph.model.merge_labels), loaded together or apart."""
    for record, entity in ((records[0], 0), (records[1], 1)):
        village = record["entities"][entity]
        assert village["name"] == "待泾村"
        del village["division_code"], village["level"]  # not linked: the label is as read
    records[0]["entities"][0]["type"] = "ResidentsCommittee"
    store.load(build_graph(records[:1], gazetteer))
    [first] = _query(store, "MATCH (n:Entity {name: '待泾村'}) RETURN n.id AS id, labels(n) AS l")
    assert "ResidentsCommittee" in first["l"]
    kg = build_graph(records, gazetteer)
    assert kg.node(first["id"])["label"] == "Village"
    store.load(kg, batch_articles=1)
    assert store.read_graph() == kg


def test_a_node_deleted_behind_a_load_stops_it_instead_of_writing_elsewhere(
    store, records, gazetteer
) -> None:
    def delete_the_shared_village(_: int) -> None:
        _query(store, "MATCH (n:Entity {id: $id}) DETACH DELETE n", id=DAIJING)

    with pytest.raises(LoadError, match="another writer"):
        store.load(
            build_graph(records, gazetteer), batch_articles=1, on_batch=delete_the_shared_village
        )
    assert _loaded_articles(store) == [A1]


class _FailingStore(Neo4jStore):
    """A store whose connection is lost in the middle of its ``fail_in``-th transaction."""

    def __init__(self, *args: Any, fail_in: int, on_failure: Any = None) -> None:
        super().__init__(*args)
        self.fail_in, self.on_failure = fail_in, on_failure
        self.transactions = 0
        self.statements = 0

    def _write_batch(self, tx, part, stale, known):  # type: ignore[no-untyped-def]
        self.transactions += 1
        self.statements = 0
        return super()._write_batch(tx, part, stale, known)

    def _run(self, tx, query, **params):  # type: ignore[no-untyped-def]
        self.statements += 1
        # Fail after some writes of this transaction went through (the 6th statement is
        # past the first entity writes), so a rollback has real work to undo.
        if self.transactions == self.fail_in and self.statements == 6:
            if self.on_failure is not None:
                self.on_failure()
            raise ConnectionError("connection lost (injected)")
        return super()._run(tx, query, **params)


def _loaded_articles(store: Neo4jStore) -> list[str]:
    return sorted(n for n, _ in store.read_graph().nodes("Article"))


def test_a_load_failing_mid_transaction_leaves_whole_articles_and_a_rerun_completes_it(
    neo4j_server, neo4j_empty, records, gazetteer
) -> None:
    kg = build_graph(records, gazetteer)
    failing = _FailingStore(neo4j_empty, neo4j_server.database, fail_in=2)
    with pytest.raises(ConnectionError):
        failing.load(kg, batch_articles=1)
    store = Neo4jStore(neo4j_empty, neo4j_server.database)
    assert _loaded_articles(store) == [A1]
    assert store.read_graph() == build_graph(records[:1], gazetteer)  # nothing of a2
    summary = store.load(kg)
    assert (summary.loaded, summary.unchanged) == (2, 1)
    assert store.read_graph() == kg


def test_a_server_killed_mid_load_leaves_whole_articles_and_a_rerun_completes_it(
    neo4j_restartable, records, gazetteer
) -> None:
    server = neo4j_restartable
    kg = build_graph(records, gazetteer)
    with server.driver(max_transaction_retry_time=1.0) as driver:
        failing = _FailingStore(driver, server.database, fail_in=2, on_failure=server.kill)
        with pytest.raises(Exception):  # noqa: B017 - the driver's or the injected error
            failing.load(kg, batch_articles=1)
    server.start()
    with server.driver() as driver:
        store = Neo4jStore(driver, server.database)
        assert store.read_graph() == build_graph(records[:1], gazetteer)
        store.load(kg)
        assert store.read_graph() == kg
        assert store.counts() == kg.counts()


def test_pbkg_load_reads_a_build_directory(
    neo4j_server, neo4j_empty, records, gazetteer, tmp_path
) -> None:
    kg = build_graph(records, gazetteer)
    write_outputs(records, kg, tmp_path)
    result = CliRunner().invoke(cli, ["load", str(tmp_path)], env=neo4j_server.env())
    assert result.exit_code == 0, result.output
    assert '"loaded": 3' in result.output
    store = Neo4jStore(neo4j_empty, neo4j_server.database)
    assert store.read_graph() == kg


def test_an_empty_graph_loads_as_nothing(store) -> None:
    summary = store.load(KnowledgeGraph())
    assert summary.loaded == 0
    assert set(store.counts().values()) == {0}


def test_pbkg_build_with_neo4j_loads_what_it_wrote(
    neo4j_server, neo4j_empty, example_corpus, tmp_path
) -> None:
    out = tmp_path / "build"
    args = ["build", str(example_corpus), "--out", str(out), "--neo4j"]
    result = CliRunner().invoke(cli, args, env=neo4j_server.env())
    assert result.exit_code == 0, result.output
    kg = read_node_link(out / "graph.json")
    store = Neo4jStore(neo4j_empty, neo4j_server.database)
    assert store.read_graph() == kg
