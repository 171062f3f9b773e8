"""The evaluator's helpers on frames and figures of every kind: cells formatted as the report's
own tables, figures of matplotlib, pandas and seaborn, clear messages for what cannot be shown;
and the rule for which notebook cells reach the report."""

from __future__ import annotations

import datetime as dt
import re

import matplotlib.pyplot as plt
import nbformat
import numpy as np
import pandas as pd
import pytest
import seaborn as sns

from evalasn import constants
from evalasn.report import cells
from evalasn.report.evaluator import EvaluatorCellError, Objek, figure_html, table_html


def _cells(html: str) -> list[list[str]]:
    rows = re.findall(r"<tr>(.*?)</tr>", html)
    return [re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row) for row in rows]


MIXED = pd.DataFrame({
    "unit": ["Puskesmas A", None, "Unit <B> & C"],
    "n_peserta": [12345, 7, 0],
    "tahun": [2023, 2024, 2025],
    "rata": [12.345, np.nan, -0.04],
    "proporsi": [0.1234, 0.5, np.inf],
    "lulus": [True, False, True],
    "tanggal": pd.to_datetime(["2024-01-05", "2025-11-28", None]),
    "biaya_rp": [1.2e9, 450e6, np.nan],
    "jumlah": pd.array([1, None, 3], dtype="Int64"),
})


@pytest.mark.parametrize("lang, expected", [
    pytest.param("id", [["Puskesmas A", "12.345", "2023", "12,35", "0,123", "ya", "5 Januari 2024",
                         "Rp\u00a01,20\u00a0miliar", "1"],  # a sum held with its currency and unit on one line
                        ["–", "7", "2024", "–", "0,500", "tidak", "28 November 2025", "Rp\u00a0450\u00a0juta", "–"],
                        ["Unit &lt;B&gt; &amp; C", "0", "2025", "−0,04", "–", "ya", "–", "–", "3"]], id="bahasa"),
    pytest.param("en", [["Puskesmas A", "12,345", "2023", "12.35", "0.123", "yes", "5 January 2024",
                         "Rp\u00a01.20\u00a0billion", "1"]], id="english"),
])
def test_a_mixed_frame_is_written_as_the_reader_writes_numbers(lang, expected):
    rows = _cells(table_html(MIXED, "Judul", lang))
    assert rows[0] == list(MIXED.columns)
    assert rows[1:1 + len(expected)] == expected


def test_numeric_columns_are_right_aligned_and_the_note_is_kept():
    html = table_html(MIXED, "Judul", "id", "Sumber: data olahan.")
    # the label column pinned on a phone (html.label_column)
    assert '<th class=num>n_peserta</th>' in html and '<th class="pin">unit</th>' in html
    assert '<p class="table-note">Sumber: data olahan.</p>' in html and "<caption>Judul</caption>" in html


def test_a_meaningful_index_becomes_the_first_column():
    df = pd.DataFrame({"metode": ["a", "b", "a"], "jp": [2.0, 4.0, 6.0]})
    rows = _cells(table_html(df.groupby("metode")["jp"].agg(["mean", "size"]), "Per metode", "id"))
    assert rows == [["metode", "mean", "size"], ["a", "4", "2"], ["b", "4", "1"]]
    rows = _cells(table_html(pd.Series([3, 1], index=["x", "y"], name="n"), "Seri", "id"))
    assert rows == [["", "n"], ["x", "3"], ["y", "1"]]


def test_a_pivot_and_a_grouped_frame_with_two_statistics_keep_their_labels():
    df = pd.DataFrame({"dinas": list("aabbc"), "metode": list("xyxyx"), "v": [1.5, 2.25, 3, 4, 5]})
    rows = _cells(table_html(df.pivot_table(index="dinas", columns="metode", values="v"), "Pivot", "id"))
    assert rows == [["dinas", "x", "y"], ["a", "1,50", "2,25"], ["b", "3,00", "4,00"], ["c", "5,00", "–"]]
    rows = _cells(table_html(df.groupby("dinas").agg({"v": ["mean", "size"]}), "Dua statistik", "en"))
    assert rows[0] == ["dinas", "v · mean", "v · size"] and rows[1] == ["a", "1.88", "2"]


