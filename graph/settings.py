"""Where the Neo4j database is: one small settings object, built at the CLI edge.

Library functions take a :class:`Neo4jSettings`; only the CLI reads the environment
(NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) and flags into one.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_URI = "bolt://localhost:7687"


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str = DEFAULT_URI
    username: str | None = "neo4j"
    password: str | None = None  # None: connect without authentication
    database: str | None = None  # None: the server's default database

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str] | None = None,
        *,
        uri: str | None = None,
        username: str | None = None,
        password: str | None = None,
        database: str | None = None,
    ) -> Neo4jSettings:
        """Settings from ``env`` (default: the process environment); a non-None keyword
        (a command-line flag) wins over the environment."""
        env = os.environ if env is None else env
        return cls(
            uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
            username=username or env.get("NEO4J_USERNAME") or "neo4j",
            password=password if password is not None else env.get("NEO4J_PASSWORD"),
            database=database or env.get("NEO4J_DATABASE") or None,
        )

    def auth(self) -> tuple[str, str] | None:
        """The driver's basic auth, or None when no password is set."""
        if self.password is None:
            return None
        return (self.username or "neo4j", self.password)

    def __repr__(self) -> str:  # never print the password
        return (
            f"Neo4jSettings(uri={self.uri!r}, username={self.username!r}, "
            f"password={'***' if self.password else None}, database={self.database!r})"
        )


def read_env_file(path: str | os.PathLike[str]) -> dict[str, str]:
    """``KEY=VALUE`` lines of a ``.env`` file (as docker compose reads it: ``#`` comments,
    optional quotes around the value); {} when there is no such file."""
    out: dict[str, str] = {}
    try:
        text = open(path, encoding="utf-8").read()  # noqa: SIM115 - read at once
    except OSError:
        return out
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        out[key.strip().removeprefix("export ").strip()] = value
    return out
