"""Report wording of the estimates' uncertainty: IKM category ranges, rank intervals, the pooling
method used, and the attention list under FDR control, in both languages."""

from typing import Any, cast

import pytest

from evalasn.analysis.contract import DinasRow, Hasil, KeyIkm, Pooling, UnitIkm
from evalasn.report import facts
from evalasn.report.words import uncertainty as U

# The cases are fragments of hasil.json holding only the keys the function under test reads; each is
# cast to the type it stands for.


@pytest.mark.parametrize("lang,low,high,expected", [
    ("id", "B", "B", "; seluruh rentang keyakinan 95% dalam kategori B"),
    ("id", "C", "B", "; rentang keyakinan 95% mencapai kategori C, jadi kategorinya belum pasti"),
    ("en", "C", "A", "; the 95% CI reaches category C and A, so the category is not certain"),
], ids=["id-same", "id-reaches-C", "en-both-sides"])
def test_category_is_stated_with_its_uncertainty(lang, low, high, expected):
    assert U.category_range(cast(KeyIkm, {"kategori": "B", "kategori_bawah": low, "kategori_atas": high}), lang) \
        == expected


def test_table_cells_carry_range_and_sample_mark():
    assert U.category_cell(cast(UnitIkm, {"kategori": "B", "kategori_bawah": "B", "kategori_atas": "B"})) == "B"
    assert U.category_cell(cast(UnitIkm, {"kategori": "C", "kategori_bawah": "C", "kategori_atas": "B",
                                          "sampel_kurang": True})) == "C\u00a0(C–\u2060B)*"
    assert U.rank_cell(cast(DinasRow, {"peringkat": 3, "peringkat_bawah": 1, "peringkat_atas": 7})) \
        == "3\u00a0(1–\u20607)"
    assert U.rank_cell(cast(DinasRow, {"peringkat": None})) == "–"


def test_the_report_says_which_pooling_method_ranked_the_dinas():
    mean = {"estimasi": 8.0, "ci_bawah": 7.5, "ci_atas": 8.5, "cukup_data": True}
    boundary: dict[str, Any] = {"metode": "mixedlm_batas", "penyesuaian": ["metode"], "rata_provinsi": mean,
                "per_dinas": [{}] * 21}
    intro = lambda pooling, lang: U.pooling_intro(cast(Pooling, pooling), lang)  # noqa: E731
    assert "varians antar-dinas 0" in intro(boundary, "id") and "1–21" in intro(boundary, "id")
    for lang in ("id", "en"):  # CHECK10 C10-7: the continuing clause's comma inside the brackets printed "…,)."
        # LOOK20 W-13: "(efek tetap metode)" is the annex's; the body's bracket ends with the plain words
        assert ",)" not in intro(boundary, lang) and "campuran metode setiap dinas)." in intro(boundary, "id")
    assert "adjusted for each agency's mix of methods" in intro({**boundary, "metode": "mixedlm"}, "en")
    assert "single method" in intro({**boundary, "metode": "mixedlm", "penyesuaian": []}, "en")
    assert "raw mean" in intro({"metode": "tanpa_pooling", "penyesuaian": []}, "en")


def test_attention_lists_only_what_survives_fdr_and_states_the_rule():
    h = {"perhatian": {"q_fdr": 0.05, "jumlah_uji": 42, "gain_di_bawah_rata": ["sosial"], "uji": [
        {"dinas": "kesehatan", "temuan": "jp_20", "estimasi": 0.515, "pembanding": 0.61, "p": 1e-5, "q_bh": 4e-4,
         "ditandai": True},
        {"dinas": "perhubungan", "temuan": "ikm", "estimasi": 74.0, "pembanding": 76.61, "p": 0.03, "q_bh": 0.4,
         "ditandai": False}]}}
    text = U.attention(cast(Hasil, h), "id")
    assert "— Kesehatan: 20 JP 51,5%, jelas di bawah dinas lain, 61,0%; Sosial: " in text and "Perhubungan" not in text
    assert "q <" not in text and "q =" not in text  # no statistics shorthand in the body
    assert "atas 42 uji dengan koreksi untuk banyak uji (rinciannya di Lampiran" in text and "Benjamini" not in text
    assert "Sosial: kenaikan nilai di bawah" in text
    nothing = U.attention(cast(Hasil, {"perhatian": {"q_fdr": 0.05, "jumlah_uji": 42, "uji": [],
                                                     "gain_di_bawah_rata": []}}), "en")
    assert nothing.startswith("No agency differs from the others beyond chance.")


