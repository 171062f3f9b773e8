"""The summary's opening line (LOOK26 X-5, LOOK25 W-4): what went well, from the Angka Kunci records, before the
numbered findings. Gulkarmat, rank 1 of 21 and "di atas rata-rata provinsi" in Tabel 1, had four problems in its
summary and no strength."""

from __future__ import annotations

import copy
import dataclasses
import html
import re
from typing import Any

import pytest

from evalasn.report import facts
from evalasn.report.chapters import glance, key_findings, sections
from evalasn.report.config import Target

TAHUN = 2025


def _estimate(value: float, low: float, high: float, n: int = 100) -> dict:
    return {"estimasi": value, "ci_bawah": low, "ci_atas": high, "n": n, "cukup_data": True}


def _target(key: str, nilai: float, higher_better: bool = True) -> Target:
    return Target(key, nilai, {}, higher_better)


def without_pppk_change(hasil: Any) -> Any:
    """``hasil`` without the PPPK share's change from last year (the sample's got worse, and the opening line names
    what got worse: LOOK31 C-1), for the tests of the key figures' clauses."""
    rows = [{**row, "selisih_tahun_lalu": {key: change for key, change in row["selisih_tahun_lalu"].items()
                                           if key != facts.PPPK_OVER_CAP}} if row.get("selisih_tahun_lalu") else row
            for row in hasil.get("tren") or []]
    return {**hasil, "tren": rows}


RANK = {"peringkat": 1, "peringkat_terbaik": 1, "peringkat_terburuk": 3, "dari": 21}
# Gulkarmat's gain: 11,9 (11,1-12,8), rank 1 of 21 (1-3), above the province mean; its gain target of above zero met
ABOVE = facts.Fact("gain", TAHUN, _estimate(11.9, 11.1, 12.8, 600), raw=_estimate(12.0, 11.0, 13.0), rank=RANK,
                   target=_target("gain", 0.0), verdict=facts.Verdict("met"), against="above")
LEVEL = dataclasses.replace(ABOVE, against="level", rank=None)
# 20 JP 75,0% (61,8-84,8) against 42,3% in 2024: clearly better (the difference's interval above zero: the
# analysis's `tren[].selisih_tahun_lalu`), its 100% target missed
JP_BETTER = facts.Fact("jp_20", TAHUN, _estimate(0.75, 0.618, 0.848, 52), last_year=_estimate(0.423, 0.299, 0.558),
                       target=_target("jp_20", 100.0), verdict=facts.Verdict("not_met"),
                       change={**_estimate(0.327, 0.17, 0.48), "membaik": True})
IKM_MET = facts.Fact("ikm", TAHUN, {**_estimate(80.72, 78.1, 83.3), "kategori": "B"}, target=_target("ikm", 76.61),
                     verdict=facts.Verdict("met"))
# coverage whose change from 2024 is uncertain (the difference's interval holds zero), its target missed
COVERAGE_SAME = facts.Fact("cakupan_asn", TAHUN, _estimate(0.71, 0.66, 0.76), last_year=_estimate(0.70, 0.65, 0.75),
                           target=_target("cakupan_asn", 100.0), verdict=facts.Verdict("not_met"),
                           change={**_estimate(0.01, -0.06, 0.08), "membaik": None})


