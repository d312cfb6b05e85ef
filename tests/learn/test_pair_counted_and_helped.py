"""Two sides a sentence names as one pair without a connective of pairing: counted as two
right after them (甲、乙两地), helped under the other's frame (在甲帮扶下，乙…), two places
side by side that do not lie in each other, and both sides in a headline with a pairing
word (pairs71, from the misses of x1561–x1810)."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_features import HEADLINE_CUE
from ingest.extract.pair_structure import COUNTED_PAIR, HELPED_UNDER


def _features(reading, a: str, b: str) -> dict[str, float]:
    return dict(choice_between(reading, a, b).features)


def test_two_units_counted_as_two_right_after_them_are_one_pair(reading_of) -> None:
    r = reading_of("在对口帮扶的一系列活动中，唐昌镇、白沙镇两地已结下了深厚的情谊。")
    assert _features(r, "唐昌镇", "白沙镇")[COUNTED_PAIR] == 1.0
    r = reading_of("此次签约提升了明湖中学与星海第四中学两校之间的合作水平。")
    assert _features(r, "明湖中学", "星海第四中学")[COUNTED_PAIR] == 1.0


def test_units_not_counted_right_after_them_are_no_counted_pair(reading_of) -> None:
    # the count closes a list of three, or stands away from the two
    r = reading_of("明湖中学、星海第四中学与远星科技有限公司签订协议，两校将开展结对共建。")
    assert COUNTED_PAIR not in _features(r, "明湖中学", "星海第四中学")


def test_a_unit_named_inside_the_help_frame_helps_the_unit_outside_it(reading_of) -> None:
    r = reading_of("近年来，在明湖科技有限公司持续不断帮扶下，唐昌镇战旗村产业项目不断发展。")
    assert _features(r, "明湖科技有限公司", "战旗村")[HELPED_UNDER] == 1.0


def test_an_authority_named_under_support_or_guidance_is_no_helper(reading_of) -> None:
    r = reading_of("在郫都区委的大力支持下，明湖科技有限公司与唐昌镇战旗村开展结对共建。")
    assert HELPED_UNDER not in _features(r, "郫都区", "战旗村")


def test_two_places_side_by_side_neither_in_the_other_locate_nothing(reading_of) -> None:
    # 浙江|四川: two provinces written together are two sides, not a place and its part
    r = reading_of("浙江四川两省东西部协作联席会议在成都召开，双方签署协作协议。")
    f = _features(r, "浙江省", "四川省")
    assert "one_locates_another" not in f
    assert f[COUNTED_PAIR] == 1.0
    # a province before a city inside it still locates it
    r = reading_of("四川省成都市与浙江省杭州市签署东西部协作协议。")
    assert _features(r, "四川省", "杭州市")["one_locates_another"] == 1.0


def test_both_units_in_a_headline_with_a_pairing_word(reading_of) -> None:
    r = reading_of(
        "明湖区检察院 星海实验小学检校共建首次座谈会\n\n"
        "5月8日，明湖区检察院干警来到星海实验小学，双方召开座谈会。"
    )
    f = _features(r, "明湖区检察院", "星海实验小学")
    assert f["pair_in_headline"] == 1.0
    assert f[HEADLINE_CUE] == 1.0
    plain = reading_of(
        "明湖区检察院干警走进星海实验小学\n\n5月8日，明湖区检察院干警来到星海实验小学开展结对共建。"
    )
    assert HEADLINE_CUE not in _features(plain, "明湖区检察院", "星海实验小学")
