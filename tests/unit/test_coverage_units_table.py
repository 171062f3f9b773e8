"""LOOK37 L-5: the coverage recommendation quoted each unit's coverage ("Suku Dinas Perhubungan Jakarta Timur 23,1%
(11,0–42,1; 26 ASN)"), figures in no table: Tabel 3 gives only 20 JP per unit. BAB II now has a table of the units
with the lowest coverage (coverage_rule.coverage_table), each with its share, interval and ASN, and the small units
together when the recommendation names them; the recommendation cites it by its number (html.table_ref)."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest

from evalasn.report.chapters import coverage_rule, html
from evalasn.report.formats.render import number_and_list


def _share(k: int, n: int) -> dict:
    from evalasn.analysis.stats import proportion_ci
    return {**proportion_ci(k, n), "jumlah": k}


def _hasil(slug: str = "perhubungan") -> Any:
    return {"cakupan": {"slug": slug, "nama": "Dinas Perhubungan"},
            "pelaksanaan": {"cakupan_asn": _share(163, 226),
                            "cakupan_unit_terendah": [
                                {"dinas": slug, "unit_kerja": "Suku Dinas Perhubungan Jakarta Timur",
                                 "cakupan": _share(6, 26)},
                                {"dinas": slug, "unit_kerja": "Bidang Pengembangan", "cakupan": _share(10, 18)}],
                            "cakupan_unit_kecil": {**_share(3, 8), "n_unit": 1}}}


def _cells(table: str) -> list[str]:
    cells = re.findall(r"<td[^>]*>(.*?)</td>", table)
    return [unescape(re.sub(r"<[^>]+>", "", cell)).replace("\xa0", " ") for cell in cells]


def test_every_unit_figure_the_recommendation_quotes_is_in_the_table():
    hasil = _hasil()
    table = coverage_rule.coverage_table(hasil, "id")
    text = coverage_rule.coverage_recommendation(hasil, "id", 100.0)[0]
    cells = _cells(table)
    assert cells[:3] == ["Suku Dinas Perhubungan Jakarta Timur", "26", "23,1% (11,0–\u206042,1)"]
    assert "satu unit kecil (< 10 ASN)" in cells and "8" in cells
    for quoted in re.findall(r"(\d+,\d%) \((\d+,\d)–\u2060(\d+,\d); (\d+) ASN\)", text):
        share, low, high, n = quoted
        assert f"{share} ({low}–\u2060{high})" in cells and n in cells


@pytest.mark.parametrize(("lang", "cited"), [("id", "(BAB II, Tabel 1)."), ("en", "(Chapter II, Table 1).")])
def test_the_recommendation_cites_the_table_by_its_number(lang, cited):
    hasil = _hasil()
    body = coverage_rule.coverage_table(hasil, lang) + html.para(
        coverage_rule.coverage_recommendation(hasil, lang, 100.0)[0])
    assert cited in number_and_list(body, lang)


def test_the_province_report_has_no_such_table():
    assert coverage_rule.coverage_table(_hasil("provinsi"), "id") == ""
