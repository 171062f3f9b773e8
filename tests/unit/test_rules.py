"""The report's judgement rules: targets file validation and layering, met / not met / cannot be
judged, the reasons a figure is missing, ranks with their range, recommendations resting on the
province's estimate, and follow-up deadlines fixed by the evaluated year."""

from __future__ import annotations

import copy
from typing import Any, cast

import pytest

from evalasn.analysis import results, trend
from evalasn.analysis.contract import KeyFigures
from evalasn.paths import ProjectPaths, project
from evalasn.report.chapters import budget_rule, comparison, recommendation, rules, sections
from evalasn.report.config import ConfigError, Target, load_report_config, load_targets
from evalasn.report.words import narrative as N
from evalasn.report.words import reasons


def _est(value, low, high, n=100, **extra) -> dict:
    return {"n": n, "estimasi": value, "ci_bawah": low, "ci_atas": high, "p": None, "cukup_data": True, **extra}


def _none(n, **extra) -> dict:
    return {"n": n, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False, **extra}


# --- targets file --------------------------------------------------------------------------------
def _root(tmp_path, target_yaml: str) -> ProjectPaths:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "target.yml").write_text(target_yaml, encoding="utf-8")
    return ProjectPaths(tmp_path)


@pytest.mark.parametrize("text, key, expected", [
    ("versi: 1\nbawaan:\n  jp_20: {nilai: 120, dasar: PP 11/2017}\n", "bawaan.jp_20.nilai", "0 sampai 100"),
    ("versi: 1\nbawaan:\n  jp20: {nilai: 100, dasar: PP}\n", "bawaan.jp20", "salah satu indikator"),
    ("versi: 1\nbawaan:\n  ikm: {nilai: 80}\n", "bawaan.ikm.dasar", "peraturan atau dokumen"),
    ("versi: 1\nbawaan:\n  ikm: {nilai: baik, dasar: x}\n", "bawaan.ikm.nilai", "angka"),
    ("versi: 2\nbawaan: {}\n", "versi", "1"),
    ("versi: 1\nper_dinas:\n  kesehatan:\n    tahun_ini: {}\n", "per_dinas.kesehatan.tahun_ini", "semua_tahun"),
    ("versi: 1\nbawaan: [1, 2\n", "baris", "YAML"),
], ids=["value-out-of-range", "unknown-indicator", "no-basis", "not-a-number", "wrong-version",
        "bad-year-key", "broken-yaml"])
def test_a_wrong_targets_file_names_file_key_value_and_expectation(tmp_path, text, key, expected):
    with pytest.raises(ConfigError) as caught:
        load_targets(_root(tmp_path, text), "kesehatan", 2025)
    message = str(caught.value)
    assert "target.yml" in message and key in message and expected in message


def test_targets_layer_from_default_to_year_to_dinas(tmp_path):
    paths = _root(tmp_path, "versi: 1\nbawaan:\n  jp_20: {nilai: 100, dasar: PP 11/2017}\n"
                            "  persen_realisasi: {nilai: 95, dasar: kebijakan}\n"
                            "per_tahun:\n  2025:\n    persen_realisasi: {nilai: 90, dasar: RKPD 2025}\n"
                            "per_dinas:\n  kesehatan:\n    semua_tahun:\n      jp_20: {nilai: 80, dasar: Renstra}\n"
                            "    2025:\n      persen_realisasi: {nilai: 85, dasar: PK 2025}\n")
    assert load_targets(paths, "sosial", 2024)["persen_realisasi"].nilai == 95
    assert load_targets(paths, "sosial", 2025)["persen_realisasi"].nilai == 90
    kes = load_targets(paths, "kesehatan", 2025)
    assert (kes["jp_20"].nilai, kes["persen_realisasi"].nilai) == (80, 85)
    assert kes["persen_realisasi"].dasar == {"id": "PK 2025", "en": "PK 2025"}


def test_the_shipped_configuration_is_valid():
    paths = project()
    config = load_report_config(paths)
    assert config.unit_penerbit["id"].startswith("Badan Pengembangan Sumber Daya Manusia")
    targets = load_targets(paths, "kesehatan", 2025)
    assert targets["jp_20"].nilai == 100 and "PP 11/2017" in targets["jp_20"].dasar["id"]
    assert "Government Regulation 11/2017" in targets["jp_20"].dasar["en"]
    assert targets["ikm"].nilai == 76.61


