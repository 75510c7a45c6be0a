"""`ogi-extract --help` starts without the heavy modules: which modules it imports, not how long it takes.

Time is measured by `bench/startup.py`; here a fresh interpreter runs the
command and lists what it imported, so that a heavy import put back at the top
of `cli.py` (or of a module it imports) fails the test on any machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from ogi_extract.cli import LAZY_COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("pymupdf", "fitz", "pandas", "duckdb", "pyarrow", "pydantic", "rich", "numpy", "pdfplumber", "openpyxl")

_PROBE = """
import json, sys
from ogi_extract.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _imported(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=60, cwd=ROOT, check=True
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [["--help"], ["convert", "--help"]])
def test_help_imports_no_heavy_module(args: list[str]) -> None:
    modules = _imported(*args)
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert heavy == [], heavy
    ours = sorted(m for m in modules if m.startswith("ogi_extract"))
    assert "ogi_extract.checks" not in ours and "ogi_extract.models" not in ours, ours


def test_help_still_lists_every_command() -> None:
    result = _imported("--help")
    assert "ogi_extract.cli" in result
    ctx = click.Context(main)
    assert set(LAZY_COMMANDS) <= set(main.list_commands(ctx))


@pytest.mark.parametrize("name", sorted(LAZY_COMMANDS))
def test_the_help_line_of_a_lazy_command_is_its_docstring(name: str) -> None:
    command = main.get_command(click.Context(main), name)
    assert command is not None
    assert command.get_short_help_str(1000) == click.Command(name, help=LAZY_COMMANDS[name][2]).get_short_help_str(1000)
