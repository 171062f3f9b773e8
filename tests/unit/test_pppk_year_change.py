"""LOOK30 B-1: the share of PPPK above the 24-JP cap (PP 49/2018 Pasal 39) went from 148 to 278 of the same 458 PPPK
in the province, and no sentence said so. The analysis now gives its change from last year, paired by person
(`tren[].selisih_tahun_lalu.pppk_di_atas_batas`, lower being better), and the finding says it."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import year_change
from evalasn.report.chapters import key_findings, pppk_cap


def _staff(jp: list[float], status: str = "PPPK", others: int = 5) -> pd.DataFrame:
    """PPPK with the given JP (ids p0, p1, …) and a few PNS, who are not counted."""
    rows = [{"pegawai_id": f"p{i}", "status": status, "jp": value} for i, value in enumerate(jp)]
    rows += [{"pegawai_id": f"n{i}", "status": "PNS", "jp": 40.0} for i in range(others)]
    return pd.DataFrame(rows)


CAP = constants.PPPK_JP_MAXIMUM_PER_YEAR
BEFORE = [CAP + 6.0] * 15 + [CAP - 4.0] * 31  # 15 of 46 above the cap
AFTER = [CAP + 6.0] * 28 + [CAP - 4.0] * 18  # 28 of the same 46


@pytest.mark.parametrize(("now", "before", "verdict"), [
    pytest.param(AFTER, BEFORE, False, id="more-above-the-cap-worse"),
    pytest.param(BEFORE, AFTER, True, id="fewer-above-the-cap-better"),
    pytest.param(BEFORE, BEFORE, None, id="the-same-no-verdict"),
])
def test_the_change_of_the_share_above_the_cap_is_paired_and_lower_is_better(now, before, verdict):
    found = year_change.pppk_change(_staff(now), _staff(before))
    assert found is not None and found["membaik"] is verdict and found["berpasangan"] and found["n_pasangan"] == 46
    above = lambda values: sum(value > CAP for value in values) / len(values)  # noqa: E731
    assert found["estimasi"] == pytest.approx(above(now) - above(before))


def test_too_few_pppk_give_no_change():
    """Under constants.MIN_N PPPK the share has no interval (stats.proportion_ci), nor has its change."""
    few = [CAP + 6.0] * 3 + [CAP - 4.0] * (constants.MIN_N - 4)
    assert year_change.pppk_change(_staff(few), _staff(few[::-1])) is None


def _hasil(change: dict | None) -> Any:
    return {"tahun": 2025, "tren": [{"tahun": 2025, "selisih_tahun_lalu": {"pppk_di_atas_batas": change}}]}


SHARE: Any = {"estimasi": 0.606987, "ci_bawah": 0.5615, "ci_atas": 0.6507, "cukup_data": True, "n": 458}
WORSE = {"estimasi": 0.283843, "ci_bawah": 0.228286, "ci_atas": 0.339399, "cukup_data": True, "membaik": False,
         "berpasangan": True, "n_pasangan": 458}


@pytest.mark.parametrize(("lang", "change", "said"), [
    pytest.param("id", WORSE, " Naik dari 32,3% pada 2024: memburuk (selisih +28,4 poin persen; rentang keyakinan "
                 "95%: 22,8 s.d. 33,9).", id="id-province-worse"),
    pytest.param("en", WORSE, " Up from 32.3% in 2024: worse (difference +28.4 percentage points; 95% CI: 22.8 to "
                 "33.9).", id="en-province-worse"),
    pytest.param("id", {**WORSE, "ci_bawah": -0.01, "membaik": None}, " Pada 2024: 32,3%; perubahannya belum pasti "
                 "(selisih +28,4 poin persen; rentang keyakinan 95%: −1,0 s.d. 33,9).", id="id-uncertain"),
    pytest.param("id", None, "", id="no-change-record"),
])
def test_the_pppk_finding_says_how_the_share_changed(lang, change, said):
    over = pppk_cap.Count(278, 458, SHARE, 1.37e9)
    assert key_findings.pppk_year_on_year(_hasil(change), over, lang) == said


def test_a_count_without_interval_says_no_change():
    over = pppk_cap.Count(4, 5, None, None)
    assert key_findings.pppk_year_on_year(_hasil(WORSE), over, "id") == ""


LAST_YEAR = {"estimasi": 0.323144, "ci_bawah": 0.2819, "ci_atas": 0.3671, "cukup_data": True, "n": 458, "jumlah": 148}


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", " Naik dari 32,3% (28,2% s.d. 36,7%; 148 dari 458 PPPK) pada 2024: memburuk (selisih +28,4 poin "
                 "persen; rentang keyakinan 95%: 22,8 s.d. 33,9; BAB VII, 7.1).", id="id"),
    pytest.param("en", " Up from 32.3% (28.2% to 36.7%; 148 of 458 PPPK) in 2024: worse (difference +28.4 percentage "
                 "points; 95% CI: 22.8 to 33.9; Chapter VII, 7.1).", id="en"),
])
def test_last_years_share_is_the_trend_tables_with_its_interval_and_count(lang, said):
    """LOOK31 C-1: '33,8%' bare beside findings whose last-year values carry their interval, and no table with the
    change: last year's share is the trend table's row (`tren[].pppk_di_atas_batas`), to which the finding points."""
    hasil: Any = {"tahun": 2025, "tren": [
        {"tahun": 2024, "pppk_di_atas_batas": LAST_YEAR},
        {"tahun": 2025, "pppk_di_atas_batas": {**SHARE, "jumlah": 278},
         "selisih_tahun_lalu": {"pppk_di_atas_batas": WORSE}}]}
    over = pppk_cap.Count(278, 458, SHARE, 1.37e9)
    assert key_findings.pppk_year_on_year(hasil, over, lang) == said