def test_a_signatory_nip_must_have_18_digits(tmp_path):
    shipped = (project().root / "config" / "laporan.yml").read_text(encoding="utf-8")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "laporan.yml").write_text(shipped.replace('nip: ""', 'nip: "19700101"'), encoding="utf-8")
    with pytest.raises(ConfigError, match="penandatangan.nip"):
        load_report_config(ProjectPaths(tmp_path))


# --- met / not met / cannot be judged ------------------------------------------------------------
def _target(key: str, value: float, higher_better: bool) -> Target:
    return Target(key, value, {"id": "dasar", "en": "basis"}, higher_better)


HIGHER = _target("ikm", 76.61, True)


@pytest.mark.parametrize("key, figure, target, status", [
    ("ikm", _est(80.0, 78.0, 82.0), HIGHER, "met"),
    ("ikm", _est(72.0, 70.0, 74.0), HIGHER, "not_met"),
    ("ikm", _est(77.0, 75.0, 79.0), HIGHER, "cannot"),
    ("jp_20", _est(0.97, 0.94, 1.0), _target("jp_20", 100, True), "not_met"),
    ("jp_20", _est(1.0, 0.96, 1.0), _target("jp_20", 100, True), "met"),
    ("biaya_per_poin", _est(200e3, 180e3, 220e3), _target("biaya_per_poin", 250e3, False), "met"),
    ("biaya_per_poin", _est(300e3, 280e3, 320e3), _target("biaya_per_poin", 250e3, False), "not_met"),
    ("persen_realisasi", 96.0, _target("persen_realisasi", 95, True), "met"),
    ("ikm", _none(4, kategori=None), HIGHER, "cannot"),
], ids=["interval-above", "interval-below", "interval-holds-target", "100pct-target-not-everyone",
        "100pct-everyone-counted-met", "cost-below-target", "cost-above-target", "realisation-number",
        "too-few-respondents"])
def test_a_target_is_met_only_when_the_interval_says_so(key, figure, target, status):
    assert comparison.judge(key, figure, target, "id").status == status


def test_a_target_that_cannot_be_judged_says_why():
    verdict = comparison.judge("ikm", _none(4, kategori=None), HIGHER, "id")
    assert "4 responden" in verdict.text("id")
    assert "rentang memuat target" in comparison.judge("ikm", _est(77.0, 75.0, 79.0), HIGHER, "id").text("id")


# --- reasons ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("estimate, phrase", [
    (_none(390, unit_dilatih=2, unit_pembanding=9, rata_rata={}), "hanya 2 unit dilatih dan 9 unit pembanding"),
    (_none(89, n_kegiatan=4, alasan="kegiatan_kurang"), "hanya 4 kegiatan, perlu sedikitnya 5"),
    (_none(177, n_kegiatan=6, alasan="gain_tidak_positif", rata_gain=-0.58, anggaran_rp=61.8e6),
     "rata-rata kenaikan nilai peserta tidak positif (−0,6 poin; 6 kegiatan, 177 peserta bernilai pre dan post), "
     "jadi biaya kegiatannya Rp 61,8 juta"),
    (_none(4), "hanya 4 data, perlu sedikitnya 10"),
    (_none(22), "regresi perlu sedikitnya 30"),
    (_none(0), "tidak ada data pada periode ini"),
    (None, "tidak ada data pada periode ini"),
    (_none(0, n_kegiatan=0, alasan="kegiatan_kurang"), "tidak ada kegiatan pada periode ini"),
], ids=["did-comparison-units", "cost-few-activities", "cost-gain-not-positive", "mean-small-n",
        "regression-small-n", "empty", "absent", "cost-no-activities"])
def test_every_missing_figure_says_its_actual_reason(estimate, phrase):
    assert phrase in reasons.reason(estimate, "id")


