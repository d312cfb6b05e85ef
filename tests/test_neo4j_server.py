"""The test Neo4j itself: a real 5.26 server answering over Bolt (see tests/neo4j_fixture.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.neo4j
def test_answers_return_1_over_bolt(neo4j_driver, neo4j_server):
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one", database_=neo4j_server.database)
    assert records[0]["one"] == 1


@pytest.mark.neo4j
def test_is_neo4j_5_26(neo4j_driver, neo4j_server):
    records, _, _ = neo4j_driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition",
        database_=neo4j_server.database,
    )
    kernel = next(r for r in records if r["name"] == "Neo4j Kernel")
    assert kernel["versions"][0].startswith("5.26."), kernel["versions"]
    if not neo4j_server.external:
        assert kernel["edition"] == "community"


@pytest.mark.neo4j
def test_write_then_read_round_trip(neo4j_empty, neo4j_server):
    db = neo4j_server.database
    neo4j_empty.execute_query(
        "CREATE (:Village {code: $code, name: $name})-[:PAIRED_WITH {kind: '城乡结对'}]->"
        "(:Organization {name: $org})",
        code="330106001001",
        name="翠苑一区",
        org="杭州市西湖区人民法院",
        database_=db,
    )
    records, _, _ = neo4j_empty.execute_query(
        "MATCH (v:Village)-[p:PAIRED_WITH]->(o:Organization) RETURN v.name AS v, p.kind AS k, "
        "o.name AS o",
        database_=db,
    )
    assert [(r["v"], r["k"], r["o"]) for r in records] == [
        ("翠苑一区", "城乡结对", "杭州市西湖区人民法院")
    ]


@pytest.mark.neo4j
def test_empty_wipes_data_constraints_and_indexes(neo4j_empty, neo4j_server):
    db = neo4j_server.database
    neo4j_empty.execute_query(
        "CREATE CONSTRAINT t_org IF NOT EXISTS FOR (o:TOrg) REQUIRE o.id IS UNIQUE", database_=db
    )
    neo4j_empty.execute_query(
        "CREATE INDEX t_name IF NOT EXISTS FOR (o:TOrg) ON (o.name)", database_=db
    )
    neo4j_empty.execute_query("CREATE (:TOrg {id: 1})", database_=db)

    from neo4j_fixture import wipe

    wipe(neo4j_empty, db)
    count, _, _ = neo4j_empty.execute_query("MATCH (n) RETURN count(n) AS n", database_=db)
    assert count[0]["n"] == 0
    constraints, _, _ = neo4j_empty.execute_query("SHOW CONSTRAINTS YIELD name", database_=db)
    assert constraints == []
    indexes, _, _ = neo4j_empty.execute_query("SHOW INDEXES YIELD name, type", database_=db)
    assert {r["type"] for r in indexes} <= {"LOOKUP"}


@pytest.mark.neo4j
def test_restartable_server_recovers_committed_data_only(neo4j_restartable):
    server = neo4j_restartable
    with server.driver() as driver:
        driver.execute_query("CREATE (:Article {id: 'a1', title: '结对共建'})")
        with driver.session() as session:
            tx = session.begin_transaction()
            tx.run("UNWIND range(2, 100) AS i CREATE (:Article {id: 'a' + i})").consume()
            uri = server.uri
            server.kill()  # SIGKILL mid-transaction: no clean shutdown, no commit
            assert not server.running
    server.start()  # recovery from the transaction log
    assert server.uri == uri  # the same port, so clients can reconnect
    with server.driver() as driver:
        records, _, _ = driver.execute_query("MATCH (a:Article) RETURN a.id AS id, a.title AS t")
        assert [(r["id"], r["t"]) for r in records] == [("a1", "结对共建")]
        driver.execute_query("CREATE (:Article {id: 'b'})")
    server.stop()  # a clean shutdown this time
    server.start()
    with server.driver() as driver:
        records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n")
        assert records[0]["n"] == 2


UNAVAILABLE_PROBE = """
import pytest

@pytest.mark.neo4j
def test_probe(neo4j_server):
    pass
"""


def run_probe(directory: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the pytest probe in ``directory`` with the Neo4j fixture plugin and ``env``,
    under an empty configuration of its own (not the repository's)."""
    # pytest 9.2 refuses ``-c /dev/null`` (no .ini/.cfg/.toml extension): an empty ini.
    config = directory / "probe.ini"
    config.write_text("[pytest]\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "neo4j_fixture", "-rs", "-q", "-c", str(config)],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("ci", ["", "true"])
def test_a_neo4j_that_cannot_start_skips_or_under_ci_fails(ci, tmp_path):
    """No java on PATH: the Neo4j tests skip with the reason, and fail under CI=true."""
    (tmp_path / "test_probe.py").write_text(UNAVAILABLE_PROBE)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PYTEST_"))}
    env.update(PATH=str(tmp_path), CI=ci, PYTHONPATH=str(Path(__file__).parent))
    proc = run_probe(tmp_path, env)
    assert "java not found" in proc.stdout, proc.stdout
    if ci:
        assert proc.returncode != 0
        assert "CI=true makes this a failure" in proc.stdout
    else:
        assert proc.returncode == 0, proc.stdout
        assert "1 skipped" in proc.stdout


WIPE_PROBE = """
import pytest

@pytest.mark.neo4j
def test_probe(neo4j_empty):
    pass
"""


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("extra", "wiped"),
    [({"CI": "true"}, False), ({"PBKG_TEST_NEO4J_WIPE": "true"}, False),
     ({"PBKG_TEST_NEO4J_WIPE": "1"}, True)],
    ids=["CI-alone-never-wipes", "opt-in-is-exactly-1", "opt-in-wipes"],
)  # fmt: skip
def test_a_server_named_by_neo4j_uri_is_wiped_only_with_the_explicit_opt_in(
    extra, wiped, neo4j_empty, neo4j_server, tmp_path
):
    """Another session's fixture, pointed by NEO4J_URI at this (data-holding) server, is a
    developer's shell pointed at their real database: CI=true alone must not wipe it."""
    db = neo4j_server.database
    neo4j_empty.execute_query("CREATE (:Keep {name: '河湾村'})", database_=db)
    (tmp_path / "test_probe.py").write_text(WIPE_PROBE)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PYTEST_", "CI"))}
    env.pop("PBKG_TEST_NEO4J_WIPE", None)
    env.update(neo4j_server.env(), PYTHONPATH=str(Path(__file__).parent), **extra)
    proc = run_probe(tmp_path, env)
    records, _, _ = neo4j_empty.execute_query("MATCH (n:Keep) RETURN count(n) AS n", database_=db)
    assert records[0]["n"] == (0 if wiped else 1), proc.stdout
    if wiped:
        assert proc.returncode == 0, proc.stdout
    else:
        assert "PBKG_TEST_NEO4J_WIPE=1" in proc.stdout, proc.stdout
        # CI: refusing is a failure (nothing was tested); elsewhere a skip with the reason.
        assert ("1 error" in proc.stdout) == ("CI" in extra), proc.stdout
