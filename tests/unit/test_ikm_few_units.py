"""One small-cluster rule for the IKM (REVIEW7 R7-11, CHECK10 C10-12): an agency's IKM pooled over fewer than
constants.MIN_CLUSTERS service units, one or two, keeps its value and n with the reason, and has no interval, category
range, rank or below-B test (it had the respondents' interval, df n - 1, the narrower one); from the minimum it is
clustered by unit as statsmodels computes it (never narrower than unclustered below FEW_CLUSTERS). A unit's own IKM
keeps its respondents' interval."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from scipy import stats as sps

from evalasn import constants
from evalasn.analysis import attention, ikm, results, trend
from evalasn.report import facts
from evalasn.report.chapters import sections
from evalasn.report.chapters.note_marks import NoteMarks
from evalasn.report.config import Target
from evalasn.report.words import reasons

ELEMENTS = list(constants.IKM_ELEMENTS)


def _units(k: int, size: int = 9, seed: int = 4) -> pd.DataFrame:
    """``k`` service units of one agency, ``size`` respondents each, every unit with its own level (a counter, a
    queue): answers 1-4 on the nine elements."""
    rng = np.random.default_rng(seed)
    frames = []
    for unit in range(k):
        level = 0.45 + 0.4 * rng.random()
        answers = 1 + rng.binomial(3, level, size=(size, len(ELEMENTS)))
        frames.append(pd.DataFrame(answers, columns=ELEMENTS).assign(unit_kerja=f"Unit {unit}"))
    frame = pd.concat(frames, ignore_index=True)
    return frame.assign(dinas="kebudayaan", periode="2025-S2", responden_id=[f"R{i}" for i in range(len(frame))])


def _by_hand(frame: pd.DataFrame) -> float:
    """PermenPAN-RB 14/2017: the nine element means x 1/9, x 25."""
    return float(sum(frame[u].mean() / 9 for u in ELEMENTS) * 25)


def test_an_agency_ikm_from_two_units_keeps_value_and_n_without_interval():
    """Fails on the old rule, which gave 2 units the respondents' t interval (df = n - 1 = 17)."""
    frame = _units(2)
    period: Any = ikm.by_period(frame)[-1]
    assert period["n"] == 18 and period["n_unit_layanan"] == 2 and period["alasan"] == "unit_kurang_klaster"
    assert period["rata_ikm"] == pytest.approx(_by_hand(frame))
    assert not period["cukup_data"] and period["estimasi"] is None
    assert period["ci_bawah"] is None and period["ci_atas"] is None and "df" not in period and "se" not in period
    assert period["kategori"] is None and "kategori_bawah" not in period and "kategori_atas" not in period


def test_the_elements_and_the_ikm_follow_one_rule():
    """The same units withhold both: the IKM is the mean of the nine elements x 25."""
    frame = _units(2).assign(_unit=lambda f: f["unit_kerja"])
    elements: Any = ikm.elements(frame)
    summary: Any = ikm.summarise(frame, cluster="_unit")
    assert {e["alasan"] for e in elements} == {summary["alasan"]} == {"unit_kurang_klaster"}
    assert sum(e["rata_unsur"] for e in elements) / 9 * 25 == pytest.approx(summary["rata_ikm"])


def _statsmodels_interval(frame: pd.DataFrame) -> tuple[float, float, float, float]:
    """(mean, CR1 standard error by unit, unclustered standard error, t quantile on G - 1 df): an OLS of each
    respondent's converted score on a constant with cluster-robust errors by unit."""
    score = frame[ELEMENTS].astype(float).mean(axis=1).to_numpy() * 25
    groups = pd.factorize(frame["unit_kerja"])[0]
    fit = sm.OLS(score, np.ones((len(score), 1))).fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
    plain = float(score.std(ddof=1) / np.sqrt(len(score)))
    return float(fit.params[0]), float(fit.bse[0]), plain, float(sps.t.ppf(0.975, len(set(groups)) - 1))


@pytest.mark.parametrize("k", [3, 8, constants.FEW_CLUSTERS + 2], ids=["3-unit", "8-unit", "banyak-unit"])
def test_from_the_minimum_the_ikm_is_clustered_by_unit_as_statsmodels(k):
    frame = _units(k, size=12, seed=k)
    period: Any = ikm.by_period(frame)[-1]
    mean, clustered, plain, t975 = _statsmodels_interval(frame)
    se = clustered if k >= constants.FEW_CLUSTERS else max(clustered, plain)
    assert period["estimasi"] == pytest.approx(mean) == pytest.approx(_by_hand(frame))
    assert period["df"] == k - 1 and period["se"] == pytest.approx(se)
    assert (period["ci_bawah"], period["ci_atas"]) == pytest.approx((mean - t975 * se, mean + t975 * se))
    assert period["kategori_bawah"] is not None and "alasan" not in period


