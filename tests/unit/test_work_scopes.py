"""`make test` hands tests out to its two workers in scopes (tests/conftest.py, work_scope): a shared build
is made once, on one worker, only if every module that reads it is in the same scope."""

from __future__ import annotations

import re

import pytest

from evalasn.paths import CODE_ROOT
from tests.conftest import BUILT_REPORTS_MODULES, work_scope


def test_every_module_on_the_sessions_full_build_is_in_its_scope():
    readers = {f"tests/integration/{path.name}" for path in (CODE_ROOT / "tests" / "integration").glob("test_*.py")
               if "built_reports" in path.read_text(encoding="utf-8")}
    assert readers == set(BUILT_REPORTS_MODULES)


@pytest.mark.parametrize("nodeid, scope", [
    ("tests/integration/test_formats.py::test_index_links_every_format", "built_reports"),
    ("tests/integration/test_trust.py::test_no_nip_or_name_in_any_output", "built_reports"),
    ("tests/integration/test_makefile.py::test_desain_is_part_of_the_model_key[x]",
     "tests/integration/test_makefile.py"),
    ("tests/unit/test_fmt.py::test_number[1]", "tests/unit/test_fmt.py::test_number[1]"),
    ("tests/unit/test_english_text.py::test_english_numbers_agree[x]", "tests/unit/test_english_text.py"),
    ("tests/unit/test_gain_measure.py::test_with_the_model_the_reports_name_it[id-provinsi]",
     "tests/unit/test_gain_measure.py"),
], ids=["built-reports-reader", "built-reports-reader-via-fixture", "integration-module-whole", "unit-test-alone",
        "unit-module-with-a-module-fixture-whole", "unit-module-on-the-contexts-whole"])
def test_work_scope(nodeid, scope):
    assert work_scope(nodeid) == scope


def test_the_scheduler_still_asks_for_each_tests_scope():
    """conftest's scheduler overrides xdist's private LoadScopeScheduling._split_scope (the scope of a node id):
    an xdist upgrade that renames it would silently hand the shared builds to both workers."""
    from xdist.scheduler import LoadScopeScheduling  # type: ignore[import-untyped]

    assert callable(getattr(LoadScopeScheduling, "_split_scope", None))
    assert LoadScopeScheduling._split_scope(None, "tests/unit/test_fmt.py::test_number[1]") == \
        "tests/unit/test_fmt.py", "xdist's own split is by module; conftest's work_scope replaces it"


def test_every_unit_module_that_shares_a_build_is_handed_out_whole():
    """A unit module's module- or session-scoped fixture (or the unit conftest's ``contexts``) is built once, on
    one worker: every test of such a module is in the module's scope."""
    folder = CODE_ROOT / "tests" / "unit"
    sharing = {f"tests/unit/{path.name}" for path in folder.glob("test_*.py")
               if re.search(r'scope="(module|session)"', text := path.read_text(encoding="utf-8"))
               or re.search(r"^def test_\w+\([^)]*\bcontexts\b", text, re.M)}
    assert "tests/unit/test_english_text.py" in sharing and "tests/unit/test_fmt.py" not in sharing
    assert all(work_scope(f"{module}::test_x") == module for module in sharing)
