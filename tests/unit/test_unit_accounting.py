"""LOOK22 Y-4: the withheld indicator comparison of KPKP said "hanya 2 unit dilatih dan 3 unit pembanding (…; 5 unit
seluruhnya)" in a dinas of 6 units: the 5 were the units inside the comparison, 1 unit that reached the training
threshold alone in its period vanished without a word, and the units trained later were outside the trained count
where Tabel 7 (Kesehatan) counted them inside it. The analysis now puts every unit of the scope in one group
(hasil.json efek.rincian_unit, each unit left out with its reason), and one phrase (report.words.unit_accounting)
says it wherever the counts are given: the withheld reason, Tabel 7's note, the IKM design note, the workbook."""

from __future__ import annotations

import re
from typing import Any, cast

import numpy as np
import pandas as pd
import pytest

from evalasn.analysis import did, eventstudy, unit_accounting
from evalasn.report.chapters import performance
from evalasn.report.formats import workbook
from evalasn.report.words import reasons
from evalasn.report.words import unit_accounting as words

QUARTERS = [f"{y}-Q{q}" for y in (2024, 2025) for q in range(1, 5)]


def _panel(trained: dict[str, str | None], without_data: tuple[str, ...] = ()) -> tuple[Any, ...]:
    """A dinas of one unit per key of ``trained``, 2 staff each: a unit whose value is a date had 1 of its 2 staff
    (the 50% threshold) finish a course that day; an indicator every quarter of 2024-2025 for every unit but
    ``without_data``."""
    pegawai = pd.DataFrame({"pegawai_id": [f"{u}{j}" for u in trained for j in range(2)], "dinas": "uji",
                            "unit_kerja": [u for u in trained for _ in range(2)]})
    done = {u: day for u, day in trained.items() if day}
    part = pd.DataFrame({"pegawai_id": [f"{u}0" for u in done], "kegiatan_id": "K1",
                         "tanggal_selesai": pd.to_datetime(list(done.values())), "jp": 24.0})
    rng = np.random.default_rng(4)
    rows = []
    for code in QUARTERS:
        start = pd.Timestamp(int(code[:4]), 3 * int(code[-1]) - 2, 1)
        for unit in trained:
            if unit not in without_data:
                rows.append({"dinas": "uji", "unit_kerja": unit, "periode": code, "periode_mulai": start,
                             "periode_selesai": start + pd.DateOffset(months=3) - pd.Timedelta(days=1),
                             "nilai": 80 + rng.normal(0, 3), "indikator": "layanan_tepat_waktu_persen",
                             "arah": "naik_baik"})
    return pd.DataFrame(rows), pegawai, part


# KPKP's pattern (hasil-2025.json did_kinerja[0].kohort 2 + 1 + 2, 1 never trained) and Perhubungan's (4 + 3 + 1, 1
# never trained), each with one more unit without any indicator data
KPKP = {"A": "2025-02-10", "B": "2025-02-20", "C": "2025-05-10", "D": "2025-08-10", "E": "2025-08-20", "F": None,
        "G": None}
PERHUBUNGAN = {"A": "2025-02-10", "B": "2025-02-11", "C": "2025-02-12", "D": "2025-02-13", "E": "2025-05-10",
               "F": "2025-05-11", "G": "2025-05-12", "H": "2025-08-10", "I": None, "J": "2025-03-01"}
CASES = {
    "kpkp-alone-in-its-period": (KPKP, ("G",), [
        ("dilatih", 2, None), ("dilatih_kemudian_pembanding", 2, "tanpa_pembanding_sesudah"),
        ("dilatih_tidak_dipakai", 1, "sendirian_di_kohort"), ("tidak_dilatih_pembanding", 1, None),
        ("tidak_dilatih_tidak_dipakai", 1, "tanpa_data")]),
    "perhubungan-no-comparison-after": (PERHUBUNGAN, ("J",), [
        ("dilatih", 4, None), ("dilatih_kemudian_pembanding", 1, "sendirian_di_kohort"),
        ("dilatih_tidak_dipakai", 1, "tanpa_data"), ("dilatih_tidak_dipakai", 3, "tanpa_pembanding_sesudah"),
        ("tidak_dilatih_pembanding", 1, None)]),
}


