"""The province plan's rows that dinas carry out, in both plans (CHECK10 C10-4, C10-1): a province row assigned to
"setiap dinas" (or to named dinas, or deferred to by a dinas's IKM question) has its row in each such dinas's plan
— its own on the same finding, or carried on its own figures — and the two name each other; a dinas without the
row's population or already at the rule's line gets no row."""

from __future__ import annotations

import copy
import dataclasses
from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.paths import project
from evalasn.report.chapters import plan, plan_records, province_rows
from evalasn.report.context import Context, load_context
from tests.unit.hasil_edits import realised, without_mentoring

OWNERS = {"pengembangan": {"id": "Sekretariat {dinas} (subbagian kepegawaian)"},
          "sekretariat": {"id": "Sekretariat {dinas}"}, "layanan": {"id": "Unit pelayanan {dinas}"},
          "evaluasi": {"id": "BPSDM Provinsi DKI Jakarta (bidang evaluasi)"},
          "pelatihan": {"id": "BPSDM Provinsi DKI Jakarta (bidang penyelenggaraan pelatihan)"}}


def _row(code: str, rule: str, owner_key: str = "", target: float = 0.0, target_text: str = "≤ 0%",
         higher_better: bool = False) -> plan.PlanRow:
    return plan.PlanRow(f"provinsi-2025-{code}", code, rule, "Aksi provinsi", "Indikator", 50.0, "50,0%", target,
                        target_text, higher_better, "BPSDM; dilaksanakan oleh Sekretariat setiap dinas", 1,
                        "Triwulan I 2026", owner_key=owner_key)


def _element(unsur: str, lemah: bool) -> dict:
    return {"unsur": unsur, "lemah": lemah}


def _dinas(weak: tuple[str, ...] = (), earned: bool = False) -> Any:
    did = {"intervensi": {"dipilih": True, "teks": "layanan prima"}, "putusan": {"boleh_kausal": False}}
    return {"komunikasi": {"unsur": [_element(u, u in weak) for u in ("u2", "u5", "u7", "u8")]},
            "level4_hasil": {"did_ikm": did},
            "perbandingan_provinsi": {"dampak_provinsi": {"teks": "layanan prima"}} if earned else {}}


def _province(**dinas: Any) -> Any:
    hasil = {"cakupan": {"slug": "provinsi", "jenis": "provinsi"}, "perbandingan_dinas": [],
             "anggaran_vs_peningkatan": {"tanpa_kenaikan": [], "sedikit_kenaikan": []}}
    return SimpleNamespace(hasil=hasil, dinas_results=dinas, config=SimpleNamespace(penanggung_jawab=OWNERS))


@pytest.mark.parametrize(("row", "dinas", "expected"), [
    pytest.param(_row("PPPK-JP", "rec_pppk", "pengembangan"), {"a": _dinas(), "b": _dinas()}, ("a", "b"),
                 id="setiap-dinas-row-every-dinas"),
    # LOOK12 K-4: a row one BPSDM division holds in the province plan and in every dinas plan is linked to the dinas
    # rows as a row of their own units is (HELD_FOR_EACH); any other row without a dinas unit stays the province's
    pytest.param(_row("DATA", "rec_data", "evaluasi"), {"a": _dinas(), "b": _dinas()}, ("a", "b"),
                 id="data-held-by-bpsdm-for-each-dinas-every-dinas"),
    pytest.param(_row("U7", "rec_weak", "pelatihan"), {"a": _dinas(("u7",)), "b": _dinas()}, ("a",),
                 id="u7-held-by-bpsdm-the-dinas-where-it-is-weak"),
    pytest.param(_row("U7", "rec_weak", "pelatihan"), {"a": _dinas(), "b": _dinas()}, ("a", "b"),
                 id="u7-held-by-bpsdm-nowhere-weak-every-dinas"),
    pytest.param(_row("IKM-UKUR", "rec_did_measure", "evaluasi"), {"a": _dinas(), "b": _dinas()}, (),
                 id="other-row-without-a-dinas-unit-none"),
    pytest.param(_row("U2", "rec_weak", "sekretariat"), {"a": _dinas(("u2",)), "b": _dinas()}, ("a",),
                 id="weak-element-the-dinas-where-it-is-weak"),
    pytest.param(_row("U8", "rec_weak", "sekretariat"), {"a": _dinas(), "b": _dinas()}, ("a", "b"),
                 id="weak-element-nowhere-weak-every-dinas"),
    pytest.param(_row("IKM", "rec_did_expand", "pelatihan"), {"a": _dinas(earned=True), "b": _dinas()}, ("a",),
                 id="province-ikm-row-the-dinas-deferring-to-it"),
])
def test_a_province_row_is_carried_out_by_the_dinas_its_owner_names(row, dinas, expected):
    """C10-4: the province gave PPPK-JP, PORSI-MENTORING, U2/U4/U5 to 'setiap dinas' while no agency plan had them;
    C10-1: the agencies deferring their IKM question to the province's earned estimate had no row linked to it."""
    assert province_rows.executors(_province(**dinas), row) == expected