@pytest.mark.parametrize("did, lang, phrase", [
    ({"tersedia": False, "alasan": "periode_tidak_ada"}, "id", "data tidak mencakup periode sebelum dan sesudah"),
    ({"tersedia": False, "alasan": "periode_tidak_ada"}, "en", "data do not cover periods before and after"),
    ({"tersedia": False, "alasan": "tanpa_skm"}, "en", "no public satisfaction survey data"),
], ids=["no-periods-id", "no-periods-en", "no-survey-en"])
def test_an_impact_that_cannot_be_set_up_says_why_in_the_reader_language(did, lang, phrase):
    assert phrase in reasons.unavailable(did, lang)


def test_a_method_without_activities_is_not_called_too_few_and_english_counts_read_right():
    assert "only 0" not in reasons.reason(_none(0, n_kegiatan=0, alasan="kegiatan_kurang"), "en")
    assert reasons.reason(_none(30, n_kegiatan=1, alasan="kegiatan_kurang"), "en") == (
        "only 1 activity, at least 5 needed for a cost per point")


def test_a_method_whose_gain_is_not_positive_is_a_finding_not_missing_data():
    assert reasons.is_finding(_none(177, n_kegiatan=6, alasan="gain_tidak_positif"))
    assert not reasons.is_finding(_none(89, n_kegiatan=4, alasan="kegiatan_kurang"))


# --- ranks -----------------------------------------------------------------------------------------
def _figures(rows: dict[str, dict[str, Any]]) -> dict[str, KeyFigures]:
    """Key figures of each scope, holding only the figure ranked."""
    return cast(dict[str, KeyFigures], rows)


def test_rank_range_widens_only_where_intervals_overlap():
    rows = {"a": {"gain": _est(10, 9, 11)}, "b": {"gain": _est(8, 7.5, 10.5)}, "c": {"gain": _est(5, 4, 6)},
            "d": {"gain": _none(3)}}
    ranked = trend.ranks(_figures(rows), "gain")
    assert set(ranked) == {"a", "b", "c"}
    assert (ranked["a"]["peringkat"], ranked["a"]["peringkat_terbaik"], ranked["a"]["peringkat_terburuk"]) == (1, 1, 2)
    assert (ranked["c"]["peringkat"], ranked["c"]["peringkat_terbaik"], ranked["c"]["peringkat_terburuk"]) == (3, 3, 3)
    cheaper_is_better = trend.ranks(_figures({"x": {"biaya_per_poin": _est(1, 1, 1)},
                                             "y": {"biaya_per_poin": _est(2, 2, 2)},
                                             "z": {"biaya_per_poin": _est(3, 3, 3)}}), "biaya_per_poin")
    assert cheaper_is_better["x"]["peringkat"] == 1 and cheaper_is_better["z"]["peringkat"] == 3


# --- recommendations on real results ---------------------------------------------------------------
@pytest.fixture(scope="module")
def hasil(pipeline_root):
    return results.read(project(pipeline_root).hasil("kesehatan"))


def test_a_dinas_recommendation_from_the_province_estimate_says_so(hasil):
    h = copy.deepcopy(hasil)
    h["anggaran_vs_peningkatan"]["model"]["gain_per_dobel"] = _none(12)
    prov = h["anggaran_vs_peningkatan"]["model_provinsi"]["gain_per_dobel"]
    prov.update(estimasi=2.0, ci_bawah=1.5, ci_atas=2.5, cukup_data=True)
    budget = [r for r in rules.recommendations(h, "id") if r.rule.startswith("rec_budget")]
    assert budget and budget[0].province_basis
    assert "estimasi seluruh provinsi" in budget[0].text and "hanya 12 data" in budget[0].text
    assert ". Dasar rekomendasi ini" in budget[0].text and budget[0].text.endswith(").")  # a sentence of its own
    finding = N.budget(h, "id")  # the summary finding is marked as the province's too
    assert "model seluruh provinsi" in finding and "hanya 12 data" in finding and finding.endswith(").")


def test_every_recommendation_has_a_follow_up_due_in_the_year_after_the_evaluation(pipeline_root):
    ctx = sections.load_context("kesehatan", "id", project(pipeline_root))
    recs = rules.recommendations(ctx.hasil, "id", ctx.targets)
    assert recs and recs[-1].rule == "rec_data"
    for rec in recs:
        assert rec.action and rec.owner in ("pengembangan", "anggaran", "layanan", "evaluasi")
        assert recommendation.deadline(ctx.hasil["tahun"], rec.quarter, "id").endswith(str(ctx.hasil["tahun"] + 1))
    assert recommendation.deadline(2025, 2, "id") == "Triwulan II 2026"
    assert recommendation.deadline(2025, 4, "en") == "Quarter 4 2026"