def test_decimals_can_be_fixed():
    df = pd.DataFrame({"a": [1.23456, 2.5], "b": [0.5, 0.25]})
    assert _cells(table_html(df, "x", "id", decimals=1))[1] == ["1,2", "0,5"]
    assert _cells(table_html(df, "x", "id", decimals={"b": 0}))[1] == ["1,23", "0"]


def test_many_rows_are_cut_with_a_note_for_the_reader_and_a_warning(capsys):
    df = pd.DataFrame({"i": range(1000), "x": np.linspace(0, 1, 1000)})
    html = table_html(df, "Panjang", "id")
    assert len(_cells(html)) == constants.MAX_EVALUATOR_TABLE_ROWS + 1
    assert f"Ditampilkan {constants.MAX_EVALUATOR_TABLE_ROWS} baris pertama dari 1.000." in html
    assert "Peringatan" in capsys.readouterr().err


@pytest.mark.parametrize("frame, message", [
    pytest.param(pd.DataFrame(), "tabelnya kosong (0 baris, 0 kolom)", id="no-columns"),
    pytest.param(pd.DataFrame({"a": pd.Series([], dtype=float)}), "tabelnya kosong (0 baris, 1 kolom)", id="no-rows"),
    pytest.param([1, 2], "perlu pandas DataFrame atau Series, bukan list", id="not-a-frame"),
    pytest.param(pd.DataFrame({"pegawai_id": ["p1"], "n": [1]}), "kolom pegawai_id mengenali orang", id="pseudonym"),
    pytest.param(pd.DataFrame({"nip": ["1"]}), "kolom nip mengenali orang", id="nip"),
])
def test_what_cannot_be_shown_gets_a_clear_message(frame, message):
    with pytest.raises(EvaluatorCellError, match=re.escape(message)):
        table_html(frame, "Judul", "id")


def test_a_table_needs_a_title():
    with pytest.raises(EvaluatorCellError, match="judul wajib diisi"):
        table_html(MIXED, "  ", "id")


def _line_figure():
    fig, ax = plt.subplots()
    ax.plot([0, 0.5, 1.5], [1000, 2500.5, 3000])
    return fig


def _seaborn_axes():
    return sns.barplot(pd.DataFrame({"m": list("abab"), "v": [1.0, 2.0, 3.0, 4.0]}), x="m", y="v")


def _seaborn_grid():
    return sns.relplot(pd.DataFrame({"x": [1, 2, 3], "y": [2.5, 1.5, 3.5]}), x="x", y="y")


def _pandas_axes():
    frame = pd.DataFrame({"t": pd.date_range("2024-01-01", periods=5, freq="MS"), "v": [1, 3, 2, 5, 4]})
    return frame.plot(x="t", y="v")


def _axes_array():
    fig, axes = plt.subplots(1, 2)
    axes[0].hist([1, 2, 2, 3, 3, 3])
    return axes


def _plotted_lines():
    return plt.plot([1, 2, 3])  # a list of Line2D


def _seaborn_objects():
    import seaborn.objects as so

    return so.Plot(pd.DataFrame({"x": [1.0, 2.0], "y": [3.0, 4.0]}), x="x", y="y").add(so.Dot())


def _figure_without_pyplot():
    from matplotlib.figure import Figure

    fig = Figure()
    fig.add_subplot().bar(["a", "b"], [3, 4])
    return fig


def _heatmap():
    return sns.heatmap(pd.DataFrame([[1.0, 2.5], [3.0, np.nan]], index=["a", "b"], columns=["x", "y"]), annot=True)


@pytest.mark.parametrize("make", [_line_figure, _seaborn_axes, _seaborn_grid, _pandas_axes, _axes_array,
                                  _plotted_lines,
                                  # seaborn's own call into pandas 3 warns (seaborn/_core/data.py), not ours
                                  pytest.param(_seaborn_objects, marks=pytest.mark.filterwarnings(
                                      "ignore:The copy keyword is deprecated")),
                                  _figure_without_pyplot, _heatmap],
                         ids=["matplotlib", "seaborn-axes", "seaborn-grid", "pandas-dates", "axes-array",
                              "plt-plot-lines", "seaborn-objects", "figure-without-pyplot", "seaborn-heatmap"])
