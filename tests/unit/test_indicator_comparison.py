"""BAB III 3.4's unit-indicator comparison (Tabel 7) beside the IKM comparison (LOOK18 T-10, T-5, T-14): the
indicators are quarterly and the survey half-yearly, so the training windows differ (1 Januari–30 September vs 1
Januari–30 Juni 2025) and with them the units trained; the report names both records' counts and why, refers to "the
same reason as the IKM" only where the words are the same, gives one sentence instead of a table of nothing but
reasons, and no pre-trend caveat as the reason of a row whose interval holds zero. Inline panels through the real
estimator (tests.panel: the same staff and classes, surveyed per semester and measured per quarter)."""

from __future__ import annotations

import copy
import html
import re
from typing import Any, cast

import pandas as pd
import pytest

from evalasn.analysis import did
from evalasn.analysis.contract.outcomes import IkmDid, IndicatorDid
from evalasn.report.chapters import performance
from evalasn.report.context import Context
from evalasn.report.words import impact
from tests.panel import simulate

WINDOWS = {"id": ("1 Januari–30 September 2025", "1 Januari–30 Juni 2025"),
           "en": ("1 January–30 September 2025", "1 January–30 June 2025")}


def _pair(n_treated: int, n_control: int, seed: int = 3) -> tuple[IkmDid, list[IndicatorDid]]:
    """The IKM comparison (semesters) and two indicators (quarters) of one set of units and classes."""
    semesters = simulate(seed, n_treated=n_treated, n_control=n_control, staggered=True)
    quarters = simulate(seed, n_treated=n_treated, n_control=n_control, staggered=True, quarterly=True)
    ikm = did.impact(semesters.outcome, "y", semesters.pegawai, semesters.part, 2025)
    frame = pd.concat([quarters.outcome.rename(columns={"y": "nilai"}).assign(indikator=name, arah=arah)
                       for name, arah in (("layanan_tepat_waktu_persen", "naik_baik"),
                                          ("waktu_tunggu_menit", "turun_baik"))], ignore_index=True)
    return ikm, did.kinerja_did(frame, quarters.pegawai, quarters.part, 2025)


def _section(rows: list[IndicatorDid], ikm: IkmDid | None, lang: str, said: set[str] | None = None) -> str:
    """Tabel 7 under IKM paragraphs that give the reason codes ``said`` (by default all of the IKM's verdict)."""
    ctx = Context(cast(Any, {"level4_hasil": {"did_kinerja": rows}}), lang, pd.DataFrame())
    if said is None:
        said = set(ikm["putusan"]["kode_alasan"]) if ikm else set()
    return " ".join(performance.section(ctx, ikm, said))


def _units(record: Any) -> tuple[int, int]:
    return record["efek"]["unit_dilatih"], record["efek"]["unit_pembanding"]


def _same_units(record: Any) -> dict[str, Any]:
    """The record's units: its arm counts and the accounting of every unit of its scope (LOOK22 Y-4)."""
    return {key: value for key, value in record["efek"].items() if key.startswith("unit_")
            or key in ("n_unit", "rincian_unit")}


def _noun(count: object) -> str:
    """'unit' after a count of one, 'units' otherwise (LOOK37b M-17: "1 comparison units")."""
    return "unit" if str(count) == "1" else "units"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_indicator_table_names_its_own_window_and_units_beside_the_ikm_s(lang):
    """Kesehatan: IKM 14 v 9, Tabel 7 16 v 9 over a longer window, said nowhere (LOOK18 T-10)."""
    ikm, rows = _pair(6, 6)
    assert _units(ikm) != _units(rows[0]) and rows[0]["efek"]["cukup_data"]  # the case: a table, other counts
    text = _section(rows, ikm, lang)
    d, p = _units(rows[0])
    d_ikm, p_ikm = _units(ikm)
    words = {"id": (f"{d} unit dilatih dan {p} unit pembanding", f"{d_ikm} unit dilatih dan {p_ikm} unit pembanding",
                    "periode lain daripada survei IKM"),
             "en": (f"{d} trained {_noun(d)} and {p} comparison {_noun(p)}",
                    f"{d_ikm} trained {_noun(d_ikm)} and {p_ikm} comparison {_noun(p_ikm)}",
                    "other periods than the IKM survey")}[lang]
    assert "<table" in text and all(w in text for w in (*words, *WINDOWS[lang])), text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_window_sentence_when_the_indicators_share_the_ikm_s_comparison(lang):
    ikm, rows = _pair(6, 6)
    same = [cast(IndicatorDid, {**copy.deepcopy(row), "jendela_kegiatan": ikm["jendela_kegiatan"],
                                "periode_sebelum": ikm["periode_sebelum"], "periode_sesudah": ikm["periode_sesudah"],
                                "efek": {**row["efek"], **_same_units(ikm)}}) for row in rows]
    text = _section(same, ikm, lang)
    assert WINDOWS[lang][0] not in text and {"id": "perbandingan IKM di atas:", "en": "IKM comparison above:"}[
        lang] not in text, text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_indicators_none_computed_are_one_sentence_not_a_table(lang):
    """KPKP: IKM 3 v 3 estimated; both indicators 2 v 3, a Tabel 7 of 'belum dapat dihitung' on a page of its own
    (LOOK18 T-5), under a note of 'the same reason as the IKM difference above' (T-10)."""
    ikm, rows = _pair(3, 3)
    assert ikm["efek"]["cukup_data"] and not any(row["efek"]["cukup_data"] for row in rows)
    text = _section(rows, ikm, lang)
    d, p = _units(rows[0])
    assert "<table" not in text and text.count("<p") == 1, text
    assert {"id": f"hanya {d} unit dilatih dan {p} unit pembanding",
            "en": f"only {d} trained {_noun(d)} and {p} comparison {_noun(p)}"}[lang] in text, text
    assert all(w in text for w in WINDOWS[lang]), text
    assert {"id": "alasan yang sama", "en": "same reason"}[lang] not in text, text
    assert not re.search(r"\([^()]*\(", text), text  # LOOK19 V-4: '(layanan tepat waktu (%) dan …)'


