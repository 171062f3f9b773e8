"""Small reader-review defects of the workbook (issue 22, REVIEW2 items 12, 16, 19): one English name for the
IKM and for each agency, as the English reports give them."""

from __future__ import annotations

import io
import re
from typing import Any

import openpyxl
import pytest

from evalasn.report import facts
from evalasn.report.formats import workbook, workbook_names
from evalasn.report.words import abbreviations, names
from evalasn.report.words.text import TEXT
from tests.unit.test_workbook_reader import BUILT, _hasil

IKM = {"estimasi": 78.1, "ci_bawah": 76.5, "ci_atas": 79.6, "n": 659, "cukup_data": True}


def _book(lang: str) -> openpyxl.Workbook:
    hasil = _hasil()
    hasil["data"] = {"dinas_registri": 21, "dinas_dengan_data": ["kesehatan"],
                     "dinas_tanpa_data": ["citata", "kpkp", "pendidikan"], "minimum_dinas_perbandingan": 5,
                     "perbandingan_antar_dinas": False}
    records = (facts.Fact("ikm", 2025, IKM),)
    return openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT, key_facts=records)))


def _texts(book: openpyxl.Workbook) -> list[str]:
    return [value for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row
            if isinstance(value, str)]


def test_the_english_workbook_names_the_ikm_as_the_report_does():
    """The key figure's definition said 'Converted Community Satisfaction Index'; the English PDF and its list
    of abbreviations say 'Public Satisfaction Index'."""
    english = abbreviations.ABBREVIATIONS["IKM"]["en"]
    texts = _texts(_book("en"))
    assert any(english in text for text in texts)
    assert not [text for text in texts if "Satisfaction Index" in text and english not in text]
    other = [key for key, words in TEXT.items() if "Satisfaction Index" in words.get("en", "")
             and english not in words["en"]]
    assert not other, f"another English name of the IKM in the catalogue: {other}"


@pytest.mark.parametrize("lang,expected", [
    pytest.param("en", "Public Works, Spatial Planning and Land Agency; Food Security, Marine Affairs and Agriculture "
                       "Agency; Education Agency", id="english-names-of-the-reports"),
    pytest.param("id", "Dinas Citata, Dinas KPKP, Dinas Pendidikan", id="indonesian-official-short-names"),
])
def test_data_available_names_agencies_as_the_reports_do(lang, expected):
    """'Citata Agency, KPKP Agency' was a name no report uses; English names hold commas, so ';' separates them."""
    sheet = _book(lang)[workbook_names.SHEET_NAMES["data"][0 if lang == "id" else 1]]
    rows = list(sheet.iter_rows(values_only=True))
    header, values = rows[1], rows[2]
    missing = values[header.index(workbook_names.column_name("dinas_tanpa_data", "data", lang))]
    assert missing == expected
    if lang == "en":
        assert values[header.index(workbook_names.column_name("dinas_dengan_data", "data", lang))] == \
            names.ENGLISH_NAMES["kesehatan"]


def _gain(estimate: float, low: float, high: float) -> dict:
    return {"estimasi": estimate, "ci_bawah": low, "ci_atas": high, "n": 80, "cukup_data": True}


ADJUSTED, RAW = _gain(5.1, 4.2, 6.0), _gain(4.4, 3.9, 4.9)
ADJUSTED_2024, RAW_2024, RAW_2023 = _gain(4.8, 3.9, 5.7), _gain(3.8, 3.3, 4.3), _gain(4.35845, 3.9, 4.8)
ADJUSTED_2023 = _gain(4.6, 3.7, 5.5)


def _gain_row(fact: facts.Fact, lang: str = "en") -> dict:
    sheet = _book_with(fact, lang)[workbook.label("xf_sheet", lang)]
    rows = list(sheet.iter_rows(values_only=True))
    return dict(zip(rows[0], rows[1], strict=True))