def _effect(case: str) -> dict[str, Any]:
    trained, absent, _ = CASES[case]
    frame, pegawai, part = _panel(trained, absent)
    return cast(Any, did.kinerja_did(frame, pegawai, part, 2025)[0]["efek"])


@pytest.mark.parametrize("case", list(CASES))
def test_every_unit_of_the_scope_is_in_one_group_with_the_reason_it_is_left_out(case):
    effect = _effect(case)
    groups = [(g["kelompok"], g["n_unit_kelompok"], g.get("alasan")) for g in effect["rincian_unit"]]
    assert groups == CASES[case][2]
    assert effect["n_unit"] == len(CASES[case][0]) == sum(n for _, n, _ in groups)
    assert effect["unit_mencapai_ambang"] == sum(1 for day in CASES[case][0].values() if day)
    # the groups agree with the arm counts
    count = {name: sum(n for g, n, _ in groups if g == name) for name in unit_accounting.GROUPS}
    assert effect["unit_dilatih"] == count["dilatih"] + count["dilatih_juga_pembanding"]
    assert effect["unit_pembanding"] == (count["dilatih_juga_pembanding"] + count["dilatih_kemudian_pembanding"]
                                         + count["tidak_dilatih_pembanding"])


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_withheld_sentence_accounts_for_every_unit_of_the_scope(case, lang):
    effect = _effect(case)
    text = reasons.reason(effect, lang)
    scope, reached = len(CASES[case][0]), effect["unit_mencapai_ambang"]
    opening = {"id": f"Dari {scope} unit kerja, {reached} mencapai ambang pelatihan di jendela: ",
               "en": f"Of the {scope} units, {reached} reached the training threshold in the window: "}[lang]
    assert opening in text, text
    # the items after the colon: each group's count first; they add up to the units that reached the threshold
    items = text.split(opening)[1].split(". ")[0].split("; ")
    assert sum(_numbers(item)[0] for item in items) == reached, items
    # then the untrained units ('Ditambah 1 unit tidak dilatih, …', or 'Dari 2 unit tidak dilatih, 1 menjadi
    # pembanding; 1 tidak dipakai karena …'): with those, the scope
    rest = text.split(opening)[1].split(". ", 1)[1]
    untrained = {"id": r"(?:Ditambah|Dari) (\d+) unit tidak dilatih, ([^.]*)",
                 "en": r"(?:With|Of the) (\d+) untrained units?, ([^.]*)"}[lang]
    found = re.match(untrained, rest)
    assert found, rest
    assert reached + int(found.group(1)) == scope
    if rest.startswith(("Dari", "Of the")):  # each group of them with its count
        assert sum(_numbers(item)[0] for item in found.group(2).split("; ")) == int(found.group(1))
    assert {"id": "unit seluruhnya", "en": "units in all"}[lang] not in text


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "1 tidak dipakai karena tidak ada unit lain dengan data yang mencapai ambang pada periode yang sama (perlu "
           "sedikitnya 2)"),
    ("en", "1 left out because no other unit with data reached the threshold in the same period (at least 2 "
           "needed)"),
])
def test_a_unit_alone_in_its_period_is_said_with_its_reason(lang, said):
    assert said in reasons.reason(_effect("kpkp-alone-in-its-period"), lang)


