"""Money whose gain has no estimate is said, not dropped (P4, session 8): a method with a budget in the year whose
participants' gain was withheld (too few activities or participants) passed through no money-without-gain check;
the results list it (`anggaran_vs_peningkatan.tanpa_estimasi`, the province with every dinas's rows) and the
province report says its cost and why (BAB IV), and the summary's money finding the unjudged money of its own
methods (the all-method total stays in BAB IV: LOOK18 T-6)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from evalasn import constants
from evalasn.analysis import budget
from evalasn.report.chapters import dinas_pairs, key_findings
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


FEW = {"alasan": "kegiatan_kurang_klaster", "rata_peserta": 12.4}  # analysis.learning's few-cluster rule
PAIRS = [{"metode": "seminar", "dinas": "bina-marga", "n": 12, "n_kegiatan": 1, "anggaran_rp": 8.1e6, **FEW},
         {"metode": "seminar", "dinas": "dpmptsp", "n": 24, "n_kegiatan": 1, "anggaran_rp": 41.1e6, **FEW},
         {"metode": "e-learning", "dinas": "citata", "n": 17, "n_kegiatan": 1, "anggaran_rp": 7.5e6, **FEW}]


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
    intro, lines = dinas_pairs.without_estimate_said(_province(PAIRS), lang)
    text = " ".join([intro, *lines])
    assert text.count("Rp 8,10 juta" if lang == "id" else "Rp 8.10 million") == 1
    # one line per method, each pair with its cost, activities and participants
    assert len(lines) == 2
    assert lines[0].startswith("Seminar Rp 49,2 juta di 2 dinas: " if lang == "id"
                               else "Seminar Rp 49.2 million in 2 agencies: ")
    assert ("Rp 8,10 juta (1 kegiatan, 12 peserta)" if lang == "id"
            else "Rp 8.10 million (1 activity, 12 participants)") in lines[0]
    larger, smaller = (short_name_in(slug, lang) for slug in ("dpmptsp", "bina-marga"))
    assert lines[0].index(larger) < lines[0].index(smaller)  # the larger budget first within its method
    other = [{**PAIRS[0], "n_kegiatan": 6, "n": 4, "alasan": None}, PAIRS[1]]  # no rule code: its own reason
    own = dinas_pairs.without_estimate_said(_province(other), "id")[1][0]
    assert "hanya 4 data, perlu sedikitnya 10; 6 kegiatan, 4 peserta" in own
    assert reasons.reason(other[0], "id") in own  # the agency report's own reason, word for word
    assert ("Rp 56,7 juta pada 3 pasangan" if lang == "id" else "Rp 56.7 million in 3 method") in intro
    found = key_findings.without_gain(_province(PAIRS), [], lang)
    assert found is not None
    assert ("Rp 56,7 juta" if lang == "id" else "Rp 56.7 million") not in found.text  # BAB IV's total (LOOK18 T-6)


# LOOK13 M-9: "Belum dapat dinilai per dinas: Rp 1,4 miliar pada 39 pasangan" of four methods stood in the seminar
# finding and read as seminar money larger than the seminar total; LOOK18 T-6: the all-method total, even in a sentence
# of its own, ended the seminar finding with other methods' money: the finding's own method alone, the total in BAB IV
@pytest.mark.parametrize(("lang", "said"), [
    ("id", " Belum dapat dinilai per dinas: e-learning Rp 7,50 juta di 1 dinas dengan terlalu sedikit kegiatan atau "
           "peserta (BAB IV)."),
    ("en", " Not yet judged per agency: e-learning Rp 7.50 million in 1 agency with too few activities or "
           "participants (Chapter IV)."),
], ids=["id", "en"])
def test_the_money_finding_gives_its_own_methods_unjudged_money_not_the_total(lang, said):
    found = key_findings.without_gain(_province(PAIRS), [], lang)
    assert found is not None
    assert found.text.endswith(said), found.text
    assert ("Di semua metode" if lang == "id" else "Across all methods") not in found.text


@pytest.mark.parametrize(("lang", "said"), [
    ("id", " Belum dapat dinilai per dinas: e-learning Rp 7,50 juta di 1 dinas dengan terlalu sedikit kegiatan atau "
           "peserta (BAB IV)."),
    ("en", " Not yet judged per agency: e-learning Rp 7.50 million in 1 agency with too few activities or "
           "participants (Chapter IV)."),
], ids=["id", "en"])
def test_no_total_when_every_unjudged_pair_is_of_the_findings_method(lang, said):
    found = key_findings.without_gain(_province(PAIRS[2:]), [], lang)
    assert found is not None
    assert found.text.endswith(said), found.text
    assert ("Di semua metode" if lang == "id" else "Across all methods") not in found.text


def test_nothing_is_said_without_such_pairs():
    assert dinas_pairs.without_estimate_said(_province([]), "id") == ("", [])
    found = key_findings.without_gain(_province([]), [], "id")
    assert found is not None and "Belum dapat dinilai per dinas" not in found.text


# --- REVIEW7 R7-5: the rule that withheld the gain, in the agency report's words --------------------------------
def _clustered_gain(metode: str, n_kegiatan: int, n: int, mean: float) -> Any:
    """A gain withheld by analysis.learning's few-cluster rule (fewer than constants.MIN_CLUSTERS activities)."""
    return {**_gain(metode, False, n=n, n_kegiatan=n_kegiatan), "alasan": "kegiatan_kurang_klaster",
            "rata_peserta": mean}


