"""A scope whose every ASN is a PPPK (CHECK13 D13-5, set F PPAPP: 27 ASN, all PPPK): the 20 JP duty, which is for
PNS only, does not apply there. Its 20 JP figure says so, "tidak berlaku: tidak ada PNS (27 ASN, semuanya PPPK;
kewajiban 20 JP hanya untuk PNS)", status "tidak berlaku", never "tidak ada data pada periode ini" (the dinas sent
complete data) nor "belum dapat dinilai" (no judgement is pending). Also a dinas IKM of an earlier period than the
province's beside it names both periods (CHECK13 D13-3)."""

from __future__ import annotations

import pandas as pd
import pytest

from evalasn.analysis import compliance
from evalasn.report import facts
from evalasn.report.config import Target
from evalasn.report.words import reasons


def _asn(status: list, jp: list) -> pd.DataFrame:
    n = len(status)
    return pd.DataFrame({"pegawai_id": [f"P{i}" for i in range(n)], "dinas": "ppapp", "unit_kerja": "Unit A",
                         "golongan": "IX", "jenis_jabatan": "pelaksana", "status": status, "jp": jp})


def test_a_scope_of_pppk_only_has_no_20_jp_share_for_that_reason():
    share = compliance.compliance(_asn(["PPPK"] * 27, [30.0] * 20 + [8.0] * 7))["keseluruhan"]
    assert share["estimasi"] is None and not share["cukup_data"]
    assert share.get("alasan") == compliance.NO_PNS and share.get("n_asn") == 27
    assert compliance.duty_share(_asn(["PPPK"] * 27, [30.0] * 27)) == share  # the key figure of every year alike


@pytest.mark.parametrize("status", [["PNS", "PPPK"], [None, "PPPK"]], ids=["one-pns", "one-of-unknown-status"])
def test_one_in_the_duty_group_is_a_share_again(status):
    share = compliance.compliance(_asn(status, [24.0, 30.0]))["keseluruhan"]
    assert share["n"] == 1 and "alasan" not in share


def test_no_staff_at_all_is_no_data_not_no_pns():
    share = compliance.duty_share(_asn([], []), missing=["ppapp"])
    assert share.get("alasan") == "tanpa_data_kegiatan"


NO_PNS = {"n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False,
          "alasan": "tanpa_pns", "n_asn": 27}
TARGET = Target("jp_20", 100.0, {"id": "", "en": ""}, True)


@pytest.mark.parametrize(("lang", "why", "status", "rank"), [
    ("id", "tidak berlaku: tidak ada PNS (27 ASN, semuanya PPPK; kewajiban 20 JP hanya untuk PNS)", "tidak berlaku",
     "tidak diperingkat (tidak berlaku)"),
    ("en", "does not apply: no PNS (27 staff, all of them PPPK; the 20 JP duty is for PNS only)", "does not apply",
     "not ranked (does not apply)"),
], ids=["id", "en"])
def test_the_20_jp_of_a_dinas_without_pns_does_not_apply(lang, why, status, rank):
    """Set F PPAPP Tabel 1: 'belum dapat dihitung | tidak ada data pada periode ini | … | belum dapat dinilai (tidak
    ada data pada periode ini)'."""
    assert reasons.reason(NO_PNS, lang) == why
    assert reasons.not_enough(NO_PNS, lang) == why
    verdict = facts.judge("jp_20", NO_PNS, TARGET, lang)
    assert verdict.status == "not_applicable" and verdict.text(lang) == status
    fact = facts.Fact("jp_20", 2025, NO_PNS, target=TARGET, verdict=verdict)
    assert fact.cell(lang, with_n=True) == status
    assert fact.reason(lang) == why
    assert fact.status(lang) == status
    assert fact.rank_cell(lang) == rank


S1 = {"n": 85, "estimasi": 73.300654, "ci_bawah": 68.9, "ci_atas": 77.7, "cukup_data": True, "kategori": "C",
      "label": "Kurang Baik", "kategori_bawah": "C", "kategori_atas": "B", "periode": "2025-S1"}
PROVINCE = {"n": 619, "estimasi": 76.229582, "ci_bawah": 74.618446, "ci_atas": 77.840718, "cukup_data": True,
            "n_kegiatan": None, "periode": "2025-S2"}


@pytest.mark.parametrize(("lang", "own", "province", "rank"), [
    ("id", "(periode 2025-S1)", "76,23 (periode 2025-S2)",
     "tidak diperingkat: hanya SKM 2025-S1, dinas lain dibandingkan pada 2025-S2"),
    ("en", "(period 2025-S1)", "76.23 (period 2025-S2)",
     "not ranked: only a 2025-S1 SKM, the other agencies are compared in 2025-S2"),
], ids=["id", "en"])
def test_a_dinas_ikm_of_an_earlier_period_names_both_periods_and_why_it_is_not_ranked(lang, own, province, rank):
    """Set F Perhubungan Tabel 1: '73,30 C (…); n = 85 | … | 76,23 | tidak dapat dibedakan (1–8 dari 8)', its 2025-S1
    figure ranked and set beside the province's 2025-S2 unmarked."""
    fact = facts.Fact("ikm", 2025, S1, province=PROVINCE, rank={"peringkat": None, "dari": 7})
    assert fact.cell(lang, with_n=True).endswith(own)
    assert fact.province_cell(lang) == province
    assert fact.rank_cell(lang) == rank
    same = facts.Fact("ikm", 2025, {**S1, "periode": "2025-S2"}, province=PROVINCE)
    assert same.other_period is None and "2025" not in same.province_cell(lang)
