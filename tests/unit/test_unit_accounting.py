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
# LOOK23 Z-1: a unit left out also says why it is not a comparison: (code, its reference period, compared from)
PAST = ("acuan_sudah_lewat", "2025-Q1", "2025-Q2")
NO_DATA = ("tanpa_data", None, None)
CASES = {
    "kpkp-alone-in-its-period": (KPKP, ("G",), [
        ("dilatih", 2, None, None), ("dilatih_kemudian_pembanding", 2, "tanpa_pembanding_sesudah", None),
        ("dilatih_tidak_dipakai", 1, "sendirian_di_kohort", PAST), ("tidak_dilatih_pembanding", 1, None, None),
        ("tidak_dilatih_tidak_dipakai", 1, "tanpa_data", None)]),
    "perhubungan-no-comparison-after": (PERHUBUNGAN, ("J",), [
        ("dilatih", 4, None, None), ("dilatih_kemudian_pembanding", 1, "sendirian_di_kohort", None),
        ("dilatih_tidak_dipakai", 1, "tanpa_data", NO_DATA),
        ("dilatih_tidak_dipakai", 3, "tanpa_pembanding_sesudah", PAST), ("tidak_dilatih_pembanding", 1, None, None)]),
}


def _rows(groups: list[Any]) -> list[tuple[Any, ...]]:
    role = lambda g: (g["alasan_pembanding"], g.get("periode_acuan"), g.get("periode_dibandingkan")) \
        if "alasan_pembanding" in g else None  # noqa: E731
    return [(g["kelompok"], g["n_unit_kelompok"], g.get("alasan"), role(g)) for g in groups]


def _effect(case: str) -> dict[str, Any]:
    trained, absent, _ = CASES[case]
    frame, pegawai, part = _panel(trained, absent)
    return cast(Any, did.kinerja_did(frame, pegawai, part, 2025)[0]["efek"])


@pytest.mark.parametrize("case", list(CASES))
def test_every_unit_of_the_scope_is_in_one_group_with_the_reason_it_is_left_out(case):
    effect = _effect(case)
    groups = _rows(effect["rincian_unit"])
    assert groups == CASES[case][2]
    assert effect["n_unit"] == len(CASES[case][0]) == sum(n for _, n, *_ in groups)
    assert effect["unit_mencapai_ambang"] == sum(1 for day in CASES[case][0].values() if day)
    # the groups agree with the arm counts
    count = {name: sum(n for g, n, *_ in groups if g == name) for name in unit_accounting.GROUPS}
    assert effect["unit_dilatih"] == count["dilatih"] + count["dilatih_juga_pembanding"]
    assert effect["unit_pembanding"] == (count["dilatih_juga_pembanding"] + count["dilatih_kemudian_pembanding"]
                                         + count["tidak_dilatih_pembanding"])


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


