"""A title of one kind of unit whose unit is named only in the sentence before, and the
outlet a byline's bracket names (posts25). Invented names of the shapes seen in news
pages; no name from an article."""

from __future__ import annotations

from ingest.extract.post_features import title_kind_fit
from ingest.model import Entity


def _choices(article_from, text: str):
    from ingest.extract.pipeline import read_story

    return read_story(article_from(text)).post_choices


def _units(choices, title: str) -> dict[str, str]:
    """The candidate units of a title, by name, with how each was reached."""
    return {
        c.relation.target: next(k for k in c.features if k.startswith("unit_where="))
        for c in choices
        if c.relation.title == title
    }


BANK_BEFORE = (
    "青禾银行党委高度重视，向石岭县东坪镇西滩村、北岗村派出驻村工作队。"
    "董事长柯望舒、行长韦思远等先后到村里调研。"
)


def test_a_banks_head_may_mean_the_bank_of_the_sentence_before(article_from) -> None:
    from ingest.extract.pipeline import read_story

    story = read_story(article_from(BANK_BEFORE))
    names = {e.id: e.name for e in story.base.entities}
    got = {names[t]: how for t, how in _units(story.post_choices, "行长").items()}
    assert got.get("青禾银行") == "unit_where=previous_kind", got


def test_no_unit_of_the_kind_before_when_the_sentence_names_one(article_from) -> None:
    from ingest.extract.pipeline import read_story

    text = (
        "青禾银行党委高度重视，向石岭县东坪镇西滩村、北岗村派出驻村工作队。"
        "丹阳银行董事长柯望舒、行长韦思远等先后到村里调研。"
    )
    story = read_story(article_from(text))
    assert not any(c.features.get("unit_where=previous_kind") for c in story.post_choices)


def test_the_title_kind_fits_the_units_subtype() -> None:
    bank = Entity("e1", "Organization", "青禾银行", (), subtype="bank")
    village = Entity("e2", "Village", "西滩村", ())
    assert title_kind_fit("行长", bank) == {"title_kind_fits": 1.0}
    assert title_kind_fit("行长", village) == {"title_kind_misfit": 1.0}
    assert title_kind_fit("书记", bank) == {}  # a title of any kind of unit


def test_the_outlet_inside_a_bylines_bracket_is_marked(article_from) -> None:
    from ingest.extract.pipeline import read_story

    text = (
        "青禾网5月8日讯 据石岭日报报道(石岭日报全媒体记者 柯望舒)近日，"
        "石岭县自然资源局与东坪村签订结对共建协议。"
    )
    story = read_story(article_from(text))
    names = {e.id: e.name for e in story.base.entities}
    marked = {
        names[c.relation.target]: k
        for c in story.post_choices
        for k in c.features
        if k in ("byline&bracket_outlet", "byline&not_bracket_outlet")
    }
    assert marked.get("石岭日报") == "byline&bracket_outlet", marked
    assert marked.get("青禾网") in (None, "byline&not_bracket_outlet"), marked


def test_a_bank_is_of_an_enterprises_kind() -> None:
    from ingest.extract.post_candidates import kind_fits

    assert kind_fits("enterprise", "bank")  # 某银行董事长: a bank has a 董事长
    assert kind_fits("bank", "bank")
    assert not kind_fits("bank", "enterprise")  # a 行长 is no company's
    assert not kind_fits("school", None)