@pytest.mark.parametrize("k", [1, 2], ids=["1-unit", "2-unit"])
def test_an_agency_ikm_from_fewer_than_the_minimum_units_has_one_rule(k):
    """CHECK10 C10-12: one unit kept its respondents' interval (df n - 1), a category, a below-B test and a rank
    ("1 dari 1") while two units had none; now both keep value and n with the same reason. The unit's own IKM in the
    unit tables keeps its respondents' interval: that is the unit's figure."""
    frame = _units(k, size=15)
    period: Any = ikm.by_period(frame)[-1]
    assert period["alasan"] == "unit_kurang_klaster" and period["n_unit_layanan"] == k and period["n"] == 15 * k
    assert period["estimasi"] is None and period["ci_bawah"] is None and period["kategori"] is None
    assert "df" not in period and period["rata_ikm"] == pytest.approx(_by_hand(frame))
    assert all(e["alasan"] == "unit_kurang_klaster" and e["lemah"] is None for e in ikm.elements(frame))
    units: Any = ikm.by_unit(frame)
    assert all(u["cukup_data"] and u["ci_bawah"] < u["estimasi"] < u["ci_atas"] and u["kategori"] for u in units)


@pytest.mark.parametrize("lang,reason", [
    ("id", "hanya 1 unit layanan (11 responden, IKM 74,75 tanpa rentang), perlu sedikitnya 3 unit untuk rentang "
           "keyakinan"),
    ("en", "only 1 service unit (11 respondents, IKM 74.75 without an interval), at least 3 needed for an interval"),
], ids=["id", "en"])
def test_a_one_unit_agency_ikm_says_the_same_reason(lang, reason):
    record = {"n": 11, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "kategori": None,
              "alasan": "unit_kurang_klaster", "n_unit_layanan": 1, "rata_ikm": 74.75}
    assert reasons.reason(record, lang) == reason


def _key_figures(frame: pd.DataFrame) -> Any:
    sections: Any = {"level4_hasil": {"ikm_per_periode": ikm.by_period(frame)},
                     "pelaksanaan": {"cakupan_asn": None, "jp_20": {"keseluruhan": None}, "realisasi_anggaran": []},
                     "level2_pembelajaran": {"keseluruhan": None}, "tahun": 2025,
                     "anggaran_vs_peningkatan": {"biaya_per_poin_semua": None}}
    return results.key_figures(sections)


def test_a_two_unit_ikm_is_not_ranked_and_not_tested_against_b():
    """The agencies' IKM rank and the province's below-B test skip it, as they skip any withheld figure (the old
    interval ranked it and tested it)."""
    rows = {f"d{k}": _key_figures(_units(k, seed=k)) for k in (2, 3, 4, 5)}
    assert rows["d2"]["ikm"]["rata_ikm"] is not None and rows["d2"]["ikm"]["n_unit_layanan"] == 2
    ranked = trend.ranks(rows, "ikm")
    assert set(ranked) == {"d3", "d4", "d5"} and all(r["dari"] == 3 for r in ranked.values())
    latest: Any = ikm.by_period(_units(2))[-1]
    assert not (latest["cukup_data"] and latest.get("se"))  # attention.findings tests only such a period
    assert attention.B_BAND == pytest.approx(76.61)


@pytest.mark.parametrize("lang,reason,cell,shown", [
    ("id", "hanya 2 unit layanan (18 responden, IKM 75,77 tanpa rentang), perlu sedikitnya 3 unit untuk rentang "
           "keyakinan", "75,77 (tanpa rentang)",
     "75,77 tanpa rentang keyakinan: hanya 2 unit layanan (18 responden), perlu sedikitnya 3 unit untuk rentang "
     "keyakinan"),
    ("en", "only 2 service units (18 respondents, IKM 75.77 without an interval), at least 3 needed for an interval",
     "75.77 (no interval)",
     "75.77 without an interval: only 2 service units (18 respondents), at least 3 needed for an interval"),
], ids=["id", "en"])
def test_every_place_says_the_value_its_n_and_why(lang, reason, cell, shown):
    record = {"n": 18, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "kategori": None,
              "alasan": "unit_kurang_klaster", "n_unit_layanan": 2, "rata_ikm": 75.771605}
    assert reasons.reason(record, lang) == reason
    assert facts.no_interval_cell(record, lang) == cell
    assert facts.show_value("ikm", record, lang) == shown
    fact = facts.Fact("ikm", 2025, record)
    assert fact.cell(lang, with_n=True) == cell + "; n\u00a0=\u00a018"  # Tabel 1 gives its n too (LOOK9 #3)
    assert fact.cell(lang) == cell and fact.rank_cell(lang) == ("tidak diperingkat (tanpa rentang)" if lang == "id"
                                                                else "not ranked (no interval)")
    verdict = facts.judge("ikm", record, Target("ikm", 76.61, {}, True), lang)  # beside the cell: not again
    assert verdict.status == "cannot" and verdict.why == shown.split(": ", 1)[1]
    marks = NoteMarks()  # the province's table of dinas, as the index: the value, its mark, why below
    assert sections.missing_cell(marks, "ikm", record, lang) == cell + "ᵃ" and marks.note() == f"ᵃ {verdict.why}."


