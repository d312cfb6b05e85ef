"""HOLDS_POST candidates, their named features, and the shipped model's decision — on
invented names only."""

from __future__ import annotations

from collections.abc import Callable

from ingest.extract.learn import post_labels
from ingest.extract.pair_model import default_model
from ingest.extract.pipeline import StoryReading
from ingest.extract.post_decide import PostChoice, decide_posts
from ingest.extract.post_features import past_open_quotes


def _names(reading: StoryReading) -> dict[str, str]:
    return {e.id: e.name for e in reading.base.entities}


def choice(reading: StoryReading, person: str, title: str, unit: str) -> PostChoice:
    """The candidate (person, title, unit) of a story, by names."""
    names = _names(reading)
    found = [
        ch
        for ch in reading.post_choices
        if names[ch.relation.source] == person
        and ch.relation.title == title
        and names[ch.relation.target] == unit
    ]
    assert found, sorted(
        (names[c.relation.source], c.relation.title, names[c.relation.target])
        for c in reading.post_choices
    )
    return found[0]


def triples(reading: StoryReading, chosen: list) -> set[tuple[str, str, str]]:
    names = _names(reading)
    return {(names[r.source], r.title, names[r.target]) for r in chosen}


CHAIN = (
    "戊己科技有限公司与丙丁镇签订共建协议。"
    "丙丁镇党委书记柯望舒主持会议，镇党委副书记、镇长闵知远讲话。柯望舒书记表示感谢。"
)


