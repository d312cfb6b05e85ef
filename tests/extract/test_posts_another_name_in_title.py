"""A title written right after another person's name is that person's, and no title holds
another person's name (posts35).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.people import PersonMention
from ingest.extract.post_candidates import (
    TitleSite,
    another_name_before_title,
    title_keeps_another_name,
)


def _site(text: str, holder: str, element: str, word: str) -> TitleSite:
    """The chain element ``element`` (ending in ``word``) before ``holder`` in ``text``."""
    p = text.index(holder)
    s = text.index(element)
    person = PersonMention(p, p + len(holder), holder, "title")
    return TitleSite(person, s, s + len(element) - len(word), s + len(element), "before", 0, 1, ())


def test_a_title_right_after_another_name_is_that_names() -> None:
    text = "石岭县柯望舒县长、青禾县委员蔺晓川出席。"
    site = _site(text, "蔺晓川", "柯望舒县长", "县长")
    other = text.index("柯望舒")
    assert another_name_before_title(
        site, [(other, other + 3), (site.person.start, site.person.end)]
    )
    assert not another_name_before_title(site, [(site.person.start, site.person.end)])


def test_a_title_right_before_the_holder_stays_the_holders() -> None:
    text = "红岭乡党委书记柯望舒乡长蔺晓川出席。"
    site = _site(text, "蔺晓川", "柯望舒乡长", "乡长")
    other = text.index("柯望舒")
    names = [(other, other + 3), (site.person.start, site.person.end)]
    assert not another_name_before_title(site, names)
    assert title_keeps_another_name(site.start, site, names)
    assert not title_keeps_another_name(site.title_start, site, names)


def test_no_cut_keeps_another_name_but_the_cuts_after_it_stay() -> None:
    text = "会上，覃若愚某某村村长蔺晓川发言。"
    site = _site(text, "蔺晓川", "覃若愚某某村村长", "村长")
    other = text.index("覃若愚")
    names = [(other, other + 3), (site.person.start, site.person.end)]
    assert title_keeps_another_name(site.start, site, names)
    assert not title_keeps_another_name(other + 3, site, names)
    assert not title_keeps_another_name(site.title_start, site, names)


def test_the_holders_own_name_is_no_other_name() -> None:
    text = "石岭银行柯望舒副行长致辞。"
    p = text.index("柯望舒")
    person = PersonMention(p, p + 3, "柯望舒", "title")
    site = TitleSite(person, p + 3, p + 3, p + 6, "after", 0, 1, ())
    assert not another_name_before_title(site, [(p, p + 3)])
    assert not title_keeps_another_name(site.title_start, site, [(p, p + 3)])


def test_a_list_of_guests_gives_no_one_the_title_of_the_name_before(extract_text) -> None:
    ex = extract_text(
        "近日，石岭县与青禾县签订结对共建协议，石岭县县长柯望舒致辞。\n\n"
        "石岭县柯望舒县长、青禾县政协委员蔺晓川、县委常委覃若愚等人出席签约仪式。"
    )
    found = posts(ex)
    assert not any(p == "蔺晓川" and "柯望舒" in t for p, t, _ in found)
    assert not any(p == "蔺晓川" and t == "县长" for p, t, _ in found)
    assert ("柯望舒", "县长", "石岭县") in found
    assert ("蔺晓川", "委员", "青禾县政协") in found
