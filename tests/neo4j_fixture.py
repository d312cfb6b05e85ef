"""A real Neo4j 5.26 for the tests: pytest fixtures (registered in tests/conftest.py).

Where the server comes from
    * ``NEO4J_URI`` set: that server is used (``NEO4J_USERNAME`` / ``NEO4J_PASSWORD`` /
      ``NEO4J_DATABASE``, database default ``neo4j``).
    * otherwise: the launcher in ``tests/neo4j_server`` (an embedded Neo4j 5.26 Community
      built from Maven Central artifacts by ``tests/neo4j_server/build.sh``, which is run here
      when the jar is missing or stale) is started on a free port with its database in a
      temporary directory, and stopped at the end of the session. Authentication is disabled
      on it: ``auth`` is ``None``, and any username/password is accepted as well.
    * it cannot start (no Java, build failure, timeout ~120 s): under CI (tests/strict.py)
      the test fails with the reason and the tail of the JVM's log; otherwise it is skipped.

Mark tests that need it ``@pytest.mark.neo4j``.

Fixtures
    ``neo4j_server`` (session): a :class:`Neo4jServer` with ``uri``, ``auth`` (tuple or
        ``None``) and ``database``; ``neo4j_server.env()`` gives the NEO4J_* variables for a
        subprocess such as the ``pbkg`` CLI.
    ``neo4j_driver`` (session): an official ``neo4j.Driver`` connected to it. Pass
        ``database_=neo4j_server.database`` (or ``session(database=...)``).
    ``neo4j_empty`` (function): the same driver, with the database wiped first: every node
        and relationship deleted, every constraint and index (except the built-in token
        lookup indexes) dropped. Only a server this module started is wiped without asking;
        a server given by ``NEO4J_URI`` is wiped only with ``PBKG_TEST_NEO4J_WIPE=1``
        (otherwise the test skips, or fails under CI: see :func:`wipe_refusal`).
    ``neo4j_restartable`` (function): a private :class:`LocalNeo4j` of its own (always
        started from the launcher, even when ``NEO4J_URI`` is set), already running on a fresh
        data directory, for tests that stop the server mid-work::

            server = neo4j_restartable
            driver = server.driver()         # a new driver; close it (or use ``with``)
            server.kill()                    # SIGKILL: a crash, no clean shutdown
            server.stop()                    # or: clean shutdown (stdin closed, then SIGTERM)
            server.start()                   # again, same data directory, same port if free
            server.uri, server.auth, server.database, server.home, server.log_tail()

        It is stopped and its directory removed when the test ends.

:class:`LocalNeo4j` can also be used directly (``LocalNeo4j(home=None).start()``); a failure
to start raises :class:`Neo4jUnavailable` whose message ends with the JVM log's tail.
The JVM heap is 1 GiB by default (``PBKG_NEO4J_HEAP``, e.g. ``512m``); extra JVM flags come
from ``PBKG_NEO4J_JAVA_OPTS`` (see :func:`java_options`); a start may take 120 s
(``PBKG_NEO4J_START_TIMEOUT``).
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest
from strict import missing

LAUNCHER_DIR = Path(__file__).resolve().parent / "neo4j_server"
JAR = LAUNCHER_DIR / "target" / "neo4j-launcher.jar"
CDS_ARCHIVE = LAUNCHER_DIR / "target" / "launcher.jsa"
START_TIMEOUT = 120.0
BUILD_TIMEOUT = 1200.0
READY = re.compile(r"^PBKG-NEO4J READY (bolt://\S+) version=(\S+) home=(.*)$", re.M)


class Neo4jUnavailable(RuntimeError):
    """The test Neo4j could not be started or reached; the message says why."""


@dataclass(frozen=True)
class Neo4jServer:
    uri: str
    auth: tuple[str, str] | None
    database: str = "neo4j"
    external: bool = False

    def env(self) -> dict[str, str]:
        """NEO4J_* variables pointing at this server, for a subprocess's environment."""
        user, password = self.auth or ("neo4j", "")
        return {
            "NEO4J_URI": self.uri,
            "NEO4J_USERNAME": user,
            "NEO4J_PASSWORD": password,
            "NEO4J_DATABASE": self.database,
        }


WIPE_OPT_IN = "PBKG_TEST_NEO4J_WIPE"


def unavailable(reason: str) -> NoReturn:
    """Fail under CI, otherwise skip: the suite's rule (:mod:`strict`) for a Neo4j that is
    not there."""
    missing(f"Neo4j unavailable: {reason}")


def launcher_is_built() -> bool:
    if not JAR.is_file() or not (JAR.parent / "lib").is_dir():
        return False
    built = JAR.stat().st_mtime
    sources = [LAUNCHER_DIR / "pom.xml", *(LAUNCHER_DIR / "src").rglob("*")]
    return all(p.stat().st_mtime <= built for p in sources if p.is_file())


