"""HOLDS_POST: which unit each title in a chain belongs to, and the title as written.

For each element ``prefix + title`` of a chain (see :class:`ingest.extract.people.PostClaim`):

1. a party body of its own that runs into the title (某市社会工作党委书记) is the unit,
   the rest of the title is the title (书记);
2. otherwise the last unit named in the prefix is the unit (某镇党委书记 → 某镇, title
   党委书记); what is left between the unit and the title stays in the title (教务主任,
   药剂第一党支部书记); a generic word left alone (镇, 公司, 居委会) means the one unit of
   that kind in the story;
3. an element with no unit of its own takes the unit of the element before it in the
   chain (区委常委、副区长), else the level its title names (副区长 → the district, 镇长 →
   the town; not a place another person's same title is written with: 乙市委书记甲 …
   市委书记丙 — 丙's city is the other one; a place of that level a title of the same
   sentence went to before: 甲市委书记A，市委副书记、市长B), else the unit of the person
   named just before in the same sentence (X公司党委书记甲，党委副书记乙);
4. a title after a self-reference (我校党总支书记甲, 本村党支部书记乙; 我局党组书记丙,
   我局 the prefix's first word) with no unit of its own means the story's unit of that
   kind (the school, the village) — not a unit named earlier in the sentence; after an
   anaphor (该村党支部书记甲) the unit of that kind named last before it.

The relation's confidence says which of these decided it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.extract.orgs import GENERIC_KIND
from ingest.extract.pair_candidates import topic_unit
from ingest.extract.people import PersonMention, PostClaim
from ingest.extract.post_candidates import (
    FIRST_SECRETARY,
    anaphor_units,
    company_fits,
    government_cut,
    kind_fits,
    names_no_level_place,
    party_joined_title,
    posted_village,
    self_fit_words,
    self_kind,
    self_reference_units,
    self_word_end,
    title_ends,
)
from ingest.extract.resolve import Resolution, UnitRef
from ingest.extract.title_openings import trimmed_title
from ingest.extract.titles_after_names import (
    department_before_name,
    shared_title_after,
    units_ending_at,
    units_leading_runs,
)
from ingest.extract.unnamed_units import OWN_UNIT_KINDS, after_unnamed_unit
from ingest.extract.written_offices import is_short_office, office_start, own_unit_office
from ingest.lexicon import load_lexicon, unit_name_parts
from ingest.model import Article, Entity, Evidence, Relation
from ingest.read.simplify import to_simplified

# A committee's generic name stays in the title (GOLD_FORMAT: 村委会主任王某, the village
# named elsewhere → 村委会主任).
_KEPT_BODIES = ("村委会", "居委会")
# Level words a title names (市长, 区委常委) whose unit is a place of that level.
_PLACE_LEVELS = ("省", "州", "市", "区", "县")
_GROUP_WORDS = ("集团公司", "集团")
# Offices inside a unit the gold keeps in the title (some ending in 办 too: 营商办, 党建办;
# ``unit_name_parts.tsv`` offices_kept_in_titles: 工会主席, 团委书记, 董事局主席).
_OFFICE_WORDS = unit_name_parts()["offices_kept_in_titles"]
# Bodies whose name ends in a level committee but are not the CPC's (团县委, 民盟某市委).
_NOT_CPC_BODIES = unit_name_parts()["committee_bodies_not_cpc"]
# A party branch's committee written in full (某村支部委员会, 某协会总支部委员会).
_BRANCH_COMMITTEE = "支部委员会"
# A title of someone posted to a village (驻村第一书记, 驻村党支部第一书记).
_POSTED = ("驻村",)

CONFIDENCE = {
    "prefix": 0.9,
    "party_body": 0.9,
    "generic": 0.8,
    "chain": 0.8,
    "level": 0.7,
    "sentence": 0.6,
    "self": 0.8,
    "anaphor": 0.7,
    "before_name": 0.8,
    "run_lead": 0.7,
    "posted": 0.8,
}


# Self-words of a place (我县, 本村): the writer's place is the topic's business
# (pair_candidates.writer_place), never guessed among several here.
_PLACE_SELF_KINDS = frozenset({"县", "区", "市", "镇", "乡", "街道", "村", "社区"})


def _evidence(article: Article, start: int, end: int) -> Evidence:
    s = article.sentence_at(start)
    a, b = (s.start, s.end) if s else (start, end)
    return Evidence(article.text[a:b], article.source_offset(a), article.source_offset(b - 1) + 1)


def _post(person: str, unit: str, title: str, how: str, evidence: Evidence) -> Relation:
    """A hand rule's HOLDS_POST: its rule name and confidence follow from how the unit
    was found (``CONFIDENCE``)."""
    return Relation(
        type="HOLDS_POST",
        source=person,
        target=unit,
        rule=f"post_{how}",
        confidence=CONFIDENCE[how],
        title=trimmed_title(title),  # 新任校长 → 校长: words the gold's title never keeps
        evidence=evidence,
    )


def _by_kind(
    word: str,
    at: int,
    res: Resolution,
    text_order: Sequence[UnitRef],
    exclude: frozenset[str] = frozenset(),
) -> str | None:
    """The unit a generic word (镇, 社区, 公司) means: the one of its kind in the
    article, else the nearest written before ``at`` — leaving out ``exclude``."""
    kind = GENERIC_KIND.get(word) or ("Region" if word in _PLACE_LEVELS else "Organization")

    def fits(e: Entity) -> bool:
        if e.type != kind:
            return False
        if kind == "Region":
            if word in _PLACE_LEVELS and names_no_level_place(e):
                return False  # 区长 is a district's, never a 某某经开区's or a 自治区's
            return e.name.endswith(word) or (
                word in ("镇", "街道", "乡") and e.level == "town" and e.name.endswith(word)
            )
        if kind == "Organization":
            if word in _GROUP_WORDS:  # 集团公司党委书记: the story's group, by any name
                return "集团" in e.name and e.subtype != "party_org"
            # 公司董事长: the story's enterprise, by any name (某某集团, 某某股份)
            return (e.name.endswith(word) or company_fits(word, e)) and e.subtype != "party_org"
        return True

    ents = [e for e in res.entities if fits(e) and e.id not in exclude]
    if len(ents) == 1:
        return ents[0].id
    before = [
        u.entity
        for u in text_order
        if u.start < at and u.entity not in exclude and fits(res.entity(u.entity))
    ]
    if before:
        return before[-1]
    if exclude:  # the one left out was named before: the other is named later
        after = [
            u.entity
            for u in text_order
            if u.start >= at and u.entity not in exclude and fits(res.entity(u.entity))
        ]
        return after[0] if after else None
    return None


def find_posts(
    article: Article, text: str, claims: Sequence[PostClaim], res: Resolution
) -> list[Relation]:
    """HOLDS_POST relations for the title chains found by :func:`.people.find_people`."""
    lex = load_lexicon()
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    last_unit_in_sentence: dict[int, str] = {}
    held = held_by_title(text, claims, res)
    own_places = places_written_with(claims, held, res)
    topic = topic_unit(article, text, res)
    # level word → the place the story's first bare level title (区委书记甲) went to: a later
    # bare title of that level (区长乙) is the same place's
    bare_level: dict[str, str] = {}
    # (sentence, level word) → the place of that level a title of the sentence went to last
    listed_places: dict[tuple[int, str], str] = {}
    for claim in sorted(claims, key=lambda c: c.person.start):
        person = res.people.get((claim.person.start, claim.person.end))
        if person is None:
            continue
        sent = article.sentence_at(claim.person.start)
        skey = sent.start if sent else -1
        span = (sent.start, sent.end) if sent else None
        prev_unit: str | None = None

        def others(title: str, me: int = claim.person.start) -> frozenset[str]:
            return frozenset(u for u, p in held.get(title, ()) if p != me)

        units_placed: list[str] = []
        for el in claim.elements:
            title = text[el.title_start : el.end]
            unit, how = None, ""
            # 1. a party body of its own running into the title
            for u in res.units:
                if (
                    u.rule == "party_org"
                    and u.start >= el.start - 20
                    and el.title_start < u.end <= el.end
                ):
                    unit, how, title = u.entity, "party_body", text[u.end : el.end]
            # 1b. a place whose written form runs into the title (某区委 + 常委)
            if unit is None:
                for u in res.units:
                    if u.rule == "place" and el.start <= u.start < el.title_start < u.end:
                        unit, how = u.entity, "prefix"
                        # 某区政府党组成员: 区政府党组成员 @ 某区
                        title = government_title(text, u, title)
            # 1c. a body whose name runs into the title word (团县委|书记 read 团 + 县委书记)
            if unit is None:
                into = unit_into_title(text, el.start, el.title_start, el.end, res)
                if into is not None:
                    unit, how, title = into.entity, "prefix", text[into.end : el.end]
            # 2. the last unit named in the prefix
            if unit is None:
                inside = [
                    u
                    for u in res.units
                    if el.start <= u.host_end <= el.title_start
                    and (u.host_end > u.start or u.rule == "dept_fold")
                    and u.end <= el.end
                ]
                inside = [u for u in inside if u.rule != "party_org" or u.end <= el.title_start]
                if inside:
                    u = max(inside, key=lambda u: (u.host_end, u.end))
                    cut = (
                        u.end
                        if u.end <= el.title_start
                        and u.rule != "dept_fold"
                        and not keeps_party_ending(text, u, res, el.title_start)
                        and not keeps_office_ending(text, u)
                        else u.host_end
                    )
                    # a numbered branch: the whole prefix names it (药剂第一党支部)
                    cut = el.start if u.rule == "dept_fold" else name_end(text, u, res, cut)
                    rest = text[cut : el.title_start]
                    unit, how = u.entity, "prefix"
                    # 某市某区委书记: a region's short name left over is the unit
                    inner = _leftover_unit(rest, el.start, res, lex.org_suffixes) if rest else None
                    if inner is not None and res.entity(inner).type == "Region":
                        unit = inner
                    else:
                        # 某村建设发展有限责任公司董事长: the company no rule found ends
                        # the words the title keeps
                        title = rest[after_unnamed_unit(rest) :] + title
                    if (
                        unit == u.entity
                        and res.entity(unit).type == "Region"
                        and rest in ("", "政府")
                        and cut == u.host_end
                    ):
                        # 某区政府党组成员: 区政府党组成员 @ 某区
                        word = text[el.title_start : el.end]
                        kept = government_title(text, u, word)
                        title = kept if kept != word else title
                    office = office_host(text, u, res) if unit == u.entity else None
                    if office is not None and cut >= u.host_end:
                        # 某街道营商办副主任: 营商办副主任 @ 某街道 (某街道人大工委主任 too)
                        unit, title = office[0], office[1] + text[u.host_end : cut] + title
                else:
                    left = text[el.start : el.title_start]
                    level_body = level_and_body(left, title)
                    own = self_opening_unit(text, el.start, el.title_start, res, topic, span)
                    if own is not None:  # 我局党组书记甲: the writer's 局, title 党组书记
                        unit, how = own[0], "self"
                        title = text[own[1] : el.title_start] + title
                    elif level_body is not None:
                        level, kept = level_body
                        found = _by_kind(level, el.start, res, res.units, others(title))
                        if found is not None:
                            unit, how = found, "level"
                        # 县政府县长 is 县长 whichever county it is (no gold title keeps a
                        # government before its own head: post_candidates.
                        # government_before_its_head)
                        title = kept + title
                    elif left:
                        found = _leftover_unit(left, el.start, res, lex.org_suffixes)
                        if found is not None:
                            unit, how = found, "generic"
                        if found is None or keeps_body(left, res.entity(found).name):
                            title = left[after_unnamed_unit(left) :] + title
                        office = office_of(left, found, res) if found is not None else None
                        if office is not None:  # 工会主席 of the story's 某中心工会
                            unit, title = office[0], office[1] + title
            if how in ("prefix", "generic") and committee_organ(
                text[el.start : el.title_start], prev_unit, res
            ):
                # 某市委常委、宣传部部长甲: the city committee's 宣传部, not another one;
                # the department itself when the story names it as a unit of its own
                assert prev_unit is not None
                organ = named_committee_organ(text[el.start : el.title_start], prev_unit, res)
                if organ is not None:
                    unit, how, title = organ, "prefix", text[el.title_start : el.end]
                else:
                    unit, how, title = prev_unit, "chain", text[el.start : el.end]
            # 3. the unit named right before a parenthesis the title follows, the chain,
            # the title's level, the sentence
            if unit is None and prev_unit is None:
                unit = before_parenthesis(text, el.start, res)
                how = "prefix" if unit is not None else how
            if unit is None and prev_unit is None:
                found = self_unit(text, el.start, res, topic, span)
                if found is not None:
                    unit, how = found, "self"
            if unit is None and prev_unit is None:
                pointed = anaphor_units(text, el.start, res)
                if pointed:  # 该村党支部书记: the village named last before
                    titles = [text[e.title_start : e.end] for e in claim.elements]
                    unit, how = anaphor_of_titles_kind(pointed, titles, res), "anaphor"
            if unit is None and title.startswith(_POSTED):
                # 镇党委副书记、驻村第一书记: posted to the story's village, not the town
                unit = _by_kind("村", el.start, res, res.units)
                how = "level"
            if (
                unit is None
                and prev_unit is not None
                and not level_leaves_chain(title, res.entity(prev_unit))
            ):
                unit, how = prev_unit, "chain"
            named_level: str | None = None
            if unit is None:
                for word, level in lex.rule_title_levels:
                    if word in title:
                        named_level = level
                        mine = others(title) if held_alone(title) else frozenset()
                        # 某市市长甲 elsewhere in the story: 甲's bare 市委副书记 is that city's;
                        # else (甲市委书记A，市委副书记、市长B) the city of the people listed
                        # before in the sentence, then the story's first bare title's
                        unit = own_places.get((person, level)) or listed_places.get((skey, level))
                        if unit is None or unit in mine:
                            unit = bare_level.get(level)
                            if unit is None or unit in mine:
                                unit = most_named_place(
                                    level, res, mine, span, el.start
                                ) or _by_kind(level, el.start, res, res.units, mine)
                            if unit is not None:
                                bare_level[level] = unit
                        how = "level"
                        break
            if (
                unit is None
                and skey in last_unit_in_sentence
                and level_allows(
                    res.entity(last_unit_in_sentence[skey]), named_level or place_level_named(title)
                )
                and not names_own_unit(text[el.start : el.title_start])
                and not glued_prefix(text, el.start, el.title_start)
                and kind_allows(
                    res.entity(last_unit_in_sentence[skey]), text[el.title_start : el.end]
                )
            ):
                unit, how = last_unit_in_sentence[skey], "sentence"
            posted = posted_first_secretary(text, title, el.title_start, unit, res)
            if posted is not None:  # 某局驻某村工作队队长、第一书记甲: the village's
                unit, how = posted, "prefix"
            if unit is None or not title:
                continue
            units_placed.append(unit)
            if posted is None:  # the village posted to is no unit of the team's titles
                prev_unit = unit
                last_unit_in_sentence[skey] = unit
            placed = place_level(res.entity(unit))
            if placed is not None:
                listed_places[(skey, placed)] = unit
            if (person, title) in seen:
                continue
            seen.add((person, title))
            out.append(
                _post(person, unit, title, how, _evidence(article, el.start, claim.person.end))
            )
        if breaks_sentence_reach(len(claim.elements), units_placed):
            last_unit_in_sentence.pop(skey, None)
    return out


def most_named_place(
    level: str,
    res: Resolution,
    exclude: frozenset[str],
    sentence: tuple[int, int] | None = None,
    at: int = 0,
) -> str | None:
    """The place of ``level`` (区, 县, 市, 镇) the story names most often — the first
    named on ties — for a bare level title (区委副书记、区长甲) whose person no earlier title
    placed and whose own sentence names no place of that level before it: the story's own
    district rather than another district named last in an earlier sentence
    (某区·某市(某某区、某某县)协作会议举行。区委副书记、区长甲: the district the story is
    about). None when the title's sentence (``sentence``, the title at ``at``) names one
    before it (某市……，由市委副书记、市长甲率队: that city — the nearest rule decides) or
    when the story names fewer than two places of that level."""
    if level not in _PLACE_LEVELS:
        return None
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for u in res.units:
        e = res.entity(u.entity)
        if e.id in exclude or place_level(e) != level:
            continue
        if sentence is not None and sentence[0] <= u.start < at:
            return None
        counts[e.id] = counts.get(e.id, 0) + 1
        first.setdefault(e.id, u.start)
    if len(counts) < 2:
        return None
    return max(counts, key=lambda eid: (counts[eid], -first[eid]))


def anaphor_of_titles_kind(pointed: Sequence[str], titles: Sequence[str], res: Resolution) -> str:
    """Of the units an anaphor can mean (``pointed``, named last first: 该院 → every 院
    named before), the one named last whose kind a title word of the person's chain names
    (``title_units.tsv``: 检察长 a procuratorate's, 行长 a bank's) — 某市检察院与某大学
    某法学院……，该院党组书记、检察长甲: the procuratorate, not the 学院 named last. The
    unit named last when no title names a kind, or none of that kind was named."""
    kinds = {load_lexicon().title_unit_kind.get(t) for t in titles} - {None}
    for eid in pointed:
        if any(kind_fits(k, res.entity(eid).subtype) for k in kinds if k is not None):
            return eid
    return pointed[0]


# Title words several people hold in one place at once (副市长, 市委常委, 党组成员).
_SHARED_TITLE_MARKS = ("副", "常委", "委员", "成员")


def held_alone(title: str) -> bool:
    """Whether a level title has one holder per place (市委书记, 市长, 区委书记): another
    person's same title written with a place then says this one's place is another (乙市委
    书记甲 … 市委书记丙 — 丙's city is the other). A deputy's or a member's title is held by
    several at once (太仓市委副书记、市长甲，市委副书记乙: both 太仓市's), so it says nothing."""
    return not any(mark in title for mark in _SHARED_TITLE_MARKS)


def posted_first_secretary(
    text: str, title: str, title_start: int, unit: str | None, res: Resolution
) -> str | None:
    """The village a first secretary's title goes to when the title's clause writes the
    village posted to (``post_candidates.posted_village``: 某局驻某村工作队队长、第一书记甲,
    某村驻村工作队队长兼第一书记乙) and the hand rules found another unit or none (the
    sending unit of the chain's first element, the town of the sentence): GOLD_NOTES
    x1061–x1100 rule 7, 第一书记 @ the village. None for any other title, or when the
    unit found is a village already."""
    if not title.strip('“”"').endswith(FIRST_SECRETARY):
        return None
    if unit is not None and res.entity(unit).type == "Village":
        return None
    return posted_village(text, title_start, res)


def breaks_sentence_reach(titles: int, units_placed: Sequence[str]) -> bool:
    """Whether a person's titles, none of which found a unit, end the reach of the unit
    the sentence named for an earlier person: in 甲公司总经理张三，某某联谊社社长李四，
    副社长王五 the 联谊社 found by no rule, 王五's bare 副社长 is the unit 李四 was named
    with (listed under him), never 甲公司 — the hand rules then give it no unit rather
    than the one before the unplaced person."""
    return titles > 0 and not units_placed


def posts_after_names(
    article: Article,
    text: str,
    people: Sequence[PersonMention],
    res: Resolution,
    taken: Sequence[Relation] = (),
) -> list[Relation]:
    """HOLDS_POST for a title written right after a name whose unit is written right
    before it: 某银行甲副行长 → 副行长 @ 某银行; 某村党总支甲书记 → 党总支书记 @ 某村 (the
    party ending joins the title, as in 某村党总支书记甲); 某局某某科甲科长 → 某某科科长 @ 某局
    (a department before the name joins the title: ``department_before_name``); and
    for the people of a run the unit leading it (某社区甲书记、乙主任, 某小学甲、乙主任:
    ``units_leading_runs``, ``shared_title_after``). Of several unit mentions ending
    there, the longest. ``taken``: posts already read (one per person and title)."""
    out: list[Relation] = []
    seen = {(r.source, r.title) for r in taken}
    title_end = title_ends(text, people)
    stops = frozenset(p.end for p in people)
    leading = units_leading_runs(text, people, res, title_end)
    for p in sorted(people, key=lambda p: p.start):
        person = res.people.get((p.start, p.end))
        span = (
            (p.end, title_end[p.start])
            if p.start in title_end
            else shared_title_after(text, p, people, title_end)
        )
        if person is None or span is None:
            continue
        word = text[span[0] : span[1]]
        dept = department_before_name(text, p.start, res, stops)
        units = units_ending_at(text, p.start if dept is None else dept, res)
        how = "before_name"
        if units:
            u = min(units, key=lambda u: u.start)
            title = party_joined_title(text, u, word, res) if dept is None else None
        elif p.start in leading:
            u, title, how = leading[p.start], None, "run_lead"
        else:
            continue
        if dept is not None:
            title = text[dept : p.start] + word
        title = title or word
        if (person, title) in seen:
            continue
        seen.add((person, title))
        evidence = _evidence(article, min(u.start, p.start), span[1])
        out.append(_post(person, u.entity, title, how, evidence))
    return out


# Endings of those kinds a title keeps as an office of its host (工会主席, 团委书记,
# 工作队队长).
_KEPT_OFFICE_ENDINGS = ("总工会", "团委", "队", "工作室")


def names_own_unit(left: str) -> bool:
    """Whether the words written before a title word are a unit's own name — a name
    before a unit ending of a unit's own kind (某某协会|会长, 某某邮政公司|副总经理,
    某某学院|党委书记) that the units' rules did not find. The title is that unit's: the
    hand rules then give it no unit the sentence named for another title (on the 613
    readable articles 2 such posts, both wrong)."""
    lex = load_lexicon()
    end = lex.unit_ending(left)
    if not end or len(left) <= len(end) or end in _OFFICE_WORDS or end in _KEPT_OFFICE_ENDINGS:
        return False
    return lex.org_suffixes[end].subtype in OWN_UNIT_KINDS


def glued_prefix(text: str, start: int, title_start: int) -> bool:
    """Whether a chain element's prefix is words of its own cut off from Han text right
    before it (某某协进|社主席: the prefix walk stopped at a word it read as a verb, and
    the name before it is a unit no rule found). The title is that unit's, not the unit
    the sentence named for another person."""
    return 0 < start < title_start and is_han(text[start - 1])


def kind_allows(e: Entity, title_word: str) -> bool:
    """Whether a title word that only one kind of unit has (``title_units.tsv``: 校长 a
    school, 行长 a bank) may go to ``e``, the unit the sentence's previous title went to:
    某中学教育集团总校长甲、校长乙 — 乙 heads a school, not the group (an enterprise). A
    title of any kind of unit goes anywhere."""
    kind = load_lexicon().title_unit_kind.get(title_word)
    return kind is None or kind_fits(kind, e.subtype)


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def place_level_named(title: str) -> str | None:
    """The place level any title word of ``title_levels.tsv`` names, the feature-only ones
    too (州委副书记, 副州长, 省委常委 → 州, 省), when it is a level of :data:`_PLACE_LEVELS`;
    None for none (村委委员, 居委主任 name no place of those levels)."""
    levels = load_lexicon().title_levels
    return next((end for word, end in levels if word in title and end in _PLACE_LEVELS), None)


def level_allows(e: Entity, level: str | None) -> bool:
    """Whether a title that names ``level`` (县委书记 → 县; None: no level) may go to
    ``e``, the unit the sentence's previous title went to: only a place of that level.
    某学院党委委员、副校长甲，县委书记乙，副县长丙: 乙 and 丙 are the county's even when
    the story never names it, never the college's (no post rather than that one)."""
    return level is None or place_level(e) == level


def level_leaves_chain(title: str, prev: Entity) -> bool:
    """Whether a title with no unit of its own names a place level other than that of
    the place the chain's element before went to (某市委常委、县委书记甲: the county's
    县委书记, not the city's — a city's officer heading one of its counties), so it takes
    the place its level names, not the chain's. A title naming no level (组织部长), or
    the same level (区委常委、副区长), or an element before that went to no place, keeps
    the chain."""
    placed = place_level(prev)
    if placed is None:
        return False
    named = next((lv for word, lv in load_lexicon().rule_title_levels if word in title), None)
    return named is not None and named != placed


def place_level(e: Entity) -> str | None:
    """The level word a place's name ends with (某市 → 市, 某县 → 县) among those a bare
    title names (市委书记, 县长), or None for a unit that is no such place."""
    if e.type != "Region" or names_no_level_place(e):
        return None  # 某某经开区 and 某某自治区 end in 区 but are no district
    return next((w for w in _PLACE_LEVELS if e.name.endswith(w)), None)


def committee_organ(left: str, prev_unit: str | None, res: Resolution) -> bool:
    """Whether a chain element's prefix is a bare organ of a party committee
    (`organ_after.tsv`: 宣传部, 组织部, 统战部 …) after an element whose unit is a place
    (某市委常委、宣传部部长甲): the organ is that place's committee's, so the title keeps
    it and the unit is the place (宣传部部长 @ 某市, GOLD_FORMAT's 统战部部长 @ 某区) —
    not the unit a bare 宣传部 resolves to elsewhere in the story (a central department
    named in another sentence)."""
    return (
        prev_unit is not None
        and res.entity(prev_unit).type == "Region"
        and left in load_lexicon().organ_after
    )


def named_committee_organ(left: str, place: str, res: Resolution) -> str | None:
    """The unit of the story that is the place's committee organ ``left`` names
    (某市委常委、统战部部长甲 where the story names 某市委统战部 as a unit: 部长 @ that
    department, GOLD_NOTES' first class of the twenty-third session), or None — then the
    title stays whole on the place (统战部部长 @ 某市). The organ's name is one of the
    place's forms, with or without its committee's 委, and ``left``."""
    committees: set[str] = set()
    for form in {res.entity(place).name, *res.entity(place).aliases}:
        committees |= {form, form if form.endswith("委") else form + "委"}
    return next(
        (
            e.id
            for e in res.entities
            if e.type == "Organization"
            and any(
                f.endswith(left) and f[: -len(left)] in committees for f in (e.name, *e.aliases)
            )
        ),
        None,
    )


def unit_into_title(
    text: str, start: int, title_start: int, end: int, res: Resolution
) -> UnitRef | None:
    """The last body not of the CPC whose mention starts in a chain element's prefix and
    ends inside its title word (团县委书记 read 团 + the title 县委书记; 共青团某区委书记,
    ``unit_name_parts.tsv`` ``committee_bodies_not_cpc``): the title is that body's, what
    follows its name (书记) — not the place the title word's level names. Its own name
    must run into the title, not a party ending written after it; a CPC committee
    (某州委|书记, even when the units' rules typed it a body) is the place's."""
    into = [
        u
        for u in res.units
        if start <= u.start < title_start < u.host_end == u.end < end
        and res.entity(u.entity).type == "Organization"
        and text.startswith(_NOT_CPC_BODIES, u.start)
    ]
    return max(into, key=lambda u: u.end) if into else None


def keeps_body(left: str, unit_name: str) -> bool:
    """Whether a title keeps the committee word written before it: 村委会主任 @ 某村 (the
    village named elsewhere, GOLD_FORMAT), but 主任 @ 某居委会 — the committee is the
    unit itself, its name not written twice."""
    body = next((b for b in _KEPT_BODIES if left.endswith(b)), None)
    return body is not None and not unit_name.endswith(body)


def office_host(text: str, u: UnitRef, res: Resolution) -> tuple[str, str] | None:
    """(the host unit, the office) when a unit's mention is another unit's name and an
    office inside it (某街道营商办, 某中心工会, 某街道人大), or the office alone of such a
    unit (工会 of 某中心工会): the gold keeps such an office
    in the title (营商办副主任 @ 某街道). A department that is a unit of its own (某区委
    组织部, 某区网信办, a county's or a city's 办) is no office."""
    return office_of(text[u.start : u.host_end], u.entity, res)


def office_of(written: str, unit: str, res: Resolution) -> tuple[str, str] | None:
    """:func:`office_host` for ``unit`` written as ``written``."""
    mention = written
    own = res.entity(unit).name
    for e in res.entities:
        if e.id == unit or e.type == "Person" or (e.type == "Region" and e.level != "town"):
            continue  # a county's or a city's 办 is a department of its own (某市扶贫办)
        for form in {e.name, *e.aliases}:
            if len(form) < 2:
                continue
            if mention.startswith(form):
                tail = mention[len(form) :]
            elif own == form + mention:  # the office written alone (工会主席), its unit named
                tail = mention
            elif (board := office_after_name(mention, form)) is not None:
                tail = board  # 香港某某三院董事局: a place written before the host's name
            else:
                continue
            if tail in _OFFICE_WORDS or is_short_office(tail) or own_unit_office(tail, e):
                return e.id, tail
    return None


def office_after_name(mention: str, name: str) -> str | None:
    """The office of ``offices_kept_in_titles`` a mention ends with right after ``name``,
    a unit's name written inside it after words of its own (香港某某三院|董事局: a place
    before the host's name), or None. The office is the unit's, as when the mention starts
    with the name (某某集团董事局主席 → 董事局主席 @ 某某集团)."""
    for word in _OFFICE_WORDS:
        if mention.endswith(name + word) and len(mention) > len(name + word):
            return word
    return None


def before_parenthesis(text: str, start: int, res: Resolution) -> str | None:
    """The unit whose name ends right before a parenthesis that ends at ``start``
    (某办公室（某某办公室、某某办公室）主任: the title is the first unit's)."""
    if start == 0 or text[start - 1] not in ")）":
        return None
    opening = max(
        text.rfind("(", max(0, start - 40), start), text.rfind("（", max(0, start - 40), start)
    )
    if opening <= 0:
        return None
    named = [u for u in res.units if u.start < opening and u.end == opening]
    return named[-1].entity if named else None


def places_written_with(
    claims: Sequence[PostClaim], held: dict[str, set[tuple[str, int]]], res: Resolution
) -> dict[tuple[str, str], str]:
    """(person, level word) → the place of that level one of the person's titles is
    written with somewhere in the story (某市市长甲 → (甲, 市) → 某市), when there is one
    such place: the person's bare level titles elsewhere (市委副书记、市长甲率团赴乙市) are
    that place's, not the city the story names most or the visited one."""
    person_at = {c.person.start: res.people.get((c.person.start, c.person.end)) for c in claims}
    found: dict[tuple[str, str], set[str]] = {}
    for pairs in held.values():
        for unit, start in pairs:
            person = person_at.get(start)
            level = place_level(res.entity(unit))
            if person is not None and level is not None:
                found.setdefault((person, level), set()).add(unit)
    return {key: next(iter(units)) for key, units in found.items() if len(units) == 1}


def held_by_title(
    text: str, claims: Sequence[PostClaim], res: Resolution
) -> dict[str, set[tuple[str, int]]]:
    """title word → (unit, person start) of each chain element whose prefix ends with the
    unit's name right before (or running into) the title word (乙市市委书记甲: 市委书记 →
    乙市, 甲): a bare 市委书记 elsewhere in the story is then another city's (one unit,
    one 市委书记)."""
    out: dict[str, set[tuple[str, int]]] = {}
    for claim in claims:
        for el in claim.elements:
            for u in res.units:
                # the name right before the title word, or running into it (某区 + 区委书记)
                if el.start <= u.start < el.title_start <= u.host_end <= el.end:
                    word = text[el.title_start : el.end]
                    out.setdefault(word, set()).add((u.entity, claim.person.start))
    return out


def self_opening_unit(
    text: str,
    start: int,
    title_start: int,
    res: Resolution,
    topic: str | None = None,
    sentence: tuple[int, int] | None = None,
) -> tuple[str, int] | None:
    """(the unit, where the title begins) of a prefix that opens with a self-reference
    (我局党组书记甲, 我院副院长乙: jieba reads 我局 as one word, so it starts the prefix):
    the story's one unit of that kind, the title what follows the self-reference. None
    when there is no such opening or the story has not exactly one unit of that kind."""
    end = self_word_end(text, start, title_start)
    if end is None:
        return None
    unit = self_unit(text, end, res, topic, sentence)
    return (unit, end) if unit is not None else None


def self_unit(
    text: str,
    start: int,
    res: Resolution,
    topic: str | None = None,
    sentence: tuple[int, int] | None = None,
) -> str | None:
    """The unit a self-reference right before ``start`` means (我校 → the story's school,
    本村 → its village): the story's one unit of that kind, or of several the writer's
    own (:func:`writer_among`); None when none fits."""
    fits = self_reference_units(text, start, res, None)
    if len(fits) > 1:
        kind = self_kind(text, start)
        return writer_among(fits, kind, res, topic, sentence) if kind else None
    return fits[0] if fits else None


def writer_among(
    fits: Sequence[str],
    kind: str,
    res: Resolution,
    topic: str | None,
    sentence: tuple[int, int] | None = None,
) -> str | None:
    """Of several units a writer's self-word fits, the writer's own when the self-word's
    sentence names one of them (某县人民医院院长甲，我院院长乙: the writer contrasts
    itself with the unit it names, so it is another): of the Organizations whose name
    ends as the word says (院 → 某医院) and the sentence does not name, the story's topic
    unit if it is one, else the one named most often (first written on ties). None
    without that contrast (which of two schools a bare 我校 means is left to the learned
    decision), for a place's word (我县 among two counties and their hospitals) or when
    no such unit is left."""
    if kind in _PLACE_SELF_KINDS or sentence is None:
        return None
    ends = self_fit_words(kind)
    named = {u.entity for u in res.units if sentence[0] <= u.start < sentence[1]}
    if not named.intersection(fits):
        return None
    left = [
        f
        for f in fits
        if f not in named
        and res.entity(f).type == "Organization"
        and res.entity(f).name.endswith(ends)
    ]
    if topic in left:
        return topic
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for u in res.units:
        if u.entity in left:
            counts[u.entity] = counts.get(u.entity, 0) + 1
            first.setdefault(u.entity, u.start)
    if not counts:
        return None
    return max(counts, key=lambda e: (counts[e], -first[e]))


def level_and_body(left: str, title: str) -> tuple[str, str] | None:
    """A prefix that names a level and a body of that level's place: (the level, what
    the title keeps). 区政府副区长 → (区, ''), 县政府常务副县长 → (县, '常务'): a
    government's title that names its level already keeps no 区政府. A level's congress
    or consultative conference (县人大常委会) is a unit of its own (resolve.level_organ),
    never the place with the body in the title (GOLD_NOTES goldcons3 class 1)."""
    if len(left) < 2 or left[0] not in _PLACE_LEVELS:
        return None
    for body in ("人民政府", "政府"):
        if left.startswith(body, 1) and left[0] in title:
            return left[0], left[1 + len(body) :]  # 县政府常务|副县长 keeps 常务
    return None


def government_title(text: str, u: UnitRef, title: str) -> str:
    """The title after a place's mention that writes its government with the level word
    (某区政府): 区政府 + the title (某区政府党组成员 → 区政府党组成员 @ 某区, as the lone
    区政府党组成员), unless the title names the level itself (某区政府副区长 → 副区长)."""
    g = government_cut(text, u)
    if g is None or text[g] in title:
        return title
    return text[g : g + 3] + title  # the level word and 政府


def keeps_party_ending(text: str, u: UnitRef, res: Resolution, title_start: int) -> bool:
    """Whether a title written after a unit's mention keeps the party ending the mention
    writes after its host's name (某村党支部|第一书记 → 党支部第一书记 @ 某村, 某镇党委|二级
    主任科员 → 党委二级主任科员): the party body folds into its host, so it is no part of
    the unit's name the title drops (GOLD_FORMAT: the title as written minus the unit's
    name; the readable gold keeps 党委组织委员, 党委第三支部书记, 党组成员). A party body that
    is a unit of its own (某局机关党委) is the unit, and its name is dropped whole; and
    a person named between the ending and the title word (某乡党委书记甲乡长乙) ends it.
    Only an ending that names the party (党委, 党支部) or a branch's full committee name
    (某村支部委员会书记 → 支部委员会书记 @ 某村: the readable gold keeps it 4 times of 5): a
    short 工委 / 总支 after a street's name stays out of the title (某街道工委副书记 →
    副书记 @ the street)."""
    ending = text[u.host_end : u.end]
    unit = res.entity(u.entity)
    return (
        u.host_end < u.end
        and (
            (ending in load_lexicon().party_suffixes and "党" in ending)
            or ending.endswith(_BRANCH_COMMITTEE)
        )
        and unit.subtype != "party_org"
        and not unit.name.endswith(ending)
        and not any(u.end <= start < title_start for start, _ in res.people)
    )


def keeps_office_ending(text: str, u: UnitRef) -> bool:
    """Whether a unit's mention writes, after its host's name, an office of the host that
    titles keep (某学院|团委|书记 → 团委书记 @ 某学院, 某街道|人大工委|主任 → 人大工委主任 @
    某街道, 某集团|董事局|主席; ``offices_kept_in_titles``): the mention is the host's
    (:func:`ingest.extract.unit_bodies.office_folds`), and the office goes in the title."""
    ending = to_simplified(text[u.host_end : u.end])
    return u.host_end < u.end and ending.startswith(_OFFICE_WORDS)


def name_end(text: str, u: UnitRef, res: Resolution, cut: int) -> int:
    """Where the title begins after the unit's mention: at ``cut``, unless the mention
    writes an office after the unit's own name (某街道办事处, 某医院党办, 某村村委会), which
    the title keeps (办事处副主任, 党办主任, 村委会主任: ``written_offices.office_start``)."""
    start = office_start(text[u.start : u.host_end], res.entity(u.entity))
    return cut if start is None else u.start + start


def _leftover_unit(left: str, at: int, res: Resolution, org_suffixes: dict) -> str | None:
    """The unit a prefix that named no unit means: a generic word (镇, 居委会, 公司) or the
    short form of a region of the article (某区委书记 written 某 + 区委书记)."""
    # each tuple tested alone: mypyc cannot compile ``in (*a, *b)``
    if (
        left in GENERIC_KIND
        or left in org_suffixes
        or left in _PLACE_LEVELS
        or left in _GROUP_WORDS
    ):
        return _by_kind(left, at, res, res.units)
    if left.endswith(tuple(GENERIC_KIND)) and left[:2] in GENERIC_KIND:
        # 社区居委会, 村村委会: generic words only, the last one names the kind
        last = max((w for w in GENERIC_KIND if left.endswith(w)), key=len)
        return _by_kind(last, at, res, res.units)
    if len(left) >= 2:
        regions = [
            e
            for e in res.entities
            if e.type == "Region" and e.name.startswith(left) and len(e.name) - len(left) <= 1
        ]
        if len(regions) == 1:
            return regions[0].id
    return abbreviated_unit(left, res)


def abbreviated_unit(left: str, res: Resolution) -> str | None:
    """The one unit of the story whose name ``left`` abbreviates: at least three
    characters, the same first and last character, each character of ``left`` found in
    the name in order (某某指导站 for 某市某某管理指导站)."""
    if len(left) < 3:
        return None
    found = [
        e.id
        for e in res.entities
        if e.type in ("Organization", "Village", "ResidentsCommittee")
        and len(e.name) > len(left)
        and any(is_abbreviation(left, form) for form in (e.name, *e.aliases))
    ]
    return found[0] if len(found) == 1 else None


def is_abbreviation(short: str, name: str) -> bool:
    """``short`` keeps the first character of a word of ``name`` (after a leading place
    name, at most four characters), its last character, and the rest in order."""
    if short[-1] != name[-1] or short[0] not in name[:5]:
        return False
    it = iter(name[name.index(short[0]) :])
    return all(ch in it for ch in short)
