"""A friendship concluded between two units (姊妹学校, 友好城市) and 包联 are pairing
words (lexicons/pair_cues.tsv; 包联 also opens a partner title,
lexicons/pair_structure_words.tsv `partner_title_cues`; pairs60) — read from invented
sentences by the real reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.lexicon import load_lexicon


def test_friendship_words_are_pairing_cues() -> None:
    cues = load_lexicon().pair_cues
    for word in ("姊妹学校", "姊妹校", "姐妹学校", "姐妹校", "友好城市", "友好学校", "包联"):
        assert cues[word] == "pair"


def test_sister_schools_make_a_candidate_with_a_pairing_cue(reading_of) -> None:
    r = reading_of("签约仪式后，云帆小学与明湖中学缔结姊妹学校，师生将互访交流。")
    features = choice_between(r, "云帆小学", "明湖中学").features
    assert "cue=姊妹学校" in features
    assert features.get("cue_pair_closes_clause_of_b") == 1.0


def test_baolian_makes_a_candidate_with_a_pairing_cue(reading_of) -> None:
    r = reading_of("近日，唐昌镇战旗村的包联单位明湖科技有限公司走访慰问困难群众。")
    assert "cue=包联" in choice_between(r, "战旗村", "明湖科技有限公司").features


def test_going_to_the_baolian_community_is_going_to_a_partner(reading_of) -> None:
    r = reading_of("近日，明湖科技有限公司党委一行来到包联社区唐昌镇战旗社区开展走访慰问。")
    features = choice_between(r, "明湖科技有限公司", "战旗社区").features
    assert features.get("goes_to_partner") == 1.0