def test_the_jp_rule_follows_the_target_file(hasil):
    h = copy.deepcopy(hasil)
    h["pelaksanaan"]["jp_20"]["keseluruhan"].update(estimasi=0.85, ci_bawah=0.8, ci_atas=0.9, cukup_data=True)
    fires = lambda goal: any(r.rule == "rec_jp" for r in rules.recommendations(  # noqa: E731
        h, "id", {"jp_20": Target("jp_20", goal, {"id": "Renstra", "en": "Renstra"}, True)}))
    assert fires(100) and not fires(80)


def test_the_jp_recommendation_names_units_only_when_there_are_some(hasil):
    h = copy.deepcopy(hasil)
    h["pelaksanaan"]["jp_20"]["keseluruhan"].update(estimasi=0.0, ci_bawah=0.0, ci_atas=0.09, cukup_data=True)
    h["pelaksanaan"]["jp_20"]["unit_terendah"] = []
    rec = next(r for r in rules.recommendations(h, "id") if r.rule == "rec_jp")
    assert rec.text.endswith("di semua unit.") and "–" not in rec.text
    assert "terendah" not in rec.action  # the follow-up row names no lowest units either


def test_the_jp_recommendation_starts_only_with_units_below_the_target(hasil):
    """REVIEW5b 19: 'utamakan unit terendah' listed a unit where every PNS had 20 JP (100,0%) beside the two below
    (the dinas's own figure above both: LOOK11 L-8 leaves out units above it, test_jp_start)."""
    h = copy.deepcopy(hasil)
    h["pelaksanaan"]["jp_20"]["keseluruhan"].update(estimasi=0.9, ci_bawah=0.85, ci_atas=0.94, cukup_data=True)
    def unit(name: str, share: float) -> dict:
        return {"dinas": "kesehatan", "unit_kerja": name, "n": 12, "memenuhi": round(share * 12 / 100),
                "persen_memenuhi": share, "persen_bawah": share - 20, "persen_atas": min(share + 10, 100),
                "rata_jp": 20.0}

    h["pelaksanaan"]["jp_20"]["unit_terendah"] = [unit("Unit Selatan", 60.0), unit("Unit Barat", 83.3),
                                                  unit("Unit Utara", 100.0)]
    rec = next(r for r in rules.recommendations(h, "id") if r.rule == "rec_jp")
    assert "Unit Selatan" in rec.text and "Unit Barat" in rec.text
    assert "Unit Utara" not in rec.text


def test_absorbing_the_ceiling_first_is_not_marked_as_the_province_estimate(hasil):
    """Rule 2 may rest on the province's slope, but 'spend what was granted' rests on the dinas's own
    realisation: the follow-up row carries no province marker, and the sentence says the realisation only, never
    more cost per participant after it (REVIEW5b 12: Dispora's 'Serap dulu pagu … sebelum menambah anggaran per
    peserta' rested on a correlation the province calls non-causal)."""
    h = copy.deepcopy(hasil)
    h["anggaran_vs_peningkatan"]["model"]["gain_per_dobel"] = _none(12)
    prov = h["anggaran_vs_peningkatan"]["model_provinsi"]["gain_per_dobel"]
    prov.update(estimasi=2.0, ci_bawah=1.5, ci_atas=2.5, cukup_data=True)
    h["anggaran_vs_peningkatan"]["biaya_per_poin"] = []  # no cheaper method: absorbing comes first
    for row in h["pelaksanaan"]["realisasi_anggaran"]:
        row["persen_realisasi"] = 50.0
    recs = {r.rule: r for r in rules.recommendations(h, "id")}
    assert "rec_budget_absorb_first" in recs, sorted(recs)
    absorb = recs["rec_budget_absorb_first"]
    # one sentence with its link (R6-33): no slope, no province basis and its minimum (the annex states minimums)
    assert not absorb.province_basis and "estimasi seluruh provinsi" not in absorb.text
    assert absorb.text == ("Perbaiki perencanaan dan penyerapan anggaran: realisasi 50,0% dari pagu, target 95,0% "
                           "(temuan 9.1: realisasi anggaran di bawah target).")
    assert "perlu sedikitnya" not in absorb.text and "penggandaan" not in absorb.text
    assert "Naikkan biaya per peserta" not in " ".join(r.action for r in recs.values())


