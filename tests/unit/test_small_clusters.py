"""Small-n honesty (REVIEW6b 1, 2, 3, 12, 16): no clustered interval from fewer than constants.MIN_CLUSTERS
clusters and none narrower than the unclustered one below FEW_CLUSTERS (analysis.small_clusters), intervals kept on
their scale, one reason per withheld figure naming the rule that withheld it, follow-up counts that lead with what
could be judged, and withheld units listed in the lowest-IKM table."""

from __future__ import annotations

import re
from typing import Any, cast

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from scipy import stats as sps

from evalasn import constants
from evalasn.analysis import ikm, learning, pooling, small_clusters
from evalasn.report.chapters import followup_attention, ikm_units
from evalasn.report.formats import index
from evalasn.report.words import reasons

T975 = lambda df: float(sps.t.ppf(0.975, df))  # noqa: E731


def _agreeing_activities(k: int, size: int = 15, seed: int = 3) -> pd.DataFrame:
    """``k`` activities whose mean gains are planted equal (the class shocks cancel) while participants vary a lot:
    the CR1 error from the cluster means is near zero, far below the unclustered one (REVIEW6b 1: 0,110 vs 1,330)."""
    rng = np.random.default_rng(seed)
    frames = []
    for activity in range(k):
        noise = rng.normal(0, 7, size)
        noise -= noise.mean()  # every activity's mean gain exactly 1.0
        pre = rng.normal(55, 8, size)
        frames.append(pd.DataFrame({"kegiatan_id": f"k{activity}", "metode": "seminar", "nilai_pre": pre,
                                    "nilai_post": pre + 1.0 + noise + rng.normal(0, 0.05, size)}))
    return pd.concat(frames, ignore_index=True)


def _old_rule_width(frame: pd.DataFrame) -> tuple[float, float]:
    """(half-width of the CR1 t(G-1) interval the old rule printed, half-width of the unclustered t interval)."""
    diff = (frame["nilai_post"] - frame["nilai_pre"]).to_numpy()
    fit = sm.OLS(diff, np.ones((len(diff), 1))).fit(
        cov_type="cluster", cov_kwds={"groups": pd.factorize(frame["kegiatan_id"])[0]})
    G = frame["kegiatan_id"].nunique()
    plain = diff.std(ddof=1) / np.sqrt(len(diff))
    return T975(G - 1) * float(fit.bse[0]), T975(len(diff) - 1) * plain


def assert_honest(gain: Any, frame: pd.DataFrame) -> None:
    """The guard itself: from fewer than MIN_CLUSTERS activities no interval; otherwise never narrower than the
    unclustered interval below FEW_CLUSTERS."""
    G = frame["kegiatan_id"].nunique()
    if G < 3:  # the documented minimum, written out: a changed constant must be a decision, not a slip
        assert gain["ci_bawah"] is None and gain["ci_atas"] is None and not gain["cukup_data"], gain
        return
    _, plain_half = _old_rule_width(frame)
    assert (gain["ci_atas"] - gain["ci_bawah"]) / 2 >= plain_half - 1e-9


def test_the_planted_two_activity_case_really_gives_a_too_narrow_clustered_interval():
    frame = _agreeing_activities(2)
    clustered_half, plain_half = _old_rule_width(frame)
    assert clustered_half < plain_half  # the plant: what the old rule printed from G = 2 was narrower


def test_two_activities_give_the_participants_mean_with_n_and_no_interval():
    frame = _agreeing_activities(2)
    gain: Any = learning.paired_change_clustered(frame)
    assert_honest(gain, frame)
    assert gain["alasan"] == "kegiatan_kurang_klaster" and gain["n_kegiatan"] == 2 and gain["n"] == 30
    assert gain["rata_peserta"] == pytest.approx(1.0, abs=0.1) and gain["status_kenaikan"] is None
    assert reasons.reason(gain, "id") == ("hanya 2 kegiatan (30 peserta, rata-rata kenaikan 1,0 poin tanpa rentang), "
                                          "perlu sedikitnya 3 kegiatan untuk rentang keyakinan")


