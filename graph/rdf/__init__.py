"""RDF export: W3C ORG + PROV-O + schema.org + SKOS, with a small closed pbkg vocabulary.

This package is the only part of pbkg that imports rdflib. What is defined here is
importable without it (the CLI builds its options from it, `pbkg build` lists the
writer below), so that loading pbkg does not pay for rdflib until RDF is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.model import KnowledgeGraph

FORMATS: dict[str, str] = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "xml": ".rdf"}
"""Output formats and their file suffixes."""


def write_turtle(kg: KnowledgeGraph, path: str | Path) -> None:
    """Write the export of ``kg`` as Turtle to ``path``, atomically, under the default base
    IRI (the ``graph.ttl`` of ``pbkg build``). See :func:`graph.rdf.export.write_rdf`."""
    from graph.rdf.export import write_rdf

    write_rdf(kg, path, "turtle")
