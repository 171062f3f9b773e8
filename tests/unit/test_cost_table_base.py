"""Tabel 8 on one base (LOOK12 K-3): the gain with its interval over every scored activity, as 9.1 gives it, and a
note on the costed activities the Rp columns stand on."""
from typing import Any, cast

import pandas as pd
import pytest

from evalasn.report.chapters import results
from evalasn.report.context import Context

# as the sample's Kesehatan pelatihan: 26 of 27 activities costed, the costed mean 10,3, all scored 10,4
COST = {"metode": "pelatihan", "cukup_data": True, "n_kegiatan": 26, "n": 539, "kegiatan_tanpa_biaya": 1,
        "rata_gain": 10.31, "estimasi": 396_047.0, "ci_bawah": 353_538.0, "ci_atas": 442_127.0,
        "biaya_per_peserta_rp": 4_100_000.0}
GAIN = {"metode": "pelatihan", "cukup_data": True, "n_kegiatan": 27, "n": 563, "estimasi": 10.42,
        "ci_bawah": 9.71, "ci_atas": 11.13}


@pytest.mark.parametrize(("lang", "cell"), [("id", "10,4\u00a0(9,7–11,1)"), ("en", "10.4\u00a0(9.7–11.1)")],
                         ids=["id", "en"])
def test_the_gain_keeps_its_interval_when_one_activity_is_uncosted(lang, cell):
    """Old code: the costed mean 10,3 bare, since it is not the gain record's 10,4."""
    assert results.gain_cell(COST, GAIN, lang) == cell


def _ctx(lang: str, cost: dict) -> Context:
    hasil = {"level2_pembelajaran": {"per_metode": [GAIN]},
             "anggaran_vs_peningkatan": {"biaya_per_poin": [cost]},
             "pelaksanaan": {"kegiatan_per_metode": [{"metode": "pelatihan", "n_peserta": 590}]}}
    return Context(cast(Any, hasil), lang, pd.DataFrame())


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "Biaya per poin dan biaya per peserta hanya atas kegiatan dengan biaya tercatat (pelatihan 26 kegiatan, "
           "539 peserta); kolom Kegiatan, Peserta dan kenaikan atas semua kegiatan bernilai."),
    ("en", "Cost per point and cost per participant are over the activities with a recorded cost only (classroom "
           "training 26 activities, 539 participants); the Activities, Participants and gain columns over every "
           "scored activity."),
], ids=["id", "en"])
def test_the_note_names_the_costed_base(lang, said):
    """The costed counts only; the columns print the scored ones (27, 563): five methods of "26 dari 27 kegiatan, 539
    dari 563 peserta" ran provinsi Tabel 8's note over a page end (LOOK14 P-1)."""
    assert results.costed_note(_ctx(lang, COST)) == said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_costed_note_when_every_activity_is_costed(lang):
    every = {**COST, "n_kegiatan": 27, "n": 563, "kegiatan_tanpa_biaya": 0}
    assert results.costed_note(_ctx(lang, every)) is None


@pytest.mark.parametrize(("lang", "item"), [("id", "(peserta bernilai dari semua peserta: pelatihan 563 dari 590)"),
                                           ("en", "(participants with both scores out of all participants: "
                                                  "classroom training 563 of 590)")], ids=["id", "en"])
def test_the_participants_note_counts_the_columns_base(lang, item):
    """Old code: "539 dari 590", the costed participants, while the Peserta column and the gain count 563."""
    note = results.cost_basis_note(_ctx(lang, COST))
    assert note is not None and item in note, note


@pytest.mark.parametrize(("lang", "base", "wrong"), [
    ("id", "Dasar biaya tabel ini: peserta yang memiliki nilai sebelum dan sesudah pada kegiatan dengan biaya "
           "tercatat,", "(kolom Peserta)"),
    ("en", "Cost basis of this table: the participants with a score before and after in the activities with a "
           "recorded cost,", "(Participants column)"),
], ids=["id", "en"])
def test_the_cost_basis_is_the_costed_activities_not_the_participants_column(lang, base, wrong):
    """LOOK13 M-3: sentence 1 said the cost base is the Peserta column, sentence 3 that the Rp columns are over the
    costed activities only (539 of 563)."""
    note = results.cost_basis_note(_ctx(lang, COST))
    assert note is not None and note.startswith(base) and wrong not in note, note
    assert results.costed_note(_ctx(lang, COST)) is not None  # the next sentence gives the costed counts


