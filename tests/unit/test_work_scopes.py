"""`make test` hands tests out to its two workers in scopes (tests/conftest.py, work_scope): a shared build
is made once, on one worker, only if every module that reads it is in the same scope."""

from __future__ import annotations

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
], ids=["built-reports-reader", "built-reports-reader-via-fixture", "integration-module-whole", "unit-test-alone"])
def test_work_scope(nodeid, scope):
    assert work_scope(nodeid) == scope


def test_the_scheduler_still_asks_for_each_tests_scope():
    """conftest's scheduler overrides xdist's private LoadScopeScheduling._split_scope (the scope of a node id):
    an xdist upgrade that renames it would silently hand the shared builds to both workers."""
    from xdist.scheduler import LoadScopeScheduling  # type: ignore[import-untyped]

    assert callable(getattr(LoadScopeScheduling, "_split_scope", None))
    assert LoadScopeScheduling._split_scope(None, "tests/unit/test_fmt.py::test_number[1]") == \
        "tests/unit/test_fmt.py", "xdist's own split is by module; conftest's work_scope replaces it"
