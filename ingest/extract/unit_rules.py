"""Decide what each unit span is (the "apply" half of :mod:`ingest.extract.orgs`).

:func:`classify_units` turns the spans found by :func:`ingest.extract.orgs.find_unit_spans` into
Mentions: a named organisation, a place with its party form, a party body folded into
the unit written before it or standing on its own, a generic back-reference (社区党委,
公司) for resolution to tie to the story's unit — or nothing (物业公司, 各居民区, 党员教育
实践基地). :func:`units_named_by_titles` adds units named only by the title after them
(某某智谷董事长).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ingest.extract.decided_spans import in_place_of_overlaps, without_overlaps
from ingest.extract.orgs import (
    COMMON,
    DESCRIPTIVE,
    FACULTIES,
    GENERIC_KIND,
    HAN_WORD,
    LEVEL_ONLY,
    LEVEL_PREFIXES,
    NAMED,
    UnitSpan,
    cited_as_source,
    city_name_tagged_verb,
    extend_left,
    glued_verb_before_name,
    is_city_short_form,
    numbered_grid,
    piece_is_name,
    split_generic,
    without_short_form_note,
)
from ingest.lexicon import (
    Lexicon,
    OrgSuffix,
    load_lexicon,
    looks_like_name,
    pair_structure_words,
    person_name_parts,
    unit_name_parts,
)
from ingest.model import Mention, PlaceMention
from ingest.places.foreign import country_forms
from ingest.read.simplify import to_simplified
from ingest.segment import (
    UNKNOWN_POS,
    Token,
    Tokens,
    dictionary_entry,
    pos_of,
    tokenize,
)

_QUOTES = re.compile(r"[“”「」‘’]")


def _clean(name: str) -> str:
    return without_short_form_note(_QUOTES.sub("", name))


def _unit_in_place_of_its_team(
    text: str, start: int, unit: str, lex: Lexicon
) -> tuple[Mention, int]:
    """The unit whose name opens a team's name at ``start`` (某某学院 of 某某学院驻村工作队,
    某某供电所 of 某某供电所党员服务队), as the mention found there, and where it ends."""
    end = start + len(unit)
    sub = lex.org_suffixes[lex.unit_ending(unit)].subtype
    m = Mention(start, end, text[start:end], "Organization", unit, sub)
    return replace(m, rule="org"), end


def classify_units(text: str, spans: Sequence[UnitSpan]) -> list[tuple[Mention, int]]:
    """Decide what each selected span is; returns Mentions (``rule`` says which decision).

    Rules: ``org`` named organisation; ``place`` a gazetteer place (with its party form);
    ``dept_fold`` a department branch (内科党支部) folded into the unit it was first
    written after (``name`` is that unit's name), or into the nearest unit before it when
    it is numbered (第二党支部); ``party_org`` a party body of its own; ``generic`` a
    back-reference resolved later (``name`` empty, ``subtype`` the kind of unit meant).
    Generic and unnamed spans that are none of these are dropped. Each Mention comes
    with the end of the unit's own name (before a party ending or branch).
    """
    lex = load_lexicon()
    out: list[tuple[Mention, int]] = []
    branches: dict[str, Mention] = {}
    for u in spans:
        surface = text[u.start : u.end]
        host = text[u.start : u.host_end]
        if u.kind in ("org", "party") and counted(text, u.start):
            continue  # 13个村党支部, 6家国企党支部: a number of units, none named
        if u.kind in ("org", "party") and counted_areas(text, u.start, surface):
            continue  # 三地法院, 两县政协: the courts or bodies of several areas
        if u.kind == "org" and on_footer_line(text, u.start):
            continue  # ©某某网, 某某中心 主办: the page's footer
        if u.kind in ("org", "party") and in_document_title(text, u.start, u.end):
            continue  # 《某某街道党建联盟实施方案》: the title of a document, no unit
        if u.kind in ("org", "party") and award_branch(surface, lex):
            continue  # 全国党建工作样板支部, 省直机关示范党支部: an honour, no branch
        if u.kind == "place" and u.place is not None:
            p = u.place
            m = Mention(
                u.start, u.end, surface, p.type, p.name, code=p.code, rule="place", level=p.level
            )
        elif u.kind == "org":
            name = _clean(host)
            if name.startswith("中共") and u.end > u.host_end:
                name = name[2:]  # 中共某公司(支部)委员会 is the company's party body: the company
            elif name.startswith("中国共产党") and len(name) > 7:
                name = name[5:]  # 中国共产党某公司第十支部委员会: the Party is no entity
            suf = lex.org_suffixes[u.suffix]
            head = name[: -len(u.suffix)]
            if designated_base(head, u.suffix) or one_by_one_slogan(name):
                continue
            if village_plot(head, u.suffix):
                continue  # 某村蜜枣基地, 某镇猕猴桃基地: the village's plot, no unit
            if u.suffix == _SHIP and not ship_named_after_a_place(head):
                continue  # 城舰共建: a city and a ship pairing, no ship's name
            if u.suffix == "学校" and schools_of_an_area(head):
                continue  # 香港学校, 台日学校, 港方学校: the schools of an area, a kind
            if suf.strength != "gov" and rated_kind(head, lex):
                continue  # 某省重点中学, 某地第四大银行: a kind of unit rated, no name
            if slogan_alliance(host, u.suffix):
                continue  # “某某”党建联盟: an alliance named by a quoted slogan only
            if suf.strength != "gov" and partnership_mode(head):
                # 社企联盟, “校地”联盟: a partnership mode named by its partners' kinds (a
                # body named by its function, 民政局, is no such mode)
                continue
            if of_a_style(head):
                continue  # 某桥式派出所: a rating of the kind, after a model named 某桥
            if village_team(head):
                # 某村驻村工作队: a team some unit stations in the village, no unit; the
                # unit named as sending it (某某学院驻村工作队) is one
                sender = team_sender(head, lex)
                if sender is not None:
                    out.append(_unit_in_place_of_its_team(text, u.start, sender, lex))
                continue
            sender = task_team_sender(name, lex)
            if sender is not None:
                # 某局扶贫工作队, 某村访惠聚工作队: the team a unit sends, named by its task
                # (the unit's, GOLD x931), or one stationed in the village (no unit)
                if sender:
                    out.append(_unit_in_place_of_its_team(text, u.start, sender, lex))
                continue
            team_host = unit_of_its_team(name, lex) if u.suffix == "队" else None
            if team_host is not None:
                # 某某支队乡村服务小分队, 某某供电所党员服务队: a team the unit forms of its
                # own people, the unit's (GOLD: the unit pairs, its team is no unit)
                out.append(_unit_in_place_of_its_team(text, u.start, team_host, lex))
                continue
            if team_named_by_post(name):
                continue  # 某某村工作队, 某地省派工作队: described by its post, no name
            if u.end == u.host_end and names_a_project(text, u.end):
                continue  # 协调推进某某电台项目: the project's name, not the unit
            if u.end == u.host_end and park_being_built(text, u.end, u.suffix):
                continue  # 调研某某产业园建设情况: a site being built, no unit
            office_host = host_of_an_office(head, u.suffix, lex) if u.end > u.host_end else None
            if office_host is not None:
                # 某局某某办公室党支部: the branch of the bureau's office, the bureau's
                he = u.start + office_host
                host_name = text[u.start : he]
                sub = lex.org_suffixes[lex.unit_ending(host_name)].subtype
                m = Mention(u.start, u.end, surface, "Organization", _clean(host_name), sub)
                out.append((replace(m, rule="org"), he))
                continue
            host_unit = unit_of_its_body(head, u.suffix, lex)
            if host_unit is not None:
                # 某某服务中心工会: the union of the centre, a body of that unit (as a party
                # branch is): the centre
                he = u.start + len(host) - len(u.suffix)
                sub = lex.org_suffixes[host_unit].subtype
                # the mention ends with the unit: 工会 opens the title written after it
                # (某某中心工会主席 holds the post 工会主席 in the centre)
                m = Mention(u.start, he, text[u.start : he], "Organization", head, sub, None, "org")
                out.append((m, he))
                continue
            committee = residents_committee_name(name)
            if committee is not None:
                # 某某新村第一居民委员会 that the gazetteer did not link: a residents'
                # committee all the same, named without the town written before it
                start = u.start + len(name) - len(committee)
                m = Mention(
                    start,
                    u.end,
                    text[start : u.end],
                    "ResidentsCommittee",
                    committee,
                    rule="place",
                )
                out.append((m, u.host_end))
                continue
            named = (
                NAMED
                if u.named == COMMON
                and (
                    _embeds_unit(head, lex)
                    or rare_word_head(text, u.start, head, suf.strength, lex)
                )
                else u.named
            )
            weak = (
                named == DESCRIPTIVE
                or bare_task_office(head, u.suffix, suf.strength)
                or (
                    named in (COMMON, LEVEL_ONLY)
                    and _needs_name(suf, head, named, lex)
                    and not registered_common_name(text, u.start, head, u.suffix)
                    and not own_party_body(text, u.start, head, u.host_end, u.end, lex)
                    and not (
                        suf.strength == "strong"
                        and u.end == u.host_end
                        and marked_as_one_unit(text, u.start, u.end, head, suf.subtype, lex)
                    )
                )
            )
            # a news site named by common words (某某网) is a unit when the story cites
            # it as a source: 据某某网报道, 来源：某某网, 某某网记者
            cited = (
                named != DESCRIPTIVE
                and suf.subtype == "media"
                and len(head) >= 2
                and cited_as_source(text, u.start, u.host_end)
                and not unit_of_a_kind(name, lex)
            )
            if not cited and (_is_generic(head, suf, lex, u.named) or weak):
                # Only a bare ending (公司, 学院) refers back to a unit of the story;
                # 物业公司 or 各居民区 names none.
                if _refers_back(text, u.start, head):
                    kind = GENERIC_KIND.get(head, "Organization")
                    m = Mention(u.start, u.end, surface, kind, "", rule="generic", head=u.suffix)
                    out.append((m, u.host_end))
                elif len(head) >= 2 and not split_generic(head, lex):
                    # a short form (某机分公司) of a longer name elsewhere in the story;
                    # resolution drops it when no such name exists
                    m = Mention(
                        u.start, u.end, surface, "Organization", "", rule="generic", head=name
                    )
                    out.append((m, u.host_end))
                continue
            m = Mention(u.start, u.end, surface, "Organization", name, suf.subtype, None, "org")
        elif u.kind == "known":
            # a unit of the reference list by its full name; 市人行 (the city's branch of
            # the bank) and a numbered division of the Corps (no list entry) as written
            listed = lex.known_units.get(u.suffix)
            name = listed.full if listed is not None and host == u.suffix else host
            subtype = listed.subtype if listed is not None else "government"
            m = Mention(u.start, u.end, surface, "Organization", name, subtype, None, "org")
        else:
            head = host[2:] if host.startswith("中共") else host
            if not head:
                continue
            known = branches.get(text[u.start : u.end])
            if known is not None and known.rule == "place":
                # 社区党组织 again, after 某县社区党组织: the county's, a mention of the place
                m = replace(known, start=u.start, end=u.end, surface=surface)
                out.append((m, u.start))
                continue
            if known is not None:
                # 内科党支部 again, after 某医院内科党支部: the same hospital
                m = Mention(
                    u.start,
                    u.end,
                    surface,
                    known.type,
                    known.name,
                    known.subtype,
                    known.code,
                    "dept_fold",
                    level=known.level,
                )
                out.append((m, u.start))
                continue
            if partnership_mode(head):
                continue  # “校地企”党委, 银企社综合党委: a partnership's body, no unit
            head_words = split_generic(head, lex)
            if head_words is not None:
                if len(head_words) > 1 or not _refers_back(text, u.start, head):
                    continue
                kind = GENERIC_KIND.get(head_words[-1], "Organization")
                m = Mention(u.start, u.end, surface, kind, "", rule="generic", head=head_words[-1])
                out.append((m, u.host_end))
                continue
            numbered = _ORDINAL_END.search(host)
            place = _unlinked_place(host[: numbered.start()], u.start, lex) if numbered else None
            if place is not None and numbered is not None:
                # 某某社区第一党支部 where the gazetteer did not link 某某社区: a branch of
                # the community (orgs.numbered_branch), not of the unit named before it
                start, name, kind = place
                m = Mention(start, u.end, text[start : u.end], kind, name, None, None, "place")
                out.append((m, u.start + numbered.start()))
                continue
            if numbered_grid(head):
                # 社区第三网格党支部: a grid of the community written before it, which is
                # the story's one community (a grid is no unit of its own)
                word = next((w for w in ("社区", "村") if text.endswith(w, 0, u.start)), None)
                if word is not None:
                    start = u.start - len(word)
                    kind = GENERIC_KIND[word]
                    m = Mention(
                        start, u.end, text[start : u.end], kind, "", rule="generic", head=word
                    )
                    out.append((m, u.start))
                continue
            if _ORDINAL_END.search(head):
                m = Mention(u.start, u.end, surface, "Organization", "", rule="dept_fold")
                out.append((m, u.start))
                continue
            if bare_unit_word(head, lex):
                # 供电所党支部 after 某某供电所: the party body of the unit of that kind
                if _refers_back(text, u.start, head):
                    m = Mention(
                        u.start, u.end, surface, "Organization", "", rule="generic", head=head
                    )
                    out.append((m, u.host_end))
                continue
            if _COUNTED_HEAD.match(_clean(head)):
                continue  # 两市党委, 五星党支部, “四有”支部: a number of units or a rating
            if kind_of_units(head, lex):
                continue  # 市属国企党委: the bodies of a kind of unit, none named
            place = _unlinked_place(host, u.start, lex) if u.suffix != "党组织" else None
            if place is not None:
                # 某某社区党委 where the gazetteer did not link 某某社区: the community
                start, name, kind = place
                m = Mention(start, u.end, text[start : u.end], kind, name, None, None, "place")
                out.append((m, u.host_end))
                continue
            faculty = faculty_by_field(without_member_group(head)) if u.suffix != "党组织" else None
            if faculty is not None:
                # 商务外语系党总支: the faculty, named by its field
                k, name = faculty
                m = Mention(u.start + k, u.end, surface[k:], "Organization", name, "school")
                out.append((replace(m, rule="org"), u.start + k + len(name)))
                continue
            if (u.named < LEVEL_ONLY and not fields_joined(head)) or u.suffix == "党组织":
                continue  # 党组织 is the generic word "party organisation"
            if head in LEVEL_PREFIXES:
                continue  # 自治区党委, 市政府党组: the party body of the area's own organ
            m = Mention(
                u.start,
                u.end,
                surface,
                "Organization",
                _clean(host) + u.suffix,
                "party_org",
                None,
                "party_org",
            )
        out.append((m, u.host_end))
        if u.branch:
            branches[u.branch] = m
    return one_committee_of_the_story(out)


def one_committee_of_the_story(decided: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """An unlinked 某某居民委员会 (:func:`residents_committee_name`) where the story links
    a residents' committee is that committee written out in full (某某居民区 … 某某社区
    居民委员会): dropped, so it is not counted twice. Alone, it is the story's committee."""
    if not any(m.type == "ResidentsCommittee" and m.code for m, _ in decided):
        return decided
    return [
        (m, he)
        for m, he in decided
        if not (m.type == "ResidentsCommittee" and m.code is None and m.name.endswith(_COMMITTEE))
    ]