@pytest.fixture
def kesehatan(pipeline_root) -> Context:
    return load_context("kesehatan", "id", project(pipeline_root))


def _with(ctx: Context, change) -> Context:
    hasil: Any = copy.deepcopy(ctx.hasil)
    change(hasil)
    return dataclasses.replace(ctx, hasil=hasil)


def _pppk(n: int, over: int | None):
    def change(hasil: Any) -> None:
        withheld = {"n": n, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False}
        hasil["pelaksanaan"]["jp_20"]["pppk"] = {"n": n, "di_atas_batas": withheld, "jumlah_di_atas_batas": over}
    return change


def _no_pppk(hasil: Any) -> None:
    hasil["pelaksanaan"]["jp_20"]["pppk"] = None


def _element_withheld(hasil: Any) -> None:
    hasil["komunikasi"]["unsur"] = [{"unsur": "u5", "n": 40, "estimasi": None, "ci_bawah": None, "ci_atas": None,
                                     "cukup_data": False, "lemah": False, "alasan": "unit_kurang", "n_unit_layanan": 2}]




def _ikm_withheld(hasil: Any) -> None:
    hasil["level4_hasil"]["ikm_per_periode"][-1].update(estimasi=None, ci_bawah=None, ci_atas=None, cukup_data=False,
                                                         alasan="unit_kurang", n_unit_layanan=1)


@pytest.mark.parametrize(("row", "change", "today", "target"), [
    pytest.param(_row("PPPK-JP", "rec_pppk", "pengembangan"), _pppk(9, 7), "7 dari 9 PPPK (77,8%; hitungan, "
                 "tanpa rentang)", "0 PPPK di atas 24 JP", id="few-pppk-counted-not-hidden"),
    pytest.param(_row("PPPK-JP", "rec_pppk", "pengembangan"), _pppk(9, 0), None, None, id="no-pppk-above-the-cap"),
    pytest.param(_row("PPPK-JP", "rec_pppk", "pengembangan"), _no_pppk, None, None, id="no-pppk-at-all"),
    pytest.param(_row("U5", "rec_weak", "teknis", 3.0644, "≥ 3,0644", True), _element_withheld,
                 "belum dapat dihitung", "≥ 3,0644", id="two-service-units-a-pointer-with-the-reason"),
    pytest.param(_row("REALISASI", "rec_realisation", "anggaran", 95.0, "≥ 95%", True), realised(96.0), None, None,
                 id="realisation-already-at-its-target"),
    pytest.param(_row("REALISASI", "rec_realisation", "anggaran", 95.0, "≥ 95%", True), realised(80.0), "80,0%",
                 "≥ 95,0%", id="realisation-below-its-target"),
    pytest.param(_row("PORSI-MENTORING", "rec_method", "pengembangan", 26.6, "≥ 26,6%", True), without_mentoring,
                 None, None, id="no-mentoring-no-share-row"),
    # the province's earned effect: extend the programme to the units without it, whatever the dinas's IKM category
    # (the sample's Kesehatan IKM is above the B line 76,61: still carried, its own interval's end as target)
    pytest.param(_row("IKM", "rec_did_expand", "pelatihan", 81.38, "≥ 81,38", True), lambda hasil: None, ",",
                 "≥ ", id="ikm-row-the-dinas-defers-to"),
    # one service unit: its IKM withheld, the row a pointer with the province plan's target for the row (not the B
    # line, which the row's rule does not aim at), floored as the province plan floors it (LOOK15 Q-1 and its residue)
    pytest.param(_row("IKM", "rec_did_expand", "pelatihan", 81.38, "≥ 81,38", True), _ikm_withheld,
                 "belum dapat dihitung", "≥ 81,38 (target rencana provinsi 2025 untuk 2026)",
                 id="one-service-unit-ikm-pointer"),
])
def test_a_dinas_carries_a_province_row_on_its_own_figure_or_not_at_all(kesehatan, row, change, today, target):
    """The carried row: the province's code and rule on the dinas's own value (a count for too few PPPK, the reason
    for a withheld element mean), never an empty or meaningless row (no PPPK, no mentoring, the target met)."""
    ctx = _with(kesehatan, change)
    carried = province_rows.carry(ctx, row)
    if today is None:
        assert carried is None
        return
    assert carried is not None and carried.code == row.code and carried.province_rows == (row.id,)
    assert carried.id == f"kesehatan-{ctx.hasil['tahun']}-{row.code}"
    assert today in carried.today_text and carried.target_text.startswith(target), (carried.today_text,
                                                                                    carried.target_text)
    assert carried.action.endswith(f"(dari baris {row.code} rencana provinsi)") and "Aksi provinsi" not in \
        carried.action
    assert "setiap dinas" not in carried.owner and ("Kesehatan" in carried.owner or row.owner_key == "pelatihan")


