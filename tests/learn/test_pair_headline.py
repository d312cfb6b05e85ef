"""The headline of a traditional-script page: read in simplified script like the rest
(issue 14, pairs26: compared as written, it never matched the simplified text, and the
page lost its headline's unit and every headline feature)."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_candidates import headline_end
from ingest.model import Article

SIMPLIFIED = (
    "青禾村与远星科技有限公司结对共建\n\n"
    "5月8日，青禾村党支部与远星科技有限公司党支部签订结对共建协议。"
)
TRADITIONAL = (
    "青禾村與遠星科技有限公司結對共建\n\n"
    "5月8日，青禾村黨支部與遠星科技有限公司黨支部簽訂結對共建協議。"
)


def _article(text: str, simplified: str, title: str | None) -> Article:
    return Article("a", "a.txt", "a.txt", text, simplified, (), (0, len(text)), title=title)


def test_headline_end_compares_a_traditional_title_in_simplified_script() -> None:
    text, simplified = "甲與乙結對\n\n正文", "甲与乙结对\n\n正文"
    assert headline_end(_article(text, simplified, "甲與乙結對"), simplified) == 5
    assert headline_end(_article(text, simplified, "甲與乙合作"), simplified) == 0
    assert headline_end(_article(text, simplified, "甲與乙合作"), simplified, 3) == 5
    assert headline_end(_article(text, simplified, None), simplified) == 0


def test_a_traditional_page_reads_its_headline_like_its_simplified_twin(reading_of) -> None:
    simp = choice_between(reading_of(SIMPLIFIED), "青禾村", "远星科技有限公司")
    trad = choice_between(reading_of(TRADITIONAL), "青禾村", "远星科技有限公司")
    assert simp.features.get("pair_in_headline") == 1.0
    assert trad.features == simp.features
