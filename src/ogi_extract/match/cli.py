"""`ogi-extract match NAME...`: show what names resolve to, to check or grow a registry.

A user who meets an unknown implementer in a new report wants to see, before
converting, what the resolver makes of it and which entries come close; the same
command with `--registry` shows the effect of their own additions.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import OgiError, error_line
from ..models import Resolution
from .registry import Registry
from .resolver import resolve


def _registry(path: Path | None, replace: bool) -> Registry:
    if path is None:
        if replace:
            raise click.UsageError("--replace needs --registry FILE")
        return Registry.default()
    own = Registry.load(path)
    return own if replace else Registry.default().extend(own)


def _text_line(name: str, res: Resolution) -> str:
    if res.status == "matched":
        found = f"{res.id} ({res.kind})"
    elif res.status == "ambiguous":
        found = "ambiguous: " + ", ".join(res.candidates) + (f" (all {res.kind})" if res.kind else "")
    else:
        found = "unknown" + (": near " + ", ".join(res.candidates) if res.candidates else "")
    how = f"{res.method} {res.score:.1f}" if res.method else "-"
    return f"{name}\t{found}\t{how}"


@click.command("match")
@click.argument("names", nargs=-1, required=True)
@click.option(
    "--registry",
    "registry_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A registry JSON file (a list of {id, name, kind, aliases}) added to the shipped one.",
)
@click.option("--replace", is_flag=True, help="Use --registry instead of the shipped registry, not beside it.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one tab-separated line per name; json: a list of resolutions.",
)
@click.pass_context
def match_command(
    ctx: click.Context, names: tuple[str, ...], registry_path: Path | None, replace: bool, fmt: str
) -> None:
    """Resolve implementer NAMEs against the registry of implementers."""
    try:
        registry = _registry(registry_path, replace)
    except OgiError as exc:
        click.echo(error_line(exc, registry_path), err=True)
        ctx.exit(exc.exit_code)
    results = [(name, resolve(name, registry)) for name in names]
    if fmt == "json":
        payload = [{"name": name, **res.model_dump(mode="json")} for name, res in results]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for name, res in results:
            click.echo(_text_line(name, res))
