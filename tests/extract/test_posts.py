"""HOLDS_POST: one relation per title, the unit from the title's prefix or the story."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.posts import keeps_body


def test_one_post_per_title_in_a_chain_with_the_unit_from_the_prefix(extract_text) -> None:
    ex = extract_text("成都市郫都区委常委、副区长王建国出席签约仪式。")
    assert posts(ex) == {("王建国", "区委常委", "郫都区"), ("王建国", "副区长", "郫都区")}


def test_a_bare_town_title_means_the_town_of_the_story(extract_text) -> None:
    ex = extract_text(
        "郫都区唐昌镇召开大会。唐昌镇党委书记杨立新讲话，镇党委副书记、镇长罗春梅主持。"
    )
    assert ("杨立新", "党委书记", "唐昌镇") in posts(ex)
    assert ("罗春梅", "党委副书记", "唐昌镇") in posts(ex)
    assert ("罗春梅", "镇长", "唐昌镇") in posts(ex)


def test_the_unit_name_is_removed_from_the_title_but_a_department_stays(extract_text) -> None:
    ex = extract_text("郫都区人民医院党委书记陈光明、郫都区第二中学教务主任周明德出席。")
    assert ("陈光明", "党委书记", "郫都区人民医院") in posts(ex)
    assert ("周明德", "教务主任", "郫都区第二中学") in posts(ex)


def test_relations_carry_rule_confidence_and_evidence_into_the_file(extract_text) -> None:
    text = "引言\n\n成都市郫都区委常委、副区长王建国出席签约仪式。"
    ex = extract_text(text)
    rel = next(r for r in ex.relations if r.type == "HOLDS_POST")
    # the hand rule that reads the triple, then what weighed most in the learned decision
    assert rel.rule.startswith("post_prefix|model:") and 0 < rel.confidence <= 1
    assert rel.evidence is not None
    assert text[rel.evidence.start : rel.evidence.end] == rel.evidence.text
    assert "王建国" in rel.evidence.text


def test_a_title_written_inside_one_word_with_the_unit_still_splits(extract_text) -> None:
    ex = extract_text("郫都区委组织部副部长、区统计局局长王建国出席。")
    assert ("王建国", "副部长", "郫都区委组织部") in posts(ex)
    assert ("王建国", "局长", "区统计局") in posts(ex)


def test_a_numbered_branch_keeps_its_name_in_the_title(extract_text) -> None:
    ex = extract_text(
        "郫都区人民医院药剂第一党支部、第二党支部与战旗村党支部签订结对协议。"
        "药剂第一党支部书记周明德介绍了情况。"
    )
    assert ("周明德", "药剂第一党支部书记", "郫都区人民医院") in posts(ex)


def test_a_first_secretary_posted_to_a_village(extract_text) -> None:
    ex = extract_text("句容市后白镇西冯村第一书记王海涛积极协调帮扶单位。")
    assert ("王海涛", "第一书记", "西冯村") in posts(ex)


def test_a_village_secretary_who_also_heads_the_village_committee(extract_text) -> None:
    ex = extract_text("官盛镇报国村党总支书记、村委会主任唐永富介绍了村情。")
    assert ("唐永富", "党总支书记", "报国村") in posts(ex)
    # GOLD_FORMAT: the committee's word stays in the title when the village is not
    # attached to it (村委会主任, the village named in the element before)
    assert ("唐永富", "村委会主任", "报国村") in posts(ex)


def test_an_office_written_after_a_subdistricts_name_stays_in_the_title(extract_text) -> None:
    ex = extract_text("丙丁街道与戊己公司签约。丙丁街道办事处副主任柯望舒出席。")
    assert ("柯望舒", "办事处副主任", "丙丁街道") in posts(ex)


def test_a_residents_committee_head_keeps_the_committee_word(extract_text) -> None:
    ex = extract_text("丙丁社区与戊己公司签约。丙丁社区党委书记、居委会主任柯望舒出席。")
    assert ("柯望舒", "党委书记", "丙丁社区") in posts(ex)
    assert ("柯望舒", "居委会主任", "丙丁社区") in posts(ex)


def test_a_bare_city_title_means_the_city_of_the_story_not_the_unit_named_last(
    extract_text,
) -> None:
    ex = extract_text(
        "丙丁市与戊己集团有限公司签约。市委书记柯望舒，戊己集团有限公司董事长闵知远，市长韦思远出席。"
    )
    assert ("韦思远", "市长", "丙丁市") in posts(ex)


def test_a_group_named_only_as_the_group_is_the_storys_group(extract_text) -> None:
    ex = extract_text("丙丁市与戊己投资集团签约。集团公司党委书记、董事长柯望舒出席。")
    assert ("柯望舒", "党委书记", "戊己投资集团") in posts(ex)
    assert ("柯望舒", "董事长", "戊己投资集团") in posts(ex)


def test_a_level_words_congress_is_a_unit_named_with_its_place(article_from) -> None:
    """县人大常委会副主任: 副主任 @ 某县人大常委会, the organ named with the county (GOLD_NOTES
    goldcons3 class 1); 县政府副县长 stays on the county; a town's 人大主席 on the town."""
    from ingest.extract.pipeline import read_story

    text = (
        "丙丁县与戊己公司签约。县人大常委会副主任柯望舒、县政协副主席庞若水、"
        "县政府副县长闵知远出席。"
    )
    ex = read_story(article_from(text)).base
    assert ("柯望舒", "副主任", "丙丁县人大常委会") in posts(ex)
    assert ("庞若水", "副主席", "丙丁县政协") in posts(ex)
    assert ("闵知远", "副县长", "丙丁县") in posts(ex)
    organ = next(e for e in ex.entities if e.name == "丙丁县人大常委会")
    assert organ.type == "Organization" and "县人大常委会" in organ.aliases


