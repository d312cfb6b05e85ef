"""The grouped word → tag table reads as the dict it is packed from."""

import pytest

from ingest.word_tags import WordTags, is_packed, pack

# invented words of the shapes jieba's dictionary holds
PLAIN = {"甲乙": "n", "甲": "v", "乙丙丁": "nt", "丙": "x"}


def test_grouped_table_reads_like_its_dict() -> None:
    tags = WordTags(pack(PLAIN))
    assert dict(tags) == PLAIN and len(tags) == len(PLAIN)
    assert tags.get("甲乙") == "n" and tags.get("甲丙") is None and tags.get("", "x") == "x"
    assert tags.get("戊", "x") == "x"  # a first character no word has
    assert "乙丙丁" in tags and "乙" not in tags and "" not in tags and 3 not in tags
    assert tags["丙"] == "x"
    with pytest.raises(KeyError):
        tags[""]


def test_groups_are_by_first_character() -> None:
    assert pack(PLAIN) == {"甲": ("甲乙\n甲", "n\nv"), "乙": ("乙丙丁", "nt"), "丙": ("丙", "x")}
    assert is_packed(pack(PLAIN)) and not is_packed({"甲": "n"}) and not is_packed([])


def test_a_line_break_is_refused() -> None:
    with pytest.raises(ValueError):
        pack({"甲\n乙": "n"})


def test_segmentation_looks_tags_up_as_the_table_does() -> None:
    """``segment._tag_of`` reads the unpacked groups itself (no interpreted call per
    token): the same answers as ``WordTags.get``, whether a group is unpacked yet or not."""
    from ingest.segment import _tag_of

    words = ["甲乙", "甲", "甲丙", "乙丙丁", "乙", "丙", "戊", ""]
    fresh, used = WordTags(pack(PLAIN)), WordTags(pack(PLAIN))
    assert [_tag_of(fresh, w) for w in words] == [used.get(w) for w in words]
    assert [_tag_of(fresh, w) for w in words] == [used.get(w) for w in words]