@pytest.mark.parametrize("k", [3, 4, 8], ids=["3-kegiatan", "4-kegiatan", "8-kegiatan"])
def test_from_the_minimum_the_interval_is_never_narrower_than_the_unclustered_one(k):
    frame = _agreeing_activities(k)
    gain: Any = learning.paired_change_clustered(frame)
    assert gain["cukup_data"] and gain["n_kegiatan"] == k
    assert_honest(gain, frame)
    # exactly t(G - 1) x the larger error, and the CR1 error itself still reported as `se`
    half = (gain["ci_atas"] - gain["ci_bawah"]) / 2
    assert half == pytest.approx(T975(k - 1) * max(gain["se"], gain["se_tanpa_klaster"]))


def test_a_broken_rule_fails_the_guard(monkeypatch):
    """The guard catches the old rule: two clusters allowed and the CR1 error taken as it is."""
    frame = _agreeing_activities(2)
    monkeypatch.setattr(constants, "MIN_CLUSTERS", 2)
    monkeypatch.setattr(small_clusters, "standard_error", lambda clustered, plain, clusters: clustered)
    broken: Any = learning.paired_change_clustered(frame)
    assert broken["cukup_data"]  # the old behaviour is back: an interval from two activities
    with pytest.raises(AssertionError):
        assert_honest(broken, frame)
    frame3 = _agreeing_activities(3)
    with pytest.raises(AssertionError):  # and one narrower than the unclustered from three
        assert_honest(learning.paired_change_clustered(frame3), frame3)


def test_many_clusters_keep_the_cr1_interval_of_statsmodels():
    rng = np.random.default_rng(5)
    k = np.repeat(np.arange(constants.FEW_CLUSTERS + 5), 6)
    pre = rng.normal(55, 8, len(k))
    frame = pd.DataFrame({"kegiatan_id": k, "nilai_pre": pre,
                          "nilai_post": pre + 4 + rng.normal(0, 3, len(k)) + rng.normal(0, 2, k.max() + 1)[k]})
    gain: Any = learning.paired_change_clustered(frame)
    diff = frame["nilai_post"] - frame["nilai_pre"]
    fit = sm.OLS(diff.to_numpy(), np.ones((len(diff), 1))).fit(cov_type="cluster", use_t=True,
                                                                cov_kwds={"groups": frame["kegiatan_id"].to_numpy()})
    low, high = fit.conf_int(0.05)[0]
    assert (gain["ci_bawah"], gain["ci_atas"]) == pytest.approx((low, high))


def test_the_province_raw_mean_follows_the_same_rule_and_reason():
    frame = _agreeing_activities(2).assign(gain=lambda f: f["nilai_post"] - f["nilai_pre"])
    raw: Any = pooling.raw_mean(frame)
    own: Any = learning.paired_change_clustered(frame)
    assert raw["ci_bawah"] is None and raw["alasan"] == own["alasan"] == "kegiatan_kurang_klaster"
    assert reasons.reason(raw, "id") == reasons.reason(own, "id")
    assert reasons.reason(raw, "en") == reasons.reason(own, "en")
    frame3 = _agreeing_activities(3).assign(gain=lambda f: f["nilai_post"] - f["nilai_pre"])
    raw3: Any = pooling.raw_mean(frame3)
    own3: Any = learning.paired_change_clustered(frame3)
    assert (raw3["ci_bawah"], raw3["ci_atas"]) == pytest.approx((own3["ci_bawah"], own3["ci_atas"]))


# --- SKM: elements and IKM on their scale, and no element judged from two units ---------------------------------

def _skm(units: dict[str, list[list[int]]], periode: str = "2025-S2") -> pd.DataFrame:
    frames = [pd.DataFrame(rows, columns=list(constants.IKM_ELEMENTS)).assign(unit_kerja=unit)
              for unit, rows in units.items()]
    frame = pd.concat(frames, ignore_index=True)
    return frame.assign(dinas="kebudayaan", periode=periode, responden_id=[f"R{i}" for i in range(len(frame))])


def _far_apart(n_units: int, size: int = 9) -> pd.DataFrame:
    """Units whose answers differ wildly (one all 1, the next all 4, ...): a t(G - 1) interval of the element mean
    reaches far outside 1-4."""
    rng = np.random.default_rng(2)
    units = {}
    for u in range(n_units):
        level = 1 if u % 2 == 0 else 4
        units[f"Bidang {u}"] = [[int(np.clip(level + rng.integers(-1, 2), 1, 4))] * 9 for _ in range(size)]
    return _skm(units)