@pytest.mark.parametrize(("scope", "records", "said"), [
    pytest.param("kesehatan", (ABOVE, COVERAGE_SAME), {
        "id": "Sekilas, dari tabel angka kunci: kenaikan nilai 11,9 poin (rentang keyakinan 95%: 11,1 s.d. 12,8), "
              "peringkat 1 dari 21 (rentang peringkat 95%: 1–3), di atas rata-rata provinsi.",
        "en": "At a glance, from the key-figure table: gain 11.9 points (95% CI: 11.1 to 12.8), "
              "rank 1 of 21 (95% rank range: 1–3), above the province mean."}, id="gulkarmat-rank-1-above"),
    pytest.param("kesehatan", (LEVEL, JP_BETTER, IKM_MET), {
        "id": "Sekilas, dari tabel angka kunci: target tercapai: IKM; membaik dari 2024: 20 JP (selisihnya di BAB VII, "
              "7.1).",
        "en": "At a glance, from the key-figure table: target met: IKM; better than in 2024: 20 JP (the changes in "
              "Chapter VII, 7.1)."},
        id="a-target-met-and-a-figure-better"),
    # the gain's above-zero target met and a place level with the province: nothing to name, each clause as wide as
    # its rule (LOOK32 D-4); where the changes are printed, to check "none clearly better" against (LOOK28 Z-1)
    pytest.param("kesehatan", (LEVEL, COVERAGE_SAME), {
        "id": "Sekilas, dari tabel angka kunci: kenaikan nilai tidak jelas di atas rata-rata provinsi; tidak ada angka "
              "yang mencapai targetnya atau jelas membaik dari 2024 (selisihnya di BAB VII, 7.1).",
        "en": "At a glance, from the key-figure table: the gain is not clearly above the province mean; no figure "
              "meets its target or is clearly better than in 2024 (the changes in Chapter VII, 7.1)."},
        id="nothing-clear"),
    # the gain not placed: its Status cell says its above-zero target "tercapai", which the line leaves out by name
    pytest.param("provinsi", (dataclasses.replace(LEVEL, against=None), COVERAGE_SAME), {
        "id": "Sekilas, dari tabel angka kunci: tidak ada angka yang mencapai targetnya (selain target kenaikan nilai "
              "di atas nol) atau jelas membaik dari 2024 (selisihnya di BAB VII, 7.1).",
        "en": "At a glance, from the key-figure table: no figure meets its target (other than a gain target of above "
              "zero) or is clearly better than in 2024 (the changes in Chapter VII, 7.1)."},
        id="province-nothing-clear"),
    pytest.param("provinsi", (JP_BETTER, IKM_MET, dataclasses.replace(IKM_MET, key="persen_realisasi", value=96.0)), {
        "id": "Sekilas, dari tabel angka kunci: target tercapai: IKM dan realisasi; membaik dari 2024: 20 JP "
              "(selisihnya di BAB VII, 7.1).",
        "en": "At a glance, from the key-figure table: targets met: IKM and budget realisation; better than in "
              "2024: 20 JP (the changes in Chapter VII, 7.1)."}, id="province-targets-met"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_opening_line_names_what_went_well(contexts, monkeypatch, scope, records, said, lang):
    ctx = contexts[(scope, lang)]
    ctx = dataclasses.replace(ctx, hasil=without_pppk_change({**ctx.hasil, "tahun": TAHUN}))
    monkeypatch.setattr(glance.fact_targets, "of", lambda _ctx: records)
    assert glance.line(ctx) == said[lang]


def test_no_opening_line_for_a_dinas_whose_year_was_not_received(contexts):
    """The summary opens with what was not received (key_findings.missing_data_lead), not with 'nothing went well'."""
    ctx = contexts[("kesehatan", "id")]
    hasil: Any = copy.deepcopy(ctx.hasil)
    for year in hasil["tren"]:
        year["dinas_tanpa_data_kegiatan"] = ["kesehatan"] if year["tahun"] == hasil["tahun"] else []
    assert glance.line(dataclasses.replace(ctx, hasil=hasil)) == ""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_opens_with_the_line_before_its_findings_and_bab_ix_says_how(contexts, lang):
    """Placed after the money line and before 'Temuan utama', in both scopes; its rule printed with the selection
    rules in BAB IX."""
    for scope in ("kesehatan", "provinsi"):
        ctx = contexts[(scope, lang)]
        summary = re.sub(r"\s+", " ", sections.summary(ctx))
        opening = re.sub(r"\s+", " ", glance.line(ctx))
        intro = {"id": "Temuan utama", "en": "Main findings"}[lang]
        assert opening and opening in summary and summary.index(opening) < summary.index(intro), scope
        assert ctx.t("kt_glance_rule") in html.unescape(key_findings.selection_rules(ctx))