def test_attention_adds_last_years_follow_up_with_its_rule():
    h = {"perhatian": {"q_fdr": 0.05, "jumlah_uji": 42, "gain_di_bawah_rata": [], "uji": [
        {"dinas": "kesehatan", "temuan": "jp_20", "estimasi": 0.515, "pembanding": 0.61, "p": 1e-5, "q_bh": 4e-4,
         "ditandai": True}]}}
    follow_up = {"kesehatan": ["1 dari 8 target rencana 2024 yang dapat dinilai tercapai (12,5%)"],
                 "sosial": ["lembar isian rencana 2024 tidak dikembalikan"]}
    text = U.attention(cast(Hasil, h), "id", follow_up, "Tindak lanjut tahun lalu: aturannya.")
    # one bracket level: a dinas's reasons after its colon, joined by "dan" (LOOK15 Q-4)
    assert ("Kesehatan: 20 JP 51,5%, jelas di bawah dinas lain, 61,0% dan 1 dari 8 target rencana 2024 yang dapat "
            "dinilai tercapai (12,5%); Sosial: lembar isian rencana 2024 tidak dikembalikan.") in text
    assert text.index("Kesehatan") < text.index("Sosial")  # most reasons first
    assert text.endswith("Tindak lanjut tahun lalu: aturannya.")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_annex_names_the_effect_sizes_in_the_readers_words(lang):
    """Issue 22.9: the annex says what each effect size divides by, not the estimator's field names."""
    import re

    from evalasn.analysis.contract import GainEstimate

    gain = cast(GainEstimate, {"n_kegiatan": 12, "se": 0.41, "se_tanpa_klaster": 0.18, "g_av": 0.52,
                               "g_av_bawah": 0.31, "g_av_atas": 0.73, "besar_efek": "sedang", "d_z": 0.61,
                               "p": 0.0004, "p_wilcoxon": 0.001})
    text = U.learning_detail(gain, lang)
    assert not re.findall(r"\b[a-z]+_[a-z_]+\b", text), text  # no g_av, d_z
    assert "Hedges' g" in text and ("0,52" if lang == "id" else "0.52") in text
    assert ("berpasangan" if lang == "id" else "paired") in text


@pytest.mark.parametrize("metode, lang, says", [
    ("mixedlm", "id", "model campuran; rentang peringkatnya adalah 95% tengah peringkat dalam 4.000 tarikan acak"),
    ("mixedlm_batas", "id", "tidak menemukan perbedaan antar-dinas melebihi kebetulan"),
    ("tanpa_pooling", "id", "rata-rata mentah setiap dinas"),
    ("mixedlm", "en", "mixed model's estimate; its rank range is the middle 95% of the ranks in 4,000"),
    ("tanpa_pooling", "en", "ranked by their raw means"),
], ids=["mixed-id", "boundary-id", "raw-id", "mixed-en", "raw-en"])
def test_the_gains_rank_interval_is_described_by_the_method_that_ran(metode, lang, says):
    """Issue 22.6: the note under BAB VII and the province table say how the gain's rank range was made
    (hasil.json `pooling.metode`), not the interval-overlap rule of the other figures."""
    from evalasn import constants

    assert constants.RANK_DRAWS == 4000
    pooled = cast(Pooling, {"metode": metode, "penyesuaian": ["metode"], "jumlah_dinas": 21})
    note = U.gain_rank_method(pooled, lang)
    assert says in note
    assert ("1–21" in note) == (metode == "mixedlm_batas")
    table_note = U.province_table_note(pooled, lang)
    assert note in table_note
    adjusted = "galat prediksi model campuran" in table_note or "mixed model's prediction error" in table_note
    assert adjusted == (metode != "tanpa_pooling")