def test_the_same_reason_as_the_ikm_means_the_same_words():
    """PPAPP: IKM 'unit terlalu sedikit: 2 dilatih, 4 pembanding', the indicators 5 and 1: not 'the same reason'."""
    ikm, rows = _pair(4, 2)
    assert performance.same_words(ikm, rows[0], "unit_kurang", "id")  # 4 v 2 both (Citata's 5 v 1 both)
    assert performance.same_words(ikm, rows[0], "intervensi_tidak_dipilih", "id")
    other = copy.deepcopy(ikm)
    other["efek"] |= {"unit_dilatih": 2, "unit_pembanding": 4}
    assert not performance.same_words(other, rows[0], "unit_kurang", "id")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_same_reason_as_the_ikm_says_which_when_the_ikm_gave_more(lang):
    """Kesehatan: the IKM paragraph gave two reasons (no programme declared; a weak pre-trend check, 1,70 / 3,20), the
    indicators shared the first, and Tabel 7's note said 'dengan alasan yang sama dengan perbedaan IKM di atas' beside
    rows giving a pre-trend reason in other numbers and an interval holding zero (LOOK20 V-3). The reason shared is
    named by what it is about, not said again (REVIEW5b 18)."""
    ikm, rows = _pair(6, 6)
    shared = impact.shared_reasons(rows, lang)
    assert "intervensi_tidak_dipilih" in shared and set(shared) < set(ikm["putusan"]["kode_alasan"]), shared
    note = _section(rows, ikm, lang).split("</table>", 1)[-1]
    about = {"id": "(alasan mengenai program yang dinyatakan sebagai intervensi",
             "en": "(the reasons about the programme declared as the intervention"}[lang]
    assert about in note and "tidak ada program" not in note and "no training programme" not in note, note
    # the IKM paragraphs give exactly the shared reasons: 'the same reason' needs no naming
    note = _section(rows, ikm, lang, said=set(shared)).split("</table>", 1)[-1]
    assert {"id": "alasan yang sama dengan perbedaan IKM di atas.", "en": "as the IKM difference above."}[lang] in note
    assert {"id": "mengenai", "en": "about"}[lang] not in note, note


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_row_whose_interval_holds_zero_gets_no_pre_trend_caveat_as_its_reason(lang):
    """Satpol PP: '2,7 (−2,2 s.d. 7,5) | tidak bermakna; belum dapat disimpulkan: uji tren awal belum dapat
    menyingkirkan selisih … sebesar separuh estimasi ini (1,3)' (LOOK18 T-14, LOOK17 S-3's pattern)."""
    _, rows = _pair(6, 6)
    flat = next(row for row in rows if "selang_memuat_nol" in row["putusan"]["kode_alasan"])
    assert "uji_tren_lemah" in flat["putusan"]["kode_alasan"]
    caveat = {"id": "uji tren awal", "en": "pre-trend check"}[lang]
    cell = impact.verdict_cell(flat, lang)
    assert caveat not in cell and {"id": "memuat nol", "en": "includes zero"}[lang] in cell, cell
    clear = copy.deepcopy(flat)  # the same row with an interval that excludes zero keeps the caveat
    clear["putusan"]["kode_alasan"] = [c for c in clear["putusan"]["kode_alasan"] if c != "selang_memuat_nol"]
    assert caveat in impact.verdict_cell(clear, lang)
    assert caveat not in _section(rows, None, lang).split("<table", 1)[1].split("</tbody>")[0]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_none_computed_with_the_ikm_s_counts_says_no_window(lang):
    """Citata: 5 v 1 in both comparisons, nothing computed: the reason alone (the windows change no count)."""
    ikm, rows = _pair(4, 2)
    assert _units(ikm) == _units(rows[0]) and not rows[0]["efek"]["cukup_data"]
    text = _section(rows, ikm, lang)
    assert "<table" not in text and WINDOWS[lang][0] not in text, text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_failed_pre_trend_check_is_said_beside_an_interval_holding_zero(lang):
    """Satpol PP's waiting time: −4,8 (−12,1 s.d. 2,6) with a pre-trend check that rejects parallel trends (p = 0,024),
    and Tabel 7 said only the IKM's reasons, whose check passed (LOOK32 D-6): a failed check is not moot as a weak one
    is (LOOK18 T-14), so the row says it, and the note that the column gives each row's other reasons."""
    ikm, rows = _pair(6, 6)
    failed = copy.deepcopy(rows)
    row = next(r for r in failed if "selang_memuat_nol" in r["putusan"]["kode_alasan"])
    row["putusan"]["kode_alasan"] = [c if c != "uji_tren_lemah" else "tren_awal_berbeda"
                                     for c in row["putusan"]["kode_alasan"]]
    if "tren_awal_berbeda" not in row["putusan"]["kode_alasan"]:
        row["putusan"]["kode_alasan"].insert(-1, "tren_awal_berbeda")
    said = impact.t("why_tren_awal_berbeda", lang)
    cell = impact.verdict_cell(row, lang, impact.shared_reasons(failed, lang))
    assert said in cell and {"id": "memuat nol", "en": "includes zero"}[lang] not in cell, cell
    text = html.unescape(_section(failed, ikm, lang))
    assert said in text and impact.t("r_tab_kinerja_more", lang).strip() in text, text
