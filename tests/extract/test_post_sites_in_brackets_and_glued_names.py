"""Title sites in forms the training articles rarely show (people9, issues 13/14).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract import post_candidates as pc
from ingest.extract.people import PersonMention


def _person(text: str, name: str) -> PersonMention:
    i = text.index(name)
    return PersonMention(i, i + len(name), name, "title")


def _sites(text: str, *names: str) -> list[tuple[int, int, str, str]]:
    people = [_person(text, n) for n in names]
    return [
        (s.chain, s.chain_len, text[s.start : s.title_start], text[s.title_start : s.end])
        for s in pc.bracketed_sites(text, people, pc._title_pattern())
    ]


def test_posts_in_brackets_after_a_name_are_a_chain_read_after_it() -> None:
    text = "驻村干部柯明远（青禾县农商银行党委委员、副行长）组织村民开会。"
    assert _sites(text, "柯明远") == [
        (0, 2, "青禾县农商银行", "党委委员"),
        (1, 2, "", "副行长"),
    ]


def test_a_pinyin_bracket_inside_the_posts_does_not_close_them() -> None:
    text = "柯明远(青禾县农(nóng)商银行副行长)组织村民开会。"
    assert _sites(text, "柯明远") == [(0, 1, "青禾县农(nóng)商银行", "副行长")]


def test_a_bracket_without_a_title_gives_no_site() -> None:
    text = "柯明远（左二）与村民交谈，田小禾（女，五十岁）也来了。"
    assert _sites(text, "柯明远", "田小禾") == []


def test_closing_bracket_stops_at_a_line_end() -> None:
    assert pc.closing_bracket("（某某\n书记）", 0) is None
    assert pc.closing_bracket("（某(mǒu)某）", 0) == 8


def _site(text: str, name: str, prefix: str) -> pc.TitleSite:
    p = _person(text, name)
    s = text.index(prefix)
    return pc.TitleSite(p, s, p.start - 4, p.start, "before", 0, 1, ())


def test_a_self_reference_opening_a_chain_element_ends_where_the_title_begins() -> None:
    text = "我院党委书记柯明远一行来到村里。"
    assert pc.self_word_opening(text, _site(text, "柯明远", "我院")) == 2
    text = "会上党委书记柯明远讲话。"
    assert pc.self_word_opening(text, _site(text, "柯明远", "党委")) is None


def test_a_given_name_read_as_an_adjective_before_a_title_is_a_name(extract_text) -> None:
    # jieba: 柯|明远(a)|检察长 — the given name is an ordinary adjective
    ex = extract_text("青禾县人民检察院与石岭社区开展共建。会上，柯明远检察长强调，要做实共建。")
    assert "柯明远" in names(ex, "Person")


def test_a_given_name_read_as_an_ordinary_word_before_a_title_is_a_name(extract_text) -> None:
    # jieba: 田|国庆(t), 江|振兴(v), 黄(a)|建设(vn), 方(n)|永平(ns) — each before its title
    for name in ("田国庆", "江振兴", "黄建设", "方永平"):
        ex = extract_text(f"青禾银行与石岭村开展共建。会上，{name}书记强调，要做实共建。")
        assert name in names(ex, "Person"), name


def test_a_name_written_between_its_unit_and_its_title_is_a_name(extract_text) -> None:
    ex = extract_text("青禾银行与石岭村开展共建。青禾银行万爱民副行长出席活动并讲话。")
    assert "万爱民" in names(ex, "Person")


def test_a_party_body_before_a_title_is_no_name(extract_text) -> None:
    ex = extract_text("青禾银行与石岭村开展共建。会上，原县委书记强调，要做实共建。")
    assert not names(ex, "Person")


def test_a_name_before_its_title_and_its_party_is_a_name(extract_text) -> None:
    ex = extract_text("青禾银行与石岭村开展共建。罗胜利书记一行来到村里。")
    assert "罗胜利" in names(ex, "Person")


def test_a_name_leading_a_delegation_is_a_name(extract_text) -> None:
    ex = extract_text("青禾银行与石岭村开展共建。石志强率队来到石岭村。")
    assert "石志强" in names(ex, "Person")


def test_the_name_between_you_and_a_verb_of_leading_is_a_name(extract_text) -> None:
    ex = extract_text("青禾银行与石岭村开展共建。活动由石志强主持。")
    assert "石志强" in names(ex, "Person")
    for text in ("活动由村委会主持。", "由于大家带队，活动顺利。"):
        assert not names(extract_text(text), "Person"), text


def test_names_listed_as_attending_are_names(extract_text) -> None:
    ex = extract_text("青禾银行与石岭村开展共建。石志强、罗文涛等参加活动。")
    assert {"石志强", "罗文涛"} <= names(ex, "Person")
    ex = extract_text("青禾银行与石岭村开展共建。石桥镇、石岭村等参加活动。")
    assert not names(ex, "Person")


def test_names_under_a_lead_and_in_photo_captions_are_names(extract_text) -> None:
    ex = extract_text("青禾银行与石岭村开展共建。在罗胜利的带领下，村里建起了合作社。")
    assert "罗胜利" in names(ex, "Person")
    ex = extract_text("青禾银行与石岭村开展共建。柯伟（左二）与村民交谈。")
    assert "柯伟" in names(ex, "Person")
    ex = extract_text("青禾银行与石岭村开展共建。在村委会的带领下，村里建起了合作社。")
    assert not names(ex, "Person")


def test_a_name_jieba_reads_across_the_end_of_its_title_is_a_name(extract_text) -> None:
    # 副行|长江|红梅: the title's 长 and the surname 江 read as one word
    ex = extract_text("青禾银行与石岭村开展共建。青禾银行副行长江红梅为石岭村送去慰问品。")
    assert "江红梅" in names(ex, "Person")
    ex = extract_text("青禾银行与石岭村开展共建。青禾银行行长江爱民在讲话中指出，要做实共建。")
    assert "江爱民" in names(ex, "Person")
