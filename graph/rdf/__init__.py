"""RDF export: W3C ORG + PROV-O + schema.org, with a small closed pbkg vocabulary."""