_FOOTER_MARKS = unit_name_parts()["footer_marks"]


def on_footer_line(text: str, i: int) -> bool:
    """Whether position ``i`` is on a page's footer line: a line with a copyright,
    registration or welcome mark (©, 版权所有, ICP备, 欢迎来到 …), or one that ends with
    主办 (某某中心 主办)."""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    line = text[start : end if end >= 0 else len(text)]
    return any(m in line for m in _FOOTER_MARKS) or line.rstrip().endswith("主办")


def in_document_title(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is written inside the title of a document, a book or a
    programme (《某某联盟实施方案》): between 《 and 》 on one line, with words after it
    before the 》 (《某某日报》 alone is the paper's name) — but not as the body issuing
    it (《某某区委组织部关于…的通知》)."""
    opened = text.rfind("《", 0, start)
    if opened < 0 or text.rfind("》", opened, start) >= 0:
        return False
    closed = text.find("》", end)
    if closed < 0 or "\n" in text[opened:closed]:
        return False
    if opens_document_title(text, opened, start, end):
        return False
    return closed - end >= 2 and not text.startswith(_ISSUED, end)


# Words of the kind of document a unit's own plan or agreement is (《某院扶贫工作实施方案》).
_OWN_DOCUMENTS = ("协议", "方案", "安排", "备忘录", "意向书", "计划")
# Alliances and kinds named in a document's title are the document's subject (《某某党建
# 联盟合作协议》), which the gold lists in some stories and not in others.
_TITLE_SUBJECTS = ("联盟", "党组织", "学校", "党支部", "支部", "党委")


_PARTY_JOINS = "与和、-—"
_FIRST_PARTY_MAX = 25


def second_party_in_title(text: str, opened: int, start: int) -> bool:
    """Whether ``start`` opens the second party of an agreement's title (《甲大学与乙县人民
    政府…协议》, 《甲镇人民政府-乙学院…结对协议书》): right after 与, 和, 、 or a dash that
    follows the first party, which opens the title (at most twenty-five characters, no
    关于 or 的 in them)."""
    if start < opened + 3 or text[start - 1] not in _PARTY_JOINS:
        return False
    first = text[opened + 1 : start - 1]
    return len(first) <= _FIRST_PARTY_MAX and "关于" not in first and "的" not in first


def opens_document_title(text: str, opened: int, start: int, end: int) -> bool:
    """Whether a unit opens the title of its own agreement or plan (《某某大学与某县人民政府
    …合作框架协议》, 《某某医院扶贫工作实施方案》): the unit's name right after 《 or the
    second party's after the first (:func:`second_party_in_title`), and the title an
    agreement, a plan or a memorandum. The unit is a party of the document; an
    alliance or a bare kind in such a title (《某某党建联盟合作协议》, 《党支部结对共建
    协议书》) stays the title's subject."""
    if start != opened + 1 and not second_party_in_title(text, opened, start):
        return False
    closed = text.find("》", end)
    title = text[opened + 1 : closed]
    if not any(d in title for d in _OWN_DOCUMENTS):
        return False
    return not text[start:end].endswith(_TITLE_SUBJECTS)


_ISSUED = ("关于", "印发", "发布", "转发")


# Words of an honour awarded to party branches, and the branch endings they stand before.
_AWARD_BRANCH_WORDS = tuple(unit_name_parts()["award_branch_words"])
_BRANCH_ENDINGS = ("党支部", "支部")


def award_branch(name: str, lex: Lexicon) -> bool:
    """Whether a party branch's name ends in an honour's words after its scope
    (省直机关示范党支部, 全国党建工作样板支部): the award a branch is given (评为…), not the
    branch that holds it. After a unit's name (某某局示范党支部) the branch is that unit's,
    left to the rules of branches."""
    ending = next((b for b in _BRANCH_ENDINGS if name.endswith(b)), None)
    if ending is None:
        return False
    head = name[: -len(ending)]
    award = next((w for w in _AWARD_BRANCH_WORDS if head.endswith(w)), None)
    return award is not None and not lex.unit_ending(head[: -len(award)])


# A count of units: a number and a measure word (13个, 六家, 两所).
_COUNT = re.compile(r"[\d一二三四五六七八九十两百千几多]+[个家所支座]$")


_EACH = unit_name_parts()["each_words"]


def counted(text: str, start: int) -> bool:
    """Whether the unit phrase at ``start`` is counted (13个村党支部, 6家国企党支部, 2个驻村
    工作队): a number and a measure word right before it, or the measure word as its
    first character after a number, or a word for "each" or "all" (市各大口党委). A
    counted phrase names no one unit."""
    return bool(
        _COUNT.search(text, max(0, start - 6), start)
        or _COUNT.search(text, max(0, start - 5), min(len(text), start + 1))
        or any(text.endswith(w, 0, start) for w in _EACH)
        or opens_with_count(text, start)
    )


# A count that opens a unit phrase: a numeral and 个 or 所 (五所学校, 三个支部); 支 and 家
# open names (一支部, 三家村), so they are left out here.
_OPENING_COUNT = re.compile(r"[一二三四五六七八九十两几多]+[个所]")


def opens_with_count(text: str, start: int) -> bool:
    """Whether the unit phrase at ``start`` opens with a count of units written in Chinese
    numerals (五所学校, 五所联盟学校, 三个党支部): several units, no one unit's name; an
    ordinal (第五所) is no count, nor a name put in quotes (简称“五所联盟”: the name a
    group of five units gave itself)."""
    m = _OPENING_COUNT.match(text, start)
    return (
        m is not None
        and text[start - 1 : start] not in _NOT_COUNT_BEFORE
        and len(text) - m.end() >= 2
    )


_NOT_COUNT_BEFORE = frozenset({"第", "“", '"', "「", "‘", "《"})


# Areas counted by a numeral (两县, 三地, 两省四地): one numeral per area word, so a
# name written with two numerals (二七区) is no count.
_AREA_COUNT = re.compile(r"(?:[两二三四五六七八九十][省市县区地州])+")


def counted_areas(text: str, start: int, phrase: str) -> bool:
    """Whether the unit phrase ``phrase`` at ``start`` belongs to areas counted by a numeral:
    it opens with them (三地法院, 两省四地党委) or its level word follows one (两|县政协).
    Several areas' courts or committees are named by no one name (the one unit of each
    area is written elsewhere); an ordinal (第三区) is one area, not a count."""
    m = _AREA_COUNT.match(phrase)
    if m is not None and m.end() < len(phrase):
        return True
    before = text[max(0, start - 2) : start]
    return (
        before[-1:] in tuple("两二三四五六七八九十")
        and not before.startswith("第")
        and _AREA_COUNT.match(before[-1] + phrase[:1]) is not None
    )


_ORDINAL_END = re.compile(r"第[一二三四五六七八九十\d]+$")


_QUANTIFIERS = unit_name_parts()["quantifiers"]
# Trades that end a firm's name only after a brand (物业, 市场): before another ending they
# describe the unit (物业公司), as a bare ending does not.
_TRADE_ENDINGS = frozenset(unit_name_parts()["brand_only_endings"])


def _refers_back(text: str, start: int, head: str) -> bool:
    """A generic unit word refers back to one unit of the story (社区党委 → the
    community) only when it stands alone: no quantifier before it (各居民区) and no
    descriptive word in it (物业公司)."""
    if any(text[max(0, start - len(q)) : start] == q for q in _QUANTIFIERS):
        return False
    if head in _TRADE_ENDINGS:
        return False  # 物业公司: a firm of the trade, no short form of one unit
    return head == "" or head in GENERIC_KIND or head in load_lexicon().org_suffixes


# A party body's head that is a number and one character: 两市党委 (the two cities'),
# 五星党支部 (a rating).
# 七院, 五局 are numbered units (the numbered hospital, the group's fifth bureau).
def kind_of_units(head: str, lex: Lexicon) -> bool:
    """Whether a party body's host is only words for a kind of unit (国企, 央企: by owner;
    市属, 区属: by level; lexicons/kind_words.tsv), so the body is that of every unit of
    the kind (组织市属国企党委与…), not of one named unit."""
    i = 0
    while i < len(head):
        n = next((n for n in (3, 2) if head[i : i + n] in lex.kind_words), 0)
        if n == 0:
            return False
        i += n
    return i > 0


_COUNTED_HEAD = re.compile(r"^[两二三四五六七八九十]{1,2}[^院所局厂矿队校中小处]$")


def bare_unit_word(head: str, lex: Lexicon) -> bool:
    """Whether a party body's head is only a unit's ending (供电所, 学院, 院): the body
    of a unit the story named, not a body of its own."""
    return head in lex.org_suffixes or (
        len(head) == 1 and any(x.endswith(head) for x in lex.org_suffixes)
    )


# Parts of speech of words that name no village or community before its place word:
# verbs, adverbs, function words, adjectives, numerals, and set phrases and idioms (圆满完成
# 社区党委的选举: the phrase is the sentence's verb, the 社区 the story's own).
_NOT_A_PLACE_STEM_POS = frozenset({"v", "vn", "d", "p", "c", "a", "ad", "r", "m", "l", "i"})


# What ends the name of villages joined under one party body (东某西某联村党总支).
_JOINT = "联"


def joint_villages_body(stem: str, word: str) -> bool:
    """Whether a party body's head 某某联村 names villages joined under one party body
    (东某西某联村党总支, 某某联村党委): the joint committee is an Organization of its own
    (as the readable gold has it), not a village named 某某联村 cut out of it."""
    return word == "村" and stem.endswith(_JOINT) and len(stem) > len(_JOINT)


def _unlinked_place(head: str, offset: int, lex: Lexicon) -> tuple[int, str, str] | None:
    """A village or community named before a party ending that the gazetteer did not
    link (某某社区党委): its start, name and type. The name is the place word with the
    two to four characters before it that are not part of a larger division's name."""
    for word, kind in lex.place_words:
        if not head.endswith(word):
            continue
        end = len(head) - len(word)
        k = end
        while k > 0 and end - k < 4 and head[k - 1] not in lex.division_chars:
            k -= 1
        stem = head[k:end]
        if joint_villages_body(stem, word):
            return None
        if (
            len(stem) >= 2
            and split_generic(stem, lex) is None
            and stem not in lex.stop_words
            and pos_of(stem) not in _NOT_A_PLACE_STEM_POS
        ):
            return offset + k, stem + word, kind
    return None


_PROJECT = "项目"
# After 项目 these make a unit of the project (某某项目部, 某某项目组, 某某项目党支部).
_PROJECT_UNIT_CHARS = "部组办处党支团"


def names_a_project(text: str, end: int) -> bool:
    """Whether the unit name ending at ``end`` is written as the name of a project
    (某某电台项目, 某某学院项目荣获…): 项目 right after it, not opening a project's own
    office (项目部, 项目组, 项目党支部); or an item of a 、-list closed by 等项目
    (甲产业园、乙基地等项目建设情况)."""
    if text.startswith(_PROJECT, end):
        return text[end + 2 : end + 3] not in _PROJECT_UNIT_CHARS
    k = end + 1 if text[end : end + 2] == "区、" else end  # 某某产业园|区、: the word's end
    while text.startswith("、", k):
        m = _LIST_ITEM.match(text, k + 1)
        if m is None:
            return False
        k = m.end()
    return text.startswith("等" + _PROJECT, k)


_LIST_ITEM = re.compile(r"[^、，。；：,;:！？!?\s]{1,15}?(?=、|等)")

# Endings of a park: an area built up for firms, written also as the site being built.
_PARK_ENDINGS = ("产业园", "工业园", "工业园区")


def park_being_built(text: str, end: int, suffix: str) -> bool:
    """Whether a park's name ending at ``end`` is written as the site being built
    (调研某某产业园建设情况, 某镇某某产业园建设项目): the construction project, not a
    unit that acts (某某产业园管委会, 某某产业园与某村结对 stay units)."""
    return (
        suffix in _PARK_ENDINGS
        and text.startswith("建设", end)
        and (not text.startswith(("建设有限", "建设发展", "建设管理", "建设集团", "建设公司"), end))
    )


_KIND_LETTERS = frozenset(unit_name_parts()["kind_letters"])
_MODE_WORDS = unit_name_parts()["mode_words"]


def partnership_mode(head: str) -> bool:
    """Whether a party body's head names a partnership mode by the kinds of its partners
    (校地企, 银企社综合, “村企”): two to four kind letters (``unit_name_parts.tsv``), maybe
    quoted, maybe followed by 综合 or 联合."""
    core = _clean(head)
    for w in _MODE_WORDS:
        if core.endswith(w):
            core = core[: -len(w)]
            break
    return 2 <= len(core) <= 4 and all(c in _KIND_LETTERS for c in core)


# Parts of speech of a word that names something by itself (a place, a person, a brand,
# a word jieba does not know): outside a slogan's quotes, such a word names the alliance.
_PROPER_POS = frozenset({"ns", "nr", "nz", "nt", "nrt", "nrfg", "x", UNKNOWN_POS})
_SLOGAN_QUOTES = {"“": "”", "「": "」", "‘": "’", '"': '"'}


def slogan_alliance(host: str, suffix: str) -> bool:
    """Whether an alliance (联盟) is named only by a quoted slogan and common words
    (“同心同行”党建联盟, “甲乙丙”项目型党建联盟): GOLD rule 4, an unnamed mention. A name
    of its own outside the quotes (“5+5”穗穗党建联盟: a word jieba does not know) or a
    place before them (某区“某某”党建联盟: the host does not open with the quote) names
    the alliance."""
    if suffix != "联盟" or not host or host[0] not in _SLOGAN_QUOTES:
        return False
    close = host.find(_SLOGAN_QUOTES[host[0]], 1)
    if close < 0:
        return False
    rest = host[close + 1 : len(host) - len(suffix)]
    return all(t.pos not in _PROPER_POS for t in tokenize(rest))


# A unit's own trade union or discipline committee: written after a unit's full name it
# is a part of that unit (某某医院工会, 某某训练中心纪委, a party body folded into its host
# as a party branch is), not a unit of its own. A school's youth league committee
# (某大学团委) acts as a unit of its own in the articles, so 团委 is not listed.
_UNIT_BODIES = ("工会", "纪委")


def unit_of_its_body(head: str, suffix: str, lex: Lexicon) -> str | None:
    """The ending of the unit whose trade union or discipline committee ``head + suffix``
    names (某某服务中心|工会 → 服务中心, 某某集团|纪委 → 集团), or None: a level's body
    (市总工会, 县纪委), another body (团委), or a head that ends in no unit ending of two or
    more characters."""
    if suffix not in _UNIT_BODIES:
        return None
    for n in range(min(7, len(head) - 1), 1, -1):
        end = head[-n:]
        # a union of a body named by its function (某某局工会) is left alone; any unit's
        # discipline committee is its own (某某中心纪委)
        suf = lex.org_suffixes.get(end)
        if suf is not None and (suf.strength != "gov" or suffix == "纪委"):
            return end
    return None


_OFFICE_ENDINGS = tuple(unit_name_parts()["office_endings"])


def host_of_an_office(head: str, suffix: str, lex: Lexicon) -> int | None:
    """How long the name is of the unit whose internal office ``head + suffix`` is
    (某市某局|某某重点工程|办公室 → 某市某局, 某市某某水务局|供水|管理处 → the bureau),
    or None: the nearest unit ending inside the head with at least two characters of the
    office's own name after it. Called only where a party body follows the office: its
    branch is the host's (GOLD rule 1), as a department's branch is (某医院内科党支部)."""
    if suffix not in _OFFICE_ENDINGS:
        return None
    for k in range(len(head) - 2, 1, -1):
        for w in (head[k - n : k] for n in (1, 2, 3)):
            suf = lex.org_suffixes.get(w)
            if suf is not None and suf.strength in ("gov", "strong", "level"):
                return k
    return None


_COMMITTEE = "居民委员会"
_TOWN_WORDS = ("街道", "镇", "乡")
# Designations that alone name no committee before 居民委员会 (社区居民委员会 is the kind of
# body every community has, 做好社区居民委员会的建设).
_BARE_DESIGNATIONS = ("社区", "小区", "居民区")


def residents_committee_name(name: str) -> str | None:
    """The committee a name ending in 居民委员会 names, without the town or subdistrict
    written before it (某镇某某新村第一居民委员会 → 某某新村第一居民委员会); None for any
    other name, or a committee word with no name (or only a designation, 社区) before it."""
    if not name.endswith(_COMMITTEE) or len(name) < len(_COMMITTEE) + 2:
        return None
    head = name[: -len(_COMMITTEE)]
    cut = max((head.rfind(w) + len(w) for w in _TOWN_WORDS if head.rfind(w) >= 2), default=0)
    if len(head) - cut < 2:
        cut = 0
    if head[cut:] in _BARE_DESIGNATIONS:
        return None
    return name[cut:]


# Level words that alone name the one unit of its kind in the area (县人民医院, 区人民法院)
# before an ending of strength "level"; 县医院 is a description, not such a name.
_LEVEL_HEADS = frozenset({"省", "市", "区", "县", "镇", "乡"})

# The grades of the courts above a county's (a prefecture's 中级人民法院, a province's
# 高级人民法院) and the level words of the areas that have one court of each.
_COURT_GRADES = ("中级", "高级")
_GRADED_COURT_LEVELS = frozenset({"省", "市", "州", "盟", "自治区", "自治州"})


def graded_level_court(head: str, suf: OrgSuffix) -> bool:
    """Whether a bare level and a court's grade before a court's ending (市中级|人民法院,
    省高级|人民法院, 州中级|法院) name the area's one court of that grade, as a bare level
    names 区人民法院: the grade word is no proper name, but the area has only one such
    court, so the story means its own (GOLD writes 市中级人民法院 as a unit)."""
    return (
        suf.subtype == "court"
        and suf.strength == "level"
        and head.endswith(_COURT_GRADES)
        and head[: -len(_COURT_GRADES[0])] in _GRADED_COURT_LEVELS
    )


_DESIGNATED = unit_name_parts()["designated_activities"]


_STYLE = re.compile(r"[\u4e00-\u9fff]{2}式")


def of_a_style(head: str) -> bool:
    """Whether a unit's head says the unit is of a style named after a model (枫某式|共享
    法庭, 某桥式|派出所): a title awarded to units of that kind, not one unit's name."""
    return bool(_STYLE.search(head))


# How a team's head says where it is stationed: in a village (驻村), or in a town
# (驻镇: Guangdong's 驻镇帮镇扶村 teams), with or without its task.
_STATIONED_HEADS = tuple(
    f"{at}{task}" for at in ("驻村", "驻镇") for task in ("", "工作", "帮扶", "帮扶工作")
)


def village_team(head: str) -> bool:
    """Whether a team's head says it is stationed in a village or a town (某某驻村|工作队,
    公司驻村|工作组, 驻镇|工作队): the working team a unit sends, named by its task and the
    place it serves, not a unit of its own (the sending unit is)."""
    return head.endswith(_STATIONED_HEADS)


# The team ending a name of a work team: 工作队, 工作组 (队 alone is the unit's ending).
_TEAM_TAIL = ("工作队", "工作组")
# A level that sent the team, written as the team's name (省派, 市派, 县派).
_SENT_BY_LEVEL = re.compile(r"[省市县区]派$")


# Words ending the name of a team a unit forms of its own people (党员服务队, 小分队).
_UNIT_TEAMS = tuple(unit_name_parts()["unit_teams"])
# Tasks a work team is named by after the unit that sends it (某局扶贫|工作队).
_TEAM_TASKS = tuple(unit_name_parts()["team_tasks"])


def task_team_sender(name: str, lex: Lexicon) -> str | None:
    """The unit that sends a work team named by its task right after the unit's name
    (某市财政局|扶贫|工作队, 某省分行|扶贫|工作队, 某市司法局|派出|工作队): the unit's name,
    two characters or more before a unit ending. "" for a team written after a village
    (某村扶贫工作队, 某村访惠聚工作队: a team some unit stations there, no unit of its
    own) or by its task alone (“访惠聚”工作队, 扶贫工作队: the team of a unit the story
    named before). None for any other team: one named after an area (某县帮扶工作队) or with a name
    of its own (某市对口帮扶某县工作队) is a unit as written."""
    tail = next((t for t in _TEAM_TAIL if name.endswith(t)), None)
    if tail is None:
        return None
    head = name[: -len(tail)]
    task = next((t for t in _TEAM_TASKS if head.endswith(t)), None)
    if task is None:
        return None
    sender = head[: -len(task)]
    if not sender or (sender.endswith("村") and len(sender) >= 3):
        return ""
    ending = lex.unit_ending(sender)
    if not ending or len(sender) - len(ending) < 2:
        return None
    return sender


_TEAM_WORDS_MAX = 6  # characters of the team's own description between unit and team word


def unit_of_its_team(name: str, lex: Lexicon) -> str | None:
    """The unit whose team ``name`` is (某某支队|乡村服务|小分队, 某某供电所|党员|服务队):
    a name of two characters or more before a unit's ending, then at most six characters
    of the team's description and a team word; None when no unit is written before the
    team (“某某”宣讲小分队, 党员服务队)."""
    team = next((t for t in _UNIT_TEAMS if name.endswith(t)), None)
    if team is None:
        return None
    rest = len(name) - len(team)
    for k in range(rest, max(rest - _TEAM_WORDS_MAX, 3) - 1, -1):
        host = name[:k]
        ending = lex.unit_ending(host)
        if not ending or len(host) - len(ending) < 2 or ending == "队":
            continue
        if lex.org_suffixes[ending].strength in ("gov", "strong", "level"):
            return host if described_team(name[k:rest]) else None
    return None


_NAME_WORD_POS = frozenset({"nr", "ns", "nz", "nt", "nrt", "nrfg", "x", UNKNOWN_POS})


def described_team(words: str) -> bool:
    """Whether a team's words between its unit and the team word only describe it (乡村
    服务, 党员: common words of two characters or less), where a name of the team's own
    (蒲公英志愿服务队, a quoted brand) makes it a unit of its own."""
    return all(
        len(t.text) <= 2 and t.pos not in _NAME_WORD_POS and _HAN_ONLY.match(t.text)
        for t in tokenize(words)
    )


_HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


def team_named_by_post(name: str) -> bool:
    """Whether a work team is named only by the village it serves or the level that sent
    it (某某村工作队, 某地省派工作队): a team of its sending units, described by where it
    works, not a unit of its own (a team with a name, 某省某某协作工作队, is one)."""
    for tail in _TEAM_TAIL:
        if name.endswith(tail):
            head = name[: -len(tail)]
            return len(head) >= 2 and (head.endswith("村") or bool(_SENT_BY_LEVEL.search(head)))
    return False


_NOT_FACULTY = frozenset(unit_name_parts()["not_faculty_words"])
_FACULTY_OF = tuple(unit_name_parts()["faculty_of"])
# Parts of speech of a field's words (商务, 外语, 电子信息, 工程): nouns, and 与/和 between
# two fields (人文与社会科学系).
_FIELD_POS = frozenset({"n", "nz", "nt", "vn", "j", "b", "c", "p", "x"})


def faculty_by_field(head: str) -> tuple[int, str] | None:
    """The faculty a party body's head names by its field and 系 (商务外语系|党总支,
    我院|电子工程系|党总支), as (its offset in ``head``, its name), or None: a department
    of a school is a unit of its own (GOLD: a college inside a university is), and its
    field names it. Not a word that only ends in 系 (联系|党支部, 各院系), nor one field
    word alone (外语系 with no field before it may be any school's)."""
    if not head.endswith("系"):
        return None
    k = next((len(w) for w in _FACULTY_OF if head.startswith(w)), 0)
    name = head[k:]
    words = tokenize(name)
    if len(name) < 4 or not words or words[-1].text in _NOT_FACULTY:
        return None
    if any(w.pos not in _FIELD_POS for w in words if w.end < len(name)):
        return None
    return k, name


_MEMBER_GROUPS = tuple(unit_name_parts()["member_groups"])
_GROUP_ORDINAL = re.compile(r"第?[一二三四五六七八九十\d]{0,3}$")


def without_member_group(head: str) -> str:
    """A party body's head without the members its branch is formed of, written after
    the unit (某某工程系|教工|党支部, 某某系|学生第一|党支部): the branch of a faculty's
    staff or students is the faculty's (GOLD rule 1). ``head`` itself when no such word
    ends it, or when nothing would be left before it."""
    numbered = _GROUP_ORDINAL.search(head)  # matches, if only the empty string at the end
    rest = head[: numbered.start()] if numbered else head
    for g in _MEMBER_GROUPS:
        if rest.endswith(g) and len(rest) > len(g):
            return rest[: -len(g)]
    return head


_FIELDS_JOINED = re.compile(r"[\u4e00-\u9fff]{2,4}[与和][\u4e00-\u9fff]{2,4}")


def fields_joined(head: str) -> bool:
    """Whether a party body's head is two fields joined by 与/和 (某某与某某党支部, a
    faculty's branch named by its two majors): a name of its own although both fields
    are common words, where one common word (机关党支部) names none."""
    if not _FIELDS_JOINED.fullmatch(head):
        return False
    k = next(i for i in range(2, len(head)) if head[i] in "与和")
    # both fields are nouns (商贸, 艺术), not a verb of the sentence (推动与基层…)
    return all(pos_of(f) in _FIELD_NOUN_POS for f in (head[:k], head[k + 1 :]))


_FIELD_NOUN_POS = frozenset({"n", "vn", "nz", "j"})


def team_sender(head: str, lex: Lexicon) -> str | None:
    """The unit that sends a village team, when the team's head names it before the
    stationing words (某某职业技术学院|驻村工作队, 某某公司|驻村帮扶工作队): a name of two
    characters or more before a unit's ending; None when the head names a village only
    (某某村驻村工作队) or a bare kind (学院驻村工作队)."""
    for tail in ("驻村帮扶工作", "驻村帮扶", "驻村工作", "驻村"):
        if head.endswith(tail):
            sender = head[: -len(tail)]
            break
    else:
        return None
    ending = lex.unit_ending(sender)
    if not ending or len(sender) - len(ending) < 2 or sender.endswith("村"):
        return None
    return sender


_ONE_BY_ONE = re.compile(r"(?:一[^一]{1,2}){2,}")


def one_by_one_slogan(name: str) -> bool:
    """Whether ``name`` is a slogan of the 一X一Y shape (一老一小, 一室一法庭, 一村一品):
    a working method, whose last piece may end like a unit (一小 is also a numbered
    primary school), never one unit."""
    return bool(_ONE_BY_ONE.fullmatch(name))


def designated_base(head: str, suffix: str) -> bool:
    """A base named by the activity it is designated for (某县某某种植示范基地, 某市爱国
    主义教育基地) is a title given to a place or unit, not a unit of its own."""
    return suffix == "基地" and head.endswith(_DESIGNATED)


# A village's or a town's designation and what its plot grows or serves (某村|蜜枣,
# 某镇|猕猴桃, 某村|帮扶): at most six characters, no other division after it.
_VILLAGE_PLOT = re.compile(r"[\u4e00-\u9fff]+?[村镇乡](?:(?![村镇乡])[\u4e00-\u9fff]){1,6}")


def village_plot(head: str, suffix: str) -> bool:
    """Whether a base written right after a village or town (某村蜜枣基地, 某乡某村农光互补
    基地, 某镇猕猴桃基地, 某村帮扶基地) is the village's own plot of a crop or a use, no
    unit (GOLD rule 4; the readable gold lists 5 bases of 82 not designated for an
    activity, none of them a village's plot). A base named by a brand of its own
    (某某粮食基地) has no village before its kind."""
    return suffix == "基地" and _VILLAGE_PLOT.fullmatch(head) is not None


# The Nth largest (第四大银行): a rank among units of a kind, no name.
_RANK_LARGEST = re.compile(r"第[一二三四五六七八九十\d]+大$")


_SHIP = "舰"


def ship_named_after_a_place(head: str) -> bool:
    """Whether the words before 舰 end in the city or county a naval ship is named after
    (某某舰 of the navy: 黄冈|舰, 海军深圳|舰), the only names ships are written with in
    these stories; 城舰 (a city and a ship, as 校地 is a school and a place) names none."""
    return any(is_city_short_form(head[-k:]) for k in (2, 3) if len(head) >= k)


_AREAS_OF_KINDS = frozenset(unit_name_parts()["areas_of_kinds"])
_AREA_CHARACTERS = frozenset(unit_name_parts()["area_characters"])
# A side or a count of areas after the area's name (港方, 金山地区, 京粤港澳四地).
_AREA_SIDE = re.compile(r"(?:地区|[两三四五六七八九十]地|方)$")


def schools_of_an_area(head: str) -> bool:
    """Whether the words before 学校 name only the area its schools are in (香港|学校,
    日本|学校, 某州|学校 of a prefecture, 台日|学校, 港方|学校, 某地|地区|学校, 京粤港澳|四地|
    学校): the schools of that area, a kind, not one school. An area word of
    ``areas_of_kinds``, a country, a province or prefecture written bare, or one-character
    short forms of areas joined, maybe with a side or a count of areas after them. A
    county's or town's name alone (某山学校) may be a school's own name and stays."""
    side = _AREA_SIDE.search(head)
    area = head[: side.start()] if side else head
    if not area:
        return False
    if area in _AREAS_OF_KINDS or area in country_forms():
        return True
    if len(area) >= (1 if side else 2) and all(c in _AREA_CHARACTERS for c in area):
        return True
    # a province or prefecture written bare; after a side word, a county too
    return city_name_tagged_verb(area) or (side is not None and is_city_short_form(area))


def rated_kind(head: str, lex: Lexicon) -> bool:
    """Whether the words right before a unit's ending rate or class a kind of unit
    (某省重点中学, 某地县级融媒体中心, 台湾第四大银行; the rating words of
    lexicons/kind_words.tsv), perhaps with kind words after them (大型官股|商业|银行): a
    description of a kind of unit, whatever is written before it, not a unit's name. Kind
    words alone after a proper head (某某|商业银行, 某市|妇产医院) name the unit; a head of
    kind words only (公立|医院) names none."""
    end = len(head)
    rated = False
    while end > 0:
        n = next((n for n in (4, 3, 2) if end >= n and head[end - n : end] in lex.kind_words), 0)
        if n == 0:
            break
        rated = rated or head[end - n : end] in lex.kind_ratings
        end -= n
    if end == 0 and len(head) > 0:
        return True
    return rated or bool(_RANK_LARGEST.search(head[:end]))


# Endings of a government service body that every area has one of, named by its task
# (社保中心, 康复中心, 法宣办): without the area's level or place before it, such a name
# says what the body does, not which one it is.
_TASK_ENDINGS = ("中心", "办")


def bare_task_office(head: str, suffix: str, strength: str) -> bool:
    """Whether a government-style ending after a task of two or three characters and no
    level or place (卒中中心, 共治中心, 线上办) is a description of a service, not a named
    unit (GOLD rule 4). With a level or place written before it (区社保中心, 某县法宣办)
    the area names the one body of that task."""
    return (
        strength == "gov"
        and suffix in _TASK_ENDINGS
        and 2 <= len(head) <= 3
        and not head.startswith(LEVEL_PREFIXES)
    )


def _is_generic(head: str, suf: OrgSuffix, lex: Lexicon, named: int = NAMED) -> bool:
    if not head:
        return True
    if suf.strength == "level" and (head in _LEVEL_HEADS or graded_level_court(head, suf)):
        return False
    if suf.text == "厅" and not any(c in head for c in "省市区县"):
        return True  # 多功能厅: a hall, not a provincial department
    if suf.text == "办" and not head.startswith(LEVEL_PREFIXES) and named != NAMED:
        return True  # 禁毒办, 社区法宣办: working offices named by task, not units
    words = split_generic(head, lex)
    if words is None:
        return False
    return not (suf.strength == "gov" and head.startswith(LEVEL_PREFIXES))


# The company forms of the registry: a name written with one was registered, so its
# head names one company even when made of common words (某某基金管理有限公司).
_REGISTERED_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "专业合作社")
# Words before a registered form that make it a description, not a name: 一家/该/这家
# (a company of that kind), 各 (each of them), 成立 (one not yet named).
_DESCRIBED_BEFORE = ("一家", "该", "这家", "此", "各", "成立", "注册", "设立", "家")


