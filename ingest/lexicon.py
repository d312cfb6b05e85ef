"""The general Chinese patterns behind extraction, loaded once per process.

The lexicons (``ingest/lexicons/*.tsv``) hold word classes only — name endings, titles,
pairing and visiting verbs, boundary words, cues that show a name is a person's. They hold
no names of real units or people: the rules must work on articles from any county.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ingest.model import OrgSubtype, org_subtype


@dataclass(frozen=True)
class OrgSuffix:
    text: str
    subtype: OrgSubtype
    strength: str  # strong | gov | weak
    full: str = ""  # a unit kind written short (国小, 医专): the kind's full form (国民小学)


@dataclass(frozen=True)
class KnownUnit:
    """A unit of the official reference list (``known_units.tsv``): its subtype and, for
    an official short form (中行), the full name it stands for."""

    subtype: OrgSubtype
    full: str


@dataclass(frozen=True)
class Lexicon:
    org_suffixes: dict[str, OrgSuffix]
    party_suffixes: tuple[str, ...]  # a unit's party body, longest first
    place_party_suffixes: tuple[str, ...]  # folded into a place mention, longest first
    division_chars: frozenset[str]
    titles: frozenset[str]
    pairing_words: tuple[str, ...]
    cooperation_words: frozenset[str]  # of those, the words of cooperation between regions
    visit_words: frozenset[str]
    stop_words: frozenset[str]
    segment_words: tuple[str, ...]  # words jieba must keep whole (ingest/segment.py)
    person_cues_before: frozenset[str]
    person_cues_after: frozenset[str]
    byline_cues: frozenset[str]
    surnames: frozenset[str]
    generic_heads: frozenset[str]
    kind_words: frozenset[str]  # rare words describing a unit's kind (妇产, 公办)
    kind_ratings: frozenset[str]  # of those, the ones rating or classing a unit (重点, 省级)
    pairing_kinds: tuple[str, ...]  # longest first
    pair_gap_words: frozenset[str]
    name_verbs: frozenset[str]
    manner_adverbs: tuple[str, ...]  # longest first
    ending_verbs: frozenset[str]
    not_units: frozenset[str]
    credit_roles: tuple[str, ...]  # file order
    info_labels: tuple[tuple[str, str], ...]  # (label, kind), file order
    ethnic_groups: tuple[str, ...]
    generic_place_names: frozenset[str]
    phrase_place_names: frozenset[str]
    not_place_after: tuple[str, ...]
    village_word_after: tuple[str, ...]
    organ_after: tuple[str, ...]
    pair_cues: dict[str, str]  # cue → class (pair | sign | link)
    pair_candidate_cues: tuple[str, ...]  # words that open pairing candidates only
    pair_markers: dict[str, str]  # word → marker class
    known_units: dict[str, KnownUnit]  # name → subtype and full name
    generic_kind: dict[str, str]  # generic unit word → the kind of unit it refers to
    place_words: tuple[tuple[str, str], ...]  # (word, kind) ending an unlisted place
    title_unit_kind: dict[str, OrgSubtype]  # title → the kind of unit that has it
    title_levels: tuple[tuple[str, str], ...]  # (title word, place ending of its level)
    rule_title_levels: tuple[tuple[str, str], ...]  # the ones the posts hand rule reads
    variant_chars: tuple[frozenset[str], ...] = ()  # characters interchangeable in place names
    reference_openers: frozenset[str] = frozenset()  # 我 本 该 …: a back-reference opens
    reporter_kinds: tuple[str, ...] = ()  # 全媒体, 见习 …: written into 记者's title, longest first
    zone_endings: tuple[str, ...] = ()  # 经开区, 高新区 …: a zone's name, no level's place
    people_of_a_place: tuple[str, ...] = ()  # 青年, 社区 …: after 台湾/香港/澳门, the place itself

    max_title: int = 0  # length of the longest title
    max_unit_ending: int = 0  # length of the longest unit ending (org_suffixes)

    def unit_ending(self, name: str) -> str:
        """The longest unit ending of the lexicon (``org_suffixes.tsv``) that ``name``
        ends with; "" when none. One dictionary look-up per length, not a walk over
        every ending."""
        for n in range(min(len(name), self.max_unit_ending), 0, -1):
            if name[-n:] in self.org_suffixes:
                return name[-n:]
        return ""

    def party_ending(self, name: str) -> str:
        """The longest party ending of a unit (``party_suffixes.tsv``: 党支部, 党委) that
        ``name`` ends with and that leaves at least two characters of the unit's own name
        before it (GOLD rule 1 folds it away); "" when none."""
        for suffix in self.party_suffixes:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                return suffix
        return ""

    def without_party_ending(self, name: str) -> str:
        """``name`` without its :meth:`party_ending` (the unit whose party body it is)."""
        return name[: len(name) - len(self.party_ending(name))]


def lexicon_rows(name: str) -> list[list[str]]:
    """The rows of the lexicon file ``name`` (tab-separated cells; blank lines and
    ``#`` comments skipped)."""
    text = resources.files("ingest").joinpath("lexicons", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


@cache
def variant_characters() -> dict[str, str]:
    """Variant character → its standard simplified form, for the variants OpenCC's t2s
    keeps (``variant_characters.tsv``: 陜 → 陕); one character each."""
    rows = lexicon_rows("variant_characters.tsv")
    return {r[0]: r[1] for r in rows if len(r) > 1 and len(r[0]) == 1 and len(r[1]) == 1}


def _words(name: str) -> list[str]:
    return [w for row in lexicon_rows(name) for cell in row for w in cell.split()]


def _known_units(rows: list[list[str]]) -> dict[str, KnownUnit]:
    """The reference list by name: each row's name (its full name, when the row gives
    one, is what it stands for), and each central enterprise's brand prefixes (fifth
    column: 中建, 中铁), which stand for themselves: a prefix two groups share names
    neither alone."""
    out = {r[0]: KnownUnit(org_subtype(r[1]), r[2] if len(r) > 2 and r[2] else r[0]) for r in rows}
    for r in rows:
        for prefix in r[4].split() if len(r) > 4 else ():
            out.setdefault(prefix, KnownUnit(org_subtype(r[1]), prefix))
    return out


def _taught_known_words(rows: list[list[str]]) -> list[str]:
    """The central enterprises' short names and brand prefixes, which jieba must keep
    whole: it cuts 中化学 中/化学 and 国家管网 国家/管网, so the name is no whole word and
    the prefix could not head the name it opens."""
    return [
        w
        for r in rows
        if r[1] == "enterprise"
        for w in (r[0], *(r[4].split() if len(r) > 4 else ()))
    ]


@cache
def load_lexicon() -> Lexicon:
    """Read every lexicon file (cached: one load per process)."""
    suffixes = {
        r[0]: OrgSuffix(r[0], org_subtype(r[1]), r[2], r[3] if len(r) > 3 else "")
        for r in lexicon_rows("org_suffixes.tsv")
    }
    bodies = _words("party_bodies.tsv")
    roles = _words("party_roles.tsv")
    titles = set(_words("titles.tsv")) | {b + r for b in bodies for r in roles}
    cues = lexicon_rows("person_cues.tsv")
    party = lexicon_rows("party_suffixes.tsv")
    generic = lexicon_rows("generic_units.tsv")
    known = lexicon_rows("known_units.tsv")
    return Lexicon(
        max_title=max(len(t) for t in titles),
        max_unit_ending=max(map(len, suffixes)),
        org_suffixes=suffixes,
        party_suffixes=_longest_first(r[0] for r in party if "unit" in r[1].split()),
        place_party_suffixes=_longest_first(r[0] for r in party if "place" in r[1].split()),
        division_chars=frozenset(_words("division_chars.tsv")),
        titles=frozenset(titles),
        pairing_words=tuple(r[0] for r in lexicon_rows("pairing_words.tsv")),
        cooperation_words=frozenset(
            r[0] for r in lexicon_rows("pairing_words.tsv") if r[1:2] == ["cooperation"]
        ),
        pair_cues={r[0]: r[1] for r in lexicon_rows("pair_cues.tsv")},
        pair_candidate_cues=tuple(r[0] for r in lexicon_rows("pair_candidate_cues.tsv")),
        pair_markers={r[0]: r[1] for r in lexicon_rows("pair_markers.tsv")},
        visit_words=frozenset(_words("visit_words.tsv")),
        stop_words=frozenset(_words("stop_words.tsv")),
        segment_words=(*_words("segment_words.tsv"), *_taught_known_words(known)),
        person_cues_before=frozenset(c[0] for c in cues if c[1] == "before"),
        person_cues_after=frozenset(c[0] for c in cues if c[1] == "after"),
        byline_cues=frozenset(c[0] for c in cues if c[2] == "byline"),
        surnames=frozenset(_words("surnames.tsv")),
        generic_heads=frozenset(_words("generic_heads.tsv")),
        kind_words=frozenset(r[0] for r in lexicon_rows("kind_words.tsv")),
        kind_ratings=frozenset(
            r[0] for r in lexicon_rows("kind_words.tsv") if r[1:2] == ["rating"]
        ),
        pairing_kinds=_longest_first(_words("pairing_kinds.tsv")),
        pair_gap_words=frozenset(_words("pair_gap_words.tsv")),
        name_verbs=frozenset(_words("name_verbs.tsv")),
        manner_adverbs=_longest_first(_words("manner_adverbs.tsv")),
        ending_verbs=frozenset(_words("ending_verbs.tsv")),
        not_units=frozenset(_words("not_units.tsv")),
        credit_roles=tuple(_words("credit_roles.tsv")),
        info_labels=tuple((r[0], r[1]) for r in lexicon_rows("info_labels.tsv")),
        ethnic_groups=tuple(_words("ethnic_groups.tsv")),
        generic_place_names=frozenset(_words("generic_place_names.tsv")),
        phrase_place_names=frozenset(_words("phrase_place_names.tsv")),
        not_place_after=tuple(_words("not_place_after.tsv")),
        village_word_after=tuple(_words("village_word_after.tsv")),
        organ_after=tuple(_words("organ_after.tsv")),
        known_units=_known_units(known),
        reporter_kinds=_longest_first(_words("reporter_kinds.tsv")),
        zone_endings=tuple(_words("zone_endings.tsv")),
        people_of_a_place=_longest_first(_words("people_of_a_place.tsv")),
        generic_kind={r[0]: r[1] for r in generic},
        place_words=tuple((r[0], r[1]) for r in generic if r[2:] == ["unlisted"]),
        title_unit_kind={r[0]: org_subtype(r[1]) for r in lexicon_rows("title_units.tsv")},
        title_levels=tuple(
            (r[0], end) for r in lexicon_rows("title_levels.tsv") for end in r[1].split()
        ),
        rule_title_levels=tuple(
            (r[0], end)
            for r in lexicon_rows("title_levels.tsv")
            if r[2] == "rule"
            for end in r[1].split()
        ),
        variant_chars=tuple(
            frozenset(" ".join(r).split()) for r in lexicon_rows("variant_chars.tsv")
        ),
        reference_openers=frozenset(_words("reference_openers.tsv")),
    )


@cache
def word_classes(name: str) -> dict[str, tuple[str, ...]]:
    """A lexicon of word classes (``class<TAB>words separated by spaces`` per row, e.g.
    ``name_parts.tsv``): class → its words in file order."""
    return {row[0]: tuple(row[1].split()) for row in lexicon_rows(name) if len(row) > 1}


def pair_structure_words() -> dict[str, tuple[str, ...]]:
    """The word classes the structure of a pairing sentence is read with
    (``pair_structure_words.tsv``: connectives, party endings, adverbs …)."""
    return word_classes("pair_structure_words.tsv")


def title_openings() -> dict[str, tuple[str, ...]]:
    """The words a title may open with that the gold's title never keeps
    (``title_openings.tsv``: tenure words, lone level words, governments …)."""
    return word_classes("title_openings.tsv")


def unit_name_parts() -> dict[str, tuple[str, ...]]:
    """The word classes at the edges of unit names (``unit_name_parts.tsv``)."""
    return word_classes("unit_name_parts.tsv")


def person_name_parts() -> dict[str, tuple[str, ...]]:
    """The word classes around people's names (``name_parts.tsv``)."""
    return word_classes("name_parts.tsv")


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """Longest first (stable: words of one length keep the file's order), so that a
    prefix or suffix test tries 党总支部 before 党总支."""
    return tuple(sorted(words, key=len, reverse=True))


def longest_first_alternation(words: Iterable[str]) -> list[str]:
    """``words`` longest first, words of one length in code-point order: the order of an
    alternation built from a set. A set's order changes with each process's string
    hashing, and a pattern whose text changes misses the compiled-pattern cache
    (:mod:`ingest.regex_cache`) in every process; words of one length never match at the
    same place, so their order does not change what the alternation finds."""
    return sorted(words, key=lambda w: (-len(w), w))


# Han characters: the unified ideographs with extension A and the compatibility block.
HAN = r"\u3400-\u9fff\uf900-\ufaff"
_NAME_SHAPE = re.compile(f"[{HAN}]{{2,4}}")


def looks_like_name(s: str, lex: Lexicon | None = None) -> bool:
    """The shape of a Chinese personal name (simplified script): a known surname and one
    or two more characters (three for a two-character surname), all Han characters. The
    one name-shape check of pbkg: bylines and the people rules both use it."""
    if not _NAME_SHAPE.fullmatch(s):
        return False
    surnames = (lex or load_lexicon()).surnames
    if len(s) >= 3 and s[:2] in surnames:
        return True
    return s[0] in surnames and len(s) <= 3
