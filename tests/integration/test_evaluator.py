"""An evaluator extends the report notebook: a cell with both helpers and a markdown cell reach the
HTML and PDF of a dinas and of the province, numbered and listed; print() and a bare expression
stay in the executed notebook only; a cell that fails is named in the batch summary."""

from __future__ import annotations

import re
import shutil

import nbformat
import pytest

from evalasn.paths import NOTEBOOKS, project
from evalasn.report.words import fmt
from evalasn.run.batch import REPORT_NOTEBOOK_ENV
from tests.integration.helpers import cli, pdf_pages, squash

TABLE_TITLE = "Kegiatan per metode menurut catatan evaluator"
FIGURE_TITLE = "Sebaran kenaikan nilai peserta menurut evaluator"
MARKDOWN_TEXT = "Catatan lapangan evaluator: pelatihan berjalan sesuai jadwal."
PRINTED = "pesan cetak khusus notebook"

EVALUATOR_CELL = f"""
per_metode = (data.kegiatan.groupby("metode")
              .agg(kegiatan=("kegiatan_id", "size"), rata_jp=("jp", "mean"), anggaran_rp=("anggaran_rp", "sum")))
tampilkan_tabel(per_metode, "{TABLE_TITLE}", catatan="Semua tahun.")
fig, ax = plt.subplots(figsize=(6.3, 2.8))
sns.histplot(data.peserta["gain"].dropna(), ax=ax)
ax.set_xlabel("Kenaikan nilai (poin)")
tampilkan_gambar(fig, "{FIGURE_TITLE}", catatan="Semua tahun.")
print("{PRINTED}")
per_metode
"""
MARKDOWN_CELL = f"## Catatan evaluator\n\n{MARKDOWN_TEXT.replace('pelatihan', '**pelatihan**')}"


def _with_cells(folder, *cells) -> str:
    """A copy of the report notebook with ``cells`` inserted before the conclusion chapter."""
    nb = nbformat.read(NOTEBOOKS / "03_laporan.ipynb", as_version=4)
    at = next(i for i, c in enumerate(nb.cells) if "sections.conclusion" in c.source)
    nb.cells[at:at] = list(cells)
    path = folder / "03_laporan.ipynb"
    nbformat.write(nb, path)
    return str(path)


@pytest.fixture(scope="module")
def extended(tmp_path_factory, pipeline_root):
    root = tmp_path_factory.mktemp("evaluator")
    shutil.copytree(pipeline_root, root, dirs_exist_ok=True)
    notebook = _with_cells(root, nbformat.v4.new_code_cell(EVALUATOR_CELL),
                           nbformat.v4.new_markdown_cell(MARKDOWN_CELL))
    with pytest.MonkeyPatch.context() as env:
        env.setenv(REPORT_NOTEBOOK_ENV, notebook)
        for slug in ("kesehatan", "provinsi"):
            cli(root, "report", "--dinas", slug, "--quiet")
    return root


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_the_evaluator_table_figure_and_text_reach_the_pdf_and_its_lists(extended, slug):
    paths = project(extended)
    pages = [squash(p) for p in pdf_pages(paths.report_pdf(slug))]
    text = " ".join(pages)
    for phrase in (TABLE_TITLE, FIGURE_TITLE, MARKDOWN_TEXT, "Catatan evaluator"):
        assert phrase in text, f"{phrase!r} not in the PDF of {slug}"
    table_no = re.search(rf"Tabel (\d+)\. {TABLE_TITLE}", text)
    figure_no = re.search(rf"Gambar (\d+)\. {FIGURE_TITLE}", text)
    assert table_no and figure_no, "the evaluator's table and figure are numbered"
    tables = text.index("Daftar Tabel")  # after the Daftar Isi, which names "1.1 Latar Belakang" too
    lists = text[tables:text.index("Latar Belakang", tables)]  # the lists may run over several pages
    assert f"Tabel {table_no.group(1)}. {TABLE_TITLE}" in lists
    assert f"Gambar {figure_no.group(1)}. {FIGURE_TITLE}" in lists
    # at the cell's position: after chapter VI, before the conclusions
    assert text.rindex("Komunikasi ASN") < text.index(MARKDOWN_TEXT) < text.rindex("Kesimpulan dan Rekomendasi")
    assert PRINTED not in text


def _word_text(path) -> str:
    import importlib

    docx = importlib.import_module("docx")  # python-docx, installed with the Word version of the report
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return squash(" ".join([p.text for p in document.paragraphs] + cells))


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_the_evaluator_table_figure_and_text_reach_the_word_version_or_the_html(extended, slug):
    """The Word version is made from the report HTML; where a build writes none, the HTML is checked."""
    paths = project(extended)
    word = paths.report_html(slug).with_suffix(".docx")
    if word.exists():
        text = _word_text(word)
    else:
        text = squash(re.sub(r"<[^>]+>", " ", paths.report_html(slug).read_text(encoding="utf-8")))
    for phrase in (TABLE_TITLE, FIGURE_TITLE, MARKDOWN_TEXT):
        assert phrase in text, f"{phrase!r} not in the {word.suffix if word.exists() else 'HTML'} text of {slug}"


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_the_evaluator_table_is_formatted_like_the_reports_own(extended, slug):
    import pandas as pd

    paths = project(extended)
    html = paths.report_html(slug).read_text(encoding="utf-8")
    kegiatan = pd.read_parquet(paths.table("kegiatan"))
    if slug != "provinsi":
        kegiatan = kegiatan[kegiatan["dinas"] == slug]
    mean_jp = kegiatan.groupby("metode")["jp"].mean()
    for value in mean_jp:
        assert fmt.number(value, 1) in html or fmt.number(value, 2) in html
    assert 'class="dataframe"' not in html, "a bare expression does not reach the report"
    assert PRINTED not in html and "<h2>Catatan evaluator" not in html  # a sub-heading, not a chapter
    assert "<h3>Catatan evaluator</h3>" in html
    executed = paths.report_notebook(slug).read_text(encoding="utf-8")
    assert PRINTED in executed and "dataframe" in executed, "print and bare expressions stay in the notebook"


def test_a_failing_evaluator_cell_is_named_with_its_notebook(pipeline_root, tmp_path):
    shutil.copytree(pipeline_root, tmp_path / "p")
    root = tmp_path / "p"
    broken = "# hanya provinsi\nif provinsi:\n    tampilkan_tabel(data.kegiatan.iloc[0:0], 'Tabel yang kosong')\n"
    notebook = _with_cells(root, nbformat.v4.new_code_cell(broken))
    with pytest.MonkeyPatch.context() as env:
        env.setenv(REPORT_NOTEBOOK_ENV, notebook)
        out = cli(root, "report", "--dinas", "provinsi", "--quiet", check=False)
    assert out.returncode != 0
    line = next(line for line in out.stdout.splitlines() if "GAGAL provinsi" in line)
    assert "Tabel yang kosong" in line and "tabelnya kosong" in line
    assert 'sel In [' in line and '"# hanya provinsi"' in line
    failed = project(root).report_notebook("provinsi").name.replace(".ipynb", ".gagal.ipynb")  # year in the name
    assert f"reports/provinsi/{failed}" in line
    assert (root / "reports" / "provinsi" / failed).exists()
