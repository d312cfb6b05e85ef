"""The pbkg vocabulary: the few terms W3C ORG, PROV-O, schema.org and SKOS do not have.

The namespace is closed, like rdflib's ``FOAF``: ``PBKG.Pairing`` is a term, ``PBKG.Pairng``
raises ``AttributeError``, so a typo in the exporter fails at once instead of writing
a silently wrong IRI. Every term here is described, with its domain and range, in
``pbkg.ttl`` beside this module (a test keeps the two in step).
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

PBKG_NS = "https://w3id.org/pbkg/ns#"


class PBKG(DefinedNamespace):
    """Regional Party-building partnerships (区域化党建): pairings, places, provenance."""

    _fail = True
    _NS = Namespace(PBKG_NS)

    # Classes
    Pairing: URIRef  # a pairing (结对共建, 双百结对, 村居共建 …) between two units, with provenance
    Evidence: URIRef  # the sentence a pairing was read from: quotation, offsets, rule, confidence
    Village: URIRef  # a village (村): a schema:AdministrativeArea at village level
    ResidentsCommittee: URIRef  # an urban residents' committee (居委会, 居民区)
    Region: URIRef  # an administrative area above the village level (区, 县, 镇, 街道 …)

    # Properties
    pairedWith: URIRef  # symmetric shortcut: unit ↔ unit, one triple each way per pairing
    partner: URIRef  # Pairing → one of its two units
    kind: URIRef  # Pairing → the pairing word as written (结对帮扶, 党建联建 …)
    since: URIRef  # Pairing → the earliest year the pairing is said to date from (xsd:gYear)
    evidence: URIRef  # Pairing → an Evidence it was read from
    confidence: URIRef  # Pairing/Evidence → extraction confidence in [0, 1] (xsd:decimal)
    rule: URIRef  # Evidence → id of the extraction rule that read it
    start: URIRef  # Evidence → start offset of the quotation in the article as read
    end: URIRef  # Evidence → end offset (exclusive) of the quotation
    level: URIRef  # place → province | city | county | town | village
    subtype: URIRef  # organisation → finer kind (enterprise, school, party_org …)
    doc: URIRef  # article → the input file's name
    path: URIRef  # article → the input file's path as given to the build
    eventDate: URIRef  # article → the date its text gives for what it reports
