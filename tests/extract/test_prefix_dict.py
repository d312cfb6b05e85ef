"""The grouped prefix dictionary reads as the table jieba's tokenizer holds once taught
pbkg's words, and a missing or broken cache of it is made again."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from ingest import segment
from ingest.prefix_dict import PrefixDict, PrefixTags, TokenizerFrequencies, is_packed, pack
from ingest.segment import _dictionary, _load_dictionary, _tag_of, _tokenizer

# invented words and prefixes of the shape jieba's dictionary holds, and their tags
TABLE = {"甲": 3, "甲乙": 7, "甲乙丙": 0, "甲乙丙丁": 2, "戊": 11, "己": 1}
TAGS = {"甲乙": "n", "甲乙丙丁": "ns", "戊": "v"}


def test_grouped_table_reads_like_its_dict() -> None:
    table = PrefixDict(pack(TABLE, TAGS), 23)
    assert table.as_dict() == TABLE and table.total == 23
    assert table.get("甲乙") == 7 and table.get("甲乙丙") == 0
    assert table.get("甲丙") is None and table.get("庚") is None and table.get("") is None
    assert table.tags.as_dict() == TAGS


def test_the_tags_come_with_the_groups() -> None:
    """A group's tags are unpacked with its frequencies, whichever is asked first; a
    prefix or an untagged word has none."""
    words = ["甲", "甲乙", "甲乙丙", "甲乙丙丁", "戊", "己", "庚", "甲丙"]
    want = [TAGS.get(w) for w in words]
    table = PrefixDict(pack(TABLE, TAGS), 23)
    assert [_tag_of(table.tags, w) for w in words] == want
    table = PrefixDict(pack(TABLE, TAGS), 23)
    assert [table.get(w) for w in words] == [TABLE.get(w) for w in words]
    assert set(table.tags.unpacked) == {"甲", "戊", "己", "庚"}
    assert [_tag_of(table.tags, w) for w in words] == want
    assert [table.tags.get(w) for w in [*words, ""]] == [*want, None]


def test_groups_are_by_first_character_tagged_words_first() -> None:
    packed = pack(TABLE, TAGS)
    assert is_packed(packed, 3)
    assert packed["戊"] == ("戊", "11", "v") and packed["己"] == ("己", "1", "")
    assert packed["甲"] == ("甲乙\n甲乙丙丁\n甲\n甲乙丙", "7\n2\n3\n0", "n\nns")


@pytest.mark.parametrize(
    ("table", "tags"),
    [
        ({"甲\n乙": 1}, {}),
        ({"甲": 1}, {"甲": "n\nv"}),
        ({"甲": 1}, {"甲": ""}),
        ({"甲": 1}, {"乙": "n"}),
    ],
)
def test_what_cannot_be_packed_is_refused(table: dict[str, int], tags: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        pack(table, tags)


def test_the_taught_table_is_the_tokenizers() -> None:
    freq, tags = _dictionary()
    tok, tok_tags = _tokenizer()
    assert freq.total == tok.total
    assert isinstance(freq, PrefixDict) and freq.as_dict() == tok.FREQ
    assert isinstance(tags, PrefixTags) and tags.as_dict() == dict(tok_tags)


def test_a_missing_or_broken_cache_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PBKG_CACHE_DIR", str(tmp_path))
    built, _ = _load_dictionary()
    caches = list(tmp_path.glob("jieba-taught-prefix-tag-groups-*.marshal"))
    assert len(caches) == 1
    read, _ = _load_dictionary()
    assert isinstance(read, PrefixDict) and isinstance(built, PrefixDict)
    assert read.as_dict() == built.as_dict() and read.total == built.total
    caches[0].write_bytes(b"not marshal data")
    again, _ = _load_dictionary()
    assert isinstance(again, PrefixDict) and again.as_dict() == built.as_dict()
    # groups without tags (the earlier format) in the file are not trusted: made again
    caches[0].write_bytes(marshal.dumps(({"甲": ("甲", "3")}, 3)))
    again, tags = _load_dictionary()
    assert isinstance(again, PrefixDict) and again.as_dict() == built.as_dict()
    assert isinstance(tags, PrefixTags) and tags.as_dict() == built.tags.as_dict()


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
