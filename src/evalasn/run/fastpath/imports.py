"""Optional modules marked absent (``sys.modules[name] = None``) so that a library skips work this
project never uses. Python documents a ``None`` entry as "import of this name fails with
ImportError"; both libraries below catch that and carry on without the optional feature.
"""

from __future__ import annotations

import sys
from types import ModuleType

from evalasn.run.fastpath import enabled


def skip_iri_grammar() -> None:
    """jsonschema (imported by nbformat, hence by papermill and nbconvert) compiles a lark grammar
    at import time for an IRI format check this project never uses (python-jsonschema#1428).

    Saves: 1.2-1.5 s of CPU in every process that runs or renders notebooks (the command line and
    each batch worker): importing nbformat's validator took 1.48-1.75 s CPU, 0.22-0.29 s with it
    (5 runs each, 29 Nov 2026). Breaks if: jsonschema makes rfc3987_syntax a hard dependency (the import then
    fails loudly), or nbformat starts checking "iri" formats (they would go unchecked)."""
    if enabled():
        sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]  # None marks a module absent


def seaborn_without_scipy_stats() -> ModuleType:
    """seaborn, imported without scipy.stats and scipy.cluster: seaborn loads scipy.stats only for a KDE the report
    figures never draw (seaborn then falls back to its own copy), and scipy.cluster (with scipy.spatial, linalg,
    sparse and special) only for ``clustermap``'s dendrograms; loading them costs about a second in every report
    kernel. scipy.stats stays importable afterwards for anyone who needs it; ``clustermap`` gets scipy's hierarchy
    when it first uses it (``seaborn.matrix.hierarchy`` a module loaded on first use, fenced to seaborn 0.13).

    Used by the fork server before it preloads the report code (every forked kernel inherits it), so
    it saves 0.4-0.7 s of CPU once per worker, in the background (seaborn after numpy, pandas and
    matplotlib: 0.72-1.04 s CPU, 0.26-0.40 s with it; 5 runs each); the smallest of the three tricks. scipy.cluster
    too: the server's preloading 1.47 -> 1.19 CPU-s (bench/README.md, 6 Dec 2026).
    Breaks if: seaborn makes scipy a hard import (ImportError in the fork server, which then says so
    and kernels start the plain way), or a figure starts using a KDE (seaborn's fallback gives the
    same curve; the byte-identity test would catch a difference); seaborn.matrix stops reading ``hierarchy`` and
    ``_no_scipy`` as module globals when called (tests/unit/test_fastpath_imports.py draws a clustermap)."""
    blocked = [name for name in seaborn_skips() if enabled() and name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # None marks a module absent
    try:
        import seaborn
    finally:
        for name in blocked:
            del sys.modules[name]
    if "scipy.cluster" in blocked:
        _lazy_hierarchy(seaborn)
    return seaborn


SEABORN_VERSIONS = ("0.13.",)  # the seaborn whose matrix module _lazy_hierarchy was checked against


def seaborn_skips() -> tuple[str, ...]:
    """The scipy modules seaborn is imported without: scipy.cluster only on the seaborn checked."""
    from importlib.metadata import version

    return ("scipy.stats", "scipy.cluster") if version("seaborn").startswith(SEABORN_VERSIONS) else ("scipy.stats",)


class _LazyModule(ModuleType):
    """A module imported when one of its attributes is first read."""

    def __getattr__(self, attribute: str):
        import importlib

        return getattr(importlib.import_module(self.__name__), attribute)


def _lazy_hierarchy(seaborn: ModuleType) -> None:
    """seaborn.matrix as if scipy's hierarchy had been imported: its ``clustermap`` imports it when called."""
    matrix = sys.modules["seaborn.matrix"]
    matrix.hierarchy = _LazyModule("scipy.cluster.hierarchy")  # type: ignore[attr-defined]
    matrix._no_scipy = False  # type: ignore[attr-defined]
