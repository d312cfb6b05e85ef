"""Evidence can be followed to its file (issue 16, point 11) and an article keeps its
publication date beside the date its text gives (point 6): in `pbkg read`, in
`pbkg query evidence`, in the page's tooltips and in the RDF export.

The articles are invented; one is an untitled text file, one a JSON Lines record whose
publication date differs from the day its lead names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import XSD

from pbkg.cli import cli

PBKG = Namespace("https://w3id.org/pbkg/ns#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")

STORY = (
    "本报讯 近日，石桥社区党委与远帆公司党支部签订结对共建协议。\n双方表示将共同推进社区治理。\n"
)
RECORD = {
    "date": "2024-03-15",
    "text": "6月29日，青禾村党总支与远帆公司党支部签订结对共建协议。双方将在产业方面开展合作。",
}


def run(*args: str):
    return CliRunner().invoke(cli, list(args), env={"NEO4J_URI": None})


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("trail")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(STORY, encoding="utf-8")
    (corpus / "feed.jsonl").write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", "utf-8")
    result = run("build", str(corpus), "--out", str(root / "build"))
    assert result.exit_code == 0, result.output
    return root / "build"


def evidence(built: Path, unit: str) -> dict:
    result = run(
        "query", "evidence", "-p", f"unit={unit}", "-p", "partner=远帆公司",
        "--graph", str(built), "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    return row


def test_the_explicit_date_of_a_record_is_kept_and_the_leads_day_is_its_event_date(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("read", str(feed))
    assert result.exit_code == 0, result.output
    story = json.loads(result.output)
    assert story["date"] == "2024-03-15"  # as given, not replaced by the text's 6月29日
    assert story["event_date"] == "2023-06-29"  # the last 6月29日 before publication


def test_evidence_names_the_file_and_the_offsets_of_the_quote(built: Path) -> None:
    row = evidence(built, "石桥社区")
    path = Path(row["path"])
    assert path.name == "story.txt" and row["doc"] == "story.txt"
    text = path.read_text(encoding="utf-8")
    assert text[row["start"] : row["end"]] == row["text"]
    assert row["label"] == "story.txt"  # no title: the file names the article


def test_evidence_of_a_record_carries_both_dates_and_its_record(built: Path) -> None:
    row = evidence(built, "青禾村")
    assert (row["date"], row["event_date"]) == ("2024-03-15", "2023-06-29")
    assert row["doc"] == "feed.jsonl:1" and row["label"] == "feed.jsonl:1"
    assert RECORD["text"][row["start"] : row["end"]] == row["text"]


def test_the_rdf_export_gives_path_event_date_and_offsets(built: Path) -> None:
    g = Graph().parse(built / "graph.ttl")
    (article,) = g.subjects(PBKG.doc, Literal("feed.jsonl:1"))
    assert g.value(article, SCHEMA.datePublished) == Literal("2024-03-15", datatype=XSD.date)
    assert g.value(article, PBKG.eventDate) == Literal("2023-06-29", datatype=XSD.date)
    assert str(g.value(article, PBKG.path)).endswith("feed.jsonl")
    quotes = list(g.subjects(PROV.wasQuotedFrom, article))
    assert quotes and all(isinstance(q, URIRef) for q in quotes)
    assert g.value(quotes[0], PBKG.start) is not None


def test_tooltips_name_the_file_offsets_and_both_dates(built: Path) -> None:
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert "feed.jsonl" in html and "2023-06-29" in html
    assert '"start":' in html and '"event_date":' in html
