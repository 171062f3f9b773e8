"""An earned effect of the declared intervention names its money, so the summary's by-money order places it, and
the recommendation to extend it gives the extension's cost at this year's price (CHECK10 C10-9: set C province,
'Perluas pelatihan “layanan prima”' without its Rp 607,5 juta, sorted below a Rp 108 juta finding)."""

from __future__ import annotations

from typing import Any, cast

import pytest

from evalasn.analysis import did
from evalasn.analysis.contract import Hasil
from evalasn.report.chapters import key_findings
from evalasn.report.words import intervention_cost
from tests.panel import simulate

MONEY: dict[str, Any] = {"n_kegiatan_intervensi": 25, "biaya_intervensi_rp": 607_500_000.0,
                         "biaya_kegiatan_tahun_rp": 1_965_095_000.0}


def _record(trained: int = 25, comparison: int = 23, **chosen: Any) -> Any:
    return {"intervensi": {"teks": "layanan prima", "dipilih": True, **chosen},
            "efek": {"unit_dilatih": trained, "unit_pembanding": comparison}}


@pytest.mark.parametrize("lang,finding,extension", [
    ("id", "Biaya pelatihan “layanan prima” 2025: Rp 608 juta untuk 25 kegiatan (31% biaya kegiatan 2025; "
           "Rp 24,3 juta per unit dilatih).",
     " Perkiraan biaya perluasan pada biaya tahun ini: Rp 559 juta (Rp 24,3 juta per unit dilatih × 23 unit "
     "pembanding)."),
    ("en", "Cost of the “layanan prima” training in 2025: Rp 608 million for 25 activities (31% of the 2025 "
           "activity cost; Rp 24.3 million per trained unit).",
     " Expected cost of the extension at this year's cost: Rp 559 million (Rp 24.3 million per trained unit × "
     "23 comparison units)."),
], ids=["id", "en"])
def test_the_intervention_s_money_in_words(lang, finding, extension):
    record = _record(**MONEY)
    program = "pelatihan “layanan prima”" if lang == "id" else "the “layanan prima” training"
    assert intervention_cost.finding_sentence(record, program, 2025, lang) == finding
    assert intervention_cost.extension_sentence(record, lang) == extension


@pytest.mark.parametrize("record", [_record(), _record(0, 5, **MONEY), {"intervensi": {"dipilih": False, **MONEY}}],
                         ids=["no-cost-recorded", "no-trained-unit", "none-declared"])
def test_no_money_words_without_their_figures(record):
    assert intervention_cost.figures(record) is None
    assert intervention_cost.finding_sentence(record, "x", 2025, "id") == ""
    assert intervention_cost.extension_sentence(record, "id") == ""


def _earned_hasil() -> Hasil:
    p = simulate(11, n_treated=15, n_control=15, effect=6.0, shock_sd=0.5)
    chosen: Any = {"teks": "K-PROG", "dipilih": True, **MONEY}
    out: Any = did.impact(p.outcome, "y", p.pegawai, p.part, 2025, intervensi=chosen)
    assert out["putusan"]["boleh_kausal"], out["putusan"]
    return cast(Hasil, {"tahun": 2025, "parameter": {"intervensi": "K-PROG"},
                        "level4_hasil": {"did_ikm": out, "did_kinerja": []}})


def test_the_earned_finding_is_ordered_by_its_money():
    hasil = _earned_hasil()
    found = key_findings.intervention(hasil, [], "id")
    assert found is not None and found.rupiah == 607_500_000.0
    assert "Rp 608 juta untuk 25 kegiatan (31% biaya kegiatan 2025" in found.text, found.text
    pppk = key_findings.Finding("pppk", "PPPK", "", rupiah=107_600_000.0)
    assert [f.kind for f in key_findings.by_consequence([pppk, found])] == ["intervensi", "pppk"]


def test_the_model_counts_the_intervention_s_activities_of_the_year():
    import pandas as pd

    from evalasn.analysis import treatment

    year = pd.DataFrame({"kegiatan_id": ["K1", "K2", "K3"], "anggaran_rp": [100.0, 50.0, None]})
    chosen = treatment.money({"teks": "x", "dipilih": True}, {"K1", "K3", "K9"}, year)
    assert (chosen.get("n_kegiatan_intervensi"), chosen.get("biaya_intervensi_rp"),
            chosen.get("biaya_kegiatan_tahun_rp")) == (2, 100.0, 150.0)
    assert treatment.money({"teks": "", "dipilih": False}, None, year) == {"teks": "", "dipilih": False}
