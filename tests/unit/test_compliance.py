"""The 20 JP duty counts PNS (PP 11/2017); PPPK are reported apart, against their 24 JP cap (PP 49/2018)."""

import pandas as pd
import pytest

from evalasn.analysis import compliance


def _asn(status: list, jp: list) -> pd.DataFrame:
    n = len(status)
    return pd.DataFrame({"pegawai_id": [f"P{i}" for i in range(n)], "dinas": "kesehatan", "unit_kerja": "Unit A",
                         "golongan": "III/a", "jenis_jabatan": "pelaksana", "status": status, "jp": jp})


def test_duty_share_counts_pns_and_pppk_are_apart():
    # 20 PNS, half meet 20 JP; 20 PPPK, none meets 20 JP, 5 above the 24 JP cap... of 30 JP
    frame = _asn(["PNS"] * 20 + ["PPPK"] * 20, [24.0] * 10 + [4.0] * 10 + [30.0] * 5 + [8.0] * 15)
    out = compliance.compliance(frame)
    assert out["keseluruhan"]["n"] == 20 and out["keseluruhan"]["estimasi"] == pytest.approx(0.5)
    assert out["n_pns"] == 20 and out["n_status_tidak_diketahui"] == 0
    assert out["pppk"]["n"] == 20 and out["pppk"]["di_atas_batas"]["jumlah"] == 5
    assert out["pppk"]["rata_jp_asn"]["estimasi"] == pytest.approx((5 * 30 + 15 * 8) / 20)
    everyone = (frame["jp"] >= 20).mean()
    assert everyone != pytest.approx(0.5)  # the old share over all ASN would differ


def test_unknown_status_is_counted_with_the_duty_group_and_named():
    frame = _asn([None] * 12 + ["PNS"] * 3, [20.0] * 15)
    out = compliance.compliance(frame)
    assert out["keseluruhan"]["n"] == 15 and out["n_status_tidak_diketahui"] == 12 and out["pppk"]["n"] == 0
    assert out["pppk"]["rata_jp_asn"]["cukup_data"] is False


def _units(spec: dict[str, tuple[int, int]]) -> pd.DataFrame:
    """ASN of several units: unit -> (ASN, of whom took part)."""
    rows = [{"pegawai_id": f"{unit}-{i}", "dinas": "kesehatan", "unit_kerja": unit, "golongan": "III/a",
             "jenis_jabatan": "pelaksana", "status": "PNS", "jp": 8.0 if i < took else 0.0}
            for unit, (n, took) in spec.items() for i in range(n)]
    return pd.DataFrame(rows)


def test_the_lowest_coverage_units_come_lowest_first_with_their_interval():
    """REVIEW2 17: the coverage recommendation names the units where coverage is lowest (pelaksanaan.
    cakupan_unit_terendah); a unit under MIN_N ASN is not ranked, a tie goes to the larger unit."""
    frame = _units({"Puskesmas A": (20, 18), "Puskesmas B": (12, 3), "Puskesmas C": (30, 15), "Kecil": (4, 0),
                    "Puskesmas D": (24, 12)})
    out = compliance.coverage_units(frame)
    assert [r["unit_kerja"] for r in out] == ["Puskesmas B", "Puskesmas C", "Puskesmas D", "Puskesmas A"]
    first = out[0]["cakupan"]
    assert (first["n"], first.get("jumlah")) == (12, 3) and first["estimasi"] == pytest.approx(0.25)
    low, high = first["ci_bawah"], first["ci_atas"]
    assert low is not None and high is not None and low < 0.25 < high and out[0]["dinas"] == "kesehatan"


@pytest.mark.parametrize(("jp", "cost", "expected"), [
    # 48 JP for Rp 4,8 juta: half the hours are beyond the 24 JP cap, so half the cost (R6-32)
    pytest.param([48.0], [4.8e6], 2.4e6, id="half-the-hours-beyond-the-cap"),
    pytest.param([24.0, 10.0], [9e6, 1e6], 0.0, id="at-the-cap-is-not-beyond-it"),
    pytest.param([30.0, 40.0], [3e6, 4e6], 3e6 * 6 / 30 + 4e6 * 16 / 40, id="each-pppk-its-own-share"),
])
def test_the_cost_beyond_the_pppk_cap_is_the_share_of_their_hours_beyond_it(jp, cost, expected):
    frame = _asn(["PPPK"] * len(jp), jp).assign(biaya=cost)
    assert compliance.over_cap_cost(frame) == pytest.approx(expected)
    assert compliance.pppk(frame)["biaya_di_atas_batas_rp"] == pytest.approx(expected)