def test_level_and_body_splits_a_level_from_the_body_a_title_keeps() -> None:
    from ingest.extract.posts import level_and_body

    assert level_and_body("县人大常委会", "副主任") is None  # the organ is a unit
    assert level_and_body("区政府", "副区长") == ("区", "")
    assert level_and_body("市政府", "秘书长") is None  # 市政府秘书长: the gold keeps it
    assert level_and_body("党委", "书记") is None


def test_a_title_after_a_self_reference_means_the_storys_unit_of_that_kind(article_from) -> None:
    """我校党总支书记甲: the school of the story, not the unit named before in the sentence."""
    from ingest.extract.pipeline import read_story

    text = (
        "丙丁中学与戊己医院签订共建协议。"
        "戊己医院党总支书记闵知远，我校党总支书记柯望舒，校长韦思远出席签约仪式。"
    )
    ex = read_story(article_from(text)).base
    assert ("柯望舒", "党总支书记", "丙丁中学") in posts(ex)
    assert ("韦思远", "校长", "丙丁中学") in posts(ex)


def test_a_bare_level_title_is_not_the_place_another_holder_of_that_title_is_named_with(
    article_from,
) -> None:
    """乙市市委书记甲 … 市委书记丙: one city has one 市委书记, so 丙's is the other city."""
    from ingest.extract.pipeline import read_story

    text = (
        "丙丁市与戊己市签订对口帮扶协议。戊己市委书记闵知远率团来访，市委书记柯望舒与代表团座谈。"
    )
    ex = read_story(article_from(text)).base
    assert ("闵知远", "市委书记", "戊己市") in posts(ex)
    assert ("柯望舒", "市委书记", "丙丁市") in posts(ex)


def test_a_later_bare_title_of_the_same_level_is_the_same_place(article_from) -> None:
    """区委书记甲 went to the writer's district (乙区委书记 is another's): 区长丙 too."""
    from ingest.extract.pipeline import read_story

    text = (
        "丙丁区与戊己区签订对口帮扶协议。戊己区委书记闵知远率团来访。"
        "区委书记柯望舒表示欢迎，区长韦思远参加。"
    )
    ex = read_story(article_from(text)).base
    assert ("柯望舒", "区委书记", "丙丁区") in posts(ex)
    assert ("韦思远", "区长", "丙丁区") in posts(ex)