def test_a_dinas_row_on_the_same_finding_names_the_province_row(kesehatan):
    """A dinas's own row on a province row it carries out is linked, not doubled."""
    province = kesehatan.province_ctx
    assert province is not None
    own = plan.rows(kesehatan)
    linked = province_rows.link(kesehatan, own)
    assert [row.code for row in linked[:len(own)]] == [row.code for row in own]
    by_code = {row.code: row for row in linked}
    for prow in province_rows.province_plan(province):
        if "kesehatan" in province_rows.executors(province, prow) and prow.code in by_code:
            assert prow.id in by_code[prow.code].province_rows
    assert len({row.code for row in linked}) == len(linked)


def _budget_province(lang: str) -> Any:
    hasil = {"cakupan": {"slug": "provinsi", "jenis": "provinsi"}, "tahun": 2025,
             "anggaran_vs_peningkatan": {"biaya_per_poin": [
                 {"metode": "pelatihan", "biaya_per_peserta_rp": 4.1e6, "n_kegiatan": 20},
                 {"metode": "workshop", "biaya_per_peserta_rp": 1.3e6, "n_kegiatan": 10}]}}
    return SimpleNamespace(hasil=hasil, lang=lang, province=True, dinas_results={"kesehatan": {}, "dispora": {}},
                           config=None)


