"""The package's import graph: no circles in report/ or ingest/, and no module of report/ imports a
layer above its own (src/evalasn/report/__init__.py lists the layers). Imports inside functions
count too: an import moved into a function to dodge a circle is still the circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from evalasn.paths import CODE_ROOT

PACKAGE = CODE_ROOT / "src" / "evalasn"

# report/, bottom to top: a module may import its own layer and those below, never one above.
REPORT_LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"words", "config", "cells", "published_plan"}),  # sentences, formats; settings; cell marks; last plan
    frozenset({"context"}),
    frozenset({"facts"}),
    frozenset({"charts"}),
    frozenset({"chapters"}),
    frozenset({"formats"}),
    frozenset({"evaluator"}),
)


def module_names(package: Path) -> dict[str, Path]:
    """Every module below ``package`` by its dotted name (``evalasn.report.words.fmt``)."""
    names = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """The modules of ``known`` that the module ``name`` at ``path`` imports, anywhere in its body."""
    found: set[str] = set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's own package
                anchor = name.split(".")[: len(name.split(".")) - node.level + (1 if is_package else 0)]
                base = ".".join(anchor + ([base] if base else []))
            # "from package import module" names a module; "from module import function" the module itself
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        found.update(target for target in targets if target in known and target != name)
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    modules = module_names(package)
    known = set(modules)
    return {name: imports_of(path, name, known) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]], prefix: str) -> list[list[str]]:
    """Import circles among the modules whose names start with ``prefix`` (package __init__ files,
    imported by every import of a sub-module, are left out: they import nothing here)."""
    inside = {name: {t for t in targets if t.startswith(prefix)} for name, targets in graph.items()
              if name.startswith(prefix)}
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(inside.get(name, ())):
            if state.get(target) == 1:
                found.append(path[path.index(target):] + [target])
            elif target not in state:
                visit(target, path + [target])
        state[name] = 2

    for name in sorted(inside):
        if name not in state:
            visit(name, [name])
    return found


def report_layer(name: str) -> int:
    """The layer of a module of evalasn.report (its sub-package, or its own name at the top)."""
    part = name.split(".")[2]
    return next(rank for rank, members in enumerate(REPORT_LAYERS) if part in members)


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(PACKAGE)


@pytest.mark.parametrize("prefix", ["evalasn.report.", "evalasn.ingest.", "evalasn."],
                         ids=["report", "ingest", "whole-package"])
def test_no_import_circles(graph, prefix):
    assert cycles(graph, prefix) == []


def test_every_report_module_has_a_layer(graph):
    report = [name for name in graph if name.startswith("evalasn.report.")]
    unplaced = [name for name in report if not any(name.split(".")[2] in members for members in REPORT_LAYERS)]
    assert len(report) > 25 and unplaced == []


def test_no_report_module_imports_a_layer_above_its_own(graph):
    upward = sorted(f"{name} -> {target}" for name, targets in graph.items() if name.startswith("evalasn.report.")
                    for target in targets
                    if target.startswith("evalasn.report.") and report_layer(target) > report_layer(name))
    assert upward == []


@pytest.mark.parametrize("lower, upper", [
    ("evalasn.ingest.", ("evalasn.analysis", "evalasn.report", "evalasn.run")),
    ("evalasn.analysis.", ("evalasn.report", "evalasn.run")),
    ("evalasn.report.", ("evalasn.run", "evalasn.ingest")),
], ids=["ingest", "analysis", "report"])
def test_stages_import_no_stage_above_them(graph, lower, upper):
    assert sorted(f"{name} -> {target}" for name, targets in graph.items() if name.startswith(lower)
                  for target in targets if target.startswith(upper)) == []


# --- the checker itself, on a small package written here ------------------------------------------
def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for relative, source in {"__init__.py": "", **files}.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(source, encoding="utf-8")
    return root


@pytest.mark.parametrize("files, expected", [
    ({"a.py": "from pkg import b\n", "b.py": "import pkg.a\n"}, [["pkg.a", "pkg.b", "pkg.a"]]),
    ({"a.py": "def late():\n    from pkg.b import thing\n", "b.py": "from pkg.a import late\n"},
     [["pkg.a", "pkg.b", "pkg.a"]]),
    ({"sub/__init__.py": "", "sub/a.py": "from . import b\n", "sub/b.py": "from .a import x\n"},
     [["pkg.sub.a", "pkg.sub.b", "pkg.sub.a"]]),
    ({"a.py": "from pkg import b\n", "b.py": "import os\n"}, []),
], ids=["module-import", "import-inside-a-function", "relative-import", "no-circle"])
def test_the_checker_finds_a_planted_circle(tmp_path, files, expected):
    assert cycles(import_graph(_package(tmp_path, files)), "pkg.") == expected