def test_a_title_of_someone_posted_to_a_village_is_the_villages(article_from) -> None:
    from ingest.extract.pipeline import read_story

    text = "丙丁村与戊己科技有限公司签约。丙丁镇党委副书记、驻村第一书记柯望舒出席。"
    ex = read_story(article_from(text)).base
    assert ("柯望舒", "党委副书记", "丙丁镇") in posts(ex)
    assert ("柯望舒", "驻村第一书记", "丙丁村") in posts(ex)


def test_an_abbreviation_keeps_first_and_last_characters_and_the_rest_in_order() -> None:
    from ingest.extract.posts import is_abbreviation

    assert is_abbreviation("戊己指导站", "丙丁市戊己花木管理指导站")
    assert is_abbreviation("丙外教育集团", "丙丁外国语学校教育集团")
    assert not is_abbreviation("戊己指导站", "丙丁市戊己花木管理服务中心")  # last differs
    assert not is_abbreviation("己戊指导站", "丙丁市戊己花木管理指导站")  # out of order
    assert not is_abbreviation("花木站", "丙丁市戊己花木管理指导站")  # starts far inside


def test_an_office_inside_a_subdistrict_or_a_unit_stays_in_the_title(article_from) -> None:
    """某街道营商办副主任 → 营商办副主任 @ 某街道; 某中心工会主席 → 工会主席 @ 某中心."""
    from ingest.extract.pipeline import read_story

    text = (
        "丙丁街道与戊己社区卫生服务中心签订共建协议。"
        "丙丁街道营商办副主任柯望舒、戊己社区卫生服务中心工会主席闵知远出席。"
    )
    ex = read_story(article_from(text)).base
    assert ("柯望舒", "营商办副主任", "丙丁街道") in posts(ex)
    assert ("闵知远", "工会主席", "戊己社区卫生服务中心") in posts(ex)


def test_an_office_of_a_county_is_a_unit_of_its_own(article_from) -> None:
    from ingest.extract.pipeline import read_story

    text = "丙丁区与戊己街道签订共建协议。丙丁区扶贫办副主任柯望舒出席。"
    ex = read_story(article_from(text)).base
    assert posts(ex) == {("柯望舒", "副主任", "丙丁区扶贫办")}


def test_office_host_reads_an_office_written_alone_as_its_units(article_from) -> None:
    """工会主席甲 where the story names 某中心工会: 工会主席 @ 某中心."""
    from ingest.extract.pipeline import read_story

    text = (
        "戊己社区卫生服务中心工会与丙丁街道签订共建协议。"
        "戊己社区卫生服务中心党总支书记闵知远，工会主席柯望舒出席。"
    )
    ex = read_story(article_from(text)).base
    assert ("柯望舒", "工会主席", "戊己社区卫生服务中心") in posts(ex)


def test_a_title_after_a_parenthesis_is_the_unit_named_before_it(article_from) -> None:
    from ingest.extract.pipeline import read_story

    text = (
        "丙丁街道与戊己科技有限公司签约。丙丁街道党工委书记闵知远，"
        "戊己科技有限公司（丙丁街道党建联络站）总经理柯望舒出席。"
    )
    ex = read_story(article_from(text)).base
    assert ("柯望舒", "总经理", "戊己科技有限公司") in posts(ex)


def test_two_titles_joined_by_concurrently_are_two_posts(extract_text) -> None:
    """甲兼乙: one person holds both titles (GOLD_FORMAT: one relation per title)."""
    ex = extract_text("丙丁村党支部书记兼村委会主任柯望舒介绍了村情。")
    assert ("柯望舒", "党支部书记", "丙丁村") in posts(ex)
    assert ("柯望舒", "村委会主任", "丙丁村") in posts(ex)
    ex = extract_text("戊己大学庚辛学院副院长兼党总支副书记闵知远出席。")
    assert {t for p, t, _ in posts(ex) if p == "闵知远"} == {"副院长", "党总支副书记"}


