"""One feature any rare learned reading of the sentence's structure sets
(`pooled_structure_reading`, pairs68's idea, kept by pairs70 without the loose
`subject_partner&cue_after`), so that their evidence survives the regularisation that
leaves each of them a small weight. Read from invented sentences by the real reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_features import STRUCTURE_READING, pooled_structure_reading
from ingest.extract.pair_structure import OFFICER_ACTS, SUBJECT_PARTNER


def test_a_rare_reading_of_the_structure_sets_the_pooled_feature(reading_of) -> None:
    r = reading_of("明湖科技有限公司是帮扶团组的组长单位，同时结对帮扶唐昌镇战旗村。")
    assert choice_between(r, "明湖科技有限公司", "战旗村").features[STRUCTURE_READING] == 1.0


def test_no_pooled_feature_without_a_learned_reading() -> None:
    assert pooled_structure_reading({"conj_ends=与": 1.0, "person_between": 1.0}) == {}
    assert pooled_structure_reading({OFFICER_ACTS: 1.0}) == {STRUCTURE_READING: 1.0}


def test_the_loose_subject_and_partner_reading_alone_is_not_pooled() -> None:
    # A the sentence's subject and a pairing word after B: a reading of many candidates,
    # weighed on its own
    assert pooled_structure_reading({f"{SUBJECT_PARTNER}&cue_after": 1.0}) == {}
    assert pooled_structure_reading({f"{SUBJECT_PARTNER}&verb_before": 1.0}) == {
        STRUCTURE_READING: 1.0
    }
