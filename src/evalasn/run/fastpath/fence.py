"""The fence every fast-path module puts around what it replaces in a library: installed once per process, only
with the fast path on and the library at a version the module was checked against, and taken out again as it was.

A module makes one ``Fence`` and, in its ``install``, asks ``ready()`` before anything else, then calls ``replace``
for each attribute it swaps; ``uninstall`` is ``restore()`` (and the module's own caches cleared); ``installed`` is
``installed()``. ``originals`` holds, under the keys the module names, the library's own values its replacements
call (as they stood in the owner's ``__dict__``: a staticmethod or property as such).

Breaks if: nothing an upgrade can change (``setattr``/``delattr`` on modules and classes); each module states what
its own replacement relies on.
"""

from __future__ import annotations

import importlib
from typing import Any

from evalasn.run.fastpath import enabled

_ABSENT = object()  # an attribute the owner did not hold itself (inherited or new): taken out again on restore


def library_version(library: str) -> str:
    """A library's version: its module's ``__version__``, else its distribution's metadata."""
    found = getattr(importlib.import_module(library), "__version__", None)
    if isinstance(found, str):
        return found
    from importlib.metadata import version

    return version(library)


class Fence:
    """What one module replaced, to put back; ``library`` and ``versions``: the library whose version must start with
    one of ``versions`` (none: no version check)."""

    def __init__(self, library: str | None = None, versions: tuple[str, ...] = ()) -> None:
        self.library, self.versions = library, versions
        self.originals: dict[Any, Any] = {}
        self._replaced: list[tuple[Any, str, Any]] = []  # (owner, name, its own value or _ABSENT), in order

    def ready(self) -> bool:
        """Whether to install now: the fast path on, not installed yet, the library at a checked version."""
        if not enabled() or self._replaced:
            return False
        return self.library is None or library_version(self.library).startswith(self.versions)

    def replace(self, owner: Any, name: str, new: Any, key: Any = None) -> Any:
        """Set ``owner.name`` to ``new``; keeps the value it replaces (under ``key`` in ``originals`` too, when given)
        and returns it."""
        own = vars(owner).get(name, _ABSENT)
        original = own if own is not _ABSENT else getattr(owner, name, None)
        self._replaced.append((owner, name, own))
        if key is not None:
            self.originals[key] = original
        setattr(owner, name, new)
        return original

    def restore(self) -> None:
        """Every replaced attribute as it was, the last replaced first; ``originals`` emptied."""
        while self._replaced:
            owner, name, own = self._replaced.pop()
            if own is _ABSENT:
                delattr(owner, name)
            else:
                setattr(owner, name, own)
        self.originals.clear()

    def installed(self) -> bool:
        return bool(self._replaced)