# --- REVIEW7 R7-17: a rank whose range spans every place prints no place ------------------------------------------
@pytest.mark.parametrize("rank,lang,expected", [
    ({"peringkat": 1, "peringkat_terbaik": 1, "peringkat_terburuk": 6, "dari": 6}, "id",
     "tidak dapat dibedakan (1–\u20606 dari\u00a06)"),
    ({"peringkat": 1, "peringkat_terbaik": 1, "peringkat_terburuk": 6, "dari": 6}, "en",
     "cannot be told apart (1–\u20606 of\u00a06)"),
    ({"peringkat": 3, "peringkat_terbaik": 1, "peringkat_terburuk": 5, "dari": 6}, "id",
     "3\u00a0dari\u00a06 (1–\u20605)"),
    ({"peringkat": 6, "peringkat_terbaik": 2, "peringkat_terburuk": 6, "dari": 6}, "id",
     "6\u00a0dari\u00a06 (2–\u20606)"),
    ({"peringkat": 1, "peringkat_terbaik": 1, "peringkat_terburuk": 1, "dari": 1}, "id", "1\u00a0dari\u00a01"),
], ids=["set-c-boundary-id", "set-c-boundary-en", "top-not-bottom", "bottom-not-top", "alone"])
def test_a_rank_that_cannot_be_told_apart_prints_no_place(rank, lang, expected):
    assert facts.rank_text(rank, lang) == expected


def test_the_province_table_prints_only_the_range_when_it_spans_every_place():
    row = cast(DinasRow, {"peringkat": 1, "peringkat_bawah": 1, "peringkat_atas": 6})
    assert U.rank_cell(row, 6) == "1–\u20606"
    assert U.rank_cell(row, 7) == "1\u00a0(1–\u20606)"


@pytest.mark.parametrize("lang, said", [
    ("id", "Kesehatan: 20 JP 51,5% (45,2–57,8), jelas di bawah dinas lain, 61,0%."),
    ("en", "Health: 20 JP 51.5% (45.2–57.8), clearly below the other agencies' 61.0%."),
], ids=["id", "en"])
def test_a_20_jp_attention_reason_carries_its_interval_like_the_gain_reason(lang, said):
    """REVIEW6 R6-34 (Satpol PP, SDA): '20 JP 52,5%, dinas lain 65,7%' was the only reason without its interval or
    what the test found, beside the gain reason that had both."""
    h = {"perhatian": {"q_fdr": 0.05, "jumlah_uji": 42, "gain_di_bawah_rata": [], "uji": [
        {"dinas": "kesehatan", "temuan": "jp_20", "estimasi": 0.515, "pembanding": 0.61, "p": 1e-5, "q_bh": 4e-4,
         "ditandai": True}]},
         "perbandingan_dinas": [{"dinas": "kesehatan", "jp_20": {"n": 240, "estimasi": 0.515, "ci_bawah": 0.452,
                                                                 "ci_atas": 0.578, "cukup_data": True}}]}
    text = U.attention(cast(Hasil, h), lang).replace("\u00a0", " ").replace("\u2060", "")
    assert said in text, text


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "Biaya per poin: biaya peserta dinas itu yang bernilai pre dan post pada kegiatan dengan biaya "
                 "tercatat dibagi total poin kenaikan mereka", id="id"),
    pytest.param("en", "Cost per point: the cost of the agency's participants with both scores in the activities with "
                 "a recorded cost over their total gain points", id="en"),
])
def test_the_province_table_note_gives_the_cost_per_point_its_own_base(lang, said):
    """LOOK14 P-14: Tabel 11's note said the cost per point was over the participants with both scores, the gain's
    base (7.811), while it is over those in the activities with a recorded cost (7.455)."""
    pooled: dict[str, Any] = {"metode": "mixedlm", "penyesuaian": ["metode"], "per_dinas": [{}] * 21}
    assert said in U.province_table_note(cast(Pooling, pooled), lang)
