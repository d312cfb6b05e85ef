"""RDF export: W3C ORG + PROV-O + schema.org + SKOS, with a small closed pbkg vocabulary.

This package is the only part of pbkg that imports rdflib. What is defined here is
importable without it (the CLI builds its options from it), so that loading pbkg does
not pay for rdflib until RDF is written; :mod:`graph.rdf.export` holds the writers.
"""

from __future__ import annotations

FORMATS: dict[str, str] = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "xml": ".rdf"}
"""Output formats and their file suffixes."""
