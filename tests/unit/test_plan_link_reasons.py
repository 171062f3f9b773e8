"""The links between the province plan and the dinas plans say what they mean (LOOK12 K-4, K-9, FOUND gain11): a dinas
without a province row says why, by its own figures; the executor cell says "setiap dinas" only when every dinas
carries the row; a row one province office holds in both plans says it is one task measured twice; one code, one
indicator (IKM-CD counts a dinas's units, IKM-CD-DINAS the province's dinas); a province-wide fall with no recorded
cost is carried out by the dinas that held the method, not by one dinas."""

from __future__ import annotations

import copy
import dataclasses
from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.analysis import budget
from evalasn.report.chapters import followup, plan, plan_indicators, plan_owners, province_rows, recommendation
from evalasn.report.words import names
from evalasn.report.words.text import t
from tests.unit.hasil_edits import realised, without_mentoring

OWNERS = {"pengembangan": {"id": "Sekretariat {dinas} (subbagian kepegawaian)",
                           "en": "{dinas} secretariat (personnel section)"},
          "sekretariat": {"id": "Sekretariat {dinas}", "en": "{dinas} secretariat"},
          "evaluasi": {"id": "BPSDM (bidang evaluasi)", "en": "BPSDM (evaluation division)"},
          "pelatihan": {"id": "BPSDM (bidang penyelenggaraan pelatihan)", "en": "BPSDM (training delivery division)"}}
OFFICES = {"pengembangan": {"id": "BPSDM (bidang pengembangan kompetensi)",
                            "en": "BPSDM (competency development division)"}}
FIVE = ("dispora", "kesehatan", "kpkp", "pendidikan", "prkp")


def _ctx(lang: str, dinas: dict[str, Any] | None = None, hasil: Any = None, province: bool = True) -> Any:
    slug = "provinsi" if province else "kesehatan"
    return SimpleNamespace(lang=lang, province=province, t=lambda key, **values: t(key, lang, **values),
                           hasil=hasil or {"cakupan": {"slug": slug, "jenis": "provinsi" if province else "dinas"}},
                           dinas_results=dinas if dinas is not None else {slug: {} for slug in FIVE},
                           config=SimpleNamespace(penanggung_jawab=OWNERS, koordinator=OFFICES))


def _row(code: str, rule: str, owner: str = "", owner_key: str = "", **links: Any) -> plan.PlanRow:
    return plan.PlanRow(f"provinsi-2025-{code}", code, rule, "Aksi", "Indikator", 50.0, "50,0%", 0.0, "≤ 0%", False,
                        owner, 1, "Triwulan I 2026", owner_key=owner_key, **links)


# --- K-9: why a dinas plan has no row on a province row, from that dinas's own figures --------------------------------

def _pppk(n: int, over: int | None):
    def change(hasil: Any) -> None:
        withheld = {"n": n, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False}
        hasil["pelaksanaan"]["jp_20"]["pppk"] = {"n": n, "di_atas_batas": withheld, "jumlah_di_atas_batas": over}
    return change


def _no_pppk(hasil: Any) -> None:
    hasil["pelaksanaan"]["jp_20"]["pppk"] = None




def _not_received(hasil: Any) -> None:
    hasil["tren"] = [{**row, "dinas_tanpa_data_kegiatan": ["kesehatan"]} if row["tahun"] == hasil["tahun"] else row
                     for row in hasil.get("tren") or [{"tahun": hasil["tahun"]}]]
    _no_pppk(hasil)