def test_the_service_recommendation_carries_its_number(hasil):
    """'unit yang dilatih menunjukkan kenaikan IKM yang lebih besar' gave a Kepala Dinas no size to act on."""
    recs = [r.text for r in rules.recommendations(hasil, "id") if r.rule in ("rec_did_expand", "rec_did_review")]
    assert all("poin" in text and "rentang keyakinan 95%" in text for text in recs)


@pytest.mark.parametrize(("lang", "said"), [
    # signed, as BAB V prints every slope (LOOK37b M-16)
    pytest.param("id", "−1,6 poin per poin skor resistensi (rentang keyakinan 95%: −1,8 s.d. −1,4; n = 7.811).",
                 id="id"),
    pytest.param("en", "−1.6 points per point of resistance (95% CI: −1.8 to −1.4; n = 7,811).", id="en"),
])
def test_the_resistance_recommendation_carries_its_number(hasil, lang, said):
    """LOOK9 #12: Rek. 'resistensi tinggi berkaitan dengan kenaikan nilai yang lebih kecil' had no number, n or
    interval; it now gives BAB V's slope (only when it is clearly below zero)."""
    h = copy.deepcopy(hasil)
    h["tantangan"]["resistensi"]["gain_per_poin_resistensi"] = _est(-1.5676, -1.7539, -1.3813, n=7811)
    recs = [r.text for r in rules.recommendations(h, lang) if r.rule == "rec_resist"]
    assert len(recs) == 1 and said in recs[0], recs
    h["tantangan"]["resistensi"]["gain_per_poin_resistensi"] = _est(-0.5, -1.2, 0.2, n=7811)
    assert not [r for r in rules.recommendations(h, lang) if r.rule == "rec_resist"]


@pytest.mark.parametrize("basis, shown", [
    ("'PermenPAN-RB 14/2017: IKM konversi >= 76,61'", "PermenPAN-RB 14/2017: IKM konversi ≥ 76,61"),
    ("{id: 'biaya <= Rp 400.000', en: 'cost <= Rp 400,000'}", "biaya ≤ Rp 400.000"),
], ids=["typed-at-least", "typed-at-most-per-language"])
def test_a_target_basis_typed_with_ascii_signs_is_shown_with_the_reports_signs(tmp_path, basis, shown):
    """One spelling wherever a reader sees a comparison: the tables print "≥ 76,61", so the basis beside them
    does too, whatever was typed in config/target.yml."""
    paths = _root(tmp_path, f"versi: 1\nbawaan:\n  ikm: {{nilai: 76.61, dasar: {basis}}}\n")
    dasar = load_targets(paths, "kesehatan", 2025)["ikm"].dasar
    assert dasar["id"] == shown and ">=" not in dasar["en"] and "<=" not in dasar["en"]


def test_the_shipped_configuration_has_no_ascii_comparison_signs():
    from evalasn.report.config import config_file

    for name in ("target.yml", "laporan.yml"):
        text = config_file(project(), name).read_text(encoding="utf-8")
        assert ">=" not in text and "<=" not in text, name


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dinas_plan_row_from_the_province_estimate_says_so_in_one_bracket(hasil, lang):
    """LOOK12 K-7: Dispora's BIAYA-POIN read 'tetapkan plafon Rp 1,8 juta per peserta (median data evaluasi)
    (berdasarkan estimasi provinsi)': two brackets in a row, and the first hid that the ceiling is the province's
    median. One bracket says both."""
    h = copy.deepcopy(hasil)
    h["anggaran_vs_peningkatan"]["model"]["gain_per_dobel"] = _none(12)
    prov = h["anggaran_vs_peningkatan"]["model_provinsi"]["gain_per_dobel"]
    prov.update(estimasi=2.0, ci_bawah=1.5, ci_atas=2.5, cukup_data=True)
    (budget,) = [r for r in rules.recommendations(h, lang) if r.rule.startswith("rec_budget")]
    assert budget.province_basis and ") (" not in budget.action, budget.action
    said = {"id": ("median provinsi", "berdasarkan estimasi provinsi"),
            "en": ("province median", "based on the province's estimate")}[lang]
    assert sum(budget.action.count(words) for words in said) == 1, budget.action
    assert "median data evaluasi" not in budget.action and "evaluation data" not in budget.action


