"""The fence every fast-path module installs through (evalasn.run.fastpath.fence): once, only when on and at a
checked version, and everything put back as it was."""

from __future__ import annotations

import importlib
import sys
import types

import pytest

from evalasn.run import fastpath
from evalasn.run.fastpath import fence
from evalasn.run.fastpath.fence import Fence

# every module that replaces a library's attributes through a Fence, with what its install replaces
FENCED = ["contexts", "docx_runs", "docx_zip", "figures", "flow", "glyph_bitmaps", "glyphs", "html_parse", "lengths",
          "line_breaks", "markers", "page_counters", "pdf", "sheet_files", "sheet_rows", "styles", "text_layouts",
          "ticks"]


class Base:
    def inherited(self):
        return "base"


class Owner(Base):
    def own(self):
        return "own"

    @staticmethod
    def static():
        return "static"

    @property
    def prop(self):
        return "prop"


@pytest.fixture
def library(monkeypatch):
    """A stand-in library at version 7.2.1, importable by name."""
    module = types.ModuleType("evalasn_fence_lib")
    setattr(module, "__version__", "7.2.1")  # noqa: B010  (a module mypy types)
    setattr(module, "function", lambda: "library")  # noqa: B010
    monkeypatch.setitem(sys.modules, "evalasn_fence_lib", module)
    return module


@pytest.mark.parametrize(("switch", "versions", "ready"), [
    pytest.param("1", ("7.2.",), True, id="on-checked-version"),
    pytest.param("1", ("7.3.", "8."), False, id="on-other-version"),
    pytest.param("0", ("7.2.",), False, id="off"),
])
def test_ready_only_when_on_and_at_a_checked_version(monkeypatch, library, switch, versions, ready):
    monkeypatch.setenv(fastpath.SWITCH, switch)
    assert Fence("evalasn_fence_lib", versions).ready() is ready


def test_ready_once_then_restored_as_it_was(monkeypatch, library):
    monkeypatch.setenv(fastpath.SWITCH, "1")
    original = library.function
    guard = Fence("evalasn_fence_lib", ("7.",))
    assert guard.ready() and not guard.installed()
    assert guard.replace(library, "function", lambda: "fast", key="function") is original
    assert library.function() == "fast" and guard.originals["function"] is original
    assert guard.installed() and not guard.ready()  # once per process
    guard.restore()
    assert library.function is original and not guard.installed() and guard.originals == {}
    assert guard.ready()  # and may be installed again


def test_restore_puts_back_what_the_owner_held_itself(monkeypatch):
    """A staticmethod or property comes back as such, an inherited method is inherited again (not copied onto the
    class), a new attribute is gone, and the values the replacements call are the callable ones."""
    monkeypatch.setenv(fastpath.SWITCH, "1")
    own = vars(Owner).copy()
    guard = Fence()
    assert guard.ready()
    guard.replace(Owner, "own", lambda self: "fast", key="own")
    guard.replace(Owner, "static", staticmethod(lambda: "fast"), key="static")
    guard.replace(Owner, "prop", property(lambda self: "fast"), key="prop")
    guard.replace(Owner, "inherited", lambda self: "fast", key="inherited")
    guard.replace(Owner, "added", "new")
    item = Owner()
    assert (item.own(), item.static(), item.prop, item.inherited(), getattr(item, "added")) == ("fast",) * 4 + ("new",)  # noqa: B009
    assert guard.originals["own"](item) == "own" and guard.originals["inherited"](item) == "base"
    assert isinstance(guard.originals["static"], staticmethod) and isinstance(guard.originals["prop"], property)
    guard.restore()
    assert dict(vars(Owner)) == own
    assert (item.own(), item.static(), item.prop, item.inherited()) == ("own", "static", "prop", "base")


def test_version_from_the_module_or_the_distribution(monkeypatch, library):
    assert fence.library_version("evalasn_fence_lib") == "7.2.1"
    from importlib.metadata import version

    assert fence.library_version("tinyhtml5") == version("tinyhtml5")


@pytest.mark.parametrize("name", FENCED)
def test_each_module_installs_through_its_fence_and_takes_everything_out(monkeypatch, name):
    """Switched on, a module's install replaces something and its uninstall puts every attribute back; switched off,
    it replaces nothing (the modules' own tests check what the replacements do)."""
    module = importlib.import_module(f"evalasn.run.fastpath.{name}")
    assert isinstance(module._FENCE, Fence)
    was_installed = module.installed()
    module.uninstall()
    try:
        monkeypatch.setenv(fastpath.SWITCH, "0")
        module.install()
        assert not module.installed()
        monkeypatch.setenv(fastpath.SWITCH, "1")
        module.install()
        replaced = list(module._FENCE._replaced)
        assert module.installed() and replaced
        assert all(getattr(owner, attribute) is not None for owner, attribute, _ in replaced)
        module.uninstall()
        assert not module.installed()
        for owner, attribute, held in replaced:
            if held is fence._ABSENT:
                assert attribute not in vars(owner)
            else:
                assert vars(owner)[attribute] is held
    finally:
        if was_installed:
            module.install()
