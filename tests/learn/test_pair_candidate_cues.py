"""Candidate-only pairing cues (lexicons/pair_candidate_cues.tsv; pairs73): words a page
writes for a pairing that are too loose for a hand frame (援藏, 包扶, 定点扶贫, 缔结, 报到 …)
open candidates as a cue sentence does, carry their own features for the learned
decision, and are no pairing cue to any frame, structure reading or veto — read from
invented sentences by the real reader."""

from __future__ import annotations

import pytest
from pair_helpers import choice_between

from ingest.extract.pair_candidates import candidate_cue_matches, opens_candidates
from ingest.lexicon import load_lexicon

WORDS = ("援藏", "援疆", "援青", "包扶", "定点扶贫", "缔结", "报到", "联线")


def test_candidate_only_cues_are_not_pairing_cues() -> None:
    lex = load_lexicon()
    assert set(WORDS) <= set(lex.pair_candidate_cues)
    assert not set(lex.pair_candidate_cues) & set(lex.pair_cues)


def test_a_candidate_only_cue_opens_candidates() -> None:
    text = "明湖科技有限公司党员到金沙社区报到。"
    assert opens_candidates(text, 0, len(text))
    assert [m.group() for m in candidate_cue_matches(text, 0, len(text))] == ["报到"]


def test_a_sentence_without_any_cue_opens_no_candidates() -> None:
    text = "明湖科技有限公司党员到金沙社区参与志愿服务。"
    assert not opens_candidates(text, 0, len(text))


def test_reporting_to_a_community_makes_a_candidate_marked_weak(reading_of) -> None:
    r = reading_of("近日，明湖科技有限公司党支部党员到唐昌镇金沙社区报到，参与志愿服务。")
    features = choice_between(r, "明湖科技有限公司", "金沙社区").features
    assert features["weak_cue"] == 1.0
    assert features["weak_cue=报到"] == 1.0
    assert features["weak_cue_only"] == 1.0


def test_no_candidate_without_the_word(reading_of) -> None:
    r = reading_of("近日，明湖科技有限公司党支部党员到唐昌镇金沙社区参与志愿服务。")
    with pytest.raises(AssertionError, match="no candidate"):
        choice_between(r, "明湖科技有限公司", "金沙社区")


def test_a_candidate_only_cue_is_no_cue_to_frames_or_structure(reading_of) -> None:
    # 缔结 in pair_cues.tsv read as a pairing verb after 与 (pairs72, reverted): here it
    # gives the candidate and its weak_cue features, nothing that reads a cue
    r = reading_of("5月8日，唐昌镇战旗村与明湖科技有限公司缔结友好关系。")
    choice = choice_between(r, "战旗村", "明湖科技有限公司")
    assert choice.features["weak_cue=缔结"] == 1.0
    read_as_cue = ("cue_pair", "cue_sign", "cue_link", "cue=")
    read = [k for k in choice.features if any(c in k for c in read_as_cue)]
    assert read == ["weak_cue=缔结"]
    assert not [k for k in choice.features if k.startswith("rule")]


def test_beside_a_pairing_cue_the_weak_cue_is_not_alone(reading_of) -> None:
    r = reading_of("近日，云帆小学与明湖中学缔结为友好学校。")
    features = choice_between(r, "云帆小学", "明湖中学").features
    assert features["weak_cue=缔结"] == 1.0
    assert "weak_cue_only" not in features
    assert "cue=友好学校" in features


def test_a_candidate_only_cue_opens_its_own_sentence_only(reading_of) -> None:
    # a pairing cue would pair 金沙社区 with the next sentence's 云帆小学 (window adjacent)
    r = reading_of("近日，明湖科技有限公司党员到唐昌镇金沙社区报到。云帆小学师生参观了展览。")
    choice_between(r, "明湖科技有限公司", "金沙社区")
    with pytest.raises(AssertionError, match="no candidate"):
        choice_between(r, "金沙社区", "云帆小学")
    r = reading_of("近日，明湖科技有限公司党员到唐昌镇金沙社区结对共建。云帆小学师生参观了展览。")
    choice_between(r, "金沙社区", "云帆小学")