_METHOD_COSTS: Any = [{"metode": "pelatihan", "biaya_per_peserta_rp": 4.1e6, "n_kegiatan": 8},
                     {"metode": "workshop", "biaya_per_peserta_rp": 2.5e6, "n_kegiatan": 5},
                     {"metode": "seminar", "n_kegiatan": 0, "kegiatan_tanpa_biaya": 2}]  # no costed participant


@pytest.mark.parametrize(("lang", "basis", "expected"), [
    ("id", False, "Jangan menaikkan biaya per peserta setiap metode di atas tingkatnya pada 2025 (BAB IV): pelatihan "
                  "≤ Rp 4.100.000 dan workshop ≤ Rp 2.500.000 per peserta; plafon per metode, bukan satu plafon untuk "
                  "semua metode"),
    ("id", True, "untuk semua metode (rekomendasinya berdasarkan estimasi provinsi; plafon: tingkat 2025 "
                 "dinas ini sendiri per metode)"),
    ("en", False, "Do not raise any method's cost per participant above its 2025 level (Chapter IV): classroom "
                  "training ≤ Rp 4,100,000 and workshop ≤ Rp 2,500,000 per participant; a ceiling per method, not "
                  "one for all methods"),
], ids=["id-own", "id-province-estimate", "en-own"])
def test_the_budget_ceiling_is_per_method_at_this_years_level(lang, basis, expected):
    """LOOK20 W-1: Kesehatan's BIAYA-POIN set 'tetapkan plafon Rp 1,7 juta per peserta (median data evaluasi)' while
    the same plan moved seminar and e-learning money to pelatihan at Rp 4,1 juta per peserta: one ceiling across
    methods ruled out the method the plan recommends. The ceiling is per method, at the year's level of each
    (constants.FOLLOW_UP_COST_CAP_FIELD), a method without a costed participant has none; a row resting on the
    province's estimate says so once beside it (LOOK12 K-7)."""
    action = budget_rule.budget_action(_METHOD_COSTS, 2025, None, lang, basis=basis)
    assert action.endswith(expected) and "median" not in action and "seminar" not in action, action
    assert budget_rule.budget_action([], 2025, None, lang) == rules.t("fu_rec_budget_hold", lang)


@pytest.mark.parametrize(("lang", "printed"), [("id", "mentoring ≤ Rp 1.375.471"), ("en", "mentoring ≤ Rp 1,375,471")])
def test_a_cost_ceiling_is_printed_to_the_rupiah_as_bab_iv_prints_the_level(lang, printed):
    """LOOK21 X-5: 'mentoring ≤ Rp 1,4 juta' for a 2025 level of Rp 1.375.470 (and 'pelatihan ≤ Rp 4,1 juta' for
    Rp 4.083.916) let the cost rise 1,8% under a sentence that forbids any rise: every ceiling is printed to the
    rupiah, in one precision with those under Rp 1 juta. LOOK25 W-6: rounded down, 'seminar ≤ Rp 895.038' stood
    beside Tabel 8's 'Rp 895.039' for the level it names; the ceiling is that level as BAB IV prints it."""
    costs: Any = [{"metode": "pelatihan", "biaya_per_peserta_rp": 4_083_915.91, "n_kegiatan": 9},
                  {"metode": "mentoring", "biaya_per_peserta_rp": 1_375_470.6, "n_kegiatan": 6},
                  {"metode": "e_learning", "biaya_per_peserta_rp": 460_342.2, "n_kegiatan": 5}]
    caps = budget_rule.method_caps(costs, lang)
    assert printed in caps and ("Rp 4.083.916" if lang == "id" else "Rp 4,083,916") in caps, caps
    assert "juta" not in caps and "million" not in caps, caps
    for cost, shown in zip(costs, caps.split("≤ Rp ")[1:], strict=True):
        digits = int("".join(ch for ch in shown.split(" ")[0] if ch.isdigit()))
        assert abs(digits - cost["biaya_per_peserta_rp"]) <= 0.5, (digits, cost)


