"""The merge as a reduction by id (graph.reduce): folding readings run by run, or bucket
by bucket as a cluster does, gives the very graph one union of every article gives —
the same attributes and the same node and edge order."""

from __future__ import annotations

import copy
import gc
import itertools
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.article_graph import _CachedChains, record_graph
from graph.model import KnowledgeGraph, frozen_heap
from graph.reduce import GraphReducer, join_buckets, reduce_bucket, split_by_id
from graph.synth import synthetic_records
from ingest.model import Extraction
from ingest.places.gazetteer import load_gazetteer


def _records() -> list[dict[str, Any]]:
    """Synthetic articles whose units recur, some read under another name or with a
    scalar missing, so that which reading comes first decides names and scalars."""
    records = list(synthetic_records(120, load_gazetteer(), seed=3))
    for n, rec in enumerate(records):
        rec = copy.deepcopy(rec)
        for e in rec["entities"]:
            if e.get("division_code") and n % 3 == 1:
                e["name"] = e["name"] + "村委会"  # the same place, another surface form
            if e.get("division_code") and n % 5 == 2:
                e["level"] = None
        records[n] = rec
    return records


RECORDS = _records()
CHAINS = _CachedChains(load_gazetteer())
GRAPHS = [record_graph(Extraction.from_record(r), CHAINS) for r in RECORDS]


def _fingerprint(kg: KnowledgeGraph) -> tuple[str, list[Any], list[Any]]:
    return (
        json.dumps(kg.to_node_link(), ensure_ascii=False, sort_keys=True),
        list(kg.g.nodes),
        list(kg.g.edges(keys=True)),
    )


UNION = _fingerprint(KnowledgeGraph.union(GRAPHS))


def _runs(cuts: list[int]) -> list[list[KnowledgeGraph]]:
    bounds = [0, *sorted(set(cuts)), len(GRAPHS)]
    return [GRAPHS[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def test_one_reducer_over_every_article_is_the_union() -> None:
    reducer = GraphReducer()
    for g in GRAPHS:
        reducer.add_graph(g)
    assert _fingerprint(reducer.graph()) == UNION


@settings(max_examples=10, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=len(GRAPHS) - 1), max_size=12))
def test_reducing_runs_then_folding_them_is_the_union(cuts: list[int]) -> None:
    total = GraphReducer()
    for run in _runs(cuts):
        part = GraphReducer()
        for g in run:
            part.add_graph(g)
        total.add_readings(part.readings())
    assert _fingerprint(total.graph()) == UNION


@settings(max_examples=8, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=len(GRAPHS) - 1), max_size=8),
    st.integers(min_value=1, max_value=7),
)
def test_buckets_by_id_reduced_apart_and_joined_are_the_union(cuts: list[int], n: int) -> None:
    per_run = []
    for i, run in enumerate(_runs(cuts)):
        part = GraphReducer()
        for g in run:
            part.add_graph(g)
        per_run.append(split_by_id(part.readings(), i, n))
    reduced = [reduce_bucket([buckets[b] for buckets in per_run]) for b in range(n)]
    assert _fingerprint(join_buckets(reduced)) == UNION


def test_reading_order_matters_so_the_test_can_fail() -> None:
    """Reversed, the first surface form read differs: the reduction is not trivially
    order-free, which is why runs must be folded in corpus order."""
    assert _fingerprint(KnowledgeGraph.union(reversed(GRAPHS)))[0] != UNION[0]


def test_an_article_and_an_entity_with_one_id_is_an_error() -> None:
    a, b = KnowledgeGraph(), KnowledgeGraph()
    a.add_node("x", "Article", "x")
    b.add_node("x", "Village", "x")
    reducer = GraphReducer()
    reducer.add_graph(a)
    reducer.add_graph(b)
    with pytest.raises(ValueError, match="'x'"):
        reducer.graph()


def test_frozen_heap_freezes_what_is_alive_and_hands_it_back() -> None:
    before = gc.get_freeze_count()
    kept = [{"n": i} for i in range(1000)]  # tracked objects alive at the block's start
    with frozen_heap():
        assert gc.get_freeze_count() >= before + len(kept)
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), frozen_heap():  # handed back on an exception too
        raise RuntimeError
    assert gc.get_freeze_count() == 0
