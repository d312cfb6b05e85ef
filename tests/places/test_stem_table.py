"""The grouped stem table behaves as the plain dict it is built from, and pickles as
its packed groups only."""

import pickle

import pytest

from ingest.places.match import StemMatcher
from ingest.places.stem_table import GroupBlob, StemTable, group_key

# invented stems of the shapes the table holds: one character, two, longer
PLAIN = {
    "甲": "990101V",
    "乙丙": "990102A 990103B",
    "丁乙丙": "990104A",
    "戊己庚": "990105101R",
}


def test_group_key_is_the_last_two_characters() -> None:
    assert group_key("丁乙丙") == "乙丙"
    assert group_key("甲") == "甲"


def test_table_reads_like_its_dict() -> None:
    table = StemTable(PLAIN)
    assert dict(table) == PLAIN
    assert len(table) == len(PLAIN)
    assert table.get("丁乙丙") == "990104A"
    assert table.get("己乙丙") is None
    assert table.get("己乙丙", "") == ""
    assert "甲" in table and "辛" not in table and 3 not in table
    assert table["戊己庚"] == "990105101R"
    with pytest.raises(KeyError):
        table["辛壬"]


def test_group_holds_the_stems_ending_so() -> None:
    table = StemTable(PLAIN)
    assert dict(table.group("乙丙")) == {"乙丙": "990102A 990103B", "丁乙丙": "990104A"}
    assert dict(table.group("辛壬")) == {}


def test_pickles_without_the_groups_unpacked() -> None:
    table = StemTable(PLAIN)
    table.group("乙丙")
    again = pickle.loads(pickle.dumps(table))
    assert again.unpacked == {}
    assert dict(again) == PLAIN


def test_pickles_its_groups_as_one_blob_decoded_when_unpacked() -> None:
    again = pickle.loads(pickle.dumps(StemTable(PLAIN)))
    assert isinstance(again.packed, GroupBlob)
    assert dict(again.packed) == dict(StemTable(PLAIN).packed)
    assert again.packed.get("辛壬") is None
    assert dict(again.group("乙丙")) == {"乙丙": "990102A 990103B", "丁乙丙": "990104A"}
    assert len(again) == len(PLAIN)
    # pickled again (a cache rewritten from a loaded table), the same blob
    assert dict(pickle.loads(pickle.dumps(again))) == PLAIN


def test_separators_are_refused() -> None:
    with pytest.raises(ValueError):
        StemTable({"甲\t乙": "990101A"})
    with pytest.raises(ValueError):
        StemTable({"甲乙": "990101A\n990102A"})


def test_matcher_finds_the_same_over_a_dict_and_a_table() -> None:
    text = "丁乙丙县与戊己庚村委会"
    stems = {"丁乙丙": "990104A", "戊己庚": "990105101V"}
    assert StemMatcher(stems).find(text) == StemMatcher(StemTable(stems)).find(text)
    assert [h.codes for h in StemMatcher(stems).find(text)] == [("990104",), ("990105101",)]


def test_payload_decodes_into_codes_and_classes() -> None:
    from ingest.places.match import decode_payload

    assert decode_payload("990116101V 990116102R村 990116103R一 990116B") == [
        ("990116101", "V"),
        ("990116102", "R村"),
        ("990116103", "R一"),
        ("990116", "B"),
    ]
