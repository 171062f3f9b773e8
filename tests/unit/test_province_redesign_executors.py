"""A province-wide redesign row names as executors only the dinas whose own plans carry it, and says why the other
dinas that held the method carry none (LOOK15 Q-12: KECIL-PROV-SEMINAR was 'dilaksanakan oleh Sekretariat setiap
dinas …, kecuali Citata, KPKP dan PPAPP', 18 dinas, while 4 agency plans had a row for it)."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.report.chapters import followup, plan, province_rows
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t

OFFICE = {"id": "BPSDM Provinsi DKI Jakarta (bidang pengembangan kompetensi)",
          "en": "BPSDM of DKI Jakarta Province (competency development division)"}
UNIT = {"id": "Sekretariat {dinas} (subbagian kepegawaian)", "en": "{dinas} secretariat (personnel section)"}


def _gain(estimasi: float, low: float, high: float, effect: float, effect_high: float, enough: bool = True) -> Any:
    return {"metode": "seminar", "n": 140, "n_kegiatan": 9 if enough else 2, "estimasi": estimasi,
            "ci_bawah": low if enough else None, "ci_atas": high if enough else None, "p": None, "cukup_data": enough,
            "g_av": effect, "g_av_atas": effect_high, **({} if enough else {"alasan": "kegiatan_kurang_klaster"})}


def _dinas(gain: Any, per_point: float = 300_000.0, overall: float = 280_000.0, held: int = 9) -> Any:
    cost = {"metode": "seminar", "n": 140, "n_kegiatan": held, "estimasi": per_point, "ci_bawah": None,
            "ci_atas": None, "p": None, "cukup_data": True}
    return {"pelaksanaan": {"kegiatan_per_metode": [{"metode": "seminar", "n_kegiatan": held,
                                                     "anggaran_rp": 60_000_000.0 if held else 0.0}]},
            "level2_pembelajaran": {"per_metode": [gain] if held else []},
            "anggaran_vs_peningkatan": {"biaya_per_poin": [cost], "biaya_per_poin_semua": {
                **cost, "metode": None, "estimasi": overall}}}


SMALL = (2.0, 0.5, 3.5, 0.12, 0.34)  # a very small gain by the effect-size rule
OF_DINAS = {
    "kesehatan": _dinas(_gain(*SMALL)),  # its own KECIL-SEMINAR row carries the province row
    "pendidikan": _dinas(_gain(9.0, 7.5, 10.5, 0.8, 1.0)),  # not very small
    "satpol-pp": _dinas(_gain(*SMALL), per_point=213_647.0, overall=288_162.0),  # very small, cheap (D13-9)
    "gulkarmat": _dinas(_gain(*SMALL, enough=False), held=2),  # too few activities to be judged alone
    "citata": _dinas(None, held=0),  # held no seminar
}


def _ctx(lang: str) -> Any:
    config = SimpleNamespace(koordinator={"pengembangan": OFFICE}, penanggung_jawab={"pengembangan": UNIT})
    return SimpleNamespace(lang=lang, province=True, config=config, dinas_results=OF_DINAS, hasil={"tahun": 2025},
                           t=lambda key, **values: t(key, lang, **values), label=lambda key: label(key, lang))


def _row(carriers: tuple[str, ...] = ("kesehatan",)) -> plan.PlanRow:
    return plan.PlanRow("provinsi-2025-KECIL-PROV-SEMINAR", "KECIL-PROV-SEMINAR", "rec_little", "Rancang ulang seminar",
                        "Kenaikan nilai peserta seminar 2026, seluruh provinsi (poin)", 1.8, "1,8 (1,0 s.d. 2,6)",
                        2.6, "≥ 2,6 poin", True,
                        OFFICE["id"] + "; dilaksanakan oleh Sekretariat setiap dinas (subbagian kepegawaian), "
                        "kecuali Citata", 4, "31 Desember 2026", "level2_pembelajaran.per_metode",
                        owner_key="pengembangan", dinas_rows=tuple(f"{slug}-2025-KECIL-SEMINAR" for slug in carriers))


@pytest.mark.parametrize(("lang", "carriers", "expected"), [
    pytest.param("id", ("kesehatan",), OFFICE["id"] + "; dilaksanakan oleh Sekretariat Dinas Kesehatan (subbagian "
                 "kepegawaian)", id="id-one-carrier"),
    pytest.param("en", ("kesehatan",), OFFICE["en"] + "; carried out by Health Agency secretariat (personnel section)",
                 id="en-one-carrier"),
    pytest.param("id", (), OFFICE["id"], id="id-no-carrier:-the-office-alone"),
])
def test_the_executors_are_the_dinas_whose_plans_carry_the_row(lang, carriers, expected):
    said = province_rows.carried_by(_ctx(lang), _row(carriers), carriers)
    assert said == expected
    assert "setiap dinas" not in said and "Pendidikan" not in said and "Gulkarmat" not in said


@pytest.mark.parametrize(("lang", "expected"), [
    pytest.param("id", " KECIL-PROV-SEMINAR: 1 dinas lain yang mengadakan seminar tidak punya baris ini dalam "
                 "rencananya, jadi bagian baris ini di dinas itu dipegang " + OFFICE["id"] + " — Gulkarmat: kegiatan "
                 "seminar di dinas itu kurang dari 3, terlalu sedikit untuk menilai kenaikannya sendiri. ", id="id"),
    pytest.param("en", " KECIL-PROV-SEMINAR: the 1 other agency that held seminars has no such row in its plan, "
                 "so that part of the row is held there by " + OFFICE["en"] + " — Fire and Rescue: fewer than 3 "
                 "seminar activities there, too few to judge the gain there alone. ", id="en"),
])
def test_the_link_note_says_why_each_other_dinas_holding_the_method_carries_none(lang, expected):
    """The office holds the part of a dinas whose own gain cannot be judged; a dinas whose own gain does not meet
    the row's rule (Pendidikan, Satpol PP) is left out of the row, with why (LOOK25 W-2)."""
    said = followup.held_elsewhere(_ctx(lang), _row(), {}, [])
    assert said.startswith(expected), said
    if lang == "id":
        assert "Pendidikan: kenaikan nilai peserta seminar di dinas itu sendiri tidak sangat kecil" in said, said
        assert "Satpol PP: kenaikan nilai peserta seminar di dinas itu sangat kecil, tetapi biaya per poinnya tidak " \
               "di atas biaya per poin dinas itu" in said, said
    assert "Kesehatan" not in said and "Health" not in said and "Citata" not in said, said  # carrier; no seminar