def registered_common_name(text: str, start: int, head: str, suffix: str) -> bool:
    """Whether common words before a registered company form (有限公司, 有限责任公司,
    股份有限公司) still name one company: a head of at least four characters, written
    after no word that makes it a description (一家某某管理有限公司, 该有限公司, 成立某某
    有限公司)."""
    if suffix not in _REGISTERED_FORMS or len(head) < 4:
        return False
    before = text[max(0, start - 2) : start]
    return not before.endswith(_DESCRIBED_BEFORE)


def _embedded_words(lex: Lexicon) -> tuple[str, ...]:
    """The words :func:`_embeds_unit` looks for: the generic kinds and the organisation
    endings of two characters or more, made once per lexicon (not per head)."""
    suffixes = lex.org_suffixes
    found = _EMBEDDED_WORDS.get(id(suffixes))
    if found is None or found[0] is not suffixes:
        words = tuple(GENERIC_KIND) + tuple(s for s in suffixes if len(s) >= 2)
        found = _EMBEDDED_WORDS[id(suffixes)] = (suffixes, words)
    return found[1]


# id of a lexicon's endings table → (that table, :func:`_embedded_words`' words for it)
_EMBEDDED_WORDS: dict[int, tuple[object, tuple[str, ...]]] = {}


def _embeds_unit(head: str, lex: Lexicon) -> bool:
    """The head itself holds a unit's name: a place word or an organisation ending after
    a two-character stem (某洋社区|境外人员服务站, 某某米业集团|某某农场)."""
    for w in _embedded_words(lex):
        k = head.find(w, 2)
        while k != -1:
            stem = head[max(0, k - 2) : k]
            if split_generic(stem, lex) is None and stem not in lex.stop_words:
                return True
            k = head.find(w, k + 1)
    return False


