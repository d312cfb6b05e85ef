"""Extraction makes a pairing candidate's occurrence features only where they can
change what it keeps: a veto that no hand frame lifts, read on the pair-level features
alone, stops the candidate first. Sentences are invented (units made up; places from a
county outside the development set)."""

from __future__ import annotations

from itertools import islice

from pair_helpers import choice_between as _choice

from ingest.extract.pair_decide import probabilities, vetoed, vetoed_by_pair_level
from ingest.extract.pair_model import default_model

STORY = (
    "由唐昌镇和星海银行石桥支行及战旗村、先锋村等共同签订《街村银合作共建协议》。"
    "近日，明湖科技有限公司党支部正式启动共建“同心”党建联盟。"
)


def test_a_pair_stopped_by_its_pair_level_features_never_has_its_occurrences_read(
    reading_of,
) -> None:
    r = reading_of(STORY)
    model = default_model()
    assert model is not None
    stopped = _choice(r, "唐昌镇", "战旗村")  # the village lies inside the town
    kept = _choice(r, "唐昌镇", "星海银行石桥支行")
    assert vetoed_by_pair_level(stopped)
    assert not vetoed_by_pair_level(kept)
    probs = dict(zip(r.choices, probabilities(r.choices, model), strict=True))
    assert probs[stopped] is None
    assert stopped._reading is None  # never made …
    assert probs[kept] is not None and kept._reading is not None
    assert vetoed(stopped)  # … and, made now, they stop it too


def test_the_pair_level_features_open_the_whole_features_with_the_same_values(
    reading_of,
) -> None:
    r = reading_of(STORY)
    assert any(vetoed_by_pair_level(ch) for ch in r.choices)
    for ch in r.choices:
        first = list(ch.pair_level.items())
        assert list(islice(ch.features.items(), len(first))) == first
        if vetoed_by_pair_level(ch):
            assert vetoed(ch)