SEMINAR_GAIN = {"metode": "seminar", "n": 1239, "estimasi": 1.841, "ci_bawah": 1.048, "ci_atas": 2.634,
                "cukup_data": True, "n_kegiatan": 52, "g_av": 0.1634, "g_av_bawah": 0.091, "g_av_atas": 0.232,
                "besar_efek": "sangat_kecil"}
SEMINAR_COST = {"metode": "seminar", "n": 1129, "estimasi": 435_846.8, "ci_bawah": 317_286.5, "ci_atas": 729_766.3,
                "cukup_data": True, "n_kegiatan": 48, "kegiatan_tanpa_biaya": 4, "rata_gain": 1.893}


# one figure per bracket (LOOK23 Z-2): the gain's counts close the gain's bracket; the cost per point follows with
# its own base named and its interval in its own bracket
@pytest.mark.parametrize(("lang", "said"), [
    ("id", "52 kegiatan, 1.239 peserta bernilai pre dan post), besar efek 0,16 (0,09 s.d. 0,23), Rp 435.847 per poin "
           "atas 48 kegiatan dengan biaya tercatat dan 1.129 peserta (rentang keyakinan 95%: Rp 317.286 s.d. "
           "Rp 729.766)"),
    ("en", "52 activities, 1,239 participants with both scores), effect size 0.16 (0.09 to 0.23), Rp 435,847 per "
           "point over the 48 activities with a recorded cost and 1,129 participants (95% CI: Rp 317,286 to "
           "Rp 729,766)"),
], ids=["id", "en"])
def test_a_cost_per_point_beside_other_counts_names_its_own_base(lang, said):
    """Province summary temuan 4: 'Rp 435.847 per poin' stood in the bracket of 52 kegiatan / 1.239 peserta."""
    from evalasn.report.chapters import no_gain

    row = no_gain.LittleGain("seminar", cast(Any, SEMINAR_GAIN), 974e6, cast(Any, SEMINAR_COST))
    assert no_gain.little_item(row, lang).endswith(said), no_gain.little_item(row, lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_activity_costed_says_no_base(lang):
    from evalasn.report.chapters import no_gain

    cost = {**SEMINAR_COST, "n_kegiatan": 52, "n": 1239, "kegiatan_tanpa_biaya": 0}
    text = no_gain.little_item(no_gain.LittleGain("seminar", cast(Any, SEMINAR_GAIN), 974e6, cast(Any, cost)), lang)
    assert "tercatat" not in text and "recorded" not in text and ("435" in text), text


# LOOK13 M-2: "mentoring, Rp 149.832 per poin (…; 27 kegiatan, 622 peserta)" beside Tabel 8's "mentoring 29 666": the
# counts of a cost per point are of its costed activities and say so, as the summary's temuan 4 does
MENTORING = {"metode": "mentoring", "cukup_data": True, "n_kegiatan": 27, "n": 622, "kegiatan_tanpa_biaya": 2,
             "rata_gain": 10.4, "estimasi": 149_832.0, "ci_bawah": 117_885.0, "ci_atas": 189_700.0}


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "; 27 kegiatan dengan biaya tercatat, 622 peserta)"),
    ("en", "; 27 activities with a recorded cost, 622 participants)"),
], ids=["id", "en"])
@pytest.mark.parametrize("dearer", [
    pytest.param({"estimasi": 435_847.0, "ci_bawah": 317_286.0, "ci_atas": 729_766.0}, id="clearly-cheapest"),
    pytest.param({"estimasi": 150_500.0, "ci_bawah": 118_000.0, "ci_atas": 190_000.0}, id="tie"),
])
def test_the_cheapest_methods_counts_name_the_costed_base(lang, said, dearer):
    from evalasn.report.words import narrative

    seminar = {**SEMINAR_COST, **dearer}
    hasil = {"anggaran_vs_peningkatan": {"biaya_per_poin": [MENTORING, seminar]}}
    sentence = narrative.cheapest_method(cast(Any, hasil), lang)
    assert sentence is not None and said in sentence, sentence