def test_candidates_cover_every_cut_of_a_title_and_every_unit_near_it(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of(CHAIN)
    # a party body running into the title: cut after the unit's name or after 党委
    choice(r, "柯望舒", "党委书记", "丙丁镇")
    choice(r, "柯望舒", "书记", "丙丁镇")
    # a unit of the sentence before; never the whole element when it opens with a
    # place's name (posts13: no gold title does)
    choice(r, "柯望舒", "党委书记", "戊己科技有限公司")
    assert not any(ch.relation.title == "丙丁镇党委书记" for ch in r.post_choices)
    # a title with no unit of its own: the chain's unit, and the others near it
    choice(r, "闵知远", "镇长", "丙丁镇")
    choice(r, "闵知远", "镇长", "戊己科技有限公司")
    choice(r, "闵知远", "党委副书记", "丙丁镇")
    # a lone level word before a party body is never kept (posts30: title_openings)
    assert not any(ch.relation.title == "镇党委副书记" for ch in r.post_choices)


# a level word the title keeps: a government standing alone (GOLD_NOTES, goldcons2 class 6)
KEPT_LEVEL = (
    "戊己科技有限公司与丙丁镇签订共建协议。丙丁镇党委书记柯望舒主持会议，镇政府党组成员闵知远讲话。"
)


def test_title_words_name_the_lexicon_title_and_what_was_kept_before_it(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of(KEPT_LEVEL)
    f = choice(r, "闵知远", "镇政府党组成员", "丙丁镇").features
    assert f["title_word=党组成员"] == 1.0
    assert f["kept_starts=镇"] == 1.0 and f["kept_len<=4"] == 1.0
    assert f["kept_government"] == 1.0
    assert "title_is_word" not in f
    assert "title_is_word" in choice(reading_of(CHAIN), "闵知远", "党委副书记", "丙丁镇").features


def test_cut_position_says_where_the_title_begins(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of(CHAIN)
    assert "cut=after_unit_name" in choice(r, "柯望舒", "党委书记", "丙丁镇").features
    assert "cut=after_party_ending" in choice(r, "柯望舒", "书记", "丙丁镇").features
    kept = choice(reading_of(KEPT_LEVEL), "闵知远", "镇政府党组成员", "丙丁镇").features
    assert "cut=element_start" in kept


def test_site_kind_counts_several_titles_before_one_name(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of(CHAIN)
    first = choice(r, "闵知远", "党委副书记", "丙丁镇").features
    last = choice(r, "闵知远", "镇长", "丙丁镇").features
    assert first["site=before"] == 1.0 and first["chain_len<=2"] == 1.0
    assert "chain_first" in first and "chain_last" not in first
    assert "chain_last" in last and "chain_first" not in last


def test_a_title_after_the_name_is_a_site_of_its_own(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of(CHAIN)
    after = [
        ch
        for ch in r.post_choices
        if ch.relation.title == "书记" and ch.features.get("site=after") == 1.0
    ]
    assert after and all(_names(r)[ch.relation.source] == "柯望舒" for ch in after)


def test_unit_where_and_kind_say_how_the_unit_was_reached_and_if_its_level_fits(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of(CHAIN)
    body = choice(r, "柯望舒", "党委书记", "丙丁镇").features
    assert body["unit_where=party_body"] == 1.0 and body["unit_type=Reg"] == 1.0
    assert choice(r, "柯望舒", "党委书记", "戊己科技有限公司").features["unit_where=previous"]
    town = choice(r, "闵知远", "镇长", "丙丁镇").features
    firm = choice(r, "闵知远", "镇长", "戊己科技有限公司").features
    assert town["unit_where=chain"] == 1.0
    assert town.get("level_fits") == 1.0 and "level_misfit" not in town
    assert firm.get("level_misfit") == 1.0 and firm["unit_type=Org"] == 1.0


def test_distance_measures_the_text_between_unit_and_title(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of(CHAIN)
    near = choice(r, "柯望舒", "党委书记", "丙丁镇").features
    assert near["unit_side=before"] == 1.0 and near["unit_gap<=0"] == 1.0
    far = choice(r, "柯望舒", "党委书记", "戊己科技有限公司").features
    assert far["unit_gap<=15"] == 1.0 and far["gap_clause_end"] == 1.0
    assert choice(r, "闵知远", "镇长", "丙丁镇").features["unit_unwritten_here"] == 1.0


def test_hand_rules_say_whether_todays_rule_picks_the_triple(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of(CHAIN)
    right = choice(r, "柯望舒", "党委书记", "丙丁镇").features
    assert right["rule_triple"] == right["rule_title"] == right["rule_unit"] == 1.0
    wrong = choice(r, "柯望舒", "党委书记", "戊己科技有限公司").features
    assert "rule_triple" not in wrong and "rule_unit" not in wrong and wrong["rule_title"]


def test_the_shipped_model_decides_a_clear_post_and_rejects_a_wrong_unit(
    reading_of: Callable[[str], StoryReading],
) -> None:
    model = default_model()
    assert model is not None and model.posts is not None
    r = reading_of(CHAIN)
    kept = triples(r, decide_posts(r.post_choices, model.posts))
    assert ("柯望舒", "党委书记", "丙丁镇") in kept
    assert ("闵知远", "镇长", "丙丁镇") in kept
    assert ("闵知远", "镇长", "戊己科技有限公司") not in kept
    for rel in decide_posts(r.post_choices, model.posts):
        assert 0.0 < rel.confidence <= 1.0 and "model:" in rel.rule


def test_the_shipped_model_rejects_a_clear_non_post(
    reading_of: Callable[[str], StoryReading],
) -> None:
    """A unit of the sentence before, when the title's own prefix names another unit."""
    model = default_model()
    assert model is not None and model.posts is not None
    r = reading_of("戊己科技有限公司员工参加活动。丙丁镇党委书记柯望舒主持会议。")
    wrong = choice(r, "柯望舒", "党委书记", "戊己科技有限公司")
    assert not model.posts.accepts(model.posts.probability(wrong.features))
    kept = triples(r, decide_posts(r.post_choices, model.posts))
    assert ("柯望舒", "党委书记", "戊己科技有限公司") not in kept
    assert ("柯望舒", "党委书记", "丙丁镇") in kept


def test_a_title_never_starts_inside_the_units_own_name(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of("县直机关工委书记柯望舒出席会议。")
    assert choice(r, "柯望舒", "书记", "县直机关工委")
    names = _names(r)
    titles = {
        c.relation.title for c in r.post_choices if names[c.relation.target] == "县直机关工委"
    }
    assert "书记" in titles and "工委书记" not in titles


def test_one_model_file_holds_both_decisions_and_a_pairings_only_file_still_loads() -> None:
    import json

    from ingest.extract.pair_model import LinearModel
    from ingest.extract.pipeline import posts_model_for

    shipped = default_model()
    assert shipped is not None and shipped.posts is not None
    again = LinearModel.from_json(shipped.to_json())
    assert again == shipped and again.posts is not None and again.posts.task == "HOLDS_POST"
    doc = json.loads(shipped.to_json())
    del doc["posts"]  # a file written before posts were learned
    old = LinearModel.from_json(json.dumps(doc))
    assert old.posts is None
    assert posts_model_for(old) == shipped.posts  # its posts: the shipped model's


def test_kept_word_names_what_a_title_keeps_before_its_title_word() -> None:
    from ingest.extract.post_features import kept_word

    assert kept_word("党建办") == {"kept_last=办": 1.0}
    assert kept_word("社会事务管理处") == {"kept_last=处": 1.0}


def test_a_cut_inside_a_mention_after_the_units_own_name(
    reading_of: Callable[[str], StoryReading],
) -> None:
    """某街道办事处副主任: the subdistrict is the unit, 办事处副主任 the title (a title
    word of its own: the cut after the unit's name)."""
    r = reading_of("丙丁街道与戊己科技有限公司签约。丙丁街道办事处副主任柯望舒出席。")
    ch = choice(r, "柯望舒", "办事处副主任", "丙丁街道")
    assert ch.features["cut=after_unit_name"] == 1.0 and ch.features["title_is_word"] == 1.0


def test_a_self_reference_before_a_title_offers_the_units_of_its_kind(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of("戊己科技有限公司与丙丁中学签订共建协议。我校党总支书记柯望舒与公司代表签约。")
    assert choice(r, "柯望舒", "党总支书记", "丙丁中学").features["unit_where=self"] == 1.0


def test_a_person_listed_after_another_takes_the_units_named_before(
    reading_of: Callable[[str], StoryReading],
) -> None:
    """X公司党委书记甲，党委副书记乙: 乙's unit may be X公司."""
    r = reading_of(
        "丙丁镇与戊己科技有限公司签约。戊己科技有限公司党委书记柯望舒，党委副书记闵知远出席。"
    )
    f = choice(r, "闵知远", "党委副书记", "戊己科技有限公司").features
    assert f["unit_where=list_before"] == 1.0


def test_hand_rules_name_the_step_of_the_rule_that_reads_the_triple(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of(CHAIN)
    assert choice(r, "柯望舒", "党委书记", "丙丁镇").features["rule_triple=prefix"] == 1.0


def test_titles_after_a_name_in_a_list_entry_and_an_appointment_are_sites(
    reading_of: Callable[[str], StoryReading],
) -> None:
    """甲 某公司总经理，任某村“名誉村长”: two titles written after the name."""
    r = reading_of(
        "五位企业家受聘担任名誉村长：\n柯望舒 戊己科技有限公司总经理，任丙丁镇庚辛村“名誉村长”。\n"
        "会上，总经理柯望舒发言。"
    )
    listed = choice(r, "柯望舒", "总经理", "戊己科技有限公司").features
    assert listed["site=listed"] == 1.0
    # the heading's 担任名誉村长：柯望舒 offers the same triple from a title-colon-name site
    # (people8); the appointment's site is the one read here
    names = _names(r)
    appointed = next(
        ch.features
        for ch in r.post_choices
        if names[ch.relation.source] == "柯望舒"
        and ch.relation.title == "名誉村长"
        and names[ch.relation.target] == "庚辛村"
        and "site=appointed" in ch.features
    )
    # the cut right after the village's name, its opening quote skipped
    assert appointed["cut=after_unit_name"] == 1.0


def test_past_open_quotes_skips_the_quotes_a_title_opens_with() -> None:
    text = "丙丁村“名誉村长”"
    assert past_open_quotes(text, 3) == 4
    assert past_open_quotes(text, 4) == 4
    assert past_open_quotes(text, len(text)) == len(text)


def test_every_name_of_a_byline_is_a_reporter_of_the_outlets_of_the_story(
    reading_of: Callable[[str], StoryReading],
) -> None:
    """（记者 甲 乙）and 记者 甲、乙: the second name has no 记者 of its own; each is offered
    the story's outlets."""
    r = reading_of("丙丁日报讯（记者 柯望舒 闵知远）丙丁镇与戊己科技有限公司签约。")
    for name in ("柯望舒", "闵知远"):
        f = choice(r, name, "记者", "丙丁日报").features
        assert f["site=byline"] == 1.0
    r = reading_of("丙丁日报讯（记者 柯望舒、闵知远）丙丁镇与戊己科技有限公司签约。")
    assert choice(r, "闵知远", "记者", "丙丁日报").features["site=byline"] == 1.0


def test_a_name_after_a_byline_and_other_words_is_no_reporter(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of("丙丁日报讯（记者 柯望舒 通讯员 闵知远）丙丁镇与戊己科技有限公司签约。")
    names = _names(r)
    assert not any(
        names[c.relation.source] == "闵知远" and c.relation.title == "记者" for c in r.post_choices
    )


def test_a_byline_unit_that_is_no_outlet_and_not_on_the_bylines_line_is_marked(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of("丙丁日报讯（记者 柯望舒）\n戊己科技有限公司与丙丁镇签订共建协议。")
    outlet = choice(r, "柯望舒", "记者", "丙丁日报").features
    assert outlet["byline&same_line"] == 1.0 and "byline&elsewhere" not in outlet
    company = choice(r, "柯望舒", "记者", "戊己科技有限公司").features
    assert company["byline&elsewhere"] == 1.0 and company["byline&unit_type=Org"] == 1.0


def test_a_byline_after_two_outlets_marks_the_first_one_on_its_line(
    reading_of: Callable[[str], StoryReading],
) -> None:
    """（某日报、某网记者 甲）: the reporter of the outlet named first on the byline's line."""
    r = reading_of("（丙丁日报、戊己网记者 柯望舒）\n丙丁镇与庚辛科技有限公司签约。")
    assert choice(r, "柯望舒", "记者", "丙丁日报").features["byline&first_outlet"] == 1.0
    assert "byline&first_outlet" not in choice(r, "柯望舒", "记者", "戊己网").features
    r = reading_of("丙丁客户端·戊己网3月1日讯（记者 柯望舒）丙丁镇与庚辛科技有限公司签约。")
    assert choice(r, "柯望舒", "记者", "丙丁客户端").features["byline&first_outlet"] == 1.0
    assert "byline&first_outlet" not in choice(r, "柯望舒", "记者", "戊己网").features


def test_an_anaphor_before_a_title_offers_the_units_of_its_kind_named_last_first(
    reading_of: Callable[[str], StoryReading],
) -> None:
    r = reading_of(
        "丙丁村与青石岭村签订协议。戊己科技有限公司与白沙坪村结对共建。"
        "该村党支部书记柯望舒与戊己科技有限公司总经理闵知远进行座谈。"
    )
    assert choice(r, "柯望舒", "党支部书记", "白沙坪村").features["unit_where=anaphor"] == 1.0
    company = choice(r, "柯望舒", "党支部书记", "戊己科技有限公司").features
    assert "unit_where=anaphor" not in company


def test_a_post_whose_unit_the_story_never_names_is_learned_at_units_of_its_type(
    reading_of: Callable[[str], StoryReading],
) -> None:
    """The gold's 副区长 @ a district the units' rules never found: right at a region of
    the story (no candidate could do better), not at a company."""
    r = reading_of("丙丁镇与戊己科技有限公司结对共建。副区长柯望舒出席。")
    gold = {
        "entities": [
            {"key": "kws", "type": "Person", "name": "柯望舒", "aliases": ["柯望舒"]},
            {"key": "qu", "type": "Region", "name": "庚辛区", "aliases": ["庚辛区"]},
        ],
        "posts": [{"person": "kws", "org": "qu", "title": "副区长"}],
    }
    names = _names(r)
    label = {
        names[ch.relation.target]: y
        for ch, y in zip(r.post_choices, post_labels(r, gold), strict=True)
        if ch.relation.title == "副区长"
    }
    assert label == {"丙丁镇": 1, "戊己科技有限公司": 0}


UNNAMED = "戊己科技有限公司与丙丁村签订共建协议。丙丁村庚辛建设发展有限责任公司董事长柯望舒出席。"


def test_a_title_keeping_a_unit_no_rule_found_is_told_from_one_cut_after_it(
    reading_of: Callable[[str], StoryReading],
) -> None:
    """posts28: the gold never keeps a company's own name in the title."""
    r = reading_of(UNNAMED)
    short = choice(r, "柯望舒", "董事长", "戊己科技有限公司").features
    assert "kept_unnamed_unit" not in short
    long = [
        ch.features for ch in r.post_choices if ch.relation.title.endswith("有限责任公司董事长")
    ]
    assert long and all("kept_unnamed_unit" in f for f in long)


BYLINE_RIGHT_BEFORE = (
    "甲乙网·丙丁客户端记者柯望舒报道：戊己村与庚辛科技有限公司结对共建。"
    "戊己村党支部书记闵知远出席。"
)


def test_a_byline_written_right_after_an_outlet_names_that_outlet(
    reading_of: Callable[[str], StoryReading],
) -> None:
    """posts28: 某网·某客户端记者甲 — the outlet right before 记者 is the reporter's."""
    r = reading_of(BYLINE_RIGHT_BEFORE)
    names = _names(r)
    reporter = [ch for ch in r.post_choices if names[ch.relation.source] == "柯望舒"]
    right = [ch for ch in reporter if names[ch.relation.target] == "丙丁客户端"]
    other = [ch for ch in reporter if names[ch.relation.target] == "甲乙网"]
    assert right and all("byline&outlet_right_before" in ch.features for ch in right)
    assert all("byline&outlet_right_before" not in ch.features for ch in other)
