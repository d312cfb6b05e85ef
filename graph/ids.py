"""Stable node ids: the same real-world thing gets the same id in every article and run.

Ids are readable strings, so a person can tell from an id what it names:

* a place linked to the gazetteer: ``place:<division code>`` (``place:310116101205``);
* a place not linked: ``place:<scope>/<name>``, scoped by the nearest linked region;
* an organisation: ``org:<scope>/<name>``, scoped by its region (two 中心小学 in two
  counties stay two schools);
* a person: ``person:<unit id>/<name>`` (two 王平 in two towns stay two people), or
  ``person:<article id>/<name>`` when the article names no unit for them;
* an article: its own id (the hash of its text, :attr:`ingest.model.Article.id`), so the
  ``articles`` lists on nodes and edges hold Article node ids.

``<scope>`` is a division code, or ``-`` when nothing in the article is linked.
"""

from __future__ import annotations

import re
import unicodedata

NO_SCOPE = "-"
_SPACE = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """The form two spellings of one name share: NFKC (full-width → half-width), no
    whitespace. Chinese has no case, but Latin letters in names (ABC银行) are folded too."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", name)).casefold()


def place_id(code: str) -> str:
    """The id of a place linked to the division code ``code``."""
    return f"place:{code}"


def unlinked_place_id(name: str, scope: str | None) -> str:
    """The id of a place not linked to a code, named ``name`` inside region ``scope``."""
    return f"place:{scope or NO_SCOPE}/{normalise_name(name)}"


def organization_id(name: str, scope: str | None) -> str:
    """The id of an organisation named ``name`` whose region has the code ``scope``."""
    return f"org:{scope or NO_SCOPE}/{normalise_name(name)}"


def person_id(name: str, unit: str) -> str:
    """The id of a person named ``name`` read in ``unit`` (a node id or an article id)."""
    return f"person:{unit}/{normalise_name(name)}"