# LOOK10 N-2: 39 pairs each repeated "(hanya 1 kegiatan (16 peserta, rata-rata kenaikan 12,4 poin tanpa rentang),
# perlu sedikitnya 3 kegiatan untuk rentang keyakinan; 16 peserta)"; the rule is said once, with its minimums
@pytest.mark.parametrize("lang,rule,item,never", [
    ("id", f"bila ada sedikitnya {constants.MIN_CLUSTERS} kegiatan dan {constants.MIN_N} peserta dengan nilai pre",
     "Gulkarmat Rp 47,1 juta (2 kegiatan, 48 peserta)", ("perlu sedikitnya", "tanpa rentang", "rata-rata")),
    ("en", f"from at least {constants.MIN_CLUSTERS} activities and {constants.MIN_N} participants with pre",
     "Rp 47.1 million (2 activities, 48 participants)", ("needed", "without an interval", "mean gain")),
], ids=["id", "en"])
def test_the_province_says_the_rule_once_and_each_pair_in_a_few_words(lang, rule, item, never):
    pairs = [budget.without_estimate([_clustered_gain("seminar", k, n, 5.5)],
                                     [_spent("seminar", rupiah, n_kegiatan=k)], slug)[0]
             for slug, k, n, rupiah in [("gulkarmat", 2, 48, 47.1e6), ("bina-marga", 1, 16, 8.1e6),
                                        ("dpmptsp", 1, 16, 41.1e6)]]
    few_people: Any = {**_gain("seminar", False, n=4, n_kegiatan=3), "alasan": "peserta_kurang"}
    pairs.append(budget.without_estimate([few_people], [_spent("seminar", 5e6, n_kegiatan=3)], "citata")[0])
    intro, lines = dinas_pairs.without_estimate_said(_province(pairs), lang)
    assert intro.count(rule) == 1, intro
    assert len(lines) == 1 and item in lines[0], lines
    assert ("(3 kegiatan, 4 peserta)" if lang == "id" else "(3 activities, 4 participants)") in lines[0]
    assert lines[0].count("peserta" if lang == "id" else "participants") == 4  # participants once per pair
    assert not any(word in " ".join([intro, *lines]) for word in never)  # no repeated rule, no mean without reason




# --- LOOK11 L-7: BAB IV's money list and 9.1's list of dinas too small to judge count the same pairs --------------
def _mixes(*pairs: tuple[str, str, int, int]) -> Any:
    """pooling.per_dinas with each dinas's method mix: (dinas, method, activities, participants with scores)."""
    out: dict[str, list] = {}
    for slug, metode, k, n in pairs:
        out.setdefault(slug, []).append({"metode": metode, "n": n, "n_kegiatan": k, "rata_gain": 1.0})
    return {"per_dinas": [{"dinas": slug, "campuran_metode": mix} for slug, mix in out.items()]}