# LOOK13 M-7: Tabel 8's reason cells in two formats, "tidak dihitung: hanya 4 kegiatan dengan biaya tercatat (min. 5)"
# beside a bare "1 kegiatan (min. 5)" that read as a value; M-6: the long reasons stood a word a line at 390 px
WITHHELD = {"cukup_data": False, "estimasi": None, "ci_bawah": None, "ci_atas": None, "n": 33}


@pytest.mark.parametrize(("cost", "lang", "cell"), [
    pytest.param({"n_kegiatan": 1, "alasan": "kegiatan_kurang"}, "id",
                 "tidak\u00a0dihitung: hanya 1 kegiatan (min.\u00a05)", id="one-activity-id"),
    pytest.param({"n_kegiatan": 1, "alasan": "kegiatan_kurang"}, "en",
                 "not\u00a0computed: 1 activity (min.\u00a05)", id="one-activity-en"),
    pytest.param({"n_kegiatan": 4, "kegiatan_tanpa_biaya": 1, "alasan": "biaya_tidak_tercatat"}, "id",
                 "tidak\u00a0dihitung: hanya 4 berbiaya tercatat (min.\u00a05)", id="few-costed-id"),
    pytest.param({"n_kegiatan": 0, "kegiatan_tanpa_biaya": 2, "alasan": "biaya_tidak_tercatat"}, "en",
                 "not\u00a0computed: cost not recorded (2 activities at Rp\u00a00)", id="none-costed-en"),
    pytest.param({"n_kegiatan": 8, "alasan": "gain_belum_jelas"}, "id",
                 "tidak\u00a0dihitung: kenaikan belum pasti di atas nol", id="gain-unclear-id"),
    pytest.param({"n_kegiatan": 8, "alasan": "gain_tidak_positif"}, "en", "not\u00a0computed: mean gain not positive",
                 id="gain-not-positive-en"),
    pytest.param({"n_kegiatan": 8, "alasan": "rasio_tak_terbatas"}, "id",
                 "tidak\u00a0dihitung: kenaikannya bisa mendekati nol", id="unbounded-id"),
])
def test_every_reason_cell_reads_as_a_reason_in_one_format(cost, lang, cell):
    ctx = Context(cast(Any, {}), lang, pd.DataFrame())
    assert results._cost_cell(ctx, {**WITHHELD, **cost}) == cell


@pytest.mark.parametrize(("cell", "held"), [
    pytest.param("10,4\u00a0(9,7 s.d. 11,1)", "10,4\u00a0(9,7\u00a0s.d.\u00a011,1)", id="id-word-range"),
    pytest.param("−1.0\u00a0(−2.4 to 0.4)", "−1.0\u00a0(−2.4\u00a0to\u00a00.4)", id="en-negative-range"),
    pytest.param("10,4\u00a0(9,7–11,1)", "10,4\u00a0(9,7\u00a0s.d.\u00a011,1)", id="dash-range-made-word"),
    pytest.param("Rp 317.286 (Rp 200.000 s.d. Rp 729.766)", "Rp\u00a0317.286 (Rp\u00a0200.000 s.d. Rp\u00a0729.766)",
                 id="money-may-break"),
])
def test_a_bracketed_range_in_a_held_column_never_breaks_inside(cell, held):
    """LOOK13 M-6: Tabel 8 printed "10,4 (9,7 / s.d. 11,1)", the interval's upper end on the next line; the table's
    other columns keep their breaks (a plan cell's range held whole set its neighbour a word a line)."""
    from evalasn.report.chapters import html

    negative = "−1,0\u00a0(−2,4 s.d. 0,4)"  # makes the table write its ranges with the word
    markup = html.table(["Metode", "Kenaikan", "Lain"], [["a", cell, "(9,7 s.d. 11,1)"], ["b", negative, "x"]],
                        "T", numeric={1, 2}, held_ranges={1})
    assert f">{held}</td>" in markup, markup
    assert ">(9,7 s.d. 11,1)</td>" in markup  # not a held column