def test_an_element_from_two_units_has_no_interval_and_is_not_judged_weak():
    elements = ikm.elements(_far_apart(2))
    assert all(not e["cukup_data"] and e["lemah"] is None and e["ci_bawah"] is None for e in elements)
    first = elements[0]
    assert first["alasan"] == "unit_kurang_klaster" and first["n_unit_layanan"] == 2 and first["n"] == 18
    assert reasons.reason(first, "id").startswith("hanya 2 unit layanan (18 jawaban, rata-rata ")
    assert reasons.reason(first, "en").endswith("at least 3 needed for an interval and a weak-element judgement")


@pytest.mark.parametrize("n_units", [3, 4], ids=["3-unit", "4-unit"])
def test_an_element_interval_stays_on_the_1_to_4_scale(n_units):
    elements: list[Any] = list(ikm.elements(_far_apart(n_units, size=12)))
    for element in elements:
        assert element["cukup_data"] and element["lemah"] is not None
        assert 1.0 <= element["ci_bawah"] <= element["estimasi"] <= element["ci_atas"] <= 4.0


@pytest.mark.parametrize("n_units", [3], ids=["3-unit"])
def test_an_ikm_interval_stays_on_the_25_to_100_scale(n_units):
    """(One or two units have no interval at all: test_ikm_few_units; a unit's own IKM: the next test.)"""
    summary: Any = ikm.summarise(_far_apart(n_units, size=12).assign(_unit=lambda f: f["unit_kerja"]),
                                 cluster="_unit")
    assert 25.0 <= summary["ci_bawah"] <= summary["estimasi"] <= summary["ci_atas"] <= 100.0


def test_a_units_ikm_interval_stays_on_its_scale():
    rows = [[4] * 9] * 11 + [[1] * 9]  # eleven at the top, one at the bottom: the t interval passes 100
    unit: Any = ikm.by_unit(_skm({"Bidang Layanan": rows}))[0]
    assert unit["ci_atas"] == 100.0 and unit["ci_bawah"] < unit["estimasi"] < 100.0


def test_the_clip_keeps_an_interval_on_its_scale():
    assert small_clusters.clip(-0.52, 6.07, constants.SCALE_BOUNDS["skor_1_4"]) == (1.0, 4.0)
    assert small_clusters.clip(54.8, 97.9, constants.SCALE_BOUNDS["ikm"]) == (54.8, 97.9)
    assert small_clusters.clip(-3.0, 12.0, None) == (-3.0, 12.0)


# --- one reason per withheld figure: the rule that withheld it, with its n ---------------------------------------

@pytest.mark.parametrize("record,lang,expected", [
    ({"n": 7, "n_kegiatan": 1, "alasan": "peserta_kurang", "cukup_data": False}, "id",
     "hanya 7 peserta dengan nilai pre dan post, perlu sedikitnya 10 (1 kegiatan)"),
    ({"n": 7, "n_kegiatan": 1, "alasan": "peserta_kurang", "cukup_data": False}, "en",
     "only 7 participants with pre and post scores, at least 10 needed (1 activity)"),
    ({"n": 31, "n_kegiatan": 2, "alasan": "kegiatan_kurang_klaster", "rata_peserta": -0.516, "cukup_data": False},
     "id", "hanya 2 kegiatan (31 peserta, rata-rata kenaikan −0,5 poin tanpa rentang), perlu sedikitnya 3 kegiatan "
           "untuk rentang keyakinan"),
    ({"n": 18, "n_unit_layanan": 2, "alasan": "unit_kurang_klaster", "rata_unsur": 2.7778, "cukup_data": False},
     "id", "hanya 2 unit layanan (18 jawaban, rata-rata 2,7778 tanpa rentang), perlu sedikitnya 3 unit untuk rentang "
           "keyakinan dan penilaian unsur lemah"),
    ({"n": 40, "n_kegiatan": 2, "alasan": "kegiatan_kurang", "cukup_data": False, "rata_gain": 3.0}, "id",
     "hanya 2 kegiatan, perlu sedikitnya 5 untuk biaya per poin"),  # LOOK10 N-17: which minimum
    ({"n": 9, "n_kegiatan": 6, "alasan": "kegiatan_kurang", "cukup_data": False, "rata_gain": 3.0}, "id",
     "hanya 9 peserta dengan nilai pre dan post, perlu sedikitnya 10 (6 kegiatan)"),
    ({"n": 60, "n_kegiatan": 4, "alasan": "kegiatan_kurang_tren", "cukup_data": False}, "id",
     "hanya 4 kegiatan, perlu sedikitnya 5 untuk tren"),
    ({"n": 6, "kategori": None, "cukup_data": False}, "id", "hanya 6 responden, perlu sedikitnya 10"),
    ({"n": 0, "n_kegiatan": 0, "alasan": "peserta_kurang", "cukup_data": False}, "id",
     "tidak ada kegiatan pada periode ini"),
], ids=["gain-peserta-id", "gain-peserta-en", "gain-kegiatan", "unsur-unit", "biaya-kegiatan", "biaya-peserta",
        "tren-kegiatan", "ikm-unit-responden", "gain-tanpa-kegiatan"])
