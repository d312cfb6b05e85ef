"""Invariants of link_places on generated text: whatever the mix of place forms and
filler, mentions are ordered, disjoint, exact slices of the text, and coded only with a
code they considered."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.model import PLACE_LEVELS, PLACE_TYPES, Article
from ingest.places.gazetteer import Gazetteer
from ingest.places.link import link_places
from ingest.places.names import alias_forms, bare_forms

FILLER = [
    "与",
    "、",
    "党委",
    "党总支",
    "组织党员",
    "，",
    "。",
    "结对",
    "村民",
    "提高",
    "社区",
    "青",
]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_mentions_are_exact_disjoint_and_ordered(
    gaz: Gazetteer, make_article: Callable[..., Article], data: st.DataObject
) -> None:
    forms = sorted({f for c, n in gaz.names.items() for f in alias_forms(c, n) + bare_forms(c, n)})
    parts = data.draw(st.lists(st.sampled_from(forms + FILLER), min_size=1, max_size=12))
    text = "".join(parts)
    mentions = link_places(make_article(text), gaz)
    last_end = 0
    for m in mentions:
        assert last_end <= m.start < m.end <= len(text)
        last_end = m.end
        assert m.surface == text[m.start : m.end]
        assert m.type in PLACE_TYPES
        assert m.level is None or m.level in PLACE_LEVELS
        assert m.code is None or m.code in m.candidates
        if m.code is not None:
            assert m.code in gaz
