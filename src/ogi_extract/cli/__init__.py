"""The `ogi-extract` command: convert, batch, inspect, schema (and audit, match, panel, compare).

The group, its exit codes and error handling are in `group`; the options and
helpers the commands share in `common`; each command in a module named after
it. Commands owned by other stages are loaded when named (`LAZY_COMMANDS`).
"""

from __future__ import annotations

from . import batch, convert, inspect, schema
from .common import STDIN, read_stdin, write_out
from .group import COMMAND_CODES, EXIT_CODES, LAZY_COMMANDS, epilog, input_named, main

main.add_command(convert.convert)
main.add_command(schema.schema)
main.add_command(inspect.inspect_command)
main.add_command(batch.batch)

__all__ = [
    "COMMAND_CODES",
    "EXIT_CODES",
    "LAZY_COMMANDS",
    "STDIN",
    "epilog",
    "input_named",
    "main",
    "read_stdin",
    "write_out",
]