def level_association(head: str, suf: OrgSuffix, named: int, lex: Lexicon) -> bool:
    """Whether a level prefix and one trade word name an association (县律师协会, 市物业
    协会, 区企业家协会): an area has one association of each trade, as it has one bureau of
    each function, so the level names it. Not a generic word after the level (市各协会)."""
    trade = head[1:]
    return (
        named == LEVEL_ONLY
        and suf.subtype == "social_org"
        and suf.strength == "strong"
        and head[:1] in _LEVEL_HEADS
        and 2 <= len(trade) <= 4
        and trade not in lex.stop_words
        and pos_of(trade) in ("n", "nz", "vn")
    )


_LEVEL_INSTITUTES = frozenset(unit_name_parts()["level_institutes"])


def level_institute(head: str, suf: OrgSuffix, named: int, lex: Lexicon) -> bool:
    """Whether a level prefix and one field word name a public institute (省交通设计院,
    市规划设计研究院, 县地质勘察院): a province, city or county runs one institute of each
    field, as it runs one bureau of each function, so the level names it. The field is a
    noun of two to four characters (``level_institutes`` in ``unit_name_parts.tsv``);
    not a generic word (市各研究院) nor a verb (省推进研究院 names nothing)."""
    field = head[1:]
    return (
        named == LEVEL_ONLY
        and suf.text in _LEVEL_INSTITUTES
        and head[:1] in ("省", "市", "区", "县")
        and 2 <= len(field) <= 4
        and field not in lex.stop_words
        and split_generic(field, lex) is None
        and pos_of(field) in ("n", "nz", "vn")
    )


def field_university(head: str, suf: OrgSuffix, named: int, lex: Lexicon) -> bool:
    """Whether a university is named by its fields alone (电子科技大学, 石油化工大学): a
    head of four or more characters of common nouns before 大学, as a national university
    may be named; not a generic or level word (社区大学, 老年大学 are two characters; 市各大学
    holds a quantifier), not a verb phrase."""
    return (
        named == COMMON
        and suf.text == "大学"
        and len(head) >= 4
        and split_generic(head, lex) is None
        and not any(w in head for w in _EACH)
        and all(pos_of(p) in ("n", "nz", "vn") for p in _two_halves(head))
    )


def _two_halves(head: str) -> tuple[str, ...]:
    """The head read as one word when jieba knows it, else as two halves."""
    if pos_of(head) != UNKNOWN_POS:
        return (head,)
    k = len(head) // 2
    return (head[:k], head[k:])


def own_party_body(text: str, start: int, head: str, host_end: int, end: int, lex: Lexicon) -> bool:
    """Whether a unit named by common words has its own party body written right after
    it (某某服务中心|党支部, 某某产业协会|党支部, 某某学院|学生党支部): a unit with a branch of
    its own is one particular unit the story names by its function, not a description
    (社区文化活动中心 alone names none). Not a head made of generic unit words only or a
    unit's ending (物业公司党支部, 集团公司党委 refer back), nor one that does not open its
    clause (:func:`opens_its_clause`: 某地|卷烟厂党委 is a name cut short), nor a body with
    anything but its members and number between the unit and the party ending."""
    if len(head) < 2 or split_generic(head, lex) is not None or bare_unit_word(head, lex):
        return False
    if not opens_its_clause(text, start):
        return False
    gap = text[host_end:end]
    ending = next((p for p in lex.party_suffixes if gap.endswith(p)), None)
    if ending is None:
        return False
    rest = gap[: -len(ending)]
    return rest == "" or without_member_group("某" + rest) == "某"


# A partner's cue before a unit and the joint act right after it (与某某小学共同举办,
# 同某某医院签订, 联合某某幼儿园开展): the story names one unit it acts with.
_PARTNER_BEFORE = ("与", "同", "携手", "联合")
_JOINT_ACT = re.compile(r"共同|一起|签订|签署|签约|缔结|结对|结成|共建|联合|开展")
# The unit opening a signing with a partner (某某小学与某某小学缔结友好学校协议): 与 or 同
# right after it and a signing verb later in the same clause.
_SIGNS_WITH = re.compile(r"[与同][^，,。；;！!？?\n]{2,24}?(?:签订|签署|签约|缔结|结对|结成)")
# Acts only a particular unit does, written right after its name (某某幼儿园选送的节目).
_UNIT_ACTS = re.compile(r"选送|选派|派驻|承办|协办|捐赠|捐建")


def marked_as_one_unit(
    text: str, start: int, end: int, head: str, subtype: str, lex: Lexicon
) -> bool:
    """Whether a school, hospital, society or outlet named by common words (光明小学,
    县实验小学, 湖边花园幼儿园) is one particular unit by what the story writes around
    it, not a description of a kind: its own official and that person's name right after
    it (某某小学副校长甲某: not an outlet), a partner's cue before it and the joint act
    right after (与某某小学共同举办), a signing it opens with a partner (某某小学与某某中学
    缔结), or an act only a unit does (某某幼儿园选送). Only a name that opens its clause,
    outside quotes, whose head is no generic unit word (社区卫生服务中心, 学校 describe or
    refer back)."""
    if subtype not in _MARKED_KINDS:
        return False  # 高速集团与某村结对: a trade and a company's ending name no firm
    if len(head) < 2 or split_generic(head, lex) is not None or bare_unit_word(head, lex):
        return False
    if not opens_its_clause(text, start) or text[start - 1 : start] in _OPEN_QUOTES:
        return False
    if head[0] in _COUNT_CHARS or head in lex.generic_heads or head in lex.kind_words:
        return False
    if text.endswith(_PARTNER_BEFORE, 0, start) and _JOINT_ACT.match(text, end):
        return True
    if _UNIT_ACTS.match(text, end) or _SIGNS_WITH.match(text, end):
        return True
    # an official's title marks a school, hospital or society; after an outlet's ending
    # it follows the outlet's short form too (某报社长)
    return subtype != "media" and official_named_after(text, end, lex)


# The kinds of unit a common-word head names when the story marks it so: schools,
# hospitals, societies and outlets. A company's or a team's ending after common words
# is a trade (高速集团, 建设公司) or a short form (股份公司, 执法中队) whatever follows.
_MARKED_KINDS = frozenset({"school", "hospital", "social_org", "media"})


