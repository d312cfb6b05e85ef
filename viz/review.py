"""The review page: one self-contained HTML file listing what needs a human look
(:func:`graph.reviews.review_queue`), each item with its evidence in context and the
graph around it, and buttons (and keys) that record decisions.

Escaping follows :mod:`viz.html`: the data goes in as JSON inside
``<script type="application/json">`` (``script_json``), the page script builds every
element from text nodes, and a Content-Security-Policy allows only the page's own
scripts by hash. ``connect-src 'self'`` lets a page served by ``pbkg review --serve``
post decisions to that server and nowhere else; opened from a file it can only save
by download.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.model import KnowledgeGraph
from graph.reviews import Decision, PossibleMiss, ReviewItem
from ingest.atomicio import atomic_write_text
from viz.html import ASSETS, inline_asset, page_script, template_environment

TEMPLATE = "review.html"
DEFAULT_TITLE = "区域化党建 · 人工审核"
MAX_EVIDENCE = 5
MAX_NEIGHBOURS = 8

# (article node attributes, start, end) → the text of the file just before and after
# the evidence, or None when the file cannot be read.
ContextReader = Callable[[dict[str, Any], int, int], tuple[str, str] | None]


@dataclass(frozen=True, slots=True)
class ReviewPage:
    """What the page holds, before it is rendered."""

    items: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    meta: dict[str, Any]


def review_page_data(
    kg: KnowledgeGraph,
    items: Iterable[ReviewItem],
    *,
    decisions: Iterable[Decision] = (),
    context: ContextReader | None = None,
    reviewer: str = "",
    threshold: float = 0.8,
    title: str = DEFAULT_TITLE,
    misses: Iterable[PossibleMiss] = (),
) -> ReviewPage:
    """The page's data: each queue item with its ends, evidence and neighbourhood
    (a ``miss`` item's evidence: the sentences of ``misses`` on its pair)."""
    around = _Neighbourhood(kg)
    articles = {a: d for a, d in kg.nodes("Article")}
    missed: dict[tuple[str, ...], list[PossibleMiss]] = {}
    for m in misses:
        missed.setdefault(tuple(sorted(m.ids)), []).append(m)
    out = []
    for item in items:
        ends = [around.describe(n) for n in item.ids]
        entry: dict[str, Any] = {
            "key": item.key,
            "kind": item.kind,
            "reason": item.reason,
            "confidence": item.confidence,
            "title": item.title,
            "ids": list(item.ids),
            "ends": ends,
        }
        if item.kind == "pairing":
            data = kg.edge(item.ids[0], item.ids[1], "PAIRED_WITH") or {}
            quotes = sorted(
                data.get("evidence") or (),
                key=lambda q: (q.get("confidence") or 0.0, q["article"], q.get("start") or 0),
            )
            entry["kinds"] = list(data.get("kinds") or ())
            entry["since"] = data.get("since")
            entry["evidence"] = [_quote(q, articles, context) for q in quotes[:MAX_EVIDENCE]]
            entry["more_evidence"] = max(len(quotes) - MAX_EVIDENCE, 0)
        elif item.kind == "miss":
            found = sorted(
                missed.get(tuple(sorted(item.ids)), ()),
                key=lambda m: (-m.probability, m.evidence.article or "", m.evidence.start or 0),
            )
            entry["kinds"] = sorted({m.kind for m in found if m.kind})
            entry["since"] = next((m.since for m in found if m.since), None)
            entry["evidence"] = [
                _quote(
                    {**m.evidence.to_dict(), "rule": m.rule, "confidence": m.probability},
                    articles,
                    context,
                )
                for m in found[:MAX_EVIDENCE]
            ]
            entry["more_evidence"] = max(len(found) - MAX_EVIDENCE, 0)
        else:
            # The articles that name either unit, each with which of the two it names.
            named = [set(kg.node(n).get("articles") or ()) for n in item.ids]
            arts = sorted(named[0] | named[1])
            entry["evidence"] = [
                {
                    **_quote({"article": a}, articles, None),
                    "names": [i + 1 for i, found in enumerate(named) if a in found],
                }
                for a in arts[:MAX_EVIDENCE]
            ]
            entry["more_evidence"] = max(len(arts) - MAX_EVIDENCE, 0)
        out.append(entry)
    meta = {"reviewer": reviewer, "threshold": threshold, "title": title, "items": len(out)}
    return ReviewPage(out, [d.to_dict() for d in decisions], meta)


def _quote(
    q: dict[str, Any], articles: dict[str, dict[str, Any]], context: ContextReader | None
) -> dict[str, Any]:
    art = articles.get(q["article"], {})
    out = {
        "article": q["article"],
        "doc": art.get("doc"),
        "path": art.get("path"),
        "title": art.get("title"),
        "date": art.get("date"),
        "source": art.get("source"),
        "text": q.get("text"),
        "start": q.get("start"),
        "end": q.get("end"),
        "rule": q.get("rule"),
        "confidence": q.get("confidence"),
    }
    if context is not None and art and q.get("start") is not None and q.get("end") is not None:
        around = context(art, int(q["start"]), int(q["end"]))
        if around is not None:
            out["before"], out["after"] = around
    return out


class _Neighbourhood:
    """Each unit's place, partners and posts, indexed once for the whole queue."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.parent: dict[str, str] = {}
        self.partners: dict[str, list[str]] = {}
        self.posts: dict[str, list[str]] = {}
        for u, v, d in kg.edges():
            t = d["type"]
            if t == "PART_OF" and (u not in self.parent or d["articles"]):
                self.parent[u] = v
            elif t == "PAIRED_WITH":
                self.partners.setdefault(u, []).append(v)
                self.partners.setdefault(v, []).append(u)
            elif t == "HOLDS_POST":
                self.posts.setdefault(v, []).append(f"{kg.node(u)['name']} {d['title']}")

    def _name(self, n: str) -> str:
        return str(self.kg.node(n).get("name") or n)

    def describe(self, n: str) -> dict[str, Any]:
        d = self.kg.node(n)
        chain: list[str] = []
        p = self.parent.get(n)
        while p is not None and len(chain) < 4:
            chain.append(self._name(p))
            p = self.parent.get(p)
        partners = sorted(self._name(m) for m in self.partners.get(n, ()))
        return {
            "id": n,
            "name": d.get("name"),
            "label": d["label"],
            "subtype": d.get("subtype"),
            "code": d.get("division_code"),
            "aliases": [a for a in d.get("aliases") or () if a != d.get("name")],
            "place": chain,
            "partners": partners[:MAX_NEIGHBOURS],
            "more_partners": max(len(partners) - MAX_NEIGHBOURS, 0),
            "posts": sorted(self.posts.get(n, ()))[:MAX_NEIGHBOURS],
            "articles": len(d.get("articles") or ()),
        }


def render_review_page(page: ReviewPage) -> str:
    """The page as one HTML string."""
    script = page_script("review.js")
    return (
        template_environment()
        .get_template(TEMPLATE)
        .render(
            title=page.meta["title"],
            style=inline_asset(ASSETS / "review.css"),
            script=script,
            csp=_content_security_policy(script),
            items=page.items,
            decisions=page.decisions,
            meta=page.meta,
        )
    )


def write_review_page(page: ReviewPage, path: str | Path) -> Path:
    """Write the page to ``path`` atomically."""
    atomic_write_text(path, render_review_page(page))
    return Path(path)


def _content_security_policy(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    # default-src 'none' forbids every fetch but the one connect-src allows: posting
    # decisions back to the server that served the page (from file:// there is none).
    return (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
        "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'"
    )
