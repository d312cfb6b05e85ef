"""A zone's 管委会 written bare after its party body (units54): 某某开发区党工委书记、管委会主任.

A functional zone is run by a party working committee (党工委) and a management committee
(管委会), and a title chain or a pair of bodies names the zone once, before the first:
某某经开区党工委书记、管委会主任某某, 某某园区党工委和管委会. The 管委会 is the zone's, a unit
of its own (GOLD_NOTES: never an alias of the zone), though its name is written without
the zone's.
"""

from __future__ import annotations

import re

from ingest.extract.decided_spans import in_place_of_overlaps
from ingest.model import Mention

_ZONE_PARTY_BODY = "党工委"
# After the zone's 党工委: maybe a member's title of it, then a separator and the 管委会.
_COMMITTEE_AFTER = re.compile(r"(?:(?:常务)?副?书记|委员)?[、和及与](管委会|管理委员会)")


def zone_of_party_body(mention: Mention) -> str | None:
    """The zone whose party working committee ``mention`` is (某某开发区党工委 → 某某开发区,
    a place folded with its 党工委 or a party body named so), or None: a mention written
    otherwise, or a 党工委 with no name before it."""
    if not mention.surface.endswith(_ZONE_PARTY_BODY) or mention.type not in (
        "Organization",
        "Region",
    ):
        return None
    zone = mention.name.removesuffix(_ZONE_PARTY_BODY)
    return zone if len(zone) >= 2 else None


def zone_committee_after(text: str, mention: Mention) -> tuple[int, int, str] | None:
    """The 管委会 written right after the zone's party body ``mention`` (some title of the
    党工委, then 、 or 和): its span and its name, the zone's name and the 管委会; None when
    nothing of the kind follows."""
    zone = zone_of_party_body(mention)
    if zone is None:
        return None
    m = _COMMITTEE_AFTER.match(text, mention.end)
    if m is None:
        return None
    return m.start(1), m.end(1), zone + m.group(1)


def zone_of_its_party_body(mention: Mention, zone: str) -> tuple[Mention, int]:
    """The zone named by its party body ``mention`` as a place: a zone the gazetteer does
    not list, read as a party body of its own (某某开发区党工委), is the zone, as GOLD_NOTES
    writes a zone's party body, so that it is not folded into the 管委会 named after it."""
    if mention.type == "Region":
        return mention, mention.end - len(_ZONE_PARTY_BODY)
    end = mention.end - len(_ZONE_PARTY_BODY)
    place = Mention(mention.start, mention.end, mention.surface, "Region", zone, rule="place")
    return place, end


def zone_committees(text: str, decided: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """``decided`` with each zone's 管委会 written bare after the zone's party body
    (:func:`zone_committee_after`) as a government unit named after the zone, and the
    party body the zone's (:func:`zone_of_its_party_body`); a mention found at the bare
    管委会 (a back-reference) gives way to it."""
    out: list[tuple[Mention, int]] = []
    added: list[tuple[Mention, int]] = []
    for mention, he in decided:
        found = zone_committee_after(text, mention)
        if found is None:
            out.append((mention, he))
            continue
        s, e, name = found
        out.append(zone_of_its_party_body(mention, name.removesuffix(text[s:e])))
        unit = Mention(s, e, text[s:e], "Organization", name, "government", None, "org")
        added.append((unit, e))
    for unit, e in added:
        out = in_place_of_overlaps(out, unit, e)
    return out
