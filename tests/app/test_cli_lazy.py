"""``pbkg extract`` imports only its own command module: the other commands' modules
(queries, Neo4j, exporters, pages) load when their command is asked for."""

import subprocess
import sys

from pbkg.cli import COMMAND_MODULES, cli


def test_extract_help_imports_no_other_command_module() -> None:
    code = (
        "import sys\n"
        "from pbkg.cli import cli\n"
        "try:\n"
        "    cli(['extract', '--help'], prog_name='pbkg')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('pbkg.cli.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "['pbkg.cli.extract_cmd']"


def test_every_command_is_found_in_the_module_named() -> None:
    import click

    ctx = click.Context(cli)
    assert cli.list_commands(ctx) == sorted(COMMAND_MODULES)
    for name in COMMAND_MODULES:
        command = cli.get_command(ctx, name)
        assert command is not None and command.name == name
    assert cli.get_command(ctx, "no-such-command") is None
