"""The package's shape: layers that import one way, no cycle, files of one concern."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import helpers

PACKAGE = Path(helpers.__file__).resolve().parent
MAX_LINES = 600
# a module may import from its own layer and the layers listed after it, never before it
LAYERS = ["viz", "stats", "topics", "store", "pipeline", "nlp", "io"]
SAME_LEVEL = {"stats": {"topics"}, "topics": {"stats"}}  # topic shares use the bucket vocabulary
BASE = {"tables", "i18n"}  # importable from every layer


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(["helpers", *parts])


def imports_of(path: Path) -> set[str]:
    """helpers modules imported by a file (relative imports resolved)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("helpers"):
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("helpers"))
    return found


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}
GRAPH = {
    name: {target for target in imports_of(path) if target in MODULES and target != name}
    for name, path in MODULES.items()
}


def layer(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else None


@pytest.mark.parametrize("name", sorted(MODULES))
def test_file_stays_small(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{MODULES[name]} has {lines} lines"


def test_no_import_cycle():
    # the package's __init__ re-exports everything: leave it out, as Python imports it first
    graph = {name: deps - {"helpers"} for name, deps in GRAPH.items() if name != "helpers"}
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for dep in sorted(graph.get(name, ())):
            if state.get(dep) == 1:
                pytest.fail("import cycle: " + " -> ".join([*path, name, dep]))
            if dep not in state:
                visit(dep, [*path, name])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])


def test_layers_import_one_way():
    wrong = []
    for name, deps in GRAPH.items():
        own = layer(name)
        if own not in LAYERS:
            continue
        allowed = set(LAYERS[LAYERS.index(own) :]) | BASE | SAME_LEVEL.get(own, set())
        wrong += [f"{name} -> {dep}" for dep in deps if layer(dep) and layer(dep) not in allowed]
    assert wrong == []


def test_subpackages_and_public_api():
    subpackages = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert {"io", "pipeline", "nlp", "store", "stats", "topics", "viz", "eval"} <= subpackages
    assert isinstance(helpers.__all__, list) and len(helpers.__all__) > 90
