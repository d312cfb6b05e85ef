"""Extraction: one Article → entities, PAIRED_WITH and HOLDS_POST relations."""
