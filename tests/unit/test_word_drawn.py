"""The Word version as LibreOffice draws it (LOOK9 #24): a list entry's page number stands apart from a long
caption."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

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


def test_a_long_captions_page_number_is_not_glued_to_its_last_word(tmp_path):
    """LOOK9 #24: 'Gambar 4. IKM (skala 25–100) per periode, … pita latar: batas kategori A–D14' — the caption's
    last line ran to the margin and the page number stood against it. Captions of every length up to two lines: each
    ends with its word, then the leader dots or a space, then the page number."""
    words = "Rata-rata kenaikan nilai per kegiatan terhadap biaya per peserta dengan rentang keyakinan".split()
    # the last word's end in steps of a letter over the last 3 cm of the line (ten and eleven words: the first line)
    captions = [f"Gambar {number}. " + " ".join((words * 4)[:count]) + " ujung" + "n" * letters
                for number, (count, letters) in enumerate(((count, letters) for count in (10, 11)
                                                           for letters in range(0, 16)), 1)]
    entries = "".join(f'<li><a href="#g-{number}">{caption}</a></li>' for number, caption in enumerate(captions, 1))
    targets = "".join(f'<h3 id="g-{number}">{caption}</h3>' for number, caption in enumerate(captions, 1))
    body = (f'<section class="front lists"><nav class="list" id="daftar-gambar"><h2>Daftar Gambar</h2><ol>{entries}'
            f'</ol></nav></section><section class="chapter"><h2 id="bab-1">BAB I Satu</h2>{targets}</section>')
    drawn = _drawn(body, tmp_path)
    ends = re.findall(r"ujungn*(.*)", drawn.split("BAB I Satu")[0])
    assert len(ends) == len(captions)
    # 'ujungnnnnnnnnnnnnn3': the number glued to the caption; 'ujungnnnnnn 4': a space, no leader
    assert not [end for end in ends if end.strip() and not end.lstrip().startswith(".")], ends