def test_the_province_finding_on_agencies_below_b_leaves_out_a_two_unit_ikm():
    """The province's finding 3 named PPAPP 73,92 (71,19–76,65) from 2 units "mungkin di bawah B"; now only an
    agency with an interval is judged (its units keep theirs, ikm_units.units_below_b)."""
    from evalasn.report.chapters import ikm_units

    two = _key_figures(_units(2, seed=9))["ikm"]
    three = _key_figures(_units(3, seed=11))["ikm"]
    assert two["rata_ikm"] is not None and three["cukup_data"]
    hasil: Any = {"cakupan": {"jenis": "provinsi", "slug": "provinsi"},
                  "perbandingan_dinas": [{"dinas": "ppapp", "ikm": {**two, "rata_ikm": 73.92}},
                                         {"dinas": "sosial", "ikm": {**three, "kategori": "C", "estimasi": 75.0,
                                                                     "ci_atas": 78.0}}]}
    assert [name for name, _ in ikm_units.ikm_scored(hasil)] == ["sosial"]
    assert [(b.name, b.sure) for b in ikm_units.ikm_below_b(hasil)] == [("sosial", False)]


@pytest.mark.parametrize("lang,words", [("id", "IKM PPAPP tidak diuji: kurang dari 3 unit layanan, tanpa rentang "
                                               "keyakinan."),
                                        ("en", "The IKM of Empowerment and Child Protection is not tested: fewer "
                                               "than 3 service units, no interval.")], ids=["id", "en"])
def test_the_attention_rule_says_which_agency_ikm_was_not_tested(lang, words):
    """Its BAB VII counted 4 tests for 4 agencies without saying the IKM ones were not run (set B)."""
    from evalasn.report.words import uncertainty

    two = _key_figures(_units(2, seed=9))["ikm"]
    hasil: Any = {"cakupan": {"jenis": "provinsi", "slug": "provinsi"},
                  "perhatian": {"q_fdr": 0.05, "jumlah_uji": 1, "uji": [], "gain_di_bawah_rata": []},
                  "perbandingan_dinas": [{"dinas": "ppapp", "ikm": two}]}
    assert words in uncertainty.attention(hasil, lang)


def _province(latest: dict, units: list[dict]) -> Any:
    """A province's results as set B has them: every dinas IKM withheld (2 units each), the province's own from 8."""
    withheld = {"n": 18, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "kategori": None,
                "alasan": "unit_kurang_klaster", "n_unit_layanan": 2, "rata_ikm": 75.77}
    return {"cakupan": {"jenis": "provinsi", "slug": "provinsi"}, "tahun": 2025, "komunikasi": {"periode": "2025-S2"},
            "level4_hasil": {"ikm_per_periode": [latest], "ikm_unit": units, "ikm_sampel": {"responden_minimum": 278}},
            "tren": [{"tahun": 2024, "ikm": {"n": 80, "estimasi": 78.42, "ci_bawah": 76.9, "ci_atas": 79.9,
                                             "cukup_data": True, "kategori": "B"}}],
            "perbandingan_dinas": [{"dinas": slug, "ikm": withheld} for slug in ("dispora", "kebudayaan", "kpkp")],
            "perhatian": {"uji": []}}


def _unit(name: str, value: float, low: float, high: float, letter: str) -> dict:
    return {"periode": "2025-S2", "dinas": "kebudayaan", "unit_kerja": name, "n": 12, "estimasi": value,
            "ci_bawah": low, "ci_atas": high, "cukup_data": True, "kategori": letter, "sampel_kurang": True}


