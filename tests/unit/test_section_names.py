"""No two headings of a report share a name (reader review 4, item 17: the contents listed "6.1 Rencana Tindak
Lanjut", BAB VI's follow-up on weak service elements, and "BAB X Rencana Tindak Lanjut")."""

from __future__ import annotations

import html
import re

import pytest

from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import results


def _headings(markup: str) -> list[str]:
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", h)).split()).lower()
            for h in re.findall(r"<h[1-4][^>]*>(.*?)</h[1-4]>", markup, flags=re.S)]


@pytest.mark.parametrize("slug", [PROVINCE_SLUG, "kesehatan"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_bab_vi_follow_up_is_named_apart_from_bab_x(contexts, slug, lang):
    ctx = contexts[(slug, lang)]
    chapter_x = re.sub(r"^(BAB|Chapter) [IVX]+ ", "", ctx.t("ch_followup")).lower()
    shown = _headings(results.communication(ctx))
    assert ctx.t("k_rtl_h").lower() in shown
    assert chapter_x not in shown, shown
    assert {"id": "tindak lanjut unsur layanan", "en": "follow-up on service elements"}[lang] in shown