@pytest.mark.parametrize(("lang", "having", "said", "not_said"), [
    pytest.param("id", ("kesehatan",), "lihat baris BIAYA-POIN rencana Kesehatan; dinas lain: tingkat provinsi 2025, "
                 "pelatihan ≤ Rp 4.100.000 dan workshop ≤ Rp 1.300.000 per peserta", "rencana dinas itu",
                 id="id-one-of-two-named"),
    pytest.param("en", ("kesehatan",), "see the BIAYA-POIN row of the plans of Health; other agencies: the province's "
                 "2025 level, classroom training ≤ Rp 4,100,000 and workshop ≤ Rp 1,300,000 per participant",
                 "that agency's plan", id="en-one-of-two-named"),
    pytest.param("id", (), "di setiap dinas di atas tingkat provinsi 2025: pelatihan ≤ Rp 4.100.000 dan workshop ≤ "
                 "Rp 1.300.000 per peserta; plafon per metode", "lihat baris", id="id-none-has-the-row"),
    pytest.param("en", (), "in any agency above the province's 2025 level: classroom training ≤ Rp 4,100,000 "
                 "and workshop ≤ Rp 1,300,000 per participant; a ceiling per method", "see the",
                 id="en-none-has-the-row"),
    pytest.param("id", ("dispora", "kesehatan"), "lihat baris BIAYA-POIN rencana setiap dinas (tingkat 2025 metode "
                 "itu di dinas itu)", "rencananya tidak memuat", id="id-every-dinas-has-it"),
])
def test_the_province_budget_row_points_only_at_dinas_rows_that_exist(monkeypatch, lang, having, said, not_said):
    """CHECK11 C11-13: the province BIAYA-POIN row said 'lihat baris BIAYA-POIN rencana dinas itu' while no dinas plan
    had that row. LOOK20 W-1: its ceiling is per method (the province's levels for a dinas without the row), never one
    median across methods ('median provinsi Rp 1,8 juta' ruled out pelatihan at Rp 4,1 juta)."""
    from evalasn.report.chapters import budget_rule
    ctx = _budget_province(lang)
    action = budget_rule.budget_action(ctx.hasil["anggaran_vs_peningkatan"]["biaya_per_poin"], 2025, None, lang,
                                       province=True)
    row = dataclasses.replace(_row("BIAYA-POIN", "rec_budget_cheaper", "anggaran"), action=action + " (dari X)")
    found = {slug: ({plan.dinas_finding(row): f"{slug}-2025-BIAYA-POIN"} if slug in having else {})
             for slug in ("kesehatan", "dispora")}
    monkeypatch.setattr(province_rows, "executors", lambda _ctx, _row: ("dispora", "kesehatan"))
    monkeypatch.setattr(province_rows, "own_findings", lambda _ctx, slug, cache: cache.setdefault(slug, found[slug]))
    linked, = province_rows.dinas_links(ctx, [row])
    assert said in linked.action and not_said not in linked.action and linked.action.endswith(" (dari X)"), \
        linked.action
    assert linked.dinas_rows == tuple(f"{slug}-2025-BIAYA-POIN" for slug in ("dispora", "kesehatan") if slug in having)


def _cost_withheld(hasil: Any) -> None:
    """Kebudayaan's cost per point in the sample: 2 activities without a recorded cost, 4 with one."""
    hasil["anggaran_vs_peningkatan"]["biaya_per_poin_semua"] = {
        "n": 61, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False, "n_kegiatan": 4,
        "kegiatan_tanpa_biaya": 2, "alasan": "biaya_tidak_tercatat", "rata_gain": 7.7, "anggaran_rp": 153_357_000.0}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_withheld_value_cell_gives_its_cause_and_the_note_its_whole_reason(kesehatan, lang):
    """LOOK15 Q-10: Kebudayaan's BIAYA-POIN 'Nilai 2025' cell was the 12-line reason ('belum dapat dihitung: biaya
    tidak tercatat: 2 kegiatan dengan anggaran Rp 0 atau kosong; hanya 4 kegiatan …, perlu sedikitnya 5 untuk biaya
    per / poin'); the cell now gives the cause with a mark, the note under the table the reason once, the workbook
    the whole text."""
    from evalasn.report.chapters import followup
    from evalasn.report.words import reasons

    ctx = dataclasses.replace(_with(kesehatan, _cost_withheld), lang=lang)
    row = _row("BIAYA-POIN", "rec_budget_cheaper", "keuangan", 238_866.0, "≤ Rp 238.866")
    carried = province_rows.carry(ctx, row)
    assert carried is not None
    whole = reasons.reason(ctx.hasil["anggaran_vs_peningkatan"]["biaya_per_poin_semua"], lang)
    # LOOK36 J-2: its cause says what is short, not "biaya tidak tercatat" where 4 activities have a cost
    cell = {"id": "belum dapat dihitung: kegiatan berbiaya tercatat kurang dari 5",
            "en": "cannot be computed: fewer than 5 activities with a recorded cost"}[lang]
    assert (carried.today_text, carried.today_reason) == (cell, whole)
    assert "perlu sedikitnya 5" in whole or "needs at least 5" in whole
    assert followup.rows(ctx, [carried])[0][3] == cell + "ᵃ"
    assert followup.withheld_note([carried]) == f"ᵃ {whole}."
    sheet = plan_records.sheet_rows([carried], lang)[0][plan_records.SHEET_COLUMNS.index("nilai_kini")]
    assert sheet == {"id": "belum dapat dihitung: ", "en": "cannot be computed: "}[lang] + whole
