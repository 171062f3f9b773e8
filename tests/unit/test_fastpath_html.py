"""The fast path's HTML parser cache (evalasn.run.fastpath.html_parse): tinyhtml5 finds the pattern it built before,
each pattern is the one tinyhtml5 builds, and a report page parses to the same tree."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from evalasn.run.fastpath import html_parse

PAGE = ('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Uji &amp; coba</title>'
        "<style>p { color: red } /* <b> */</style></head><body>"
        "<p class=num data-label='Nilai 2025'>1.234,5 &lt; 2&nbsp;000 <br> baris</p>"
        '<table><tr><td class="num">3</td><td>teks "kutip" dan \'kutip\'</td></tr></table>'
        "<!-- catatan --><img src=a.png alt=gambar><svg><text>x</text></svg>"
        "<script>if (a < b && c > d) {}</script><textarea>\x00</textarea><![CDATA[x]]></body></html>")


@pytest.fixture
def plain_tinyhtml5():
    """tinyhtml5's own dict before and after each test."""
    html_parse.uninstall()
    yield
    html_parse.uninstall()


def _tree(text: str) -> bytes:
    import tinyhtml5

    return ElementTree.tostring(tinyhtml5.parse(text))


def test_same_tree_with_and_without(plain_tinyhtml5):
    plain = _tree(PAGE)
    html_parse.install()
    assert html_parse.installed()
    assert _tree(PAGE) == plain


def test_the_cache_is_hit_after_the_first_call(plain_tinyhtml5, monkeypatch):
    from tinyhtml5 import inputstream

    html_parse.install()
    built = []
    original = html_parse.PatternCache.__missing__

    def counted(self, key):
        built.append(key)
        return original(self, key)

    monkeypatch.setattr(html_parse.PatternCache, "__missing__", counted)
    _tree(PAGE)
    first = len(built)
    _tree(PAGE)
    assert first > 0 and len(built) == first  # the second parse builds no pattern
    assert all(not isinstance(characters, re.Pattern) for characters, _ in inputstream.characters_until_regex)


@pytest.mark.parametrize("characters", [
    pytest.param(("&", "<", "\u0000"), id="text"),
    pytest.param(frozenset("\t\n\x0c\r "), id="spaces"),
    pytest.param(">", id="one-character"),
    pytest.param(frozenset(("&", ">", '"', "'", "=", "<", "`", "\u0000")), id="attribute-value"),
])
@pytest.mark.parametrize("opposite", [False, True], ids=["until", "while"])
def test_each_pattern_is_the_one_tinyhtml5_builds(plain_tinyhtml5, monkeypatch, characters, opposite):
    """The pattern tinyhtml5's own code leaves in its dict (under the wrong key) for the same characters."""
    from tinyhtml5 import inputstream

    monkeypatch.setattr(inputstream, "characters_until_regex", {})

    class Stream(inputstream.HTMLUnicodeInputStream):
        def __init__(self) -> None:
            self.chunk, self.chunk_size, self.chunk_offset = "", 0, 0

        def read_chunk(self):
            return False

    Stream().chars_until(characters, opposite)
    (own,) = inputstream.characters_until_regex.values()
    assert html_parse.PatternCache()[(characters, opposite)].pattern == own.pattern