def official_named_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a title and a person's name stand right after ``end`` (副校长甲某某, 院长甲某):
    the unit before has its own official. The longest title written there counts."""
    for k in range(min(lex.max_title, 6), 1, -1):
        if text[end : end + k] in lex.titles:
            p = end + k
            return looks_like_name(text[p : p + 3], lex) or looks_like_name(text[p : p + 2], lex)
    return False


_CLAUSE_MARKS = frozenset('，,、。；;：:“"（(《【—-\n ')
_CLAUSE_WORDS = frozenset("与和及同在到向自")
_DATE_BEFORE = re.compile(r"(?:[\d一二三四五六七八九十〇]+[年月日号]|[上下中]午|晚上)$")


def opens_its_clause(text: str, start: int) -> bool:
    """Whether a name starting at ``start`` opens its clause: a line start or a mark, a
    one-character conjunction or preposition (与, 自, 在), or a date or time of day
    (2022年, 3月24日, 下午) before it — none of the sentence's own words, so a walk that
    stopped at a place or a word (某地|卷烟厂, 小|雨滴) did not cut the name short."""
    if start == 0 or text[start - 1] in _CLAUSE_MARKS or text[start - 1] in _CLAUSE_WORDS:
        return True
    return _DATE_BEFORE.search(text, max(0, start - 6), start) is not None


# How often jieba's dictionary may have seen a word that still reads as a brand.
RARE_WORD_FREQ = 20


def rare_word_head(text: str, start: int, head: str, strength: str, lex: Lexicon) -> bool:
    """Whether the whole head before a strong ending (幼儿园, 小学, 医院, 厂, 公司) is one
    rare word of jieba's dictionary, two or three characters long (某某|幼儿园 where jieba
    knows 某某 as a rare common noun): a brand, so the unit is named though the word is
    no proper noun to jieba. Only where the name opens its clause (not after a word that
    cut it short: 党支部|领办|合作社) and outside quotes (“某某银行”: a slogan); generic,
    stop and kind words (乡办, 妇产, 公办: lexicons/kind_words.tsv) describe the unit."""
    if strength != "strong" or not 2 <= len(head) <= 3 or not HAN_WORD.match(head):
        return False
    if not opens_its_clause(text, start) or text[start - 1 : start] in _OPEN_QUOTES:
        return False
    if head[0] in _COUNT_CHARS:
        return False  # 百间学校: a count of schools, no brand
    if head in lex.generic_heads or head in lex.stop_words or head in lex.kind_words:
        return False
    freq, tag = dictionary_entry(head)
    return tag in _RARE_HEAD_TAGS and 0 < freq < RARE_WORD_FREQ


_OPEN_QUOTES = frozenset('“"「‘')
_COUNT_CHARS = frozenset("一二两三四五六七八九十百千万几数多")

# Tags a rare brand word carries in jieba's dictionary: nouns and names, not verbs,
# adjectives or distinguishing words (which describe the unit).
_RARE_HEAD_TAGS = frozenset({"n", "nz", "nr", "ns", "nrt", "j"})


def _needs_name(suf: OrgSuffix, head: str, named: int, lex: Lexicon) -> bool:
    """Whether a head without a proper name is too weak to name a unit: a bureau (局) is
    named by its function (司法局), a government body by level and function (区粮食局,
    市公积金中心); other endings need a longer head (材料科学学院, not 美术学院)."""
    if suf.strength == "gov":
        return suf.text != "局" and named != LEVEL_ONLY
    if suf.strength == "level" and (head in _LEVEL_HEADS or graded_level_court(head, suf)):
        return False
    if named == LEVEL_ONLY and suf.subtype in ("government", "service_site") and len(head) >= 3:
        return False  # 区绿化管理中心, 区党建服务中心: a level's body named by its function
    if level_association(head, suf, named, lex):
        return False  # 县律师协会, 市物业协会: the one association of that trade of the area
    if field_university(head, suf, named, lex):
        return False  # 电子科技大学: a university of its fields
    if level_institute(head, suf, named, lex):
        return False  # 省交通设计院: the one institute of that field of the province
    if suf.text not in FACULTIES:
        return True  # 党员教育实践基地, 社区文化活动中心: descriptions, not names
    return len(head) < 4 or named == LEVEL_ONLY


def units_named_by_titles(
    text: str,
    prefixes: Sequence[tuple[int, int, str]],
    spans: Sequence[UnitSpan],
    tokens: Tokens,
) -> list[tuple[Mention, int]]:
    """Units named only by the title after them: in 某某智谷董事长X, 某某智谷 is an
    enterprise although its name has no ending. ``prefixes`` are ``(start, title_start,
    title)`` of title-chain elements; a prefix that already holds a unit, is generic
    (公司董事长) or has no proper word is skipped."""
    lex = load_lexicon()
    idx = tokens
    out: list[tuple[Mention, int]] = []
    for ps, ts, title in prefixes:
        kind = lex.title_unit_kind.get(title)
        name = text[ps:ts]
        if kind is None or not 2 <= len(name) <= 12 or not HAN_WORD.match(name):
            continue
        if any(u.start < ts and u.host_end > ps for u in spans):
            continue
        if split_generic(name, lex) is not None or name in lex.org_suffixes:
            continue
        proper = False
        i = ps
        while i < ts:
            tok = idx.at(i)
            if tok is None:
                break
            word = text[i : min(tok.end, ts)]
            if len(word) > 1 and piece_is_name(word, tok.pos, lex):
                proper = True
            i = tok.end
        if proper:
            out.append((Mention(ps, ts, name, "Organization", name, kind, None, "title_head"), ts))
    return out


# An alias defined right after a unit's name: （以下简称“某某”）, (简称某某), （下称某某）.
_ALIAS_DEFINITION = re.compile(
    r"[（(](?:以下|下文)?(?:简称|称)[：:]?[“\"「]?([\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"」]?[）)]"
)


def aliases_defined(text: str, decided: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """Units renamed in the text: 某某有限公司支部委员会（以下简称“某某党支部”）. Every
    occurrence of the alias is a mention of the unit written right before the definition,
    and replaces what was decided there (the alias alone would read as a unit of its own,
    or as nothing); so is a second nameplate in brackets (:func:`second_nameplates`).
    ``decided`` are classify_units' mentions with their host ends."""
    out = list(decided)
    defined: list[tuple[Mention, str]] = []
    for m in _ALIAS_DEFINITION.finditer(text):
        unit = next(
            (
                (d, he)
                for d, he in decided
                if d.end == m.start() and d.name and d.rule in ("org", "place", "party_org")
            ),
            None,
        )
        if unit is not None:
            defined.append((unit[0], m.group(1)))
    for d, alias in defined + second_nameplates(text, decided):
        spans = [
            (k.start(), k.end())
            for k in re.finditer(re.escape(alias), text)
            # 澜博 inside 澜博科技有限公司 is part of a longer name, not the alias
            if not any(
                x.start <= k.start() and k.end() <= x.end and x.end - x.start > len(alias)
                for x, _ in decided
            )
        ]
        out = [(x, he) for x, he in out if not any(x.start < b and a < x.end for a, b in spans)]
        for a, b in spans:
            alias_mention = replace(d, start=a, end=b, surface=text[a:b])
            out.append((alias_mention, b))
    out.sort(key=lambda x: x[0].start)
    return out


_NAMEPLATE_RULES = frozenset({"org", "known", "party_org"})


def second_nameplates(text: str, decided: list[tuple[Mention, int]]) -> list[tuple[Mention, str]]:
    """An organ with two nameplates (一个机构两块牌子) written with the second in brackets
    right after the first (某省某某厅（省某某会）, 某县委某某部（县某某局）): the bracketed
    name is the same unit wherever it occurs — both must be named organisations the rules
    found, the second filling the brackets exactly (after a restating word such as 即:
    :func:`restating_word_length`). Pairs of (unit, second name)."""
    starts = {d.start: d for d, _ in decided if d.type == "Organization" and d.name}
    out: list[tuple[Mention, str]] = []
    for d, _ in decided:
        if d.type != "Organization" or not d.name or d.rule not in _NAMEPLATE_RULES:
            continue
        if text[d.end : d.end + 1] not in ("（", "("):
            continue
        y = starts.get(d.end + 1 + restating_word_length(text, d.end + 1))
        if (
            y is not None
            and y.rule in _NAMEPLATE_RULES
            and text[y.end : y.end + 1] in ("）", ")")
            and y.surface != d.surface
        ):
            out.append((d, y.surface))
    return out


# Words that restate a name in brackets as the same thing (某某公司党支部（即某某党支部）).
_RESTATING_WORDS = ("也就是", "亦即", "也即", "即")


def restating_word_length(text: str, i: int) -> int:
    """The length of a restating word (即, 亦即, 也就是) opening the brackets at ``i``, else
    0: 某某公司党支部（即某某城党支部） writes the second name as the same body — the
    project's or brand's name the company's branch also goes by."""
    return next((len(w) for w in _RESTATING_WORDS if text.startswith(w, i)), 0)


# What separates the items of a list of units, and what ends the list.
# Level prefixes a list shares (市委组织部、宣传部): the party and central forms excepted.
_SHARED_LEVELS = sorted((x for x in LEVEL_PREFIXES if x not in ("中共", "中央", "全国")), key=len)


# A level's own organs: written after a level's party body, they share its level only.
_LEVEL_ORGANS = ("党委", "政府", "人民政府", "人大", "政协")
_LEVEL_ORGAN_END = re.compile(r"(?:党委|人民政府|政府|委)$")


def level_shared_in_list(
    text: str, decided: list[tuple[Mention, int]]
) -> list[tuple[Mention, int]]:
    """A body's function written bare in a 、-list right after a level-prefixed body is
    that level's body (自治区发改委、财政厅 → 自治区财政厅; 市委组织部、宣传部 → 市委宣传部):
    the list shares the prefix. Returns ``decided`` with such back-references named."""
    lex = load_lexicon()
    out: list[tuple[Mention, int]] = []
    prefix_at: dict[int, str] = {}  # end of a level-prefixed item → its prefix
    starts = {m.start for m, _ in decided}
    for m, he in decided:
        _abbreviated_item_after(text, out, prefix_at, starts, m.start, lex)
        if m.rule == "org" and m.name and m.end == he:
            level = next((x for x in reversed(_SHARED_LEVELS) if m.name.startswith(x)), None)
            if level is not None and len(m.name) > len(level) + 1:
                prefix_at[m.end] = level
        elif (
            m.rule == "generic"
            and m.type == "Organization"
            and m.start > 0
            and text[m.start - 1] == "、"
            and m.start - 1 in prefix_at
            and m.end == he
        ):
            head = text[m.start : m.end]
            suf = next((head[k:] for k in range(len(head)) if head[k:] in lex.org_suffixes), "")
            if suf and suf != head and head not in GENERIC_KIND:
                level = prefix_at[m.start - 1]
                if head.startswith(_LEVEL_ORGANS):
                    level = _LEVEL_ORGAN_END.sub("", level)  # 自治区党委…、政府办公厅
                subtype = lex.org_suffixes[suf].subtype
                name = level + head
                m = Mention(m.start, m.end, head, "Organization", name, subtype, None, "org")
                prefix_at[m.end] = level
        out.append((m, he))
    _abbreviated_item_after(text, out, prefix_at, starts, len(text) + 1, lex)
    return out


# A body's abbreviated name as a list item (民委, 住建委, 农办), up to its separator.
_ABBREVIATED_ITEM = re.compile(r"[\u4e00-\u9fff]{1,3}[委办](?=[、，,。；;等和及与\s])")


def _abbreviated_item_after(
    text: str,
    out: list[tuple[Mention, int]],
    prefix_at: dict[int, str],
    starts: set[int],
    before: int,
    lex: Lexicon,
) -> None:
    """After the last item of ``out``, when it shares a level (自治区发改委、民委): an
    abbreviated body written next with no mention of its own (jieba leaves 民委, 住建委 as
    words no ending ends) is that level's body too; appended to ``out``, repeatedly."""
    while out:
        last = out[-1][0]
        e = last.end
        if e not in prefix_at or not text.startswith("、", e) or e + 1 in starts:
            return
        m = _ABBREVIATED_ITEM.match(text, e + 1)
        if m is None or m.end() > before:
            return
        head = m.group()
        if (
            head in GENERIC_KIND
            or head in lex.titles
            or head.endswith(lex.party_suffixes)
            or head[0] in _LEVEL_CHARS_OF_ITEMS
        ):
            return
        level = prefix_at[e]
        name = level + head
        item = Mention(m.start(), m.end(), head, "Organization", name, "government", None, "org")
        out.append((item, m.end()))
        prefix_at[m.end()] = level


# A list item that opens with a level character names a level of its own (区委, 市委).
_LEVEL_CHARS_OF_ITEMS = frozenset("省市区县镇乡村居")


_SOURCE_LINE = re.compile(r"(?:文章|信息|本文)?来源[:：]\s*")
_SOURCE_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·\-]{1,9}")
_NOT_SOURCE_UNITS = unit_name_parts()["not_source_units"]


_TRAILING_SOURCE = re.compile(r"(?:^|[。！？!?\s])\s*来源[:：]\s*([^\s。，,:：|｜]{2,12})\s*$")


def trailing_source(text: str) -> str | None:
    """The outlet a story names after its last sentence (…把实事办好。 来源：某地发布) when
    the page gave it no source line of its own: the name up to the end of the text."""
    m = _TRAILING_SOURCE.search(text[-40:])
    return m.group(1) if m else None


def unit_of_a_kind(name: str, lex: Lexicon) -> bool:
    """Whether a source field names a unit by its kind alone (来源：组织部, 来源：县融媒体
    中心, 来源：驻村工作队): an office of the story's own area or unit, with no name of its
    own after a level word, so no entity (来源：某县融媒体中心 names one)."""
    rest = name[1:] if name[:1] in _LEVEL_HEADS and len(name) > 2 else name
    if rest in lex.org_suffixes or split_generic(rest, lex) is not None:
        return True
    ending = lex.unit_ending(rest)
    return bool(ending) and village_team(rest[: len(rest) - len(ending)])


