"""The fast path's page counters (evalasn.run.fastpath.page_counters): lists of page numbers made with one pagination
fewer, and the PDF WeasyPrint's own, for target pages, a page count and counter() beside target-counter."""

from __future__ import annotations

import pytest

from evalasn.run.fastpath import page_counters

SECTIONS = 14
LIST = "".join(f'<li><a href="#bagian-{i}">Bagian {i}</a></li>' for i in range(1, SECTIONS + 1))
BODY = "".join(f'<h2 id="bagian-{i}">Bagian {i}</h2>' + "<p>Isi bagian yang panjang.</p>" * (3 + i % 4)
               for i in range(1, SECTIONS + 1))
TARGET_PAGE = 'a::after { content: leader(".") " " target-counter(attr(href), page) }'
# the report's list (report.css), with a page footer of the page count, a box's own page counter beside the target's,
# and a page count alone (WeasyPrint 70 fails on target-counter(attr(href), pages) itself, with or without this)
CSS = {
    "target-page": TARGET_PAGE,
    "with-page-footer": TARGET_PAGE + ' @page { @bottom-center { content: counter(page) " / " counter(pages) } }',
    "own-counter": 'a::after { content: " " target-counter(attr(href), page) " (" counter(page) ")" }',
    "page-count": 'a::after { content: " dari " counter(pages) }',
}


def _document(css: str, sections: str = BODY) -> str:
    return (f'<html lang="id"><head><title>Uji</title><style>@page {{ size: A6; margin: 1cm }} {css} '
            f"h2 {{ break-before: page }}</style></head><body><nav><ol>{LIST}</ol></nav>{sections}</body></html>")


@pytest.fixture
def plain_weasyprint():
    """WeasyPrint's own code before and after each test."""
    page_counters.uninstall()
    yield
    page_counters.uninstall()


def _render(html: str, count: list | None = None) -> bytes:
    import weasyprint
    from weasyprint.layout import page

    if count is not None:
        own = page.remake_page

        def counted(*args, **kwargs):
            count.append(args[0])
            return own(*args, **kwargs)

        page.remake_page = counted
    try:
        return weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/a-3a")
    finally:
        if count is not None:
            page.remake_page = own


@pytest.mark.parametrize("css", CSS.values(), ids=CSS.keys())
def test_same_pdf_bytes_with_and_without(monkeypatch, plain_weasyprint, css):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    plain = _render(_document(css))
    page_counters.install()
    assert page_counters.installed()
    assert _render(_document(css)) == plain


def test_the_list_page_is_made_twice_not_three_times(monkeypatch, plain_weasyprint):
    """WeasyPrint makes the list's page a third time when only the page count it recorded changed (0 -> the count);
    the fast path gives it its page numbers after the first pagination and then leaves it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    plain: list[int] = []
    own_pdf = _render(_document(TARGET_PAGE), plain)
    page_counters.install()
    fast: list[int] = []
    assert _render(_document(TARGET_PAGE), fast) == own_pdf
    assert plain.count(0) == 3 and fast.count(0) == 2
    assert len(fast) == len(plain) - 1


def test_a_content_reading_its_own_counters_keeps_weasyprints_comparison(plain_weasyprint):
    page_counters.install()
    assert page_counters.prints_own_counters((("string", "x"), ("counter()", ("page", "decimal"))))
    assert page_counters.prints_own_counters("normal")
    assert not page_counters.prints_own_counters((("leader()", ("string", ".")), ("string", " "),
                                                   ("target-counter()", ((("attr()", ("href", "url", "")), "page"),
                                                                         "decimal"))))


def test_recorded_values_compare_on_the_named_counters_only():
    recorded = page_counters.PrintedCounters({"page": [3], "pages": [0]}, ["page"])
    assert not ({"page": [3], "pages": [39]} != recorded)  # the page's own dict on the left, as WeasyPrint compares
    assert {"page": [4], "pages": [0]} != recorded
    assert {"pages": [39]} != recorded  # the named counter gone
    assert dict(recorded) == {"page": [3], "pages": [0]} and recorded.copy() == {"page": [3], "pages": [0]}
