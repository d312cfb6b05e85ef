"""A central enterprise's numbered bureau written short (中建三局, 中铁十二局): the brand
prefix of the reference list and an ordinal 局, which jieba reads as one word (issue 13).
Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import names

from ingest.model import Extraction


def test_numbered_bureau_after_a_known_prefix(extract_text: Callable[[str], Extraction]) -> None:
    assert "中建三局" in names(extract_text("甲村与中建三局签约。"), "Organization")
    found = names(extract_text("某某村党支部与中铁十二局结对共建。"), "Organization")
    assert "中铁十二局" in found


def test_no_bureau_after_an_unknown_word(extract_text: Callable[[str], Extraction]) -> None:
    # 某某三局: no enterprise of the list before the numbered 局
    found = names(extract_text("甲村与某某三局签约。"), "Organization")
    assert not any(n.endswith("三局") for n in found)
