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
    """seaborn, imported without scipy.stats: seaborn loads it only for a KDE the report figures never
    draw (seaborn then falls back to its own copy), and loading it costs about a second in every
    report kernel. scipy.stats stays importable afterwards for anyone who needs it.

    Used by the fork server before it preloads the report code (every forked kernel inherits it), so
    it saves 0.4-0.7 s of CPU once per worker, in the background (seaborn after numpy, pandas and
    matplotlib: 0.72-1.04 s CPU, 0.26-0.40 s with it; 5 runs each); the smallest of the three tricks.
    Breaks if: seaborn makes scipy a hard import (ImportError in the fork server, which then says so
    and kernels start the plain way), or a figure starts using a KDE (seaborn's fallback gives the
    same curve; the byte-identity test would catch a difference)."""
    blocked = enabled() and "scipy.stats" not in sys.modules
    if blocked:
        sys.modules["scipy.stats"] = None  # type: ignore[assignment]  # None marks a module absent
    try:
        import seaborn
    finally:
        if blocked:
            del sys.modules["scipy.stats"]
    return seaborn
