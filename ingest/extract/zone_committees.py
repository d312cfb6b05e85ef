"""A zone's 管委会 written by its kind alone in a title chain after the zone's party body.

某某新区党工委副书记、管委会主任甲 names two bodies: the zone's 党工委 (an alias of the zone,
GOLD_FORMAT rule 1) and its 管委会, which GOLD_NOTES ("a zone and its 管委会") counts as an
Organization of its own, never the zone's alias, holding its officials' posts with the
title without its name (党工委副书记 @ 某某新区, 主任 @ 某某新区管委会). The chain writes the
管委会 bare; its zone is the unit whose 党工委 the element before it names. The word lists
are ``unit_name_parts.tsv`` (``zone_committees``, ``zone_party_bodies``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from ingest.lexicon import unit_name_parts
from ingest.model import Mention

if TYPE_CHECKING:  # resolve imports this module; people is only a type here
    from ingest.extract.people import PostClaim, TitleElement


# The mention's rule: named by its zone, not by its words, so no stem of its name is
# looked for in other units' names (resolve._org_stems: the zone's 党工委 is the zone's).
ZONE_COMMITTEE_RULE = "zone_committee"


@cache
def _words(cls: str) -> tuple[str, ...]:
    return tuple(unit_name_parts()[cls])


def committee_of_zone(zone: str, name: str) -> bool:
    """Whether ``name`` is the 管委会 of the unit named ``zone`` (某某新区 + 管委会): a body
    beside the zone, so the zone's party body (某某新区党工委) is never its short form."""
    return any(name == zone + w for w in _words("zone_committees"))


def zone_of_party_body(
    text: str, el: TitleElement, decided: Sequence[tuple[Mention, int]]
) -> str | None:
    """The name of the unit ``el`` writes right before a zone's party body (某某新区|党工委
    副书记, 某某开发区|党工委书记): a unit of ``decided`` (mention, host end) whose own
    name ends inside the element and is followed there by 党工委 — the name without the
    party body a party body's mention may keep. None otherwise."""
    bodies = _words("zone_party_bodies")
    for m, he in decided:
        if el.start <= m.start < he < el.end and m.name and text.startswith(bodies, he):
            body = next((b for b in bodies if m.name.endswith(b)), "")
            return m.name[: len(m.name) - len(body)] or None
    return None


def committee_word(text: str, el: TitleElement) -> str | None:
    """The 管委会 (管理委员会) ``el`` writes alone before its title word, or None."""
    word = text[el.start : el.title_start]
    return word if word in _words("zone_committees") else None


def zone_committees_in_chains(
    text: str, claims: Sequence[PostClaim], decided: Sequence[tuple[Mention, int]]
) -> list[tuple[Mention, int]]:
    """Units for each bare 管委会 of a title chain whose element before names a zone's
    党工委 (某某区党工委书记、管委会主任甲 → the unit 某某区管委会, written 管委会 there), with
    their host ends; none where a unit was already found on the word."""
    out: list[tuple[Mention, int]] = []
    for claim in claims:
        for prev, el in zip(claim.elements, claim.elements[1:], strict=False):
            word = committee_word(text, el)
            taken = any(m.start < el.title_start and el.start < m.end for m, _ in decided)
            if word is None or taken:
                continue
            zone = zone_of_party_body(text, prev, decided)
            if zone is None:
                continue
            name = zone + _words("zone_committees")[0]
            mention = Mention(
                el.start,
                el.title_start,
                word,
                "Organization",
                name,
                "government",
                None,
                ZONE_COMMITTEE_RULE,
            )
            out.append((mention, el.title_start))
    return out
