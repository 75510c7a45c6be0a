"""The import graph of `src/ogi_extract`: the stages are layered, and no module imports itself round a cycle.

Read with `ast` (nothing is imported): every `import` and `from ... import` in
a module, at its top or inside a function, is an edge; imports under
`if TYPE_CHECKING:` are annotations only and are left out. Each module belongs
to a layer (by its longest listed name); it may import its own layer and the
layers below, never one above, so that a stage never depends on what reads
its output. A new package must be given a layer here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "ogi_extract"

# Low to high: the order in which a report is made (see README, Architecture).
LAYERS: list[tuple[str, list[str]]] = [
    ("foundation", ["errors", "limits", "models", "interrupts", "progress"]),
    ("layout", ["layout", "match"]),  # the page model (scans read into it too: `layout.scan`); the name registry (a leaf)
    ("furniture", ["furniture"]),
    ("page order", ["sequence"]),
    ("tables", ["tables"]),
    ("grammar and records", ["grammar"]),
    ("front matter", ["frontmatter"]),
    ("judging", ["checks"]),
    ("pipeline", ["bookkeeping", "pipeline"]),
    ("outputs", ["export"]),
    ("applications", ["batch", "outcomes", "workers", "sinks", "panel", "visual", "synth", "bench"]),
    ("commands", ["cli", "console", ""]),  # "": the package's own __init__
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted((SRC / PACKAGE).rglob("*.py"))}


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node outside `if TYPE_CHECKING:` blocks."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *_runtime_nodes(child)])
            continue
        yield node
        yield from _runtime_nodes(node)


def _resolve(target: str) -> str:
    """The module a dotted name is: itself, or the package it is an attribute of."""
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target


def imports(module: str) -> set[str]:
    """The modules of the package that `module` imports when it runs."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                stem = ".".join([*base, *([node.module] if node.module else [])])
            else:
                stem = node.module or ""
            names = [f"{stem}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        out.update(_resolve(n) for n in names if n.split(".")[0] == PACKAGE)
    out.discard(module)
    out.discard("")
    return out


GRAPH = {m: imports(m) for m in MODULES}


def layer(module: str) -> int:
    """The index of the module's layer: the longest listed name it is, or is inside."""
    rest = module.removeprefix(PACKAGE).removeprefix(".")
    best: tuple[int, int] | None = None
    for index, (_name, members) in enumerate(LAYERS):
        for member in members:
            if rest == member or (member and rest.startswith(member + ".")):
                score = len(member) + (1 if rest == member else 0)
                if best is None or score > best[0]:
                    best = (score, index)
    assert best is not None, f"{module} has no layer: add it to LAYERS"
    return best[1]


def test_every_module_has_a_layer() -> None:
    for module in MODULES:
        layer(module)


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return [
        f"{m} ({LAYERS[layer(m)][0]}) imports {t} ({LAYERS[layer(t)][0]})"
        for m, targets in sorted(graph.items())
        for t in sorted(targets)
        if layer(t) > layer(m)
    ]


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of imports, by depth-first search for a back edge; None when there is none."""
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        path.append(m)
        for t in sorted(graph.get(m, ())):
            if state.get(t) == 1:
                return path[path.index(t) :] + [t]
            if t not in state and (found := visit(t)):
                return found
        path.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (cycle := visit(m)):
            return cycle
    return None


def test_no_module_imports_a_layer_above_its_own() -> None:
    assert upward_imports(GRAPH) == []


def test_no_import_cycles() -> None:
    cycle = find_cycle(GRAPH)
    assert cycle is None, " -> ".join(cycle or [])


def test_the_contract_catches_what_it_forbids() -> None:
    """A stage importing the pipeline, and two modules importing each other, are both found."""
    bad = {"ogi_extract.tables.page": {"ogi_extract.pipeline"}, "ogi_extract.pipeline": {"ogi_extract.tables.page"}}
    assert upward_imports(bad) == ["ogi_extract.tables.page (tables) imports ogi_extract.pipeline (pipeline)"]
    assert find_cycle(bad) == ["ogi_extract.pipeline", "ogi_extract.tables.page", "ogi_extract.pipeline"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from .tables import split_page", {"ogi_extract.tables"}),
        ("from .grammar.records import Assembler", {"ogi_extract.grammar.records"}),
        ("if TYPE_CHECKING:\n    from .checks import Finding", set()),
        ("def f():\n    from .checks import audit", {"ogi_extract.checks"}),
    ],
)
def test_imports_are_read_as_they_run(source: str, expected: set[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The graph reader itself: relative names resolved, type-only imports left out, late imports kept."""
    monkeypatch.setitem(MODULES, "ogi_extract.probe", tmp_path / "probe.py")
    (tmp_path / "probe.py").write_text(source, encoding="utf-8")
    assert imports("ogi_extract.probe") == expected
