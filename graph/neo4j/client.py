"""Connecting to Neo4j, and ad-hoc or named Cypher run on it (for queries/run.py)."""

from __future__ import annotations

from typing import Any

from neo4j import READ_ACCESS, WRITE_ACCESS, Driver, GraphDatabase, ManagedTransaction

from graph.settings import Neo4jSettings


def connect(settings: Neo4jSettings) -> Driver:
    """A driver for ``settings``; raises the driver's errors when unreachable."""
    driver = GraphDatabase.driver(settings.uri, auth=settings.auth())
    driver.verify_connectivity()
    return driver


def run_cypher(
    settings: Neo4jSettings,
    query: str,
    params: dict[str, Any] | None = None,
    *,
    write: bool = False,
) -> tuple[list[str], list[dict[str, Any]]]:
    """Run one Cypher statement with ``params`` sent as parameters; return (columns, rows).

    Without ``write`` the session's default access mode is READ and the statement runs in
    a read transaction, so the *server* refuses any write clause (a
    ``neo4j.exceptions.ClientError`` with code ``Neo.ClientError.Statement.AccessMode``);
    nothing here inspects the query text. Rows are ``Record.data()`` dicts: nodes become
    their property maps, relationships ``(start, type, end)`` tuples. Raises the driver's
    errors (unreachable server, syntax error, refused write).
    """

    def work(tx: ManagedTransaction) -> tuple[list[str], list[dict[str, Any]]]:
        result = tx.run(query, params or {})
        return list(result.keys()), [r.data() for r in result]

    with (
        connect(settings) as driver,
        driver.session(
            database=settings.database,
            default_access_mode=WRITE_ACCESS if write else READ_ACCESS,
            # The server's hints (e.g. "property key does not exist" on a database that
            # has no such data yet) would be logged to stderr under every result table.
            notifications_min_severity="OFF",
        ) as session,
    ):
        return session.execute_write(work) if write else session.execute_read(work)
