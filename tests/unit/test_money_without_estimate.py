"""Money whose gain has no estimate is said, not dropped (P4, session 8): a method with a budget in the year whose
participants' gain was withheld (too few activities or participants) passed through no money-without-gain check;
the results list it (`anggaran_vs_peningkatan.tanpa_estimasi`, the province with every dinas's rows) and the
province report says its cost and why (BAB IV) and its total in the summary's money finding."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.analysis import budget
from evalasn.report.chapters import key_findings, rules
from evalasn.report.words import reasons
from evalasn.report.words.names import short_name_in


def _gain(metode: str, ok: bool, n: int = 12, n_kegiatan: int = 1) -> Any:
    return {"metode": metode, "n": n, "n_kegiatan": n_kegiatan, "cukup_data": ok,
            "estimasi": -1.0 if ok else None, "ci_bawah": -2.0 if ok else None, "ci_atas": -0.1 if ok else None}


def _spent(metode: str, rupiah: float, n_kegiatan: int = 1) -> Any:
    return {"metode": metode, "n_kegiatan": n_kegiatan, "n_peserta": 12, "jp_total": 8.0, "anggaran_rp": rupiah}


@pytest.mark.parametrize(("gains", "spent", "expected"), [
    pytest.param([_gain("seminar", False)], [_spent("seminar", 8.1e6)], [("seminar", 12, 8.1e6)], id="withheld"),
    pytest.param([], [_spent("mentoring", 5e6)], [("mentoring", 0, 5e6)], id="no-gain-row-at-all"),
    pytest.param([_gain("seminar", True)], [_spent("seminar", 8.1e6)], [], id="estimated-is-judged-elsewhere"),
    pytest.param([_gain("seminar", False)], [_spent("seminar", 0.0)], [], id="no-money-no-row"),
])
def test_a_method_with_money_and_no_gain_estimate_is_listed(gains, spent, expected):
    rows = budget.without_estimate(gains, spent, "bina-marga")
    assert [(r["metode"], r["n"], r["anggaran_rp"]) for r in rows] == expected
    assert all(r["dinas"] == "bina-marga" for r in rows)


PAIRS = [{"metode": "seminar", "dinas": "bina-marga", "n": 12, "n_kegiatan": 1, "anggaran_rp": 8.1e6},
         {"metode": "seminar", "dinas": "dpmptsp", "n": 24, "n_kegiatan": 1, "anggaran_rp": 41.1e6},
         {"metode": "e-learning", "dinas": "citata", "n": 17, "n_kegiatan": 1, "anggaran_rp": 7.5e6}]


def _province(pairs: list) -> Any:
    return {"cakupan": {"jenis": "provinsi", "slug": "provinsi"}, "tahun": 2025,
            "pelaksanaan": {"kegiatan_per_metode": []}, "level2_pembelajaran": {"per_metode": []},
            "anggaran_vs_peningkatan": {
                "biaya_per_poin": [], "tanpa_estimasi": pairs, "sedikit_kenaikan": [],
                "tanpa_kenaikan": [{"metode": "e-learning", "dinas": "kesehatan", "n": 110, "n_kegiatan": 5,
                                    "estimasi": -1.6, "ci_bawah": -2.7, "ci_atas": -0.5, "cukup_data": True,
                                    "anggaran_rp": 52.8e6, "menurun": True}]}}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_says_what_is_known_of_each_pair(lang):
    text = rules.without_estimate_text(_province(PAIRS), lang)
    assert text.count("Rp 8,1 juta" if lang == "id" else "Rp 8.1 million") == 1
    # one reason for a method's pairs said once, each pair with its cost and participants
    assert ("Seminar Rp 49,2 juta di 2 dinas — hanya 1 kegiatan, perlu sedikitnya 5:" if lang == "id"
            else "Seminar Rp 49.2 million in 2 agencies — too few activities (1; at least 5 needed):") in text
    assert ("Rp 8,1 juta (12 peserta)" if lang == "id" else "Rp 8.1 million (12 participants)") in text
    larger, smaller = (short_name_in(slug, lang) for slug in ("dpmptsp", "bina-marga"))
    assert text.index(larger) < text.index(smaller)  # the larger budget first within its method
    other = [{**PAIRS[0], "n_kegiatan": 6, "n": 4}, PAIRS[1]]  # two reasons: each pair keeps its own
    assert "hanya 4 data, perlu sedikitnya 10; 4 peserta" in rules.without_estimate_text(_province(other), "id")
    assert ("Rp 56,7 juta pada 3 pasangan" if lang == "id" else "Rp 56.7 million in 3 method") in text
    found = key_findings.without_gain(_province(PAIRS), [], lang)
    assert found is not None
    assert ("Belum dapat dinilai per dinas: Rp 56,7 juta pada 3 pasangan" if lang == "id"
            else "Not yet judged per agency: Rp 56.7 million in 3 method") in found.text


def test_nothing_is_said_without_such_pairs():
    assert rules.without_estimate_text(_province([]), "id") == ""
    found = key_findings.without_gain(_province([]), [], "id")
    assert found is not None and "Belum dapat dinilai per dinas" not in found.text


# --- REVIEW7 R7-5: the rule that withheld the gain, in the agency report's words --------------------------------
def _clustered_gain(metode: str, n_kegiatan: int, n: int, mean: float) -> Any:
    """A gain withheld by analysis.learning's few-cluster rule (fewer than constants.MIN_CLUSTERS activities)."""
    return {**_gain(metode, False, n=n, n_kegiatan=n_kegiatan), "alasan": "kegiatan_kurang_klaster",
            "rata_peserta": mean}


@pytest.mark.parametrize("lang,words,never", [
    ("id", "hanya 2 kegiatan (48 peserta, rata-rata kenaikan 5,5 poin tanpa rentang), perlu sedikitnya 3 kegiatan "
           "untuk rentang keyakinan", "perlu sedikitnya 5"),
    ("en", "only 2 activities (48 participants", "at least 5 needed"),
], ids=["id", "en"])
def test_the_province_gives_the_rule_that_withheld_the_gain(lang, words, never):
    gain = _clustered_gain("seminar", 2, 48, 5.5)
    rows = budget.without_estimate([gain], [_spent("seminar", 47.1e6, n_kegiatan=2)], "gulkarmat")
    assert rows[0].get("alasan") == "kegiatan_kurang_klaster"
    text = rules.without_estimate_text(_province(rows), lang)
    assert words in text and never not in text, text
    assert reasons.reason(gain, lang) in text  # the agency report's own reason, word for word