def test_each_rule_gives_its_own_reason(record, lang, expected):
    assert reasons.reason(record, lang) == expected


def test_a_gain_below_the_participant_minimum_names_participants_not_the_cost_rule():
    """REVIEW6b 3: 1 activity and 7 participants read 'hanya 1 kegiatan, perlu sedikitnya 5' (the cost rule)."""
    frame = _agreeing_activities(1, size=7)
    gain: Any = learning.paired_change_clustered(frame)
    raw: Any = pooling.raw_mean(frame.assign(gain=frame["nilai_post"] - frame["nilai_pre"]))
    assert reasons.reason(gain, "id") == reasons.reason(raw, "id") == \
        "hanya 7 peserta dengan nilai pre dan post, perlu sedikitnya 10 (1 kegiatan)"


# --- last year's follow-up: what could be judged first ------------------------------------------------------------

@pytest.mark.parametrize("met,not_met,rows,expected", [
    (0, 0, 7, "7 target belum dapat dinilai"),
    (2, 1, 7, "2 dari 3 yang dapat dinilai tercapai (66,7%); 4 belum dapat dinilai"),
    (3, 1, 4, "3 dari 4 yang dapat dinilai tercapai (75,0%)"),
], ids=["none-judged", "some-judged", "all-judged"])
def test_the_index_share_is_of_targets_that_could_be_judged(met, not_met, rows, expected):
    agency = followup_attention.AgencyFollowUp("kebudayaan", "Dinas Kebudayaan", rows, met, 0, False, not_met)
    text = " ".join(re.sub(r"<[^>]+>", " ", index._follow_up_text(agency, "id")).split())  # as read, lines joined
    assert expected in text and ("0%" not in text or met)
    assert agency.met_share == (100.0 * met / (met + not_met) if met + not_met else None)


class _Ctx:
    def __init__(self, tally):
        self.previous = {"tahun": 2024}
        self.published: Any = {}  # a published plan record exists (cycle8 C1): no "dibuat ulang" sentence
        self.tally = tally
        self.lang = "id"

    def t(self, key, **kw):
        from evalasn.report.words.text import t
        return t(key, "id", **kw)


HOLDS = "rentang memuat target"  # facts.judge_values' reason (status_ci_holds)
REF = "[[tabel:tinjauan-rencana]]"  # BAB X's table, its number put in by the renderer (LOOK37 L-15)
OPEN = "sementara per 1 Juli 2025: tahun belum berakhir"  # facts.not_over's


