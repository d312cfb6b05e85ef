"""Division codes: the level and parent of a code follow from its structure alone.

GB/T 2260 / NBS codes: 12 digits a village or residents' committee (parent: the first 9
digits), 9 digits a town, township or subdistrict (parent: the first 6); 6 digits
``xx0000`` a province, ``xxyy00`` a prefecture-level city, any other a county-level unit
(parent: the city ``xxyy00``). The leaf of the place modules: it imports none of them.
"""

from __future__ import annotations

import functools

# City-level rows that are not places but statistical groupings (the municipalities'
# 市辖区 / 县 and the provinces' directly administered county-level units).
PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})

LEVEL_DEPTH = {"province": 0, "city": 1, "county": 2, "town": 3, "village": 4}


@functools.lru_cache(maxsize=1 << 16)
def level_of(code: str) -> str:
    """The level (a ``PlaceLevel``) of a 6/9/12-digit division code.

    Raises ``ValueError`` for any other code shape.
    """
    if len(code) == 12:
        return "village"
    if len(code) == 9:
        return "town"
    if len(code) == 6:
        if code.endswith("0000"):
            return "province"
        return "city" if code.endswith("00") else "county"
    raise ValueError(f"not a division code: {code!r}")


@functools.lru_cache(maxsize=1 << 16)
def parent_code(code: str) -> str | None:
    """The code of the unit directly above ``code`` by code structure (None for a province).

    County-level units hang from their city code ``xxyy00`` even where that city is
    absent from the data; :meth:`Gazetteer.parent` skips such gaps.
    """
    level = level_of(code)
    if level == "village":
        return code[:9]
    if level == "town":
        return code[:6]
    if level == "county":
        return code[:4] + "00"
    if level == "city":
        return code[:2] + "0000"
    return None
