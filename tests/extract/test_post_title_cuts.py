"""Title cuts the gold writes as GOLD_FORMAT says — the title as written (posts13).

A kind of reporter before 记者 (全媒体记者), 执行 before a head's title (执行副总裁), and
a place's government written with its level word (某市政府党组成员 → 市政府党组成员 @
某市). Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.post_candidates import (
    government_cut,
    opens_with_a_place,
    reporter_title_start,
)
from ingest.extract.posts import government_title
from ingest.extract.resolve import Resolution, UnitRef
from ingest.lexicon import load_lexicon
from ingest.model import Entity


def test_a_kind_of_reporter_before_jizhe_starts_the_title() -> None:
    text = "本报讯(青禾日报全媒体记者 柯望舒)"
    s = text.index("记者")
    assert text[reporter_title_start(text, s) : s + 2] == "全媒体记者"
    plain = "本报讯(记者 柯望舒)"
    assert reporter_title_start(plain, plain.index("记者")) == plain.index("记者")
    at_start = "记者 柯望舒"
    assert reporter_title_start(at_start, 0) == 0  # nothing before: no wrap-around


def test_a_byline_keeps_its_kind_of_reporter(extract_text) -> None:
    ex = extract_text(
        "本报讯(青禾日报全媒体记者 柯望舒)近日，石岭县自然资源局与东坪村签订结对共建协议。"
    )
    found = {p for p in posts(ex) if p[0] == "柯望舒"}
    assert found == {("柯望舒", "全媒体记者", "青禾日报")}, found


def test_zhixing_before_a_heads_title_is_part_of_it() -> None:
    titles = load_lexicon().titles
    assert {"执行副总裁", "执行院长", "执行总裁"} <= titles


def test_zhixing_keeps_the_unit_written_before_it(extract_text) -> None:
    ex = extract_text(
        "青禾控股股份有限公司执行副总裁柯望舒出席签约仪式，与东坪村签订结对共建协议。"
    )
    assert ("柯望舒", "执行副总裁", "青禾控股股份有限公司") in posts(ex)


def _ref(text: str, host: str) -> UnitRef:
    s = text.index(host)
    return UnitRef(s, s + len(host), s + len(host), "e1", "place")


def test_a_places_government_keeps_its_level_word() -> None:
    text = "石岭市政府党组成员柯望舒"
    u = _ref(text, "石岭市政府")
    assert government_cut(text, u) == text.index("市政府")
    assert government_title(text, u, "党组成员") == "市政府党组成员"
    # a title that names the level itself keeps no 市政府 (某市政府副市长 → 副市长)
    assert government_title(text, u, "副市长") == "副市长"


def test_the_full_government_form_and_a_lone_government_are_no_such_cut() -> None:
    full = "石岭县人民政府党组成员柯望舒"
    assert government_cut(full, _ref(full, "石岭县人民政府")) is None
    lone = "市政府秘书长柯望舒"
    assert government_cut(lone, _ref(lone, "市政府")) is None


def test_a_chain_keeps_the_places_government(extract_text) -> None:
    ex = extract_text(
        "石岭市与东坪县开展对口协作。\n\n石岭市政府党组成员、副市长柯望舒出席座谈会。"
    )
    assert ("柯望舒", "市政府党组成员", "石岭市") in posts(ex)
    assert ("柯望舒", "副市长", "石岭市") in posts(ex)


def test_a_title_never_opens_with_a_places_name(extract_text) -> None:
    ex = extract_text(
        "石岭县与东坪县开展对口协作。\n\n"
        "8月24日，东坪县人民政府副县长柯望舒一行到石岭县青禾镇考察。"
    )
    titles = {t for p, t, _ in posts(ex) if p == "柯望舒"}
    assert titles and not any(t.startswith("东坪县") for t in titles), titles


def test_opens_with_a_place_is_a_place_mention_at_the_cut() -> None:
    text = "东坪县人民政府副县长柯望舒"
    place = Entity("e1", "Region", "东坪县", ("东坪县",))
    org = Entity("e2", "Organization", "东坪县人民政府", ("东坪县人民政府",))
    title_start = text.index("副县长")
    as_place = Resolution((place,), (UnitRef(0, 3, 3, "e1", "place"),), {})
    assert opens_with_a_place(text, 0, title_start, as_place)
    assert not opens_with_a_place(text, 3, title_start, as_place)  # 人民政府副县长: no place
    as_org = Resolution((org,), (UnitRef(0, 7, 7, "e2", "org"),), {})
    assert not opens_with_a_place(text, 0, title_start, as_org)  # an organisation is not a place


def test_a_lone_level_word_is_no_places_name() -> None:
    text = "镇党委副书记闵知远"
    town = Entity("e1", "Region", "丙丁镇", ("丙丁镇", "镇"))
    lone = Resolution((town,), (UnitRef(0, 1, 1, "e1", "generic"),), {})
    assert not opens_with_a_place(text, 0, text.index("党委副书记"), lone)