# a group's sentence, as the catalogue opens it: its count, whether untrained, then its words (LOOK24 V2-3: each
# group a sentence); in English its label first, then its count ("Counted as trained: 4 units"; no sentence opens
# with a numeral)
GROUP_SENTENCE = {"id": r"Sebanyak (?P<n>\d+) unit (?P<untrained>tidak dilatih dan )?(?P<rest>.*)",
                  "en": r"(?P<untrained>Untrained and )?[A-Za-z ]+: (?P<n>\d+) units?(?P<rest>.*)"}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_withheld_sentence_accounts_for_every_unit_of_the_scope(case, lang):
    effect = _effect(case)
    text = reasons.reason(effect, lang)
    scope, reached = len(CASES[case][0]), effect["unit_mencapai_ambang"]
    opening = {"id": f"Dari {scope} unit kerja, {reached} mencapai ambang pelatihan. ",
               "en": f"Of the {scope} units, {reached} reached the training threshold. "}[lang]
    assert opening in text, text
    # after the lead, each group in a sentence of its own, its count first; then the comparison's total
    *sentences, total = text.split(opening)[1].split(". ")
    found = [re.fullmatch(GROUP_SENTENCE[lang], sentence) for sentence in sentences]
    assert all(found), sentences
    counts = [(int(f["n"]), bool(f["untrained"])) for f in found if f]  # (its units, whether untrained)
    assert sum(n for n, of_untrained in counts if not of_untrained) == reached, counts
    # the untrained units: each group its own sentence, or all of them a comparison ('Ditambah 1 unit tidak dilatih,
    # perbandingan memuat …'); with those, the scope
    joined = re.match({"id": r"Ditambah (\d+) unit tidak dilatih, ", "en": r"With (\d+) untrained units?, "}[lang],
                      total)
    rest = int(joined.group(1)) if joined else sum(n for n, of_untrained in counts if of_untrained)
    assert reached + rest == scope, text
    assert {"id": "unit seluruhnya", "en": "units in all"}[lang] not in text


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_each_group_of_units_is_a_sentence_of_its_own(case, lang):
    # LOOK24 V2-3: Perhubungan's accounting was one 82-word sentence, a list inside a list ("8 mencapai ambang
    # pelatihan: 4 …; 1 …; 3 tidak dipakai: …"): now a lead sentence, then one sentence per group, no list of groups
    effect = _effect(case)
    text = words.accounting(effect, lang)
    assert ";" not in text and "ambang pelatihan:" not in text and "training threshold:" not in text, text
    kinds = [g["kelompok"] for g in effect["rincian_unit"]]
    groups = [k for k in kinds if k not in words.COUNTED] + [words.COUNTED[0]] * any(k in words.COUNTED for k in kinds)
    said = [sentence for sentence in text.split(". ") if re.fullmatch(GROUP_SENTENCE[lang], sentence)]
    joined = 1 if re.search(r"Ditambah \d+ unit tidak dilatih|With \d+ untrained unit", text) else 0
    assert len(said) + joined == len(groups), text
    # no sentence opens with a figure: in Indonesian it opens with "Sebanyak", in English with its label ("Counted as
    # trained: 4 units", not "4 units are counted as trained")
    assert not re.search(r"(?:^|\. )\d", text), text


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "Sebanyak 1 unit tidak dipakai: tidak dihitung dilatih karena kurang dari 2 unit dengan data mencapai "
           "ambang pada periode yang sama (perlu sedikitnya 2 unit dilatih per periode), dan tidak menjadi "
           "pembanding karena periode terakhir sebelum pelatihannya, 2025-Q1, sudah lewat pada 2025-Q2, periode "
           "pertama sesudah pelatihan unit yang dibandingkan"),
    ("en", "Left out: 1 unit, not counted as trained because fewer than 2 units with data reached the threshold in "
           "the same period (at least 2 trained units per period needed), and not a comparison because the last period "
           "before its training, 2025-Q1, had already passed in 2025-Q2, the first period after the training of the "
           "units compared"),
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
    ("id", "dari 23 unit kerja, 16 mencapai ambang pelatihan dan semuanya dihitung dilatih (2 di antaranya juga "
           "menjadi pembanding sebelum pelatihannya). Ditambah 7 unit tidak dilatih, perbandingan memuat 23 unit: 16 "
           "dilatih dan 9 pembanding"),
    ("en", "of the 23 units, 16 reached the training threshold and all of them are counted as trained (2 of them also "
           "a comparison before their training). With 7 untrained units, the comparison holds 23 units: 16 trained "
           "and 9 comparison units"),
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
    groups = unit_accounting.account(Y, cohort, base, cells, np.ones(6, bool), (0, 0), [f"P{i}" for i in range(5)])
    assert _rows(groups) == [
        ("dilatih", 2, None, None), ("dilatih_kemudian_pembanding", 2, "tanpa_pembanding_sesudah", None),
        ("dilatih_tidak_dipakai", 1, "sendirian_di_kohort", ("acuan_sudah_lewat", "P1", "P2")),
        ("tidak_dilatih_pembanding", 1, None, None)]


# LOOK23 Z-1: Perhubungan's indicator comparison, 2024-Q1 … 2025-Q4: 4 units first trained in 2025-Q2 (reference
# 2024-Q4), 3 in 2025-Q3 (reference 2025-Q1), 1 in 2025-Q4 (reference 2025-Q2), 1 never trained. The 3 were said
# left out "karena sesudah pelatihannya tidak ada 2 unit yang belum dilatih …", the words that in KPKP go with units
# that were a comparison before their training: nothing said why they were not a comparison of the first 4 either
PERIODS = [f"{y}-Q{q}" for y in (2024, 2025) for q in range(1, 5)]
COHORT = np.array([5, 5, 5, 5, 6, 6, 6, 7, eventstudy.NEVER])
BASE = {5: 3, 6: 4, 7: 5}