def build_launcher() -> None:
    """Run tests/neo4j_server/build.sh (a no-op when already built)."""
    if launcher_is_built():
        return
    try:
        proc = subprocess.run(
            ["bash", str(LAUNCHER_DIR / "build.sh")],
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Neo4jUnavailable(f"building the launcher failed: {exc}") from exc
    if proc.returncode != 0 or not JAR.is_file():
        tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-40:])
        raise Neo4jUnavailable(f"tests/neo4j_server/build.sh failed:\n{tail}")


def start_timeout() -> float:
    """Seconds a start may take: ``PBKG_NEO4J_START_TIMEOUT``, default 120."""
    return float(os.environ.get("PBKG_NEO4J_START_TIMEOUT") or START_TIMEOUT)


def java_options(heap: str) -> list[str]:
    """JVM flags: a modest heap; C1 only and the class-data-sharing archive written by
    build.sh, which together cut the CPU a start costs to a third (tests start servers
    often, on two cores); then PBKG_NEO4J_JAVA_OPTS (``-XX:TieredStopAtLevel=4``: full JIT)."""
    opts = [f"-Xmx{heap}", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1"]
    if CDS_ARCHIVE.is_file():
        opts += [f"-XX:SharedArchiveFile={CDS_ARCHIVE}", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
    return opts + shlex.split(os.environ.get("PBKG_NEO4J_JAVA_OPTS", ""))


def _wait_for_bolt(uri: str, auth: tuple[str, str] | None, deadline: float) -> None:
    import neo4j

    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with neo4j.GraphDatabase.driver(uri, auth=auth) as driver:
                driver.verify_connectivity()
            return
        except Exception as exc:  # the server is still coming up
            last = exc
            time.sleep(0.5)
    raise Neo4jUnavailable(f"Bolt at {uri} did not answer: {last}")


class LocalNeo4j:
    """One launcher JVM: an embedded Neo4j 5.26 with Bolt on 127.0.0.1.

    ``home=None`` gives a temporary database the JVM deletes when it stops; with a home,
    the data stays there across :meth:`kill` / :meth:`stop` and :meth:`start`.
    """

    auth: tuple[str, str] | None = None
    database = "neo4j"

    def __init__(self, home: Path | None = None, port: int = 0, heap: str | None = None):
        self.home = Path(home) if home is not None else None
        self.port = port
        self.heap = heap or os.environ.get("PBKG_NEO4J_HEAP", "1g")
        self.version: str | None = None
        self.uri: str | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._logdir = Path(tempfile.mkdtemp(prefix="pbkg-neo4j-log-"))
        self.log_path = self._logdir / "launcher.log"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def server(self) -> Neo4jServer:
        if self.uri is None:
            raise Neo4jUnavailable("not started")
        return Neo4jServer(self.uri, self.auth, self.database)

    def start(self, timeout: float | None = None) -> LocalNeo4j:
        """Start the JVM and return once Bolt answers; raise Neo4jUnavailable otherwise.

        A restart asks for the port of the previous run; should another process have taken
        it meanwhile, the server comes up on a new free port (``uri`` tells which)."""
        if self.running:
            return self
        java = shutil.which("java")
        if java is None:
            raise Neo4jUnavailable("java not found (Java 17 is needed for the test Neo4j)")
        build_launcher()
        timeout = start_timeout() if timeout is None else timeout
        deadline = time.monotonic() + timeout
        try:
            try:
                self._launch(java, self.port, deadline, timeout)
            except Neo4jUnavailable:
                if self.port == 0 or "already in use" not in self.log_tail():
                    raise
                self._launch(java, 0, deadline, timeout)
        except Neo4jUnavailable as exc:
            self.kill()
            raise Neo4jUnavailable(
                f"{exc}\n--- {self.log_path} (tail) ---\n{self.log_tail()}"
            ) from None
        return self

    def _launch(self, java: str, port: int, deadline: float, timeout: float) -> None:
        cmd = [java, *java_options(self.heap), "-jar", str(JAR), "--port", str(port)]
        if self.home is not None:
            cmd += ["--home", str(self.home)]
        with open(self.log_path, "ab") as log:
            log.write(f"== {time.strftime('%H:%M:%S')} {' '.join(cmd)}\n".encode())
            log.flush()
            offset = log.tell()
            # stdin stays an open pipe: the JVM exits by itself when this process goes away.
            self._proc = subprocess.Popen(
                cmd, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT
            )
        try:
            match = self._wait_ready(offset, deadline, timeout)
            self.uri, self.version = match.group(1), match.group(2)
            self.port = int(self.uri.rsplit(":", 1)[1])  # a restart asks for the same port
            _wait_for_bolt(self.uri, self.auth, deadline)
        except Neo4jUnavailable:
            self.kill()
            raise

    def _wait_ready(self, offset: int, deadline: float, timeout: float) -> re.Match[str]:
        assert self._proc is not None
        while True:
            with open(self.log_path, "rb") as log:
                log.seek(offset)
                text = log.read().decode("utf-8", "replace")
            match = READY.search(text)
            if match:
                return match
            code = self._proc.poll()
            if code is not None:
                raise Neo4jUnavailable(f"the Neo4j launcher exited with code {code}")
            if time.monotonic() > deadline:
                raise Neo4jUnavailable(f"Neo4j not ready after {timeout:.0f} s")
            time.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL the JVM, like a crash or a power cut: no clean shutdown."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        self._close_stdin(proc)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop cleanly: close stdin (the launcher shuts down), then SIGTERM, then SIGKILL."""
        proc = self._proc
        if proc is None:
            return
        self._close_stdin(proc)
        for sig in (None, signal.SIGTERM):
            if sig is not None and proc.poll() is None:
                proc.send_signal(sig)
            try:
                proc.wait(timeout=timeout / 2)
                break
            except subprocess.TimeoutExpired:
                continue
        self.kill()

    @staticmethod
    def _close_stdin(proc: subprocess.Popen[bytes]) -> None:
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()

    def close(self) -> None:
        """Stop and remove the log directory (the home, if given, is the caller's)."""
        self.stop()
        shutil.rmtree(self._logdir, ignore_errors=True)

    def driver(self, **config: object):
        """A new official driver to this server (the caller closes it)."""
        import neo4j

        if self.uri is None:
            raise Neo4jUnavailable("not started")
        return neo4j.GraphDatabase.driver(self.uri, auth=self.auth, **config)

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text("utf-8", "replace")
        except OSError:
            return "(no log)"
        out = text.splitlines()[-lines:]
        if self.home is not None:
            debug = self.home / "logs" / "debug.log"
            if debug.is_file():
                out += [f"--- {debug} (tail) ---"]
                out += debug.read_text("utf-8", "replace").splitlines()[-lines:]
        return "\n".join(out)


def external_server() -> Neo4jServer | None:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    user = os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER")
    password = os.environ.get("NEO4J_PASSWORD", "")
    auth = (user, password) if user else None
    database = os.environ.get("NEO4J_DATABASE") or "neo4j"
    return Neo4jServer(uri, auth, database, external=True)


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jServer]:
    external = external_server()
    if external is not None:
        try:
            _wait_for_bolt(external.uri, external.auth, time.monotonic() + 30)
        except Neo4jUnavailable as exc:
            unavailable(f"NEO4J_URI={external.uri}: {exc}")
        yield external
        return
    local = LocalNeo4j()
    try:
        local.start()
        failure = None
    except Neo4jUnavailable as exc:
        failure = str(exc)  # the launcher's log stays, for a closer look
    if failure is not None:
        unavailable(failure)
    try:
        yield local.server
    finally:
        local.close()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: Neo4jServer):
    import neo4j

    driver = neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth)
    try:
        yield driver
    finally:
        driver.close()