def source_line_unit(
    text: str, decided: list[tuple[Mention, int]], source: str | None
) -> list[tuple[Mention, int]]:
    """The outlet a page's source line names (来源：某某新闻, 来源：某地发布) is a media
    unit, whatever its ending: an account or outlet named after its place or brand. Not
    a date, a person, the site itself or the internet (``not_source_units``), nor a name
    already found; places read inside it (某地发布 → 某地) are the account's name, not
    places. Returns ``decided`` with the outlet added (rule ``source``: an entity that no
    post, pairing or back-reference of the story's sentences points at)."""
    source = source or trailing_source(text)
    if not source:
        return decided
    name = to_simplified(source.strip())
    if task_office(name):
        return without_page_office(text, decided, name)
    if (
        not source_name_form(name)
        or name in _NOT_SOURCE_UNITS
        or name.endswith(_NOT_SOURCE_UNITS)
        or looks_like_name(name)
        or "记者" in name
        or unit_of_a_kind(name, load_lexicon())
    ):
        return decided
    for m in _SOURCE_LINE.finditer(text):
        s = m.end()
        if not text.startswith(name, s):
            continue
        e = s + len(name)
        outlets = source_outlets(text, s, e)
        inside = [
            a for a, _ in decided if a.start < e and s < a.end and not kind_word_in_source(a, s, e)
        ]
        # outlets of a press group found whole or in part by their endings (某某网-某某日报)
        # are split all the same
        whole = len(outlets) > 1 and all(
            ((a.start, a.end) == (s, e) or (a.start, a.end) in outlets) and a.type == "Organization"
            for a in inside
        )
        if not whole and (
            any(
                (a.rule != "place" and not outlet_of_unit(name, a.start - s, a.end - s))
                or a.start < s
                or a.end > e
                for a in inside
            )
            or any((a.start, a.end) == (s, e) for a in inside)
        ):
            return decided  # a unit, or a place's government (某区人民政府), found already
        kept = [(a, he) for a, he in decided if not (a.start < e and s < a.end)]
        return [
            *kept,
            *(
                (Mention(a, b, text[a:b], "Organization", text[a:b], "media", None, "source"), b)
                for a, b in outlets
            ),
        ]
    return decided


# The endings of a working office inside a unit (某某部, 某某处, 某某办公室).
_PAGE_OFFICE_ENDINGS = ("办公室", "部", "处")
# The parts of speech of the common words an office's task is named by (党群工作部: 党群/n
# 工作部/n; 党建综合办公室: 党建/j 综合/vn 办公室/n).
_TASK_POS = frozenset({"n", "vn", "j"})


def task_office(name: str) -> bool:
    """Whether a page's source field ``name`` is a working office named by its task
    alone (来源：党群工作部, 来源：教务处, 来源：党建综合办公室): common words ending in an
    office's ending, with no place, person or brand and nothing joined (某某与某某处): the
    page's own office inside the unit that runs the site, no unit of the story."""
    if not name.endswith(_PAGE_OFFICE_ENDINGS) or not 2 < len(name) <= 8:
        return False
    words = tokenize(name)
    return all(
        dictionary_entry(t.text)[0] > 0 and t.pos in _TASK_POS and t.text[0] not in _LEVEL_HEADS
        for t in words
    )


def without_page_office(
    text: str, decided: list[tuple[Mention, int]], name: str
) -> list[tuple[Mention, int]]:
    """``decided`` without the units found inside the source field that writes the page's
    own office ``name`` (:func:`task_office`); the same words elsewhere stay as found."""
    for m in _SOURCE_LINE.finditer(text):
        s = m.end()
        if text.startswith(name, s):
            e = s + len(name)
            return [(a, he) for a, he in decided if not (a.start < e and s < a.end)]
    return decided


def kind_word_in_source(mention: Mention, s: int, e: int) -> bool:
    """Whether ``mention`` is a bare kind of outlet written inside the source field
    ``[s, e)`` (来源：某某传媒网, 来源：某某报道网: the back-reference 传媒网 or 报道网 that
    the field's last words read as): the end of the outlet's own name, not a unit that
    keeps the field from naming one."""
    return mention.rule == "generic" and not mention.name and s < mention.start and mention.end <= e


# What joins two outlets of one press group in a source field: a dash or a middle dot.
_OUTLET_JOINS = "-—·"


def source_name_form(name: str) -> bool:
    """Whether a source field's text has an outlet's form: one name of up to ten
    characters, or two such names joined by a middle dot (某某证券报·某某证券网), which
    always parts two outlets; a longer name joined by a dash is often a site and its
    channel (某某网-某某新闻网), and stays out."""
    if _SOURCE_NAME.fullmatch(name):
        return True
    parts = name.split("·")
    return len(parts) == 2 and all(_SOURCE_NAME.fullmatch(p) for p in parts)


def source_outlets(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The outlets the source field ``[s, e)`` credits: two outlets of one press group
    joined by a dash or a middle dot are two (某某网-某某日报, 某某报·某某网), each a
    whole outlet's name (more than a media ending); a site's channel after the dash
    stays one name with its site (某某网-某地频道, as datelines write it), and so does a
    field of one outlet."""
    lex = load_lexicon()
    media = _media_endings(lex)
    parts = outlet_parts(text[s:e], s, lex) if any(c in _OUTLET_JOINS for c in text[s:e]) else []
    if len(parts) < 2 or any(
        not text[a:b].endswith(media)
        or text[a:b] in lex.org_suffixes
        or text.endswith("频道", a, b)
        for a, b in parts
    ):
        return [(s, e)]
    return parts


# A dateline at a line's start: outlets, maybe the place reported from and the date,
# then 讯 or 消息 (某某网江苏讯, 某某日报·某某客户端6月2日讯, 某某报-某某在线10月11日讯,
# 某某网消息, 某某网某地7月27日消息).
_DATELINE = re.compile(
    r"^[ \t\u3000]*([\u4e00-\u9fffA-Za-z0-9·\-—]{2,30}?)((?:\d{4}年)?\d{1,2}月\d{1,2}日)?"
    r"(?:讯|消息)",
    re.M,
)
# A news agency's dateline: the agency, the place it files from (after a slash when it is
# abroad), the day and 电 (某某社北京8月8日电, 某某通讯社某地4月2日电, 某某社／ 某京17日专电).
_AGENCY_DATELINE = re.compile(
    r"^[ \t\u3000]*([\u4e00-\u9fff]{2,16})(?:[／/][ \t\u3000]*)?[\u4e00-\u9fff]{2,4}"
    r"(?:\d{1,2}月)?\d{1,2}日专?电",
    re.M,
)
# A line that holds only outlets and the page's date (某某网 2023-03-29 13:21:05), maybe
# after the page's two-character section label (时政 某某新闻网 2017-06-19).
_NAME_LINE = re.compile(
    r"^[ \t\u3000]*(?:[\u4e00-\u9fff]{2}[ \t\u3000]+)?"
    r"([\u4e00-\u9fff][\u4e00-\u9fff·]{2,20})[ \t\u3000]+"
    r"\d{4}[-/.年]\d{1,2}[^\n]*$",
    re.M,
)
# A line of the page's head that holds an outlet's name and nothing else (某某网 between
# the headline and the lead, as pages print their source without a label or a date).
_OUTLET_LINE = re.compile(
    r"^[ \t\u3000]*([\u4e00-\u9fff][\u4e00-\u9fff·]{1,15})[ \t\u3000]*$", re.M
)
# How many of the page's first non-empty lines are its head (headline, source, date).
_HEAD_LINES = 3
# Words that make such a head no outlet: the page itself (本报讯, 本网讯) or a meta label
# (发表于 2016-10-01, 发布时间).
_NOT_OUTLET = re.compile(r"^本|发表|发布于|更新|时间|来源|编辑|作者|记者|通讯员")
_OUTLET_DASHES = "-—"


def outlet_of_unit(name: str, a: int, b: int) -> bool:
    """Whether the source field ``name`` is the outlet of the unit found at ``[a, b)``
    inside it: the unit's name, then only a media ending (来源：中国邮政报, the unit
    中国邮政 and 报) — the newspaper is the source, not the unit that publishes it."""
    return a == 0 and 0 < b < len(name) and name[b:] in _media_endings(load_lexicon())


def _media_endings(lex: Lexicon) -> tuple[str, ...]:
    # 报 alone is too short an ending to find a unit by (报到, 汇报), but after an
    # outlet's name in a dateline it closes a newspaper's (某某法治报-某某网)
    return (*(w for w, suf in lex.org_suffixes.items() if suf.subtype == "media"), "报")


# A date written inside a dateline's head, before the place it reports from.
_INNER_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")


def before_inner_date(text: str, s: int, e: int) -> int:
    """Where a dateline's head ``[s, e)`` ends when the date stands between the outlet and
    the place (某某网7月12日北京消息: the outlet 某某网, then the date, then where the report
    comes from): at the date; ``e`` when the head holds no date."""
    m = _INNER_DATE.search(text, s, e)
    return m.start() if m is not None and m.start() > s else e


def outlet_parts(head: str, start: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The outlets a dateline or a name line writes, as spans from ``start``: a middle dot
    always separates two outlets of one press group (某某日报·某某客户端); a dash does
    after a complete outlet's name (某某报-某某网), while a brand's channel joined by a
    dash is one name (某某TV-某某网)."""
    media = _media_endings(lex)
    out: list[tuple[int, int]] = []
    s = 0
    for i, ch in enumerate(head):
        if ch == "·" or (ch in _OUTLET_DASHES and head[s:i].endswith(media)):
            out.append((start + s, start + i))
            s = i + 1
    out.append((start + s, start + len(head)))
    return [(a, b) for a, b in out if b - a >= 2]


def outlet_without_place(
    text: str, a: int, b: int, place_at: dict[int, PlaceMention], media: tuple[str, ...]
) -> int | None:
    """Where the outlet written at ``[a, b)`` ends: before the place a dateline reports
    from (某某网江苏讯: a gazetteer place, or two or three characters after a media
    ending), or None when the part is a channel named after its place (中国某网·美丽某省:
    no media ending before the place)."""
    p = place_at.get(b)
    if p is not None and a < p.start:
        return p.start if text[a : p.start].endswith(media) else None
    channel = channel_of_a_place(text, a, b, place_at, media)
    if channel is not None:
        return channel
    for k in (2, 3):
        head = text[a : b - k]
        if len(head) >= 3 and head.endswith(media) and HAN_WORD.match(text[b - k : b]):
            return b - k
    return b


def channel_of_a_place(
    text: str, a: int, b: int, place_at: dict[int, PlaceMention], media: tuple[str, ...]
) -> int | None:
    """Where the outlet ends when a dateline's head ``[a, b)`` is an outlet's channel for a
    place (某某在线某省频道消息, 某某网某市频道讯): before the place — a place the linker
    found, or two to four characters — when a media ending closes what precedes it; None
    when the head is no such channel."""
    if not text.endswith("频道", a, b):
        return None
    p = place_at.get(b - 2)
    if p is not None and a < p.start:
        return p.start if text[a : p.start].endswith(media) else None
    for k in (2, 3, 4):
        end = b - 2 - k
        if end - a >= 3 and text[a:end].endswith(media) and HAN_WORD.match(text[end : b - 2]):
            return end
    return None


def _dateline_closes(dateline: str, after: str) -> bool:
    """Whether a dateline without a date ends where it seems to: 讯 before anything but a
    Han character (某某网讯 近日…, 某某网讯(记者…)); 消息, a word of ordinary sentences
    too (某某快消息!), only before a space or a bracket (某某网消息 8月19日)."""
    if dateline.endswith("消息"):
        return after in (" ", "\t", "\u3000", "(", "（", ":", "：")
    return not "\u4e00" <= after <= "\u9fff"


def dateline_outlets(
    text: str, decided: list[tuple[Mention, int]], places: Sequence[PlaceMention]
) -> list[tuple[Mention, int]]:
    """The outlets a story's dateline (某某网江苏讯, 某某日报·某某客户端6月2日讯) or a line
    of outlets and a date (某某新闻·某某新闻 2026-01-14) names are media units, whatever
    their ending (a brand such as 某某点讯 has none). The place the report comes from is
    not the outlet's (:func:`outlet_without_place`); the page itself (本报讯), meta labels
    (发表于) and a person's name (a byline's 某某 2023-03-29) are no outlets. Units found
    inside an outlet's name (某某客户端 cut from 新某某客户端) give way to it. Returns
    ``decided`` with the outlets (rule ``source``: no post, pairing or back-reference
    points at them)."""
    lex = load_lexicon()
    media = _media_endings(lex)
    place_at = {p.end: p for p in places}
    datelines = [
        m
        for m in _DATELINE.finditer(text)
        # 某某网讯 近日 …; a date before 讯 marks a dateline even when the lead follows
        # without a space (某某网6月6日讯日前)
        if m.group(2) or _dateline_closes(m.group(0), text[m.end() : m.end() + 1])
    ]
    heads = [m.span(1) for m in datelines]
    # a head dated right before its 讯 is an outlet's though it has a name's shape
    # (某明风7月25日讯: no person files a report by a date)
    dated = {m.span(1) for m in datelines if m.group(2)}
    heads += [m.span(1) for m in _NAME_LINE.finditer(text)]
    heads += head_outlet_lines(text, lex)
    agencies = set(agency_datelines(text, media))  # the place is cut off already
    heads += sorted(agencies)
    out = list(decided)
    for s, e in heads:
        e = before_inner_date(text, s, e)
        head = text[s:e]
        if _NOT_OUTLET.search(head) or (
            looks_like_name(head)
            and not head.endswith((*media, *_AGENCY_ENDINGS))
            and (s, e) not in dated
        ):
            continue
        for a, b in outlet_parts(head, s, lex):
            end = b if (a, b) in agencies else outlet_without_place(text, a, b, place_at, media)
            if end is None or end - a < 2:
                continue
            name = text[a:end]
            if name in _NOT_SOURCE_UNITS or not HAN_WORD.match(name.replace("-", "")):
                continue
            if name in lex.org_suffixes:
                continue  # 日报消息: the kind of outlet, no outlet's name
            if any((u.start, u.end) == (a, end) and u.name for u, _ in out):
                continue  # found already by its ending (a back-reference gives way)
            # units cut inside the head give way, the channel after the outlet's name too
            out = without_overlaps(out, a, b, only_type="Organization")
            out.append((Mention(a, end, name, "Organization", name, "media", None, "source"), end))
    return out


_CITING = "据"
# A news agency's ending (某某社, 某某通讯社), which only a dateline marks as an outlet's.
_AGENCY_ENDINGS = ("社", "通讯社")


