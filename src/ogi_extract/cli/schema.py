"""`ogi-extract schema`: the JSON Schema of the records `convert` writes, or of a grammar file."""

from __future__ import annotations

import json

import click

from .group import epilog


@click.command(epilog=epilog("schema"))
@click.argument("what", type=click.Choice(["records", "grammar"]), default="records")
def schema(what: str) -> None:
    """Print the JSON Schema of `convert --format json` (records) or of a grammar file (grammar)."""
    if what == "grammar":
        from ..grammar.schema import grammar_json_schema

        click.echo(json.dumps(grammar_json_schema(), indent=2, ensure_ascii=False))
        return
    from ..models import Report

    click.echo(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))