def _panel_arrays(seed: int = 2, missing: tuple[tuple[int, int], ...] = (), units: int = len(COHORT)) -> np.ndarray:
    Y = np.random.default_rng(seed).normal(80, 3, (units, len(PERIODS)))
    for unit, period in missing:
        Y[unit, period] = np.nan
    return Y


def _roles(Y: np.ndarray, cohort: np.ndarray = COHORT, base: dict[int, int] = BASE) -> list[Any]:
    cells = eventstudy.group_time(Y, cohort, base)
    seen = ~np.isnan(Y[:, [3, 7]]).any(axis=1)  # data before (2024-Q4) and after (2025-Q4), as analysis.did
    return unit_accounting.roles(Y, cohort, base, cells, seen, PERIODS)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_perhubungan_units_left_out_say_why_they_are_not_a_comparison_either(lang):
    Y = _panel_arrays()
    cells = eventstudy.group_time(Y, COHORT, BASE)
    groups = unit_accounting.account(Y, COHORT, BASE, cells, np.ones(len(COHORT), bool), (0, 0), PERIODS)
    assert _rows(groups) == [
        ("dilatih", 4, None, None), ("dilatih_kemudian_pembanding", 1, "sendirian_di_kohort", None),
        ("dilatih_tidak_dipakai", 3, "tanpa_pembanding_sesudah", PAST), ("tidak_dilatih_pembanding", 1, None, None)]
    effect = {"unit_dilatih": 4, "unit_pembanding": 2, "unit_seluruhnya": 6, "n_unit": 9, "rincian_unit": groups}
    text = words.accounting(effect, lang)
    said = {"id": "Sebanyak 3 unit tidak dipakai: tidak dihitung dilatih karena sesudah pelatihannya kurang dari 2 "
                  "unit yang belum dilatih punya data pada periode yang sama, dan tidak menjadi pembanding karena "
                  "periode terakhir sebelum pelatihannya, 2025-Q1, sudah lewat pada 2025-Q2, periode pertama sesudah "
                  "pelatihan unit yang dibandingkan",
            "en": "Left out: 3 units, not counted as trained because after their training fewer than 2 "
                  "still-untrained units had data in the same period, and not a comparison because the last period "
                  "before their training, 2025-Q1, had already passed in 2025-Q2, the first period after the training "
                  "of the units compared"}[lang]
    assert said in text, text
    # a minimum is 'kurang dari', the per-period one says so, and no window is named before it is given
    for wrong in ("tidak ada 2", "not 2", "sedikitnya 2)", "least 2 needed", "di jendela", "in the window", "(("):
        assert wrong not in text, (wrong, text)


# panels of that shape (and with a second never-trained unit) with data missing here and there: the comparison
# reasons against the estimator's own cells (eventstudy.group_time, eventstudy.untrained_at), so the words cannot
# drift from the rule
TWO_NEVER = np.r_[COHORT, eventstudy.NEVER]
THIN = tuple((u, t) for u in (0, 1, 2) for t in (5, 6, 7))  # 3 of the first 4 without data after their training
PANELS = {
    "complete": (COHORT, ()),
    "a-later-unit-without-its-reference": (COHORT, ((4, 4),)),
    "no-cell-the-last-unit-without-2025-Q2": (COHORT, ((7, 5),)),
    "no-cell-first-cohort-thin": (COHORT, THIN),
    "two-never-the-last-unit-without-2024-Q4": (TWO_NEVER, ((7, 3),)),
    "two-never-first-cohort-thin": (TWO_NEVER, THIN),
}
CODES = {"complete": {"acuan_sudah_lewat"}, "two-never-the-last-unit-without-2024-Q4": {"tanpa_data"},
         "two-never-first-cohort-thin": {"acuan_sudah_lewat", "tanpa_perbandingan_lain"}}


