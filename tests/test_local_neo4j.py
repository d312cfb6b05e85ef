"""`pbkg neo4j start|stop|status` (and `make neo4j`): a persistent local Neo4j without
Docker, on a real Neo4j 5.26 from the project's launcher; and what `pbkg cypher` and
`pbkg query` say when no server answers."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j_fixture import Neo4jUnavailable, build_launcher, unavailable

from pbkg.cli import cli

PASSWORD = "local-secret-42"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def closed_uri() -> str:
    return f"bolt://127.0.0.1:{free_port()}"


@pytest.mark.neo4j
def test_a_local_server_keeps_its_data_and_its_password_across_restarts(tmp_path: Path) -> None:
    import neo4j

    try:
        build_launcher()
    except Neo4jUnavailable as exc:
        unavailable(str(exc))
    home, env_file, port = tmp_path / "data", tmp_path / ".env", free_port()
    env_file.write_text(f'# as .env.example\nNEO4J_PASSWORD="{PASSWORD}"\n', encoding="utf-8")
    env = {"NEO4J_PASSWORD": None, "PBKG_NEO4J_HEAP": "512m", "NEO4J_URI": None}
    args = ["--home", str(home)]
    run = CliRunner().invoke

    no_password = run(cli, ["neo4j", "start", *args, "--env-file", str(tmp_path / "none")], env=env)
    assert no_password.exit_code == 2 and ".env" in no_password.output

    started = run(
        cli, ["neo4j", "start", *args, "--port", str(port), "--env-file", str(env_file)], env=env
    )
    uri = f"bolt://127.0.0.1:{port}"
    try:
        assert started.exit_code == 0, started.output
        assert uri in started.output
        assert run(cli, ["neo4j", "status", *args], env=env).exit_code == 0
        with neo4j.GraphDatabase.driver(uri, auth=("neo4j", PASSWORD)) as driver:
            driver.execute_query("CREATE (:Probe {name: '留存'})")
        with (
            neo4j.GraphDatabase.driver(uri, auth=("neo4j", "not-the-password")) as driver,
            pytest.raises(neo4j.exceptions.AuthError),
        ):
            driver.verify_connectivity()
        # Bolt listens on the loopback address only.
        with socket.socket() as s:
            s.settimeout(2)
            outside = socket.gethostbyname(socket.gethostname())
            if not outside.startswith("127."):
                assert s.connect_ex((outside, port)) != 0

        stopped = run(cli, ["neo4j", "stop", *args], env=env)
        assert stopped.exit_code == 0 and "stopped" in stopped.output
        assert run(cli, ["neo4j", "status", *args], env=env).exit_code == 1

        # A restart needs no password: the data directory holds it, and the data.
        again = run(cli, ["neo4j", "start", *args, "--port", str(port)], env=env)
        assert again.exit_code == 0, again.output
        with neo4j.GraphDatabase.driver(uri, auth=("neo4j", PASSWORD)) as driver:
            records, _, _ = driver.execute_query("MATCH (p:Probe) RETURN p.name AS name")
        assert [r["name"] for r in records] == ["留存"]
    finally:
        run(cli, ["neo4j", "stop", *args], env=env)
    assert (home / "data" / "databases" / "neo4j").is_dir()


def test_pbkg_cypher_without_a_server_says_how_to_start_one() -> None:
    result = CliRunner().invoke(cli, ["cypher", "RETURN 1"], env={"NEO4J_URI": closed_uri()})
    assert result.exit_code == 1
    assert "make neo4j" in result.output and "pbkg neo4j start" in result.output
    assert "--graph" in result.output  # named queries need no server


def test_pbkg_query_on_an_unreachable_neo4j_points_at_the_embedded_mode() -> None:
    result = CliRunner().invoke(
        cli, ["query", "partners", "--param", "unit=某村"], env={"NEO4J_URI": closed_uri()}
    )
    assert result.exit_code == 1
    assert "--graph" in result.output
