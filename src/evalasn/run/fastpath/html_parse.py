"""WeasyPrint's HTML parser (tinyhtml5) with its pattern cache working; the same parse.

``tinyhtml5.inputstream.HTMLUnicodeInputStream.chars_until`` keeps the regular expression it builds for a set of
characters in the module's ``characters_until_regex``, but stores it under the wrong key: its chained assignment
``characters = characters_until_regex[(characters, opposite)] = regex`` binds ``characters`` to the pattern first,
so the entry is keyed by the pattern and the next lookup by the characters misses again. Every call (one per run of
text, attribute value and tag name: ~3,900 per agency report's HTML) builds the pattern's source character by
character and looks it up in ``re``'s own cache. ``install`` puts a dict in the module's place whose missing keys
build the same pattern and keep it under the key looked up, so the lookup finds it from the second call on and the
faulty store is never reached.

Saves: HTML parsing of the PDF (``tinyhtml5.parse`` of the report page WeasyPrint reads, best of 7 in one process):
kesehatan 0.046 -> 0.028 CPU-s, provinsi 0.069 -> 0.041 (see ``bench/README.md``, tenth session): ~0.4 CPU-s per
batch.

Fenced to tinyhtml5 2.1 (``TINYHTML5_VERSIONS``); ``EVALASN_FASTPATH=0`` or another version keeps the module's own
dict. Breaks if: tinyhtml5 renames the cache or builds its patterns another way (tests/unit/test_fastpath_html.py
compares each pattern with the one tinyhtml5 builds and the parse tree of a report page with and without).
"""

from __future__ import annotations

import re

from evalasn.run.fastpath.fence import Fence

TINYHTML5_VERSIONS = ("2.1.",)

_FENCE = Fence("tinyhtml5", TINYHTML5_VERSIONS)


class PatternCache(dict):
    """``characters_until_regex`` that builds a missing pattern as ``chars_until`` does and keeps it."""

    def __missing__(self, key):
        characters, opposite = key
        source = "".join([f"\\x{ord(character):02x}" for character in characters])
        if not opposite:
            source = f"^{source}"
        pattern = self[key] = re.compile(f"[{source}]+")
        return pattern


def install() -> None:
    """The working cache (once per process; nothing on another tinyhtml5 or when off)."""
    if not _FENCE.ready():
        return
    from tinyhtml5 import inputstream

    if not isinstance(getattr(inputstream, "characters_until_regex", None), dict):
        return
    _FENCE.replace(inputstream, "characters_until_regex", PatternCache())


def uninstall() -> None:
    """tinyhtml5's own dict again (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()