def test_a_prefecture_committee_title_keeps_its_level_word(extract_text) -> None:
    """某州委常委 → 州委常委 @ the prefecture, as 某区委常委 → 区委常委 @ the district."""
    ex = extract_text("果洛州与戊己县签订协议。果洛州委常委、副州长柯望舒出席。")
    assert ("柯望舒", "州委常委", "果洛藏族自治州") in posts(ex)
    assert ("柯望舒", "副州长", "果洛藏族自治州") in posts(ex)


def test_the_office_of_a_subdistrict_stays_in_the_title_without_its_level_word(
    extract_text,
) -> None:
    """街道办事处主任甲 → 办事处主任 @ the story's subdistrict (GOLD_FORMAT: the title as
    written minus the unit's name — 街道 stands for it)."""
    ex = extract_text("丙丁街道与戊己科技有限公司结对共建。街道办事处主任柯望舒介绍情况。")
    assert ("柯望舒", "办事处主任", "丙丁街道") in posts(ex)
    ex = extract_text("丙丁街道党工委委员、办事处副主任闵知远讲话。")
    assert ("闵知远", "办事处副主任", "丙丁街道") in posts(ex)


def test_a_title_after_an_anaphor_is_the_unit_of_that_kind_named_last(extract_text) -> None:
    """该村党支部书记甲: the village the text named last before, not the sentence's company."""
    ex = extract_text(
        "丙丁村与青石岭村签订协议。戊己科技有限公司与白沙坪村结对共建。"
        "该村党支部书记柯望舒与戊己科技有限公司总经理闵知远进行座谈。"
    )
    assert ("柯望舒", "党支部书记", "白沙坪村") in posts(ex)


def test_a_committee_word_stays_in_the_title_unless_the_committee_is_the_unit() -> None:
    assert keeps_body("村委会", "丙丁村")  # 村委会主任 @ 某村
    assert not keeps_body("居委会", "丙丁居委会")  # 主任 @ 某居委会
    assert not keeps_body("镇", "丙丁镇")


def test_the_director_of_a_residents_committee_named_as_the_unit(extract_text) -> None:
    ex = extract_text(
        "丙丁居委会与戊己科技有限公司结对共建。居委会党总支书记柯望舒、居委会主任闵知远出席。"
    )
    assert ("闵知远", "主任", "丙丁居委会") in posts(ex)


def test_place_level_is_the_level_word_a_places_name_ends_with() -> None:
    from ingest.extract.posts import place_level
    from ingest.model import Entity

    assert place_level(Entity("e1", "Region", "鹤岗市", ())) == "市"
    assert place_level(Entity("e2", "Region", "青禾县", ())) == "县"
    assert place_level(Entity("e3", "Organization", "青禾市农商银行", ())) is None


def test_a_title_after_a_unit_name_never_found_takes_no_unit_of_the_sentence() -> None:
    """云岭丰源农机公司副总经理甲 after 某区委常委乙 in one sentence, the company found by no
    rule: the words before the title name a unit of their own, so the hand rules give the
    title no unit rather than the district the sentence named for 乙."""
    from ingest.extract.posts import names_own_unit

    assert names_own_unit("云岭丰源农机公司") and names_own_unit("公共管理学院")
    assert not names_own_unit("党政办公室") and not names_own_unit("护理部")
    assert not names_own_unit("学院") and not names_own_unit("某厂工会")


def test_a_prefecture_or_province_title_names_its_level_for_the_sentence_fallback() -> None:
    """某区委书记甲、州委副书记乙: 乙's title names a prefecture, so the hand rules never
    give it the district the sentence named for 甲 (feature-only rows of title_levels.tsv
    count here too)."""
    from ingest.extract.posts import place_level_named

    assert place_level_named("州委副书记") == "州" and place_level_named("副州长") == "州"
    assert place_level_named("省委常委") == "省"
    assert place_level_named("村委委员") is None and place_level_named("党委书记") is None