@pytest.mark.parametrize("lang,words", [
    ("id", "Estimasi IKM provinsi di bawah kategori B, kategori belum pasti: IKM provinsi 2025-S2 75,95 (rentang "
           "keyakinan 95%: 74,06 s.d. 77,84; 76 responden; 2024: 78,42 B) kategori C (di bawah batas B 76,61), tetapi "
           "rentangnya mencapai kategori B. 2 unit "
           "layanan juga punya estimasi IKM kategori C atau D yang rentangnya mencapai kategori B (BAB VI)."),
    ("en", "Province IKM estimate below category B, category not yet certain: the province IKM in 2025-S2 is 75.95 "
           "(95% CI: 74.06 to 77.84; 76 respondents; 2024: 78.42 B), category C (below the B threshold of 76.61), but "
           "its interval reaches category B. 2 service units also "
           "have an IKM estimate in category C or D whose interval reaches category B (Chapter VI)."),
], ids=["id", "en"])
def test_the_province_own_ikm_below_b_is_a_finding_when_every_agency_ikm_is_withheld(lang, words):
    """CHECK10 C10-18, set B: the province IKM fell from 78,42 B to 75,95 C and the summary said nothing, because
    the rule fired only on units wholly below B or on agencies with an interval (all withheld)."""
    from evalasn.report.chapters import key_findings

    latest = {"periode": "2025-S2", "n": 76, "estimasi": 75.95, "ci_bawah": 74.06, "ci_atas": 77.84,
              "cukup_data": True, "kategori": "C", "label": "Kurang Baik"}
    units = [_unit("Bidang Program", 75.23, 69.53, 80.94, "C"), _unit("Bidang Layanan", 76.11, 72.0, 80.0, "C"),
             _unit("Bidang Umum", 80.0, 77.0, 83.0, "B")]
    found = key_findings.poor_service(_province(latest, units), [], lang)
    assert found is not None and found.text == words
    assert key_findings.poor_service(_province({**latest, "estimasi": 77.0, "kategori": "B"}, units), [],
                                     lang) is None  # in B: nothing to say


@pytest.mark.parametrize("lang, says", [
    ("id", "IKM dinas (79,17) tidak diberi rentang atau kategori karena hanya dari 1 unit layanan"),
    ("en", "The agency's IKM (79.17) has no interval or category because it rests on only 1 service unit (an agency"),
], ids=["id", "en"])
def test_the_units_table_says_why_its_units_have_an_interval_the_agency_has_not(contexts, lang, says):
    """CHECK11 C11-4 (set D, Gulkarmat, one service unit): "79,17 (tanpa rentang)" in Tabel 1 and 3.4, "79,17
    (77,03–81,31) B" in the units' table, one number read two ways without a word. The table's note says why: the
    agency figure needs MIN_CLUSTERS units, a unit's interval comes from its own respondents."""
    import copy

    ctx = contexts[("kesehatan", lang)]
    assert says not in sections.communication(ctx)  # the sample's Kesehatan has enough units
    hasil = copy.deepcopy(ctx.hasil)
    latest = hasil["level4_hasil"]["ikm_per_periode"][-1]
    latest.update(estimasi=None, ci_bawah=None, ci_atas=None, cukup_data=False, kategori=None,
                  alasan="unit_kurang_klaster", n_unit_layanan=1, rata_ikm=79.1666)
    changed = type(ctx)(hasil, ctx.lang, ctx.activities, targets=ctx.targets, config=ctx.config)
    from html import unescape

    assert says in " ".join(unescape(sections.communication(changed)).split())


@pytest.mark.parametrize(("lang", "short", "expected"), [
    pytest.param("id", 1, "Satu-satunya unit layanan periode 2025-S2 memiliki responden kurang dari sampel minimum 278",
                 id="id-one-short"),
    pytest.param("en", 1, "The only service unit in 2025-S2 has fewer respondents", id="en-one-short"),
    pytest.param("id", 0, "Satu-satunya unit layanan periode 2025-S2 memenuhi sampel minimum 278", id="id-one-ok"),
])
def test_one_service_unit_is_the_only_unit_not_one_of_one(lang, short, expected):
    """CHECK12 C12-6: '1 dari 1 unit layanan … kategori unit-unit itu indikatif' for a dinas with one unit."""
    from evalasn.report.words import uncertainty

    note = uncertainty.sample_note({"jumlah_unit": 1, "unit_sampel_kurang": short, "periode": "2025-S2",
                                    "responden_minimum": 278, "pengguna_diasumsikan": 1000}, lang)
    assert note is not None and note.startswith(expected), note
    assert "1 dari 1" not in note and "1 of 1" not in note and "unit-unit" not in note