# Kesehatan's Tabel 7: 16 trained, 2 of them a comparison before their training, 7 never trained; 23 units
KESEHATAN = {"unit_dilatih": 16, "unit_pembanding": 9, "unit_pembanding_tidak_dilatih": 7,
             "unit_pembanding_dilatih_kemudian": 2, "unit_seluruhnya": 23, "n_unit": 23, "unit_mencapai_ambang": 16,
             "rincian_unit": [{"kelompok": "dilatih", "n_unit_kelompok": 14},
                              {"kelompok": "dilatih_juga_pembanding", "n_unit_kelompok": 2},
                              {"kelompok": "tidak_dilatih_pembanding", "n_unit_kelompok": 7}]}


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "dari 23 unit kerja, 16 mencapai ambang pelatihan di jendela: 16 dihitung dilatih (2 di antaranya juga "
           "menjadi pembanding sebelum pelatihannya). Ditambah 7 unit tidak dilatih, perbandingan memuat 23 unit: 16 "
           "dilatih dan 9 pembanding"),
    ("en", "of the 23 units, 16 reached the training threshold in the window: 16 counted as trained (2 of them also a "
           "comparison before their training). With 7 untrained units, the comparison holds 23 units: 16 trained and "
           "9 comparison units"),
])
def test_units_trained_later_and_counted_as_trained_are_said_among_the_trained(lang, said):
    # one convention: 16 + 7 = 23, the 2 in both counts and said so (LOOK21 X-11)
    assert words.accounting(KESEHATAN, lang) == said


def test_counts_that_add_up_by_themselves_need_no_accounting_but_the_workbook_gives_it():
    plain = {"unit_dilatih": 3, "unit_pembanding": 3, "unit_seluruhnya": 6, "n_unit": 6,
             "rincian_unit": [{"kelompok": "dilatih", "n_unit_kelompok": 3},
                              {"kelompok": "tidak_dilatih_pembanding", "n_unit_kelompok": 3}]}
    assert words.accounting(plain, "id") == ""
    assert words.accounting(plain, "id", always=True).startswith("dari 6 unit kerja, 3 mencapai ambang")
    assert words.accounting({"unit_dilatih": 3, "unit_pembanding": 3}, "id", always=True) == ""  # an older file


def _row(effect: dict[str, Any], periods: tuple[str, str] = ("2024-Q4", "2025-Q4")) -> Any:
    return {"indikator": "layanan_tepat_waktu_persen", "arah": "naik_baik", "tersedia": True, "efek": effect,
            "periode_sebelum": periods[0], "periode_sesudah": periods[1],
            "jendela_kegiatan": ["2024-12-31", "2025-10-01"], "ambang_persen_dilatih": 50.0,
            "putusan": {"kode_alasan": ["intervensi_tidak_dipilih"]}}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_tabel_7_note_and_the_workbook_use_the_same_phrase(lang):
    ikm = _row({"unit_dilatih": 14, "unit_pembanding": 9}, ("2024-S2", "2025-S2"))
    note = performance.groups_sentence([_row(cast(Any, KESEHATAN))], ikm, lang)
    assert note is not None and words.accounting(KESEHATAN, lang) in note, note
    assert "(" + words.accounting(KESEHATAN, lang) not in note  # its own sentence, no stacked brackets
    flat = workbook._flat({"efek": KESEHATAN}, lang=lang)
    said = words.accounting(KESEHATAN, lang, always=True)
    assert flat["efek.rincian_unit"] == said[:1].upper() + said[1:]


def test_the_cohort_rule_of_the_accounting_is_the_group_time_rule():
    # 2 units first trained in period 2, 1 in period 3, 2 in period 4; 1 never trained (KPKP)
    cohort = np.array([2, 2, 3, 4, 4, eventstudy.NEVER])
    Y = np.random.default_rng(1).normal(0, 1, (6, 5)) + np.arange(5)
    base = {2: 0, 3: 1, 4: 2}
    cells = eventstudy.group_time(Y, cohort, base)
    groups = unit_accounting.account(Y, cohort, base, cells, np.ones(6, bool), (0, 0))
    assert [(g["kelompok"], g["n_unit_kelompok"], g.get("alasan")) for g in groups] == [
        ("dilatih", 2, None), ("dilatih_kemudian_pembanding", 2, "tanpa_pembanding_sesudah"),
        ("dilatih_tidak_dipakai", 1, "sendirian_di_kohort"), ("tidak_dilatih_pembanding", 1, None)]
