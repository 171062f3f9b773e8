"""Report wording of the estimates' uncertainty: IKM category ranges, rank intervals, the pooling
method used, and the attention list under FDR control, in both languages."""

import pytest

from evalasn.report import uncertainty as U


@pytest.mark.parametrize("lang,low,high,expected", [
    ("id", "B", "B", "; seluruh rentang keyakinan 95% dalam kategori B"),
    ("id", "C", "B", "; rentang keyakinan 95% mencapai kategori C, jadi kategorinya belum pasti"),
    ("en", "C", "A", "; the 95% CI reaches category C and A, so the category is not certain"),
], ids=["id-same", "id-reaches-C", "en-both-sides"])
def test_category_is_stated_with_its_uncertainty(lang, low, high, expected):
    assert U.category_range({"kategori": "B", "kategori_bawah": low, "kategori_atas": high}, lang) == expected


def test_table_cells_carry_range_and_sample_mark():
    assert U.category_cell({"kategori": "B", "kategori_bawah": "B", "kategori_atas": "B"}) == "B"
    assert U.category_cell({"kategori": "C", "kategori_bawah": "C", "kategori_atas": "B", "sampel_kurang": True}) \
        == "C\u00a0(C–\u2060B)*"
    assert U.rank_cell({"peringkat": 3, "peringkat_bawah": 1, "peringkat_atas": 7}) == "3\u00a0(1–\u20607)"
    assert U.rank_cell({"peringkat": None}) == "–"


def test_the_report_says_which_pooling_method_ranked_the_dinas():
    mean = {"estimasi": 8.0, "ci_bawah": 7.5, "ci_atas": 8.5, "cukup_data": True}
    boundary = {"metode": "mixedlm_batas", "penyesuaian": ["metode"], "rata_provinsi": mean,
                "per_dinas": [{}] * 21}
    assert "varians antar-dinas 0" in U.pooling_intro(boundary, "id") and "1–21" in U.pooling_intro(boundary, "id")
    assert "adjusted for each agency's mix of methods" in U.pooling_intro({**boundary, "metode": "mixedlm"}, "en")
    assert "single method" in U.pooling_intro({**boundary, "metode": "mixedlm", "penyesuaian": []}, "en")
    assert "raw mean" in U.pooling_intro({"metode": "tanpa_pooling", "penyesuaian": []}, "en")


def test_attention_lists_only_what_survives_fdr_and_states_the_rule():
    h = {"perhatian": {"q_fdr": 0.05, "jumlah_uji": 42, "gain_di_bawah_rata": ["sosial"], "uji": [
        {"dinas": "kesehatan", "temuan": "jp_20", "estimasi": 0.51, "pembanding": 0.61, "p": 1e-5, "q_bh": 4e-4,
         "ditandai": True},
        {"dinas": "perhubungan", "temuan": "ikm", "estimasi": 74.0, "pembanding": 76.61, "p": 0.03, "q_bh": 0.4,
         "ditandai": False}]}}
    text = U.attention(h, "id")
    assert "Kesehatan (20 JP 51%, dinas lain 61% (q < 0,001))" in text and "Perhubungan" not in text
    assert "Benjamini-Hochberg (q = 0,05 atas 42 uji)" in text and "Sosial (kenaikan nilai di bawah" in text
    nothing = U.attention({"perhatian": {"q_fdr": 0.05, "jumlah_uji": 42, "uji": [], "gain_di_bawah_rata": []}}, "en")
    assert nothing.startswith("No agency differs from the others beyond chance.")
