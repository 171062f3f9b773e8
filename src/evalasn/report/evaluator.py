"""What an evaluator's cell in notebooks/03_laporan.ipynb works with (docs/panduan-evaluator.md).

The notebook's setup cell builds one ``Laporan`` and unpacks its names, so a new cell needs no
import:

- ``tampilkan_tabel(df, judul, catatan=None)``: a numbered table in the report;
- ``tampilkan_gambar(fig, judul, catatan=None)``: a numbered figure in the report;
- ``tampilkan_teks(teks)``: a paragraph of markdown (for text that depends on the scope);
- ``hasil``: hasil.json of the scope, read as an object (``hasil.pelaksanaan.jp_20``);
- ``data``: the processed tables of the scope (``data.peserta``; ``data.semua.peserta`` for
  every dinas);
- ``cakupan``: the scope's slug ("kesehatan", ..., "provinsi"); ``provinsi``: whether this is
  the province report.

Tables and figures look like the report's own: numbers as the reader writes them (decimal
comma in Bahasa Indonesia), the report's figure theme, numbered and listed in the Daftar
Tabel/Daftar Gambar by the renderer.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from evalasn import constants, schema
from evalasn.errors import EvaluatorCellError, EvaluatorFieldError
from evalasn.paths import ProjectPaths
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import cells
from evalasn.report.chapters import html
from evalasn.report.charts import figures
from evalasn.report.words import fmt
from evalasn.report.words.text import label, t

# columns that identify a person: the raw contract's personal data and the processed pseudonyms
IDENTIFYING_COLUMNS = frozenset(
    [c.name for table in schema.RAW.values() for c in table.columns if c.personal or c.kind == "nip"]
    + [c.name for table in schema.PROCESSED.values() for c in table.columns if c.kind == "pseudonym"])
YEAR_COLUMN = re.compile(r"tahun|year", re.I)  # whole numbers written without a thousands point: 2025
MONEY_COLUMN = re.compile(r"(^|_)rp$", re.I)  # the project's naming: anggaran_rp, biaya_per_peserta_rp


# --- hasil.json as an object ------------------------------------------------------------------
class Objek(dict):
    """A dict whose keys are also attributes, all the way down: ``hasil.pelaksanaan.jp_20``
    is ``hasil["pelaksanaan"]["jp_20"]``. Field meanings: docs/hasil-json.md."""

    def __init__(self, data: dict) -> None:
        super().__init__({k: _wrap(v) for k, v in data.items()})

    def __getattr__(self, name: str):
        try:
            return self[name]
        except KeyError:
            if name.startswith("_"):  # Python's and IPython's own probes (__array__, _repr_html_)
                raise AttributeError(name) from None
            raise EvaluatorFieldError(f"hasil tidak punya field {name!r}; yang ada: {', '.join(sorted(self))}") \
                from None

    def __dir__(self):
        return [*super().__dir__(), *self.keys()]


def _wrap(value):
    if isinstance(value, dict):
        return Objek(value)
    if isinstance(value, list):
        return [_wrap(v) for v in value]
    return value


# --- processed data of the scope --------------------------------------------------------------
class Data:
    """The processed tables (data/processed/*.parquet) of one scope, read on first use:
    ``data.pegawai``, ``data.kegiatan``, ``data.peserta``, ``data.skm``, ``data.anggaran``,
    ``data.kinerja_unit``. A dinas sees its rows (column ``dinas``: for kegiatan the organising
    dinas, for peserta the participant's dinas); the province sees every row; ``data.semua``
    is every row for any scope. All years; a table the evaluation has no file for is empty."""

    TABLES = tuple(schema.PROCESSED)

    def __init__(self, paths: ProjectPaths, slug: str) -> None:
        self._paths, self._slug = paths, slug
        self._cache: dict[str, pd.DataFrame] = {}

    @property
    def semua(self) -> Data:
        return self if self._slug == PROVINCE_SLUG else Data(self._paths, PROVINCE_SLUG)

    @property
    def tersedia(self) -> list[str]:
        """The tables this evaluation has data for."""
        return [name for name in self.TABLES if self._paths.table(name).exists()]

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self.TABLES:
            raise EvaluatorFieldError(f"data tidak punya tabel {name!r}; yang ada: {', '.join(self.TABLES)}")
        if name not in self._cache:
            path = self._paths.table(name)
            frame = pd.read_parquet(path) if path.exists() else schema.PROCESSED[name].empty_frame()
            if self._slug != PROVINCE_SLUG:
                frame = frame[frame["dinas"] == self._slug].reset_index(drop=True)
            self._cache[name] = frame
        return self._cache[name].copy()

    def __dir__(self):
        return [*super().__dir__(), *self.TABLES]


# --- the helpers --------------------------------------------------------------------------------
@dataclass
class Laporan:
    """One report's evaluator helpers, bound to its scope and language."""

    paths: ProjectPaths
    slug: str
    lang: str
    hasil_json: dict

    @classmethod
    def from_context(cls, ctx, paths: ProjectPaths) -> Laporan:
        """From the report context the chapters use (evalasn.report.chapters.sections.Context); the
        evaluator's figures get the report's theme."""
        figures.theme()
        return cls(paths, ctx.hasil["cakupan"]["slug"], ctx.lang, ctx.hasil)

    @property
    def cakupan(self) -> str:
        return self.slug

    @property
    def provinsi(self) -> bool:
        return self.slug == PROVINCE_SLUG

    @cached_property
    def hasil(self) -> Objek:
        return Objek(self.hasil_json)

    @cached_property
    def data(self) -> Data:
        return Data(self.paths, self.slug)

    def tampilkan_tabel(self, df, judul: str, catatan: str | None = None, desimal: int | dict | None = None) -> None:
        """Show ``df`` as a numbered table of the report, at this cell's position.

        Numbers are written as the reader writes them (``12.345,6`` in Bahasa Indonesia), whole
        numbers without decimals, columns named ``tahun``/``year`` without a thousands point,
        columns ending in ``_rp`` as money ("Rp 1,2 miliar"), dates as "28 November 2026", empty
        cells as "–". A named or non-default index becomes the first column(s). ``desimal``
        fixes the decimals of every float column (an int) or of some (``{"kolom": 2}``).

        Example::

            per_metode = data.kegiatan.groupby("metode")["jp"].agg(["count", "mean"])
            tampilkan_tabel(per_metode.rename(columns={"count": "Kegiatan", "mean": "Rata-rata JP"}),
                            "Kegiatan dan rata-rata JP per metode", catatan="Semua tahun.")
        """
        display = table_html(df, judul, self.lang, catatan, desimal)
        cells.display_html(display)

    def tampilkan_gambar(self, fig, judul: str, catatan: str | None = None) -> None:
        """Show a matplotlib or seaborn figure as a numbered figure of the report, at this cell's
        position (the figure is closed afterwards, so it shows once in JupyterLab too). ``fig`` may
        be a Figure, an Axes (what ``sns.barplot`` or ``df.plot`` return) or a seaborn grid.
        Numeric axes get the reader's number format.

        Example::

            fig, ax = plt.subplots(figsize=(6.3, 3))
            sns.histplot(data.peserta["gain"].dropna(), ax=ax)
            ax.set_xlabel("Kenaikan nilai (poin)")
            tampilkan_gambar(fig, "Sebaran kenaikan nilai peserta", catatan="Semua tahun.")
        """
        cells.display_html(figure_html(fig, judul, self.lang, catatan))

    def tampilkan_teks(self, teks: str) -> None:
        """Show a paragraph of markdown in the report, at this cell's position: for text that
        holds numbers of the scope or belongs only to some scopes (a markdown cell is the same for
        every report).

        Example::

            if not provinsi:
                tampilkan_teks(f"Dinas ini mencatat **{len(data.kegiatan)}** kegiatan.")
        """
        if not isinstance(teks, str) or not teks.strip():
            raise EvaluatorCellError("tampilkan_teks: teksnya kosong; berikan teks (str) yang akan dibaca pembaca")
        cells.display_html(cells.markdown_html(teks))


# --- tables -------------------------------------------------------------------------------------
def table_html(df, title: str, lang: str, note: str | None = None, decimals: int | dict | None = None) -> str:
    """A data frame as a report table (html.table): formatted cells, numeric columns right-aligned."""
    _check_title(title, "tampilkan_tabel")
    if isinstance(df, pd.Series):
        df = df.to_frame(name=df.name if df.name is not None else "")
    if not isinstance(df, pd.DataFrame):
        raise EvaluatorCellError(f"tampilkan_tabel({title!r}): perlu pandas DataFrame atau Series, bukan "
                                 f"{type(df).__name__}; mis. pd.DataFrame(...)")
    df = _index_as_columns(df)
    if df.shape[1] == 0 or df.shape[0] == 0:
        raise EvaluatorCellError(
            f"tampilkan_tabel({title!r}): tabelnya kosong ({df.shape[0]} baris, {df.shape[1]} kolom) untuk cakupan "
            "ini. Periksa saringannya, atau lewati sel untuk cakupan tanpa data, mis. `if len(df) > 0:` atau "
            "`if not provinsi:`")
    header = [_header(c) for c in df.columns]
    personal = sorted({h for h in header if h.lower() in IDENTIFYING_COLUMNS})
    if personal:
        raise EvaluatorCellError(
            f"tampilkan_tabel({title!r}): kolom {', '.join(personal)} mengenali orang (NIP, nama atau pseudonimnya) "
            "dan tidak boleh masuk laporan; hapus kolomnya atau tampilkan angka agregat (mis. groupby(...).size())")
    total = len(df)
    limit = constants.MAX_EVALUATOR_TABLE_ROWS
    if total > limit:
        print(f"Peringatan: tampilkan_tabel({title!r}) menampilkan {limit} dari {total} baris; ringkas tabelnya "
              "(groupby, head) agar semua baris masuk", file=sys.stderr)
        df = df.head(limit)
        shown = t("evaluator_rows_shown", lang, n=fmt.integer(limit, lang), total=fmt.integer(total, lang))
        note = f"{note} {shown}" if note else shown
    columns = [_format_column(df.iloc[:, i], str(header[i]), lang, _decimals_for(decimals, header[i]))
               for i in range(df.shape[1])]
    rows = [list(row) for row in zip(*(texts for texts, _ in columns), strict=True)]
    numeric = {i for i, (_, is_number) in enumerate(columns) if is_number}
    return html.table([str(h) for h in header], rows, title, numeric=numeric, note=note)


def _check_title(title, helper: str) -> None:
    if not isinstance(title, str) or not title.strip():
        raise EvaluatorCellError(f'{helper}: judul wajib diisi (teks), mis. {helper}(..., "Judul untuk pembaca")')


def _index_as_columns(df: pd.DataFrame) -> pd.DataFrame:
    """The index as leading columns when it carries meaning (named, or not 0..n-1)."""
    index = df.index
    default = isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1 and index.name is None
    if default:
        return df
    names = [n if n is not None else "" for n in index.names]
    out = df.copy()
    out.index = out.index.set_names([f"__indeks_{i}" for i in range(len(names))])
    out = out.reset_index()
    return out.rename(columns={f"__indeks_{i}": n for i, n in enumerate(names)})


def _header(column) -> str:
    if isinstance(column, tuple):  # MultiIndex columns
        return " · ".join(str(part) for part in column if str(part) != "")
    return str(column)


def _decimals_for(decimals, name: str) -> int | None:
    if isinstance(decimals, dict):
        return decimals.get(name)
    return decimals


def _format_column(series: pd.Series, name: str, lang: str, decimals: int | None) -> tuple[list[str], bool]:
    """Cell texts of one column and whether it is numeric (right-aligned)."""
    values = series.tolist()
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return [_missing_or(v, lambda x: label("ya" if x else "tidak", lang)) for v in values], False
    if pd.api.types.is_integer_dtype(dtype):
        as_text = (lambda x: str(int(x))) if YEAR_COLUMN.search(name) else (lambda x: fmt.integer(int(x), lang))
        if MONEY_COLUMN.search(name):
            as_text = lambda x: fmt.rupiah(float(x), lang)  # noqa: E731
        return [_missing_or(v, as_text) for v in values], True
    if pd.api.types.is_float_dtype(dtype):
        if MONEY_COLUMN.search(name):
            return [_missing_or(v, lambda x: fmt.rupiah(x, lang)) for v in values], True
        shown = decimals if decimals is not None else float_decimals(series)
        if YEAR_COLUMN.search(name) and shown == 0:
            return [_missing_or(v, lambda x: str(int(x))) for v in values], True
        return [_missing_or(v, lambda x: fmt.number(x, shown, lang)) for v in values], True
    if pd.api.types.is_datetime64_any_dtype(dtype):
        with_time = bool(((series.dropna().dt.hour != 0) | (series.dropna().dt.minute != 0)).any())
        return [_missing_or(v, lambda x: _date_text(x, lang, with_time)) for v in values], False
    return [_missing_or(v, lambda x: _cell_text(x, lang, decimals)) for v in values], False


def float_decimals(series: pd.Series) -> int:
    """Decimals for a float column: none for whole numbers, else about three significant digits
    of a typical value (1 from 10 up, 2 from 1, 3 below)."""
    finite = series[np.isfinite(series.astype(float))].astype(float)
    if finite.empty or (finite == finite.round()).all():
        return 0
    typical = float(finite.abs().median())
    return 1 if typical >= 10 else 2 if typical >= 1 else 3


def _missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and not math.isfinite(value):
        return True
    try:
        return bool(pd.isna(value)) if np.ndim(value) == 0 else False
    except (TypeError, ValueError):
        return False


def _missing_or(value, formatter) -> str:
    return fmt.DASH if _missing(value) else formatter(value)


def _date_text(value, lang: str, with_time: bool = False) -> str:
    text = fmt.date(value, lang)
    return f"{text} {value.strftime('%H:%M')}" if with_time and hasattr(value, "strftime") else text


def _cell_text(value, lang: str, decimals: int | None) -> str:
    """A cell of a mixed (object) column, by the type of its value."""
    if isinstance(value, (bool, np.bool_)):
        return label("ya" if value else "tidak", lang)
    if isinstance(value, (int, np.integer)):
        return fmt.integer(int(value), lang)
    if isinstance(value, (float, np.floating)):
        return fmt.number(float(value), 0 if float(value).is_integer() and decimals is None else
                          decimals if decimals is not None else 2, lang)
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return _date_text(value, lang, with_time=bool(value.hour or value.minute))
    if isinstance(value, dt.date):
        return fmt.date(value, lang)
    return str(value)


# --- figures ------------------------------------------------------------------------------------
def figure_html(fig, title: str, lang: str, note: str | None = None) -> str:
    """A matplotlib/seaborn figure as a report figure (html.figure), numeric axes in the reader's format."""
    _check_title(title, "tampilkan_gambar")
    figure = as_figure(fig, title)
    if not any(ax.has_data() or ax.images or ax.texts for ax in figure.axes):
        import matplotlib.pyplot as plt

        plt.close(figure)
        raise EvaluatorCellError(f"tampilkan_gambar({title!r}): gambarnya kosong (tidak ada yang digambar); "
                                 "periksa datanya, atau lewati sel untuk cakupan tanpa data")
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            _reader_number_axis(axis, lang)
    if figure.get_layout_engine() is None:  # axis labels inside the image, as in the report's own figures
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            figure.tight_layout()
    return html.figure(figure, title, title, note=note)


def as_figure(obj, title: str = ""):
    """The matplotlib Figure behind ``obj``: a Figure, an Axes, an array of Axes, a seaborn grid."""
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, SubFigure

    if isinstance(obj, np.ndarray) and obj.size and isinstance(obj.flat[0], Axes):
        obj = obj.flat[0]
    if isinstance(obj, (list, tuple)) and obj and hasattr(obj[0], "figure"):
        obj = obj[0]  # plt.plot(...) returns its lines, a list of Axes is a list
    if isinstance(obj, Axes) or (isinstance(obj, Artist) and isinstance(obj.figure, Figure)):
        obj = obj.figure
    elif not isinstance(obj, (Figure, SubFigure)) and isinstance(getattr(obj, "figure", None), Figure):
        obj = obj.figure  # seaborn FacetGrid, PairGrid, JointGrid
    elif type(obj).__name__ == "Plot" and hasattr(obj, "plot"):  # seaborn.objects
        obj = obj.plot()._figure
    if isinstance(obj, SubFigure):
        obj = obj.figure
    if not isinstance(obj, Figure):
        raise EvaluatorCellError(f"tampilkan_gambar({title!r}): perlu gambar matplotlib atau seaborn (Figure, Axes "
                                 f"atau grid seaborn), bukan {type(obj).__name__}; mis. fig, ax = plt.subplots()")
    if not hasattr(obj.canvas, "buffer_rgba"):  # a Figure made without pyplot (seaborn.objects, Figure())
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(obj)
    return obj


def _reader_number_axis(axis, lang: str) -> None:
    """Replace matplotlib's default number labels (1234.5) with the reader's (1.234,5); other
    formatters (dates, categories, log scales, the evaluator's own) stay."""
    from matplotlib.ticker import FuncFormatter, ScalarFormatter

    if type(axis.get_major_formatter()) is not ScalarFormatter:
        return
    ticks = [v for v in axis.get_majorticklocs() if math.isfinite(v)]
    decimals = next((d for d in range(0, 5) if all(abs(v - round(v, d)) < 1e-9 * max(1, abs(v)) for v in ticks)), 4)
    axis.set_major_formatter(FuncFormatter(lambda v, _: fmt.number(v, decimals, lang)))
