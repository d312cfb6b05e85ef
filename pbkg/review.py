"""``pbkg review``: the review page of a built graph, and the small local server that
saves the decisions made on it.

The server (standard library only) binds 127.0.0.1 and nothing else, and hands out a
fresh random token per session: the page is served only at ``/?token=…`` and decisions
are accepted only with the token in an ``X-Pbkg-Token`` header. Another local page can
neither read the served page (same-origin policy) nor send that header without a CORS
preflight this server never answers; a ``Host`` other than 127.0.0.1/localhost (DNS
rebinding) is refused as well.
"""

from __future__ import annotations

import hmac
import json
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from graph.io import read_node_link
from graph.reviews import (
    POSSIBLE_MISSES,
    DecisionError,
    append_decisions,
    parse_decisions,
    possible_miss_items,
    read_decisions,
    read_possible_misses,
    settle_misses,
    with_possible_misses,
)
from graph.reviews import review_queue as _review_queue
from ingest.read.decode import DecodeError, decode_bytes
from viz.review import ReviewPage, render_review_page, review_page_data

HOST = "127.0.0.1"
CONTEXT_CHARS = 80
MAX_BODY = 5 * 1024 * 1024
_TAG = re.compile(r"<[^>]*>|<[^>]*$|^[^<]*>")


def default_reviews(directory: str | Path) -> Path:
    """Where decisions go unless ``--reviews`` says otherwise: next to the graph."""
    return Path(directory) / "reviews.jsonl"


class ArticleContext:
    """The text of the file around an evidence quote (files read once each).

    Offsets point into the decoded file (README: Reading articles), so the context is
    the file's own characters; HTML tags in it are dropped for reading. JSON Lines
    articles (offsets into one record's text) give no context.
    """

    def __init__(self, chars: int = CONTEXT_CHARS) -> None:
        self.chars = chars
        self._texts: dict[str, str | None] = {}

    def _text(self, path: str) -> str | None:
        if path not in self._texts:
            try:
                self._texts[path] = decode_bytes(Path(path).read_bytes()).text
            except (OSError, DecodeError):
                self._texts[path] = None
        return self._texts[path]

    def __call__(self, article: dict[str, Any], start: int, end: int) -> tuple[str, str] | None:
        path = article.get("path")
        if not path or str(path).endswith(".jsonl"):
            return None
        text = self._text(str(path))
        if text is None or end > len(text):
            return None
        before = text[max(0, start - self.chars) : start]
        after = text[end : end + self.chars]
        return _plain(before), _plain(after)


def _plain(text: str) -> str:
    return " ".join(_TAG.sub(" ", text).split())


@dataclass(frozen=True, slots=True)
class ReviewRun:
    """What ``pbkg review`` made: the page, its item count, the decisions file, and
    ``render()``, which renders the page again with the decisions file as it is now
    (the server calls it per request, so a reload shows what was saved)."""

    html: str
    items: int
    reviews: Path
    render: Callable[[], str]
    kinds: dict[str, int] = field(default_factory=dict)  # items per kind, in queue order


def review_page(
    directory: str | Path,
    reviews: str | Path | None = None,
    *,
    threshold: float = 0.8,
    reviewer: str = "",
) -> ReviewRun:
    """The review page for ``DIRECTORY/graph.json`` (and the build's possible misses,
    ``DIRECTORY/possible_misses.jsonl``), with the decisions already in ``reviews``
    (default ``DIRECTORY/reviews.jsonl``) marked done.

    Raises ``FileNotFoundError`` without a graph, :class:`DecisionError` for a bad
    decisions file, ``ValueError`` for a bad possible-misses file.
    """
    kg = read_node_link(Path(directory) / "graph.json")
    path = Path(reviews) if reviews else default_reviews(directory)
    # Settled on this graph: the page quotes the misses under the ids its items show.
    misses = settle_misses(kg, read_possible_misses(Path(directory) / POSSIBLE_MISSES))
    items = with_possible_misses(_review_queue(kg, threshold), possible_miss_items(kg, misses))
    kinds: dict[str, int] = {}
    for item in items:
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
    context = ArticleContext()

    def render() -> str:
        page: ReviewPage = review_page_data(
            kg,
            items,
            decisions=read_decisions(path),
            context=context,
            reviewer=reviewer,
            threshold=threshold,
            misses=misses,
        )
        return render_review_page(page)

    return ReviewRun(render(), len(items), path, render, kinds)


# -- the local server --------------------------------------------------------------------
class ReviewServer(ThreadingHTTPServer):
    """Serves one page (a string, or a function rendering it afresh per request) and
    appends posted decisions to one file (see the module doc)."""

    daemon_threads = True

    def __init__(self, page: str | Callable[[], str], reviews: Path, port: int = 0) -> None:
        self.page = page
        self.reviews = reviews
        self.token = secrets.token_urlsafe(24)
        self.lock = threading.Lock()
        super().__init__((HOST, port), _Handler)

    @property
    def url(self) -> str:
        """The page's address, token included (print it, open it; do not share it)."""
        return f"http://{HOST}:{self.server_address[1]}/?token={self.token}"

    def token_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())

    def save(self, body: str) -> int:
        """Check every posted line, then append them all (or none)."""
        decisions = list(parse_decisions(body.splitlines(), "request"))
        with self.lock:
            return append_decisions(self.reviews, decisions)


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "pbkg-review"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the token is in the request line: keep it out of the terminal's scrollback

    def _reply(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, value: dict[str, Any]) -> None:
        body = json.dumps(value, ensure_ascii=False).encode("utf-8")
        self._reply(status, body, "application/json; charset=utf-8")

    def _host_ok(self) -> bool:
        port = self.server.server_address[1]
        return self.headers.get("Host") in (f"{HOST}:{port}", f"localhost:{port}")

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        token = parse_qs(url.query).get("token", [None])[0]
        if not self._host_ok() or not self.server.token_ok(token):
            self._json(403, {"error": "forbidden"})
        elif url.path != "/":
            self._json(404, {"error": "not found"})
        else:
            page = self.server.page
            html = page if isinstance(page, str) else page()
            self._reply(200, html.encode("utf-8"), "text/html; charset=utf-8")

    def do_POST(self) -> None:
        if not self._host_ok() or not self.server.token_ok(self.headers.get("X-Pbkg-Token")):
            self._json(403, {"error": "forbidden"})
            return
        if urlsplit(self.path).path != "/decisions":
            self._json(404, {"error": "not found"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._json(413, {"error": "too large"})
            return
        try:
            saved = self.server.save(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, DecisionError) as e:
            self._json(400, {"error": str(e)})
            return
        self._json(200, {"saved": saved, "file": str(self.server.reviews)})

    def do_OPTIONS(self) -> None:
        # A cross-origin preflight gets no CORS headers, so the browser stops there.
        self._json(403, {"error": "forbidden"})