def _book_with(fact: facts.Fact, lang: str) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook.build(_hasil(), lang, BUILT, key_facts=(fact,))))


def _column(name: str, lang: str = "en") -> str:
    return workbook.label(name, lang, tahun=2025, tahun_lalu=2024)


def test_an_adjusted_gain_row_sets_model_beside_model_and_mean_beside_mean():
    """The gain row had an empty last-year cell while Tabel 1 printed last year's adjusted gain, and the first data
    year's participants' mean (4.35845) under 'First data year's value' beside the model's 2025 estimate; then no
    first-year value 'because the mixed model was not run' (REVIEW5 D14): the trend's mixed-model gain of 2023."""
    row = _gain_row(facts.Fact("gain", 2025, ADJUSTED, RAW, ADJUSTED_2024, (2023, ADJUSTED_2023),
                               last_year_raw=RAW_2024, first_year_raw=RAW_2023))
    assert row[_column("xf_nilai")] == pytest.approx(5.1) and row[_column("xf_mentah")] == pytest.approx(4.4)
    assert row[_column("xf_tahun_lalu")] == pytest.approx(4.8)
    # last year's interval beside its value, as Tabel 1 and the trend table print it (REVIEW2 16)
    assert (row[_column("xf_tahun_lalu_bawah")], row[_column("xf_tahun_lalu_atas")]) == (pytest.approx(3.9),
                                                                                        pytest.approx(5.7))
    assert row[_column("xf_tahun_lalu_mentah")] == pytest.approx(3.8)
    assert row[_column("xf_tahun_awal")] == 2023
    assert row[_column("xf_nilai_awal")] == pytest.approx(4.6)  # the model's 2023 estimate, not the raw mean
    assert row[_column("xf_nilai_awal_mentah")] == pytest.approx(4.35845)
    assert row[_column("xf_alasan")] is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_first_data_year_that_is_last_year_has_the_models_value(lang):
    row = _gain_row(facts.Fact("gain", 2025, ADJUSTED, RAW, ADJUSTED_2024, (2024, ADJUSTED_2024),
                               last_year_raw=RAW_2024, first_year_raw=RAW_2024), lang)
    assert row[_column("xf_nilai_awal", lang)] == pytest.approx(4.8)
    assert row[_column("xf_nilai_awal_mentah", lang)] == pytest.approx(3.8)
    assert row[_column("xf_alasan", lang)] is None


NO_SCORES = {"estimasi": None, "ci_bawah": None, "ci_atas": None, "n": 0, "cukup_data": False, "n_kegiatan": 0}


@pytest.mark.parametrize("raw, reason", [
    (RAW_2024, "fact_no_year_model"), (NO_SCORES, "fact_no_scores_year"),
], ids=["mean-without-model", "no-scores-that-year"])
def test_without_last_years_model_the_row_says_why_in_reader_words(raw, reason):
    """'model tahun lalu tidak tersedia' / 'model campuran tidak dijalankan' were written for the programmer
    (REVIEW5b 18): the reason says what the reader can check, true to the cause."""
    row = _gain_row(facts.Fact("gain", 2025, ADJUSTED, RAW, None, (2024, None), last_year_raw=raw,
                               first_year_raw=raw))
    assert row[_column("xf_tahun_lalu")] is None and row[_column("xf_nilai_awal")] is None
    assert row[_column("xf_alasan")] == "2024: " + workbook.t(reason, "en")
    assert not re.search(r"not run|not available|tidak dijalankan|tidak tersedia", row[_column("xf_alasan")])
    fact = facts.Fact("gain", 2025, ADJUSTED, RAW, None, (2024, None), last_year_raw=raw)
    assert fact.last_year_cell("en").startswith(workbook.t(reason, "en"))  # Tabel 1's cell says the same


