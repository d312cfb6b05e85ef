"""An assembly named before its member's title (省人大代表, 某区政协委员): jieba glues the
assembly and the title into one word, yet the level or place before it names the body the
member sits in (issue 13). Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import names

from ingest.model import Extraction


def test_assembly_named_in_a_member_title(extract_text: Callable[[str], Extraction]) -> None:
    found = names(extract_text("某镇党委副书记张某某、省人大代表李某某参加活动。"), "Organization")
    assert "省人大" in found
    found = names(extract_text("作为某某区政协委员,王某某将发挥好自己的作用。"), "Organization")
    assert "区政协" in found


def test_no_assembly_without_level_or_place(extract_text: Callable[[str], Extraction]) -> None:
    # 部分人大代表: some deputies; the title alone names no body
    found = names(extract_text("部分人大代表参加了某某村的活动。"), "Organization")
    assert not any(n.endswith("人大") for n in found)