@pytest.mark.parametrize(("lang", "mixes", "said"), [
    pytest.param("id", [("dispora", "seminar", 1, 12), ("ppkukm", "seminar", 1, 10)],
                 " Tanpa biaya tercatat: Dispora (1 kegiatan, 12 peserta) dan PPKUKM (1 kegiatan, 10 peserta).",
                 id="two-seminars-without-cost-named-id"),
    pytest.param("en", [("dispora", "seminar", 1, 12), ("ppkukm", "seminar", 1, 10)],
                 " With no cost recorded: Youth and Sports (1 activity, 12 participants), and Industry and Trade (1 "
                 "activity, 10 participants).",
                 id="two-seminars-without-cost-named-en"),
    pytest.param("id", [("sosial", "seminar", 4, 6)], " Tanpa biaya tercatat: Sosial (4 kegiatan, 6 peserta).",
                 id="enough-activities-too-few-participants-same-rule"),
    pytest.param("id", [("kpkp", "seminar", 3, 65)], "", id="large-enough-to-judge-not-named"),
    pytest.param("id", [("sosial", "e-learning", 1, 12)], "", id="another-method-not-in-this-line"),
    pytest.param("id", [], "", id="every-small-pair-had-money"),
])
def test_bab_iv_names_the_small_pairs_without_recorded_cost(lang, mixes, said):
    """LOOK11 L-7: BAB IV's 'Seminar … di 11 dinas' and 9.1's 13 dinas 'terlalu sedikit kegiatan untuk dinilai
    sendiri': Dispora's and PPKUKM's single seminars recorded no cost, so the money list left them out unsaid."""
    hasil = _province(PAIRS[:2])
    hasil["pooling"] = _mixes(("bina-marga", "seminar", 1, 12), ("dpmptsp", "seminar", 1, 24), *mixes)
    seminar = dinas_pairs.without_estimate_said(hasil, lang)[1][0]
    assert seminar.startswith("Seminar Rp 49,2 juta di 2 dinas: " if lang == "id"
                              else "Seminar Rp 49.2 million in 2 agencies: "), seminar
    if said:
        assert seminar.endswith(said) or said in seminar, seminar
    else:
        assert "biaya tercatat" not in seminar and "cost recorded" not in seminar, seminar


# --- LOOK22 Y-5: BAB IV's count is the count of the pairs it lists ("39 pasangan" over a list of 41) -------------
LISTED = {"id": r"\(\d+ kegiatan, [\d.]+ peserta\)", "en": r"\(\d+ (?:activity|activities), [\d,]+ participants?\)"}
COUNTED = {"id": r"pada (\d+) pasangan metode × dinas(?: dengan biaya tercatat dan (\d+) pasangan tanpa biaya "
                 r"tercatat, semuanya)? dengan terlalu sedikit",
           "en": r"in (\d+) method × agency pairs?(?: with a recorded cost, and (\d+) more pairs? with no cost "
                 r"recorded, all)? with too few"}


@pytest.mark.parametrize(("lang", "mixes", "free"), [
    pytest.param("id", [("dispora", "seminar", 1, 12), ("ppkukm", "seminar", 1, 10)], 2, id="two-without-cost-id"),
    pytest.param("en", [("dispora", "seminar", 1, 12), ("ppkukm", "seminar", 1, 10)], 2, id="two-without-cost-en"),
    pytest.param("id", [("sosial", "seminar", 4, 6)], 1, id="one-without-cost-id"),
    pytest.param("en", [("sosial", "seminar", 4, 6)], 1, id="one-without-cost-en"),
    pytest.param("id", [], 0, id="every-pair-with-cost-id"),
    pytest.param("en", [], 0, id="every-pair-with-cost-en"),
])
def test_bab_iv_counts_every_pair_it_lists(lang, mixes, free):
    hasil = _province(PAIRS)
    hasil["pooling"] = _mixes(("bina-marga", "seminar", 1, 12), ("dpmptsp", "seminar", 1, 24),
                              ("citata", "e-learning", 1, 17), *mixes)
    intro, lines = dinas_pairs.without_estimate_said(hasil, lang)
    listed = len(re.findall(LISTED[lang], " ".join(lines)))
    counted = re.search(COUNTED[lang], intro)
    assert counted, intro
    assert (int(counted[1]), int(counted[2] or 0)) == (len(PAIRS), free), intro
    assert int(counted[1]) + int(counted[2] or 0) == listed == len(PAIRS) + free, (intro, lines)
