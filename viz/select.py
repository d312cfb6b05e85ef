"""Which part of the graph a page shows: pure selection over a :class:`KnowledgeGraph`.

A page draws units (organisations, villages, residents' committees, regions) and the
pairings between them. The three filters of ``pbkg viz`` narrow that down and compose in
this order: pairing kinds (``--kind``), then a region (``--region``), then a neighbourhood
(``--focus`` / ``--depth``). Nothing here renders; :mod:`viz.data` turns a
:class:`Selection` into page data.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from graph.model import KnowledgeGraph
from viz.style import UNIT_LABELS


@dataclass(frozen=True, slots=True)
class Selection:
    """Node ids to draw and the pairings (``(u, v)`` as stored in the graph) among them."""

    nodes: frozenset[str]
    pairings: tuple[tuple[str, str], ...]


def select(
    kg: KnowledgeGraph,
    *,
    focus: Iterable[str] = (),
    depth: int = 2,
    region: str | None = None,
    region_codes: Iterable[str] = (),
    kinds: Iterable[str] = (),
) -> Selection:
    """Select the units and pairings to draw.

    * ``kinds``: keep pairings with at least one of these pairing words (all when empty);
    * ``region``: a region's name, alias or division code: keep units inside it (by
      ``PART_OF`` chains or division-code prefix) and their direct partners, so a
      pairing that crosses the border still shows both ends; ``region_codes`` are
      division codes the caller found for that name (e.g. in the gazetteer) when the
      graph has no Region node of that name;
    * ``focus``: names, aliases or ids of units: keep the units within ``depth`` pairings
      of them.

    Units without any kept pairing are left out, except focus units themselves.
    Raises :class:`LookupError` when a focus name or the region matches nothing, or a
    kind is no pairing's kind (the message lists the kinds there are).
    """
    if depth < 0:
        raise ValueError(f"depth must be >= 0, not {depth}")
    wanted_kinds = set(kinds)
    known_kinds = {k for _, _, data in kg.pairings() for k in data.get("kinds") or ()}
    if wanted_kinds - known_kinds:
        unknown = "、".join(sorted(wanted_kinds - known_kinds))
        raise LookupError(
            f"no pairing of kind {unknown} in the graph; its kinds are: "
            + ("、".join(sorted(known_kinds)) or "(none)")
        )
    units = {n for n, data in kg.nodes() if data["label"] in UNIT_LABELS}
    pairings = [
        (u, v)
        for u, v, data in kg.pairings()
        if u in units
        and v in units
        and (not wanted_kinds or wanted_kinds.intersection(data.get("kinds") or ()))
    ]

    allowed = units
    if region is not None:
        inside = units_in_region(kg, region, region_codes)
        allowed = set(inside)
        for u, v in pairings:
            if u in inside:
                allowed.add(v)
            elif v in inside:
                allowed.add(u)
    pairings = [(u, v) for u, v in pairings if u in allowed and v in allowed]

    keep: set[str]
    focus_ids = set()
    for name in focus:
        found = find_units(kg, name)
        if not found:
            raise LookupError(f"no unit called {name!r} in the graph")
        focus_ids |= found
    if focus_ids:
        keep = _within(focus_ids, pairings, depth)
        pairings = [(u, v) for u, v in pairings if u in keep and v in keep]
    else:
        keep = {n for pair in pairings for n in pair}
    return Selection(frozenset(keep), tuple(sorted(pairings)))


def find_units(kg: KnowledgeGraph, name: str) -> set[str]:
    """Units whose id, name or one of whose aliases is exactly ``name``."""
    return {
        n
        for n, data in kg.nodes()
        if data["label"] in UNIT_LABELS
        and (n == name or data.get("name") == name or name in (data.get("aliases") or ()))
    }


def units_in_region(kg: KnowledgeGraph, region: str, codes: Iterable[str] = ()) -> set[str]:
    """Units inside ``region`` (a Region node's name, alias or id, or a division code)
    or inside any division of ``codes``.

    A unit is inside when a chain of ``PART_OF`` edges leads from it to the region, or
    when its division code starts with the region's code prefix (the gazetteer's codes
    hold the hierarchy even where no ``PART_OF`` edge was read). The region itself is
    inside. Raises :class:`LookupError` when nothing matches ``region``.
    """
    roots = {n for n in find_units(kg, region) if kg.node(n)["label"] == "Region"}
    prefixes = {code_prefix(c) for c in codes}
    if region.isdigit():
        prefixes.add(code_prefix(region))
    for n in roots:
        code = kg.node(n).get("division_code")
        if code:
            prefixes.add(code_prefix(code))
    if not roots and not prefixes:
        raise LookupError(f"no region called {region!r} in the graph")

    children: dict[str, list[str]] = {}
    for u, v, _ in kg.edges("PART_OF"):
        children.setdefault(v, []).append(u)
    inside = set(roots)
    todo = deque(roots)
    while todo:
        for child in children.get(todo.popleft(), ()):
            if child not in inside:
                inside.add(child)
                todo.append(child)
    for n, data in kg.nodes():
        code = data.get("division_code")
        if code and any(code.startswith(p) for p in prefixes):
            inside.add(n)
    return {n for n in inside if kg.node(n)["label"] in UNIT_LABELS}


def code_prefix(code: str) -> str:
    """The prefix every code inside a division shares: ``310116000000`` and ``310116``
    give ``310116``, ``320500`` gives ``3205``, ``330000`` gives ``33``."""
    prefix = code
    # 12-digit village and 9-digit town codes pad with three zeros per level...
    while len(prefix) > 6 and prefix.endswith("000"):
        prefix = prefix[:-3]
    # ...county, city and province codes with two.
    while len(prefix) > 2 and len(prefix) <= 6 and prefix.endswith("00"):
        prefix = prefix[:-2]
    return prefix


def _within(start: set[str], pairings: list[tuple[str, str]], depth: int) -> set[str]:
    neighbours: dict[str, set[str]] = {}
    for u, v in pairings:
        neighbours.setdefault(u, set()).add(v)
        neighbours.setdefault(v, set()).add(u)
    seen = set(start)
    frontier = set(start)
    for _ in range(depth):
        frontier = {m for n in frontier for m in neighbours.get(n, ())} - seen
        if not frontier:
            break
        seen |= frontier
    return seen