@pytest.mark.parametrize(("lang", "none"), [("id", " 1 dinas lainnya tidak mengadakan seminar."),
                                            ("en", " The other 1 agency held no seminars.")], ids=["id", "en"])
def test_every_dinas_is_accounted_for_the_ones_without_the_method_counted(lang, none):
    """CHECK13 D13-4 residue: the executors written out ('Sekretariat Dinas Kesehatan …') and the holders named with
    why they carry none left the dinas that held no seminar unaccounted for (3 in the sample: Citata, KPKP, PPAPP);
    they are counted, not listed: carriers + named + counted = every dinas."""
    said = followup.held_elsewhere(_ctx(lang), _row(), {}, [])
    assert said.endswith(none), said
    named = {slug for slug in OF_DINAS if short_name_in(slug, lang) in said}
    assert named == {"gulkarmat", "pendidikan", "satpol-pp"}, said
    assert len(named) + len(("kesehatan",)) + 1 == len(OF_DINAS)


def test_the_dinas_without_the_method_are_counted_when_no_holder_is_left():
    carriers = ("kesehatan", "pendidikan", "satpol-pp", "gulkarmat")
    said = followup.held_elsewhere(_ctx("id"), _row(carriers), {}, [])
    assert said == " KECIL-PROV-SEMINAR: 1 dinas lainnya tidak mengadakan seminar.", said


def test_a_dinas_with_last_years_row_is_left_to_that_clause():
    """followup.rows_before names a holder whose last year's row is carried on this year (CHECK12 C12-2); not said
    twice."""
    last = SimpleNamespace(row=replace(_row(), id="provinsi-2024-KECIL-SEMINAR", code="KECIL-SEMINAR",
                                       dinas=("pendidikan",)))
    going_on = replace(last.row, id="provinsi-2025-KECIL-SEMINAR")
    said = followup.held_elsewhere(_ctx("id"), _row(), {"KECIL-SEMINAR": last},  # type: ignore[dict-item]
                                   [_row(), going_on])
    # Gulkarmat held by the office; Satpol PP left out of the row (LOOK25 W-2)
    assert "Pendidikan" not in said and said.startswith(" KECIL-PROV-SEMINAR: 1 dinas lain"), said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dinas_whose_last_years_row_is_closed_is_in_the_office_list(lang):
    """LOOK16 R-3: Bina Marga's part of KECIL-PROV-SEMINAR was given to its 2024 KECIL-SEMINAR row, which the closing
    note closes ('tidak dilanjutkan sampai datanya cukup'), and Bina Marga was in no list: one owner for every part,
    the office with the reason, and no link to the closed row."""
    last = SimpleNamespace(row=replace(_row(), id="provinsi-2024-KECIL-SEMINAR", code="KECIL-SEMINAR",
                                       dinas=("gulkarmat",)))
    carried = {"KECIL-SEMINAR": last}
    said = followup.held_elsewhere(_ctx(lang), _row(), carried, [_row()])  # type: ignore[arg-type]
    assert short_name_in("gulkarmat", lang) in said and said.startswith(" KECIL-PROV-SEMINAR: "), said
    assert followup.rows_before(_ctx(lang), _row(), carried, [_row()]) == ""  # type: ignore[arg-type]


def test_another_row_has_no_such_clause():
    other = replace(_row(), code="KECIL-SEMINAR", dinas=("kesehatan",))
    assert followup.held_elsewhere(_ctx("id"), other, {}, []) == ""
