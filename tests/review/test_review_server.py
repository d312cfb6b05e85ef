"""The local server that saves decisions: 127.0.0.1 only, and nothing without the token."""

from __future__ import annotations

import http.client
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.reviews import Decision, read_decisions
from pbkg.review import ReviewServer

DECISION = Decision(
    "distinct", ("org:-/甲乙公司", "org:-/丙丁公司"), "林审", "2026-12-03T10:00:00Z"
).to_json()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ReviewServer]:
    s = ReviewServer("<!DOCTYPE html><title>页</title>", tmp_path / "reviews.jsonl")
    thread = threading.Thread(target=s.serve_forever, daemon=True)
    thread.start()
    yield s
    s.shutdown()
    s.server_close()


def request(
    s: ReviewServer, method: str, path: str, body: str = "", headers: dict[str, str] | None = None
) -> tuple[int, bytes]:
    port = s.server_address[1]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(
        method, path, body.encode("utf-8"), {"Host": f"127.0.0.1:{port}", **(headers or {})}
    )
    r = conn.getresponse()
    out = r.status, r.read()
    conn.close()
    return out


def _own_addresses() -> set[str]:
    """This machine's IPv4 addresses other than loopback (a UDP connect sends nothing)."""
    found = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            found.add(probe.getsockname()[0])
        except OSError:
            pass
    return {str(a) for a in found if not str(a).startswith("127.") and a != "0.0.0.0"}


def test_it_listens_on_the_loopback_address_only(server: ReviewServer) -> None:
    assert server.server_address[0] == "127.0.0.1"
    assert server.url.startswith(f"http://127.0.0.1:{server.server_address[1]}/?token=")
    others = _own_addresses()
    for address in others:  # the machine's other addresses (when it has any) are closed
        with pytest.raises(OSError):
            socket.create_connection((address, server.server_address[1]), timeout=2)


def test_the_page_needs_the_token(server: ReviewServer) -> None:
    assert request(server, "GET", "/")[0] == 403
    assert request(server, "GET", "/?token=guess")[0] == 403
    status, body = request(server, "GET", f"/?token={server.token}")
    assert status == 200 and "页" in body.decode("utf-8")


def test_decisions_are_refused_without_the_token_and_appended_with_it(
    server: ReviewServer,
) -> None:
    path = server.reviews
    assert request(server, "POST", "/decisions", DECISION)[0] == 403
    assert request(server, "POST", "/decisions", DECISION, {"X-Pbkg-Token": "guess"})[0] == 403
    # The token in the address is for the page; a post must carry it in its header.
    assert request(server, "POST", f"/decisions?token={server.token}", DECISION)[0] == 403
    assert not path.exists()
    status, body = request(server, "POST", "/decisions", DECISION, {"X-Pbkg-Token": server.token})
    assert status == 200 and json.loads(body)["saved"] == 1
    assert [d.to_json() for d in read_decisions(path)] == [DECISION]


def test_a_bad_line_saves_nothing(server: ReviewServer) -> None:
    body = DECISION + "\n" + '{"action": "bless"}\n'
    status, answer = request(server, "POST", "/decisions", body, {"X-Pbkg-Token": server.token})
    assert status == 400 and b"request:2" in answer
    assert not server.reviews.exists()


def test_another_host_name_is_refused_even_with_the_token(server: ReviewServer) -> None:
    """A page on a domain that resolves to 127.0.0.1 (DNS rebinding) is not our page."""
    headers = {"X-Pbkg-Token": server.token, "Host": "attacker.example"}
    assert request(server, "POST", "/decisions", DECISION, headers)[0] == 403
    get = request(server, "GET", f"/?token={server.token}", headers={"Host": "attacker.example"})
    assert get[0] == 403
    assert request(server, "OPTIONS", "/decisions")[0] == 403  # no CORS preflight answered
