"""The README is the user's manual: every command the CLI offers is documented there."""

from __future__ import annotations

from pathlib import Path

import click

from pbkg.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[str]:
    paths = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):  # the commands' modules load when asked
        command = group.get_command(ctx, name)
        assert command is not None, name
        path = (*prefix, name)
        paths.append(" ".join(path))
        if isinstance(command, click.Group):
            paths.extend(_command_paths(command, path))
    return paths


def test_every_cli_command_is_documented_in_the_readme() -> None:
    missing = [p for p in _command_paths(cli) if f"pbkg {p}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_the_quick_start_is_exactly_the_two_make_commands() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "make demo" in quick_start
    assert "make test" in quick_start


def test_ci_runs_the_readme_test_command() -> None:
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
