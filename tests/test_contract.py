"""The ingest → graph contract: typed Extraction values, and the JSON record they write.

The graph is built from :class:`ingest.model.Extraction` values; ``extractions.jsonl``
holds their records. A record read back must describe the same extraction, so a graph
built from a saved file equals the one built straight from extraction.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.article_graph import build_graph, record_graph
from ingest.extract.pipeline import extract_paths
from ingest.model import Entity, Extraction, Relation

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    found = [x for x in extract_paths([EXAMPLES]) if isinstance(x, Extraction)]
    assert len(found) >= 5
    return found


def test_a_record_read_back_writes_the_same_record(extractions) -> None:
    for ex in extractions:
        record = ex.to_record()
        assert Extraction.from_record(record).to_record() == record


def test_a_record_read_back_holds_the_same_entities_and_relations(extractions) -> None:
    for ex in extractions:
        back = Extraction.from_record(ex.to_record())
        assert back.article.metadata() == ex.article.metadata()
        assert back.relations == tuple(
            Relation(**{**vars(r), "confidence": round(r.confidence, 3)}) for r in ex.relations
        )
        for old, new in zip(ex.entities, back.entities, strict=True):
            # a linked place's record keeps its code, not the candidates it was chosen from
            candidates = () if old.division_code else old.candidates
            assert new == Entity(**{**vars(old), "candidates": candidates})


def test_the_graph_of_a_saved_record_is_the_graph_of_the_extraction(extractions) -> None:
    for ex in extractions:
        assert record_graph(Extraction.from_record(ex.to_record())) == record_graph(ex)
    again = [Extraction.from_record(ex.to_record()) for ex in extractions]
    assert build_graph(again) == build_graph(extractions)


def _record(entity: dict, relation: dict | None = None) -> dict:
    return {
        "doc": "x.txt",
        "article": {"id": "x1", "doc": "x.txt", "path": "x.txt", "span": [0, 9]},
        "entities": [entity],
        "relations": [relation] if relation else [],
    }


@pytest.mark.parametrize(
    "entity",
    [
        {"id": "e1", "type": "Company", "name": "某某公司"},  # not one of the five types
        {"id": "e1", "type": "Organization", "name": "某某公司", "subtype": "factory"},
        {"id": "e1", "type": "Region", "name": "某某镇", "level": "township"},
    ],
)
def test_a_record_outside_the_contract_is_refused(entity) -> None:
    with pytest.raises(ValueError, match=r"not an? "):
        Extraction.from_record(_record(entity))


def test_a_relation_type_outside_the_contract_is_refused() -> None:
    entity = {"id": "e1", "type": "Organization", "name": "某某公司", "aliases": ["某某公司"]}
    relation = {"type": "FUNDS", "source": "e1", "target": "e1"}
    with pytest.raises(ValueError, match="not a relation type"):
        Extraction.from_record(_record(entity, relation))


def test_fields_mean_one_thing_each() -> None:
    """Subtype is an organisation's kind, level a place's level: each field has its
    closed set of values, declared as a Literal on the dataclass."""
    ex = Extraction.from_record(
        _record({"id": "e1", "type": "Region", "name": "某某镇", "level": "town"})
    )
    assert ex.entities[0].level == "town"
    assert ex.entities[0].subtype is None
    assert ex.article.text == ""  # a record holds the metadata, not the text


def test_near_misses_round_trip_and_make_no_edge() -> None:
    """A record may carry the pairing candidates the model turned down just below its
    threshold (``near_misses``): they read back as they were written, and the graph
    makes no edge of them — they are questions for `pbkg review`, not relations."""
    from graph.article_graph import possible_misses

    units = [
        {"id": "e1", "type": "Organization", "name": "甲乙科技有限公司", "aliases": []},
        {"id": "e2", "type": "Organization", "name": "丙丁银行", "aliases": []},
    ]
    miss = {
        "source": "e1",
        "target": "e2",
        "kind": "合作",
        "evidence": {"text": "甲乙科技有限公司与丙丁银行合作。", "start": 4, "end": 20},
        "probability": 0.287,
        "rule": "model:cue_link,bias,types=Org+Org",
    }
    record = {**_record(units[0]), "entities": units, "near_misses": [miss]}
    ex = Extraction.from_record(record)
    assert ex.near_misses[0].probability == 0.287 and ex.near_misses[0].evidence is not None
    written = ex.to_record()
    assert written["near_misses"] == [miss]
    assert Extraction.from_record(written).to_record() == written
    assert "near_misses" not in Extraction.from_record(_record(units[0])).to_record()
    assert list(record_graph(ex).edges("PAIRED_WITH")) == []
    (found,) = possible_misses(ex)
    assert found.names == ("丙丁银行", "甲乙科技有限公司")  # in the order of the sorted ids
    assert (found.evidence.article, found.evidence.doc, found.evidence.start) == ("x1", "x.txt", 4)
