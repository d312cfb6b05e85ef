"""A persistent local Neo4j without Docker: the project's launcher (an embedded Neo4j 5.26
Community built from Maven Central artifacts by ``make neo4j-server``) run as a
background server on a data directory that stays, Bolt on 127.0.0.1 only, authentication
on with the password from ``NEO4J_PASSWORD`` (``.env``).

``pbkg neo4j start|stop|status`` and ``make neo4j`` call :func:`start`, :func:`stop` and
:func:`status`. The server is left running when the command returns; its pid, Bolt URI
and log are in the data directory (``pbkg-neo4j.pid``, ``pbkg-neo4j.log``).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from pbkg.processes import alive

REPO = Path(__file__).resolve().parent.parent
DEFAULT_LAUNCHER = REPO / "tests" / "neo4j_server" / "target" / "neo4j-launcher.jar"
PID_FILE = "pbkg-neo4j.pid"
LOG_FILE = "pbkg-neo4j.log"
_READY = "PBKG-NEO4J READY "


class LocalNeo4jError(RuntimeError):
    """The local server cannot be started or stopped; the message says why."""


def default_home(env: dict[str, str] | None = None) -> Path:
    """``PBKG_NEO4J_HOME``, else ``$XDG_DATA_HOME/pbkg/neo4j`` (``~/.local/share``)."""
    env = dict(os.environ) if env is None else env
    if env.get("PBKG_NEO4J_HOME"):
        return Path(env["PBKG_NEO4J_HOME"]).expanduser()
    data = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "pbkg" / "neo4j"


@dataclass(frozen=True)
class LocalServer:
    home: Path  # the DBMS home: data, transaction logs, logs; kept across restarts
    launcher: Path = DEFAULT_LAUNCHER
    port: int = 7687
    heap: str = "1g"

    @property
    def pid_file(self) -> Path:
        return self.home / PID_FILE

    @property
    def log_file(self) -> Path:
        return self.home / LOG_FILE

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"


def status(server: LocalServer) -> int | None:
    """The pid of the running server, or None."""
    try:
        pid = int(server.pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pid if alive(pid) else None


def _java(server: LocalServer) -> list[str]:
    java = shutil.which("java")
    if java is None:
        raise LocalNeo4jError(
            "java not found: install a JDK 17 (apt-get install openjdk-17-jdk-headless)"
        )
    if not server.launcher.is_file():
        raise LocalNeo4jError(
            f"no Neo4j launcher at {server.launcher}: build it with `make neo4j-server`"
        )
    return [java, f"-Xmx{server.heap}", "-jar", str(server.launcher)]


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text("utf-8", "replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def start(server: LocalServer, password: str, timeout: float = 180.0) -> str:
    """Start the server in the background (a no-op when it runs) and return its Bolt URI.

    The first start on a home sets the password of the user ``neo4j`` (``password``, 8
    characters or more); later starts keep the one the data directory holds. Raises
    :class:`LocalNeo4jError` (with the end of the server's log) when it cannot start."""
    if status(server) is not None:
        return server.uri
    java = _java(server)
    first = not (server.home / "data" / "dbms" / "auth.ini").exists()
    if first and len(password) < 8:
        raise LocalNeo4jError(
            "NEO4J_PASSWORD must be set, 8 characters or more (copy .env.example to .env "
            "and choose one)"
        )
    server.home.mkdir(parents=True, exist_ok=True)
    if first:
        proc = subprocess.run(
            [
                *java,
                "--home",
                str(server.home),
                "--admin",
                "dbms",
                "set-initial-password",
                password,
            ],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            raise LocalNeo4jError(f"setting the password failed:\n{proc.stdout}{proc.stderr}")
    with open(server.log_file, "ab") as log:
        offset = log.tell()
        proc2 = subprocess.Popen(
            [*java, "--home", str(server.home), "--port", str(server.port), "--auth", "--no-stdin"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # outlives this command and its terminal
        )
    server.pid_file.write_text(f"{proc2.pid} {server.uri}\n")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with open(server.log_file, "rb") as log:
            log.seek(offset)
            text = log.read().decode("utf-8", "replace")
        if _READY in text:
            return server.uri
        if proc2.poll() is not None:
            server.pid_file.unlink(missing_ok=True)
            raise LocalNeo4jError(
                f"Neo4j stopped while starting ({proc2.returncode}):\n{_tail(server.log_file)}"
            )
        time.sleep(0.3)
    stop(server)
    raise LocalNeo4jError(f"Neo4j not ready after {timeout:.0f} s:\n{_tail(server.log_file)}")


def stop(server: LocalServer, timeout: float = 60.0) -> bool:
    """Stop the server cleanly (SIGTERM; SIGKILL after ``timeout``). False when none ran."""
    pid = status(server)
    if pid is None:
        server.pid_file.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if alive(pid):
        os.kill(pid, signal.SIGKILL)
    server.pid_file.unlink(missing_ok=True)
    return True
