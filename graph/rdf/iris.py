"""IRIs for the exported graph: stable across runs, valid for any name.

Every resource gets its IRI from something that does not change between runs: places by
their official division code, everything else by the graph's stable node id (or, for
resources the graph has no node for — pairings, posts, evidence — by a hash of the ids
that define them). Ids are percent-encoded as UTF-8 with nothing but RFC 3986
"unreserved" characters left bare, so a name with spaces, ``<>"{}|\\^`` or full-width
punctuation still gives a valid IRI, and the same IRI in every serialisation.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import quote

DEFAULT_BASE_IRI = "https://example.org/pbkg/"

# Path segments under the base IRI, one per kind of resource. ``division/`` (by code)
# and ``place/`` (by id) are kept apart so a node id that happens to look like a
# division code can never collide with a coded place.
SEGMENTS: dict[str, str] = {
    "division": "division/",
    "place": "place/",
    "unit": "unit/",
    "person": "person/",
    "article": "article/",
    "pairing": "pairing/",
    "evidence": "evidence/",
    "post": "post/",
    "role": "role/",
    "review": "review/",
    "reviewer": "reviewer/",
}

# Characters that may not appear raw in an N-Triples/Turtle IRIREF (besides controls).
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`]')


def check_base_iri(base_iri: str) -> str:
    """Return ``base_iri`` if usable as a namespace, else raise ``ValueError``.

    It must be absolute (have a scheme), contain no character an IRI cannot hold raw, and
    end with ``/`` or ``#`` so that appending a segment gives a readable IRI.
    """
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base_iri):
        raise ValueError(f"base IRI must be absolute (start with a scheme): {base_iri!r}")
    if _IRI_FORBIDDEN.search(base_iri):
        raise ValueError(f"base IRI holds characters an IRI cannot contain: {base_iri!r}")
    if not base_iri.endswith(("/", "#")):
        raise ValueError(f"base IRI must end with '/' or '#': {base_iri!r}")
    return base_iri


def encode_segment(text: str) -> str:
    """Percent-encode ``text`` (UTF-8) so it is one safe IRI path segment.

    >>> encode_segment("高楼村 <1>")
    '%E9%AB%98%E6%A5%BC%E6%9D%91%20%3C1%3E'
    """
    return quote(text, safe="")


def escape_iri(iri: str) -> str:
    """Percent-encode only the characters an IRIREF forbids; a valid IRI is unchanged.

    Used for IRIs that come from the data (article URLs), which we must not rewrite
    beyond what makes them writable.

    >>> escape_iri("http://x.org/a b?q={1}")
    'http://x.org/a%20b?q=%7B1%7D'
    """
    return _IRI_FORBIDDEN.sub(lambda m: quote(m.group(0), safe=""), iri)


def digest(parts: Iterable[str]) -> str:
    """A short stable hash of ``parts`` (order matters), for resources without a node id.

    The parts are joined with a separator no id contains, so ("ab", "c") and ("a", "bc")
    differ. 80 bits keep collisions out of reach for any corpus this tool will see.
    """
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False)
    return h.hexdigest()[:20]