@pytest.mark.parametrize("panel", list(PANELS))
def test_the_comparison_reasons_are_the_estimators_conditions(panel):
    cohort, missing = PANELS[panel]
    Y = _panel_arrays(missing=missing, units=len(cohort))
    cells = [c for c in eventstudy.group_time(Y, cohort, BASE) if c.kind == "pasca"]
    in_control = {int(u) for c in cells for u in c.part.units[c.n_treated:]}
    ref_of = eventstudy.reference_of(cohort, BASE, len(PERIODS))
    found = set()
    for unit, (group, why, role) in enumerate(_roles(Y, cohort)):
        assert (role is not None) == (group == "dilatih_tidak_dipakai")
        if role is None:
            continue
        if not cells:  # no group-time cell at all: in neither arm for the one reason
            assert role == (why, None, None)
            continue
        assert unit not in in_control
        found.add(role[0])
        # the periods after another cohort's training at which the estimator would take this unit as a comparison
        open_ = [(g, t) for g in BASE if g != cohort[unit] for t in range(g, len(PERIODS))
                 if eventstudy.untrained_at(ref_of[unit], t, BASE[g])]
        if role[0] == "acuan_sudah_lewat":
            compared = min(c.t for c in cells if c.g != cohort[unit])
            assert not open_ and role[1:] == (PERIODS[ref_of[unit]], PERIODS[compared]) and compared > ref_of[unit]
            # its training moved after the last period (never trained), it is a comparison there
            never, Y2 = cohort.copy(), Y.copy()
            never[unit], Y2[unit] = eventstudy.NEVER, 80.0
            assert any(c.t == compared and unit in c.part.units[c.n_treated:]
                       for c in eventstudy.group_time(Y2, never, BASE))
        elif role[0] == "tanpa_data":
            assert open_ and not any(~np.isnan(Y[unit, t]) and ~np.isnan(Y[unit, BASE[g]]) for g, t in open_)
        else:
            assert role[0] == "tanpa_perbandingan_lain"
            built = {(c.g, c.t) for c in cells}
            assert open_ and not any(pair in built for pair in open_)
    assert found == CODES.get(panel, found), found


def test_each_comparison_reason_has_words_in_both_languages_and_in_the_workbook():
    from evalasn.report.formats import workbook_words
    from evalasn.report.words.text import TEXT
    for code in unit_accounting.COMPARISON_REASONS:
        for lang in ("id", "en"):
            assert TEXT[f"units_whyc_{code}"][lang]
        assert workbook_words.code_words(code, "id") and workbook_words.code_words(code, "en"), code


@pytest.mark.parametrize(("lang", "groups", "said"), [
    pytest.param("id", (("dilatih", 3), ("tidak_dilatih_pembanding", 3)),
                 "dari 6 unit kerja, 3 mencapai ambang pelatihan dan semuanya dihitung dilatih. Ditambah 3 unit",
                 id="id"),
    pytest.param("en", (("dilatih", 3), ("tidak_dilatih_pembanding", 3)),
                 "of the 6 units, 3 reached the training threshold and all of them are counted as trained. With 3 "
                 "untrained units", id="en"),
    pytest.param("id", (("dilatih", 1), ("tidak_dilatih_pembanding", 3)),
                 "dari 4 unit kerja, 1 mencapai ambang pelatihan dan dihitung dilatih. Ditambah", id="id-one-unit"),
    pytest.param("en", (("dilatih", 1), ("tidak_dilatih_pembanding", 3)),
                 "of the 4 units, 1 reached the training threshold and is counted as trained. With", id="en-one-unit"),
])
def test_when_every_unit_that_reached_the_threshold_is_counted_the_count_is_said_once(lang, groups, said):
    """LOOK24 V2-3 rest: '16 mencapai ambang pelatihan. Sebanyak 16 unit dihitung dilatih' said one count twice in a
    row; with nothing else to account for among the units that reached the threshold, one sentence says all are."""
    scope = sum(n for _, n in groups)
    effect = {"unit_dilatih": groups[0][1], "unit_pembanding": groups[1][1], "unit_seluruhnya": scope, "n_unit": scope,
              "rincian_unit": [{"kelompok": kind, "n_unit_kelompok": n} for kind, n in groups]}
    text = words.accounting(effect, lang, always=True)
    assert text.startswith(said), text
    assert {"id": "Sebanyak", "en": "Counted as trained"}[lang] not in text, text
