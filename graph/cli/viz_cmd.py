"""`pbkg` commands of this area (being built; see the issue tracker)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
