"""Every subcommand walked through every exit code it can return, in the one error style.

The README's table says which codes each command returns; `--help` of each
command lists exactly those (from `cli.COMMAND_CODES`). Here each command is run
on inputs that must give each of its codes, and the set of codes seen must be
the documented set: a code documented but never reached, or reached but not
documented, fails. Every error ends in one line `<file>: error: <what>`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

import badpdf as bad
from ogi_extract.cli import COMMAND_CODES, EXIT_CODES, main
from ogi_extract.errors import EXIT_NO_SUMMARY
from test_cli_files import documented_codes

ROOT = Path(__file__).resolve().parent.parent
INTERRUPTED = 130  # reached by a real Ctrl-C in tests/test_cli_files.py


@cache
def mini() -> bytes:
    return bad.select(bad.replica(), range(21, 26))


BUILD: dict[str, Callable[[], bytes]] = {
    "mini": mini,
    "random": lambda: bad.random_bytes(0),
    "encrypted": lambda: bad.encrypted(mini(), user_pw="rahasia"),
    "noise": lambda: bad.random_bytes(3, header=True),
    "zero-pages": bad.zero_pages,
    "scan": lambda: bad.scanned(mini(), [0]),
    "tables": bad.unrelated_tables,
    "5000-pages": lambda: bad.many_pages(5000),
}
INPUT_CODES = {"random": 3, "encrypted": 4, "noise": 5, "zero-pages": 6, "scan": 7, "tables": 8, "5000-pages": 9}


def test_the_readme_table_is_the_table_of_the_code() -> None:
    assert documented_codes() == {name: set(codes) for name, codes in COMMAND_CODES.items()}
    names = set(main.list_commands(click.Context(main))) - {"grammar"} | {"grammar check"}
    assert set(COMMAND_CODES) == names
    assert set().union(*COMMAND_CODES.values()) == {code for code, _ in EXIT_CODES}


@pytest.mark.parametrize("name", sorted(COMMAND_CODES))
def test_help_lists_the_codes_of_the_command(name: str) -> None:
    result = CliRunner().invoke(main, [*name.split(), "--help"], terminal_width=200)
    assert result.exit_code == 0
    listed = {int(m) for m in re.findall(r"^ +(\d+)  ", result.output.split("Exit codes:", 1)[1], re.M)}
    assert listed == set(COMMAND_CODES[name])


def _files(tmp: Path) -> dict[str, Path]:
    out = {}
    for name, build in BUILD.items():
        out[name] = tmp / f"{name}.pdf"
        out[name].write_bytes(build())
    return out


def _cases(f: dict[str, Path], tmp: Path) -> list[tuple[str, list[str | Path], int]]:
    """(command, arguments, the code they must give)."""
    out_dir = tmp / "out"
    out_dir.mkdir()
    cases: list[tuple[str, list[str | Path], int]] = []
    per_input = {
        "convert": lambda p: ["convert", p],
        "audit": lambda p: ["audit", p, "--fail-on", "none"],
        "inspect": lambda p: ["inspect", p, "-p", "1", "-o", tmp / "p.png"],
        "panel": lambda p: ["panel", p, "-o", tmp / "panel.csv"],
        "compare": lambda p: ["compare", f["mini"], p],
        "grammar check": lambda p: ["grammar", "check", "monev-2021", p],
    }
    for command, args in per_input.items():
        # pages 21-25 hold no front matter: nothing to audit is its own code, whatever --fail-on says
        cases.append((command, args(f["mini"]), EXIT_NO_SUMMARY if command == "audit" else 0))
        cases.append((command, [*args(f["mini"]), "--nosuch-option"], 2))
        cases.append((command, args(tmp / "nowhere.pdf"), 3))
        for name, code in INPUT_CODES.items():
            if command == "inspect" and code == 8:
                code = 0  # a page of no known edition is still drawn
            if command == "grammar check" and code == 8:
                continue  # the check says how the grammar fits, whatever the report
            cases.append((command, args(f[name]), code))
    for command in ("convert", "audit", "inspect", "panel", "compare"):
        cases.append((command, [*per_input[command](f["mini"]), "--grammar", "nosuch"], 0 if command == "inspect" else 10))
    cases += [
        ("grammar check", ["grammar", "check", "nosuch", f["mini"]], 10),
        ("convert", ["convert", f["mini"], "-o", out_dir], 11),
        ("convert", ["convert", f["mini"], "-o", tmp / "out.txt"], 2),
        ("audit", ["audit", f["mini"], "-o", out_dir], 11),
        ("audit", ["audit", ROOT / "samples" / "monev-2021" / "monev-2021.pdf", "--fail-on", "error"], 1),
        ("audit", ["audit", ROOT / "samples" / "monev-2021" / "monev-2021.pdf", "--fail-on", "none"], 0),
        ("audit", ["audit", f["mini"], "--format", "json", "--fail-on", "none"], EXIT_NO_SUMMARY),
        ("inspect", ["inspect", f["mini"], "-p", "1", "-o", out_dir], 11),
        ("panel", ["panel", f["mini"], "-o", out_dir / "x.csv" / "y.csv"], 11),
        ("compare", ["compare", f["mini"], f["mini"], "-o", out_dir], 11),
        ("batch", ["batch", f["mini"], "--to", "json", tmp / "json"], 0),
        ("batch", ["batch", f["mini"], f["random"], "--to", "json", tmp / "json2"], 1),
        ("batch", ["batch", f["mini"], "--to", "xml", tmp / "x"], 2),
        ("batch", ["batch", tmp / "nowhere.pdf", "--to", "json", tmp / "json3"], 3),
        ("batch", ["batch", f["mini"], "--grammar", "nosuch", "--to", "json", tmp / "json4"], 10),
        ("batch", ["batch", f["mini"], "--to", "json", f["random"]], 11),
        ("match", ["match", "KIP"], 0),
        ("match", ["match"], 2),
        ("schema", ["schema"], 0),
        ("schema", ["schema", "nosuch"], 2),
        ("grammars", ["grammars"], 0),
        ("grammars", ["grammars", "--format", "xml"], 2),
    ]
    return cases


# A defect met anywhere is exit code 1 and one line; each command meets one here.
DEFECTS: dict[str, tuple[str, list[str]]] = {
    "convert": ("ogi_extract.pipeline.read_document", ["convert", "{mini}"]),
    "audit": ("ogi_extract.pipeline.read_document", ["audit", "{mini}"]),
    "inspect": ("ogi_extract.visual.page.build_overlay", ["inspect", "{mini}", "-p", "1", "-o", "{tmp}/p.png"]),
    "panel": ("ogi_extract.pipeline.read_document", ["panel", "{mini}", "-o", "{tmp}/panel.csv"]),
    "compare": ("ogi_extract.pipeline.read_document", ["compare", "{mini}", "{mini}"]),
    "grammar check": ("ogi_extract.cli.grammar_check.check", ["grammar", "check", "monev-2021", "{mini}"]),
    "match": ("ogi_extract.match.cli.resolve", ["match", "KIP"]),
    "schema": ("ogi_extract.grammar.schema.grammar_json_schema", ["schema", "grammar"]),
    "grammars": ("ogi_extract.cli.grammar.known_grammars", ["grammars"]),
}


def _broken(*_args: object, **_kwargs: object) -> object:
    raise RuntimeError("a defect")


def _check_line(result: Result, code: int, args: list[str | Path]) -> None:
    """An error (2 to 11) is one line `<file>: error: <what>`, beside any `warning:` lines."""
    assert "Traceback" not in result.output, result.output
    if code in (0, 1):
        return
    lines = [ln for ln in result.stderr.splitlines() if not ln.startswith("warning: ")]
    assert len(lines) == 1 and re.match(r"^\S.*?: error: \S", lines[0]), (args, result.stderr)


def test_no_front_matter_is_one_line_and_its_own_code(tmp_path: Path) -> None:
    pdf = tmp_path / "detail-only.pdf"
    pdf.write_bytes(mini())
    result = CliRunner().invoke(main, ["audit", str(pdf), "--fail-on", "none"])
    assert result.exit_code == EXIT_NO_SUMMARY not in (0, 1)
    assert result.stdout == ""  # the one line says it all
    assert result.stderr.splitlines() == [
        f"{pdf}: error: no front matter found: nothing was audited, which is no clean bill"
    ]
    as_json = CliRunner().invoke(main, ["audit", str(pdf), "--format", "json"])
    assert as_json.exit_code == EXIT_NO_SUMMARY
    assert '"summary-missing"' in as_json.stdout


def test_every_command_through_every_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    files = _files(tmp_path)
    seen: dict[str, set[int]] = defaultdict(set)
    for command, args, code in _cases(files, tmp_path):
        result = CliRunner().invoke(main, [str(a) for a in args])
        assert result.exit_code == code, (command, args, result.exit_code, result.stderr, result.exception)
        _check_line(result, code, args)
        seen[command].add(code)
    import importlib

    for command, (target, template) in DEFECTS.items():
        module, attr = target.rsplit(".", 1)
        with monkeypatch.context() as patch:
            patch.setattr(importlib.import_module(module), attr, _broken)
            args = [a.format(mini=files["mini"], tmp=tmp_path) for a in template]
            result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, (command, result.stderr, result.exception)
        assert result.stderr.splitlines()[-1].endswith(
            "error: internal error: RuntimeError: a defect (run with --debug for the traceback)"
        ), result.stderr
        seen[command].add(1)
    seen["batch"].add(INTERRUPTED)
    assert dict(seen) == {name: set(codes) for name, codes in COMMAND_CODES.items()}