@pytest.mark.parametrize("statuses,expected", [
    (["cannot"] * 7, f"7 target tindak lanjut 2024 belum dapat dinilai: alasannya per baris di BAB X{REF}."),
    ([("cannot", OPEN)] * 7, f"7 target tindak lanjut 2024 belum dapat dinilai: alasannya per baris di BAB X{REF}."),
    (["met", "not_met"] + ["cannot"] * 5, "Dari 2 target tindak lanjut 2024 yang dapat dinilai, 1 tercapai dan 1 "
                                           "belum tercapai; 5 target lain belum dapat dinilai (alasannya per baris di "
                                           f"BAB X{REF})."),
    (["met", "not_met"] + [("cannot", HOLDS)] * 4, "Dari 2 target tindak lanjut 2024 yang dapat dinilai, 1 tercapai "
                                                    "dan 1 belum tercapai; 4 target lain belum dapat dinilai "
                                                    "(rentang memuat target)."),
    (["met", "not_met", ("cannot", OPEN)], "Dari 2 target tindak lanjut 2024 yang dapat dinilai, 1 tercapai dan 1 "
                                           "belum tercapai; 1 target lain belum dapat dinilai (tahunnya belum "
                                           "berakhir)."),
    (["met", "not_met", ("cannot", OPEN), ("cannot", HOLDS)], "Dari 2 target tindak lanjut 2024 yang dapat dinilai, "
                                                              "1 tercapai dan 1 belum tercapai; 2 target lain belum "
                                                              f"dapat dinilai (alasannya per baris di BAB X{REF})."),
    (["met", "met", "not_met"], "2 dari 3 target tindak lanjut 2024 tercapai (1 belum tercapai)."),
    (["not_met"] * 4, "Tidak satu pun dari 4 target tindak lanjut 2024 tercapai."),
    (["met"] * 3, "Semua 3 target tindak lanjut 2024 tercapai."),
    (["not_met", "not_met", ("cannot", HOLDS)], "Dari 2 target tindak lanjut 2024 yang dapat dinilai, tidak satu pun "
                                                "tercapai; 1 target lain belum dapat dinilai (rentang memuat "
                                                "target)."),
    (["met", ("cannot", HOLDS), ("cannot", HOLDS)], "Satu target tindak lanjut 2024 dapat dinilai dan tercapai; 2 "
                                                    "target lain belum dapat dinilai (rentang memuat target)."),
], ids=["none-judged-due", "none-judged-open-year", "some-judged-other-reasons", "some-judged-interval-holds",
        "some-judged-open-year", "some-judged-mixed", "all-judged", "none-met", "all-met", "some-judged-none-met",
        "one-judged-met"])
def test_the_summary_leads_with_what_could_be_judged(monkeypatch, statuses, expected):
    """LOOK35b H-10: 'cannot be judged yet' only for a total of a year not over; a target due
    whose interval holds it 'belum dapat dinilai (rentang memuat target)'."""
    class Verdict:
        def __init__(self, status):
            self.status, self.why = status if isinstance(status, tuple) else (status, "")
            self.provisional, self.parts = self.why == OPEN, ()

    class Done:
        def __init__(self, status):
            self.verdict = Verdict(status)

    monkeypatch.setattr(followup_attention, "review", lambda ctx: [Done(s) for s in statuses])
    sentence = followup_attention.summary_sentence(cast(Any, _Ctx(None)))
    assert sentence is not None
    assert sentence.startswith(expected) and "0 dari" not in sentence
    assert not re.search(r"\b0 (belum )?tercapai", sentence)  # LOOK19 V-6: 'Dari 5 …, 0 tercapai dan 5 belum …'


# --- the lowest-IKM table keeps the units whose IKM is withheld ---------------------------------------------------

def test_withheld_units_are_listed_for_the_lowest_ikm_table():
    units = ikm.by_unit(_skm({"Bidang Program": [[3] * 9] * 12, "Bidang Layanan": [[2] * 9] * 6}))
    hasil: Any = {"komunikasi": {"periode": "2025-S2"}, "level4_hasil": {"ikm_unit": units}}
    shown = [u["unit_kerja"] for u in ikm_units.ikm_table_units(hasil)]
    withheld = ikm_units.ikm_withheld_units(hasil)
    assert shown == ["Bidang Program"] and [u["unit_kerja"] for u in withheld] == ["Bidang Layanan"]
    assert reasons.not_enough(withheld[0], "id") == "belum dapat dihitung: hanya 6 responden, perlu sedikitnya 10"