def agency_datelines(text: str, media: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the news agencies a line opens with their dateline (某某社北京8月8日电,
    某某通讯社某地4月2日电, 某某社／ 某京17日专电): the name before the place the agency
    files from, when it ends like an outlet (社, 通讯社, 网 …); the place is no part of it."""
    media = (*media, *_AGENCY_ENDINGS)
    out = []
    for m in _AGENCY_DATELINE.finditer(text):
        s, e = m.span(1)
        if text.startswith(_CITING, s):
            s += len(_CITING)  # 据某某社北京某日电: the agency cited
        # the place it files from: after the slash, or the last two to four characters
        # before the date, the outlet's name ending with a media ending before them
        if m.group(0)[e - m.start() :].lstrip().startswith(("／", "/")):
            if text[s:e].endswith(media):
                out.append((s, e))
            continue
        end = next((k for k in (e, e - 1, e - 2) if text[s:k].endswith(media)), None)
        if end is not None and end - s >= 2:
            out.append((s, end))
    return out


def head_outlet_lines(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The spans of outlets the page's head prints on a line of their own, without a
    label or a date (a headline, then 某某网, then the lead): a line among the first
    ``_HEAD_LINES`` non-empty ones that is one name ending in a media ending and more
    than the ending (the kind alone, 新闻 or 日报, names no outlet; 报 alone is no
    ending here: a headline may end in 喜报). A name of common words is an outlet's name
    all the same there (大众网, where 大众 is a word)."""
    media = tuple(w for w, suf in lex.org_suffixes.items() if suf.subtype == "media")
    out: list[tuple[int, int]] = []
    seen = 0
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        seen += 1
        if seen > _HEAD_LINES:
            break
        line = _OUTLET_LINE.fullmatch(m.group(0))
        if line is None:
            continue
        name = line.group(1)
        if name.endswith(media) and name not in lex.org_suffixes:
            out.append((m.start() + line.start(1), m.start() + line.end(1)))
    return out


_LIST_SEPARATORS = "、"
_ITEM_END = re.compile(
    r"[、，,。；;：:（）()\s“”]|等|和|与|及|党建|结对|参加|纳入|签订|签署|签约|开展|建立|举行"
)
_ITEM_POS = frozenset({"n", "nz", "ns", "nt", "nr", "nrt", "j", "vn", "x"})
_MAX_ITEM = 10


def listed_units(
    text: str, decided: list[tuple[Mention, int]], tokens: Tokens
) -> list[tuple[Mention, int]]:
    """A name in a list of units is a unit (高某物业 in 与某幼儿园、高某物业、某药房党建联建):
    an item of a 、-list written next to a unit found by its ending, made of whole words
    that are nouns, the first of them a proper word (a place or a word jieba does not
    know), and no personal name's shape. Returns the new mentions."""
    lex = load_lexicon()
    units = [m for m, _ in decided if m.name and m.rule in ("org", "place", "party_org")]
    taken = [(m.start, m.end) for m, _ in decided]
    out: list[tuple[Mention, int]] = []
    seen: set[tuple[int, int]] = set()
    # a unit found in the list makes its own neighbours list items too (甲、乙、丙)
    unit_starts = {m.start for m in units}
    unit_ends = {m.end for m in units}
    for u in _growing(units, out):
        items = []
        if text.startswith(_LIST_SEPARATORS, u.end):
            s = u.end + 1
            m = _ITEM_END.search(text, s, s + _MAX_ITEM + 1)
            if m is not None:
                items.append((s, m.start()))
        if u.start > 0 and text[u.start - 1] in _LIST_SEPARATORS:
            e = u.start - 1
            k = e
            while k > 0 and e - k < _MAX_ITEM and not _ITEM_END.match(text, k - 1):
                k -= 1
            if k == 0 or text[k - 1] not in _LIST_SEPARATORS:
                k = _after_verb(k, e, tokens)  # 依托|甲、某某合作社: the list starts after it
            items.append((k, e))
        for s, e in items:
            e = before_title(text, s, e, lex)
            if (s, e) in seen or any(a < e and s < b for a, b in taken):
                continue
            # between two units of the list (甲、某某橡胶、乙村) an item is read as one of a
            # list its closing words call units
            between = (
                s > 0
                and text[s - 1] in _LIST_SEPARATORS
                and (s - 1 in unit_ends or any(m.end == s - 1 for m, _ in out))
                and text.startswith(_LIST_SEPARATORS, e)
                and (e + 1 in unit_starts or any(m.start == e + 1 for m, _ in out))
            )
            if _unit_item(text, s, e, tokens, lex, framed=between):
                seen.add((s, e))
                out.append((item_mention(text, s, e, decided), e))
    # a short form the rules left to resolution (某某分公司) is a unit's name in such a list
    named = [(m.start, m.end) for m, _ in decided if m.rule != "generic"]
    unit_spans = [(m.start, m.end) for m, _ in decided if m.name]
    for s, e in paired_items(text, units, tokens, lex):
        if (s, e) in seen or any(a < e and s < b for a, b in taken):
            continue
        if _unit_item(text, s, e, tokens, lex):
            seen.add((s, e))
            out.append((item_mention(text, s, e, decided), e))
    for s, e in framed_items(text, tokens, unit_spans):
        if (s, e) in seen or any(a < e and s < b for a, b in named):
            continue
        if _unit_item(text, s, e, tokens, lex, framed=True):
            seen.add((s, e))
            out.append((item_mention(text, s, e, decided), e))
    return out


# Words of two characters or more naming what a person is (负责人, 干部, 专家).
_ROLE_WORDS = frozenset(w for w in person_name_parts()["role_endings"] if len(w) > 1)


def before_title(text: str, s: int, e: int, lex: Lexicon) -> int:
    """The end of a list item ``[s, e)`` without a title or role word that closes the
    list (甲、乙、某某投资负责人: the heads of the units listed, the last unit is 某某投资):
    a unit's name never ends in one. ``e`` when the item ends in none, or is nothing but
    one."""
    item = text[s:e]
    for k in range(2, len(item) - 1):
        if item[k:] in lex.titles or item[k:] in _ROLE_WORDS:
            return s + k
    return e


def item_mention(text: str, s: int, e: int, decided: Sequence[tuple[Mention, int]]) -> Mention:
    """The mention of a list or pairing item ``[s, e)``: the place the story decided under
    that name elsewhere (某某社区, read as a community from 某某社区综合党委) when there is
    one, so the item is that place and not a unit of the same name; else a unit."""
    name = text[s:e]
    place = next((m for m, _ in decided if m.rule == "place" and name in (m.name, m.surface)), None)
    if place is not None:
        return replace(place, start=s, end=e, surface=name)
    return Mention(s, e, name, "Organization", name, "other", None, "org")


_SHARED_ORDINALS = re.compile(r"第([一二三四五六七八九十]{1,2})、第?([一二三四五六七八九十]{1,2})")


def shared_ordinals(
    text: str, decided: list[tuple[Mention, int]], tokens: Tokens
) -> list[tuple[Mention, int]]:
    """Two numbered units written with one name and one ending (某某巴士第二、三分公司,
    某某第一、二中学) are two units: 某某巴士第二分公司 and 某某巴士第三分公司, both
    mentioned by the whole span. The shared name is found walking left from 第 as for
    any unit (:func:`ingest.extract.orgs.extend_left`), and must carry a name (a place,
    a proper word); the ending is the longest organisation ending after the numbers.
    Returns ``decided`` with the two units (and without a unit cut inside the span)."""
    lex = load_lexicon()
    out = list(decided)
    for m in _SHARED_ORDINALS.finditer(text):
        ending = max(
            (e for e in lex.org_suffixes if text.startswith(e, m.end())), key=len, default=""
        )
        if not ending or lex.org_suffixes[ending].subtype == "media":
            continue
        start, named = extend_left(text, m.start(), tokens, lex)
        if start >= m.start() or named != NAMED:
            continue
        end = m.end() + len(ending)
        stem = text[start : m.start()]
        out = without_overlaps(out, start, end, only_type="Organization")
        surface = text[start:end]
        for n in m.groups():
            name = f"{stem}第{n}{ending}"
            sub = lex.org_suffixes[ending].subtype
            out.append((Mention(start, end, surface, "Organization", name, sub, None, "org"), end))
    return out


# A party branch that several units form together (GOLD: a unit of its own, named with
# its ending); 和 and 与 join the units its name lists.
_JOINT_ENDINGS = ("联合党支部", "联合党总支", "联合党委", "联合支部")
_JOINT_JOINS = "和与"
_ORDINAL_ITEM = re.compile(r"第[\d一二三四五六七八九十]+[和与]|[和与]第")


def joint_branches(
    text: str, decided: list[tuple[Mention, int]], tokens: Tokens
) -> list[tuple[Mention, int]]:
    """A joint branch whose name lists its units (某某交控某某和某某公司联合党支部) is one
    unit named by the whole span, ending and all, not the last unit's branch: the name
    before 和/与 is found walking left as for any unit (:func:`ingest.extract.orgs.extend_left`)
    and must carry a name (a place, a proper word). Departments of one unit
    (第三和第五某某部联合党支部) carry no name and stay their host's. Returns ``decided``
    with the branch instead of the units cut inside its span."""
    lex = load_lexicon()
    out = list(decided)
    for m, _ in decided:
        j = m.start - 1
        if m.type != "Organization" or j < 2 or text[j] not in _JOINT_JOINS:
            continue
        if not text.endswith(_JOINT_ENDINGS, m.start, m.end):
            continue
        start, named = extend_left(text, j, tokens, lex)
        if start >= j - 1 or named != NAMED or _ORDINAL_ITEM.search(text, start, j + 2):
            continue
        end = m.end
        name = text[start:end]
        branch = Mention(start, end, name, "Organization", name, "party_org", None, "org")
        out = in_place_of_overlaps(out, branch, end, only_type="Organization")
    return out


# A party body named by its kind (某某大厦综合党委, 某区某某行业党委, 某某联合直属党支部):
# an organisation of its own, not the branch of a unit before it.
_KIND_PARTY_BODY = re.compile(r"(?:综合|行业|联合|直属){1,2}(?:党委|党总支|党支部)")
_KIND_PARTY_OPENERS = frozenset("、，,；;：:\n")
_KIND_PARTY_MAX = 12
_KIND_PARTY_MIN = 3  # characters of name before the kind word (校直属党支部 names none)
# Parts of speech of a word that is the sentence's, not a piece of the body's name.
_NOT_IN_KIND_NAME = frozenset({"r", "p", "c", "u", "uj", "ul", "d", "m", "q", "t", "v", "y", "e"})


# A one-character word of these parts of speech is the sentence's (在, 该, 与, 的, 已).
_GLUE_POS = frozenset({"p", "c", "u", "uj", "ul", "r", "d", "v"})


def _in_joined_run(k: int, words: list[Token]) -> bool:
    """Whether the one-character word ``words[k]`` stands next to another one-character
    word: a name jieba could not join (中|天|大厦), not a word of the sentence."""
    if len(words[k].text) != 1 or words[k].pos in _GLUE_POS:
        return False
    return any(0 <= j < len(words) and len(words[j].text) == 1 for j in (k - 1, k + 1))


# Words a kind-named party body may open after, beside a mark: a conjunction joining it
# to the unit before (某校党支部和某某行业联合党支部) or a verb of founding it (成立某某
# 联合党支部; ``pair_structure_words.tsv``'s founding_verbs).
_KIND_JOINS = frozenset("和与及同")
_OPENING_WORDS = tuple(w for w in pair_structure_words()["founding_verbs"] if len(w) == 2)
# An ordinal inside a body's name (某某行业第五联合党支部), not a count of bodies.
_ORDINAL_WORD = re.compile(r"^第[\d一二三四五六七八九十]{1,3}$")


def opened_by_joiner_or_founding(tokens: Tokens, k: int, ks: int) -> int | None:
    """Where a kind-named party body whose characters run back to ``k`` opens when no mark
    stands before it: after the last conjunction (和, 与, 及, 同) or verb of founding
    (成立, 组建 …) written as a word of its own between ``k`` and the kind word at ``ks``;
    None when there is none."""
    start = None
    for w in tokens.following(k, ks):
        if w.text in _KIND_JOINS or w.text in _OPENING_WORDS:
            start = w.end
    return start


def kind_named_party_bodies(
    text: str, decided: list[tuple[Mention, int]], tokens: Tokens
) -> list[tuple[Mention, int]]:
    """A party body named by its kind (综合党委, 行业党委, 联合党支部, 直属党支部) that
    no unit found hosts, written as a whole list item or clause (、某某大厦综合党委,
    、区民营医疗机构行业党委书记) is one unit named by the whole span, ending and all:
    what comes before the kind word must be nouns only (no pronoun, verb, count or
    function word: 这是某地首个某某综合党委 names none), from a separator or a line start.
    Returns ``decided`` with the body instead of the mentions cut inside its span."""
    out = list(decided)
    for m in _KIND_PARTY_BODY.finditer(text):
        ks, end = m.start(), m.end()
        k = ks
        while k > 0 and ks - k < _KIND_PARTY_MAX and "\u4e00" <= text[k - 1] <= "\u9fff":
            k -= 1
        opened = opened_by_joiner_or_founding(tokens, k, ks)
        if opened is not None:
            k = opened
        elif k > 0 and text[k - 1] not in _KIND_PARTY_OPENERS:
            continue
        if ks - k < _KIND_PARTY_MIN:
            continue
        name = text[k:end]
        if any(text.startswith(name, u.end) for u, _ in decided if u.rule != "generic"):
            continue  # the story writes the body after its host elsewhere (某居委某某联合党总支)
        if any(
            u.start < end
            and k < u.end
            and u.type == "Organization"
            and u.rule != "generic"
            and (u.name or u.rule != "dept_fold")
            and (u.start, u.end) != (ks, end)
            for u, _ in decided
        ):
            continue  # a unit found in the span hosts the body (某某公司联合党支部)
        if any(
            k <= u.start < ks and u.type in ("Village", "ResidentsCommittee") for u, _ in decided
        ):
            continue  # a village's or community's own body (某某社区综合党委) is the place
        words = list(tokens.following(k, ks))
        if (
            not words
            or words[0].start != k
            or words[-1].end != ks
            or any(
                w.pos in _NOT_IN_KIND_NAME
                and not _in_joined_run(n, words)
                and not (n > 0 and _ORDINAL_WORD.match(w.text))
                for n, w in enumerate(words)
            )
        ):
            continue
        body = Mention(k, end, name, "Organization", name, "party_org", None, "org")
        out = in_place_of_overlaps(out, body, end, only_type="Organization")
    return out


# Names listed with 、 and then counted before one ending (甲、乙、丙三家派出所).
_COUNTED_LIST = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})"
    r"([两二三四五六七八九]|[二三四五六七八九]?十[一二三四五六七八九]?|[0-9]{1,2})[家所个座]"
)
_NUMERALS = {c: n for n, c in enumerate("一两三四五六七八九", 1)} | {"二": 2}