def test_the_cost_beyond_the_cap_is_unknown_without_costs():
    assert compliance.over_cap_cost(_asn(["PPPK"], [48.0])) is None


def test_each_asn_carries_what_their_activities_cost_per_participant():
    pegawai = _asn(["PPPK", "PNS"], [0.0, 0.0]).drop(columns="jp")
    part = pd.DataFrame({"pegawai_id": ["P0", "P0", "P1", "P0"], "tahun_kegiatan": [2025, 2025, 2025, 2024],
                         "jp": [20.0, 10.0, 8.0, 99.0], "biaya_per_peserta_rp": [2e6, 1e6, None, 5e6]})
    out = compliance.jp_per_pegawai(pegawai, part, 2025).set_index("pegawai_id")
    assert out.loc["P0", "jp"] == 30.0 and out.loc["P0", "biaya"] == 3e6  # 2024's activity not counted
    assert out.loc["P1", "biaya"] == 0.0  # an activity without a cost adds none


@pytest.mark.parametrize(("lang", "words"), [
    ("id", ["PPPK (9 orang) tidak dihitung dalam kewajiban 20 JP (batas 24 JP per tahun, PP 49/2018).",
            "7 dari 9 PPPK mengikuti lebih dari 24 JP; biaya jam pelajaran di atas batas Rp 2,80 juta (jumlah biaya, "
            "bukan estimasi).",
            "Porsi dan rata-rata JP PPPK tanpa rentang keyakinan: hanya 9 PPPK, perlu sedikitnya 10."]),
    ("en", ["PPPK (9 people) are not counted in the 20-JP duty (cap of 24 JP a year, PP 49/2018).",
            "7 of 9 PPPK took more than 24 JP; the lesson hours beyond the cap cost Rp 2.80 million (a sum of costs, "
            "not an estimate).",
            "The PPPK share and mean JP have no interval: only 9 PPPK, at least 10 needed."]),
], ids=["id", "en"])
def test_pppk_above_the_cap_are_counted_with_their_money_at_any_n(lang, words):
    """CHECK10 C10-4: Sosial's 9 PPPK, 7 above the legal cap, read "jumlahnya terlalu sedikit untuk angka
    tersendiri"; the count above a legal cap is a census, stated with its cost, and the withheld share names its
    minimum."""
    from evalasn.report.words import uncertainty

    frame = _asn(["PNS"] * 12 + ["PPPK"] * 9, [20.0] * 12 + [48.0] * 7 + [10.0] * 2).assign(biaya=800_000.0)
    out = compliance.compliance(frame)
    assert out["pppk"]["jumlah_di_atas_batas"] == 7 and not out["pppk"]["di_atas_batas"]["cukup_data"]
    assert out["pppk"]["biaya_di_atas_batas_rp"] == pytest.approx(7 * 800_000 / 2)
    assert uncertainty.pppk_sentences(out, lang) == words


def test_the_units_below_the_scopes_share_are_counted_before_the_list_is_cut():
    """LOOK20 W-17: the model keeps the 10 lowest units; how many ranked units are below the scope's share is counted
    over all of them (`n_unit_di_bawah`), so the province report need not say 'sedikitnya 10 unit'. Units under
    MIN_N PNS are not ranked and not counted."""
    rows = [{"pegawai_id": f"{unit}-{i}", "dinas": "kesehatan", "unit_kerja": unit, "golongan": "III/a",
             "jenis_jabatan": "pelaksana", "status": "PNS", "jp": 24.0 if i < met else 0.0}
            for unit, n, met in [*((f"Rendah {k}", 10, 2) for k in range(13)), *((f"Tinggi {k}", 10, 10)
                                                                              for k in range(12)), ("Kecil", 4, 0)]
            for i in range(n)]
    out = compliance.compliance(pd.DataFrame(rows))
    assert len(out["unit_terendah"]) == 10 and out["n_unit_di_bawah"] == 13
