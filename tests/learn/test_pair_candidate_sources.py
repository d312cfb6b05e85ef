"""Where a pairing candidate comes from when the two units do not stand in one sentence
(pairs72, from the gold pairings of x1561–x1810 that had no candidate): the page's own
unit that a sentence with no subject means — read from invented sentences by the real
reader."""

from __future__ import annotations

from pair_helpers import choice_between


def test_the_outlet_that_reports_a_page_is_not_its_own_unit(reading_of) -> None:
    r = reading_of(
        "云岭新闻网讯 今年以来，明湖科技有限公司党委以服务基层为重点，开展党员进社区活动。"
        "党员们亮身份、作表率，受到居民好评。"
        "同时与唐昌镇战旗村困难群众结对帮扶，帮助他们解决实际困难。"
    )
    names = {e.id: e.name for e in r.base.entities}
    assert "云岭新闻网" in names.values()  # the outlet is a unit of the page
    # the sentence with no subject pairs the page's unit, not its outlet, with 战旗村
    own = choice_between(r, "明湖科技有限公司", "战旗村")
    assert "topic" in {o.window for o in own.candidate.occurrences}
    outlet = [
        c
        for c in r.choices
        if {names[c.relation.source], names[c.relation.target]} == {"云岭新闻网", "战旗村"}
    ]
    assert all("topic" not in {o.window for o in c.candidate.occurrences} for c in outlet)