def wipe(driver, database: str = "neo4j") -> None:
    """Delete all data, constraints and indexes (keeping the built-in token lookup indexes)."""
    with driver.session(database=database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
        for record in list(session.run("SHOW CONSTRAINTS YIELD name")):
            session.run(f"DROP CONSTRAINT `{record['name']}` IF EXISTS").consume()
        indexes = session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
        for record in list(indexes):
            session.run(f"DROP INDEX `{record['name']}` IF EXISTS").consume()


def wipe_refusal(server: Neo4jServer) -> str | None:
    """None when the tests may wipe ``server``'s database, else why not.

    A server this fixture started itself holds nothing but test data. A server named by
    ``NEO4J_URI`` is someone's database: it is wiped only with the explicit opt-in
    ``PBKG_TEST_NEO4J_WIPE=1`` (exactly ``1``), never because ``CI`` is set (a developer
    shell with ``CI`` exported must not wipe a real database)."""
    if not server.external or os.environ.get(WIPE_OPT_IN) == "1":
        return None
    return (
        f"NEO4J_URI={server.uri} is not a server the tests started; set {WIPE_OPT_IN}=1 to "
        "let them wipe its database"
    )


@pytest.fixture
def neo4j_empty(neo4j_server: Neo4jServer, neo4j_driver):
    refusal = wipe_refusal(neo4j_server)
    if refusal is not None:
        missing(refusal)
    wipe(neo4j_driver, neo4j_server.database)
    return neo4j_driver


@pytest.fixture
def neo4j_restartable() -> Iterator[LocalNeo4j]:
    home = Path(tempfile.mkdtemp(prefix="pbkg-neo4j-home-"))
    server = LocalNeo4j(home=home)
    try:
        server.start()
        failure = None
    except Neo4jUnavailable as exc:
        failure = str(exc)  # the launcher's log stays, for a closer look
    if failure is not None:
        shutil.rmtree(home, ignore_errors=True)
        unavailable(failure)
    try:
        yield server
    finally:
        server.close()
        shutil.rmtree(home, ignore_errors=True)
