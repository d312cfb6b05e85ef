"""The grouped prefix dictionary reads as the table jieba's tokenizer holds once taught
pbkg's words, and a missing or broken cache of it is made again."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import segment
from ingest.prefix_dict import PrefixDict, TokenizerFrequencies, pack
from ingest.segment import _dictionary, _load_dictionary, _tokenizer

# invented words and prefixes of the shape jieba's dictionary holds
TABLE = {"甲": 3, "甲乙": 7, "甲乙丙": 0, "甲乙丙丁": 2, "戊": 11}


def test_grouped_table_reads_like_its_dict() -> None:
    table = PrefixDict(pack(TABLE), 23)
    assert table.as_dict() == TABLE and table.total == 23
    assert table.get("甲乙") == 7 and table.get("甲乙丙") == 0
    assert table.get("甲丙") is None and table.get("己") is None and table.get("") is None


def test_groups_are_by_first_character_and_a_line_break_is_refused() -> None:
    assert pack(TABLE)["戊"] == ("戊", "11")
    assert pack(TABLE)["甲"] == ("甲\n甲乙\n甲乙丙\n甲乙丙丁", "3\n7\n0\n2")
    with pytest.raises(ValueError):
        pack({"甲\n乙": 1})


def test_the_taught_table_is_the_tokenizers() -> None:
    freq, tags = _dictionary()
    tok, tok_tags = _tokenizer()
    assert freq.total == tok.total
    assert isinstance(freq, PrefixDict) and freq.as_dict() == tok.FREQ
    assert dict(tags) == dict(tok_tags)


def test_a_missing_or_broken_cache_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PBKG_CACHE_DIR", str(tmp_path))
    built, _ = _load_dictionary()
    caches = list(tmp_path.glob("jieba-taught-prefix-groups-*.marshal"))
    assert len(caches) == 1
    read, _ = _load_dictionary()
    assert isinstance(read, PrefixDict) and isinstance(built, PrefixDict)
    assert read.as_dict() == built.as_dict() and read.total == built.total
    caches[0].write_bytes(b"not marshal data")
    again, _ = _load_dictionary()
    assert isinstance(again, PrefixDict) and again.as_dict() == built.as_dict()


def test_words_added_at_run_time_are_cut_with_the_tokenizers_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(segment, "_words", None)
    tok, _ = _tokenizer()
    monkeypatch.setattr(tok, "FREQ", dict(tok.FREQ))  # the test's words leave no trace
    monkeypatch.setattr(tok, "total", tok.total)
    segment.add_words(["甲乙丙丁戊己"])
    freq, _ = _dictionary()
    assert isinstance(freq, TokenizerFrequencies) and freq.get("甲乙丙丁戊己")
    assert [t.text for t in segment.tokenize("甲乙丙丁戊己")] == ["甲乙丙丁戊己"]
    monkeypatch.setattr(segment, "_words", None)
    monkeypatch.setattr(segment, "_memo", (0, 0, {}))