@pytest.mark.parametrize(("row", "change", "said"), [
    pytest.param(_row("PPPK-JP", "rec_pppk", owner_key="pengembangan"), _no_pppk,
                 {"id": "tidak ada PPPK", "en": "no PPPK"}, id="no-pppk-at-all"),
    pytest.param(_row("PPPK-JP", "rec_pppk", owner_key="pengembangan"), _pppk(9, 0),
                 {"id": "tidak ada PPPK di atas batas", "en": "no PPPK above the cap"}, id="no-pppk-above-the-cap"),
    pytest.param(_row("REALISASI", "rec_realisation", owner_key="anggaran"), realised(96.0),
                 {"id": "96,0% sudah ≥\u00a095,0%", "en": "96.0%, already ≥\u00a095.0%"}, id="realisation-at-its-line"),
    pytest.param(_row("PORSI-MENTORING", "rec_method", owner_key="pengembangan"), without_mentoring,
                 {"id": "tidak ada kegiatan mentoring", "en": "no mentoring activities"}, id="no-mentoring"),
    pytest.param(_row("PPPK-JP", "rec_pppk", owner_key="pengembangan"), _not_received,
                 {"id": "data 2025 tidak diterima", "en": "its 2025 data were not received"},
                 id="year-not-received-neither-met-nor-inapplicable"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dinas_without_the_province_row_says_its_own_reason(contexts, row, change, said, lang):
    """LOOK12 K-9: 'semua kecuali Pendidikan dan PRKP: targetnya sudah tercapai atau indikatornya tidak berlaku di
    sana' for every such dinas; Nakertransgi, which sent no 2025 data, was neither."""
    province = contexts[("kesehatan", lang)].province_ctx
    assert province is not None
    hasil: Any = copy.deepcopy(province.dinas_results["kesehatan"])
    change(hasil)
    changed = dataclasses.replace(province, dinas_results={**province.dinas_results, "kesehatan": hasil})
    assert province_rows.carry(province_rows.dinas_context(changed, "kesehatan"), row) is None
    assert province_rows.absent(changed, row, "kesehatan") == said[lang]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dinas_left_out_whose_own_figure_is_withheld_says_why_it_cannot_be_computed(contexts, lang):
    """Set D: Gulkarmat (one SKM service unit) read 'U8 … semua kecuali Gulkarmat: temuannya tidak muncul di dinas
    itu', while its U8 could not be judged at all."""
    province = contexts[("kesehatan", lang)].province_ctx
    assert province is not None
    hasil: Any = copy.deepcopy(province.dinas_results["kesehatan"])
    hasil["komunikasi"]["unsur"] = [{"unsur": "u8", "n": 40, "estimasi": None, "ci_bawah": None, "ci_atas": None,
                                     "cukup_data": False, "lemah": None, "alasan": "unit_kurang_klaster",
                                     "n_unit_layanan": 1, "rata_unsur": 2.775}]
    changed = dataclasses.replace(province, dinas_results={**province.dinas_results, "kesehatan": hasil})
    said = province_rows.absent(changed, _row("U8", "rec_weak", owner_key="sekretariat"), "kesehatan")
    assert said.startswith({"id": "tidak dapat dinilai karena hanya 1 unit", "en": "cannot be judged because only 1 "
                            "service unit"}[lang]), said
    assert said != t("pl_absent_own", lang)


@pytest.mark.parametrize(("lang", "missing", "expected"), [
    pytest.param("id", ("kpkp",), "baris REALISASI rencana 6 dinas (semua kecuali KPKP: alasan kpkp)",
                 id="id-one-left-with-its-reason"),
    pytest.param("id", ("pendidikan", "prkp"), "baris REALISASI rencana 5 dinas (semua kecuali Pendidikan: alasan "
                 "pendidikan; PRKP: alasan prkp)", id="id-two-left-each-with-its-own-reason"),
    pytest.param("en", ("kpkp",), "row REALISASI of 6 agencies' plans (all but Food Security and Marine Affairs: "
                 "alasan kpkp)",
                 id="en-one-left-with-its-reason"),
    pytest.param("id", ("kpkp", "sosial"), "baris REALISASI rencana 5 dinas (semua kecuali KPKP dan Sosial: alasan "
                 "sama)", id="id-the-same-reason-said-once"),
])
def test_the_link_note_gives_each_left_out_dinas_its_reason_never_an_either_or(monkeypatch, lang, missing, expected):
    monkeypatch.setattr(province_rows, "absent", lambda _ctx, _row, slug: "alasan sama" if slug in ("kpkp", "sosial")
                        and len(missing) > 1 else f"alasan {slug}")
    row = _row("REALISASI", "rec_realisation")
    seven = (*FIVE, "sosial", "dpmptsp")
    ids = [f"{slug}-2025-REALISASI" for slug in seven if slug not in missing]
    said = followup.dinas_rows(_ctx(lang, dict.fromkeys(seven, {})), ids, row)
    assert said == expected
    assert "tidak berlaku" not in said and "does not apply" not in said


@pytest.mark.parametrize(("lang", "expected"), [
    pytest.param("id", "baris U8 rencana Dispora dan Kesehatan (Gulkarmat: alasan gulkarmat; Kominfotik: alasan "
                 "kominfotik)", id="id"),
    pytest.param("en", "row U8 of the Youth and Sports, and Health plans (Fire and Rescue: alasan gulkarmat; "
                 "Communication and Informatics: alasan kominfotik)", id="en"),
])
def test_a_written_out_list_gives_each_dinas_left_out_its_reason(monkeypatch, lang, expected):
    """CHECK12 C12-5 (set E, four dinas): 'U8 = baris U8 rencana Dispora, Kesehatan dan Kominfotik' left Gulkarmat out
    without the reason set D's 'semua kecuali Gulkarmat: …' gives: whatever the number of dinas, each one left out
    says why."""
    monkeypatch.setattr(province_rows, "absent", lambda _ctx, _row, slug: f"alasan {slug}")
    four = ("dispora", "kesehatan", "gulkarmat", "kominfotik")
    ids = [f"{slug}-2025-U8" for slug in ("dispora", "kesehatan")]
    said = followup.dinas_rows(_ctx(lang, dict.fromkeys(four, {})), ids, _row("U8", "rec_weak"), every_reason=True)
    assert said == expected, said


ELEVEN = ("bina-marga", "citata", "dispora", "dpmptsp", "gulkarmat", "kebudayaan", "kesehatan", "kpkp", "parekraf",
          "pendidikan", "prkp")


@pytest.mark.parametrize(("lang", "expected"), [
    pytest.param("id", "baris U3 rencana Bina Marga dan Citata (Kebudayaan: SKM 2025 tidak diterima; Kesehatan: tidak "
                 "dapat dinilai; dinas lain: bukan unsur lemah)", id="id"),
    pytest.param("en", "row U3 of the Highways, and Public Works and Spatial Planning plans (Culture: SKM 2025 tidak "
                 "diterima; Health: tidak dapat dinilai; the other agencies: bukan unsur lemah)", id="en"),
])
def test_a_long_list_accounts_for_every_dinas_left_out_naming_only_the_unusual_ones(monkeypatch, lang, expected):
    """CHECK13 D13-4 residue: 'U3 = baris U3 rencana Bina Marga, Citata, … dan Sumber Daya Air' left 11 dinas out with
    no reason (a written-out list leaving out more than three); one reason each would flood the note. The reason most
    of them share is said once, without their own figures; each dinas left out for another reason is named."""
    def absence(_ctx: Any, _row: Any, slug: str) -> province_rows.Absence:
        if slug == "kebudayaan":
            return province_rows.Absence("SKM 2025 tidak diterima")
        if slug == "kesehatan":
            return province_rows.Absence("tidak dapat dinilai")
        return province_rows.Absence(f"estimasinya {len(slug)} di atas batas", "bukan unsur lemah")

    monkeypatch.setattr(province_rows, "absence", absence)
    ids = [f"{slug}-2025-U3" for slug in ELEVEN[:2]]
    said = followup.dinas_rows(_ctx(lang, dict.fromkeys(ELEVEN, {})), ids, _row("U3", "rec_weak"), every_reason=True)
    assert said == expected, said
    # every dinas accounted for: listed, named with its own reason, or one of the 'dinas lain' the shared reason covers
    named = {slug for slug in ELEVEN if names.short_name_in(slug, lang) in said}
    others = [slug for slug in ELEVEN if slug not in named]
    assert named == {"bina-marga", "citata", "kebudayaan", "kesehatan"} and len(others) == 7
    assert all(absence(None, None, slug).shared == "bukan unsur lemah" for slug in others)


def test_a_list_without_a_shared_reason_names_each(monkeypatch):
    """No reason shared by two dinas: each named with its own (never 'dinas lain' for one)."""
    monkeypatch.setattr(province_rows, "absence", lambda _ctx, _row, slug: province_rows.Absence(f"alasan {slug}"))
    ctx = _ctx("id", dict.fromkeys(ELEVEN[:6], {}))
    said = followup.dinas_rows(ctx, ["bina-marga-2025-U3"], _row("U3", "rec_weak"), every_reason=True)
    assert "dinas lain" not in said and all(names.short_name_in(slug, "id") in said for slug in ELEVEN[:6]), said


# --- K-9: the executor cell -----------------------------------------------------------------------------------------

EVERY = {"id": "BPSDM (bidang pengembangan kompetensi); dilaksanakan oleh Sekretariat setiap dinas (subbagian "
               "kepegawaian)",
         "en": "BPSDM (competency development division); carried out by each agency secretariat (personnel section)"}


@pytest.mark.parametrize(("lang", "carriers", "expected"), [
    pytest.param("id", FIVE, EVERY["id"], id="id-every-dinas-carries-it"),
    pytest.param("id", FIVE[:4], EVERY["id"] + ", kecuali PRKP", id="id-all-but-one"),
    pytest.param("en", FIVE[:4], EVERY["en"] + ", except Public Housing and Settlements", id="en-all-but-one"),
    pytest.param("id", ("kesehatan",), "Sekretariat Dinas Kesehatan (subbagian kepegawaian)",
                 id="id-one-dinas-its-own-unit"),
])
def test_the_executor_cell_says_every_dinas_only_when_every_dinas_carries_the_row(lang, carriers, expected):
    """LOOK12 K-9: PPPK-JP read 'dilaksanakan oleh Sekretariat setiap dinas' beside a note that two dinas have no
    such row."""
    row = _row("PPPK-JP", "rec_pppk", EVERY[lang], "pengembangan")
    assert province_rows.carried_by(_ctx(lang), row, carriers) == expected


def test_a_row_held_by_one_office_or_about_named_dinas_keeps_its_owner():
    office = _row("DATA", "rec_data", "BPSDM (bidang evaluasi)", "evaluasi")
    named = _row("U3", "rec_weak", "Biro; dilaksanakan oleh Unit pelayanan Kesehatan dan KPKP", "layanan")
    for row in (office, named):
        assert province_rows.carried_by(_ctx("id"), row, ("kesehatan",)) == row.owner


# --- K-4: U7 and DATA linked both ways, and what the link means -------------------------------------------------------

@pytest.mark.parametrize(("lang", "province", "said", "not_said"), [
    pytest.param("id", True, "Baris U7 dan DATA masing-masing dipegang satu kantor provinsi", "U8",
                 id="id-province-one-task-judged-on-the-whole-province"),
    pytest.param("en", True, "Rows U7 and DATA are each held by one provincial office", "U8",
                 id="en-province-one-task-judged-on-the-whole-province"),
    pytest.param("id", False, "tugas kantor itu di dinas ini, dinilai pada angka dinas ini sendiri", "U8",
                 id="id-dinas-its-part-on-its-own-figure"),
])
def test_a_row_one_office_holds_in_both_plans_says_what_the_link_means(lang, province, said, not_said):
    """LOOK12 K-4: the reviewer could not tell whether the province U7 was one task or the sum of twenty."""
    link: Any = {"dinas_rows": ("kesehatan-2025-X",)} if province else {"province_rows": ("provinsi-2025-X",)}
    rows = [_row("U8", "rec_weak", owner_key="sekretariat", **link),
            _row("U7", "rec_weak", owner_key="pelatihan", **link),
            _row("DATA", "rec_data", owner_key="evaluasi", **link), _row("U9", "rec_weak", owner_key="pelatihan")]
    note = followup.held_for_each(_ctx(lang, province=province), rows)
    assert said in note and not_said not in note and "U9" not in note, note


def test_no_sentence_without_such_a_linked_row():
    assert followup.held_for_each(_ctx("id"), [_row("U8", "rec_weak", owner_key="sekretariat")]) == ""


# --- K-4: one code, one indicator -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_count_of_dinas_below_b_has_its_own_short_code(lang):
    rec = recommendation.Recommendation("rec_ikm_units", "", owner="layanan")
    province, dinas = plan.code(rec, province=True), plan.code(rec)
    assert (province, dinas) == ("IKM-CD-DINAS", "IKM-CD")
    assert len(province) <= len("KECIL-PROV-SEMINAR")  # no wider Kode column in the PDF table (formats10)
    row = _row(province, "rec_ikm_units")
    assert plan.dinas_code(row) == dinas and plan.dinas_finding(row) == plan.finding("rec_ikm_units", dinas)
    # last year's province row under the old code goes on as this year's, not 'temuannya tidak muncul lagi'
    assert plan.finding("rec_ikm_units", province) == plan.finding("rec_ikm_units", "IKM-CD")
    words = {scope: plan_indicators.indicator_words("rec_ikm_units", "", 2025, lang, province=scope)
             for scope in (True, False)}
    assert words[True] != words[False]


# --- gain11: a province-wide fall without recorded cost ---------------------------------------------------------------

SEMINAR: Any = {"metode": "seminar", "n": 241, "estimasi": -2.2, "ci_bawah": -3.4, "ci_atas": -0.9, "p": None,
                "cukup_data": True, "n_kegiatan": 15}


def _held(seminars: int) -> Any:
    return {"pelaksanaan": {"kegiatan_per_metode": [
        {"metode": "seminar", "n_kegiatan": seminars, "n_peserta": 10 * seminars, "jp_total": 4.0, "anggaran_rp": 0.0},
        {"metode": "pelatihan", "n_kegiatan": 3, "n_peserta": 30, "jp_total": 24.0, "anggaran_rp": 9e6}]}}


@pytest.mark.parametrize(("lang", "held", "said", "not_said"), [
    pytest.param("id", {"prkp": 4, "kesehatan": 2, "dispora": 0}, ("BPSDM (bidang pengembangan kompetensi); "
                 "dilaksanakan oleh Sekretariat", "Kesehatan", "PRKP"), ("setiap dinas", "Pemuda"),
                 id="id-the-dinas-that-held-seminars"),
    pytest.param("en", {"prkp": 4, "kesehatan": 2, "dispora": 0}, ("Health", "Public Housing"),
                 ("each agency", "Youth"),
                 id="en-the-dinas-that-held-seminars"),
    pytest.param("id", {"prkp": 4, "kesehatan": 2, "dispora": 1}, ("Sekretariat setiap dinas",), ("kecuali",),
                 id="id-every-dinas-held-them"),
])
def test_a_province_wide_fall_without_recorded_cost_is_carried_out_by_the_dinas_holding_the_method(lang, held, said,
                                                                                                    not_said):
    """FOUND gain11 (set D3): STOP-PROV-SEMINAR, seminars at Rp 0 in every dinas, was owned by 'Sekretariat Dinas
    PRKP' alone, the one dinas whose own fall was significant; then by every dinas, seminars or not."""
    activities: Any = [{"metode": "seminar", "n_kegiatan": 15, "n_peserta": 241, "jp_total": 60.0, "anggaran_rp": 0.0}]
    rows = budget.without_gain([SEMINAR], activities) + budget.without_gain([SEMINAR], activities, dinas="prkp")
    hasil = {"tahun": 2025, "cakupan": {"slug": "provinsi", "jenis": "provinsi"},
             "anggaran_vs_peningkatan": {"tanpa_kenaikan": rows, "sedikit_kenaikan": []}}
    ctx = _ctx(lang, {slug: _held(n) for slug, n in held.items()}, hasil)
    stop = recommendation.Recommendation("rec_stop", "", owner="pengembangan", subject="seminar")
    owner = plan_owners.owner(ctx, stop)
    assert all(part in owner for part in said) and not any(part in owner for part in not_said), owner


def _element(low: float, high: float, estimate: float = 3.0811):
    def change(hasil: Any) -> None:
        hasil["komunikasi"]["unsur"] = [{**r, "estimasi": estimate, "ci_bawah": low, "ci_atas": high,
                                         "cukup_data": True, "lemah": False} if r["unsur"] == "u7" else r
                                        for r in hasil["komunikasi"]["unsur"]]
    return change


@pytest.mark.parametrize(("change", "said"), [
    pytest.param(_element(2.834014, 3.328148), {
        "id": "estimasinya 3,0811 di atas 3,0644, jadi U7 tidak termasuk unsur lemah di sana, meski rentangnya "
              "2,8340–3,3281 masih memuat batas itu",
        "en": "its estimate 3.0811 is above 3.0644, so U7 is not a weak element there, though its interval "
              "2.8340–3.3281 still contains that line"}, id="estimate-above-the-line-interval-across-it"),
    pytest.param(_element(3.07, 3.328148), {"id": "3,0811 sudah ≥\u00a03,0644", "en": "3.0811, already ≥\u00a03.0644"},
                 id="whole-interval-above-the-line"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_element_above_the_line_is_not_said_to_meet_a_target_its_interval_still_holds(contexts, change, said,
                                                                                          lang):
    """LOOK14 P-2: 'U7 … semua kecuali Dispora: 3,0811 sudah ≥ 3,0644' while Dispora's interval 2,8340–3,3281 holds
    3,0644, which the chapter's own rule calls 'belum dapat dinilai (rentang memuat target)'."""
    province = contexts[("kesehatan", lang)].province_ctx
    assert province is not None
    hasil: Any = copy.deepcopy(province.dinas_results["kesehatan"])
    change(hasil)
    changed = dataclasses.replace(province, dinas_results={**province.dinas_results, "kesehatan": hasil})
    row = _row("U7", "rec_weak", owner_key="sekretariat")
    assert province_rows.carry(province_rows.dinas_context(changed, "kesehatan"), row) is None
    assert province_rows.absent(changed, row, "kesehatan") == said[lang]


# --- CHECK13 D13-2: a census at its 100% target is met by the count; an interval is printed in the row's unit ---------

def _everyone(field: str, n: int):
    def change(hasil: Any) -> None:
        counted = {"n": n, "estimasi": 1.0, "ci_bawah": 0.784689, "ci_atas": 1.0, "p": None, "cukup_data": True,
                   "jumlah": n}
        if field == "jp_20":
            hasil["pelaksanaan"]["jp_20"]["keseluruhan"] = counted
        else:
            hasil["pelaksanaan"][field] = counted
    return change


@pytest.mark.parametrize(("row", "change", "said"), [
    pytest.param(_row("JP20", "rec_jp", owner_key="pengembangan"), _everyone("jp_20", 14),
                 {"id": "14 dari 14 PNS sudah memenuhi 20 JP (tercapai)",
                  "en": "14 of 14 PNS already have 20 JP (met)"},
                 id="jp20-14-of-14"),
    pytest.param(_row("CAKUPAN", "rec_coverage", owner_key="pengembangan"), _everyone("cakupan_asn", 33),
                 {"id": "33 dari 33 ASN sudah mengikuti kegiatan (tercapai)",
                  "en": "33 of 33 staff already took part in an activity (met)"}, id="coverage-33-of-33"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_census_at_its_full_target_is_met_by_the_count_not_an_estimate_short_of_its_interval(contexts, row, change,
                                                                                               said, lang):
    """Set F: 'Kebudayaan: estimasinya 100,0% sudah ≥ 100%, meski rentangnya 0,8%–1,0% masih memuat batas itu' beside
    its own Tabel 1 'tercapai' (14 of 14 PNS at 20 JP)."""
    province = contexts[("kesehatan", lang)].province_ctx
    assert province is not None
    hasil: Any = copy.deepcopy(province.dinas_results["kesehatan"])
    change(hasil)
    changed = dataclasses.replace(province, dinas_results={**province.dinas_results, "kesehatan": hasil})
    assert province_rows.carry(province_rows.dinas_context(changed, "kesehatan"), row) is None
    assert province_rows.absent(changed, row, "kesehatan") == said[lang]


@pytest.mark.parametrize(("rule", "figure", "line", "higher_better", "expected"), [
    pytest.param("rec_jp", {"ci_bawah": 0.785, "ci_atas": 1.0}, 80.0, True, "78,5%–100,0%", id="share-in-percent"),
    pytest.param("rec_resist", {"ci_bawah": 0.02, "ci_atas": 0.125}, 10.0, False, "2,0%–12,5%",
                 id="lower-better-share"),
    pytest.param("rec_weak", {"ci_bawah": 2.834, "ci_atas": 3.3281}, 3.0, True, "2,8340–3,3281", id="element-mean"),
])
def test_an_interval_reaching_across_the_line_is_compared_and_printed_in_the_rows_unit(rule, figure, line,
                                                                                      higher_better, expected):
    """Set F: the proportions 0,785–1,0 were compared with 80 (percent) and printed '0,8%–1,0%'."""
    ends = province_rows._interval_across({**figure}, line, higher_better, plan_indicators.MEASURED[rule].scale)
    assert ends is not None
    assert province_rows._span(rule, ends, "id") == expected
    past = {"ci_bawah": 0.9, "ci_atas": 0.99} if higher_better else {"ci_bawah": 0.01, "ci_atas": 0.05}
    if rule != "rec_weak":  # the whole interval past the line: nothing across
        assert province_rows._interval_across(past, line, higher_better, plan_indicators.MEASURED[rule].scale) is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dinas_with_no_survey_at_all_has_no_skm_data_not_no_answers_on_the_element(contexts, lang):
    """CHECK15 E15-10, set H: 'U9 = baris U9 rencana PPKUKM dan Sosial (…; PRKP: tidak ada jawaban SKM untuk unsur ini)'
    for PRKP, which sent no survey at all."""
    province = contexts[("kesehatan", lang)].province_ctx
    assert province is not None
    hasil: Any = copy.deepcopy(province.dinas_results["kesehatan"])
    hasil["data"]["ada_skm"], hasil["data"]["n_responden_skm"] = False, 0
    hasil["komunikasi"]["unsur"] = []
    changed = dataclasses.replace(province, dinas_results={**province.dinas_results, "kesehatan": hasil})
    said = province_rows.absent(changed, _row("U8", "rec_weak", owner_key="sekretariat"), "kesehatan")
    assert said == t("pl_absent_no_skm", lang), said  # old: "tidak ada jawaban SKM untuk unsur ini"
