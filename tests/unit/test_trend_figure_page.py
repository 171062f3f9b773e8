"""BAB VII's trend figure and 7.2 with its targets table share a printed page (LOOK26 X-8): at 3.9 in tall the figure
with its five-line caption left 12 pt too little for the Indonesian Tabel 12 (one line longer than the English), so
the figure stood alone on a half-empty page and 7.2 with its table on the next, in every id agency report. Laid out by
WeasyPrint with report.css as the chapter ends: a page of text (7.1's table) the figure does not fit under, the figure
at the next page's top, 7.2's heading, its table, the closing rows held together (report.chapters.page_tail)."""

from __future__ import annotations

import pytest

from evalasn.report.chapters import comparison, html, page_tail


def _pages(ctx) -> int:
    import weasyprint

    from evalasn.paths import TEMPLATES

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    text = [html.para("kata " * 75) for _ in range(6)]  # 30 lines: the figure does not fit under them
    parts = [*text, comparison.trend_figure(ctx), html.heading(3, ctx.t("pos_targets_h")),
             comparison.targets_table(ctx)]
    page = (f'<html lang="{ctx.lang}"><head><style>{css}</style></head><body><main class="laporan">'
            f'<section class="chapter">{"".join(page_tail.hold(parts))}</section></main></body></html>')
    return len(weasyprint.HTML(string=page).render().pages)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_trend_figure_and_the_targets_table_share_a_page(contexts, lang):
    assert _pages(contexts[("kesehatan", lang)]) == 2  # the text's page, then the figure with 7.2 and its table