def test_figures_of_every_kind_become_a_captioned_png_and_are_closed(make):
    obj = make()
    html = figure_html(obj, "Judul gambar", "id", "Catatan.")
    assert html.startswith('<figure><img src="data:image/png;base64,')
    assert "<figcaption>Judul gambar</figcaption>" in html and '<p class="figure-note">Catatan.</p>' in html
    assert plt.get_fignums() == []


def test_numeric_axes_get_the_readers_number_format():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [1000.0, 2500.5])
    ax.set_yticks([1000, 1500, 2000, 2500])
    ax.set_xticks([0, 0.5, 1])
    figure_html(fig, "x", "id")  # draws with the formatters, then closes
    assert ax.yaxis.get_major_formatter()(2500, 0) == "2.500"
    assert ax.xaxis.get_major_formatter()(0.5, 0) == "0,5"


@pytest.mark.parametrize("make, message", [
    pytest.param(lambda: plt.subplots()[0], "gambarnya kosong", id="nothing-drawn"),
    pytest.param(lambda: None, "bukan NoneType", id="none"),
    pytest.param(lambda: pd.DataFrame({"a": [1]}), "bukan DataFrame", id="a-frame"),
])
def test_a_figure_that_cannot_be_shown_gets_a_clear_message(make, message):
    with pytest.raises(EvaluatorCellError, match=message):
        figure_html(make(), "Judul", "id")
    assert plt.get_fignums() == []


def test_hasil_reads_as_an_object_and_names_the_fields_it_has():
    hasil = Objek({"cakupan": {"slug": "kesehatan"}, "daftar": [{"n": 3}], "tahun": 2025})
    assert hasil.cakupan.slug == "kesehatan" and hasil["cakupan"]["slug"] == "kesehatan"
    assert hasil.daftar[0].n == 3 and hasil.tahun == 2025
    with pytest.raises(AttributeError, match="yang ada: cakupan, daftar, tahun"):
        _ = hasil.tahunn


def _notebook(*cells_):
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells_)
    return nb


def test_only_marked_outputs_and_markdown_after_the_parameters_reach_the_report():
    marked = nbformat.v4.new_output("display_data", data={"text/html": "<p>bab</p>"}, metadata=cells.mark())
    bare = nbformat.v4.new_output("execute_result", data={"text/html": "<table class='dataframe'>"}, execution_count=1)
    printed = nbformat.v4.new_output("stream", name="stdout", text="halo")
    params = nbformat.v4.new_code_cell("dinas = 'x'")
    params.metadata["tags"] = ["parameters"]
    note = nbformat.v4.new_markdown_cell("Catatan untuk evaluator saja")
    note.metadata["tags"] = ["evaluator"]
    nb = _notebook(nbformat.v4.new_markdown_cell("# Judul notebook"), params,
                   nbformat.v4.new_code_cell("x", outputs=[marked, bare, printed]),
                   nbformat.v4.new_markdown_cell("Teks **pembaca** <b>x</b>"), note,
                   nbformat.v4.new_code_cell("print(1)", outputs=[printed]))
    cells.keep_report_cells(nb)
    html = [o["data"]["text/html"] for c in nb.cells for o in c.outputs]
    assert html == ["<p>bab</p>",
                    '<div class="teks-evaluator"><p>Teks <strong>pembaca</strong> &lt;b&gt;x&lt;/b&gt;</p>\n</div>']
    assert [c.id for c in nb.cells] == ["bab-00", "bab-01"]


def test_markdown_headings_stay_below_the_chapters():
    html = cells.markdown_html("# Satu\n\n## Dua\n\n### Tiga\n\n![gambar](x.png)")
    assert "<h3>Satu</h3>" in html and "<h3>Dua</h3>" in html and "<h4>Tiga</h4>" in html
    assert "<img" not in html and "<h2" not in html


def test_dates_in_a_mixed_column_and_times_are_written_out():
    df = pd.DataFrame({"kapan": [dt.date(2025, 3, 1), "belum", 4.5, 7],
                       "waktu": pd.to_datetime(["2025-03-01 08:30", None, "2025-03-02 00:00", "2025-03-03 10:00"])})
    rows = _cells(table_html(df, "x", "id"))
    assert [r[0] for r in rows[1:]] == ["1 Maret 2025", "belum", "4,50", "7"]
    assert rows[1][1] == "1 Maret 2025 08:30" and rows[2][1] == "–"
