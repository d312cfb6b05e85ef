"""What the loader hands the Neo4j driver: the same bytes on the wire as plain lists,
without the repr of every row (the driver builds its debug line before asking whether
the debug log is on)."""

from __future__ import annotations

import io

from neo4j._codec.packstream.v1 import Packer

from graph.neo4j.loader import quiet_params


def packed(value: object) -> bytes:
    out = io.BytesIO()
    Packer(out).pack(value)
    return out.getvalue()


def test_quiet_parameters_pack_to_the_same_bytes_and_print_short() -> None:
    rows = [{"a": "4:x:1", "p": {"name": "某某公司", "articles": ["a1", "a2"], "n": 2.5}}] * 500
    params = {"rows": rows, "aid": "a1"}
    quiet = quiet_params(params)
    assert packed(("q", quiet, {})) == packed(("q", params, {}))
    assert quiet["rows"] == rows and quiet["rows"] is not rows  # a copy the loader may clear
    assert len(repr(dict(quiet))) < 60