@pytest.mark.parametrize(("lang", "level"), [
    pytest.param("id", 895_038.57, id="pendidikan-seminar-id"),
    pytest.param("en", 895_038.57, id="pendidikan-seminar-en"),
    pytest.param("id", 376_297.6, id="lingkungan-hidup-e-learning-id"),
    pytest.param("id", 922_737.5, id="half-rupiah-id"),
    pytest.param("id", 468_917.0, id="whole-rupiah-id"),
])
def test_a_ceiling_is_the_cost_per_participant_as_bab_iv_prints_it(lang, level):
    """LOOK25 W-6: 'seminar ≤ Rp 895.038' in the row that says the ceiling is the 2025 level, Tabel 8 'Rp 895.039'
    (895.038,57): one figure, one print. The ceiling is Tabel 8's cell (ctx.money, fmt.rupiah), so next year's cost
    printed equal to it meets it."""
    from evalasn.report.words import fmt
    from evalasn.report.words.text import label

    caps = budget_rule.method_caps(cast(Any, [{"metode": "seminar", "biaya_per_peserta_rp": level, "n_kegiatan": 5}]),
                                   lang)
    assert caps == f"{label('seminar', lang)} ≤ {fmt.rupiah(level, lang)}", caps


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_ceilings_basis_says_they_are_the_dinas_own_levels(lang):
    """LOOK21 X-4: Dispora's ceilings, its own Tabel 8 levels, were followed by '(berdasarkan estimasi provinsi)' as if
    they came from the province. The aside now says the estimate is the province's and the ceilings the dinas's own."""
    action = budget_rule.budget_action(_METHOD_COSTS, 2025, None, lang, basis=True)
    own = {"id": "plafon: tingkat 2025 dinas ini sendiri per metode",
           "en": "ceilings: this agency's own 2025 level per method"}[lang]
    bare = {"id": "per metode (berdasarkan estimasi provinsi)", "en": "for all methods (based on the province's "
            "estimate)"}[lang]
    assert own in action and bare not in action, action


# ppapp 2025 (LOOK37b M-11): pelatihan 5 activities, workshop and mentoring 1 each
_PPAPP_COSTS: Any = [{"metode": "pelatihan", "biaya_per_peserta_rp": 2_824_391.67, "n_kegiatan": 5},
                     {"metode": "workshop", "biaya_per_peserta_rp": 6_647_529.41, "n_kegiatan": 1},
                     {"metode": "seminar", "n_kegiatan": 0, "anggaran_rp": 0.0},
                     {"metode": "mentoring", "biaya_per_peserta_rp": 867_218.75, "n_kegiatan": 1}]


@pytest.mark.parametrize(("lang", "capped", "named"), [
    ("id", "pelatihan ≤ Rp 2.824.392 per peserta",
     "; tanpa plafon: workshop (1 kegiatan) dan mentoring (1 kegiatan), kegiatannya terlalu sedikit untuk biaya per "
     "poin (sedikitnya 5)"),
    ("en", "classroom training ≤ Rp 2,824,392 per participant",
     "; not given a ceiling: workshop (1 activity) and mentoring (1 activity), too few activities for a cost per point "
     "(at least 5)"),
])
def test_a_method_with_too_few_activities_gets_no_ceiling_but_is_named(lang, capped, named):
    """LOOK37b M-11: ppapp's one workshop, Rp 6.647.529 per participant, was given its level as the ceiling ('do not
    raise' read as approval). Only a method with enough activities for its cost per point gets a ceiling; one with
    too few is named with its activities."""
    action = budget_rule.budget_action(_PPAPP_COSTS, 2025, None, lang).replace("\xa0", " ")
    assert capped in action and action.endswith(named), action
    assert "6.647.529" not in action and "6,647,529" not in action and "867" not in action, action
    assert "seminar" not in action, action  # no cost per participant: nothing to name
