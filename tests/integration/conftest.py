"""Fixtures shared by the integration modules."""

from __future__ import annotations

import shutil

import pytest

from tests.integration.helpers import cli


@pytest.fixture(scope="session")
def built_reports(tmp_path_factory, pipeline_root):
    """The whole road once, as the Makefile runs it: clean and model (the session's pipeline_root, which the
    command line built: not run a second time), every report (Indonesian) with two workers, and the English
    provinsi report. Read-only for the tests that use it."""
    root = tmp_path_factory.mktemp("lengkap")
    shutil.copytree(pipeline_root, root, dirs_exist_ok=True)
    out = cli(root, "reports", "--workers", "2", "--quiet")
    cli(root, "report", "--dinas", "provinsi", "--bahasa", "en", "--quiet")
    return root, out
