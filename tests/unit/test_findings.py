"""Findings ranked by consequence (issue 22.2): money spent without gain."""

from typing import Any

import pytest

from evalasn.analysis import budget


def _gain(metode: str, estimasi: float | None, low: float | None, high: float | None, n: int = 100) -> Any:
    return {"metode": metode, "n": n, "estimasi": estimasi, "ci_bawah": low, "ci_atas": high, "p": None,
            "cukup_data": estimasi is not None}


def _spent(metode: str, rupiah: float, activities: int = 5) -> Any:
    return {"metode": metode, "n_kegiatan": activities, "n_peserta": 100, "jp_total": 40.0, "anggaran_rp": rupiah}


@pytest.mark.parametrize(("gain", "rupiah", "listed", "fell"), [
    pytest.param((-1.0, -2.4, 0.4), 1.67e8, True, False, id="estimate-below-zero-interval-holds-zero"),
    pytest.param((-1.6, -2.7, -0.5), 5.3e7, True, True, id="whole-interval-below-zero"),
    pytest.param((0.0, -1.0, 1.0), 1e7, True, False, id="estimate-exactly-zero"),
    pytest.param((0.3, -1.0, 1.6), 1e7, False, False, id="positive-estimate-not-listed"),
    pytest.param((7.6, 4.8, 10.4), 1.4e8, False, False, id="clear-gain"),
    pytest.param((None, None, None), 1e7, False, False, id="too-few-data-is-no-finding"),
    pytest.param((-1.0, -2.0, 0.0), 0.0, False, False, id="no-money-spent"),
])
def test_a_method_spent_without_gain_is_listed_with_its_budget(gain, rupiah, listed, fell):
    rows = budget.without_gain([_gain("seminar", *gain)], [_spent("seminar", rupiah)], dinas="kesehatan")
    assert bool(rows) is listed
    if listed:
        assert rows[0]["anggaran_rp"] == rupiah and rows[0]["menurun"] is fell and rows[0]["dinas"] == "kesehatan"


# --- the summary's findings ranked by consequence (report.chapters.key_findings) ---------------------------
def _context(pipeline_root, slug: str = "kesehatan"):
    from evalasn.paths import project
    from evalasn.report.context import load_context

    return load_context(slug, "id", project(pipeline_root))


def _seminar(dinas=None) -> dict:
    return {"metode": "seminar", "dinas": dinas, "n": 187, "n_kegiatan": 8, "estimasi": -0.98, "ci_bawah": -2.4,
            "ci_atas": 0.44, "cukup_data": True, "anggaran_rp": 166_673_000.0, "menurun": False}


def test_money_without_gain_leads_the_summary_with_its_cost_and_recommendation(pipeline_root):
    import copy
    import dataclasses

    from evalasn.report.chapters import key_findings, sections

    ctx = _context(pipeline_root)
    hasil = copy.deepcopy(ctx.hasil)
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = [_seminar()]
    ctx = dataclasses.replace(ctx, hasil=hasil)
    found = key_findings.ranked(ctx)
    assert found[0].kind == "tanpa_kenaikan" and len(found) <= key_findings.MAX_FINDINGS
    assert "seminar Rp 167 juta" in found[0].text and "−1,0" in found[0].text
    assert "Hentikan atau rancang ulang seminar" in found[0].recommendation
    summary = sections.summary(ctx)
    assert summary.index("seminar Rp 167 juta") < summary.index("Angka kunci")
    conclusions = sections.conclusion(ctx)  # first among the conclusions, and among the recommendations
    assert conclusions.index("seminar Rp 167 juta") < conclusions.index("Pembelajaran")
    assert "Hentikan atau rancang ulang seminar: anggaran Rp 167 juta" in conclusions


def test_without_such_money_no_such_finding(pipeline_root):
    from evalasn.report.chapters import key_findings

    ctx = _context(pipeline_root)
    assert not ctx.hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"]
    assert "tanpa_kenaikan" not in {f.kind for f in key_findings.ranked(ctx)}


def test_targets_missed_come_widest_first(pipeline_root):
    from evalasn.report.chapters import comparison, key_findings

    ctx = _context(pipeline_root)
    missed = [f for f in key_findings.ranked(ctx) if f.kind == "target"]
    assert 0 < len(missed) <= key_findings.MAX_TARGET_FINDINGS
    gaps = []
    for row in comparison.key_figure_rows(ctx):
        if row["verdict"] is not None and row["verdict"].status == "not_met":
            values = comparison.as_target_unit(row["key"], row["value"])
            assert values is not None
            value = values[0]
            gap = (row["target"].nilai - value) if row["target"].higher_better else (value - row["target"].nilai)
            gaps.append((gap / row["target"].nilai, row["key"]))
    widest = max(gaps)[1]
    from evalasn.report.words.text import t

    assert missed[0].text.startswith(f"Target terlewat: {t('kfs_' + widest, 'id')} ")


def test_the_province_names_its_dinas_in_ikm_category_c(pipeline_root):
    import copy

    from evalasn.report.chapters import key_findings

    ctx = _context(pipeline_root, "provinsi")
    hasil = copy.deepcopy(ctx.hasil)
    row = hasil["perbandingan_dinas"][0]
    row["ikm"] = {**(row["ikm"] or {}), "cukup_data": True, "kategori": "C", "estimasi": 74.5, "n": 300,
                  "ci_bawah": 73.0, "ci_atas": 76.0}
    found = key_findings.poor_service(hasil, [], "id")
    assert found is not None and "1 dinas dengan IKM kategori C" in found.text and "74,50" in found.text


@pytest.mark.parametrize(("declared", "shown"), [
    pytest.param("", False, id="none-declared-no-effect-finding"),
    pytest.param("layanan prima", True, id="declared-effect-finding"),
])
def test_the_intervention_effect_only_when_one_is_declared(pipeline_root, declared, shown):
    import copy

    from evalasn.report.chapters import key_findings

    hasil = copy.deepcopy(_context(pipeline_root).hasil)
    hasil["parameter"]["intervensi"] = declared
    assert (key_findings.intervention(hasil, [], "id") is not None) is shown
