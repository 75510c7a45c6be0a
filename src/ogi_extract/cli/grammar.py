"""`ogi-extract grammars` (what is known, from where) and `ogi-extract grammar check FILE REPORT.pdf`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..grammar.loader import known_grammars, load_grammar
from .common import backend_option, grammar_dir_option


@click.command("grammars")
@grammar_dir_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def grammars_command(grammar_dirs: tuple[Path, ...], fmt: str) -> None:
    """List every grammar on the search path: --grammar-dir, then OGI_EXTRACT_GRAMMARS, then the shipped ones."""
    found = known_grammars(grammar_dirs)
    if fmt == "json":
        rows = [
            {
                "id": k.id,
                "origin": k.origin,
                "path": str(k.path),
                "title": k.title,
                "usable": k.error is None and k.shadowed_by is None,
                "error": k.error,
                "shadowed_by": str(k.shadowed_by) if k.shadowed_by else None,
            }
            for k in found
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max((len(k.id) for k in found), default=2)
    for k in found:
        note = ""
        if k.error:
            note = f"  (unusable: {k.error})"
        elif k.shadowed_by:
            note = f"  (hidden by {k.shadowed_by})"
        click.echo(f"{k.id:<{width}}  {k.origin:<20}  {k.path}{note}")


@click.group("grammar")
def grammar_group() -> None:
    """Tools for writing a grammar."""


@grammar_group.command("check")
@click.argument("grammar", metavar="FILE|ID")
@click.argument("report", type=click.Path(dir_okay=False, path_type=Path))
@backend_option
@grammar_dir_option
def check_command(grammar: str, report: Path, backend: str, grammar_dirs: tuple[Path, ...]) -> None:
    """How GRAMMAR fits REPORT.pdf: each pattern's matches, cell labels never seen, words left unassigned."""
    from ..layout import open_document
    from .grammar_check import check, render_check

    g = load_grammar(grammar, grammar_dirs)
    doc = open_document(report, backend=backend)
    click.echo(render_check(check(g, doc)), nl=False)
