"""The ``pbkg`` command line: a thin layer over the library.

Each command module parses its arguments, makes one library call and prints; heavy
libraries are imported inside the commands so that ``pbkg --help`` stays instant.
"""

from __future__ import annotations

import atexit
import importlib
import os
import sys
import threading
from typing import Any, NoReturn

import click

from pbkg.numerics import pin_numeric_kernels

# Before any command imports numpy: `pbkg train` gives the same model bytes on every
# machine only with the same numeric kernels (pbkg.numerics).
pin_numeric_kernels()

# Each command's module, imported when the command is asked for (:meth:`_Cli.get_command`):
# importing all eight (queries' library, the Neo4j and graph settings, the RDF and page
# exporters' options) cost every ``pbkg extract`` process ~0.03 CPU-s for commands it
# never runs. ``pbkg --help`` lists them all, so it imports them all.
COMMAND_MODULES: dict[str, str] = {
    "read": "read_cmd",
    "extract": "extract_cmd",
    "eval": "extract_cmd",
    "train": "extract_cmd",
    "build": "build_cmd",
    "load": "build_cmd",
    "query": "query_cmd",
    "cypher": "query_cmd",
    "export": "export_cmd",
    "viz": "viz_cmd",
    "review": "review_cmd",
    "neo4j": "neo4j_cmd",
}


class _Cli(click.Group):
    """The command group, ending any command on an error the user can fix (a file that
    cannot be read or written, a graph.json that is not one) with one line on stderr,
    ``Error: PATH: reason``, and exit status 1, instead of a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(cmd_name)
        if module is not None and cmd_name not in self.commands:
            for command in importlib.import_module(f"pbkg.cli.{module}").COMMANDS:
                self.add_command(command)
        return self.commands.get(cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        from ingest import regex_cache

        regex_cache.save_at_exit()  # a pbkg process's patterns, compiled for the next
        try:
            return super().invoke(ctx)
        except Exception as exc:
            message = user_error(exc)
            if message is None:
                raise  # a bug: keep its traceback
            raise click.ClickException(message) from None


def user_error(exc: BaseException) -> str | None:
    """One line (path and reason) for an error the user can fix, else None."""
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    if isinstance(exc, OSError):
        return str(exc)
    io = sys.modules.get("graph.io")  # not loaded: no command read a graph file
    if io is not None and isinstance(exc, io.GraphFileError):
        return str(exc)
    return None


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pbkg")
def cli() -> None:
    """pbkg: a knowledge graph of regional Party-building partnerships (区域化党建)."""


def main() -> None:
    """The ``pbkg`` console script: run the command, then end the process without the
    interpreter's teardown (:func:`exit_now`)."""
    try:
        cli(prog_name="pbkg")
    except SystemExit as exc:  # click ends every command, failed or not, with one
        exit_now(exc.code)
    exit_now(0)


def exit_now(code: str | int | None) -> NoReturn:
    """End the process with ``code`` (as ``sys.exit`` takes it) once its work is out:
    standard streams flushed and ``atexit`` functions run (the compiled-pattern cache is
    saved there), but without the interpreter's teardown, which frees every module, table
    and cache one object at a time — about 0.13 CPU-s after ``pbkg extract`` (the prefix
    dictionary, the gazetteer, the memo caches), some 6 % of a whole extraction process,
    for memory the system takes back at once. Falls back to ``sys.exit`` when another
    thread still runs (a normal exit waits for it) or a stream cannot be flushed (a
    normal exit reports that), and under a profiler, tracer or debugger (``python -m
    cProfile``, coverage, pdb), which write their results after the program returns."""
    if threading.active_count() > 1 or sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)
    atexit._run_exitfuncs()  # as at a normal exit, and only once: it empties the list
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): the message on stderr, status 1
        print(code, file=sys.stderr, flush=True)
        status = 1
    os._exit(status)
