"""The named query library: one ``queries/<name>.cypher`` file per question analysts ask.

Each file opens with a ``//`` comment header, then the Cypher::

    // name: partners
    // zh: 某单位与哪些单位结对？…
    // en: Which units is a unit paired with …?
    // param: unit str — the unit: its id, name, an alias or its division code
    // param: limit int = 10 — how many units to list
    // columns: unit_id, unit, partner_id, …
    // example: pbkg query partners --param unit=高楼村

A parameter without ``= default`` is required; ``str`` defaults may be written ``""``.
A type written ``str{town,county,city}`` takes only those values.
The header is the single source of truth for the CLI's ``--list``, for typing the
``--param key=value`` strings, and for the README section the docs test checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

PARAM_TYPES: dict[str, type] = {"str": str, "int": int}

_HEADER_LINE = re.compile(r"^//\s*(name|zh|en|param|columns|example):\s*(.*?)\s*$")
_PARAM = re.compile(
    r"^(?P<name>\w+)\s+(?P<type>\w+)(?:\{(?P<choices>[^}]*)\})?"
    r"(?:\s*=\s*(?P<default>\S*))?\s+—\s+(?P<doc>.+)$"
)


class QueryError(ValueError):
    """A named query or one of its parameters is unknown or malformed."""


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str  # a key of PARAM_TYPES
    doc: str
    default: str | int | None = None  # None: the parameter is required
    choices: tuple[str, ...] = ()  # the only values a str parameter takes, when given

    @property
    def required(self) -> bool:
        return self.default is None

    def coerce(self, raw: str) -> str | int:
        """Type a command-line string; raise :class:`QueryError` when it does not parse."""
        if self.type == "int":
            try:
                return int(raw)
            except ValueError:
                raise QueryError(f"parameter {self.name!r} wants an integer, not {raw!r}") from None
        if self.choices and raw not in self.choices:
            # An unknown value would silently match nothing in both modes; say so instead.
            raise QueryError(f"parameter {self.name!r} is one of {', '.join(self.choices)}")
        return raw


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    question_zh: str
    question_en: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    example: str
    cypher: str  # the whole file, header included (comments are valid Cypher)

    def bind(self, raw: dict[str, str]) -> dict[str, Any]:
        """Typed parameters from ``key=value`` strings, defaults filled in.

        Raises :class:`QueryError` for an unknown or missing parameter or a bad value.
        """
        known = {p.name: p for p in self.params}
        unknown = sorted(set(raw) - set(known))
        if unknown:
            raise QueryError(f"{self.name}: unknown parameter(s) {', '.join(unknown)}")
        bound: dict[str, Any] = {}
        for p in self.params:
            if p.name in raw:
                bound[p.name] = p.coerce(raw[p.name])
            elif p.required:
                raise QueryError(f"{self.name}: missing parameter {p.name!r} ({p.doc})")
            else:
                bound[p.name] = p.default
        return bound


def parse_query(text: str) -> NamedQuery:
    """Parse one ``.cypher`` file; raise :class:`QueryError` when its header is incomplete."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        m = _HEADER_LINE.match(line)
        if not m:
            continue  # free comment lines explain the query; they are not header fields
        key, value = m.groups()
        if key == "param":
            params.append(_parse_param(value))
        else:
            fields[key] = value
    missing = [k for k in ("name", "zh", "en", "columns", "example") if not fields.get(k)]
    if missing:
        raise QueryError(f"query header lacks {', '.join(missing)}")
    return NamedQuery(
        name=fields["name"],
        question_zh=fields["zh"],
        question_en=fields["en"],
        params=tuple(params),
        columns=tuple(c.strip() for c in fields["columns"].split(",")),
        example=fields["example"],
        cypher=text,
    )


def _parse_param(spec: str) -> Param:
    m = _PARAM.match(spec)
    if not m or m["type"] not in PARAM_TYPES:
        raise QueryError(f"bad param line {spec!r}: want 'name type [= default] — doc'")
    default: str | int | None = None
    if m["default"] is not None:
        raw = m["default"]
        if m["type"] == "int":
            default = int(raw)
        else:
            default = raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] == '"' else raw
    choices = tuple(c.strip() for c in (m["choices"] or "").split(",") if c.strip())
    if choices and (m["type"] != "str" or (default is not None and default not in choices)):
        raise QueryError(f"bad param line {spec!r}: choices are for str, default among them")
    return Param(m["name"], m["type"], m["doc"], default, choices)


def load_queries() -> dict[str, NamedQuery]:
    """Every named query shipped in the ``queries`` package, by name (sorted).

    Raises :class:`QueryError` when a file's header is broken or its name does not match
    the file name (the CLI addresses queries by file name).
    """
    out: dict[str, NamedQuery] = {}
    for entry in sorted(resources.files("queries").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".cypher"):
            continue
        try:
            query = parse_query(entry.read_text(encoding="utf-8"))
        except QueryError as exc:
            raise QueryError(f"{entry.name}: {exc}") from None
        if f"{query.name}.cypher" != entry.name:
            raise QueryError(f"{entry.name}: header names it {query.name!r}")
        out[query.name] = query
    return out


def get_query(name: str) -> NamedQuery:
    """The named query ``name``; raise :class:`QueryError` listing the known names."""
    queries = load_queries()
    if name not in queries:
        raise QueryError(f"no query named {name!r}; known: {', '.join(queries)}")
    return queries[name]
