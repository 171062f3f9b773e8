"""tools/check_names.py (part of `make lint`): a one-letter name bound in a statement fails; names inside
a comprehension or lambda, `_`, the catalogue's `t` and the statistical symbols of analysis/ pass."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from evalasn.paths import CODE_ROOT

_SPEC = importlib.util.spec_from_file_location("check_names", CODE_ROOT / "tools" / "check_names.py")
assert _SPEC is not None and _SPEC.loader is not None
check_names = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(check_names)


def _found(tmp_path: Path, source: str, relative: str = "report/example.py") -> list[str]:
    path = tmp_path / "example.py"
    path.write_text(source, encoding="utf-8")
    return check_names.problems(path, relative)


@pytest.mark.parametrize("source, kind, name", [
    ("x = 1\n", "variable", "x"),
    ("first, b = 1, 2\n", "variable", "b"),
    ("def scale(v):\n    return v\n", "parameter", "v"),
    ("def scale(*, k=1):\n    return k\n", "parameter", "k"),
    ("for i in range(3):\n    pass\n", "variable", "i"),
    ("try:\n    pass\nexcept ValueError as e:\n    pass\n", "except variable", "e"),
    ("with open('x') as f:\n    pass\n", "variable", "f"),
    ("from evalasn.report import html as H\n", "import alias", "H"),
    ("def g():\n    pass\n", "function", "g"),
    ("class C:\n    pass\n", "class", "C"),
    ("if (n := 3):\n    pass\n", "variable", "n"),
], ids=["assignment", "tuple-unpacking", "parameter", "keyword-only-parameter", "loop-variable", "except-as",
        "with-as", "import-alias", "function-name", "class-name", "walrus"])
def test_a_one_letter_name_bound_in_a_statement_is_reported(tmp_path, source, kind, name):
    found = _found(tmp_path, source)
    assert len(found) == 1 and f"{kind} '{name}'" in found[0] and "example.py:" in found[0]


@pytest.mark.parametrize("source, relative", [
    ("rows = [r for r in range(3)]\n", "report/example.py"),
    ("pairs = {k: v for k, v in {}.items()}\n", "report/example.py"),
    ("double = lambda v: 2 * v\n", "report/example.py"),
    ("for _ in range(3):\n    pass\n", "report/example.py"),
    ("def t(key, lang='id'):\n    return key\n", "report/words/text.py"),
    ("n = 10\nX = None\nG, p = 3, 0.05\n", "analysis/example.py"),
], ids=["list-comprehension", "dict-comprehension", "lambda", "underscore", "catalogue-lookup",
        "statistical-symbols-in-analysis"])
def test_allowed_names_pass(tmp_path, source, relative):
    assert _found(tmp_path, source, relative) == []


def test_statistical_symbols_are_allowed_only_in_analysis(tmp_path):
    assert _found(tmp_path, "n = 10\n", "report/example.py")


def test_the_package_path_decides_where_a_module_is(tmp_path):
    package = tmp_path / "src" / "pkg"
    (package / "analysis").mkdir(parents=True)
    for folder in (package, package / "analysis"):
        (folder / "__init__.py").write_text("", encoding="utf-8")
    module = package / "analysis" / "stats.py"
    module.write_text("n = 1\n", encoding="utf-8")
    assert check_names.package_relative(module) == "analysis/stats.py"
    assert check_names.main([str(package)]) == 0
