"""LOOK37 L-6: Perhubungan's and Dispora's plans carried the province's RESISTENSI row as "… (dari baris RESISTENSI
rencana provinsi)", a target to sign (Dispora ≤ 5,6% against 14,6% today) under their own 5.1, where the link of
resistance to the gain is "belum jelas (rentang memuat nol)". The carried row now says the finding is the province's,
with the province's estimate, and that the agency's own estimate is not clear, with it."""

from __future__ import annotations

import pytest

from evalasn.report.chapters import province_rows


def _hasil(est: float, low: float, high: float, n: int) -> dict:
    slope = {"estimasi": est, "ci_bawah": low, "ci_atas": high, "n": n, "cukup_data": True}
    return {"tantangan": {"resistensi": {"gain_per_poin_resistensi": slope}}}


PROVINCE = _hasil(-1.6, -1.8, -1.4, 7811)
PERHUBUNGAN = _hasil(-0.6, -1.4, 0.1, 471)


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "dari baris RESISTENSI rencana provinsi: temuannya temuan provinsi (resistensi lebih tinggi berkaitan "
           "dengan kenaikan nilai lebih kecil: −1,6 poin per poin resistensi, rentang keyakinan 95%: −1,8 s.d. −1,4; "
           "n = 7.811); "
           "estimasi dinas ini sendiri belum jelas (rentangnya memuat nol): −0,6 poin per poin resistensi (rentang "
           "keyakinan 95%: −1,4 s.d. 0,1; n = 471)"),
    ("en", "from row RESISTENSI of the province plan: the finding is the province's (higher resistance goes with a "
           "smaller gain: −1.6 points per point of resistance, 95% CI: −1.8 to −1.4; n = 7,811); this agency's own "
           "estimate is not clear "
           "(its interval includes zero): −0.6 points per point of resistance (95% CI: −1.4 to 0.1; n = 471)"),
])
def test_a_carried_resistance_row_says_whose_finding_it_is(lang, said):
    from types import SimpleNamespace

    from evalasn.report.words.text import t
    ctx = SimpleNamespace(lang=lang, hasil=PERHUBUNGAN, province_results=PROVINCE)
    row = SimpleNamespace(rule="rec_resist", code="RESISTENSI", action="")
    text = province_rows.action(ctx, row, "")  # type: ignore[arg-type]
    assert text == f"{t('fu_rec_resist', lang)}; {said}"
