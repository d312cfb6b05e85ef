"""Where a unit sits: the place an organisation or an unlinked place is filed under.

Two rules of the graph build live here, both pure functions over
:class:`ingest.model.Entity` values:

* :func:`name_place` — the place a unit's name spells from its start, walking a chain of
  places written one inside the other (某市某区人民法院 lies in 某区, not in 某市; 某镇派出所
  in 某镇 by the town's bare short form);
* :func:`nearest_place` — for a place the gazetteer does not know (某某居民区 newer than the
  data), the place of the unit written nearest before it, when that is close; an article
  touring two districts files a committee under the district it was named in, not under
  the district the article mentions most.

:func:`merge_unplaced` is the last step of a build: a unit no article could place
(``org:-/…``) whose name is the name of exactly one placed unit is that unit.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from graph import ids
from graph.model import KnowledgeGraph, paused_gc
from ingest.model import Entity
from ingest.places.names import alias_forms, bare_forms

# How far before an unlinked place (in characters of the story) the unit that places it
# may be written: about a sentence or two, so a place named in another paragraph of a
# long article does not decide.
NEAREST_WINDOW = 100


def code_prefix(code: str) -> str:
    """The prefix every code inside a division shares: ``310116000000`` and ``310116``
    give ``310116``, ``320500`` gives ``3205``, ``330000`` gives ``33``."""
    prefix = code
    while len(prefix) > 6 and prefix.endswith("000"):
        prefix = prefix[:-3]
    while 2 < len(prefix) <= 6 and prefix.endswith("00"):
        prefix = prefix[:-2]
    return prefix


def inside(code: str, region: str) -> bool:
    """True when division ``code`` lies strictly inside division ``region``."""
    return code != region and code.startswith(code_prefix(region))


def _forms(place: Entity) -> frozenset[str]:
    """The written forms of a linked place a name may start with: its name and aliases,
    the gazetteer-style full forms, and — above village level — the bare short form
    (叶榭 of 叶榭镇), at least two characters each."""
    return _forms_of(str(place.division_code), place.name, place.aliases)


@functools.lru_cache(maxsize=65536)
def _forms_of(code: str, name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    # Cached: a corpus names the same towns in article after article.
    forms = {name, *aliases, *alias_forms(code, name)}
    if len(code) <= 9:  # towns and up: 某镇派出所, 某区法院
        forms.update(bare_forms(code, name))
    return frozenset(f for f in forms if len(f) >= 2)


def name_place(name: str, places: Sequence[Entity]) -> Entity | None:
    """The deepest linked place ``name`` spells from its start, or None.

    ``places`` are linked place entities of one article (``name``, ``aliases``,
    ``division_code``). The longest form at the start of the name wins; then, while the
    rest of the name starts with a form of a place lying inside the one found, that
    place is taken instead (某市某区某镇卫生院 → 某镇). The name must go on after the
    place (a place is not inside itself).
    """
    written = [(p, _forms(p)) for p in places if p.division_code]
    forms = [(form, p, all_forms) for p, all_forms in written for form in all_forms]
    found: Entity | None = None
    rest = name
    while True:
        best: tuple[str, Entity] | None = None
        for form, p, all_forms in forms:
            # the place's own full name (柳湾 + 镇) is that place, not a unit inside it
            if not (len(rest) > len(form) and rest.startswith(form)) or rest in all_forms:
                continue
            if found is not None and not inside(str(p.division_code), str(found.division_code)):
                continue
            if best is None or len(form) > len(best[0]):
                best = (form, p)
        if best is None:
            return found
        found = best[1]
        rest = rest[len(best[0]) :]


def nearest_place(unit: Entity, placed: Iterable[tuple[Entity, str]]) -> str | None:
    """The division code of the placed unit written nearest before ``unit``'s first
    mention, at most :data:`NEAREST_WINDOW` characters before it, or None.

    ``placed`` pairs an entity (with ``mentions``: ``[start, end]`` spans in the story)
    with the division code it is placed in.
    """
    spans = unit.mentions
    if not spans:
        return None
    start = min(s for s, _ in spans)
    best: tuple[int, str] | None = None
    for entity, code in placed:
        for _, e in entity.mentions:
            if e <= start and start - e <= NEAREST_WINDOW and (best is None or e > best[0]):
                best = (e, code)
    return best[1] if best else None


# -- one unit, two nodes -----------------------------------------------------------------
UNPLACED_PREFIXES = (f"org:{ids.NO_SCOPE}/", f"place:{ids.NO_SCOPE}/")
_NOT_UNITS = ("Person", "Article")


def merge_unplaced(kg: KnowledgeGraph) -> list[tuple[str, str]]:
    """Merge every unplaced unit (id ``org:-/…`` or ``place:-/…``: no article placed it)
    whose name is the name or an alias of exactly one placed unit of the same kind into
    that unit, in place; return the ``(unplaced id, kept id)`` pairs.

    The kept node lists the ids it absorbed in ``merged_from``; the people read in the
    unplaced unit move with it (their ids name their unit). A name shared by several
    placed units is left alone: which one is meant is a question for review.
    """
    # The index below makes a tuple and a set per name of the whole graph: with the
    # collector running, its full walks of the just-merged graph cost more than the
    # merge (paused_gc says why nothing is lost).
    with paused_gc():
        return _merge_unplaced(kg)


def _merge_unplaced(kg: KnowledgeGraph) -> list[tuple[str, str]]:
    unplaced = [
        n
        for n, data in kg.nodes()
        if n.startswith(UNPLACED_PREFIXES) and data["label"] not in _NOT_UNITS
    ]
    if not unplaced:
        return []
    by_name: dict[tuple[str, str], set[str]] = {}
    for n, data in kg.nodes():
        if data["label"] in _NOT_UNITS or n.startswith(UNPLACED_PREFIXES):
            continue
        kind = _kind(data["label"])
        for form in {data["name"], *(data.get("aliases") or ())}:
            by_name.setdefault((kind, ids.normalise_name(form)), set()).add(n)
    people = _people_by_unit(kg, set(unplaced))
    merged = []
    for n in sorted(unplaced):
        data = kg.node(n)
        targets = by_name.get((_kind(data["label"]), ids.normalise_name(data["name"])), set())
        if len(targets) != 1:
            continue
        (target,) = targets
        moved = []
        for person in people.get(n, ()):
            moved.append(ids.person_id(kg.node(person)["name"], target))
            kg.rename_node(person, moved[-1], people=())
        kg.rename_node(n, target, people=moved)
        merged.append((n, target))
    return merged


def _kind(label: str) -> str:
    # An organisation merges with an organisation, a place with a place of any label
    # (one article's 社区 is another's residents' committee).
    return "org" if label == "Organization" else "place"


def _people_by_unit(kg: KnowledgeGraph, units: set[str]) -> dict[str, list[str]]:
    """The people read in each of ``units`` (their ids name the unit), sorted: one pass
    over the people instead of one per merged unit."""
    found: dict[str, list[str]] = {}
    for n, d in kg.nodes("Person"):
        unit = d.get("unit")
        if unit in units and n.startswith(f"person:{unit}/"):
            found.setdefault(unit, []).append(n)
    return {unit: sorted(people) for unit, people in found.items()}
