"""Fixtures shared by the integration modules."""

from __future__ import annotations

import shutil

import pytest

from tests.integration.helpers import cli


@pytest.fixture(scope="session")
def built_reports(tmp_path_factory, sample_raw):
    """The whole road once, as the Makefile runs it: clean, model, every report (Indonesian) with
    two workers, and the English provinsi report. Read-only for the tests that use it."""
    root = tmp_path_factory.mktemp("lengkap")
    shutil.copytree(sample_raw, root / "data" / "raw")
    cli(root, "clean")
    cli(root, "model")
    out = cli(root, "reports", "--workers", "2", "--quiet")
    cli(root, "report", "--dinas", "provinsi", "--bahasa", "en", "--quiet")
    return root, out
