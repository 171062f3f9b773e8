"""The session's sample and its cleaned and modelled project are built once per run and shared by the xdist
workers (tests/conftest.py, built_once): one worker builds under a file lock, the others wait and read it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tests.conftest import assert_unchanged, built_once, folder_listing


class Workers:
    """Stands in for pytest's tmp_path_factory on two xdist workers of one run (popen-gw0, popen-gw1)."""

    def __init__(self, run: Path, worker: str):
        self.base = run / f"popen-{worker}"

    def getbasetemp(self) -> Path:
        return self.base


def test_the_first_worker_builds_and_the_other_waits_for_the_same_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    calls: list[str] = []

    def build(folder: Path) -> None:
        calls.append(threading.current_thread().name)
        time.sleep(0.3)  # the other worker asks while this one is still building
        (folder / "hasil.txt").write_text("siap", encoding="utf-8")

    found: dict[str, Path] = {}
    threads = [threading.Thread(target=lambda w=worker: found.update({w: built_once(Workers(tmp_path, w), "proyek",
                                                                                      build)}), name=worker)
               for worker in ("gw0", "gw1")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1, calls
    assert found["gw0"] == found["gw1"] == tmp_path / "shared-proyek"
    assert (found["gw1"] / "hasil.txt").read_text(encoding="utf-8") == "siap"  # the waiting one saw it complete
    assert not (found["gw0"] / "proyek.done").exists(), "the marker is beside the folder, not in its copies"


def test_a_folder_left_half_built_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    half = tmp_path / "shared-proyek"
    half.mkdir()
    (half / "sisa.txt").write_text("dari pekerja yang mati", encoding="utf-8")
    folder = built_once(Workers(tmp_path, "gw1"), "proyek", lambda root: (root / "hasil.txt").touch())
    assert sorted(p.name for p in folder.iterdir()) == ["hasil.txt"]


def test_without_xdist_the_folder_is_the_sessions_own(tmp_path_factory, monkeypatch):
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    folder = built_once(tmp_path_factory, "sendiri", lambda root: (root / "hasil.txt").touch())
    assert folder.parent == tmp_path_factory.getbasetemp() and (folder / "hasil.txt").exists()


def test_a_change_to_a_shared_folder_fails_the_session(tmp_path):
    (tmp_path / "a.csv").write_text("x\n1\n", encoding="utf-8")
    before = folder_listing(tmp_path)
    assert_unchanged(tmp_path, before)
    (tmp_path / "a.csv").write_text("x\n2\n", encoding="utf-8")
    (tmp_path / "baru.csv").touch()
    with pytest.raises(AssertionError, match=r"a test changed the shared .*\['a.csv', 'baru.csv'\]"):
        assert_unchanged(tmp_path, before)
