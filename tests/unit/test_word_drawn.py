"""The Word version as LibreOffice draws it (LOOK9 #24, #25): a list entry's page number stands apart from a long
caption, and a plan's row codes are whole on their line in the Kode column."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from evalasn.report.chapters.html import table
from evalasn.report.formats import word

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                reason="LibreOffice or poppler not installed (make system-deps)")
BUILT = dt.datetime(2025, 11, 28, 9, 30)


def _drawn(body: str, tmp_path: Path) -> str:
    """The text of ``body``'s Word version as LibreOffice lays it out (pdftotext -layout)."""
    page = f'<!DOCTYPE html><html lang="id"><head></head><body><main>{body}</main></body></html>'
    (tmp_path / "uji.docx").write_bytes(word.from_html(page, "id", "Uji", {}, BUILT))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "uji.docx")], check=True, capture_output=True,
                   timeout=180)
    drawn = subprocess.run(["pdftotext", "-layout", str(tmp_path / "uji.pdf"), "-"], check=True, capture_output=True,
                           text=True)
    return drawn.stdout


WORDS = "Rata-rata kenaikan nilai per kegiatan terhadap biaya per peserta dengan rentang keyakinan".split()
# the last word's end in steps of a letter over the last 3 cm of the line (ten and eleven words: the first line)
CAPTIONS = [f"Gambar {number}. " + " ".join((WORDS * 4)[:count]) + " ujung" + "n" * letters
            for number, (count, letters) in enumerate(((count, letters) for count in (10, 11)
                                                       for letters in range(0, 16)), 1)]
PLAN_HEADER = ["Kode", "Kegiatan tindak lanjut", "Indikator", "Nilai 2025", "Target 2026", "Penanggung jawab",
               "Waktu"]
PLAN_ROWS = [
    ["KECIL-E-LEARNING", "Rancang ulang e-learning (tujuan, materi, tes) agar kenaikan nilainya sebanding dengan "
     "biayanya, atau alihkan anggarannya ke metode dengan biaya per poin lebih rendah (lanjutan rencana 2024, baris "
     "KECIL-E-LEARNING: −0,6 (−2,1 s.d. 0,8) pada 2024, target ≥ 2,2 poin = besar efek 0,2 belum tercapai)",
     "Kenaikan nilai peserta e-learning 2026 (poin)", "−1,6 (−3,3 s.d. 0,1)", "≥ 2,2 poin = besar efek 0,2",
     "Sekretariat Dinas Kesehatan (subbagian kepegawaian)", "Triwulan IV 2026"],
    ["PORSI-MENTORING", "Tambah porsi mentoring dalam rencana kegiatan (lanjutan rencana 2024, baris PORSI-MENTORING: "
     "14,3% pada 2024, target ≥ 24,3% belum tercapai)", "Porsi peserta mentoring pada 2026 (% peserta)", "10,5%",
     "≥ 24,3%", "Sekretariat Dinas Kesehatan (subbagian kepegawaian)", "Triwulan IV 2026"],
    ["KENAIKAN-KESEHATAN", "Tinjau bersama BPSDM desain dan pelaksanaan pelatihan, workshop dan mentoring (tujuan, "
     "materi, pengajar, tes), dibandingkan dengan dinas yang kenaikannya di atas rata-rata provinsi",
     "Kenaikan nilai yang disesuaikan Kesehatan dikurangi rata-rata provinsi, 2026 (poin; model campuran)",
     "−2,9 (−3,8 s.d. −1,9): 6,4 vs 9,2", "≥ 0,0 poin (setidaknya rata-rata provinsi)",
     "BPSDM Provinsi DKI Jakarta (bidang penyelenggaraan pelatihan) bersama Dinas Kesehatan", "Triwulan IV 2026"],
]




@pytest.fixture(scope="module")
def drawn(tmp_path_factory) -> str:
    """One document (one LibreOffice run for the tests below): a Daftar Gambar of CAPTIONS, then a chapter with
    their headings and a plan table of PLAN_ROWS."""
    entries = "".join(f'<li><a href="#g-{number}">{caption}</a></li>' for number, caption in enumerate(CAPTIONS, 1))
    targets = "".join(f'<h3 id="g-{number}">{caption}</h3>' for number, caption in enumerate(CAPTIONS, 1))
    plan = table(PLAN_HEADER, PLAN_ROWS, "Tabel 1. Rencana", numeric={3, 4})
    body = (f'<section class="front lists"><nav class="list" id="daftar-gambar"><h2>Daftar Gambar</h2><ol>{entries}'
            f'</ol></nav></section><section class="chapter"><h2 id="bab-1">BAB I Satu</h2>{targets}{plan}</section>')
    return _drawn(body, tmp_path_factory.mktemp("word"))


def test_a_long_captions_page_number_is_not_glued_to_its_last_word(drawn):
    """LOOK9 #24: 'Gambar 4. IKM (skala 25–100) per periode, … pita latar: batas kategori A–D14' — the caption's
    last line ran to the margin and the page number stood against it. Captions ending a letter further each time:
    each ends with its word, then the leader dots, then the page number."""
    ends = re.findall(r"ujungn*(.*)", drawn.split("BAB I Satu")[0])
    assert len(ends) == len(CAPTIONS)
    # 'ujungnnnnnnnnnnnnn3': the number glued to the caption; 'ujungnnnnnn 4': a space, no leader
    assert not [end for end in ends if end.strip() and not end.lstrip().startswith(".")], ends


def test_a_plans_row_codes_are_whole_in_the_kode_column(drawn):
    """LOOK9 #8/#25: 'KECIL-' / 'E-LEARNING', 'PORSI-' / 'MENTORING' in the Kode column of the Word version (and of
    the PDF): the column is as wide as its longest code, the room taken from the columns of sentences."""
    starts = [line.split()[0] for line in drawn.splitlines() if line.strip()]
    assert {"KECIL-E-LEARNING", "PORSI-MENTORING", "KENAIKAN-KESEHATAN"} <= set(starts), drawn