def count_value(count: str) -> int:
    """The number a list's count writes, in digits or Chinese numerals up to 九十九
    (两 → 2, 十二 → 12, 二十 → 20, 12 → 12).

    >>> [count_value(c) for c in ("两", "十二", "二十", "三十五", "12")]
    [2, 12, 20, 35, 12]
    """
    if count.isdigit():
        return int(count)
    if "十" not in count:
        return _NUMERALS[count]
    tens, _, ones = count.partition("十")
    return (_NUMERALS[tens] if tens else 1) * 10 + (_NUMERALS[ones] if ones else 0)


_NOT_IN_LISTED = re.compile("[与和及同的在对]")


def _first_listed(piece: str, at: int, tokens: Tokens) -> str:
    """The first name of a counted list, out of the characters before its first 、 (the
    pattern takes up to four, 某某与甲): the longest tail of two or more characters that
    starts on a word boundary and holds no function character; "" when none."""
    end = at + len(piece)
    for k in range(len(piece), 1, -1):
        tail = piece[-k:]
        if tokens.is_boundary(end - k) and not _NOT_IN_LISTED.search(tail):
            return tail
    return ""


def counted_list_units(
    text: str, decided: list[tuple[Mention, int]], tokens: Tokens
) -> list[tuple[Mention, int]]:
    """Names listed with 、 and counted before one organisation ending (某某、某某、某某三家
    派出所) are that many units, each the name with the ending, all mentioned by the whole
    span (as :func:`shared_ordinals`'s). Only when the count is the number of names the
    list ends with (the names before are the sentence's, 某某与甲、乙两所: the last two),
    the first starts on a word boundary (:func:`_first_listed`) and none is a stop or
    generic word; the ending is the longest after the measure word, not a media one.
    Returns ``decided`` with the units (and without a unit cut inside the span)."""
    lex = load_lexicon()
    out = list(decided)
    for m in _COUNTED_LIST.finditer(text):
        n = count_value(m.group(2))
        items = m.group(1).split("、")
        ending = max(
            (e for e in lex.org_suffixes if text.startswith(e, m.end())), key=len, default=""
        )
        if n < 2 or len(items) < n or not ending:
            continue
        if lex.org_suffixes[ending].subtype == "media":
            continue
        items = items[-n:]
        first = _first_listed(items[0], m.end(1) - len("、".join(items)), tokens)
        if not first:
            continue
        items[0] = first
        start = m.end(1) - len("、".join(items))
        if any(i in lex.stop_words or i in lex.generic_heads for i in items):
            continue
        end = m.end() + len(ending)
        out = without_overlaps(out, start, end, only_type="Organization")
        surface = text[start:end]
        sub = lex.org_suffixes[ending].subtype
        shared = shared_location(items, start, tokens)
        for k, item in enumerate(items):
            name = (shared if k else "") + item + ending
            out.append((Mention(start, end, surface, "Organization", name, sub, None, "org"), end))
    return out


def shared_location(items: Sequence[str], start: int, tokens: Tokens) -> str:
    """The place that opens the first name of a counted list and locates every unit of
    it (某市甲地、乙地、丙地12家商会: the chambers in 某市 of people from 甲地, 乙地 and 丙地,
    each named 某市乙地商会): the first name is two words jieba reads as place names and
    no other name opens with the first of them; "" otherwise."""
    first = items[0]
    head = tokens.starting_at(start)
    if head is None or head.pos != "ns" or head.end - start >= len(first):
        return ""
    rest = tokens.starting_at(head.end)
    if rest is None or rest.pos != "ns" or rest.end != start + len(first):
        return ""
    return "" if any(i.startswith(head.text) for i in items[1:]) else head.text


_PAIR_JOINS = "与和同"
# Verbs that join a unit to its partner as 与 does (某村携手某某电器开展结对帮扶)
_PAIR_VERBS = ("携手", "联合", "联手")
_CUE_WINDOW = 6


def paired_items(
    text: str, units: Sequence[Mention], tokens: Tokens, lex: Lexicon
) -> list[tuple[int, int]]:
    """The spans a pairing frame joins to a unit (某村与某某药房、某某物业结对共建, 某某咨询与
    某村签订共建协议): the items after a unit and 与/和/同 (or a verb that joins as they
    do: 携手, 联合, 联手), up to the first that no 、 continues, or the item before 与 and
    a unit, when a pairing cue (结对, 共建, 签约 …) follows within a few characters.
    Whether an item is a unit's name is decided by the caller."""
    cues = [c for c, kind in lex.pair_cues.items() if kind == "pair"] + ["签约", "签订"]

    def cue_after(i: int) -> bool:
        window = text[i : i + _CUE_WINDOW]
        return any(c in window for c in cues)

    out: list[tuple[int, int]] = []
    for u in units:
        join = next((j for j in _PAIR_VERBS if text.startswith(j, u.end)), None)
        if join is None and u.end < len(text) and text[u.end] in _PAIR_JOINS:
            join = text[u.end]
        if join is not None:
            found: list[tuple[int, int]] = []
            s = u.end + len(join)
            while True:
                m = _ITEM_END.search(text, s, s + _MAX_ITEM + 1)
                if m is None or m.start() == s:
                    break
                found.append((s, m.start()))
                if not text.startswith(_LIST_SEPARATORS, m.start()):
                    break
                s = m.start() + 1
            if found and cue_after(found[-1][1]):
                out += found
        if u.start > 1 and text[u.start - 1] in _PAIR_JOINS and cue_after(u.end):
            e = u.start - 1
            k = e
            while k > 0 and e - k < _MAX_ITEM and not _ITEM_END.match(text, k - 1):
                k -= 1
            k = _after_verb(k, e, tokens)
            if k < e:
                out.append((k, e))
    return out


# A list closed by the kind of its items: 甲、乙、丙等(18家)(农业龙头)企业, 甲、乙3家单位,
# 甲、乙等共驻共建企事业单位 (not 甲、乙等资源与企业: the words before the kind join no
# other noun).
_FRAME_COUNT = r"[\d一二三四五六七八九十百多几]+[家个所]"
_KIND_FRAME = re.compile(
    rf"(?:等(?:{_FRAME_COUNT})?|{_FRAME_COUNT})(?:(?![与和及同])[\u4e00-\u9fff]){{0,8}}?"
    r"(?:企业|单位|公司|机构)"
)
_FRAME_SEPARATORS = "、和及与"


def framed_items(
    text: str, tokens: Tokens, units: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """The items of every list that its closing words say are units (甲、乙和丙等企业,
    甲、乙等18家企事业单位, 甲、乙3家单位): from 等 (or the count) back through items
    separated by 、 (和, 及 or 与 before the last), each item up to ten characters or one of
    ``units`` (spans of units already found, of any length); a list of one item is no
    list."""
    out: list[tuple[int, int]] = []
    unit_at = {e: s for s, e in units}
    for m in _KIND_FRAME.finditer(text):
        e = m.start()
        items: list[tuple[int, int]] = []
        while True:
            k = e
            if e in unit_at and e - unit_at[e] > _MAX_ITEM:
                k = unit_at[e]  # a long unit already found: an item of the list
            while k > 0 and e - k <= _MAX_ITEM and not _ITEM_END.match(text, k - 1):
                k -= 1
            if k == e or (e - k > _MAX_ITEM and unit_at.get(e) != k):
                break
            if k == 0 or text[k - 1] not in _FRAME_SEPARATORS:
                items.append((_after_verb(k, e, tokens), e))
                break
            items.append((k, e))
            e = k - 1
        if len(items) > 1 and not list_of_kinds([text[a:b] for a, b in items], load_lexicon()):
            out += items
    return out


def list_of_kinds(items: Sequence[str], lex: Lexicon) -> bool:
    """Whether a list holds a bare kind of unit (医院、学校、驻区单位及某某机构等30家单位):
    an item that is only an organisation ending or generic words. Such a list counts the
    kinds of units that signed, so its other items are kinds too (助老扶幼机构), not
    names."""
    return any(item in lex.org_suffixes or split_generic(item, lex) for item in items)


def _growing(units: list[Mention], found: list[tuple[Mention, int]]) -> Iterator[Mention]:
    """``units``, then every mention appended to ``found`` while iterating."""
    yield from units
    k = 0
    while k < len(found):
        yield found[k][0]
        k += 1


def _unit_item(
    text: str, s: int, e: int, tokens: Tokens, lex: Lexicon, framed: bool = False
) -> bool:
    """Whether ``[s, e)`` reads as a unit's name written without its ending: three to ten
    characters of whole nouns, the first a proper word, and no personal name's shape. In
    a list its closing words call units (``framed``), the first word may be any noun that
    is no generic word (某源|粮油 等企业)."""
    name = text[s:e]
    shortest = 2 if framed else 3
    if (
        not shortest <= len(name) <= _MAX_ITEM
        or not HAN_WORD.match(name)
        or looks_like_name(name, lex)
    ):
        return False
    words = _item_words(text, s, e, tokens)
    if words is not None:
        words = join_leading_characters(words)
    if words is None or len(words[0][0]) < 2:
        return False
    first, first_pos = words[0]
    if glued_verb_before_name(first, first_pos, lex):
        return False  # 这是|中共中央、国务院: the sentence's verb opens the list
    if framed:
        if first in lex.generic_heads or first in lex.stop_words or first_pos not in _ITEM_POS:
            return _framed_item(words, lex)
    elif not piece_is_name(first, first_pos, lex):
        return False
    for k, (word, pos) in enumerate(words):
        if (
            pos not in _ITEM_POS
            or word in lex.stop_words
            # a generic word only as the trade word after a brand (某某|物业)
            or (word in lex.generic_heads and (k != len(words) - 1 or k == 0))
            or word.endswith(lex.party_suffixes)
        ):
            return False
    # a brand and the word of its trade (某某|物业, 某某|药房): a single word is no such
    # name, nor is a road (某某|路)
    if len(words) >= 2 and len(words[-1][0]) >= 2 and words[-1][1] in _TRADE_POS:
        return True
    return framed and _framed_item(words, lex)


# Parts of speech of a single character that is a word of the sentence, not a piece of
# a brand jieba could not join (与, 的, 这, 各, 一, 个, 都).
_FUNCTION_CHAR_POS = frozenset({"p", "c", "u", "uj", "ul", "r", "m", "q", "d"})


def join_leading_characters(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Single characters in a row at the head of a list item are one brand jieba could not
    join (澜|达|电器 → 澜达|电器), as :func:`orgs.join_single_characters` reads them before
    an ending: one word it does not know, unless one of them is a function word."""
    k = 0
    while k < len(words) and len(words[k][0]) == 1 and words[k][1] not in _FUNCTION_CHAR_POS:
        k += 1
    if k < 2 or k == len(words):
        return words
    return [("".join(w for w, _ in words[:k]), UNKNOWN_POS), *words[k:]]


# Words that cannot be part of a unit's name in a list its closing words call units
_NOT_IN_FRAMED_NAME = frozenset({"p", "c", "u", "uj", "ul", "r", "m", "q", "f"})


def _framed_item(words: list[tuple[str, str]], lex: Lexicon) -> bool:
    """An item of a list its closing words call units (甲、乙等18家单位) is a unit's short
    name whatever jieba tags its words (高新|分局, 执法|分局, 某某|一中, a brand it does not
    know): no function word, number or pronoun, no generic word or verb of the stop list
    first, no party ending, and a single word only one jieba does not know."""
    first = words[0][0]
    if first in lex.generic_heads or first in lex.stop_words:
        return False
    if len(words) == 1 and words[0][1] != UNKNOWN_POS and not known_brand_word(*words[0], lex):
        return False
    return not any(
        pos in _NOT_IN_FRAMED_NAME or word in lex.stop_words or word.endswith(lex.party_suffixes)
        for word, pos in words
    )


# A known word of four characters or more that jieba tags a noun: its dictionary holds
# many brands as one word (a carmaker, a cement maker and their trade written together).
_BRAND_WORD_POS = frozenset({"n", "nz", "nt"})
_BRAND_WORD_MIN = 4


def known_brand_word(word: str, pos: str, lex: Lexicon) -> bool:
    """Whether a single known word may be a framed item's whole name: a noun of four
    characters or more (a brand and its trade jieba holds as one word), which a list its
    closing words call units names as a unit; shorter words (农业, 基础) are the sentence's,
    and so is a word with a unit ending the ending rules left as a common name (公交公司)."""
    return len(word) >= _BRAND_WORD_MIN and pos in _BRAND_WORD_POS and not lex.unit_ending(word)


_LEAD_POS = frozenset({"v", "p", "c", "d", "u", "uj", "ad", "r"})


def _after_verb(k: int, e: int, tokens: Tokens) -> int:
    """The start of the first item of a list that no separator opens (依托|甲、乙等企业):
    after the last verb, preposition or function word in ``[k, e)``."""
    start = k
    for tok in tokens.following(k, e):
        if tok.pos in _LEAD_POS:
            start = tok.end
    return start


def _item_words(text: str, s: int, e: int, tokens: Tokens) -> list[tuple[str, str]] | None:
    """The words of ``[s, e)`` with their parts of speech, or None when a word crosses
    its edges. A word jieba glued to the separator before the item (与某某) counts from
    ``s`` as a word it does not know."""
    if not tokens.is_boundary(e):
        return None
    words: list[tuple[str, str]] = []
    i = s
    if not tokens.is_boundary(s):
        tok = tokens.at(s)
        if tok is None or tok.start != s - 1 or text[s - 1] not in _FRAME_SEPARATORS:
            return None
        if tok.end > e:
            return None
        words.append((text[s : tok.end], UNKNOWN_POS))
        i = tok.end
    for tok in tokens.following(i, e):
        if tok.end > e:
            return None
        words.append((tok.text, tok.pos))
        i = tok.end
    return words if i >= e else None  # short of e: no token starts there


_TRADE_POS = frozenset({"n", "vn", "nz", "nt"})
