"""Units a pairing sentence names as the scene of its event or as its reporter, not as
partners (pairs16): the venue of a signing (甲与乙于丙举行…) and a news outlet of the
byline. Sentences are invented (units made up; places from a county outside the
development set)."""

from __future__ import annotations

from pair_helpers import choice_between as _choice

from ingest.extract.pair_decide import media_side, venue_side, veto_of


def test_the_venue_of_a_signing_is_no_partner_even_where_a_frame_reads_it(reading_of) -> None:
    r = reading_of(
        "11月12日，明湖科技有限公司党支部与战旗村党支部在云帆文化中心举行结对共建签约仪式。"
    )
    venue = _choice(r, "战旗村", "云帆文化中心")
    assert venue_side(venue)
    assert veto_of(venue) == "venue_side"
    assert veto_of(_choice(r, "明湖科技有限公司", "云帆文化中心")) == "venue_side"
    assert not venue_side(_choice(r, "明湖科技有限公司", "战旗村"))


def test_a_venue_after_yu_and_the_places_that_locate_it(reading_of) -> None:
    r = reading_of("明湖科技有限公司党支部与先锋村党支部于唐昌镇金沙社区星光广场签订结对帮扶协议。")
    assert venue_side(_choice(r, "先锋村", "金沙社区"))


def test_a_unit_that_hosts_the_pairing_it_joins_is_a_partner(reading_of) -> None:
    # no partners named before the place: the unit that comes to the village pairs with it
    r = reading_of("明湖科技有限公司党支部在唐昌镇战旗村举行结对共建签约仪式。")
    assert not venue_side(_choice(r, "明湖科技有限公司", "战旗村"))
    # 关于 is no preposition of place
    about = reading_of("明湖科技有限公司党支部与战旗村党支部签订关于云帆小学开展共建的协议。")
    assert not venue_side(_choice(about, "战旗村", "云帆小学"))


def test_a_news_outlet_of_the_byline_is_no_partner(reading_of) -> None:
    r = reading_of(
        "星海新闻网讯（记者 王晓东）5月8日，唐昌镇战旗村党支部与明湖科技有限公司党支部"
        "签订结对共建协议。"
    )
    outlet = _choice(r, "星海新闻网", "战旗村")
    assert media_side(outlet)
    assert veto_of(outlet) == "media_side"
    assert not media_side(_choice(r, "战旗村", "明湖科技有限公司"))


def test_a_venue_in_a_clause_that_carries_the_partners_named_before_it(reading_of) -> None:
    # pairs32: the venue's clause has no subject of its own (…，联合…在丙举行): the partners
    # the sentence named before (甲携手乙) are the event's, the venue is none of them
    r = reading_of(
        "5月8日，明湖科技有限公司党支部携手战旗村党支部，联合周边多家单位在云帆文化中心"
        "会议室举行党建联盟签约仪式。"
    )
    assert venue_side(_choice(r, "战旗村", "云帆文化中心"))
    assert not venue_side(_choice(r, "明湖科技有限公司", "战旗村"))
    # a clause that names its own subject keeps the old reading: no partner named there
    own = reading_of(
        "5月8日，明湖科技有限公司党支部与战旗村党支部座谈，星海银行石桥支行党支部在唐昌镇"
        "先锋村举行结对签约仪式。"
    )
    assert not venue_side(_choice(own, "星海银行石桥支行", "先锋村"))
