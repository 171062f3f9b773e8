"""LOOK29 A-3: the province summary's first finding ranks first by "bersama Rp 4,83 miliar (22,8% biaya kegiatan
provinsi)", a sum BAB IX 9.1 left out although the summary sends the reader there; 9.1's lines now end with the same
sum (lagging_gain.total, one computation for both)."""

from __future__ import annotations

import copy
from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.report.chapters import lagging_gain

HASIL: Any = {"pelaksanaan": {"kegiatan_per_metode": [{"anggaran_rp": 10.0e9}, {"anggaran_rp": 11.2e9}]},
              "perbandingan_dinas": [{"dinas": "kesehatan", "anggaran_kegiatan_rp": 3.077e9},
                                     {"dinas": "kpkp", "anggaran_kegiatan_rp": 0.676e9},
                                     {"dinas": "satpol-pp", "anggaran_kegiatan_rp": 1.082e9},
                                     {"dinas": "sosial", "anggaran_kegiatan_rp": None}]}


@pytest.mark.parametrize(("dinas", "lang", "said"), [
    pytest.param(("kesehatan", "kpkp", "satpol-pp"), "id",
                 "bersama: biaya kegiatan Rp 4,83 miliar (22,8% biaya kegiatan provinsi)", id="three-id"),
    pytest.param(("kesehatan", "kpkp", "satpol-pp"), "en",
                 "together: activity cost Rp 4.83 billion (22.8% of the province's activity cost)", id="three-en"),
    pytest.param(("kesehatan", "sosial"), "id", "", id="one-cost-known-no-sum"),
    pytest.param(("kesehatan",), "id", "", id="one-dinas-no-sum"),
])
def test_the_sum_of_the_listed_agencies_costs(dinas, lang, said):
    found: Any = [SimpleNamespace(dinas=slug) for slug in dinas]
    assert lagging_gain.total(HASIL, found, lang, "kt_gain_low_prov_total") == said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bab_ix_gives_the_summarys_sum_on_a_line_of_its_own(contexts, monkeypatch, lang):
    hasil = copy.deepcopy(contexts[("provinsi", lang)].hasil)  # two dinas listed below the province mean
    rows = [row for row in hasil["pooling"]["per_dinas"] if (row.get("selisih_rata") or {}).get("cukup_data")][:2]
    assert len(rows) == 2, "the sample's model has two dinas with a difference from the province mean"
    hasil["perhatian"] = {**(hasil.get("perhatian") or {}), "gain_di_bawah_rata": [row["dinas"] for row in rows]}
    assert len(lagging_gain.listed(hasil)) == 2
    monkeypatch.setattr(lagging_gain, "total", lambda _hasil, _found, _lang, key: f"<{key}>")
    brief, finding = lagging_gain.brief(hasil, lang), lagging_gain.finding(hasil, lang)
    assert brief is not None and finding is not None
    assert "<kt_gain_low_brief_total>" in brief[0]
    assert finding[0].endswith("\n– <kt_gain_low_prov_total>."), finding[0][-80:]