@pytest.mark.parametrize(("lang", "base"), [("id", "pada kegiatan dengan biaya tercatat"),
                                            ("en", "in the activities with a recorded cost")], ids=["id", "en"])
def test_the_key_figure_sheet_names_the_base_of_the_cost_per_points_n(lang, base):
    """The workbook's key-figure row 'Biaya per poin (Rp) … n 1.089': the n of the costed activities, said so."""
    from evalasn.report import facts

    assert base in facts.Fact("biaya_per_poin", 2025, cast(Any, MENTORING)).definition(lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_reason_cell_of_tabel_8_takes_at_most_three_printed_lines(lang):
    """LOOK14 (English Tabel 8): 'not' / 'computed:' / 'mean gain' / 'not yet' / 'certain to be' / 'above zero', six
    lines in the cost column as wide as its figures. The label holds together; a table whose columns then do not fit
    is set smaller and the cost column gets the room: every reason cell in at most three lines."""
    from evalasn.report.chapters import html, table_layout

    ctx = Context(cast(Any, {}), lang, pd.DataFrame())
    header = {"id": ["Metode", "Kegiatan", "Peserta", "Biaya per poin", "Rentang keyakinan 95%",
                     "Kenaikan nilai, rata-rata peserta (poin; rentang 95%)", "Biaya per peserta"],
              "en": ["Method", "Activities", "Participants", "Cost per point", "95% CI",
                     "Participants' mean gain (points; 95% CI)", "Cost per participant"]}[lang]
    unclear, few = (results._cost_cell(ctx, {**WITHHELD, **cost}) for cost in (
        {"n_kegiatan": 8, "alasan": "gain_belum_jelas"},
        {"n_kegiatan": 4, "kegiatan_tanpa_biaya": 1, "alasan": "biaya_tidak_tercatat"}))
    # the sample's kesehatan Tabel 8, as each language prints it
    rows = {"id": [["pelatihan", "27", "563", "Rp 396.047", "Rp 353.538 – Rp 442.127", "10,4 (9,7 s.d. 11,1)",
                    "Rp 4,1 juta"],
                   ["workshop", "7", "162", "Rp 470.528", "Rp 337.453 – Rp 595.010", "5,4 (3,5 s.d. 7,3)",
                    "Rp 2,5 juta"],
                   ["seminar", "8", "187", unclear, "–", "−1,0 (−2,4 s.d. 0,4)", "Rp 863.840"],
                   ["mentoring", "5", "118", few, "–", "7,6 (4,8 s.d. 10,4)", "Rp 1,4 juta"],
                   ["e-learning", "5", "110", unclear, "–", "−1,6 (−3,3 s.d. 0,1)", "Rp 460.342"]],
            "en": [["classroom training", "27", "563", "Rp 396,047", "Rp 353,538 – Rp 442,127", "10.4 (9.7 to 11.1)",
                    "Rp 4.1 million"],
                   ["workshop", "7", "162", "Rp 470,528", "Rp 337,453 – Rp 595,010", "5.4 (3.5 to 7.3)",
                    "Rp 2.5 million"],
                   ["seminar", "8", "187", unclear, "–", "−1.0 (−2.4 to 0.4)", "Rp 863,840"],
                   ["mentoring", "5", "118", few, "–", "7.6 (4.8 to 10.4)", "Rp 1.4 million"],
                   ["e-learning", "5", "110", unclear, "–", "−1.6 (−3.3 to 0.1)", "Rp 460,342"]]}[lang]
    header = [html.hold_together(text) for text in header]
    rows = [[html.hold_together(html.hold_range(text) if col == 5 else text) for col, text in enumerate(row)]
            for row in rows]
    lines = table_layout.cell_lines(header, rows, {1, 2, 3, 4, 5, 6})
    assert all(row[3] <= 3 for row in lines[3:]), lines