def test_a_withheld_first_year_mean_gives_its_own_reason_not_no_data():
    """Kebudayaan's 2023 adjusted gain read 'tidak ada data pada periode ini' although 4 activities were in 2023
    (REVIEW5b 18): with neither measure, the participants' mean's own reason."""
    few = {"estimasi": None, "ci_bawah": None, "ci_atas": None, "n": 60, "cukup_data": False, "n_kegiatan": 4}
    row = _gain_row(facts.Fact("gain", 2025, ADJUSTED, RAW, ADJUSTED_2024, (2023, None), last_year_raw=RAW_2024,
                               first_year_raw=few), "id")
    reason = row[_column("xf_alasan", "id")]
    assert reason.startswith("2023: ") and "tidak ada data" not in reason and "4 kegiatan" in reason, reason


def test_a_participants_mean_gain_keeps_its_first_year_value_in_place():
    """The province's gain (no model): every year the participants' mean, in the value columns."""
    row = _gain_row(facts.Fact("gain", 2025, RAW, None, RAW_2024, (2023, RAW_2023)))
    assert row[_column("xf_nilai_awal")] == pytest.approx(4.35845) and row[_column("xf_nilai_awal_mentah")] is None
    assert row[_column("xf_tahun_lalu")] == pytest.approx(3.8) and row[_column("xf_tahun_lalu_mentah")] is None


def test_the_built_workbook_takes_last_years_adjusted_gain_from_last_years_results(pipeline_root):
    """The workbook's key figures were built without last year's results: the gain's last-year cell was empty."""
    import datetime as dt
    import json

    from evalasn.paths import project
    from evalasn.report.formats import render

    paths = project(pipeline_root)
    checked = 0
    for slug in ("kesehatan", "pendidikan", "perhubungan"):
        if not paths.hasil(slug, 2025).exists() or not paths.hasil_previous(slug, 2025).exists():
            continue
        hasil = json.loads(paths.hasil(slug, 2025).read_text(encoding="utf-8"))
        previous = json.loads(paths.hasil_previous(slug, 2025).read_text(encoding="utf-8"))
        gain = {fact.key: fact for fact in render.workbook_parts(hasil, "en", dt.datetime(2026, 1, 5),
                                                                 pipeline_root)[1]}["gain"]
        if not gain.adjusted or not (previous["pooling"].get("dinas_ini") or {}).get("pooled"):
            continue
        assert gain.last_year == previous["pooling"]["dinas_ini"]["pooled"], slug
        checked += 1
    assert checked, "no dinas of the sample with an adjusted gain and last year's model"


def _event_study(k: int, p: float) -> Any:
    return {"tersedia": True, "intervensi": None, "desain": "studi_peristiwa",
            "periode_dipakai": ["2024-S1", "2024-S2", "2025-S1"],
            "periode_sesudah": "2025-S1", "uji_tren_awal": {"tersedia": True, "k": k, "p": p},
            # estimated: a comparison withheld for its units has no pre-trend test (LOOK16 R-16)
            "efek": {"n": 40, "estimasi": 1.0, "ci_bawah": -1.0, "ci_atas": 3.0, "p": 0.3, "cukup_data": True,
                     "unit_dilatih": 4, "unit_pembanding": 4}}


@pytest.mark.parametrize("k,p,lang,expected", [
    pytest.param(1, 0.30, "id", "(uji atas 1 periode sebelum pelatihan; angka ujinya di Lampiran)", id="one-period-id"),
    pytest.param(1, 0.01, "en", "(test over 1 pre-training period; its figures in the Annex)", id="one-period-en-bad"),
    pytest.param(3, 0.30, "id", "(uji bersama atas 3 periode sebelum pelatihan; angka ujinya di Lampiran)",
                 id="three-periods-id"),
    pytest.param(3, 0.30, "en", "(joint test over 3 pre-training periods; its figures in the Annex)",
                 id="three-periods-en"),
])
def test_a_pre_trend_test_of_one_period_is_not_called_joint(k, p, lang, expected):
    """'uji bersama atas 1 periode sebelum pelatihan': one estimate is tested alone, not jointly."""
    from evalasn.report.words import impact
    from evalasn.report.words.text import t

    notes = impact.design_notes(_event_study(k, p), lang, lambda key, **values: t(key, lang, **values))
    pretrend = [note for note in notes if note.startswith(("Uji tren awal", "Pre-trend check"))]
    assert len(pretrend) == 1 and expected in pretrend[0], notes


