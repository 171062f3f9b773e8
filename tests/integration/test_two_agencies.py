"""Two agencies' exports side by side, as the province's inbox holds them (issue 20.1, 20.4, 20.7):
SIMPEG/SIMDIKLAT-shaped workbooks of Dinas Kesehatan and Dinas Perhubungan, one mapping entry per
file and sheet with ``konstan: dinas``, some trained staff missing from the year-end staff exports.
Built through the command line the Makefile calls; the PDFs read with pdftotext."""

from __future__ import annotations

import pandas as pd
import pytest

from evalasn.paths import project
from evalasn.registry import AGENCIES
from evalasn.report.words import fmt
from tests.exports import write_agencies
from tests.integration.helpers import cli, pdf_pages, squash

AGENCIES_HERE = {"kesehatan": "Dinkes", "perhubungan": "Dishub"}
LEFT = 3
YEAR = 2025


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("dua-dinas")
    raw = project(root).raw
    raw.mkdir(parents=True)
    written = write_agencies(raw, AGENCIES_HERE, left=LEFT)
    cleaned = cli(root, "clean")
    cli(root, "model")
    cli(root, "reports", "--workers", "2", "--quiet")
    return root, written, cleaned.stdout


def _participations(tables: dict[str, pd.DataFrame]) -> int:
    ends = pd.to_datetime(tables["kegiatan"].set_index("kegiatan_id")["tanggal_selesai"])
    return int((tables["peserta"]["kegiatan_id"].map(ends).dt.year == YEAR).sum())


def test_one_warning_line_per_training_file(built):
    _, written, out = built
    lines = [line for line in out.splitlines()
             if line.startswith("PERINGATAN: ") and "tidak ada di ekspor pegawai akhir tahun" in line]
    assert len(lines) == 2, out
    for slug, short in AGENCIES_HERE.items():
        rows = int(written[slug]["peserta"]["nip"].isin(written[slug]["keluar"]["nip"]).sum())
        assert any(line.startswith(f"PERINGATAN: SIMDIKLAT_{short}_2025.xlsx, sheet Peserta LMS: {rows} baris peserta "
                                   f"({LEFT} NIP) tidak ada di ekspor pegawai akhir tahun") for line in lines), lines


@pytest.mark.parametrize("slug", [*AGENCIES_HERE, "provinsi"])
def test_each_report_counts_its_staff_and_every_participation(built, slug):
    root, written, _ = built
    mine = [written[s] for s in AGENCIES_HERE if slug in (s, "provinsi")]
    staff = sum(len(w["pegawai"]) for w in mine)  # the year-end staff: the leavers are not staff
    part = sum(_participations(w) for w in mine)  # every participation, the leavers' included
    text = squash(" ".join(pdf_pages(project(root).report_pdf(slug))))
    assert f"Data: {fmt.integer(staff)} ASN di" in text
    assert f"{fmt.integer(part)} keikutsertaan pada tahun {YEAR}" in text


def test_the_province_report_and_the_index_say_which_agencies_have_data(built):
    root, _, _ = built
    paths = project(root)
    text = squash(" ".join(pdf_pages(paths.report_pdf("provinsi"))))
    assert f"Data tersedia untuk 2 dari {len(AGENCIES)} dinas provinsi; belum ada data: " in text
    assert "Perbandingan dan peringkat antar-dinas tidak ditampilkan: diperlukan data sedikitnya 3 dinas, baru ada 2" \
        in text
    assert "satu dinas saja" not in text
    dinas = squash(" ".join(pdf_pages(paths.report_pdf("kesehatan"))))
    assert "Peringkat Dinas Kesehatan di antara dinas lain tidak dihitung: baru 2 dinas punya data" in dinas
    index = paths.index("id").read_text(encoding="utf-8")
    assert f"Data tersedia untuk 2 dari {len(AGENCIES)} dinas provinsi" in index