@pytest.mark.parametrize("lang, words", [("id", "rencana dibuat ulang dari data, bukan yang ditandatangani"),
                                         ("en", "plan reconstructed from the data, not the signed one")],
                         ids=["id", "en"])
def test_a_regenerated_plan_is_not_read_as_the_signed_one(monkeypatch, lang, words):
    """R6-31: '1 dari 14 target tindak lanjut 2024 tercapai' in the summary and the index, where no signed plan was
    received and the 14 targets were regenerated by the software (said only under Tabel 15): a Kepala Dinas reads it
    as his office missing 13 of 14 targets it signed."""
    agency = followup_attention.AgencyFollowUp("kesehatan", "Dinas Kesehatan", 14, 1, 0, False, 10, regenerated=True)
    assert words in index._follow_up_text(agency, lang)
    signed = followup_attention.AgencyFollowUp("kesehatan", "Dinas Kesehatan", 14, 1, 0, False, 10)
    assert words not in index._follow_up_text(signed, lang)

    class Done:
        def __init__(self, status):
            self.verdict = type("Verdict", (), {"status": status})()

    monkeypatch.setattr(followup_attention, "review", lambda ctx: [Done("met"), Done("not_met")])
    ctx = _Ctx(None)
    ctx.published = None  # no record of the published plan
    sentence = followup_attention.summary_sentence(cast(Any, ctx)) or ""
    assert "dibuat ulang dari data, bukan rencana yang ditandatangani" in sentence, sentence


@pytest.mark.parametrize(("record", "lang", "said"), [
    pytest.param({"metode": "seminar", "n_kegiatan": 1}, "en", "there was only 1 seminar activity (12 participants, "
                 "mean gain 2.8 points, no interval), and an interval needs at least 3", id="en-one-seminar"),
    pytest.param({"n_kegiatan": 2}, "en", "there were only 2 activities (12 participants, mean gain 2.8 points, no "
                 "interval), and an interval needs at least 3", id="en-a-dinas-gain-two-activities"),
    pytest.param({"metode": "seminar", "n_kegiatan": 1}, "id", "hanya 1 kegiatan seminar (12 peserta, rata-rata "
                 "kenaikan 2,8 poin tanpa rentang), perlu sedikitnya 3 kegiatan untuk rentang keyakinan",
                 id="id-one-seminar"),
])
def test_the_few_activities_reason_is_a_clause_naming_the_method(record, lang, said):
    """LOOK14 P-6: 'because only 1 activity (12 participants, mean gain 2.8 points without an interval), at least 3
    needed for an interval' read verbless after 'because'."""
    gain = {"alasan": "kegiatan_kurang_klaster", "n": 12, "rata_peserta": 2.8, **record}
    assert reasons.reason(gain, lang) == said


@pytest.mark.parametrize("in_chapter, said", [
    pytest.param(False, "(alasannya per baris di BAB X, Tabel 14).", id="summary-chapter-and-table"),
    pytest.param(True, "(alasannya per baris di Tabel 14).", id="bab-x-its-table-alone"),
])
def test_bab_x_points_to_its_table_not_to_itself(monkeypatch, in_chapter, said):
    """LOOK37 L-15 (Bina Marga 10.1): "4 target lain belum dapat dinilai (alasannya per baris di BAB X)" inside BAB X;
    the summary names "BAB X, Tabel 14", BAB X its table alone."""
    from evalasn.report.chapters import html
    from evalasn.report.formats import render

    class Verdict:
        def __init__(self, status):
            self.status, self.why, self.provisional, self.parts = status, "", False, ()

    class Done:
        def __init__(self, status):
            self.verdict = Verdict(status)

    monkeypatch.setattr(followup_attention, "review", lambda ctx: [Done(s) for s in ["met", "not_met", "cannot"]])
    sentence = followup_attention.summary_sentence(cast(Any, _Ctx(None)), in_chapter=in_chapter) or ""
    body = "".join(html.table(["a"], [["1"]], f"t{k}") for k in range(13))
    body += html.table(["a"], [["1"]], "rencana 2024", ref=html.FOLLOW_UP_REVIEW) + html.para(sentence)
    page = render.number_and_list(body, "id")
    assert said in page and "[[" not in page, sentence
    assert in_chapter == ("di BAB X" not in page)