ELEMENTS: Any = [{"estimasi": value, "ci_bawah": value - 0.1, "ci_atas": value + 0.1, "n": 40, "cukup_data": True}
            for value in (2.9, 3.2, 3.4)]


@pytest.mark.parametrize("xlim,scale_min,lang,expected", [
    pytest.param((1, 4.2), 1, "id", "sumbu mulai dari nilai terendah skala, 1", id="at-the-scale-minimum-id"),
    pytest.param((1, 4.2), 1, "en", "axis starts at the scale's minimum, 1", id="at-the-scale-minimum-en"),
    pytest.param((2, 4.2), 1, "id", "sumbu tidak mulai dari nol", id="above-the-scale-minimum-is-cut"),
    pytest.param((1, 4.2), None, "en", "axis does not start at zero", id="no-scale-given"),
])
def test_an_axis_at_its_scales_minimum_is_not_called_cut(xlim, scale_min, lang, expected):
    """Gambar 7 (1-4 element scores, axis from 1) said '(sumbu tidak mulai dari nol)'."""
    import matplotlib.pyplot as plt

    from evalasn.report.charts import figures

    fig = figures.estimates(ELEMENTS, ["U1", "U2", "U3"], "Nilai (1–4)", lang, decimals=2, xlim=xlim,
                            scale_min=scale_min)
    try:
        assert fig.axes[0].get_xlabel() == f"Nilai (1–4) ({expected})"
    finally:
        plt.close(fig)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_element_figure_of_the_sample_says_where_its_axis_starts(pipeline_root, monkeypatch, lang):
    import matplotlib.pyplot as plt

    from evalasn.paths import project
    from evalasn.report.chapters import html, results, sections
    from evalasn.report.words.text import label

    drawn: list = []

    def keep(fig, *args, **kwargs) -> str:
        drawn.append(fig)
        return ""

    monkeypatch.setattr(html, "figure", keep)
    results.communication(sections.load_context("kesehatan", lang, project(pipeline_root)))
    assert drawn, "the sample's communication chapter draws the element figure"
    try:
        xlabel = drawn[0].axes[0].get_xlabel()
        assert label("axis_scale_min", lang, min=1) in xlabel and label("axis_not_zero", lang) not in xlabel
    finally:
        for fig in drawn:
            plt.close(fig)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_element_figures_axis_label_with_its_note_stays_on_the_figure(lang):
    """The English note ('axis starts at the scale's minimum, 1') ran past the figure's right edge."""
    import matplotlib.pyplot as plt

    from evalasn import constants
    from evalasn.report.charts import figures
    from evalasn.report.words.text import label

    names = [f"{code.upper()} {(constants.IKM_ELEMENTS if lang == 'id' else constants.IKM_ELEMENTS_EN)[code]}"
             for code in ("u8", "u2", "u9")]
    fig = figures.estimates(ELEMENTS, names, label("unsur_nilai", lang), lang, decimals=2, xlim=(1, 4.2),
                            scale_min=1, ref=constants.WEAK_ELEMENT_THRESHOLD)
    try:
        fig.canvas.draw()
        box = fig.axes[0].xaxis.label.get_window_extent(fig.canvas.get_renderer())
        assert box.x0 >= -1 and box.x1 <= fig.bbox.width + 1, fig.axes[0].get_xlabel()
        assert label("axis_scale_min", lang, min=1) in fig.axes[0].get_xlabel()
    finally:
        plt.close(fig)
