"""The architecture, as a test: imports point one way and never in a circle.

Every module of the five packages is parsed with :mod:`ast` and every import it holds
is counted — at the top, inside functions (the lazy imports that keep start-up cheap)
and under ``TYPE_CHECKING`` — because a function-local import is still a dependency:
it only hides a circle from the interpreter, not from the reader.

The layers, lowest first (a module may import its own layer and the ones below)::

    ingest (model, atomicio, lexicon, segment)  ◄─ ingest.read, ingest.places
        ◄─ ingest.extract  ◄─ graph  ◄─ queries, viz  ◄─ pbkg

Layers on one level (read and places; queries and viz) do not import each other, and
nothing imports pbkg, the application.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ingest", "graph", "queries", "viz", "pbkg")

# Layer name → level. A module belongs to the layer of its longest matching prefix.
LAYERS: dict[str, int] = {
    "ingest": 0,  # the values and doors every ingest stage shares
    "ingest.read": 1,
    "ingest.places": 1,
    "ingest.extract": 2,
    "graph": 3,
    "queries": 4,
    "viz": 4,
    "pbkg": 5,
}

# Each third-party library stays behind one door (a module, or a package prefix).
DOORS: dict[str, tuple[str, ...]] = {
    "jieba": ("ingest.segment",),
    "opencc": ("ingest.read.simplify",),
    "lxml": ("ingest.read.html",),
    "ahocorasick": ("ingest.places.match",),
    "networkx": ("graph.model", "queries.embedded"),
    "neo4j": ("graph.neo4j",),  # graph.neo4j_store, or a graph.neo4j package
    "rdflib": ("graph.rdf",),
    "pypinyin": ("graph.rdf",),
    "pyvis": ("viz.html",),
    "click": ("pbkg.cli",),
}


def find_modules(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Dotted module name → source file, for every ``.py`` file of ``packages``."""
    out = {}
    for pkg in packages:
        for path in sorted((root / pkg).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


def imported_names(module: str, path: Path) -> set[str]:
    """Every dotted name ``module`` imports, wherever the import statement stands.
    ``from a.b import c`` gives ``a.b.c`` (c may be a module or a name in a.b)."""
    names = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: climb from the module's own package
                anchor = package
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                base = f"{anchor}.{base}" if base else anchor
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def import_graph(modules: Mapping[str, Path]) -> dict[str, set[str]]:
    """Module → the project modules it imports (the deepest module each name is in)."""

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph = {}
    for module, path in modules.items():
        targets = {owner(n) for n in imported_names(module, path)}
        graph[module] = {t for t in targets if t is not None and t != module}
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The import circles: strongly connected components of more than one module
    (Tarjan's algorithm), each sorted, in sorted order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def layer_of(module: str, layers: Mapping[str, int]) -> str:
    best = ""
    for name in layers:
        if (module == name or module.startswith(name + ".")) and len(name) > len(best):
            best = name
    return best


def layer_violations(graph: Mapping[str, set[str]], layers: Mapping[str, int]) -> list[str]:
    """``importer -> imported`` for every import that points up or sideways."""
    bad = []
    for module in sorted(graph):
        own = layer_of(module, layers)
        for target in sorted(graph[module]):
            theirs = layer_of(target, layers)
            if theirs != own and layers[theirs] >= layers[own]:
                bad.append(f"{module} ({own}) -> {target} ({theirs})")
    return bad


def door_violations(modules: Mapping[str, Path], doors: Mapping[str, tuple[str, ...]]) -> list[str]:
    """``module -> library`` for every third-party import outside the library's door."""
    bad = []
    for module, path in sorted(modules.items()):
        for name in sorted(imported_names(module, path)):
            library = name.split(".")[0]
            allowed = doors.get(library)
            if allowed is not None and not module.startswith(allowed):
                bad.append(f"{module} -> {library} (door: {', '.join(allowed)})")
    return bad


@pytest.fixture(scope="module")
def project() -> tuple[dict[str, Path], dict[str, set[str]]]:
    modules = find_modules(ROOT, PACKAGES)
    return modules, import_graph(modules)


def test_every_module_belongs_to_a_layer(project) -> None:
    modules, _ = project
    assert len(modules) > 50
    assert not [m for m in modules if not layer_of(m, LAYERS)]


def test_no_import_cycles_between_modules(project) -> None:
    _, graph = project
    assert cycles(graph) == []


def test_imports_follow_the_layer_order(project) -> None:
    _, graph = project
    assert layer_violations(graph, LAYERS) == []


def test_each_third_party_library_stays_behind_its_door(project) -> None:
    modules, _ = project
    assert door_violations(modules, DOORS) == []


# The checker itself, on an invented tree: it must see what it is there to see.


def _tree(tmp_path: Path, files: dict[str, str]) -> dict[str, Path]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return find_modules(tmp_path, ["low", "high"])


def test_a_circle_held_by_a_function_local_import_is_found(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "low/__init__.py": "",
            "low/a.py": "from low.b import f\n",
            "low/b.py": "def f():\n    from . import c\n",
            "low/c.py": "def g():\n    import low.a\n",
            "low/d.py": "from low import a\n",
        },
    )
    assert cycles(import_graph(modules)) == [["low.a", "low.b", "low.c"]]


def test_an_upward_import_and_a_sideways_one_are_found(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "low/__init__.py": "",
            "low/left.py": "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from low.right import X\n",
            "low/right.py": "def f():\n    import high.app\n",
            "high/__init__.py": "",
            "high/app.py": "from low.left import *\n",
        },
    )
    layers = {"low": 0, "low.left": 1, "low.right": 1, "high": 2}
    assert layer_violations(import_graph(modules), layers) == [
        "low.left (low.left) -> low.right (low.right)",
        "low.right (low.right) -> high.app (high)",
    ]


def test_a_library_outside_its_door_is_found(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "low/__init__.py": "",
            "low/door.py": "import jieba.posseg\n",
            "low/other.py": "def f():\n    from jieba import cut\n",
        },
    )
    assert door_violations(modules, {"jieba": ("low.door",)}) == [
        "low.other -> jieba (door: low.door)"
    ]
