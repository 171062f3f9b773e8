"""No one-letter names in the package (part of `make lint`; issue 15: one name per concept).

A name a reader meets in a statement (an assigned variable, a parameter, a loop or ``with``/``except``
variable, a function or class) says what it holds. Allowed:
- names inside a comprehension or a lambda (``[row.n for row in rows]``): they live for one expression;
- ``_`` for a value that is thrown away;
- in analysis/, the symbols of the statistical formulas the code implements, as the methods
  literature writes them (STATISTICAL_SYMBOLS): spelling them out (``number_of_clusters``) makes a
  formula harder to check against its source, not easier;
- ``t``, the text-catalogue lookup (report/words/text.py), the gettext ``_()`` of this project.

Usage: python tools/check_names.py src/evalasn  (exit code 1 and one line per name found)
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

# n, N: number of observations; k, K: number of tests or parameters; p: p-value, or the number of
# regressors (p = X.shape[1]); t: t statistic or quantile, or the period of ATT(g, t); z, Z: normal
# quantile; q: a quantile or critical value, or the FDR level q; x, y, X, Y: data, outcome, design
# matrix, outcome matrix; G: number of clusters; g: a cluster or cohort (ATT(g, t)), or Hedges' g.
STATISTICAL_SYMBOLS = frozenset("nNkKptzZqxyXYGg")
STATISTICAL_DIRS = ("analysis",)
CATALOGUE_LOOKUP = "t"

# The fields of the results contract's TypedDicts are the keys of hasil.json (``e``, the event time):
# their names are data, fixed by the file, not names a reader of the code chose.
DATA_KEY_DIRS = ("analysis/contract/",)

SCOPES = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Lambda)


def _bound(node: ast.AST) -> Iterator[tuple[str, str]]:
    """(name, what binds it) for each name ``node`` binds."""
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
        yield node.id, "variable"
    elif isinstance(node, ast.arg):
        yield node.arg, "parameter"
    elif isinstance(node, ast.ExceptHandler) and node.name:
        yield node.name, "except variable"
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        if node.name != CATALOGUE_LOOKUP:
            yield node.name, "function"
    elif isinstance(node, ast.ClassDef):
        yield node.name, "class"
    elif isinstance(node, ast.alias) and node.asname:
        yield node.asname, "import alias"
    elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
        yield node.name, "match capture"


def _walk_outside_comprehensions(node: ast.AST) -> Iterator[ast.AST]:
    yield node
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, SCOPES):
            yield from _walk_outside_comprehensions(child)


def problems(path: Path, relative: str) -> list[str]:
    """One line per one-letter name bound in ``path`` outside a comprehension or lambda."""
    allowed = {"_"} | (STATISTICAL_SYMBOLS if relative.startswith(STATISTICAL_DIRS) else set())
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    data_keys = {id(stmt.target) for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)
                 for stmt in cls.body if isinstance(stmt, ast.AnnAssign)}
    if not relative.startswith(DATA_KEY_DIRS):
        data_keys = set()
    found = []
    for node in _walk_outside_comprehensions(tree):
        if id(node) in data_keys:
            continue
        for name, kind in _bound(node):
            if len(name) == 1 and name not in allowed:
                found.append(f"{path}:{getattr(node, 'lineno', 0)}: {kind} '{name}' has one letter; "
                             "name what it holds")
    return found


def package_relative(path: Path) -> str:
    """``path`` inside its top-level package: src/evalasn/analysis/stats.py -> analysis/stats.py."""
    top = path.resolve().parent
    while (top.parent / "__init__.py").exists():
        top = top.parent
    return path.resolve().relative_to(top).as_posix()


def main(argv: list[str]) -> int:
    found: list[str] = []
    for root in map(Path, argv):
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            found += problems(path, package_relative(path))
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
